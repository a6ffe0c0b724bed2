/**
 * The dates a free text states, each only after a label that says which fact it is (issued, expires,
 * verified, born, on), a period from one date to another, a day soon written without its year, and
 * the age at a certificate's issue from a date of birth or the age now.
 */
import type { FactInfo } from '../rules/index.js';
import {
  BEFORE_EXPIRY_WORDS,
  FACT_LABELS,
  HEALTH_CERTIFICATE_NAMES,
  MONTH_NAMES,
  MONTH_ON_LABELS,
  RESULT_DATE_WORDS,
  UNIT_WORDS,
  WHAT_ABOUT_DATE_LABELS,
} from './lexicon/synonyms.js';
import { INSTEAD_WORDS, RESTATING_WORDS } from './lexicon/discourse.js';
import { alternation } from './normalize.js';
import { wholeCount } from './numbers.js';
import { moveDate } from './shifted-dates.js';
import { type DateHit, isoOf } from './dates.js';
import { daysIn, isoParts } from '../rules/dates.js';
import type { Quantity } from './numbers.js';
import { PERIOD_BETWEEN, PERIOD_START } from './period.js';
import { ageAtIssueFromAgeNow, ageAtIssueFromBirth, ageAtIssueFromTurning } from './age-at-issue.js';
import { AGE_TURNED_WORDS } from './lexicon/certificate-words.js';
import { type Collector, dateLabel, word } from './fact-collector.js';

/** Date labels: what must come right before a date for it to be that fact. */
const DATE_LABELS: readonly { key: string; re: RegExp }[] = [
  'issueDate',
  'expiryDate',
  'verificationDate',
  'intermediateDate',
  'seafarerBirthDate',
  'onDate',
].map((key) => ({
  key,
  re: dateLabel(FACT_LABELS[key]?.before ?? []),
}));

const WHAT_ABOUT = dateLabel(WHAT_ABOUT_DATE_LABELS);
/** «… i staden», "… instead" right after a date (see INSTEAD_WORDS). */
const INSTEAD_AFTER = new RegExp(`^[ ,]*(?:${alternation(INSTEAD_WORDS)})(?![a-z])`);

/** A date after the name of what a rule works out («ny utløpsdato 15.03.2032?»): guessed, not told. */
const RESULT_DATE = dateLabel(RESULT_DATE_WORDS);

/**
 * The text a date's label ends: the text before it, with the «den» a date may begin with («fikk
 * den 3. mai»: the date is «den 3. mai», the label «fikk den»).
 */
function textBefore(folded: string, h: DateHit): string {
  const lead = /^(?:den|the) /.exec(folded.slice(h.start, h.end))?.[0] ?? '';
  return folded.slice(Math.max(0, h.start - 100), h.start) + lead;
}

/** Between a date and the same date said more exactly («i mai 2027, nærmere bestemt 10.05.2027»). */
const RESTATING = new RegExp(`^,? ?(?:${alternation(RESTATING_WORDS)}),?:? ?(?:(?:den|on|the) )?$`);

/**
 * What is said before date `hits[i]`: for a date that says one before it more exactly, what is said
 * before that one (its label is theirs).
 */
function saidBefore(folded: string, hits: readonly DateHit[], i: number): string {
  const h = hits[i] as DateHit;
  const prev = hits[i - 1];
  return prev && RESTATING.test(folded.slice(prev.end, h.start)) ? textBefore(folded, prev) : textBefore(folded, h);
}

/** A month asked about for a validity (MONTH_ON_LABELS): its last day is the date asked. */
const MONTH_ON = dateLabel(MONTH_ON_LABELS);

/** The dates the text states after a label of their fact, and a period from one date to the next. */
export function dates(c: Collector, folded: string, hits: readonly DateHit[]): void {
  let expiry: DateHit | undefined;
  for (const [i, h] of hits.entries()) {
    if (h.partial && MONTH_ON.test(textBefore(folded, h))) {
      const { year, month } = h.partial;
      const last = isoOf(year, month, daysIn(year, month));
      if (last) c.propose('onDate', last, h.start, h.end);
    }
    if (h.iso === undefined) continue;
    const before = saidBefore(folded, hits, i);
    if (RESULT_DATE.test(before)) continue;
    const keys = DATE_LABELS.filter(({ re }) => re.test(before)).map(({ key }) => key);
    if (keys.length === 0 && NAMED_ISSUE.test(before)) keys.push('issueDate');
    // «er den gyldig til 31.12.2026?» asks about that day: no expiry said. An intermediate
    // verification is no renewal verification.
    const meant = keys.filter(
      (k) =>
        !(k === 'expiryDate' && keys.includes('onDate')) &&
        !(k === 'verificationDate' && keys.includes('intermediateDate')),
    );
    for (const key of meant) {
      // «kva med 1.12.2024 i staden?»: a date in place of one given is no day asked about.
      if (key === 'onDate' && WHAT_ABOUT.test(before) && INSTEAD_AFTER.test(folded.slice(h.end))) continue;
      c.propose(key, h.iso, h.start, h.end);
      if (key === 'expiryDate') expiry ??= h;
    }
    const next = hits[i + 1];
    if (next?.iso !== undefined && PERIOD_START.test(before) && PERIOD_BETWEEN.test(folded.slice(h.end, next.start))) {
      c.propose('periodFrom', h.iso, h.start, h.end);
      c.propose('periodTo', next.iso, next.start, next.end);
    }
  }
  if (expiry?.iso) verificationBeforeExpiry(c, folded, expiry.iso);
}

