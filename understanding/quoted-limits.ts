/**
 * A question that checks a rule by quoting one of its limits ("Does a smører need 6 months in the
 * engine room?", "is it from 500 GT?", "do I also need to be 20?"): the number is the rule's, not the
 * user's. Deciding on it would tell a user who only asked what the rule is that they meet it.
 */
import { FACTS, THRESHOLDS } from '../rules/index.js';
import { OWN_CASE_WORDS, RULE_CHECK_OPENERS, WHAT_IF_FILLERS } from './lexicon/discourse.js';
import { alternation, wholePhrases } from './normalize.js';

const OPENS_AS_CHECK = new RegExp(
  `^(?:(?:${alternation(WHAT_IF_FILLERS)})[ ,]+)?(?:${alternation(RULE_CHECK_OPENERS)})(?![a-z])`,
);
const OWN_CASE = wholePhrases(OWN_CASE_WORDS);
/** Days in a month, as the rules count them (facts.md). */
const DAYS_PER_MONTH = THRESHOLDS.daysPerMonth.value;

/** The limits the rules apply, by unit ("GT", "m", "persons", "years", "months", "days"). */
const LIMITS = new Map<string, Set<number>>();
for (const t of Object.values(THRESHOLDS)) {
  const set = LIMITS.get(t.unit) ?? new Set<number>();
  set.add(t.value);
  LIMITS.set(t.unit, set);
}

/** Whether `value`, in `unit`, is one of the rules' limits (months and days as 30 days a month). */
export function isRuleLimit(value: number, unit: string | undefined): boolean {
  if (unit === undefined) return false;
  if (LIMITS.get(unit)?.has(value)) return true;
  if (unit === 'months') return LIMITS.get('days')?.has(value * DAYS_PER_MONTH) ?? false;
  if (unit === 'days') return LIMITS.get('months')?.has(value / DAYS_PER_MONTH) ?? false;
  return false;
}

/** The unit of a catalogue fact (undefined for one without). */
export const unitOfFact = (key: string): string | undefined => (FACTS as Record<string, { unit?: string }>)[key]?.unit;

/**
 * Whether `question` (folded, one question of the message) checks a rule rather than telling the
 * user's case: it opens as such a check and says nothing of the user's own.
 */
export const checksRule = (question: string): boolean =>
  (OPENS_AS_CHECK.test(question.trim()) || OPENS_AS_CHECK.test(lastClause(question))) && !OWN_CASE.test(question);

/**
 * "hi, ordinary seaman requirement - is it 6 months on deck?", "for oiler, is it 6 months …?": the
 * clause after the last dash, colon or comma, where such a check may open after its subject.
 */
const lastClause = (question: string): string =>
  question.slice(Math.max(...['-', '–', '—', ':', ','].map((c) => question.lastIndexOf(c))) + 1).trim();
