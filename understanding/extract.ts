/**
 * Deterministic answer extraction: turn a user's reply to a question about one fact into a
 * value of that fact's type (`extractAnswer`), and pick the facts a free-text question states
 * unambiguously (`extractFacts`, in `free-text.ts`). No clock, no I/O; all words come from
 * `content/synonyms.ts`. Range checks are left to the rules core, which explains them.
 */
import {
  ENUM_SYNONYMS,
  FACT_LABELS,
  ON_BOARD_WORDS,
  TEXT_LEAD_INS,
  TEXT_TAILS,
  UNIT_WORDS,
} from './lexicon/synonyms.js';
import type { FactInfo } from '../rules/index.js';
import { findDates, isoOf, parseDateAnswer, type DateHit } from './dates.js';
import { blankedAll, containsTokens, escapeRegExp, fold, phraseTokens, words } from './normalize.js';
import { parseAmount } from './numbers.js';
import { findBooleanInText, parseEnum, parseEnumList, parseYesNo, saysUnknown } from './words.js';

/** Facts stated in a free-text question (see free-text.ts). */
export { extractFacts, readFacts } from './free-text.js';

import type { Locale } from '../rules/types.js';

export type { Locale };

/** The outcome of reading one reply to a question about one fact. */
export type AnswerResult =
  /** A value of the fact's type: number, boolean, ISO date, enum id, enum ids, or trimmed text. */
  | { kind: 'value'; value: unknown }
  /** The user said they don't know; the caller decides whether that is acceptable. */
  | { kind: 'unknown' }
  /** A date question answered with a month and year but no day ("juni 2024"): ask for the day. */
  | { kind: 'partial-date'; year: number; month: number }
  | { kind: 'not-understood' };

/** A month of a year, given without its day. */
export type PartialDate = { year: number; month: number };

/**
 * What extraction needs from the conversation: today's ISO date and the user's language. Every
 * reply is read in both languages whatever the locale (users mix them, and "12 timer" in an
 * English conversation still means 12 hours), so the locale never changes a result.
 */
export type ExtractContext = { today: string; locale: Locale };

const NOT_UNDERSTOOD: AnswerResult = { kind: 'not-understood' };
const value = (v: unknown): AnswerResult => ({ kind: 'value', value: v });

/** Longest reply read for a non-text fact; an answer is a few words, so more is noise. */
const MAX_READ = 1000;

const LEAD_IN = new RegExp(
  `^(?:${[...TEXT_LEAD_INS]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|')})(?:\\s*[:=]\\s*|\\s+)`,
  'iu',
);
const QUOTES = /^["'«»“”‘’]+|["'«»“”‘’]+$/g;
const TAIL = new RegExp(`[\\s,]+(?:${TEXT_TAILS.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})$`, 'iu');

/** A free-text value: lead-in ("han heter", "the name is") and quotes removed, spaces collapsed. */
/** The text facts that are a person's name (the confirmation's seafarer and signer). */
const PERSON_NAMES: ReadonlySet<string> = new Set(['seafarerName', 'signerName']);
/**
 * A person's name as asked for: no digits, and for the seafarer the full name (two words or more).
 * «alle», «10», «skipsforer» answer other questions (the days, the hours, a position) and are never
 * taken as the seafarer's name.
 */
const personName = (text: string, key: string): boolean => {
  // (A date beside the name is its date of birth: «Ola Li, født 2.3.1999» is read as both.)
  const name = text.replace(/\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/g, ' ');
  return !/\d/.test(name) && (key !== 'seafarerName' || words(fold(name)).length >= 2);
};

/** Two to four capitalised words in a row: a person's full name as written. */
const CAPITALISED_NAME = /(?<![\p{L}])\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,3}(?![\p{L}])/gu;
/** How many lowercase words a reply must hold beside a name for the name to be picked out of it. */
const WORDS_BESIDE_NAME = 2;
/**
 * "my brother Omar Hassan, co-owner, signs": the one full name among lowercase words; undefined when
 * the reply is a name alone («Omar Hassan», «von der Lippe») or names none or several.
 */
