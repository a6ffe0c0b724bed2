/**
 * A period of service written as two dates, and the days it gives when every day of it was worked:
 * «fra 01.06.2025 til 30.06.2025, 8 timer hver dag» is 30 days of 8 hours; "from 1 March to 31 May
 * 2025, 12 hours each day" is 92 days, the first date taking the year written with the second.
 * Without words that say every day was worked the days are not counted: rotations and days off are
 * unknown (seed 002 counts the days actually on board).
 */
import { daysBetween, isoParts } from '../rules/dates.js';
import type { DateHit } from './dates.js';
import { EVERY_DAY_WORDS, PERIOD_FROM_WORDS, PERIOD_TO_WORDS } from './lexicon/synonyms.js';
import { alternation, wholePhrases } from './normalize.js';
import type { Quantity } from './numbers.js';

/** Proposes fact `key` with `value`, stated at [start, end) of the folded text. */
type Propose = (key: string, value: unknown, start: number, end: number) => void;

/** What the text before a period's first date ends with: «fra (den)», "from", «perioden var». */
export const PERIOD_START = new RegExp(`(?<![a-z0-9])(?:${alternation(PERIOD_FROM_WORDS)})(?: (?:den|the))?:? ?$`);
/** What stands between a period's two dates: «til», "to", «–». */
export const PERIOD_BETWEEN = new RegExp(`^ ?(?:${alternation(PERIOD_TO_WORDS)}) ?(?:den |the )?$`);
const EVERY_DAY = wholePhrases(EVERY_DAY_WORDS);
const DAY_UNITS: ReadonlySet<string | undefined> = new Set(['days', 'weeks', 'months', 'years']);

/** `start` given the year of `end` (the year before when its day and month come after end's). */
function withYearOf(start: string, end: string): string | undefined {
  const a = isoParts(start);
  const b = isoParts(end);
  if (!a || !b) return undefined;
  const year = a[1] > b[1] || (a[1] === b[1] && a[2] > b[2]) ? b[0] - 1 : b[0];
  return `${year}-${String(a[1]).padStart(2, '0')}-${String(a[2]).padStart(2, '0')}`;
}

/**
 * The first period of `folded`: two dates joined as one, the first perhaps without its year. `hits`
 * are its dates as `findDates(folded, today, { yearless: true })` gives them.
 */
function periodOf(
  folded: string,
  hits: readonly DateHit[],
): { from: string; to: string; a: DateHit; b: DateHit } | undefined {
  for (const [i, a] of hits.entries()) {
    const b = hits[i + 1];
    if (!b || a.iso === undefined || b.iso === undefined || b.yearInferred) continue;
    if (!PERIOD_BETWEEN.test(folded.slice(a.end, b.start))) continue;
    // "from …", or the message opens with the period ("1 March 2025 to 31 August 2025").
    const before = folded.slice(Math.max(0, a.start - 40), a.start);
    if (!PERIOD_START.test(before) && !a.yearInferred && before.trim() !== '') continue;
    const from = a.yearInferred ? withYearOf(a.iso, b.iso) : a.iso;
    if (from !== undefined && from <= b.iso) return { from, to: b.iso, a, b };
  }
  return undefined;
}

/**
 * The period's dates, and its days when every day was worked and no number of days is stated.
 * `hits`: the dates of `folded`, yearless ones too (`findDates(folded, today, { yearless: true })`),
 * found once for this and for `yearlessDates`.
 */
export function readPeriod(propose: Propose, folded: string, hits: readonly DateHit[], qs: readonly Quantity[]): void {
  const period = periodOf(folded, hits);
  if (!period) return;
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
