/**
 * A validity the doctor set shorter than the rule's longest ("the doctor limited it to 1 year",
 * «legen har begrenset den til 6 måneder»): with the date of issue in the same message, it gives the
 * health certificate's expiry date, which then applies (facts.md: the doctor may set a shorter
 * period; the date on the certificate applies). Only with a word of limiting or of the doctor, so
 * a question whether a certificate is valid for two years sets nothing.
 */
import { plusMonths, plusYears } from '../rules/dates.js';
import { DOCTOR_LIMIT, DOCTOR_OR_LIMIT_WORDS } from './lexicon/certificate-words.js';
import { alternation } from './normalize.js';
import { findQuantities } from './numbers.js';

type Found = { key: string; value: unknown; start: number; end: number };

const word = (list: readonly string[]) => `(?:${alternation(list)})`;
/** The text before a time ends with a limit: «begrenset den til», "valid only for", "limited my medical to (only)". */
const LIMIT_BEFORE = new RegExp(
  `(?<![a-z])(?:${word(DOCTOR_LIMIT.verbs)}(?: [a-z]+){0,3} ${word(DOCTOR_LIMIT.to)}|${word(DOCTOR_LIMIT.phrases)}) (?:${word(DOCTOR_LIMIT.only)} )?$`,
);
const DOCTOR_OR_LIMIT = new RegExp(`(?<![a-z])${word(DOCTOR_OR_LIMIT_WORDS)}(?![a-z])`);
/** How far before a time its limit is looked for. */
const LOOK_BEHIND = 60;

/** The expiry date the doctor's shorter validity gives, when the message also states the date of issue. */
export function doctorLimitedExpiry(folded: string, found: readonly Found[]): Found | undefined {
  const issue = found.find((f) => f.key === 'issueDate');
  if (!issue || typeof issue.value !== 'string' || found.some((f) => f.key === 'expiryDate')) return undefined;
  if (!DOCTOR_OR_LIMIT.test(folded)) return undefined;
  for (const q of findQuantities(folded, { words: true })) {
    if ((q.unit !== 'years' && q.unit !== 'months') || !(q.value > 0) || !Number.isInteger(q.value)) continue;
    if (!LIMIT_BEFORE.test(folded.slice(Math.max(0, q.start - LOOK_BEHIND), q.start))) continue;
    const value = q.unit === 'years' ? plusYears(issue.value, q.value) : plusMonths(issue.value, q.value);
    return { key: 'expiryDate', value, start: q.start, end: q.end };
  }
  return undefined;
}
