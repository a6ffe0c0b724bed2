/**
 * Date arithmetic for the rules, with ISO `YYYY-MM-DD` in and out. All computation is on calendar
 * dates (date-fns' calendar functions on local midnight), so no time zone or daylight-saving
 * change can move a date.
 *
 * Month-end policy (written down because the sources are silent on it): adding or subtracting
 * months or years keeps the day of the month; where that day does not exist in the target month,
 * the date is the last day of that month. So 31 August + 6 months = 28 February (29 in a leap
 * year), and 29 February 2028 + 5 years = 28 February 2033. This is date-fns' `addMonths`.
 *
 * "Within N months before a date" is inclusive at both ends: a verification exactly 3 months
 * before expiry (by the policy above) is within the window, and so is one on the expiry date.
 *
 * "Valid for N years" — one policy for every certificate (ISSC and health certificate alike):
 * - A printed expiry date is authoritative when it is given: the certificate is valid up to and
 *   including that day, as long as the date lies within the longest validity the rules allow.
 * - The longest validity of N years from the date of issue ends on the Nth anniversary of that
 *   date (same day and month N years later, clamped at the month end as above), and that day is
 *   still inside it. Issued 10 March 2025 and valid for up to 2 years: an expiry up to and
 *   including 10 March 2027 is accepted, and without a printed date the certificate is taken to
 *   be valid at the latest through 10 March 2027. Seed 001 counts the same way for the ISSC
 *   ("gammel utløpsdato pluss fem år"); no source gives another day count. The other reading
 *   (N years end the day before the anniversary) is listed under "Readings to review".
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';

/** Parse an ISO date into a `Date` at local midnight (date-only arithmetic). */
export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/*
 * The functions below compute on the year, month and day as integers when the date is an
 * ordinary one (a four-digit year from 1000, a real month and day), which gives exactly what
 * date-fns gives on local midnight (test/rules/dates-fast.test.ts compares them day by day) at a
 * fraction of the cost; anything else goes the date-fns way, as before.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in month `m` (1–12) of year `y`. */
export const daysIn = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31));
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const iso = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

/** `[year, month, day]` of an ordinary ISO date (year 1000–9999, a real day), else undefined. */
export function isoParts(s: string): [number, number, number] | undefined {
  const match = ISO.exec(s);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return [y, m, d];
}

/** A `Date` as an ISO date in local time (the calendar day it falls on where the program runs). */
export function toIsoDate(date: Date): string {
  const y = date.getFullYear();
  if (!(y >= 1000 && y <= 9999)) return formatISO(date, { representation: 'date' });
  return iso(y, date.getMonth() + 1, date.getDate());
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  if (isoParts(s)) return true;
  const d = parseIsoDate(s);
  return isValid(d) && toIsoDate(d) === s;
}

/** `iso` moved by whole months (month ends clamp, see the policy above). */
export function plusMonths(date: string, months: number): string {
  const p = isoParts(date);
  if (!p || !Number.isInteger(months)) return toIsoDate(addMonths(parseIsoDate(date), months));
  const [y, m, d] = p;
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  if (ny < 1000 || ny > 9999) return toIsoDate(addMonths(parseIsoDate(date), months));
  return iso(ny, nm, Math.min(d, daysIn(ny, nm)));
}

/** `iso` moved by whole years (29 February clamps to 28 February). */
export function plusYears(date: string, years: number): string {
  if (!Number.isInteger(years)) return toIsoDate(addYears(parseIsoDate(date), years));
  return plusMonths(date, years * 12);
}

/** `iso` moved by whole days. */
export function plusDays(date: string, days: number): string {
  const p = isoParts(date);
  if (!p || !Number.isInteger(days)) return toIsoDate(addDays(parseIsoDate(date), days));
  const t = new Date(Date.UTC(p[0], p[1] - 1, p[2] + days));
  const y = t.getUTCFullYear();
  if (y < 1000 || y > 9999) return toIsoDate(addDays(parseIsoDate(date), days));
  return iso(y, t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * The last day of a validity of up to `years` years from `issued`: the anniversary itself
 * ("valid for N years" policy above).
 */
export const lastDayOfValidity = (issued: string, years: number): string => plusYears(issued, years);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = isoParts(from);
  const b = isoParts(to);
  if (!a || !b) return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
}

/** ISO dates compare correctly as strings. */
export const isBefore = (a: string, b: string): boolean => a < b;
export const isAfter = (a: string, b: string): boolean => a > b;
