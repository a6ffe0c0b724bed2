/**
 * The message read as the answer to the question waiting for one (a value labelled as another fact
 * is not it), and the facts a reply changes besides: a marked bare number near the answer given
 * last, and a what-if that the documents are reported instead of uploaded.
 */
import type { RoutableTopicId } from '../rules/topics.js';
import type { Locale } from '../rules/types.js';
import { ageAtIssueReply, ageNowFromBirth, ageNowFromTurning } from './age-answer.js';
import { type AnswerResult, type PartialDate, completeDate, extractAnswer } from './extract.js';
import { withoutTakenBack } from './corrections.js';
import { type FactFound, onlyServedAs, withoutSuperseded } from './free-text.js';
import { NO_SAFE_MANNING_WORDS, REJECTED_VALUE_WORDS } from './lexicon/discourse.js';
import { BEFORE_ISSUE_WORDS, RENEWAL_WORDS } from './lexicon/certificate-words.js';
import { DECK_SEA_TIME_LABELS } from './lexicon/deck-words.js';
import {
  AFTER_LINK_WORDS,
  FACT_LABELS,
  NONE_WORDS,
  ISSUE_WORDS,
  OTHER_EVENT_DATE_WORDS,
  REPORTED_ELECTRONICALLY_WORDS,
  REPORTED_WAY_WORDS,
  REPORTED_INSTEAD_PHRASES,
  WHOLE_PERIOD_WORDS,
  REPORTED_SOURCE_WORDS,
  UPLOAD_VERBS,
} from './lexicon/synonyms.js';
import { alternation, fold, wholePhrases, words } from './normalize.js';
import { parseYesNo } from './words.js';
import { periodDays } from './period.js';
import { convert, findQuantities, isYear } from './numbers.js';
import { ruleFact } from './rule-facts.js';
import { daysOfWeek, daysOfYear } from './sea-time-text.js';
import { uploadedDocuments } from './uploads.js';
import { saidOfOther } from './other-numbers.js';

/** What the conversation knows when the message arrives. */
export type UnderstandContext = {
  /** Today's ISO date ("i dag", "i går" are counted from it). */
  today: string;
  /** The question waiting for an answer: its rule and fact (and a month already given without its day). */
  pending?: { ruleId: string; fact: string; partialDate?: PartialDate; spanDays?: number } | null;
  /** The rule the conversation is on (being gathered, or just decided): a bare number may change its facts. */
  ruleId?: string | null;
  /** Facts known so far, by catalogue key (to tell a correction from a new fact). */
  known?: Readonly<Record<string, unknown>>;
  /** The fact of the rule answered last (its id): a marked bare number while a question waits changes it. */
  lastAnswered?: string | null;
  /** The topic the conversation is on: a short follow-up that names nothing («kan det forlenges?») is about it. */
  topic?: string | null;
  /** The age the user said earlier they are about to turn ("I turn 20 in January"): what "and after January?" asks about. */
  ageToCome?: number | null;
  /** The month that age is reached in, when said ("I turn 20 in March": 3). */
  ageToComeMonth?: number | null;
  /**
   * What each numbered question of the last message of several asked (its topics, none when outside
   * the catalogue, and the rules it names): what «og spm 2?» asks about.
   */
  items?: readonly { topics: readonly RoutableTopicId[]; hints: readonly string[] }[] | null;
};

const REPORTED_SOURCE = wholePhrases(REPORTED_SOURCE_WORDS);
const NO_SAFE_MANNING = wholePhrases(NO_SAFE_MANNING_WORDS);
const UPLOADED_SAID = wholePhrases(UPLOAD_VERBS);

