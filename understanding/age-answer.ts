/**
 * A reply to "how old were you when the health certificate was issued?" that gives another age:
 * the age now («jeg er 18 nå», "I'm 19 now"), an age about to be reached («jeg fyller 18 i
 * januar»), both ages («17 da, 18 nå»), or the date of birth (the exact age on the date of issue). The age then is taken as said; an age now only gives the
 * age at issue when every age it can have been is on the same side of 18 (`age-at-issue.ts`);
 * otherwise the reply is not understood and the question is asked again — never the age now.
 */
import type { AnswerResult } from './extract.js';
import { ageAtIssueFromAgeNow, ageAtIssueFromBirth } from './age-at-issue.js';
import { findDates } from './dates.js';
import {
  AGE_NOW_WORDS,
  AGE_SOON_WORDS,
  AGE_THEN_WORDS,
  AGE_TURNS_WORDS,
  CREW_SUBJECT_WORDS,
  AGE_SHIFT_WORDS,
  AGE_WHEN_WORDS,
  YEARS_AHEAD,
} from './lexicon/certificate-words.js';
import { BIRTHDAY_WORDS, FACT_LABELS, MONTH_NAMES, UNIT_WORDS } from './lexicon/synonyms.js';
import { alternation, fold } from './normalize.js';

const word = (list: readonly string[]) => `(?:${alternation(list)})`;
/** "17", «17 år», "17 years old" (the years and «gammel» may be left out). */
const AGE = String.raw`(?<![\d.,])(\d{1,2})(?:\s*${word(UNIT_WORDS.years)})?(?:\s*${word(FACT_LABELS.age?.after ?? [])})?`;
/** «17 da», "17 then", «17 år den gang»: the age at the time. */
const THEN = new RegExp(String.raw`${AGE}\s*${word(AGE_THEN_WORDS)}(?![a-z])`);
/** «18 nå», «19 no», "18 now", «i dag er jeg 18»: the age now. */
const NOW = new RegExp(
  String.raw`${AGE}\s*${word(AGE_NOW_WORDS)}(?![a-z])|${word(AGE_NOW_WORDS)}\s+(?:er\s+(?:jeg|eg)|(?:i\s*am|im))\s+(\d{1,2})(?!\d)`,
);
/** «fyller 18 i januar», "turning 18 soon": the age now is one less. */
// «hun fyller 18 først neste uke», "she only turns 18 next week": "first" or "only" may stand before when.
const TURNS = new RegExp(
  String.raw`(?<!(?<![a-z])${word(CREW_SUBJECT_WORDS)}\s+)${word(AGE_TURNS_WORDS)}\s+(\d{1,2})\s*(?:${word(UNIT_WORDS.years)}\s*)?(?:(?:forst|ikke for|ikkje for|first|only)\s+)?(?:(?:i|in)\s+${word(Object.keys(MONTH_NAMES))}|(?:(?:i|in)\s+)?${word(AGE_SOON_WORDS)})(?![a-z])`,
);

/** "I am 20 tomorrow", «eg er 18 neste veke»: the age to come, said with a time soon. */
const IS_SOON = new RegExp(
  String.raw`(?<=(?<![a-z'])${word(AGE_WHEN_WORDS.is)}\s+)(\d{1,2})(?:\s*${word(UNIT_WORDS.years)})?\s+${word(AGE_SOON_WORDS)}(?![a-z])`,
);
/** «enn når eg fyller 20?», "what about once I turn 20?": the age reached, asked about without a time. */
const TURNS_WHEN = new RegExp(
  String.raw`(?<=(?<![a-z])${word(AGE_WHEN_WORDS.when)}\s+(?:${word(AGE_WHEN_WORDS.who)}\s+)?)${word(AGE_TURNS_WORDS)}\s+(\d{1,2})(?![0-9])(?:\s*${word(UNIT_WORDS.years)})?`,
);

/** «om eitt år?», "in 2 years?": how many years ahead a short what-if looks (YEARS_AHEAD). */
const ONE_YEAR_AHEAD = new RegExp(`(?<![a-z])${word(YEARS_AHEAD.one)}(?![a-z])`);
const YEARS_AHEAD_SAID = new RegExp(
  `(?<![a-z])${word(YEARS_AHEAD.before)} ([1-5]) ${word(YEARS_AHEAD.after)}(?![a-z])`,
);
/** Most words of such a what-if («og om eitt år då, går det?»). */
const YEARS_AHEAD_WORDS = 8;