function nameAmongWords(text: string): string | undefined {
  const names = [...text.matchAll(CAPITALISED_NAME)];
  const [only] = names;
  if (names.length !== 1 || !only) return undefined;
  const rest = text.slice(0, only.index) + text.slice(only.index + only[0].length);
  // (An e-mail address or a number beside the name is left as written: the summary redacts it.)
  if (/[@\d]/.test(rest)) return undefined;
  const lower = rest.split(/[^\p{L}]+/u).filter((w) => w.length > 0 && w === w.toLowerCase());
  return lower.length >= WORDS_BESIDE_NAME ? only[0] : undefined;
}

function parseText(text: string): string | undefined {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const lead = LEAD_IN.exec(collapsed.replace(/[’‘]/g, "'"));
  const rest = (lead && lead[0].length < collapsed.length ? collapsed.slice(lead[0].length) : collapsed)
    .replace(QUOTES, '')
    .replace(/[.!]+$/, '')
    .replace(TAIL, '')
    .trim();
  if (rest.length === 0) return undefined;
  // "is it ok?": a question is no name, position or call sign.
  if (rest.endsWith('?')) return undefined;
  const tokens = words(fold(rest));
  // A bare "ja" / "no" answers some other question; it is not a name ("Jo Nesbø" is).
  if (tokens.length === 1 && parseYesNo(tokens) !== undefined) return undefined;
  return rest;
}

/**
 * Lengths that must not be confused: an answer about L that says it is the length overall (and
 * the other way round) is not understood, rather than taken as the length asked for.
 */
const labelTokens = (key: string) =>
  [...(FACT_LABELS[key]?.before ?? []), ...(FACT_LABELS[key]?.after ?? [])].map(phraseTokens);
const OTHER_LENGTH_LABELS: Readonly<Record<string, readonly string[][]>> = {
  lengthL: labelTokens('lengthOverall'),
  lengthOverall: labelTokens('lengthL'),
};
const namesOtherLength = (fact: FactInfo, tokens: readonly string[]) =>
  (OTHER_LENGTH_LABELS[fact.questionKey] ?? []).some((label) => containsTokens(tokens, label)) ||
  countsPeople(fact, tokens);

const PEOPLE = [...UNIT_WORDS.persons, ...ON_BOARD_WORDS].map(phraseTokens);
const MEASURE_UNITS: Readonly<Record<string, readonly string[][]>> = {
  m: UNIT_WORDS.m.map(phraseTokens),
  GT: UNIT_WORDS.GT.map(phraseTokens),
};
/** «me er 10 om bord», asked the length or tonnage: a count of people without the measure's unit. */
function countsPeople(fact: FactInfo, tokens: readonly string[]): boolean {
  const units = MEASURE_UNITS[fact.unit ?? ''];
  if (!units) return false;
  return PEOPLE.some((p) => containsTokens(tokens, p)) && !units.some((u) => containsTokens(tokens, u));
}

/** The synonym table key of an enum fact: its catalogue key, or its id. */
const synonymKey = (fact: FactInfo): string => (fact.questionKey in ENUM_SYNONYMS ? fact.questionKey : fact.id);

/** The month and year of a date found without its day (`findDates` marks it `partial`). */
function partialOf(hit: DateHit): PartialDate | undefined {
  if (hit.iso !== undefined || !('partial' in hit)) return undefined;
  const p: unknown = hit.partial;
  if (p === null || typeof p !== 'object' || !('year' in p) || !('month' in p)) return undefined;
  const { year, month } = p;
  return typeof year === 'number' && typeof month === 'number' ? { year, month } : undefined;
}

/** A day of the month on its own ("15", "15.", "den 15.", "the 15th"). */
const DAY_ONLY = /^(?:den |the )?(\d{1,2})(?:\.|st|nd|rd|th)?$/;

/**
 * The date a reply gives for the day that `partial` (a month and year said before) lacks: a day
 * on its own completes it, a whole date stands for itself. Undefined when it is neither, or no such day.
 */
