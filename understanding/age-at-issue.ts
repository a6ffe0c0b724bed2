/**
 * The age at a health certificate's issue, from the age now and the date of issue said in the same
 * message («fikk den 15.03.2025, jeg er 34»). The age now is not the age at issue: a birthday may
 * have come between. With n full years from the issue to today, the age at issue is the age now
 * minus n, or minus n + 1; for a month without its day («juni 2024») the range covers the whole
 * month. The health rule turns only on whether that age is under 18 (`healthAdultAge`, helseforskriften
 * via facts.md), so the age at issue is taken only when every age it can be is on the same side of
 * 18 — the decision is then the same whichever it is — and its value is the possible age nearest 18.
 * Otherwise nothing is taken and the age at issue is asked.
 */
import { daysIn, isoParts } from '../rules/dates.js';
import { isoOf } from './dates.js';
import { limit } from '../rules/index.js';

/** The date of issue as found: a whole date, or a month and year (`partial`). */
export type IssueDate = { iso?: string | undefined; partial?: { year: number; month: number } | undefined };

/** Full years from the date [y, m, d] to today's [ty, tm, td] (negative when the date is after today). */
function fullYears([y, m, d]: readonly number[], [ty, tm, td]: readonly number[]): number {
  const years = (ty ?? 0) - (y ?? 0);
  const before = (tm ?? 0) < (m ?? 0) || ((tm ?? 0) === (m ?? 0) && (td ?? 0) < (d ?? 0));
  return before ? years - 1 : years;
}

/** The earliest and latest day the certificate may have been issued on, as [y, m, d]. */
function issueRange(issued: IssueDate): [number[], number[]] | undefined {
  if (issued.iso !== undefined) {
    const p = isoParts(issued.iso);
    return p ? [p, p] : undefined;
  }
  if (!issued.partial) return undefined;
  const { year, month } = issued.partial;
  return [
    [year, month, 1],
    [year, month, daysIn(year, month)],
  ];
}

/**
 * The age at issue to take from `ageNow` (whole years) and the date of issue, or undefined when the
 * ages it can be fall on both sides of 18, or the date is after today or unreadable.
 */
export function ageAtIssueFromAgeNow(ageNow: number, issued: IssueDate, today: string): number | undefined {
  const now = isoParts(today);
  const range = issueRange(issued);
  if (!now || !range || !Number.isInteger(ageNow)) return undefined;
  const [earliest, latest] = range;
  const nLatest = fullYears(latest, now);
  if (nLatest < 0) return undefined;
  const youngest = ageNow - fullYears(earliest, now) - 1;
  const oldest = ageNow - nLatest;
  if (youngest < 0) return undefined;
  const adult = limit('healthAdultAge');
  if (youngest >= adult) return youngest;
  if (oldest < adult) return oldest;
  return undefined;
}

/**
 * The age at issue from the date of birth and a whole date of issue: exact, so taken whichever side of
 * 18 it falls («født 15.03.2007», "I was born 15.03.2007"). Undefined for a birth after the issue.
 */
export function ageAtIssueFromBirth(birthIso: string, issueIso: string): number | undefined {
  const born = isoParts(birthIso);
  const issued = isoParts(issueIso);
  if (!born || !issued) return undefined;
  const age = fullYears(born, issued);
  return age >= 0 ? age : undefined;
}

/**
 * The age at issue from an age reached in a month ("I turned 18 in October 2025"): born in that
 * month of the year less the age, so the age at issue is exact unless the certificate was issued in
 * a month where a birthday could fall on either side of it (then undefined, and it is asked).
 */
export function ageAtIssueFromTurning(
  age: number,
  turned: { year: number; month: number },
  issueIso: string,
): number | undefined {
  const year = turned.year - age;
  const first = isoOf(year, turned.month, 1);
  const last = isoOf(year, turned.month, daysIn(year, turned.month));
  const a = first ? ageAtIssueFromBirth(first, issueIso) : undefined;
  const b = last ? ageAtIssueFromBirth(last, issueIso) : undefined;
  return a !== undefined && a === b ? a : undefined;
}
