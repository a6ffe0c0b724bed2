/**
 * Sets of requirements ("at least 6 months of deck service", "has an assessment") checked against
 * partly known facts, and alternatives between such sets. Used by the rules whose law reads as a
 * list of conditions: each condition is data (a fact and a threshold), never a literal in a body.
 */
import type { FactKey } from './facts.js';
import { FACTS, unitName } from './facts.js';
import { num } from './rule.js';
import type { ThresholdKey } from './thresholds.js';
import { THRESHOLDS, limit } from './thresholds.js';
import type { Text } from './types.js';

/** One condition: a numeric fact at least a threshold, or a fact equal to one of some values. */
export type Requirement =
  | { fact: FactKey; atLeast: ThresholdKey }
  | { fact: FactKey; oneOf: readonly (string | boolean)[]; says: Text };

/** A requirement a known fact did not meet, as reported in `values.shortfalls`. */
export type Shortfall = {
  fact: string;
  required: number | readonly (string | boolean)[];
  actual: unknown;
  alternative?: string;
};

export type RequirementsCheck =
  | { status: 'met'; reasons: Text[] }
  | { status: 'failed'; shortfalls: Shortfall[]; reasons: Text[]; missing: string[] }
  | { status: 'open'; missing: string[] };

const idOf = (r: Requirement) => FACTS[r.fact].id;

function reasonFor(r: Requirement, actual: unknown, ok: boolean): Text {
  const spec = FACTS[r.fact];
  if ('atLeast' in r) {
    const unit = unitName('unit' in spec ? spec.unit : '');
    const d = THRESHOLDS[r.atLeast].description;
    const a = num(actual as number);
    // The requirement in the source's words first, then what was given: "Førerrettigheter krever at
    // innehaveren har fylt 20 år. Oppgitt: 19 år – kravet er ikke oppfylt."
    return ok
      ? {
          nb: `${d.nb}. Oppgitt: ${a.nb} ${unit.nb} – kravet er oppfylt.`,
          nn: `${d.nn}. Oppgitt: ${a.nn} ${unit.nn} – kravet er oppfylt.`,
          en: `${d.en}. Given: ${a.en} ${unit.en} – met.`,
        }
      : shortBy(r, actual as number, d, a, unit);
  }
  return ok
    ? { nb: `Oppfylt: ${r.says.nb}.`, nn: `Oppfylt: ${r.says.nn}.`, en: `Met: ${r.says.en}.` }
    : { nb: `Ikke oppfylt: ${r.says.nb}.`, nn: `Ikkje oppfylt: ${r.says.nn}.`, en: `Not met: ${r.says.en}.` };
}

/** A requirement whose fact was not given: the requirement, and that it is not known. */
function notGiven(r: Requirement): Text {
  if ('atLeast' in r) {
    const d = THRESHOLDS[r.atLeast].description;
    return { nb: `${d.nb}. Ikke oppgitt.`, nn: `${d.nn}. Ikkje oppgitt.`, en: `${d.en}. Not given.` };
  }
  return { nb: `Ikke oppgitt: ${r.says.nb}.`, nn: `Ikkje oppgitt: ${r.says.nn}.`, en: `Not given: ${r.says.en}.` };
}

/** The units of time served, whose shortfall is said as the time still to serve. */
const SERVED_UNITS: Readonly<Record<string, Text>> = {
  months: { nb: 'måned', nn: 'månad', en: 'month' },
  days: { nb: 'dag', nn: 'dag', en: 'day' },
};

/**
 * An unmet minimum: the requirement, what was given, and for time served how much is still missing
 * ("– not met: 4 months to go"; plain arithmetic on the threshold and the value given). An age is
 * only said to be short: it comes with time, not with service.
 */
