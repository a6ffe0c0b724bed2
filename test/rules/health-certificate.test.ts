/**
 * health-certificate — helseforskriften (FOR-2014-06-05-805) per facts.md (C): valid "up to 2 years;
 * up to 1 year if the seafarer is under 18; the doctor may set a shorter period". Seed 002: "En
 * helseerklæring er gyldig i inntil 2 år". Policy ("valid for N years", rules/dates.ts; issue 10,
 * finding 6): N years from the date of issue end on the Nth anniversary, which is still inside;
 * the expiry date the doctor wrote is authoritative up to and including that day; an expiry more
 * than a year after issue needs the age (under 18: at most 1 year).
 *
 * Dates by hand: issued 10 Mar 2025, 2 years → last day 10 Mar 2027; 1 year → 10 Mar 2026.
 * Issued 29 Feb 2024: the 2nd anniversary falls on 28 Feb 2026 (no 29 Feb); the 1st on 28 Feb 2025.
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const reg = { source: 'FOR-2014-06-05-805' };
const adult = { issueDate: '2025-03-10', ageAtIssue: 30 };
const minor = { issueDate: '2025-03-10', ageAtIssue: 17 };

const cases: Case[] = [
  // Issue 10, finding 6: the doctor's date on the 2-year anniversary.
  {
    name: "A doctor's expiry on the 2-year anniversary (10 March 2027) used to be refused; it is accepted and valid that day",
    facts: { issueDate: '2025-03-10', expiryDate: '2027-03-10', ageAtIssue: 30, onDate: '2027-03-10' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2027-03-10' }, cites: [reg] },
  },
  {
    name: 'An issue date after today is fine when a later date is asked about',
    facts: { issueDate: '2025-12-31', ageAtIssue: 30, onDate: '2026-06-01' },
    expected: { status: 'decided', outcome: 'valid' },
  },
  {
    name: 'An expiry one day after the 2-year anniversary is invalid',
    facts: { issueDate: '2025-03-10', expiryDate: '2027-03-11', ageAtIssue: 30 },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },
  {
    name: 'An expiry more than a year after issue needs the age',
    facts: { issueDate: '2025-03-10', expiryDate: '2026-09-01' },
    expected: { status: 'needs', facts: ['ageAtIssue'] },
  },
  {
    name: 'An expiry up to the 1-year anniversary does not need the age',
    facts: { issueDate: '2025-03-10', expiryDate: '2026-03-10', onDate: '2026-03-10' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2026-03-10' } },
  },
  {
    name: "A 17-year-old's certificate with a 2-year expiry is invalid (under 18: at most 1 year)",
    facts: { ...minor, expiryDate: '2027-03-09' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },

  // Adults without a written expiry: 2 years.
  {
    name: "An adult's certificate issued 10 March 2025 is valid on its second anniversary, 10 March 2027",
    facts: { ...adult, onDate: '2027-03-10' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2027-03-10' }, cites: [reg] },
  },
  {
    name: 'It has expired the day after, 11 March 2027',
    facts: { ...adult, onDate: '2027-03-11' },
    expected: { status: 'decided', outcome: 'expired', values: { validUntil: '2027-03-10' }, cites: [reg] },
  },
  {
    name: 'It is valid on the day it was issued',
    facts: { ...adult, onDate: '2025-03-10' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2027-03-10' } },
  },
  {
    name: 'A seafarer aged exactly 18 gets 2 years',
    facts: { ...adult, ageAtIssue: 18, onDate: '2026-06-01' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2027-03-10' } },
  },

  // Under 18: 1 year.
  {
    name: "A 17-year-old's certificate is valid for 1 year: on 10 March 2026 it is valid",
    facts: { ...minor, onDate: '2026-03-10' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2026-03-10' } },
  },
  {
    name: "A 17-year-old's certificate has expired on 11 March 2026",
    facts: { ...minor, onDate: '2026-03-11' },
    expected: { status: 'decided', outcome: 'expired', values: { validUntil: '2026-03-10' } },
  },

  // 29 February.
  {
    name: "An adult's certificate issued 29 February 2024 runs to 28 February 2026",
    facts: { issueDate: '2024-02-29', ageAtIssue: 40, onDate: '2026-02-28' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2026-02-28' } },
  },
  {
    name: "An adult's certificate issued 29 February 2024 has expired on 1 March 2026",
    facts: { issueDate: '2024-02-29', ageAtIssue: 40, onDate: '2026-03-01' },
    expected: { status: 'decided', outcome: 'expired', values: { validUntil: '2026-02-28' } },
  },
  {
    name: "A 16-year-old's certificate issued 29 February 2024 runs to 28 February 2025",
    facts: { issueDate: '2024-02-29', ageAtIssue: 16, onDate: '2025-03-01' },
    expected: { status: 'decided', outcome: 'expired', values: { validUntil: '2025-02-28' } },
  },

  // An expiry date set by the doctor.
  {
    name: "A doctor's shorter expiry (31 December 2025) is valid on that day",
    facts: { issueDate: '2025-03-10', expiryDate: '2025-12-31', onDate: '2025-12-31' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2025-12-31' } },
  },
  {
    name: "A doctor's shorter expiry has passed on 1 January 2026",
    facts: { issueDate: '2025-03-10', expiryDate: '2025-12-31', onDate: '2026-01-01' },
    expected: { status: 'decided', outcome: 'expired', values: { validUntil: '2025-12-31' } },
  },
  {
    name: 'With an expiry date within a year, the age is never asked',
    facts: { expiryDate: '2025-12-31' },
    expected: { status: 'needs', facts: ['issueDate'], never: ['ageAtIssue'] },
  },
  {
    name: "An adult's 2-year expiry written by the doctor is valid until that date",
    facts: { ...adult, expiryDate: '2027-03-09', onDate: '2026-06-01' },
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2027-03-09' } },
  },

  // The date in question defaults to today.
  {
    name: 'Without a date, today is used: valid on 1 June 2025',
    facts: { ...adult },
    today: '2025-06-01',
    expected: { status: 'decided', outcome: 'valid', values: { validUntil: '2027-03-10' } },
  },
  {
    name: 'Without a date, today is used: expired on 11 March 2027',
    facts: { ...adult },
    today: '2027-03-11',
    expected: { status: 'decided', outcome: 'expired' },
  },

  // What to ask, and input handling.
  {
    name: 'With nothing known, the issue date and the age are asked',
    facts: {},
    expected: { status: 'needs', facts: ['issueDate', 'ageAtIssue'], never: ['expiryDate', 'onDate'] },
  },
  {
    name: 'With the issue date only, the age is asked',
    facts: { issueDate: '2025-03-10' },
    expected: { status: 'needs', facts: ['ageAtIssue'] },
  },
  {
    name: 'A date before the certificate was issued is invalid',
    facts: { ...adult, onDate: '2025-03-09' },
    expected: { status: 'invalid', facts: ['onDate'] },
  },
  {
    name: 'An expiry before the issue date is invalid',
    facts: { issueDate: '2025-03-10', expiryDate: '2025-03-09' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },
  {
    name: 'A date before the issue date is reported at once, not after asking the age (which cannot mend it)',
    facts: { issueDate: '2025-08-31', onDate: '2024-02-29' },
    expected: { status: 'invalid', facts: ['onDate'] },
  },
  {
    name: 'A certificate issued after today, with no date given, is reported at once as a wrong issue date',
    facts: { issueDate: '2025-07-01' },
    today: '2025-06-01',
    expected: { status: 'invalid', facts: ['issueDate'] },
  },
  {
    name: 'Month 13 is not a date: invalid',
    facts: { issueDate: '2025-13-01', ageAtIssue: 30 },
    expected: { status: 'invalid', facts: ['issueDate'] },
  },
  {
    name: 'A fractional age is invalid',
    facts: { issueDate: '2025-03-10', ageAtIssue: 17.5 },
    expected: { status: 'invalid', facts: ['ageAtIssue'] },
  },
  {
    name: 'A date given as a number is invalid',
    facts: { ...adult, onDate: 20250101 },
    expected: { status: 'invalid', facts: ['onDate'] },
  },
];

describe('health-certificate', () => {
  runCases('health-certificate', cases);
});