/** The message read as the answer to the pending question (see `Understanding.answer`). */
export function answerTo(
  pending: NonNullable<UnderstandContext['pending']>,
  text: string,
  today: string,
  locale: Locale,
  known: Readonly<Record<string, unknown>>,
): AnswerResult | undefined {
  const fact = ruleFact(pending.ruleId, pending.fact);
  if (!fact) return undefined;
  // "and the courses are from a course centre in MSK" when the documents uploaded are asked: a
  // document its source reports is none uploaded; the question is asked again.
  if (fact.questionKey === 'uploadedDocuments' && REPORTED_SOURCE.test(fold(text)) && !UPLOADED_SAID.test(fold(text)))
    return { kind: 'not-understood' };
  // "there is no safe manning. 12 crew total": none set, so not known (never the crew counted as it).
  if (fact.questionKey === 'safetyManning' && NO_SAFE_MANNING.test(fold(text))) return { kind: 'unknown' };
  if (fact.questionKey === 'ageAtIssue') {
    const age = ageAtIssueReply(text, known.issueDate, today);
    if (age) return age;
  }
  // «jeg blir 20 i neste uke»: 19 today, never the age about to be reached.
  const turning = fact.questionKey === 'age' ? ageNowFromTurning(text) : undefined;
  if (turning !== undefined) return { kind: 'value', value: turning };
  // «født 12.04.1998»: the age today; "born 2004" alone is one of two ages, asked again.
  const born = fact.questionKey === 'age' ? ageNowFromBirth(text, today) : undefined;
  if (born) return born;
  // «vi er 12, nei vent, 8»: the number corrected at once gives way to its correction.
  if (fact.type === 'number' || fact.type === 'integer') {
    const corrected = withoutSuperseded(fold(text));
    // («nei vent, det var 2024 ikke 25»: a year corrected, no amount.)
    if (corrected !== fold(text)) return noYear(extractAnswer(fact, corrected, { today, locale }), corrected);
    // "sorry it was 4 months not 3": the value meant, with its unit.
    const meant = withoutTakenBack(corrected);
    const read = meant === corrected ? undefined : extractAnswer(fact, meant, { today, locale });
    if (read?.kind === 'value' && noYear(read, fold(text))) return read;
  }
  // "sorry, the ship was delivered to us yesterday", «bursdagen min var i går»: another event's date.
  if (CERTIFICATE_DATES.has(fact.questionKey) && OTHER_EVENT.test(fold(text)) && !ISSUED.test(fold(text)))
    return { kind: 'not-understood' };
  // «vi planlegg fornying ein gong i januar 2028» while the ISSC's date of issue is asked: the
  // renewal's date, never the issue's (nor the expiry's).
  if (
    (fact.questionKey === 'issueDate' || fact.questionKey === 'expiryDate') &&
    RENEWAL_SAID.test(fold(text)) &&
    !ISSUED.test(fold(text))
  )
    return { kind: 'not-understood' };
  if (fact.type === 'date' && pending.partialDate) {
    const iso = completeDate(text, pending.partialDate, { today, locale });
    if (iso !== undefined) return { kind: 'value', value: iso };
  }
  // «alle», "every day" when the days are asked after a period was given: the period's days (in the
  // sea-time calculation, and in a confirmation being written, whose period is its own dates).
  if (
    (pending.ruleId === 'sea-time' || pending.ruleId === 'sea-time-confirmation') &&
    fact.questionKey === 'days' &&
    WHOLE_PERIOD.test(
      fold(text)
        .replace(/[.!]+$/, '')
        .trim(),
    )
  ) {
    // (the period's dates, or the calendar days of a time given without the days worked: "3 months")
    const days =
      periodDays([
        { key: 'periodFrom', value: known.periodFrom },
        { key: 'periodTo', value: known.periodTo },
      ]) ?? pending.spanDays;
    if (days !== undefined) return { kind: 'value', value: days };
  }
  // "say 5 days a week" when the days worked are asked: a rate, never 5 days (nor 5 + 7).
  if ((pending.ruleId === 'sea-time' || pending.ruleId === 'sea-time-confirmation') && fact.questionKey === 'days') {
    const rate = daysAtRate(fold(text), pending.spanDays);
    if (rate) return rate;
  }
  // «nei», "none" when other practice is asked (its question says "answer 0 if you have none"): 0 months.
  if (fact.questionKey === 'monthsMechanicalPractice' && nonePractised(fold(text))) return { kind: 'value', value: 0 };
  if (fact.questionKey === 'uploadedDocuments') {
    const uploaded = uploadsSaid(fold(text), fact.values ?? []);
    if (uploaded) return uploaded;
  }
  // "I have 2 years as navigator on 11 m LOA boat" while the position is asked: time served, no answer.
  if (fact.type === 'enum' && fact.values && onlyServedAs(fold(text), fact.questionKey, fact.values)) return undefined;
  const read = extractAnswer(fact, text, { today, locale });
  // "does it apply to my sea time from 2014?", the days asked: a year, no amount of days.
  if (!noYear(read, fold(text))) return undefined;
  // «45» days worked in a period of 30 days (01.06–30.06): more days than the period has is no
  // answer (seed 002's «42» is its hours); the question is asked again.
  if (fact.questionKey === 'days' && read?.kind === 'value' && typeof read.value === 'number') {
    const span =
      periodDays([
        { key: 'periodFrom', value: known.periodFrom },
        { key: 'periodTo', value: known.periodTo },
      ]) ?? pending.spanDays;
    if (span !== undefined && read.value > span) return { kind: 'not-understood' };
  }
  return read;
}

