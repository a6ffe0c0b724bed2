/**
 * Dates in folded text (see `fold`), as ISO `YYYY-MM-DD`. Counted from the given `today`, never
 * the clock. Written policies, each tested in test/understanding/dates.test.ts:
 *
 * - Formats: ISO "2024-03-01"; numeric "31.08.2025", "31.08.25", "31/8-25", "31/8-2025",
 *   "31/08/2025", "31-08-2025"; "1. mars 2024", "1 mars 2024", "1st of March 2024", "the 2nd of May
 *   2027", "March 1, 2024", "March 1st 2024"; "i dag", "i går", "i forgårs", "i morgon/i morgen",
 *   "today", "yesterday", "tomorrow"; a year said relative to today's after a day and month or a
 *   month ("3. mai i fjor", "May 3 last year", "1. mars i år", "mai i fjor" — a partial date);
 *   the last weekday before today ("last Monday", «forrige mandag», «førre måndag»: never today
 *   itself) and days or weeks ago ("3 days ago", «for to uker siden», «for ei veke sidan»);
 *   month names and abbreviations in bokmål, nynorsk and English.
 * - Order: numeric dates are day first (Norwegian and British order) whatever the language of the
 *   text. Only when day first is impossible and month first is possible ("03/14/2024") are they
 *   read month first, flagged `monthFirst`. When both orders give a date ("03/04/2024"), the hit
 *   is flagged `orderAmbiguous` so an English conversation can confirm.
 * - Two-digit years ("31.08.25") are the year in the 100-year window that ends 10 years after
 *   `today`'s year: with today in 2026, 00–36 are 2000–2036 and 37–99 are 1937–1999 (a birth date
 *   "17.04.90" is 1990, an expiry "31.12.30" is 2030). Without a valid `today`, 00–69 are 20xx and
 *   70–99 19xx. Flagged `twoDigitYear`. Only numeric dates take a two-digit year.
 * - A month and year without a day ("juni 2024", "June 2024", "06/2024") is a partial date: `iso`
 *   is undefined and `partial` holds { year, month }, so the conversation can ask for the day. A
 *   document number ("RSV 5/2020", "nr. 12/2016") is no date.
 * - A day and month without a year ("1. mars", "31.8.", "March 1") is found only when the caller
 *   asks (`{ yearless: true }`): its year is the one that puts the date nearest to `today` (so at
 *   most about six months away, either side; a tie goes to the past), flagged `yearInferred` so the
 *   caller can confirm. Numeric "31/8" and "31.8." could be a fraction or a decimal, which is why
 *   this is opt-in; an impossible yearless date ("45. mai"), one before a unit ("1/2 time") and
 *   "24/7" are no dates at all.
 * - An impossible date with a year (30 February 2026) is found with `iso` undefined, so the reply
 *   is not understood rather than corrected.
 *
 * Every pattern is a regular expression without nested quantifiers, run once over the text, so the
 * work is linear in its length.
 */
import {
  AGO_UNITS,
  LAST_WEEKDAY_WORDS,
  MONTH_NAMES,
  NAMED_DAYS,
  NUMBER_WORDS,
  ORDINAL_DAYS,
  RELATIVE_DAYS,
  RELATIVE_YEARS,
  UNIT_WORDS,
  WEEKDAYS,
} from './lexicon/synonyms.js';
import { isIsoDate, isoParts, plusDays, plusMonths, plusYears } from '../rules/dates.js';
import { alternation, fold, matchesOf } from './normalize.js';

/** A date found in folded text. `iso` is undefined for an impossible date and for a partial one. */
export type DateHit = {
  iso: string | undefined;
  start: number;
  end: number;
  /** A month and year without a day ("juni 2024"); `iso` is then undefined. */
  partial?: { year: number; month: number };
  /** No year was written; `iso` has the year nearest to today (only with `{ yearless: true }`). */
  yearInferred?: boolean;
  /** The year was written with two digits and expanded by the window rule above. */
  twoDigitYear?: boolean;
  /** A numeric date read month first because day first is impossible ("03/14/2024"). */
  monthFirst?: boolean;
  /** A numeric date that is a valid date in both orders ("03/04/2024"); read day first. */
  orderAmbiguous?: boolean;
  /** Said relative to today ("i går", "tomorrow"). */
  relative?: boolean;
};

/** Options of `findDates`. */
export type FindDatesOptions = {
  /** Also find a day and month without a year, with the year inferred (see the policy above). */
  yearless?: boolean;
};

