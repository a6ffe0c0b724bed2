/**
 * rules/dates.ts — ISO date arithmetic and the written month-end policy: adding months or years keeps
 * the day of the month, or the month's last day where that day does not exist (31 August + 6 months
 * = 28/29 February; 29 February + 5 years = 28 February). Expected dates are worked out by hand.
 * The same policy is checked through the rules in issc-validity, issc-renewal and health-certificate.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  daysBetween,
  isAfter,
  isBefore,
  isIsoDate,
  lastDayOfValidity,
  parseIsoDate,
  plusDays,
  plusMonths,
  plusYears,
  toIsoDate,
} from '../../rules/dates.js';

type Shift = { name: string; from: string; by: number; expected: string };

const months: Shift[] = [
  {
    name: '31 August 2025 + 6 months is the last day of February, 28 February 2026',
    from: '2025-08-31',
    by: 6,
    expected: '2026-02-28',
  },
  {
    name: '31 August 2027 + 6 months is 29 February 2028 (leap year)',
    from: '2027-08-31',
    by: 6,
    expected: '2028-02-29',
  },
  { name: '31 January 2025 + 1 month is 28 February 2025', from: '2025-01-31', by: 1, expected: '2025-02-28' },
  { name: '31 January 2024 + 1 month is 29 February 2024', from: '2024-01-31', by: 1, expected: '2024-02-29' },
  { name: '31 March 2025 + 1 month is 30 April 2025', from: '2025-03-31', by: 1, expected: '2025-04-30' },
  {
    name: '15 March 2025 + 6 months keeps the day: 15 September 2025',
    from: '2025-03-15',
    by: 6,
    expected: '2025-09-15',
  },
  { name: '30 November 2025 + 3 months is 28 February 2026', from: '2025-11-30', by: 3, expected: '2026-02-28' },
  { name: '31 May 2028 − 3 months is 29 February 2028', from: '2028-05-31', by: -3, expected: '2028-02-29' },
  { name: '31 May 2026 − 3 months is 28 February 2026', from: '2026-05-31', by: -3, expected: '2026-02-28' },
  { name: '29 February 2028 − 3 months is 29 November 2027', from: '2028-02-29', by: -3, expected: '2027-11-29' },
  { name: '31 December 2025 − 12 months is 31 December 2024', from: '2025-12-31', by: -12, expected: '2024-12-31' },
];

const years: Shift[] = [
  { name: '29 February 2028 + 5 years is 28 February 2033', from: '2028-02-29', by: 5, expected: '2033-02-28' },
  {
    name: '29 February 2028 + 4 years is 29 February 2032 (leap year again)',
    from: '2028-02-29',
    by: 4,
    expected: '2032-02-29',
  },
  { name: '29 February 2024 + 1 year is 28 February 2025', from: '2024-02-29', by: 1, expected: '2025-02-28' },
  { name: '10 March 2025 + 2 years is 10 March 2027', from: '2025-03-10', by: 2, expected: '2027-03-10' },
  { name: '28 February 2033 − 3 years is 28 February 2030', from: '2033-02-28', by: -3, expected: '2030-02-28' },
];

const days: Shift[] = [
  { name: '28 February 2024 + 1 day is 29 February 2024', from: '2024-02-28', by: 1, expected: '2024-02-29' },
  { name: '28 February 2025 + 1 day is 1 March 2025', from: '2025-02-28', by: 1, expected: '2025-03-01' },
  { name: '31 December 2025 + 1 day is 1 January 2026', from: '2025-12-31', by: 1, expected: '2026-01-01' },
  { name: '1 March 2024 − 1 day is 29 February 2024', from: '2024-03-01', by: -1, expected: '2024-02-29' },
  {
    name: '29 March 2025 + 2 days is 31 March 2025 (across the European summer-time change)',
    from: '2025-03-29',
    by: 2,
    expected: '2025-03-31',
  },
];

describe('rules/dates', () => {
  it.each(months)('$name', ({ from, by, expected }) => expect(plusMonths(from, by)).toBe(expected));
  it.each(years)('$name', ({ from, by, expected }) => expect(plusYears(from, by)).toBe(expected));
  it.each(days)('$name', ({ from, by, expected }) => expect(plusDays(from, by)).toBe(expected));

  // "Valid for N years" (issue 10, finding 6): one policy for the ISSC and the health certificate.
  it.each([
    {
      name: 'Issued 10 March 2025, valid 2 years: the last day is 10 March 2027',
      from: '2025-03-10',
      by: 2,
      expected: '2027-03-10',
    },
    {
      name: 'Issued 10 March 2025, valid 1 year: the last day is 10 March 2026',
      from: '2025-03-10',
      by: 1,
      expected: '2026-03-10',
    },
    {
      name: 'Issued 29 February 2024, valid 2 years: the last day is 28 February 2026',
      from: '2024-02-29',
      by: 2,
      expected: '2026-02-28',
    },
    {
      name: 'Issued 15 March 2025, valid 5 years: the last day is 15 March 2030',
      from: '2025-03-15',
      by: 5,
      expected: '2030-03-15',
    },
  ])('$name', ({ from, by, expected }) => expect(lastDayOfValidity(from, by)).toBe(expected));

  it.each([
    {
      name: 'A leap year has 365 days from 1 January to 31 December',
      from: '2024-01-01',
      to: '2024-12-31',
      expected: 365,
    },
    {
      name: 'A common year has 364 days from 1 January to 31 December',
      from: '2025-01-01',
      to: '2025-12-31',
      expected: 364,
    },
    {
      name: 'January spans 30 days from its first to its last day',
      from: '2025-01-01',
      to: '2025-01-31',
      expected: 30,
    },
    {
      name: 'Across the summer-time change, 30 March to 31 March is 1 day',
      from: '2025-03-30',
      to: '2025-03-31',
      expected: 1,
    },
    {
      name: 'Across the winter-time change, 25 to 27 October is 2 days',
      from: '2025-10-25',
      to: '2025-10-27',
      expected: 2,
    },
    { name: 'An earlier end gives a negative count', from: '2025-01-10', to: '2025-01-01', expected: -9 },
    { name: 'The same day is 0 days', from: '2025-06-01', to: '2025-06-01', expected: 0 },
  ])('$name', ({ from, to, expected }) => expect(daysBetween(from, to)).toBe(expected));

  it.each([
    { value: '2024-02-29', valid: true },
    { value: '2025-02-28', valid: true },
    { value: '2025-12-31', valid: true },
    { value: '2025-02-29', valid: false },
    { value: '2026-02-30', valid: false },
    { value: '2025-13-01', valid: false },
    { value: '2025-00-10', valid: false },
    { value: '2025-04-31', valid: false },
    { value: '2025-1-01', valid: false },
    { value: '2025-01-01T00:00:00Z', valid: false },
    { value: '01.01.2025', valid: false },
    { value: '', valid: false },
  ])('isIsoDate("$value") is $valid', ({ value, valid }) => expect(isIsoDate(value)).toBe(valid));

  it('parses and formats a date without moving it', () => {
    const d = parseIsoDate('2028-02-29');
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2028, 1, 29]);
    expect(toIsoDate(d)).toBe('2028-02-29');
  });

  it('compares ISO dates by calendar order', () => {
    expect(isBefore('2025-01-31', '2025-02-01')).toBe(true);
    expect(isBefore('2025-02-01', '2025-02-01')).toBe(false);
    expect(isAfter('2026-01-01', '2025-12-31')).toBe(true);
    expect(isAfter('2025-12-31', '2025-12-31')).toBe(false);
  });

  describe('in time zones whose clocks change at midnight', () => {
    const original = process.env.TZ;
    afterAll(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['Europe/Oslo', 'America/Santiago', 'America/Havana', 'Asia/Tehran'])(
      'every day of 2024–2026 round-trips and steps one day at a time in %s',
      (tz) => {
        process.env.TZ = tz;
        let day = '2024-01-01';
        for (let i = 0; i < 3 * 366; i++) {
          expect(isIsoDate(day)).toBe(true);
          const next = plusDays(day, 1);
          expect(daysBetween(day, next)).toBe(1);
          expect(toIsoDate(parseIsoDate(next))).toBe(next);
          day = next;
        }
        expect(day).toBe('2027-01-03'); // 366 + 365 + 365 = 1096 days to 1 January 2027, + 2
      },
    );
  });
});