const NONE = wholePhrases(NONE_WORDS);
/** A reply of no amount that says no, or none («nei», "no", «ingen», "none at all"). */
const nonePractised = (folded: string): boolean =>
  findQuantities(folded, { words: true }).length === 0 && (parseYesNo(words(folded)) === false || NONE.test(folded));

/** A count of days said per week or per year, the days in that span, and the unit its number is said in. */
const RATES = [
  { per: daysOfWeek, length: 7, unit: 'weeks' },
  { per: daysOfYear, length: 365, unit: 'years' },
] as const;
/**
 * Days said per week or per year as the reply to the days worked: with one number of weeks or years
 * («5 dager i uka i 10 uker»), or after a time of whole weeks or years ("6 weeks", then "5 days a
 * week"; "2 years", then "count 365 days per year"), the days worked; else no answer, asked again (3
 * months at 5 days a week is no exact count of days). Undefined without such a rate.
 */
function daysAtRate(folded: string, spanDays: number | undefined): AnswerResult | undefined {
  const qs = findQuantities(folded, { words: true });
  for (const { per, length, unit } of RATES) {
    const rates = qs.filter((q) => q.unit === 'days' && per(folded, q.end));
    const [rate] = rates;
    if (!rate) continue;
    // (the week of "a week" itself is no number of weeks)
    const spans = qs.filter((q) => q.unit === unit && !rates.some((r) => q.start >= r.end && q.start <= r.end + 4));
    const [span] = spans;
    const count =
      spans.length === 1 && span
        ? span.value
        : spans.length === 0 && spanDays && spanDays % length === 0
          ? spanDays / length
          : undefined;
    const days = rates.length === 1 && count !== undefined ? rate.value * count : undefined;
    return days !== undefined && Number.isInteger(days) && days > 0 && rate.value <= length
      ? { kind: 'value', value: days }
      : { kind: 'not-understood' };
  }
  return undefined;
}

/** True when `value` is a year `folded` names («fra 2014»: isYear), not an amount. */
/** `read`, unless it is a number `folded` names as a year (then undefined: no amount was given). */
const noYear = (read: AnswerResult | undefined, folded: string): AnswerResult | undefined =>
  read?.kind === 'value' && typeof read.value === 'number' && namesYear(folded, read.value) ? undefined : read;
const namesYear = (folded: string, value: number): boolean =>
  findQuantities(folded).some((q) => q.value === value && isYear(folded, q));

