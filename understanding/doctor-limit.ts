/**
 * A validity the doctor set shorter than the rule's longest ("the doctor limited it to 1 year",
 * «legen har begrenset den til 6 måneder»): with the date of issue in the same message, it gives the
 * health certificate's expiry date, which then applies (facts.md: the doctor may set a shorter
 * period; the date on the certificate applies). Only with a word of limiting or of the doctor, so
 * a question whether a certificate is valid for two years sets nothing.
 */
import { plusMonths, plusYears } from '../rules/dates.js';

type Found = { key: string; value: unknown; start: number; end: number };

const NUMBER = String.raw`(\d{1,2}|ett|eitt|en|ein|one|a|seks|six|tre|three|tolv|twelve|to|two)`;
const UNIT = '(years?|ar|months?|maned|maneder|manader|mnd)';
const LIMITED = new RegExp(
  `(?<![a-z])(?:limited(?: [a-z]+){0,3} to|restricted(?: [a-z]+){0,3} to|(?:only )?valid (?:only )?for|begrenset(?: [a-z]+){0,3} til|begrensa(?: [a-z]+){0,3} til|avgrensa(?: [a-z]+){0,3} til|avgrenset(?: [a-z]+){0,3} til|satt gyldigheten til|sett gyldigheita til|gyldig i|gjelder bare i|gjeld berre i|gjelder i|gjeld i) (?:bare |berre |only |kun )?${NUMBER} ?${UNIT}(?![a-z])`,
);
const DOCTOR_OR_LIMIT =
  /(?<![a-z])(?:lege|legen|doctor|doktor|sjomannslege|limited|restricted|begrenset|begrensa|avgrensa|avgrenset|bare|berre|only|kun)(?![a-z])/;
const WORDS: Readonly<Record<string, number>> = {
  ett: 1,
  eitt: 1,
  en: 1,
  ein: 1,
  one: 1,
  a: 1,
  seks: 6,
  six: 6,
  tre: 3,
  three: 3,
  tolv: 12,
  twelve: 12,
  to: 2,
  two: 2,
};

/** The expiry date the doctor's shorter validity gives, when the message also states the date of issue. */
export function doctorLimitedExpiry(folded: string, found: readonly Found[]): Found | undefined {
  const issue = found.find((f) => f.key === 'issueDate');
  if (!issue || typeof issue.value !== 'string' || found.some((f) => f.key === 'expiryDate')) return undefined;
  const m = LIMITED.exec(folded);
  if (!m || !DOCTOR_OR_LIMIT.test(folded)) return undefined;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : WORDS[m[1] ?? ''];
  if (n === undefined || n <= 0) return undefined;
  const years = /^(?:years?|ar)$/.test(m[2] ?? '');
  const value = years ? plusYears(issue.value, n) : plusMonths(issue.value, n);
  return { key: 'expiryDate', value, start: m.index, end: m.index + m[0].length };
}
