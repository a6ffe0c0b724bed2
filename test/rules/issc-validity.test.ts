/**
 * issc-validity — seed 001: an interim ISSC (I-ISSC) "med gyldighet på maks 6 måneder. Et I-ISSC kan
 * ikke forlenges"; a full-term ISSC "med gyldighet på maksimalt 5 år"; "Mellom andre og tredje årsdag
 * for sertifikatets gyldighetsdato skal det gjennomføres en mellomliggende verifikasjon".
 * An anniversary date is the day and month of the expiry date (ISPS A/19.1.1), so the window runs
 * from expiry − 3 years to expiry − 2 years. Month-end policy: rules/dates.ts (clamp to month end).
 *
 * Dates worked out by hand:
 *   interim 15 Mar 2025 + 6 months = 15 Sep 2025; 31 Aug 2025 + 6 months = 28 Feb 2026 (no 31 Feb);
 *   31 Aug 2027 + 6 months = 29 Feb 2028 (leap year); 31 Dec 2025 + 6 months = 30 Jun 2026.
 *   full 15 Mar 2025 + 5 years = 15 Mar 2030; anniversaries 15 Mar 2026 (1st), 2027 (2nd), 2028 (3rd).
 *   full 29 Feb 2028 + 5 years = 28 Feb 2033; anniversaries 28 Feb 2029, 2030 (2nd), 2031 (3rd).
 *   full 15 Mar 2025 expiring 30 Jun 2029: anniversaries 30 Jun 2025 (1st), 2026 (2nd), 2027 (3rd).
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const seed001 = { source: 'Sdir: Sertifiseringsprosess for ISPS (ikke-delegerte skip)' };

const cases: Case[] = [
  // Interim ISSC: at most 6 months.
  {
    name: 'An interim ISSC issued 15 March 2025 is valid at the latest until 15 September 2025',
    facts: { certificateKind: 'interim', issueDate: '2025-03-15' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      values: { latestExpiry: '2025-09-15', expiry: '2025-09-15' },
      cites: [seed001],
    },
  },
  {
    name: 'An interim ISSC issued 31 August 2025 runs to 28 February 2026 (month end)',
    facts: { certificateKind: 'interim', issueDate: '2025-08-31' },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { latestExpiry: '2026-02-28' } },
  },
  {
    name: 'An interim ISSC issued 31 August 2027 runs to 29 February 2028 (leap year)',
    facts: { certificateKind: 'interim', issueDate: '2027-08-31' },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { latestExpiry: '2028-02-29' } },
  },
  {
    name: 'An interim ISSC issued 31 December 2025 runs to 30 June 2026',
    facts: { certificateKind: 'interim', issueDate: '2025-12-31' },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { latestExpiry: '2026-06-30' } },
  },
  {
    name: 'An interim ISSC with a shorter expiry keeps that expiry and has no intermediate window',
    facts: { certificateKind: 'interim', issueDate: '2025-03-15', expiryDate: '2025-06-01' },
    expected: { status: 'decided', outcome: 'dates', values: { latestExpiry: '2025-09-15', expiry: '2025-06-01' } },
  },
  {
    name: 'An interim ISSC with an expiry beyond 6 months is invalid (cannot be extended)',
    facts: { certificateKind: 'interim', issueDate: '2025-03-15', expiryDate: '2025-09-16' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },

  // Full-term ISSC: at most 5 years, intermediate between 2nd and 3rd anniversary.
  {
    name: 'A full ISSC issued 15 March 2025 expires at the latest 15 March 2030, intermediate 15 March 2027 to 15 March 2028',
    facts: { certificateKind: 'full', issueDate: '2025-03-15' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      values: {
        latestExpiry: '2030-03-15',
        expiry: '2030-03-15',
        intermediateFrom: '2027-03-15',
        intermediateTo: '2028-03-15',
      },
      cites: [seed001],
    },
  },
  {
    name: 'A full ISSC issued 29 February 2028 expires 28 February 2033; intermediate 28 February 2030 to 28 February 2031',
    facts: { certificateKind: 'full', issueDate: '2028-02-29' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      values: {
        latestExpiry: '2033-02-28',
        expiry: '2033-02-28',
        intermediateFrom: '2030-02-28',
        intermediateTo: '2031-02-28',
      },
    },
  },
  {
    name: "A full ISSC with a shorter expiry (30 June 2029) has its window on that date's anniversaries",
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2029-06-30' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      values: {
        latestExpiry: '2030-03-15',
        expiry: '2029-06-30',
        intermediateFrom: '2026-06-30',
        intermediateTo: '2027-06-30',
      },
    },
  },
  {
    name: 'A full ISSC expiring on its latest date (exactly 5 years) is accepted',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-03-15' },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { expiry: '2030-03-15' } },
  },
  {
    name: 'A full ISSC expiring one day after 5 years is invalid',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-03-16' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },
  {
    name: 'An expiry before the issue date is invalid',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2025-03-14' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },
  {
    name: 'An expiry before the issue date is reported before the kind is asked',
    facts: { issueDate: '2025-03-15', expiryDate: '2025-03-14' },
    expected: { status: 'invalid', facts: ['expiryDate'] },
  },

  // What to ask.
  {
    name: 'With nothing known, the kind and then the issue date are asked; never the optional expiry',
    facts: {},
    expected: { status: 'needs', facts: ['certificateKind', 'issueDate'], never: ['expiryDate'] },
  },
  {
    name: 'An interim ISSC of unknown issue date is asked the issue date',
    facts: { certificateKind: 'interim' },
    expected: { status: 'needs', facts: ['issueDate'] },
  },
  {
    name: 'A known issue date alone asks the kind',
    facts: { issueDate: '2025-03-15' },
    expected: { status: 'needs', facts: ['certificateKind'] },
  },

  // Input handling.
  {
    name: '30 February is not a date: invalid',
    facts: { certificateKind: 'full', issueDate: '2026-02-30' },
    expected: { status: 'invalid', facts: ['issueDate'] },
  },
  {
    name: 'A date in another format is invalid',
    facts: { certificateKind: 'full', issueDate: '15.03.2025' },
    expected: { status: 'invalid', facts: ['issueDate'] },
  },
  {
    name: 'An unknown kind of certificate is invalid',
    facts: { certificateKind: 'temporary', issueDate: '2025-03-15' },
    expected: { status: 'invalid', facts: ['certificateKind'] },
  },
  {
    name: 'A null expiry counts as not given',
    facts: { certificateKind: 'interim', issueDate: '2025-03-15', expiryDate: null },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { latestExpiry: '2025-09-15' } },
  },
];

describe('issc-validity', () => {
  runCases('issc-validity', cases);
});