// («helseerklæringa er frå legen via altinn»: the way it is reported, too.)
const REPORTED = wholePhrases([...REPORTED_ELECTRONICALLY_WORDS, ...REPORTED_WAY_WORDS]);
/** The whole reply is that every day of the period was worked. */
const WHOLE_PERIOD = new RegExp(`^(?:${alternation(WHOLE_PERIOD_WORDS)})$`);
const OTHER_EVENT = wholePhrases(OTHER_EVENT_DATE_WORDS);
const RENEWAL_SAID = wholePhrases(RENEWAL_WORDS);
/** A certificate's own dates (a birth date asked is the date of another event by nature). */
const CERTIFICATE_DATES: ReadonlySet<string> = new Set(['issueDate', 'expiryDate', 'verificationDate']);
const ISSUED = wholePhrases(ISSUE_WORDS);
/**
 * The documents uploaded by hand, asked: a reply that names documents after a verb of uploading is
 * read as the free text is ("men helseerklæringa lasta eg opp"); one that only says documents were
 * reported electronically («fartstiden er rapportert elektronisk av rederiet») names none uploaded,
 * never the documents it says were reported.
 */
function uploadsSaid(folded: string, values: readonly string[]): AnswerResult | undefined {
  const said = uploadedDocuments(folded, values);
  if (said) return { kind: 'value', value: said.value };
  return REPORTED.test(folded) ? { kind: 'value', value: [] } : undefined;
}

/**
 * The answer, unless the message labels its value as another fact: «legen skrev at den gjelder til
 * 01.06.2026», sent when the date of issue is asked, is the expiry date, never the date of issue.
 * The labelled fact is taken from the message's facts instead, and the question stays open.
 */
export function labelledOtherwise(
  answer: AnswerResult | undefined,
  pending: UnderstandContext['pending'],
  found: readonly FactFound[],
): AnswerResult | undefined {
  if (answer?.kind !== 'value' || !pending) return answer;
  const asked = ruleFact(pending.ruleId, pending.fact);
  if (!asked) return answer;
  // The message names the fact asked with another value ("we are nine on the manning certificate but
  // usually 14 on board", asked the safe manning): the value it names is the answer.
  const named = found.find((f) => f.key === asked.questionKey);
  if (named && named.value !== answer.value && typeof named.value === typeof answer.value)
    return { kind: 'value', value: named.value };
  // "yes seagoing" while the trade certificate is asked: the yes belongs to the other yes/no fact it
  // names, so the question asked stays open.
  if (
    asked.type === 'boolean' &&
    !named &&
    found.some((f) => f.key !== asked.questionKey && typeof f.value === 'boolean')
  )
    return undefined;
  // Dates and measures only: a count given for the safe manning («14 mann») is the answer even if it
  // reads as the crew, but «me er 10 om bord» asked the length is a count of people, not 10 metres.
  if (asked.type !== 'date' && !MEASURED.has(asked.unit ?? '')) return answer;
  const other = found.some((f) => f.key !== asked.questionKey && f.value === answer.value);
  return other && !named ? undefined : answer;
}

/** The fact whose labels a fact is said with ("…SinceIssue" is said as the time in the position). */
const labelKey = (key: string) => key.replace(/SinceIssue$/, '');
const DENIED_LABEL = new Map<string, RegExp | null>();
/**
 * «not OOW», "not in the engine room", "not in webcadet": a label of fact `key` after a word that
 * rejects it; for a time since the certificate's issue, also a time said to be before it.
 */
function deniedLabel(key: string): RegExp | null {
  let re = DENIED_LABEL.get(key);
  if (re === undefined) {
    const labels = [...(FACT_LABELS[labelKey(key)]?.after ?? []), ...(DECK_SEA_TIME_LABELS[key] ?? [])];
    const denied =
      labels.length === 0
        ? []
        : [
            `(?<![a-z])(?:${alternation(REJECTED_VALUE_WORDS)}) (?:(?:${alternation(AFTER_LINK_WORDS)}|an|a) )*(?:${alternation(labels)})(?![a-z])`,
          ];
    const before = key.endsWith('SinceIssue') ? [`(?<![a-z])(?:${alternation(BEFORE_ISSUE_WORDS)})(?![a-z])`] : [];
    const all = [...denied, ...before];
    re = all.length === 0 ? null : new RegExp(all.join('|'));
    DENIED_LABEL.set(key, re);
  }
  return re;
}

/**
 * True when the message denies that what it says is of the fact asked ("18 months, but as matros, not
 * OOW" while the months as officer of the watch are asked): a time in another position is no answer.
 */