/** Month numbers by folded name («mars» 3, "june" 6). */
export const MONTH_BY_NAME = new Map(Object.entries(MONTH_NAMES).map(([k, v]) => [fold(k), v]));
const MONTH_ALT = alternation(Object.keys(MONTH_NAMES));
/**
 * Month names that stand for a month without a day: not «jul», which is Christmas in Norwegian («ein
 * månad før jul i fjor», «jul 2025»); with a day («15. jul») it is July.
 */
const MONTH_ALONE_ALT = alternation(Object.keys(MONTH_NAMES).filter((name) => name !== 'jul'));
const RELATIVE_BY_WORDS = new Map(Object.entries(RELATIVE_DAYS).map(([k, v]) => [fold(k).replace(/\s+/g, ' '), v]));
/** English month names that may open a date without a year ("March 1"); Norwegian never does. */
const MONTH_FIRST_YEARLESS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** "May" and "mar" are also words: without a year they need an ordinal or to end the phrase. */
const WORD_LIKE_MONTHS = new Set(['may', 'mar']);

/** Days of the month as ordinal words by folded spelling ("twenty-second", «tjueandre», "thirty first"). */
const ORDINAL_DAY_BY_WORDS = new Map<string, number>(
  [
    ...Object.entries(ORDINAL_DAYS.alone),
    ...Object.entries(ORDINAL_DAYS.tens).flatMap(([ten, t]) =>
      Object.entries(ORDINAL_DAYS.units).flatMap(([unit, u]) =>
        ['', ' ', '-'].map((sep): [string, number] => [`${ten}${sep}${unit}`, t + u]),
      ),
    ),
  ].map(([k, v]) => [fold(k), v]),
);
// «åttende» and «attende» fold alike (see ORDINAL_DAYS).
ORDINAL_DAY_BY_WORDS.delete('attende');
ORDINAL_DAY_BY_WORDS.delete('attande');
const ORDINAL_DAY_ALT = alternation([...ORDINAL_DAY_BY_WORDS.keys()]);
/** "the twenty-second of october 2024", «den tredje mars 2025»: a day in words, then the month and a year in digits. */
const ORDINAL_DAY_MONTH = new RegExp(
  `(?<![a-z0-9-])(?:(?:the|den) )?(${ORDINAL_DAY_ALT}) (?:of )?(${MONTH_ALT})\\.?,? (\\d{4})(?![\\d])`,
  'g',
);
/** "october twenty-second, 2024": the month, a day in words and a year in digits. */
const MONTH_ORDINAL_DAY = new RegExp(
  `(?<![a-z0-9])(${MONTH_ALT})\\.? (?:the )?(${ORDINAL_DAY_ALT}),? (\\d{4})(?![\\d])`,
  'g',
);

const ISO = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[.,/-]\d)/g;
/** Day and month, a dash, day and month, then the one year («1/1-31/3 2025», «1.5.-30.6.2025»). */
const DAY_MONTH_RANGE_YEAR =
  /(?<![\d.,/-])(\d{1,2})[./](\d{1,2})\.? ?[-–] ?(\d{1,2})[./](\d{1,2})(?:\.? |\.)((?:19|20)\d{2})(?![\d])/g;
// Two dates joined by a hyphen («01.03.2025-31.08.2025») are a period: each is read on its own.
const NUMERIC =
  /(?<![\d.,/]|(?<![./]\d{2,4})-)(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})(?!\d|[.,/]\d|-(?!\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d))\d)/g;