function shortBy(r: Requirement & { atLeast: ThresholdKey }, actual: number, d: Text, a: Text, unit: Text): Text {
  const spec = FACTS[r.fact];
  const missing = limit(r.atLeast) - actual;
  const one = 'unit' in spec ? SERVED_UNITS[spec.unit ?? ''] : undefined;
  const notMet: Text = {
    nb: `${d.nb}. Oppgitt: ${a.nb} ${unit.nb} – kravet er ikke oppfylt`,
    nn: `${d.nn}. Oppgitt: ${a.nn} ${unit.nn} – kravet er ikkje oppfylt`,
    en: `${d.en}. Given: ${a.en} ${unit.en} – not met`,
  };
  if (!one || !(missing > 0)) return { nb: `${notMet.nb}.`, nn: `${notMet.nn}.`, en: `${notMet.en}.` };
  const left = Math.round(missing * 100) / 100;
  const m = num(left);
  const u = left === 1 ? one : unit;
  return {
    nb: `${notMet.nb}; det mangler ${m.nb} ${u.nb}.`,
    nn: `${notMet.nn}; det manglar ${m.nn} ${u.nn}.`,
    en: `${notMet.en}; ${m.en} ${u.en} to go.`,
  };
}

/** Check every requirement against the known facts `f`. */
export function checkRequirements(f: Record<string, unknown>, requirements: readonly Requirement[]): RequirementsCheck {
  const shortfalls: Shortfall[] = [];
  const failReasons: Text[] = [];
  const okReasons: Text[] = [];
  const missing: string[] = [];
  for (const r of requirements) {
    const id = idOf(r);
    const actual = f[id];
    if (actual === undefined) {
      if (!missing.includes(id)) missing.push(id);
      continue;
    }
    const ok = 'atLeast' in r ? (actual as number) >= limit(r.atLeast) : r.oneOf.includes(actual as string | boolean);
    (ok ? okReasons : failReasons).push(reasonFor(r, actual, ok));
    if (!ok) shortfalls.push({ fact: id, required: 'atLeast' in r ? limit(r.atLeast) : r.oneOf, actual });
  }
  // A set that fails on what was given may lack more than that: the requirements not given are said
  // too ("… 80 days to go" alone would read as all that is missing).
  if (shortfalls.length > 0)
    return {
      status: 'failed',
      shortfalls,
      reasons: [...failReasons, ...requirements.filter((r) => missing.includes(idOf(r))).map(notGiven)],
      missing,
    };
  if (missing.length > 0) return { status: 'open', missing };
  return { status: 'met', reasons: okReasons };
}

export type Alternative = { id: string; name: Text; requirements: readonly Requirement[] };

export type AlternativesCheck =
  | { status: 'met'; alternative: Alternative; reasons: Text[] }
  | { status: 'failed'; shortfalls: Shortfall[]; reasons: Text[]; notGiven: NotGiven[] }
  | { status: 'open'; missing: string[] };

/** A requirement of a failed alternative whose fact was not given (reported in `values.notGiven`). */
export type NotGiven = { fact: string; alternative: string };

/**
 * Check alternatives (any one suffices): met as soon as one is met; failed when all have failed;
 * otherwise open, with the missing facts of the alternatives still possible, in `order`.
 */
export function checkAlternatives(
  f: Record<string, unknown>,
  alternatives: readonly Alternative[],
  order: readonly string[],
): AlternativesCheck {
  const shortfalls: Shortfall[] = [];
  const reasons: Text[] = [];
  const notGiven: NotGiven[] = [];
  const missing = new Set<string>();
  for (const alt of alternatives) {
    const c = checkRequirements(f, alt.requirements);
    if (c.status === 'met') return { status: 'met', alternative: alt, reasons: c.reasons };
    if (c.status === 'open') for (const m of c.missing) missing.add(m);
    else {
      shortfalls.push(...c.shortfalls.map((s) => ({ ...s, alternative: alt.id })));
      notGiven.push(...c.missing.map((fact) => ({ fact, alternative: alt.id })));
      reasons.push(
        ...c.reasons.map((t) => ({
          nb: `${alt.name.nb}: ${t.nb}`,
          nn: `${alt.name.nn}: ${t.nn}`,
          en: `${alt.name.en}: ${t.en}`,
        })),
      );
    }
  }
  if (missing.size > 0)
    return {
      status: 'open',
      missing: [...order.filter((id) => missing.has(id)), ...[...missing].filter((id) => !order.includes(id))],
    };
  return { status: 'failed', shortfalls, reasons, notGiven };
}