export function deniesAsked(pending: UnderstandContext['pending'], folded: string): boolean {
  const asked = pending ? ruleFact(pending.ruleId, pending.fact) : undefined;
  return asked ? (deniedLabel(asked.questionKey)?.test(folded) ?? false) : false;
}

/**
 * The answer, unless every number of the message is said of something else (`saidOfOther`): «båten
 * er 12 år gammal» while the months in the engine room are asked, «eg har vore fiskar i 5 år» or
 * «fartsområde 2» while the age is asked. The question stays open; the facts the message states are
 * heard all the same.
 */
export function saidOfAnother(
  answer: AnswerResult | undefined,
  pending: UnderstandContext['pending'],
  folded: string,
  found: readonly FactFound[],
): AnswerResult | undefined {
  if (answer?.kind !== 'value' || typeof answer.value !== 'number' || !pending) return answer;
  const asked = ruleFact(pending.ruleId, pending.fact);
  if (!asked || found.some((f) => f.key === asked.questionKey)) return answer;
  // The numbers the answer was read from (an age worked out from a birth date was read from none).
  const value = answer.value;
  const sources = findQuantities(folded, { words: true }).filter(
    (q) => !q.range && (q.value === value || convert(q.value, q.unit, asked.unit) === value),
  );
  return sources.length > 0 && sources.every((q) => saidOfOther(folded, q, asked.questionKey, asked.unit, found))
    ? { kind: 'not-understood' }
    : answer;
}

/**
 * Units of a measure of the vessel, which a count of people given with the same number never is, and
 * of a time served: «7 mnd dekk» while other practice is asked is time on deck, not 7 months of practice.
 */
const MEASURED: ReadonlySet<string> = new Set(['m', 'GT', 'months', 'days']);

/** How far (as a ratio) a corrected number may be from the answer it corrects. */
const NEAR_LAST_ANSWER = 2;

/**
 * The fact answered last, with the one bare number of a marked message as its new value, when the
 * number fits its unit, differs from it and is near it (within a factor of two).
 */
export function lastAnswerChanged(
  folded: string,
  ruleId: string,
  lastAnswered: string | null | undefined,
  known: Readonly<Record<string, unknown>>,
): FactFound | undefined {
  const last = lastAnswered ? ruleFact(ruleId, lastAnswered) : undefined;
  if (!last || (last.type !== 'number' && last.type !== 'integer')) return undefined;
  const was = known[last.questionKey];
  // «nei vent, sju»: a number in words as well as in digits.
  const numbers = findQuantities(folded, { words: true }).filter((q) => Number.isFinite(q.value) && q.unit !== 'other');
  const q = numbers.length === 1 ? numbers[0] : undefined;
  const value = q ? convert(q.value, q.unit, last.unit) : undefined;
  if (!q || value === undefined || typeof was !== 'number' || was <= 0 || value <= 0 || value === was) return undefined;
  if (last.type === 'integer' && !Number.isInteger(value)) return undefined;
  const ratio = value / was;
  if (ratio > NEAR_LAST_ANSWER || ratio < 1 / NEAR_LAST_ANSWER) return undefined;
  return { key: last.questionKey, value, start: q.start, end: q.end };
}

const REPORTED_INSTEAD = wholePhrases(REPORTED_INSTEAD_PHRASES);
/**
 * "and if the company reports it through the API instead?" after one document uploaded by hand: the
 * what-if that nothing was uploaded (then the application may be issued automatically, seed 000).
 * Only when one document was named, so "it" is that one.
 */
export function reportedInstead(
  folded: string,
  found: readonly FactFound[],
  known: Readonly<Record<string, unknown>>,
): FactFound | undefined {
  const was = known.uploadedDocuments;
  if (!Array.isArray(was) || was.length !== 1 || found.some((f) => f.key === 'uploadedDocuments')) return undefined;
  const m = REPORTED_INSTEAD.exec(folded);
  return m ? { key: 'uploadedDocuments', value: [], start: m.index, end: m.index + m[0].length } : undefined;
}