const DAY_MONTH = new RegExp(
  `(?<![a-z0-9.,])(?:(?:the|den) )?(\\d{1,2})(\\.|st|nd|rd|th)? ?(of )?(${MONTH_ALT})(?:\\.|(?![a-z]))(?:,? ?(\\d{4})(?![\\d]))?`,
  'g',
);
const MONTH_DAY = new RegExp(
  `(?<![a-z0-9])(${MONTH_ALT})\\.? (?:the )?(\\d{1,2})(st|nd|rd|th)?(?![a-z0-9])(?:,? (\\d{4})(?![a-z0-9]))?`,
  'g',
);
const MONTH_YEAR = new RegExp(`(?<![a-z0-9])(${MONTH_ALONE_ALT})\\.?,? (\\d{4})(?!\\d|[.,]\\d)`, 'g');
const NUMERIC_MONTH_YEAR = /(?<![\d.,/-])(\d{1,2})[./]((?:19|20)\d{2})(?!\d|[.,/-]\d)/g;
/** "RSV 5/2020", "rundskriv nr. 12/2016": a document number, not a month. */
const DOCUMENT_NUMBER = /(?:^|[^a-z])(?:rsv|rundskriv|nr|no|circular|direktiv|directive|forskrift|sak)\.? ?$/;
const NUMERIC_YEARLESS = /(?<![\d.,/-])(\d{1,2})(?:\.(\d{1,2})\.|\/(\d{1,2}))(?!\d|[.,/-]\d)/g;
const RELATIVE_YEAR_BY_WORDS = new Map(Object.entries(RELATIVE_YEARS).map(([k, v]) => [fold(k), v]));
const RELATIVE_YEAR_ALT = alternation(Object.keys(RELATIVE_YEARS));
/** "3. mai i fjor", "the 3rd of May last year": a day and month in a year said relative to today's. */
const DAY_MONTH_RELATIVE_YEAR = new RegExp(
  `(?<![a-z0-9.,])(?:(?:the|den) )?(\\d{1,2})(?:\\.|st|nd|rd|th)? ?(?:of )?(${MONTH_ALT})\\.?,? (?:in )?(${RELATIVE_YEAR_ALT})(?![a-z0-9])`,
  'g',
);
/** «femte juni i fjor», "the third of May last year": a day in ordinal words in a year said relative to today's. */
const ORDINAL_DAY_MONTH_RELATIVE_YEAR = new RegExp(
  `(?<![a-z0-9-])(?:(?:the|den) )?(${ORDINAL_DAY_ALT}) (?:of )?(${MONTH_ALT})\\.?,? (?:in )?(${RELATIVE_YEAR_ALT})(?![a-z0-9])`,
  'g',
);
/** A year said relative to today's, anywhere (the ordinal patterns above run only where one is). */
const RELATIVE_YEAR_SAID = new RegExp(`(?<![a-z0-9])(?:${RELATIVE_YEAR_ALT})(?![a-z0-9])`);
/** "May 3 last year", "May 3rd this year". */
const MONTH_DAY_RELATIVE_YEAR = new RegExp(
  `(?<![a-z0-9])(${MONTH_ALT})\\.? (?:the )?(\\d{1,2})(?:st|nd|rd|th)?,? (${RELATIVE_YEAR_ALT})(?![a-z0-9])`,
  'g',
);
/** "mai i fjor", "in May last year": a month without a day, to ask for the day. */
const MONTH_RELATIVE_YEAR = new RegExp(
  `(?<![a-z0-9])(${MONTH_ALONE_ALT})\\.?,? (?:in )?(${RELATIVE_YEAR_ALT})(?![a-z0-9])`,
  'g',
);
const RELATIVE = new RegExp(`(?<![a-z0-9])(${alternation(Object.keys(RELATIVE_DAYS))})(?![a-z0-9])`, 'g');
const WEEKDAY_BY_NAME = new Map(Object.entries(WEEKDAYS).map(([k, v]) => [fold(k), v]));
/**
 * "last Monday", «forrige mandag», «førre måndag» — not "the last Monday of January 2027" or «siste
 * mandag i januar», the last such day of a month, which stays unread.
 */
const LAST_WEEKDAY = new RegExp(
  `(?<![a-z0-9])(?:${alternation(LAST_WEEKDAY_WORDS)}) (${alternation(Object.keys(WEEKDAYS))})(?![a-z0-9])(?! (?:of|in|i|pa) )`,
  'g',
);
const AGO_BY_UNIT = new Map(Object.entries(AGO_UNITS).map(([k, v]) => [fold(k), v]));
const COUNT_BY_WORD = new Map([
  ...Object.entries(NUMBER_WORDS).map(([k, v]) => [fold(k), v] as const),
  // Articles count one here: "a week ago", «for ei veke sidan», «for en uke siden».
  ...['a', 'an', 'en', 'ei', 'ein', 'ett', 'eitt'].map((w) => [w, 1] as const),
]);
const COUNT = `(\\d{1,3}|${alternation([...COUNT_BY_WORD.keys()])})`;
const AGO_UNIT_ALT = alternation(Object.keys(AGO_UNITS));
/** "3 days ago", "a week ago" / «for 3 dager siden», «for ei veke sidan». */
const AGO = new RegExp(
  `(?<![a-z0-9])(?:${COUNT} (${AGO_UNIT_ALT}) ago|for ${COUNT} (${AGO_UNIT_ALT}) (?:siden|sidan))(?![a-z0-9])`,
  'g',
);

