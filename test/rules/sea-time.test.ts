/**
 * sea-time — hour-by-hour sea time (facts.md "Sea time", Sdir news "Fartstid skal nå regnes time
 * for time"; kvalifikasjonsforskriften § 16): sea-time days = hours / 1867 × 365; 1 month = 30 days
 * ("12 måneder (360 dager)", seed 004); 1–14 hours a day (seed 002: "Maks arbeidstid i løpet av et
 * døgn er 14 timer"; seed 004: "(1-14 timer)").
 *
 * Expected values are worked out by hand from that formula:
 *   42 h × 365 / 1867 = 8.2110 → 8.21 (seed 002's example and facts.md); / 30 = 0.2737 → 0.27
 *   240 h (20 days × 12 h) → 87 600 / 1867 = 46.9202 → 46.92; / 30 = 1.5640 → 1.56
 *   facts.md per calendar day: 12 h → 2.346, 6 h → 1.173, 8 h → 1.564, 14 h → 2.737
 *   1867 h → exactly 365 days = 12.1667 months → 12.17
 *   360 target days × 1867 / 365 = 1841.4247 → 1841.42 hours; 1 day → 5.11507 → 5.12 hours
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../rules/index.js';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const s16 = { source: 'FOR-2011-12-22-1523', ref: '§ 16' };

const cases: Case[] = [
  {
    name: "Seed 002's 42 hours are 8.21 sea-time days",
    facts: { totalHours: 42 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: { hours: 42, seaTimeDays: 8.21, seaTimeMonths: 0.27 },
      cites: [s16],
    },
  },
  {
    name: '20 days of 12 hours are 240 hours and 46.92 sea-time days',
    facts: { days: 20, hoursPerDay: 12 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: { hours: 240, seaTimeDays: 46.92, seaTimeMonths: 1.56 },
    },
  },
  {
    name: 'One day of 12 hours is 2.35 sea-time days',
    facts: { days: 1, hoursPerDay: 12 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { hours: 12, seaTimeDays: 2.35 } },
  },
  {
    name: 'One day of 6 hours is 1.17 sea-time days',
    facts: { days: 1, hoursPerDay: 6 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { seaTimeDays: 1.17 } },
  },
  {
    name: 'One day of 8 hours is 1.56 sea-time days',
    facts: { days: 1, hoursPerDay: 8 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { seaTimeDays: 1.56 } },
  },
  {
    name: "100 days at 14 hours a day carry Sdir's spreadsheet caution (more than 90 in a row is marked as an error)",
    facts: { days: 100, hoursPerDay: 14 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { hours: 1400, flaggedIfInRow: true } },
  },
  {
    name: '90 days at 14 hours a day carry no such caution',
    facts: { days: 90, hoursPerDay: 14 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: { hours: 1260, seaTimeDays: 246.33, seaTimeMonths: 8.21 },
    },
  },
  {
    name: 'One day of 14 hours (the maximum) is 2.74 sea-time days',
    facts: { days: 1, hoursPerDay: 14 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { seaTimeDays: 2.74 } },
  },
  {
    name: 'One day of 1 hour (the minimum) is 0.2 sea-time days',
    facts: { days: 1, hoursPerDay: 1 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { hours: 1, seaTimeDays: 0.2 } },
  },
  {
    name: 'A base work year of 1867 hours is exactly 365 sea-time days, 12.16 months (months are cut, not rounded)',
    facts: { totalHours: 1867 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: { hours: 1867, seaTimeDays: 365, seaTimeMonths: 12.16 },
    },
  },
  {
    name: '1841 hours are 359.92 sea-time days: 11.99 months, never shown as the 12 months they fall short of',
    facts: { totalHours: 1841 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: { hours: 1841, seaTimeDays: 359.92, seaTimeMonths: 11.99 },
    },
  },
  {
    name: 'Zero hours are zero days',
    facts: { totalHours: 0 },
    expected: { status: 'decided', outcome: 'calculated', values: { hours: 0, seaTimeDays: 0, seaTimeMonths: 0 } },
  },

  // Back from days to hours.
  {
    name: '360 target sea-time days need 1841.42 hours',
    facts: { targetDays: 360 },
    expected: { status: 'decided', outcome: 'calculated', values: { hoursNeeded: 1841.42, targetMonths: 12 } },
  },
  // facts.md: 1 month = 30 days. 500 / 30 = 16.666… → 16.66 (cut, never shown as more than it is).
  {
    name: '500 sea-time days are 16.66 months of 30 days, and need 2557.53 hours',
    facts: { targetDays: 500 },
    expected: { status: 'decided', outcome: 'calculated', values: { hoursNeeded: 2557.53, targetMonths: 16.66 } },
  },
  {
    name: 'One target sea-time day needs 5.12 hours',
    facts: { targetDays: 1 },
    expected: { status: 'decided', outcome: 'calculated', values: { hoursNeeded: 5.12, targetMonths: 0.03 } },
  },
  // 1841.4247 / 12 = 153.452 → 153.45, so 154 whole days; / 14 = 131.530 → 131.53, so 132; / 8 = 230.178 → 231.
  {
    name: '360 target sea-time days at 12 hours a day take 153.45 days on board: 154 whole days',
    facts: { targetDays: 360, hoursPerDay: 12 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: { hoursNeeded: 1841.42, targetMonths: 12, daysNeeded: 153.45, wholeDaysNeeded: 154 },
    },
  },
  {
    name: '360 target sea-time days at 14 hours a day take 132 whole days, at 8 hours 231',
    facts: { targetDays: 360, hoursPerDay: 14 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { daysNeeded: 131.53, wholeDaysNeeded: 132 } },
  },
  {
    name: '360 target sea-time days at 8 hours a day take 231 whole days',
    facts: { targetDays: 360, hoursPerDay: 8 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { wholeDaysNeeded: 231 } },
  },
  {
    name: 'Hours and a target together give both results',
    facts: { totalHours: 42, targetDays: 1080 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      values: {
        hours: 42,
        seaTimeDays: 8.21,
        seaTimeMonths: 0.27,
        hoursNeeded: 5524.27,
        targetMonths: 36,
        reachesTarget: false,
        hoursMissing: 5482.27,
      },
    },
  },
  {
    name: '200 sea-time days had, 360 wanted, at 12 hours a day: 818.41 hours, 69 more days',
    facts: { seaTimeDaysHad: 200, targetDays: 360, hoursPerDay: 12 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      valuesInclude: {
        hours: 1023.01,
        seaTimeDays: 200,
        hoursMissing: 818.41,
        daysMissing: 68.2,
        wholeDaysMissing: 69,
      },
    },
  },
  {
    name: '400 sea-time days had reach 360 wanted: nothing missing',
    facts: { seaTimeDaysHad: 400, targetDays: 360 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { reachesTarget: true } },
  },
  {
    name: '20 days at 12 hours leave 1627 hours to 365 sea-time days: 136 more days at 12 hours',
    facts: { days: 20, hoursPerDay: 12, targetDays: 365 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      valuesInclude: {
        hours: 240,
        hoursNeeded: 1867,
        reachesTarget: false,
        hoursMissing: 1627,
        daysMissing: 135.58,
        wholeDaysMissing: 136,
      },
    },
  },
  {
    name: '2100 hours reach 12 months (360 sea-time days need 1841.42 hours)',
    facts: { totalHours: 2100, targetDays: 360 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      valuesInclude: { hoursNeeded: 1841.42, reachesTarget: true },
    },
  },
  {
    name: '1841 hours do not reach 12 months (359.92 sea-time days)',
    facts: { totalHours: 1841, targetDays: 360 },
    expected: {
      status: 'decided',
      outcome: 'calculated',
      valuesInclude: { seaTimeDays: 359.92, reachesTarget: false },
    },
  },
  {
    name: 'Days × hours per day agreeing with total hours is accepted',
    facts: { days: 20, hoursPerDay: 12, totalHours: 240 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { hours: 240, seaTimeDays: 46.92 } },
  },

  // Hours per day: 1–14.
  {
    name: '15 hours per day is invalid (at most 14 count)',
    facts: { days: 1, hoursPerDay: 15 },
    expected: { status: 'invalid', facts: ['hoursPerDay'] },
  },
  {
    name: '14.01 hours per day is invalid',
    facts: { days: 1, hoursPerDay: 14.01 },
    expected: { status: 'invalid', facts: ['hoursPerDay'] },
  },
  {
    name: 'Half an hour per day is invalid (at least 1)',
    facts: { days: 1, hoursPerDay: 0.5 },
    expected: { status: 'invalid', facts: ['hoursPerDay'] },
  },

  // What to ask.
  {
    name: 'With total hours nothing is asked',
    facts: { totalHours: 100 },
    expected: { status: 'decided', outcome: 'calculated' },
  },
  {
    name: 'With nothing known, days and hours per day are asked',
    facts: {},
    expected: { status: 'needs', facts: ['days', 'hoursPerDay'], never: ['targetDays'] },
  },
  {
    name: 'With days known, only hours per day is asked',
    facts: { days: 10 },
    expected: { status: 'needs', facts: ['hoursPerDay'] },
  },
  {
    name: 'With hours per day known, only days is asked',
    facts: { hoursPerDay: 8 },
    expected: { status: 'needs', facts: ['days'] },
  },
  {
    name: 'A null total counts as missing',
    facts: { totalHours: null, days: 10 },
    expected: { status: 'needs', facts: ['hoursPerDay'] },
  },

  // Input handling.
  {
    name: 'Total hours that disagree with days × hours per day are invalid',
    facts: { days: 20, hoursPerDay: 12, totalHours: 200 },
    expected: { status: 'invalid', facts: ['totalHours'] },
  },
  {
    name: 'A total of more than 14 hours a day over the days given is invalid (1400 hours in 90 days)',
    facts: { days: 90, totalHours: 1400 },
    expected: { status: 'invalid', facts: ['totalHours'] },
  },
  {
    name: 'A total of 14 hours a day exactly over the days given is taken (1260 hours in 90 days)',
    facts: { days: 90, totalHours: 1260 },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { hours: 1260 } },
  },
  {
    name: 'Total hours given as a string are invalid',
    facts: { totalHours: '42' },
    expected: { status: 'invalid', facts: ['totalHours'] },
  },
  {
    name: 'A fractional number of days is invalid',
    facts: { days: 2.5, hoursPerDay: 8 },
    expected: { status: 'invalid', facts: ['days'] },
  },
  {
    name: 'Negative total hours are invalid',
    facts: { totalHours: -1 },
    expected: { status: 'invalid', facts: ['totalHours'] },
  },
  {
    name: 'Unknown extra facts are ignored',
    facts: { totalHours: 42, vessel: 'MS Test' },
    expected: { status: 'decided', outcome: 'calculated', valuesInclude: { seaTimeDays: 8.21 } },
  },
];

describe('sea-time', () => {
  runCases('sea-time', cases);
});

describe('sea-time says why the hours are divided by 1867 (facts.md: a normal working year of 8-hour days)', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    'a calculation names the base year and about 5.1 hours a sea-time day (%s)',
    (l) => {
      const d = decide('sea-time', { days: 180, hoursPerDay: 8 });
      const reasons = d.status === 'decided' ? d.reasons.map((r) => r[l]) : [];
      expect(reasons.some((r) => /1\D?867/.test(r) && /5[.,]1/.test(r))).toBe(true);
    },
  );
});