/** "birthday in February", «bursdag i mars», "birthday next month": a birthday still to come. */
const BIRTHDAY_SOON = new RegExp(
  `(?<![a-z])${word(BIRTHDAY_WORDS)}(?: (?:er|is|es))? (?:(?:i|in) ${word(Object.keys(MONTH_NAMES))}|(?:(?:i|in) )?${word(AGE_SOON_WORDS)})(?![a-z])`,
);
/** Whether the text says a birthday is still to come (the age said is then one more). */
export const birthdaySoon = (folded: string): boolean => BIRTHDAY_SOON.test(folded);

/** "2 years younger", «3 år eldre» (digits or a small number in words). */
const AGE_SHIFT = new RegExp(
  `(?<![a-z0-9])(\\d{1,2}|one|two|three|four|five|ett|eitt|ein|en|to|tre|fire|fem) ${word(UNIT_WORDS.years)} (${word([...AGE_SHIFT_WORDS.younger, ...AGE_SHIFT_WORDS.older])})(?![a-z])`,
);
const SMALL_COUNTS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ett: 1,
  eitt: 1,
  ein: 1,
  en: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
};
const YOUNGER = new Set(AGE_SHIFT_WORDS.younger);
/** The years a what-if shifts the age known by ("2 years younger": -2), with where it says so. */
export function ageShift(folded: string): { years: number; start: number; end: number } | undefined {
  if (folded.split(/\s+/).filter(Boolean).length > YEARS_AHEAD_WORDS) return undefined;
  const m = AGE_SHIFT.exec(folded);
  if (!m) return undefined;
  const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : SMALL_COUNTS[m[1] ?? ''];
  if (n === undefined) return undefined;
  return { years: YOUNGER.has(m[2] ?? '') ? -n : n, start: m.index, end: m.index + m[0].length };
}

/** The years ahead a short what-if looks («om eitt år?»: 1), with where it says so; undefined when it does not. */
export function yearsAhead(folded: string): { years: number; start: number; end: number } | undefined {
  if (folded.split(/\s+/).filter(Boolean).length > YEARS_AHEAD_WORDS) return undefined;
  const one = ONE_YEAR_AHEAD.exec(folded);
  if (one) return { years: 1, start: one.index, end: one.index + one[0].length };
  const more = YEARS_AHEAD_SAID.exec(folded);
  return more ? { years: Number(more[1]), start: more.index, end: more.index + more[0].length } : undefined;
}

const BORN = new RegExp(`(?<![a-z])${word(FACT_LABELS.seafarerBirthDate?.before ?? [])}(?![a-z])`);

/**
 * The age at issue `text` gives when it speaks of the age now or then; undefined when it does
 * neither (the ordinary reading applies).
 */
export function ageAtIssueReply(text: string, issueDate: unknown, today: string): AnswerResult | undefined {
  const folded = fold(text);
  // «født 15.03.2007», "I told you, born 15.03.2007": the exact age on the date of issue.
  if (typeof issueDate === 'string' && BORN.test(folded)) {
    const [birth, ...more] = findDates(folded, today).filter((h) => h.iso !== undefined);
    const age = birth?.iso && more.length === 0 ? ageAtIssueFromBirth(birth.iso, issueDate) : undefined;
    if (age !== undefined) return { kind: 'value', value: age };
  }
  const then = THEN.exec(folded);
  if (then) return { kind: 'value', value: Number(then[1]) };
  const now = NOW.exec(folded);
  const turns = now ? undefined : TURNS.exec(folded);
  const ageNow = now ? Number(now[1] ?? now[2]) : turns ? Number(turns[1]) - 1 : undefined;
  if (ageNow === undefined) return undefined;
  const age = typeof issueDate === 'string' ? ageAtIssueFromAgeNow(ageNow, { iso: issueDate }, today) : undefined;
  return age === undefined ? { kind: 'not-understood' } : { kind: 'value', value: age };
}

/**
 * The age now of a reply that gives an age about to be reached («jeg blir 20 i neste uke», "I turn 20
 * next month"): one less. Undefined when the reply says no such thing.
 */
export function ageNowFromTurning(text: string): number | undefined {
  return turningIn(fold(text))?.value;
}

/** The age now of an age about to be reached in folded text («fyller 18 neste uke»: 17), with where it is said. */
export function turningIn(folded: string): { value: number; start: number; end: number } | undefined {
  const turns = TURNS.exec(folded) ?? TURNS_WHEN.exec(folded) ?? IS_SOON.exec(folded);
  return turns ? { value: Number(turns[1]) - 1, start: turns.index, end: turns.index + turns[0].length } : undefined;
}

