/**
 * A date moved by a time in a what-if after a decision («hva om vi gjør den en måned tidligere?»,
 * «ei veke seinare då?», "and two weeks later?"): the date known, moved, as the fact's new value.
 * The date moved is the rule's only known date, or else its only known date that can be planned (a
 * verification, the day a validity is asked for); a printed date (issue, expiry, birth) is never
 * guessed at when there are several. Nothing when it is unclear.
 */
import { isIsoDate, plusDays, plusMonths, plusYears } from '../rules/dates.js';
import { RENEWAL_WORDS } from './lexicon/certificate-words.js';
import { AHEAD_OF_EXPIRY_WORDS, DAY_SHIFT_WORDS, SHIFT_VERBS, SHIFT_WORDS } from './lexicon/discourse.js';
import { PERIOD_EDGE_WORDS, UNIT_WORDS } from './lexicon/synonyms.js';
import type { FactFound } from './fact-collector.js';
import { alternation, wholePhrases } from './normalize.js';
import { wholeCount } from './numbers.js';
import { ruleFacts } from './rule-facts.js';

const UNITS = {
  days: alternation(UNIT_WORDS.days),
  weeks: alternation(UNIT_WORDS.weeks),
  months: alternation(UNIT_WORDS.months),
  years: alternation(UNIT_WORDS.years),
} as const;
const SHIFT = new RegExp(
  String.raw`(?<![a-z0-9])(\d+|[a-z]+) (?:(${UNITS.days})|(${UNITS.weeks})|(${UNITS.months})|(${UNITS.years})) (?:(${alternation(SHIFT_WORDS.earlier)})|${alternation(SHIFT_WORDS.later)})(?![a-z])(?! (?:enn|than|en)(?![a-z]))`,
);
/** "postpone the audit 3 weeks", «utset verifikasjonen med to veker»: a verb of moving, then the time. */
const SHIFT_BY_VERB = new RegExp(
  String.raw`(?<![a-z0-9])(?:(${alternation(SHIFT_VERBS.earlier)})|${alternation(SHIFT_VERBS.later)})(?: [a-z]+){0,3}? (?:(?:by|med|with) )?(\d+|[a-z]+) (?:(${UNITS.days})|(${UNITS.weeks})|(${UNITS.months})|(${UNITS.years}))(?![a-z])`,
);
/** «dagen før?», "the day after?": a day earlier or later, with nothing after it but the question's end. */
const DAY_SHIFT = new RegExp(
  String.raw`(?<![a-z0-9])(?:(${alternation(DAY_SHIFT_WORDS.earlier)})|${alternation(DAY_SHIFT_WORDS.later)})(?:\s*(?:then|da|då|instead|i staden|i stedet))?\s*[?!.]*\s*$`,
);
/** Dates one may move by planning them; the others are printed on a certificate or a birth date. */
const PLANNED: ReadonlySet<string> = new Set(['verificationDate', 'onDate']);

const PERIOD_NAMED = wholePhrases(PERIOD_EDGE_WORDS.period);
const PERIOD_STARTS = wholePhrases(PERIOD_EDGE_WORDS.start);
const PERIOD_ENDS = wholePhrases(PERIOD_EDGE_WORDS.end);
/** The period's date a text names by its edge ("the period ended …"): periodTo, periodFrom, or none. */
export function periodEdgeNamed(folded: string): 'periodFrom' | 'periodTo' | undefined {
  if (!PERIOD_NAMED.test(folded)) return undefined;
  const ends = PERIOD_ENDS.test(folded);
  const starts = PERIOD_STARTS.test(folded);
  return ends === starts ? undefined : ends ? 'periodTo' : 'periodFrom';
}

/** `iso` moved by `by` days, weeks, months or years (negative: earlier). */
export function moveDate(iso: string, by: number, unit: 'days' | 'weeks' | 'months' | 'years'): string {
  if (unit === 'days') return plusDays(iso, by);
  if (unit === 'weeks') return plusDays(iso, 7 * by);
  return unit === 'months' ? plusMonths(iso, by) : plusYears(iso, by);
}

/** The date fact of rule `ruleId` that `folded` moves by a time, with its new value; none when unclear. */
export function shiftedDateFacts(
  folded: string,
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
): FactFound[] {
  const byVerb = SHIFT_BY_VERB.exec(folded);
  const at = byVerb ?? SHIFT.exec(folded);
  // The groups of a verb's shift in SHIFT's order: count, days, weeks, months, years, earlier.
  const m: (string | undefined)[] | null = byVerb
    ? [byVerb[0], byVerb[2], byVerb[3], byVerb[4], byVerb[5], byVerb[6], byVerb[1]]
    : at;
  const day = m ? undefined : DAY_SHIFT.exec(folded);
  if (!m && !day) return [];
  const n = m ? wholeCount(m[1] ?? '') : 1;
  if (n === undefined || n <= 0 || !Number.isInteger(n)) return [];
  const dates = ruleFacts(ruleId).filter((f) => f.type === 'date' && typeof known[f.questionKey] === 'string');
  const planned = dates.filter((f) => PLANNED.has(f.questionKey));
  // «perioden slutta eigentleg ein månad seinare»: the period's edge named is the date moved.
  const edge = periodEdgeNamed(folded);
  const edgeFact = edge ? dates.filter((f) => f.questionKey === edge) : [];
  const [fact] = edgeFact.length === 1 ? edgeFact : dates.length === 1 ? dates : planned.length === 1 ? planned : [];
  const was = fact ? known[fact.questionKey] : undefined;
  if (!fact || typeof was !== 'string' || !isIsoDate(was)) return [];
  if (day) {
    const moved = moveDate(was, day[1] ? -1 : 1, 'days');
    return [{ key: fact.questionKey, value: moved, start: day.index, end: day.index + day[0].length }];
  }
  if (!m || !at) return [];
  const unit = m[2] ? 'days' : m[3] ? 'weeks' : m[4] ? 'months' : 'years';
  const moved = moveDate(was, m[6] ? -n : n, unit);
  return [{ key: fact.questionKey, value: moved, start: at.index, end: at.index + at[0].length }];
}

const AHEAD_OF_EXPIRY = new RegExp(
  String.raw`(?<![a-z0-9])(\d+|[a-z]+) (?:(${UNITS.days})|(${UNITS.weeks})|(${UNITS.months})|(${UNITS.years})) (?:${alternation(AHEAD_OF_EXPIRY_WORDS)})(?![a-z])`,
);
const RENEWAL_NAMED = wholePhrases(RENEWAL_WORDS);
/**
 * "issc renewal 5 months early new expiry date? expiry 1/9-26", «fornying 4 månader før utløpet,
 * utløp 01.09.2027»: the renewal verification that long before the expiry the message gives, when it
 * gives no date of its own for it. Undefined otherwise.
 */
export function renewalAheadOfExpiry(folded: string, found: readonly FactFound[]): FactFound | undefined {
  const expiry = found.find((f) => f.key === 'expiryDate')?.value;
  if (typeof expiry !== 'string' || !isIsoDate(expiry) || found.some((f) => f.key === 'verificationDate'))
    return undefined;
  if (!RENEWAL_NAMED.test(folded)) return undefined;
  const m = AHEAD_OF_EXPIRY.exec(folded);
  const by = m ? wholeCount(m[1] ?? '') : undefined;
  if (!m || by === undefined) return undefined;
  const unit = m[2] ? 'days' : m[3] ? 'weeks' : m[4] ? 'months' : 'years';
  return { key: 'verificationDate', value: moveDate(expiry, -by, unit), start: m.index, end: m.index + m[0].length };
}
