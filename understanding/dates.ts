/**
 * Dates in a reply, as ISO `YYYY-MM-DD`: "2027-05-02", "02.05.2027" and "2/5/2027" (day first, as
 * in Norway and Britain), "1. juni 2026", "2 May 2027", "May 2, 2027", "the 2nd of May 2027",
 * and "i dag" / "today", "i går" / "yesterday", "i morgen" / "tomorrow" counted from the given
 * `today` (never the clock). A date needs a four-digit year; an impossible one (30 February) is
 * found but has no ISO value, so the reply is not understood rather than corrected.
 */
import { MONTH_NAMES, RELATIVE_DAYS } from './lexicon/synonyms.js';
import { isIsoDate, plusDays } from '../rules/dates.js';
import { alternation, fold } from './normalize.js';

/** A date found in folded text; `iso` is undefined for an impossible date. */
export type DateHit = { iso: string | undefined; start: number; end: number };

const MONTH_BY_NAME = new Map(Object.entries(MONTH_NAMES).map(([k, v]) => [fold(k), v]));
const MONTH_ALT = alternation(Object.keys(MONTH_NAMES));
const RELATIVE_BY_WORDS = new Map(Object.entries(RELATIVE_DAYS).map(([k, v]) => [fold(k).replace(/\s+/g, ' '), v]));

const ISO = /(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![a-z0-9])(?:the )?(\\d{1,2})(?:\\.|st|nd|rd|th)? ?(?:of )?(${MONTH_ALT})\\.?,? (\\d{4})(?!\\d)`,
  'g',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![a-z0-9])(${MONTH_ALT})\\.? (?:the )?(\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`,
  'g',
);
const RELATIVE = new RegExp(`(?<![a-z0-9])(${alternation(Object.keys(RELATIVE_DAYS))})(?![a-z0-9])`, 'g');

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date of year/month/day, or undefined when there is no such day. */
export function isoOf(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Every date in folded text, in order, without overlaps. */
export function findDates(folded: string, today: string): DateHit[] {
  const hits: DateHit[] = [];
  const add = (start: number, end: number, iso: string | undefined) => {
    if (hits.some((h) => start < h.end && end > h.start)) return;
    hits.push({ iso, start, end });
  };
  for (const m of folded.matchAll(ISO))
    add(m.index, m.index + m[0].length, isoOf(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of folded.matchAll(NUMERIC))
    add(m.index, m.index + m[0].length, isoOf(Number(m[4]), Number(m[3]), Number(m[1])));
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) {
    add(m.index, m.index + m[0].length, isoOf(Number(m[3]), MONTH_BY_NAME.get(m[2]!) ?? 0, Number(m[1])));
  }
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) {
    add(m.index, m.index + m[0].length, isoOf(Number(m[3]), MONTH_BY_NAME.get(m[1]!) ?? 0, Number(m[2])));
  }
  for (const m of folded.matchAll(RELATIVE)) {
    const offset = RELATIVE_BY_WORDS.get(m[1]!.replace(/\s+/g, ' '));
    const iso = offset !== undefined && isIsoDate(today) ? plusDays(today, offset) : undefined;
    add(m.index, m.index + m[0].length, iso);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The one date a reply states, or undefined when it states none, several, or an impossible one. */
export function parseDateAnswer(text: string, today: string): string | undefined {
  const hits = findDates(fold(text), today);
  return hits.length === 1 ? hits[0]!.iso : undefined;
}