/**
 * "in two weeks", «om to uker», «om tre månader» at a clause's end (not before a date it counts to:
 * «om tre måneder, 05.03.2027» is that date): so many days, weeks or months after today.
 */
const AHEAD = new RegExp(
  `(?<![a-z0-9])(?:om|in) ${COUNT} (${AGO_UNIT_ALT}|maneder|manader|maned|manad|mnd|months?)(?![a-z0-9])(?= ?(?:[?.!;]|$|,(?! ?\\d)| og | and ))`,
  'g',
);
/** «nyttårsaften», «til jul», "Christmas Eve" (NAMED_DAYS): a day and month whose year is the nearest. */
const NAMED_DAY = new RegExp(`(?<![a-z0-9])(${alternation(Object.keys(NAMED_DAYS))})(?![a-z0-9])`, 'g');
const NAMED_DAY_BY_WORDS = new Map(Object.entries(NAMED_DAYS).map(([k, v]) => [fold(k), v]));
const NAMED_DAY_YEAR = new RegExp(
  `(?<![a-z0-9])(${alternation(Object.keys(NAMED_DAYS))}) ((?:19|20)\\d{2})(?![0-9])`,
  'g',
);

/**
 * "2 years ago today", «for 2 år siden i dag», "a month ago today": today's day and month, so many
 * years or months back. ("2 years ago" alone is no day: it is not read as a date.)
 */
const LONG_AGO_TODAY = new RegExp(
  `(?<![a-z0-9])(?:for )?${COUNT} (ar|years?|maneder|manader|mnd|months?) (?:ago|siden|sidan),? (?:today|i dag|idag)(?![a-z0-9])`,
  'g',
);
const IN_MONTHS = new Set(['maneder', 'manader', 'mnd', 'month', 'months']);

/** A unit right after a yearless date makes it a quantity ("1/2 time", "jan 5 timer"). */
const UNIT_NEXT = new RegExp(`^ ?(?:${alternation([...Object.values(UNIT_WORDS)].flat())})(?![a-z0-9])`);

const pad = (n: number) => String(n).padStart(2, '0');

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ISO date of year/month/day (a four-digit year), or undefined when there is no such day. */
export function isoOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * The day and month of ISO date `iso` in the year of ISO date `other` («nei vent, 1. juni» after «1. juli
 * 2026»: 2026-06-01), or undefined when either is no date or that day is not in that year.
 */
export function inYearOf(iso: string, other: string): string | undefined {
  const [, month, day] = isoParts(iso) ?? [];
  const [year] = isoParts(other) ?? [];
  return year === undefined || month === undefined || day === undefined ? undefined : isoOf(year, month, day);
}

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Year, month and day of a valid ISO date (checked without date-fns: this runs per date found). */
function partsOf(iso: string): [number, number, number] | undefined {
  const m = ISO_SHAPE.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoOf(y, mo, d) === undefined ? undefined : [y, mo, d];
}
const yearOf = (today: string): number | undefined => partsOf(today)?.[0];

/**
 * The day last read as today: whether it is a valid ISO date, and its year. A message's dates are all
 * read against the same day (three times per message), so it is parsed once.
 */
let lastToday: string | undefined;
let lastTodayValid = false;
let lastTodayYear: number | undefined;
function readToday(today: string): { valid: boolean; year: number | undefined } {
  if (today !== lastToday) {
    lastTodayValid = isIsoDate(today);
    lastTodayYear = yearOf(today);
    lastToday = today;
  }
  return { valid: lastTodayValid, year: lastTodayYear };
}
/** Days since 1970-01-01 (UTC arithmetic: no time zone can move a date). */
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** A two-digit year as a full year, by the window rule in the module comment. */
export function expandTwoDigitYear(yy: number, today: string): number {
  const y = yearOf(today);
  if (y === undefined) return yy <= 69 ? 2000 + yy : 1900 + yy;
  const candidate = Math.floor(y / 100) * 100 + yy;
  return candidate > y + 10 ? candidate - 100 : candidate <= y - 90 ? candidate + 100 : candidate;
}

/** Day and month on their next date from `today` on (today itself counts): «ny 1. januar» is ahead. */
export function nextOccurrence(month: number, day: number, today: string): string | undefined {
  const [year] = partsOf(today) ?? [];
  if (year === undefined) return undefined;
  const thisYear = isoOf(year, month, day);
  return thisYear !== undefined && thisYear >= today ? thisYear : isoOf(year + 1, month, day);
}

