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

/** A `Date` as an ISO date in local time (the calendar day it falls on where the program runs). */
export function toIsoDate(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseIsoDate(s);
  return isValid(d) && toIsoDate(d) === s;
}

/** `iso` moved by whole months, years or days (month ends clamp, see the policy above). */
export const plusMonths = (iso: string, months: number): string => toIsoDate(addMonths(parseIsoDate(iso), months));
export const plusYears = (iso: string, years: number): string => toIsoDate(addYears(parseIsoDate(iso), years));
export const plusDays = (iso: string, days: number): string => toIsoDate(addDays(parseIsoDate(iso), days));

/**
 * The last day of a validity of up to `years` years from `issued`: the anniversary itself
 * ("valid for N years" policy above).
 */
export const lastDayOfValidity = (issued: string, years: number): string => plusYears(issued, years);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));

/** ISO dates compare correctly as strings. */
export const isBefore = (a: string, b: string): boolean => a < b;
export const isAfter = (a: string, b: string): boolean => a > b;
