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

export function toIsoDate(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseIsoDate(s);
  return isValid(d) && toIsoDate(d) === s;
}

export const plusMonths = (iso: string, months: number): string => toIsoDate(addMonths(parseIsoDate(iso), months));
export const plusYears = (iso: string, years: number): string => toIsoDate(addYears(parseIsoDate(iso), years));
export const plusDays = (iso: string, days: number): string => toIsoDate(addDays(parseIsoDate(iso), days));

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));

/** ISO dates compare correctly as strings. */
export const isBefore = (a: string, b: string): boolean => a < b;
export const isAfter = (a: string, b: string): boolean => a > b;