/** Day and month in the year that puts them nearest to `today` (a tie goes to the past). */
export function inferYear(month: number, day: number, today: string): string | undefined {
  const parts = partsOf(today);
  if (parts === undefined) return undefined;
  const [y] = parts;
  const now = dayNumber(...parts);
  let best: { iso: string; distance: number } | undefined;
  for (const year of [y - 1, y, y + 1]) {
    const iso = isoOf(year, month, day);
    if (iso === undefined) continue;
    const d = dayNumber(year, month, day) - now;
    const distance = Math.abs(d) * 2 + (d > 0 ? 1 : 0);
    if (best === undefined || distance < best.distance) best = { iso, distance };
  }
  return best?.iso;
}

/** A leap day has no nearest year in a year without one: look further for yearless 29 February. */
const inferYearOrLeap = (month: number, day: number, today: string): string | undefined => {
  const found = inferYear(month, day, today);
  if (found !== undefined || month !== 2 || day !== 29) return found;
  const y = yearOf(today);
  if (y === undefined) return undefined;
  for (let k = 2; k <= 4; k++) {
    const back = isoOf(y - k, 2, 29);
    if (back !== undefined) return back;
  }
  return undefined;
};

/** True when the text ends at `end` or a punctuation mark follows (a word-like month then stands alone). */
const endsPhrase = (folded: string, end: number): boolean =>
  end >= folded.length || '.,!?;:)'.includes(folded[end] ?? '');

/** A reading of part of the text; a lower priority wins an overlap. */
type Candidate = { hit: DateHit; priority: number };

/** The optional flags of a hit (set field by field: object spread is a slow path in V8). */
type Flags = Omit<DateHit, 'iso' | 'start' | 'end'>;

/** Day-first unless impossible; the flags say which order was taken and whether both fit. */
function numericDate(a: number, b: number, year: number, flags: Flags): string | undefined {
  const dayFirst = isoOf(year, b, a);
  const monthFirst = a !== b ? isoOf(year, a, b) : undefined;
  if (dayFirst !== undefined) {
    if (monthFirst !== undefined) flags.orderAmbiguous = true;
    return dayFirst;
  }
  if (monthFirst !== undefined && b > 12) {
    flags.monthFirst = true;
    return monthFirst;
  }
  return undefined;
}

/** Adds the reading `m` of the text to `out` (a module-level function: a closure per call costs its naming). */
function push(out: Candidate[], m: RegExpMatchArray, priority: number, iso: string | undefined, flags?: Flags): void {
  const start = m.index ?? 0;
  const hit: DateHit = { iso, start, end: start + m[0].length };
  if (flags?.partial) hit.partial = flags.partial;
  if (flags?.yearInferred) hit.yearInferred = true;
  if (flags?.twoDigitYear) hit.twoDigitYear = true;
  if (flags?.monthFirst) hit.monthFirst = true;
  if (flags?.orderAmbiguous) hit.orderAmbiguous = true;
  if (flags?.relative) hit.relative = true;
  out.push({ hit, priority });
}

/** The number of month `name` (0 for none). */
const monthNumber = (name: string | undefined): number => MONTH_BY_NAME.get(name ?? '') ?? 0;

/** The year a relative year's words ("i fjor", "next year") name, counted from `thisYear`. */
function relativeYear(words: string | undefined, thisYear: number | undefined): number | undefined {
  const offset = RELATIVE_YEAR_BY_WORDS.get((words ?? '').replace(/\s+/g, ' '));
  return offset === undefined || thisYear === undefined ? undefined : thisYear + offset;
}

const DIGIT = /\d/;

