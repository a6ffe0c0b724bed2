/**
 * A period of service written as two dates, and the days it gives when every day of it was worked:
 * «fra 01.06.2025 til 30.06.2025, 8 timer hver dag» is 30 days of 8 hours; "from 1 March to 31 May
 * 2025, 12 hours each day" is 92 days, the first date taking the year written with the second.
 * Without words that say every day was worked the days are not counted: rotations and days off are
 * unknown (seed 002 counts the days actually on board).
 */
import { daysBetween, daysIn, isoParts } from '../rules/dates.js';
import { type DateHit, isoOf, MONTH_BY_NAME } from './dates.js';
import {
  EVERY_DAY_WORDS,
  MONTH_NAMES,
  PART_OF_MONTH_WORDS,
  OTHER_DATE_LABELS,
  PERIOD_FROM_WORDS,
  PERIOD_TO_WORDS,
} from './lexicon/synonyms.js';
import { alternation, fold, wholePhrases } from './normalize.js';
import { convert, type Quantity } from './numbers.js';

/** Proposes fact `key` with `value`, stated at [start, end) of the folded text. */
type Propose = (key: string, value: unknown, start: number, end: number) => void;

/** What the text before a period's first date ends with: «fra (den)», "from", «perioden var». */
export const PERIOD_START = new RegExp(`(?<![a-z0-9])(?:${alternation(PERIOD_FROM_WORDS)})(?: (?:den|the))?:? ?$`);
/** Labels of a date that is no period's start («født», "issued", «utløper»). */
const OTHER_DATE_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(OTHER_DATE_LABELS)})[ :]*$`);
/** What stands between a period's two dates: «til», "to", «–». */
export const PERIOD_BETWEEN = new RegExp(`^ ?(?:${alternation(PERIOD_TO_WORDS)}) ?(?:den |the )?$`);
/** «hver dag», "every day": every day of a time was worked (read here and by sea-time-text.ts). */
export const EVERY_DAY = wholePhrases(EVERY_DAY_WORDS);
/** Month names that name a month alone: not «jul» (Christmas), nor "may" and "mar" (also words). */
const MONTH_ALONE = alternation(
  Object.keys(MONTH_NAMES)
    .map(fold)
    .filter((name) => !['jul', 'may', 'mar'].includes(name)),
);
/** «frå mars til juni», "from Jan to Apr 2026", «januar–april 2026»: whole months, the years perhaps written. */
const MONTH_PERIOD = new RegExp(
  `(?<![a-z0-9])(${MONTH_ALONE})\\.?(?: (\\d{4}))? ?(${alternation(PERIOD_TO_WORDS)}) ?(?:(?:med|with|including) )?(${MONTH_ALONE})\\.?(?: (\\d{4}))?(?![a-z0-9])`,
);
const DAY_UNITS: ReadonlySet<string | undefined> = new Set(['days', 'weeks', 'months', 'years']);
/** «midten av mars», "mid-March", "end of May": a part of a month named (PART_OF_MONTH_WORDS), no whole month. */
const PART_OF_MONTH = new RegExp(
  `(?<![a-z0-9])(?:${alternation(PART_OF_MONTH_WORDS)})[ -]?(?:${alternation(Object.keys(MONTH_NAMES))})(?![a-z])`,
);

/** `start` given the year of `end` (the year before when its day and month come after end's). */
function withYearOf(start: string, end: string): string | undefined {
  const a = isoParts(start);
  const b = isoParts(end);
  if (!a || !b) return undefined;
  const year = a[1] > b[1] || (a[1] === b[1] && a[2] > b[2]) ? b[0] - 1 : b[0];
  return `${year}-${String(a[1]).padStart(2, '0')}-${String(a[2]).padStart(2, '0')}`;
}

/**
 * The first period of `folded`: two dates joined as one, the first perhaps without its year, or both
 * when the second is not after `today`. `hits` are its dates as `findDates(folded, today, { yearless:
 * true })` gives them.
 */
function periodOf(
  folded: string,
  hits: readonly DateHit[],
  today: string,
): { from: string; to: string; a: DateHit; b: DateHit } | undefined {
  for (const [i, a] of hits.entries()) {
    const b = hits[i + 1];
    // «fra 1. mars til 30. juni»: a period without years is this year's when it has ended by today;
    // one that would end ahead may be last year's or this year's, and is left unread.
    if (!b || a.iso === undefined || b.iso === undefined || (b.yearInferred && b.iso > today)) continue;
    if (!PERIOD_BETWEEN.test(folded.slice(a.end, b.start))) continue;
    // "from …", or the message opens with the period ("1 March 2025 to 31 August 2025"), or two full
    // dates joined by a dash («01.03.2026–31.08.2026»).
    const before = folded.slice(Math.max(0, a.start - 40), a.start);
    const dashed = !a.yearInferred && !b.yearInferred && /^ ?[-–] ?$/.test(folded.slice(a.end, b.start));
    // "…, lettmatros, 2024-01-01 to 2024-03-31, 60 days": two full dates joined by «til», "to",
    // unless the first is labelled as another date (born, issued, expiry).
    const joined = !a.yearInferred && !b.yearInferred && !OTHER_DATE_BEFORE.test(before);
    if (!PERIOD_START.test(before) && !a.yearInferred && before.trim() !== '' && !dashed && !joined) continue;
    const from = a.yearInferred ? withYearOf(a.iso, b.iso) : a.iso;
    if (from !== undefined && from <= b.iso) return { from, to: b.iso, a, b };
  }
  return undefined;
}

/**
 * A period of whole months in `folded` («frå mars til juni», "Jan–Apr 2026"), from the first day of
 * the one to the last of the other: after a word that opens a period, or with a year written. Without
 * a year, the months are the last such ones that have ended by `today`.
 */
function monthPeriodOf(
  folded: string,
  today: string,
): { from: string; to: string; start: number; end: number } | undefined {
  // "from mid-March to end of May": the days are not those of the whole months.
  if (PART_OF_MONTH.test(folded)) return undefined;
  const m = MONTH_PERIOD.exec(folded);
  const first = MONTH_BY_NAME.get(m?.[1] ?? '');
  const last = MONTH_BY_NAME.get(m?.[4] ?? '');
  if (!m || first === undefined || last === undefined) return undefined;
  // «mars og juni 2026» without «mellom» or «frå» may be two months, not the months between.
  const opened = PERIOD_START.test(folded.slice(Math.max(0, m.index - 40), m.index));
  if (!opened && (/^(?:og|and)$/.test(m[3] ?? '') || (m[2] === undefined && m[5] === undefined))) return undefined;
  const [todayYear] = isoParts(today) ?? [];
  if (todayYear === undefined) return undefined;
  let endYear = m[5] !== undefined ? Number(m[5]) : m[2] !== undefined && first <= last ? Number(m[2]) : todayYear;
  let to = isoOf(endYear, last, daysIn(endYear, last));
  if (m[5] === undefined && m[2] === undefined && to !== undefined && to > today) {
    endYear -= 1;
    to = isoOf(endYear, last, daysIn(endYear, last));
  }
  const startYear = m[2] !== undefined ? Number(m[2]) : first <= last ? endYear : endYear - 1;
  const from = isoOf(startYear, first, 1);
  return from === undefined || to === undefined || from > to
    ? undefined
    : { from, to, start: m.index, end: m.index + m[0].length };
}

/** Days of a calendar year (leap days aside). */
const DAYS_IN_YEAR = 365;
/** Units of a time counted in calendar days when no day worked is said ("3 months", «seks veker»). */
const SPAN_UNITS: ReadonlySet<string> = new Set(['weeks', 'months', 'years']);

/**
 * The calendar days of the time a message gives for its sea time without saying each day was worked:
 * whole months («frå mars til juni», "jan–apr 2026"), or one count of weeks, months or years that no
 * fact has taken ("3 months at 14 hours a day"; a month 30 days as facts.md counts, a year of the calendar 365). Never the
 * days worked: the conversation offers it as the answer «alle» takes. Undefined without one.
 */
/** Right before a count of weeks or months, a number of days or shifts in it: a rate ("3 days a week"). */
const RATE_BEFORE =
  /(?<![a-z0-9])[0-9a-z]+ (?:days?|dager|dagar|dogn|døgn|shifts?|skift|ganger|gonger|times) (?:(?:per|pr|each|every|hver|kvar|om|i) )?$/;

export function spanDaysOf(
  folded: string,
  today: string,
  qs: readonly Quantity[],
  taken: readonly { start: number; end: number }[],
): number | undefined {
  const months = monthPeriodDays(folded, today);
  if (months !== undefined) return months;
  const counts = qs.filter(
    (q) =>
      SPAN_UNITS.has(q.unit ?? '') &&
      !q.range &&
      !taken.some((f) => f.start < q.end && f.end > q.start) &&
      // "3 days a week": how often, not how long (the period itself is not said).
      !RATE_BEFORE.test(folded.slice(Math.max(0, q.start - 24), q.start)),
  );
  const [one] = counts;
  // (A year of the calendar is 365 days: "2 years on the boat" has 730, never Sdir's 360-day year of
  // sea time, facts.md.)
  const days =
    counts.length === 1 && one
      ? one.unit === 'years'
        ? Math.round(one.value * DAYS_IN_YEAR)
        : convert(one.value, one.unit, 'days')
      : undefined;
  return days !== undefined && Number.isInteger(days) && days > 0 ? days : undefined;
}

/** The one date of `hits`, when it is a month with its year and no day ("februar 2026"). */
function onlyMonth(hits: readonly DateHit[]): DateHit | undefined {
  const [one, ...more] = hits;
  return one?.partial && more.length === 0 ? one : undefined;
}

/**
 * «frå mars til juni» as the reply to how many days were worked on board: the days of those whole
 * months (122), the question itself saying they were worked; undefined without such a period. Only
 * as that reply: a period of months is never a confirmation's exact dates.
 */
export function monthPeriodDays(folded: string, today: string): number | undefined {
  const period = monthPeriodOf(folded, today);
  return period ? daysBetween(period.from, period.to) + 1 : undefined;
}

/**
 * The period's dates, and its days when every day was worked and no number of days is stated.
 * `hits`: the dates of `folded`, yearless ones too (`findDates(folded, today, { yearless: true })`),
 * found once for this and for `yearlessDates`.
 */
export function readPeriod(
  propose: Propose,
  folded: string,
  hits: readonly DateHit[],
  qs: readonly Quantity[],
  today: string,
): void {
  const period = periodOf(folded, hits, today);
  if (!period) {
    // «frå mars til juni, 12 timar kvar dag»: whole months worked every day are their days (never a
    // confirmation's exact dates: no period is proposed).
    const everyDay = EVERY_DAY.test(folded) && !qs.some((q) => DAY_UNITS.has(q.unit));
    const months = everyDay ? monthPeriodOf(folded, today) : undefined;
    if (months) propose('days', daysBetween(months.from, months.to) + 1, months.start, months.end);
    // «jobba kvar dag i februar 2026»: one whole month, with its year, worked every day.
    const month = everyDay && !months && !PART_OF_MONTH.test(folded) ? onlyMonth(hits) : undefined;
    if (month?.partial) propose('days', daysIn(month.partial.year, month.partial.month), month.start, month.end);
    return;
  }
  const { from, to, a, b } = period;
  propose('periodFrom', from, a.start, a.end);
  propose('periodTo', to, b.start, b.end);
  if (!EVERY_DAY.test(folded) || qs.some((q) => DAY_UNITS.has(q.unit))) return;
  propose('days', daysBetween(from, to) + 1, a.start, b.end);
}

/**
 * «fra 10.06.2026 til 09.07.2026» as the reply to how many days were worked on board: the days of
 * that period (30), the question itself saying they were worked; undefined without a period.
 */
export function periodDays(found: readonly { key: string; value: unknown }[]): number | undefined {
  const from = found.find((f) => f.key === 'periodFrom')?.value;
  const to = found.find((f) => f.key === 'periodTo')?.value;
  return typeof from === 'string' && typeof to === 'string' && from <= to ? daysBetween(from, to) + 1 : undefined;
}
