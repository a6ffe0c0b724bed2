/**
 * The dates a free text states, each only after a label that says which fact it is (issued, expires,
 * verified, born, on), a period from one date to another, a day soon written without its year, and
 * the age at a certificate's issue from a date of birth or the age now.
 */
import type { FactInfo } from '../rules/index.js';
import { FACT_LABELS } from './lexicon/synonyms.js';
import type { DateHit } from './dates.js';
import type { Quantity } from './numbers.js';
import { PERIOD_BETWEEN, PERIOD_START } from './period.js';
import { ageAtIssueFromAgeNow, ageAtIssueFromBirth } from './age-at-issue.js';
import { type Collector, dateLabel } from './fact-collector.js';

/** Date labels: what must come right before a date for it to be that fact. */
const DATE_LABELS: readonly { key: string; re: RegExp }[] = [
  'issueDate',
  'expiryDate',
  'verificationDate',
  'seafarerBirthDate',
  'onDate',
].map((key) => ({
  key,
  re: dateLabel(FACT_LABELS[key]?.before ?? []),
}));

/**
 * The text a date's label ends: the text before it, with the «den» a date may begin with («fikk
 * den 3. mai»: the date is «den 3. mai», the label «fikk den»).
 */
function textBefore(folded: string, h: DateHit): string {
  const lead = /^(?:den|the) /.exec(folded.slice(h.start, h.end))?.[0] ?? '';
  return folded.slice(Math.max(0, h.start - 100), h.start) + lead;
}

/** The dates the text states after a label of their fact, and a period from one date to the next. */
export function dates(c: Collector, folded: string, hits: readonly DateHit[]): void {
  for (const [i, h] of hits.entries()) {
    if (h.iso === undefined) continue;
    const before = textBefore(folded, h);
    for (const { key, re } of DATE_LABELS) if (re.test(before)) c.propose(key, h.iso, h.start, h.end);
    const next = hits[i + 1];
    if (next?.iso !== undefined && PERIOD_START.test(before) && PERIOD_BETWEEN.test(folded.slice(h.end, next.start))) {
      c.propose('periodFrom', h.iso, h.start, h.end);
      c.propose('periodTo', next.iso, next.start, next.end);
    }
  }
}

const ISSUE_LABEL = dateLabel(FACT_LABELS.issueDate?.before ?? []);
const BIRTH_LABEL = dateLabel(FACT_LABELS.seafarerBirthDate?.before ?? []);
/** Dates that may be written without their year: a day soon, asked about or planned. */
const YEARLESS_KEYS: ReadonlySet<string> = new Set(['onDate', 'verificationDate']);
const YEARLESS_LABELS = DATE_LABELS.filter((l) => YEARLESS_KEYS.has(l.key));

/**
 * The date a validity is asked for, or a verification planned, written without its year ("valid for
 * my trip 1 Jan?", «hva om vi tar den 30. desember?»): the year nearest to today, as a day and month
 * about a date soon is meant. `hits`: the dates of `folded`, yearless ones too (`findDates(folded,
 * today, { yearless: true })`).
 */
export function yearlessDates(
  c: Collector,
  folded: string,
  hits: readonly DateHit[],
  facts: readonly FactInfo[],
): void {
  const wanted = YEARLESS_LABELS.filter((l) => facts.some((f) => f.questionKey === l.key));
  if (wanted.length === 0) return;
  for (const h of hits) {
    if (!h.yearInferred || h.iso === undefined) continue;
    const before = textBefore(folded, h);
    for (const { key, re } of wanted) if (re.test(before)) c.propose(key, h.iso, h.start, h.end);
  }
}

/**
 * The age at a certificate's issue from the age now and the labelled date of issue (a whole date
 * or a month), when the age-at-issue rule makes it safe (age-at-issue.ts).
 */
export function ageAtIssue(
  c: Collector,
  folded: string,
  ages: readonly Quantity[],
  hits: readonly DateHit[],
  today: string,
) {
  const issuedOn = hits.find((h) => h.iso !== undefined && ISSUE_LABEL.test(textBefore(folded, h)));
  const born = hits.find((h) => h.iso !== undefined && BIRTH_LABEL.test(textBefore(folded, h)));
  // The date of birth gives the exact age at issue.
  if (issuedOn?.iso && born?.iso && born !== issuedOn) {
    const exact = ageAtIssueFromBirth(born.iso, issuedOn.iso);
    if (exact !== undefined) c.propose('ageAtIssue', exact, born.start, born.end);
    return;
  }
  const [age] = ages;
  if (age === undefined || ages.some((q) => q.value !== age.value)) return;
  const issued = hits.find((h) => (h.iso !== undefined || h.partial) && ISSUE_LABEL.test(textBefore(folded, h)));
  if (!issued) return;
  const value = ageAtIssueFromAgeNow(age.value, issued, today);
  if (value !== undefined) c.propose('ageAtIssue', value, age.start, age.end);
}