function collect(folded: string, today: string, yearless: boolean): Candidate[] {
  const out: Candidate[] = [];
  // Every pattern but the relative days, weekdays and «mai i fjor» needs a digit: most questions
  // have none, and then these scans would find nothing.
  const digits = DIGIT.test(folded);
  if (digits) numericDates(out, folded, today, yearless);
  for (const m of matchesOf(RELATIVE, folded)) {
    const offset = RELATIVE_BY_WORDS.get((m[1] ?? '').replace(/\s+/g, ' '));
    const iso = offset !== undefined && isIsoDate(today) ? plusDays(today, offset) : undefined;
    push(out, m, 4, iso, { relative: true });
  }
  const day = readToday(today);
  if (day.valid) relativeWeekdays(folded, today, out);
  if (day.valid && /(?:^|[^a-z])(?:om|in) /.test(folded))
    for (const m of matchesOf(AHEAD, folded)) {
      const count = m[1] ?? '';
      const n = /^\d/.test(count) ? Number(count) : COUNT_BY_WORD.get(count);
      if (n === undefined || n < 1) continue;
      const days = AGO_BY_UNIT.get(m[2] ?? '');
      push(out, m, 4, days === undefined ? plusMonths(today, n) : plusDays(today, n * days), { relative: true });
    }
  // «til jul 2027», "by Christmas 2027": the named day of the year said (in any reading).
  for (const m of matchesOf(NAMED_DAY_YEAR, folded)) {
    const [mon, dd] = NAMED_DAY_BY_WORDS.get(m[1] ?? '') ?? [0, 0];
    push(out, m, 2, isoOf(Number(m[2]), mon, dd));
  }
  if (yearless && day.valid)
    for (const m of matchesOf(NAMED_DAY, folded)) {
      const [mon, dd] = NAMED_DAY_BY_WORDS.get(m[1] ?? '') ?? [0, 0];
      const iso = inferYearOrLeap(mon, dd, today);
      if (iso !== undefined) push(out, m, 7, iso, { yearInferred: true });
    }
  const thisYear = day.year;
  if (digits) {
    for (const m of matchesOf(DAY_MONTH_RELATIVE_YEAR, folded)) {
      const year = relativeYear(m[3], thisYear);
      if (year !== undefined) push(out, m, 2, isoOf(year, monthNumber(m[2]), Number(m[1])), { relative: true });
    }
    for (const m of matchesOf(MONTH_DAY_RELATIVE_YEAR, folded)) {
      const year = relativeYear(m[3], thisYear);
      if (year !== undefined) push(out, m, 3, isoOf(year, monthNumber(m[1]), Number(m[2])), { relative: true });
    }
  }
  if (RELATIVE_YEAR_SAID.test(folded))
    for (const m of matchesOf(ORDINAL_DAY_MONTH_RELATIVE_YEAR, folded)) {
      const year = relativeYear(m[3], thisYear);
      const day = ORDINAL_DAY_BY_WORDS.get(m[1] ?? '') ?? 0;
      if (year !== undefined) push(out, m, 2, isoOf(year, monthNumber(m[2]), day), { relative: true });
    }
  for (const m of matchesOf(MONTH_RELATIVE_YEAR, folded)) {
    const year = relativeYear(m[2], thisYear);
    if (year !== undefined) push(out, m, 5, undefined, { relative: true, partial: { year, month: monthNumber(m[1]) } });
  }
  if (!digits) return out;
  for (const m of matchesOf(MONTH_YEAR, folded))
    push(out, m, 5, undefined, { partial: { year: Number(m[2]), month: monthNumber(m[1]) } });
  for (const m of matchesOf(NUMERIC_MONTH_YEAR, folded)) {
    const mon = Number(m[1]);
    const numbered = DOCUMENT_NUMBER.test(folded.slice(Math.max(0, m.index - 16), m.index));
    if (mon >= 1 && mon <= 12 && !numbered) push(out, m, 6, undefined, { partial: { year: Number(m[2]), month: mon } });
  }
  if (yearless) {
    for (const m of matchesOf(NUMERIC_YEARLESS, folded)) {
      const end = m.index + m[0].length;
      if (m[0] === '24/7' || UNIT_NEXT.test(folded.slice(end, end + 40))) continue;
      const [day, mon] = [Number(m[1]), Number(m[2] ?? m[3])];
      const iso = inferYearOrLeap(mon, day, today);
      if (iso !== undefined) push(out, m, 9, iso, { yearInferred: true });
    }
  }
  return out;
}

