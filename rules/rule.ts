/**
 * How a rule is written: its facts (from the catalogue), thresholds, citations, and one pure
 * `evaluate` over the facts known so far that either decides, or names the missing facts that
 * can still change the outcome (partial evaluation), or reports a problem with a fact.
 */
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import { isoParts, parseIsoDate } from './dates.js';
import type { FactSpec, RuleFact } from './facts.js';
import { issue } from './facts.js';
import type { ThresholdKey } from './thresholds.js';
import type { Citation, FactIssue, Text } from './types.js';

/** Context every evaluation gets: the date it is decided on. */
export type RuleContext = { today: string };

/** A decision the rule reached. Citations default to the rule's own. */
export type Outcome = {
  outcome: string;
  values?: Record<string, unknown>;
  reasons: Text[];
  citations?: Citation[];
};

export type Evaluation = Outcome | { needs: string[] } | { issues: FactIssue[] };

export type RuleDefinition<F> = {
  id: string;
  topic: string;
  topics?: string[];
  title: Text;
  summary: Text;
  facts: readonly RuleFact[];
  outcomes: readonly string[];
  thresholds: readonly ThresholdKey[];
  citations: readonly Citation[];
  /** Decide from the facts known so far (validated; a missing fact is `undefined`). */
  evaluate(f: Partial<F>, ctx: RuleContext): Evaluation;
};

/** A rule with its facts type erased, as the registry holds it. */
export type AnyRule = RuleDefinition<Record<string, unknown>>;

/**
 * Declare a rule; the generic `F` types the facts its `evaluate` reads. The registry calls
 * `evaluate` only with facts `parseFacts` checked against the rule's own fact specs, which is what
 * makes them an `F`.
 */
export const defineRule = <F>(rule: RuleDefinition<F>): AnyRule => ({
  ...rule,
  evaluate: (f, ctx) => rule.evaluate(f as Partial<F>, ctx),
});

/** The facts `F` with the facts `K` known: each of them present and not `undefined`. */
export type Known<F, K extends keyof F> = Partial<F> & { [P in K]-?: Exclude<F[P], undefined> };

/** What `need` finds: every fact asked about is known (and typed so), or the ones still missing. */
export type Gathered<F, K extends keyof F> = { ok: true; facts: Known<F, K> } | { ok: false; needs: string[] };

/**
 * Check that the facts `ids` are known. When all are, the facts come back typed with them present
 * (`g.facts.grossTonnage` is a number, no assertion needed); when some are missing, the result is
 * the `needs` evaluation naming them in order — what to ask next — so a rule writes
 * `const g = need(f, 'a', 'b'); if (!g.ok) return g;`.
 */
export function need<F, K extends keyof F & string>(f: Partial<F>, ...ids: K[]): Gathered<F, K> {
  const missing = ids.filter((id) => f[id] === undefined);
  return missing.length > 0 ? { ok: false, needs: missing } : { ok: true, facts: f as Known<F, K> };
}

/** The facts among `ids` still missing, in order (for rules that combine the needs of several parts). */
export const missingOf = <F>(f: Partial<F>, ...ids: (keyof F & string)[]): string[] =>
  ids.filter((id) => f[id] === undefined);

/** An evaluation that reports a problem with one fact (e.g. a date after another). */
export const factProblem = (spec: FactSpec, problem: Text): { issues: FactIssue[] } => ({
  issues: [issue(spec, problem)],
});

const nbNumber = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** `whole` (a non-negative integer) with its thousands grouped by `separator`. */
function grouped(whole: number, separator: string): string {
  const digits = String(whole);
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/**
 * `n` written as Intl writes it with at most two decimals (rounded half away from zero on the
 * shortest decimal that reads back as `n`, as ICU rounds), for 0 ≤ n < 10^15 (no minus sign, no
 * exponent); otherwise undefined. Intl is slow enough to dominate a decision;
 * test/rules/fast-paths.test.ts checks this against it.
 */
function plainNumber(n: number): { nb: string; en: string } | undefined {
  if (!(n >= 0 && n < 1e15) || Object.is(n, -0)) return undefined;
  const text = String(n);
  if (text.includes('e')) return undefined;
  const dot = text.indexOf('.');
  let whole = Number(dot < 0 ? text : text.slice(0, dot));
  let cents = 0;
  if (dot >= 0) {
    const fraction = text.slice(dot + 1);
    cents = Number(fraction.slice(0, 2).padEnd(2, '0'));
    if (fraction.length > 2 && fraction.charCodeAt(2) >= 53 /* '5' */) cents += 1;
    if (cents === 100) {
      whole += 1;
      cents = 0;
    }
  }
  if (!Number.isSafeInteger(whole) || whole >= 1e15) return undefined;
  const decimals = cents === 0 ? '' : cents % 10 === 0 ? `${cents / 10}` : cents < 10 ? `0${cents}` : `${cents}`;
  const nbWhole = grouped(whole, '\u00a0');
  const enWhole = grouped(whole, ',');
  return decimals ? { nb: `${nbWhole},${decimals}`, en: `${enWhole}.${decimals}` } : { nb: nbWhole, en: enWhole };
}

/** "a, b og c": `items` joined by commas, with `and` (a language's word for it) before the last. */
export const joinedWith = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** A number in each language's notation (decimal comma in Norwegian). */
export const num = (n: number): Text => {
  const plain = plainNumber(n);
  if (plain === undefined) return { nb: nbNumber.format(n), nn: nbNumber.format(n), en: enNumber.format(n) };
  return { nb: plain.nb, nn: plain.nb, en: plain.en };
};

/** Month names as date-fns writes them in 'd. MMMM yyyy' / 'd MMMM yyyy', taken from it once. */
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const first = new Date(2000, i, 1);
  return {
    nb: format(first, 'MMMM', { locale: nb }),
    nn: format(first, 'MMMM', { locale: nn }),
    en: format(first, 'MMMM', { locale: enGB }),
  };
});

/** An ISO date written out in each language: "2. mai 2027" / "2 May 2027". */
export const date = (iso: string): Text => {
  const parts = isoParts(iso);
  const month = parts && MONTHS[parts[1] - 1];
  if (!parts || !month) {
    return {
      nb: format(parseIsoDate(iso), 'd. MMMM yyyy', { locale: nb }),
      nn: format(parseIsoDate(iso), 'd. MMMM yyyy', { locale: nn }),
      en: format(parseIsoDate(iso), 'd MMMM yyyy', { locale: enGB }),
    };
  }
  const [y, , d] = parts;
  return { nb: `${d}. ${month.nb} ${y}`, nn: `${d}. ${month.nn} ${y}`, en: `${d} ${month.en} ${y}` };
};

/** Round to two decimals for display values (full precision is used for comparisons). */
export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;
/** `n` cut (not rounded) to 2 decimals: an amount earned is never shown as more than it is. */
export const floor2 = (n: number): number => Math.floor((n + Number.EPSILON) * 100) / 100;
