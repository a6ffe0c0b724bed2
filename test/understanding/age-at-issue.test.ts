/**
 * The age at a health certificate's issue from the age now: taken only when every age it can be
 * (a birthday may fall between the issue and today) is on the same side of 18, so the health rule
 * decides the same whichever it is; otherwise it is asked.
 */
import { describe, expect, it } from 'vitest';
import { ageAtIssueFromAgeNow, type IssueDate } from '../../understanding/age-at-issue.js';

const TODAY = '2026-12-04';

const cases: { name: string; ageNow: number; issued: IssueDate; expected: number | undefined }[] = [
  {
    name: '34 now, issued 15.03.2025: 32 or 33 at issue, an adult',
    ageNow: 34,
    issued: { iso: '2025-03-15' },
    expected: 32,
  },
  {
    name: '17 now, issued 01.03.2025: 15 or 16 at issue, a minor',
    ageNow: 17,
    issued: { iso: '2025-03-01' },
    expected: 16,
  },
  {
    name: '18 now, issued 01.03.2026: 17 or 18 at issue, asked',
    ageNow: 18,
    issued: { iso: '2026-03-01' },
    expected: undefined,
  },
  {
    name: '19 now, issued 04.12.2025 (a year ago today): 17 or 18 at issue, asked',
    ageNow: 19,
    issued: { iso: '2025-12-04' },
    expected: undefined,
  },
  {
    name: '20 now, issued 05.12.2024 (a day short of two years): 18 or 19, an adult',
    ageNow: 20,
    issued: { iso: '2024-12-05' },
    expected: 18,
  },
  {
    name: '45 now, issued in June 2024 (day unknown): 42 or 43, an adult',
    ageNow: 45,
    issued: { partial: { year: 2024, month: 6 } },
    expected: 42,
  },
  {
    name: '19 now, issued in December 2024 (day unknown): 16, 17 or 18, asked',
    ageNow: 19,
    issued: { partial: { year: 2024, month: 12 } },
    expected: undefined,
  },
  { name: 'an issue date after today is no basis', ageNow: 40, issued: { iso: '2027-01-01' }, expected: undefined },
  {
    name: 'an age now that is not whole years is no basis',
    ageNow: 40.5,
    issued: { iso: '2025-01-01' },
    expected: undefined,
  },
  { name: 'no date is no basis', ageNow: 40, issued: {}, expected: undefined },
];

describe('ageAtIssueFromAgeNow', () => {
  it.each(cases)('$name', ({ ageNow, issued, expected }) => {
    expect(ageAtIssueFromAgeNow(ageNow, issued, TODAY)).toBe(expected);
  });
});