/** The dates written with a day or a year in digits that come first (ISO, numeric, day and month). */
function numericDates(out: Candidate[], folded: string, today: string, yearless: boolean): void {
  for (const m of matchesOf(ISO, folded)) push(out, m, 0, isoOf(Number(m[1]), Number(m[3]), Number(m[4])));
  // «1/1-31/3 2025», "1.5.-30.6.2025": a period of two days and months, its year written once at the end.
  for (const m of matchesOf(DAY_MONTH_RANGE_YEAR, folded)) {
    const year = Number(m[5]);
    const start = m.index ?? 0;
    const dash = m[0].search(/[-–]/);
    const second = m[0].slice(dash + 1).search(/\d/) + dash + 1;
    out.push({ hit: { iso: isoOf(year, Number(m[2]), Number(m[1])), start, end: start + dash }, priority: 0 });
    out.push({
      hit: { iso: isoOf(year, Number(m[4]), Number(m[3])), start: start + second, end: start + m[0].length },
      priority: 0,
    });
  }
  for (const m of matchesOf(ORDINAL_DAY_MONTH, folded))
    push(out, m, 2, isoOf(Number(m[3]), monthNumber(m[2]), ORDINAL_DAY_BY_WORDS.get(m[1] ?? '') ?? 0));
  for (const m of matchesOf(MONTH_ORDINAL_DAY, folded))
    push(out, m, 3, isoOf(Number(m[3]), monthNumber(m[1]), ORDINAL_DAY_BY_WORDS.get(m[2] ?? '') ?? 0));
  for (const m of matchesOf(NUMERIC, folded)) {
    const [s1, s2, y] = [m[2], m[4], m[5] ?? ''];
    const twoDigit = y.length === 2;
    const sepsOk = s1 === s2 ? !(s1 === '-' && twoDigit) : s2 === '-' && (s1 === '/' || s1 === '.');
    if (!sepsOk) continue;
    const year = twoDigit ? expandTwoDigitYear(Number(y), today) : Number(y);
    const flags: Flags = twoDigit ? { twoDigitYear: true } : {};
    push(out, m, 1, numericDate(Number(m[1]), Number(m[3]), year, flags), flags);
  }
  for (const m of matchesOf(DAY_MONTH, folded)) {
    const [day, mon] = [Number(m[1]), monthNumber(m[4])];
    if (m[5] !== undefined) push(out, m, 2, isoOf(Number(m[5]), mon, day));
    else if (yearless) {
      const marked = m[2] !== undefined || m[3] !== undefined || endsPhrase(folded, m.index + m[0].length);
      if (WORD_LIKE_MONTHS.has(m[4] ?? '') && !marked) continue;
      const iso = inferYearOrLeap(mon, day, today);
      if (iso !== undefined) push(out, m, 7, iso, { yearInferred: true });
    }
  }
  for (const m of matchesOf(MONTH_DAY, folded)) {
    const [mon, day] = [monthNumber(m[1]), Number(m[2])];
    if (m[4] !== undefined) push(out, m, 3, isoOf(Number(m[4]), mon, day));
    else if (yearless && MONTH_FIRST_YEARLESS.has(m[1] ?? '')) {
      const end = m.index + m[0].length;
      if (UNIT_NEXT.test(folded.slice(end, end + 40))) continue;
      if (WORD_LIKE_MONTHS.has(m[1] ?? '') && m[3] === undefined && !endsPhrase(folded, end)) continue;
      const iso = inferYearOrLeap(mon, day, today);
      if (iso !== undefined) push(out, m, 8, iso, { yearInferred: true });
    }
  }
}

/** "last Monday" and "3 days ago" (see the policy above), each as a date counted back from `today`. */
function relativeWeekdays(folded: string, today: string, out: Candidate[]): void {
  // Most messages hold none of these words: skip both scans then.
  if (!/ago|sid[ae]n|last |forrige |forre |sist/.test(folded)) return;
  const [y, mo, d] = today.split('-').map(Number);
  // ISO weekday of today: Monday 1 … Sunday 7.
  const weekday = ((new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1)).getUTCDay() + 6) % 7) + 1;
  for (const m of matchesOf(LAST_WEEKDAY, folded)) {
    const wanted = WEEKDAY_BY_NAME.get(m[1] ?? '');
    if (wanted === undefined) continue;
    const back = (weekday - wanted + 7) % 7 || 7;
    push(out, m, 4, plusDays(today, -back), { relative: true });
  }
  for (const m of matchesOf(LONG_AGO_TODAY, folded)) {
    const count = m[1] ?? '';
    const n = /^\d/.test(count) ? Number(count) : COUNT_BY_WORD.get(count);
    if (n === undefined || n < 1) continue;
    const back = IN_MONTHS.has(m[2] ?? '') ? plusMonths(today, -n) : plusYears(today, -n);
    push(out, m, 3, back, { relative: true });
  }
  for (const m of matchesOf(AGO, folded)) {
    const count = m[1] ?? m[3] ?? '';
    const n = /^\d/.test(count) ? Number(count) : COUNT_BY_WORD.get(count);
    const unit = AGO_BY_UNIT.get(m[2] ?? m[4] ?? '');
    if (n === undefined || unit === undefined || n < 1) continue;
    push(out, m, 4, plusDays(today, -n * unit), { relative: true });
  }
}

/**
 * Every date in folded text, in order, without overlaps (where two readings overlap, the more
 * specific pattern wins: a full date over a relative day, over a partial date, over a yearless one).
 */