export function completeDate(text: string, partial: PartialDate, ctx: ExtractContext): string | undefined {
  const whole = parseDateAnswer(text.slice(0, MAX_READ), ctx.today);
  if (whole !== undefined) return whole;
  const day = DAY_ONLY.exec(
    fold(text)
      .replace(/[!?]+$/, '')
      .trim(),
  );
  return day ? isoOf(partial.year, partial.month, Number(day[1])) : undefined;
}

/** Most words of a short reply, whose one amount in the unit asked is the answer beside amounts in other units. */
const SHORT_REPLY_WORDS = 6;

/** `extractAnswer` without its safety net: a parser bug throws here (the property tests use this). */
export function readAnswer(fact: FactInfo, text: string, ctx: ExtractContext): AnswerResult {
  const trimmed = text.trim();
  if (trimmed.length === 0) return NOT_UNDERSTOOD;
  const read = trimmed.slice(0, MAX_READ);
  const tokens = words(fold(read));
  if (tokens.length > 0 && saysUnknown(tokens)) return { kind: 'unknown' };
  switch (fact.type) {
    case 'number':
    case 'integer': {
      if (namesOtherLength(fact, tokens)) return NOT_UNDERSTOOD;
      // (A short reply may give a second amount in another unit: «trålar 40 m, 12 mann».)
      const n = parseAmount(withoutDates(read, ctx.today), fact.unit, {
        oneInUnit: tokens.length <= SHORT_REPLY_WORDS,
      });
      if (n === undefined || !Number.isFinite(n)) return NOT_UNDERSTOOD;
      if (fact.type === 'integer' && !Number.isInteger(n)) return NOT_UNDERSTOOD;
      return value(n);
    }
    case 'boolean': {
      // «har fagbrev», "no fagbrev": the fact in words settles it before any yes or no word does.
      const b = findBooleanInText(fact.questionKey, tokens, true)?.value ?? parseYesNo(tokens);
      return b === undefined ? NOT_UNDERSTOOD : value(b);
    }
    case 'date': {
      const iso = parseDateAnswer(read, ctx.today);
      if (iso !== undefined) return value(iso);
      const hits = findDates(fold(read), ctx.today);
      const partial = hits.length === 1 && hits[0] ? partialOf(hits[0]) : undefined;
      return partial ? { kind: 'partial-date', ...partial } : NOT_UNDERSTOOD;
    }
    case 'enum': {
      const v = parseEnum(synonymKey(fact), fact.values ?? [], read);
      return v === undefined ? NOT_UNDERSTOOD : value(v);
    }
    case 'enum-list': {
      const list = parseEnumList(synonymKey(fact), fact.values ?? [], read);
      return list === undefined ? NOT_UNDERSTOOD : value(list);
    }
    case 'text': {
      const t = parseText(trimmed);
      if (t === undefined || (PERSON_NAMES.has(fact.questionKey) && !personName(t, fact.questionKey)))
        return NOT_UNDERSTOOD;
      return value(PERSON_NAMES.has(fact.questionKey) ? (nameAmongWords(t) ?? t) : t);
    }
  }
}

/**
 * `text` with its dates blanked out: the day of «perioden starta 1. februar» is no number of days.
 * Dates with and without a year count; the text is returned folded only when it has a date.
 */
function withoutDates(text: string, today: string): string {
  const folded = fold(text);
  const hits = findDates(folded, today, { yearless: true });
  if (hits.length === 0) return text;
  return blankedAll(folded, hits);
}

/**
 * Parse the user's reply to a question asking for `fact`. `ctx.today` is ISO YYYY-MM-DD (used for
 * "i dag" / "today"). Never throws: anything unreadable is `not-understood`.
 */
export function extractAnswer(fact: FactInfo, text: string, ctx: ExtractContext): AnswerResult {
  try {
    return typeof text === 'string' ? readAnswer(fact, text, ctx) : NOT_UNDERSTOOD;
  } catch {
    // Parsing is defensive by construction; this only guards the chat against a parser bug.
    return NOT_UNDERSTOOD;
  }
}