/** «født 1999», "born 2004": a year of birth alone, which leaves the age now one of two. */
const BORN_YEAR = new RegExp(`${BORN.source}\\s*(?:in\\s+|i\\s+)?(?:19|20)\\d{2}(?![\\d.])`);

/**
 * The age now of a reply that gives the date of birth instead («født 12.04.1998», "born 3 May
 * 1990"): the exact age today. A year of birth alone ("born 2004") leaves two ages, so it is not
 * understood and the age is asked again — never read as an age of 2004. Undefined when the reply
 * names no birth.
 */
export function ageNowFromBirth(text: string, today: string): AnswerResult | undefined {
  const folded = fold(text);
  if (!BORN.test(folded)) return undefined;
  const [birth, ...more] = findDates(folded, today).filter((h) => h.iso !== undefined && !h.relative);
  if (birth?.iso && more.length === 0) {
    const age = ageAtIssueFromBirth(birth.iso, today);
    return age === undefined ? { kind: 'not-understood' } : { kind: 'value', value: age };
  }
  return BORN_YEAR.test(folded) ? { kind: 'not-understood' } : undefined;
}

/** «jeg var 18», "I was 18": an age said with the labels of the age at issue. */
const WAS_AGE = new RegExp(
  String.raw`(?<![a-z])${word(FACT_LABELS.ageAtIssue?.before ?? [])}\s+(?:(?:bare|berre|only|just)\s+)?\d{1,2}(?![0-9])`,
);
/** A date in digits, or a year: a message that dates what it says of an age («fylte 18 den 20.12.2025»). */
const DATED_AGE = /(?<![0-9])(?:\d{1,2}[./-]\d{1,2}|(?:19|20)\d{2})(?![0-9])/;

/**
 * An age now said again for a rule that takes only the age at issue («nei vent, eg er 18», "sorry, I
 * meant 19" after "I am 17"): the age at issue it gives with the date of issue known (age-at-issue.ts),
 * `'unsure'` when it can be on either side of 18 — or when the date is still being asked — so the age
 * at issue is asked and never the age now taken for it; undefined when the message is no such age (an
 * age reached on a day said, or a turning, tells the age at issue itself; so does an answer to it).
 */
export function ageAtIssueAgain(
  ageNow: number,
  folded: string,
  state: {
    issueDate: unknown;
    pending: boolean;
    pendingKey: string | undefined;
    today: string;
  },
): number | 'unsure' | undefined {
  const { issueDate, pending, pendingKey, today } = state;
  if (pendingKey === 'ageAtIssue' || turningIn(folded) !== undefined || DATED_AGE.test(folded)) return undefined;
  // «sorry, jeg var 18», "sorry, I was 18": said in the past, the age then is the age at issue itself.
  if (WAS_AGE.test(folded)) return ageNow;
  if (typeof issueDate !== 'string') return pending ? 'unsure' : undefined;
  if (pending) return undefined;
  return ageAtIssueFromAgeNow(ageNow, { iso: issueDate }, today) ?? 'unsure';
}

const MONTH_SAID = new RegExp(`(?<![a-z])(${word(Object.keys(MONTH_NAMES))})(?![a-z])`);
/** The month a text names (the first), 1–12; undefined when it names none. */
export function monthNamed(folded: string): number | undefined {
  const m = MONTH_SAID.exec(folded);
  return m ? MONTH_NAMES[m[1] ?? ''] : undefined;
}
/** "and in April?", «og i april?»: a short question about a month ahead, and the month. */
const IN_MONTH_ASKED = new RegExp(
  `^(?:(?:and|og|what about|how about|hva med|kva med|but|men) )?(?:(?:in|i|from|fra|frå|after|etter) )(${word(Object.keys(MONTH_NAMES))})(?: (?:then|da|då))? ?[?.!]*$`,
);
export function inMonthAsked(folded: string): { month: number; start: number; end: number } | undefined {
  const m = IN_MONTH_ASKED.exec(folded.trim());
  const month = m ? MONTH_NAMES[m[1] ?? ''] : undefined;
  return m && month ? { month, start: m.index, end: m.index + m[0].length } : undefined;
}
/**
 * Whether the month asked about comes after the month an age is reached in, both their next
 * occurrences from `today` (an ISO date): "I turn 20 in March" → "and in April?" is after it.
 */
export function monthAfter(asked: number, reached: number, today: string): boolean {
  const now = Number(today.slice(5, 7));
  const ahead = (m: number) => (m >= now ? m : m + 12);
  return ahead(asked) > ahead(reached);
}