const COUNT_UNIT = String.raw`(\d+|[a-z]+) (?:(${alternation(UNIT_WORDS.days)})|(${alternation(UNIT_WORDS.weeks)})|(${alternation(UNIT_WORDS.months)}))`;
/**
 * "a month before expiry", «to måneder før utløpet»: a verification said by its distance to the expiry;
 * the expiry may be left out at a clause's end («ISSC gikk ut 1. mars 2027, verifikasjonen ble gjort
 * to måneder før.»).
 */
const BEFORE_EXPIRY = new RegExp(
  `(?<![a-z0-9])${COUNT_UNIT} (?:${alternation(BEFORE_EXPIRY_WORDS.before)})(?: (?:the |its |our )?(?:issc )?(?:${alternation(BEFORE_EXPIRY_WORDS.expiry)})(?![a-z])| ?(?=[.,;!?]|$))`,
);
const VERIFICATION_NAMED = new RegExp(`(?<![a-z])(?:${alternation(BEFORE_EXPIRY_WORDS.verification)})`);

/**
 * "we plan the renewal verification a month before expiry" beside the expiry date: the verification
 * date is the expiry date less that time (only where a verification is named, and by whole days,
 * weeks or months).
 */
function verificationBeforeExpiry(c: Collector, folded: string, expiryIso: string): void {
  const m = BEFORE_EXPIRY.exec(folded);
  if (!m || !VERIFICATION_NAMED.test(folded)) return;
  const n = wholeCount(m[1] ?? '');
  if (n === undefined || n <= 0 || !Number.isInteger(n)) return;
  const iso = moveDate(expiryIso, -n, m[2] ? 'days' : m[3] ? 'weeks' : 'months');
  c.propose('verificationDate', iso, m.index, m.index + m[0].length);
}

const ISSUE_LABEL = dateLabel(FACT_LABELS.issueDate?.before ?? []);
const BIRTH_LABEL = dateLabel(FACT_LABELS.seafarerBirthDate?.before ?? []);
/** "I turned 18 in October 2025", «eg fylte 18 i oktober»: an age reached in a month (and year). */
const TURNED_IN = new RegExp(
  String.raw`(?<![a-z])${word(AGE_TURNED_WORDS)} (\d{1,2})(?: ${word(UNIT_WORDS.years)})? (?:i|in) (${alternation(Object.keys(MONTH_NAMES))})(?: ((?:19|20)\d\d))?(?![a-z0-9])`,
);
/** A health certificate named right before its date, nothing between: the date it was issued. */
// «har hatt helseerklæring sidan 01.03.2025», "had my health certificate since 1 March 2025": held
// since that date, so issued on it.
const NAMED_ISSUE = new RegExp(
  // ("got his helseattest on 1. februar 2025", «helseattest frå 1.2.2025»: a word of when between.)
  String.raw`(?<![a-z])${word(HEALTH_CERTIFICATE_NAMES)}(?:[:,]?|(?: (?:siden|sidan|since|on|dated|datert|fra|fra den|from))?)\s*$`,
);
/** Whether the date `h` is labelled as the date of issue, or stands right after a health certificate's name. */
const issuedOn = (folded: string, h: DateHit) => {
  const before = textBefore(folded, h);
  return ISSUE_LABEL.test(before) || NAMED_ISSUE.test(before);
};

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

/** Said right after an age: it was the age then (FACT_LABELS.ageAtIssue.after: "at that time", «den gongen»). */
const AGE_THEN_AFTER = new RegExp(
  `^(?: (?:years?|yrs?|år|aar|ar|years old|år gammal|år gammel))?,? (?:${alternation(FACT_LABELS.ageAtIssue?.after ?? [])})(?![a-z])`,
);
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
  const issuedDay = hits.find((h) => h.iso !== undefined && issuedOn(folded, h));
  // "health cert from 20.11.2025, I turned 18 in october 2025": the birth month the age reached gives.
  const turned = TURNED_IN.exec(folded);
  const turnedMonth = turned ? MONTH_NAMES[turned[2] ?? ''] : undefined;
  if (turned && turnedMonth !== undefined && issuedDay?.iso) {
    const [ty, tm] = isoParts(today) ?? [];
    // Without its year, the month is the last such month up to today.
    const year = turned[3] ? Number(turned[3]) : ty !== undefined && tm !== undefined && turnedMonth > tm ? ty - 1 : ty;
    const exact =
      year === undefined
        ? undefined
        : ageAtIssueFromTurning(Number(turned[1]), { year, month: turnedMonth }, issuedDay.iso);
    if (exact !== undefined) c.propose('ageAtIssue', exact, turned.index, turned.index + turned[0].length);
    return;
  }
  const born = hits.find((h) => h.iso !== undefined && BIRTH_LABEL.test(textBefore(folded, h)));
  // The date of birth gives the exact age at issue.
  if (issuedDay?.iso && born?.iso && born !== issuedDay) {
    const exact = ageAtIssueFromBirth(born.iso, issuedDay.iso);
    if (exact !== undefined) c.propose('ageAtIssue', exact, born.start, born.end);
    return;
  }
  const [age] = ages;
  if (age === undefined || ages.some((q) => q.value !== age.value)) return;
  // "age 18 at that time": the age then, said so, is the age at issue itself.
  if (AGE_THEN_AFTER.test(folded.slice(age.end, age.end + 40))) {
    c.propose('ageAtIssue', age.value, age.start, age.end);
    return;
  }
  const issued = hits.find((h) => (h.iso !== undefined || h.partial) && issuedOn(folded, h));
  if (!issued) return;
  const value = ageAtIssueFromAgeNow(age.value, issued, today);
  if (value !== undefined) c.propose('ageAtIssue', value, age.start, age.end);
}
