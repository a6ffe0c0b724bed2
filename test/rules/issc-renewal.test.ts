/**
 * issc-renewal — seed 001, "Fornyelsesverifikasjon ... innen utløpsdato for sertifikatet":
 *  - "Dersom fornyelsesverifikasjonen utføres inntil 3 måneder før utløpet av ISSC, vil man få ny
 *    utløpsdato på sertifikatet som er lik gammel utløpsdato pluss fem år."
 *  - "Dersom fornyelsesverifikasjonen utføres mer enn 3 måneder før utløpet av ISSC, vil man få ny
 *    utløpsdato på sertifikatet som er lik dato for verifikasjonen pluss fem år"
 * Policy (rules/dates.ts): the window is inclusive (exactly 3 months before counts as "inntil 3
 * måneder"), month ends clamp (31 May − 3 months = 28/29 February).
 *
 * Dates by hand: expiry 15 Jun 2026 → window from 15 Mar 2026. Expiry 31 May 2028 → window from
 * 29 Feb 2028. Expiry 31 May 2026 → window from 28 Feb 2026. Expiry 29 Feb 2028 → window from
 * 29 Nov 2027, and 29 Feb 2028 + 5 years = 28 Feb 2033.
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const seed001 = { source: 'Sdir: Sertifiseringsprosess for ISPS (ikke-delegerte skip)' };
const renewal = (expiryDate: string, verificationDate: string) => ({ expiryDate, verificationDate });
const newExpiry = (date: string, windowStart: string) => ({
  status: 'decided' as const,
  outcome: 'new-expiry',
  values: { newExpiry: date, windowStart },
});

const cases: Case[] = [
  // Round 25: "ISSC expired 2026-10-01 and verification not done yet, today can do renewal?"
  {
    name: 'Asked about a renewal after the expiry date has passed, with no date planned: expired',
    facts: { expiryDate: '2026-10-01' },
    today: '2026-12-06',
    expected: { status: 'decided', outcome: 'expired', values: { expiredBeforeToday: true } },
  },
  {
    name: 'Asked on the expiry date itself, with no date planned: the window, still open',
    facts: { expiryDate: '2026-12-06' },
    today: '2026-12-06',
    expected: {
      status: 'decided',
      outcome: 'new-expiry',
      values: { windowStart: '2026-09-06', newExpiry: '2031-12-06', windowOnly: true },
    },
  },
  {
    name: 'A verification exactly 3 months before expiry keeps the old expiry + 5 years',
    facts: renewal('2026-06-15', '2026-03-15'),
    expected: { ...newExpiry('2031-06-15', '2026-03-15'), cites: [seed001] },
  },
  {
    name: 'A verification one day more than 3 months before expiry gives the verification date + 5 years',
    facts: renewal('2026-06-15', '2026-03-14'),
    expected: newExpiry('2031-03-14', '2026-03-15'),
  },
  {
    name: 'A verification one month before expiry gives old expiry + 5 years',
    facts: renewal('2026-06-15', '2026-05-15'),
    expected: newExpiry('2031-06-15', '2026-03-15'),
  },
  {
    name: 'A verification on the expiry date itself gives old expiry + 5 years',
    facts: renewal('2026-06-15', '2026-06-15'),
    expected: newExpiry('2031-06-15', '2026-03-15'),
  },
  {
    name: 'A verification a year and a half early gives the verification date + 5 years',
    facts: renewal('2026-06-15', '2025-01-10'),
    expected: newExpiry('2030-01-10', '2026-03-15'),
  },
  {
    name: 'A verification the day after expiry is too late: expired',
    facts: renewal('2026-06-15', '2026-06-16'),
    expected: { status: 'decided', outcome: 'expired', values: null, cites: [seed001] },
  },

  // Month ends and 29 February.
  {
    name: 'Expiry 31 May 2028: the window starts 29 February 2028, and a verification that day is inside it',
    facts: renewal('2028-05-31', '2028-02-29'),
    expected: newExpiry('2033-05-31', '2028-02-29'),
  },
  {
    name: 'Expiry 31 May 2028: a verification on 28 February 2028 is outside the window',
    facts: renewal('2028-05-31', '2028-02-28'),
    expected: newExpiry('2033-02-28', '2028-02-29'),
  },
  {
    name: 'Expiry 31 May 2026: the window starts 28 February 2026 (no 29, 30 or 31 February)',
    facts: renewal('2026-05-31', '2026-02-28'),
    expected: newExpiry('2031-05-31', '2026-02-28'),
  },
  {
    name: 'Expiry 31 May 2026: a verification on 27 February 2026 gives 27 February 2031',
    facts: renewal('2026-05-31', '2026-02-27'),
    expected: newExpiry('2031-02-27', '2026-02-28'),
  },
  {
    name: 'Expiry 29 February 2028: the window starts 29 November 2027 and old expiry + 5 years is 28 February 2033',
    facts: renewal('2028-02-29', '2027-11-29'),
    expected: newExpiry('2033-02-28', '2027-11-29'),
  },
  {
    name: 'Expiry 29 February 2028: a verification on 28 November 2027 gives 28 November 2032',
    facts: renewal('2028-02-29', '2027-11-28'),
    expected: newExpiry('2032-11-28', '2027-11-29'),
  },
  {
    name: 'A verification on 29 February 2028, months early, gives 28 February 2033',
    facts: renewal('2028-12-31', '2028-02-29'),
    expected: newExpiry('2033-02-28', '2028-09-30'),
  },

  // What to ask, and input handling.
  {
    name: 'With nothing known, the expiry date is asked',
    facts: {},
    expected: { status: 'needs', facts: ['expiryDate'] },
  },
  {
    name: 'With only the expiry 15 June 2026 known: the window from 15 March 2026, and 15 June 2031 for a verification in it',
    facts: { expiryDate: '2026-06-15' },
    expected: {
      status: 'decided',
      outcome: 'new-expiry',
      values: { windowStart: '2026-03-15', newExpiry: '2031-06-15', windowOnly: true },
    },
  },
  {
    name: 'With only the expiry 31 May 2027 known: the window starts 28 February 2027 (month end clamped)',
    facts: { expiryDate: '2027-05-31' },
    expected: { status: 'decided', outcome: 'new-expiry', valuesInclude: { windowStart: '2027-02-28' } },
  },
  {
    name: 'An impossible verification date is invalid',
    facts: renewal('2026-06-15', '2026-02-30'),
    expected: { status: 'invalid', facts: ['verificationDate'] },
  },
  {
    name: 'A date given as a number is invalid',
    facts: { expiryDate: 20260615, verificationDate: '2026-05-01' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },
];

describe('issc-renewal', () => {
  runCases('issc-renewal', cases);
});