export function findDates(folded: string, today: string, options: FindDatesOptions = {}): DateHit[] {
  const candidates = collect(folded, today, options.yearless === true).sort(
    (a, b) => a.hit.start - b.hit.start || a.priority - b.priority,
  );
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last === undefined || c.hit.start >= last.hit.end) kept.push(c);
    else if (c.priority < last.priority) kept[kept.length - 1] = c;
  }
  const hits = kept.map((c) => c.hit);
  return hits.some((h) => h.orderAmbiguous) ? withOrderSaid(folded, hits) : hits;
}

/** "(american format)", "mm/dd", «amerikansk format»: the writer says numeric dates are month first. */
const MONTH_FIRST_SAID =
  /(?<![a-z])(?:(?:american|us|u\.s\.|amerikansk|amerikanske) (?:date )?(?:format|style|order|dato ?format)|mm[/.-]dd|month first)(?![a-z])/;
/**
 * The same date said again with its month's name right after a numeric one, in brackets or after
 * "that is": "12/01/2025 (that's December 1st)", "05/06/2026 (american format, May 6)".
 */
const NAMED_AGAIN = new RegExp(
  `^[ ,]*(?:\\((?:[^()\\d]{0,30}?[ ,]+)?|(?:that is|thats|that s|i\\.?e\\.?|ie|dvs\\.?|altsa|meaning) )(?:(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th|\\.)? (?:of )?(${MONTH_ALT}))(?![a-z])`,
);

/**
 * A numeric date valid in both orders is read day first, unless the message says otherwise: it says
 * it uses the American order, or names the month right after the date ("05/06/2026 (May 6)"). The
 * date named again is then part of the first, not a second date.
 */
function monthFirstHit(hit: DateHit, iso: string): DateHit {
  const { orderAmbiguous: _, ...rest } = hit;
  return { ...rest, iso, monthFirst: true };
}

function withOrderSaid(folded: string, hits: DateHit[]): DateHit[] {
  const monthFirst = MONTH_FIRST_SAID.test(folded);
  const out: DateHit[] = [];
  let skipUntil = -1;
  for (const hit of hits) {
    if (hit.start < skipUntil) continue;
    const parts = hit.orderAmbiguous && hit.iso !== undefined ? partsOf(hit.iso) : undefined;
    if (!parts) {
      out.push(hit);
      continue;
    }
    const [y, m, d] = parts;
    const again = NAMED_AGAIN.exec(folded.slice(hit.end));
    const namedMonth = again ? (MONTH_BY_NAME.get(again[1] ?? again[4] ?? '') ?? 0) : 0;
    const namedDay = again ? Number(again[2] ?? again[3]) : 0;
    const swapped = isoOf(y, d, m);
    if (again && namedMonth === d && namedDay === m && swapped !== undefined) {
      out.push(monthFirstHit(hit, swapped));
      skipUntil = hit.end + again[0].length;
    } else if (again && namedMonth === m && namedDay === d) {
      out.push(hit);
      skipUntil = hit.end + again[0].length;
    } else if (monthFirst && swapped !== undefined) {
      out.push(monthFirstHit(hit, swapped));
    } else out.push(hit);
  }
  return out;
}

/** The one date a reply states, or undefined when it states none, several, or an impossible one. */
export function parseDateAnswer(text: string, today: string): string | undefined {
  const hits = findDates(fold(text), today);
  return hits.length === 1 ? hits[0]?.iso : undefined;
}

/** What a reply to "which date?" says, for the conversation to accept, confirm or ask again. */
export type DateReading =
  /** One date; when `hit.yearInferred` (or `orderAmbiguous` in English) the caller may confirm it. */
  | { kind: 'date'; iso: string; hit: DateHit }
  /** A month and year without a day: ask for the day. */
  | { kind: 'partial'; year: number; month: number; hit: DateHit }
  /** A date that does not exist (30 February). */
  | { kind: 'impossible'; hit: DateHit }
  | { kind: 'several'; hits: DateHit[] }
  | { kind: 'none' };

/** Read a reply to a date question, including a day and month without a year (see the policy above). */
export function readDate(text: string, today: string): DateReading {
  const hits = findDates(fold(text), today, { yearless: true });
  const [hit] = hits;
  if (hit === undefined) return { kind: 'none' };
  if (hits.length > 1) return { kind: 'several', hits };
  if (hit.partial) return { kind: 'partial', year: hit.partial.year, month: hit.partial.month, hit };
  if (hit.iso === undefined) return { kind: 'impossible', hit };
  return { kind: 'date', iso: hit.iso, hit };
}
