/**
 * issc-validity — seed 001: an interim ISSC (I-ISSC) "med gyldighet på maks 6 måneder. Et I-ISSC kan
 * ikke forlenges"; a full-term ISSC "med gyldighet på maksimalt 5 år"; "Mellom andre og tredje årsdag
 * for sertifikatets gyldighetsdato skal det gjennomføres en mellomliggende verifikasjon"; a renewal
 * within 3 months before expiry gives "gammel utløpsdato pluss fem år".
 * An anniversary date is the day and month of the expiry date (ISPS A/19.1.1), so the window runs
 * from expiry − 3 years to expiry − 2 years, taken from the expiry date printed on the certificate
 * (issue 10, finding 3), never before the date of issue. Month-end policy: rules/dates.ts.
 *
 * Dates worked out by hand:
 *   interim 15 Mar 2025 + 6 months = 15 Sep 2025; 31 Aug 2025 + 6 months = 28 Feb 2026 (no 31 Feb);
 *   31 Aug 2027 + 6 months = 29 Feb 2028 (leap year); 31 Dec 2025 + 6 months = 30 Jun 2026.
 *   full, expiring 15 Mar 2030: window 15 Mar 2027 – 15 Mar 2028.
 *   full, expiring 28 Feb 2033: window 28 Feb 2030 – 28 Feb 2031.
 *   full, expiring 30 Jun 2029: window 30 Jun 2026 – 30 Jun 2027.
 *   renewed 1 Feb 2025 (old expiry 15 Mar 2025 + 5 years): expiry 15 Mar 2030, window 15 Mar 2027 – 15 Mar 2028.
 *   issued 15 Mar 2025: latest accepted expiry 15 Jun 2025 + 5 years = 15 Jun 2030.
 *   issued 1 Jun 2025, expiring 1 Mar 2028: anniversaries 1 Mar 2025 (before issue) and 1 Mar 2026.
 *   issued 1 Jun 2025, expiring 1 Mar 2027: anniversaries 1 Mar 2024 and 1 Mar 2025, both before issue.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../rules/index.js';
import { INTERIM_LETTER } from '../../rules/issc.js';
import { date } from '../../rules/rule.js';
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

  // Full-term ISSC: the printed expiry date, intermediate between its 2nd and 3rd anniversary.
  {
    name: 'A full ISSC with only its issue date is asked for the printed expiry date, never given a guessed one',
    facts: { certificateKind: 'full', issueDate: '2025-03-15' },
    expected: { status: 'needs', facts: ['expiryDate'] },
  },
  {
    name: 'A full ISSC issued 15 March 2025 and expiring 15 March 2030 has its window 15 March 2027 to 15 March 2028',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-03-15' },
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
    name: 'A renewed full ISSC whose expiry is the old expiry plus 5 years used to be rejected; its window follows that expiry',
    facts: { certificateKind: 'full', issueDate: '2025-02-01', expiryDate: '2030-03-15' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      values: {
        latestExpiry: '2030-03-15',
        expiry: '2030-03-15',
        intermediateFrom: '2027-03-15',
        intermediateTo: '2028-03-15',
      },
    },
  },
  {
    name: 'A full ISSC expiring 28 February 2033 has its window 28 February 2030 to 28 February 2031',
    facts: { certificateKind: 'full', issueDate: '2028-02-29', expiryDate: '2033-02-28' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      valuesInclude: { intermediateFrom: '2030-02-28', intermediateTo: '2031-02-28' },
    },
  },
  {
    name: "A full ISSC with a shorter expiry (30 June 2029) has its window on that date's anniversaries",
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2029-06-30' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      values: {
        latestExpiry: '2029-06-30',
        expiry: '2029-06-30',
        intermediateFrom: '2026-06-30',
        intermediateTo: '2027-06-30',
      },
    },
  },
  {
    name: 'A short full ISSC never gets a window before its issue date: it starts on the issue date',
    facts: { certificateKind: 'full', issueDate: '2025-06-01', expiryDate: '2028-03-01' },
    expected: {
      status: 'decided',
      outcome: 'dates',
      valuesInclude: { intermediateFrom: '2025-06-01', intermediateTo: '2026-03-01' },
    },
  },
  {
    name: 'A full ISSC whose whole window lies before its issue date is uncertain, with no window',
    facts: { certificateKind: 'full', issueDate: '2025-06-01', expiryDate: '2027-03-01' },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { latestExpiry: '2027-03-01', expiry: '2027-03-01' },
    },
  },
  {
    name: 'A full ISSC expiring 5 years and 3 months after issue (renewal) is accepted',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-06-15' },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { expiry: '2030-06-15' } },
  },
  {
    name: 'A full ISSC expiring more than 5 years and 3 months after issue is invalid',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-06-16' },
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
    name: 'With nothing known, the kind is asked first, then the issue date and the expiry date',
    facts: {},
    expected: { status: 'needs', facts: ['certificateKind', 'issueDate', 'expiryDate'] },
  },
  {
    name: 'An interim ISSC of unknown issue date is asked the issue date, not the expiry date',
    facts: { certificateKind: 'interim' },
    expected: { status: 'needs', facts: ['issueDate'] },
  },
  {
    name: 'A known issue date alone asks the kind first',
    facts: { issueDate: '2025-03-15' },
    expected: { status: 'needs', first: 'certificateKind' },
  },

  // Input handling.
  {
    name: '30 February is not a date: invalid',
    facts: { certificateKind: 'full', issueDate: '2026-02-30', expiryDate: '2030-01-01' },
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
  // The date of an intermediate verification against the window (15 Mar 2027 – 15 Mar 2028); it gives no new expiry.
  {
    name: 'An intermediate verification on 1 October 2027 is within the window 15 March 2027 – 15 March 2028, and the expiry stays',
    facts: {
      certificateKind: 'full',
      issueDate: '2025-03-15',
      expiryDate: '2030-03-15',
      intermediateDate: '2027-10-01',
    },
    expected: {
      status: 'decided',
      outcome: 'dates',
      valuesInclude: { expiry: '2030-03-15', intermediateInWindow: true },
    },
  },
  {
    name: "An intermediate verification on 15 March 2027, the window's first day, is within it",
    facts: {
      certificateKind: 'full',
      issueDate: '2025-03-15',
      expiryDate: '2030-03-15',
      intermediateDate: '2027-03-15',
    },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { intermediateInWindow: true } },
  },
  {
    name: 'An intermediate verification on 16 March 2028, a day after the window, is too late',
    facts: {
      certificateKind: 'full',
      issueDate: '2025-03-15',
      expiryDate: '2030-03-15',
      intermediateDate: '2028-03-16',
    },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { intermediateInWindow: false } },
  },
  {
    name: 'An intermediate verification on 14 March 2027, a day before the window, is not within it',
    facts: {
      certificateKind: 'full',
      issueDate: '2025-03-15',
      expiryDate: '2030-03-15',
      intermediateDate: '2027-03-14',
    },
    expected: { status: 'decided', outcome: 'dates', valuesInclude: { intermediateInWindow: false } },
  },
];

describe('issc-validity', () => {
  runCases('issc-validity', cases);
});

describe('issc-validity says where today stands', () => {
  const todayReason = (facts: Record<string, unknown>, today: string) => {
    const d = decide('issc-validity', facts, { today });
    const reasons = d.status === 'decided' ? d.reasons : [];
    return reasons.find((r) => r.nb.includes(date(today).nb))?.nb;
  };
  const interim = { certificateKind: 'interim', issueDate: '2026-06-03' };
  const full = { certificateKind: 'full', issueDate: '2022-05-12', expiryDate: '2027-05-12' };
  it.each([
    ['an interim ISSC the day after its latest expiry', interim, '2026-12-04', '2026-12-03'],
    ['a full ISSC after its intermediate window, before its expiry', full, '2026-12-04', '2024-12-04'],
    ['a full ISSC inside its intermediate window', full, '2024-12-04', '2024-05-01'],
    ['a full ISSC before its intermediate window', full, '2023-12-04', '2024-12-04'],
    ['an interim ISSC asked about before its date of issue (not valid yet)', interim, '2026-05-01', '2026-07-01'],
    ['a full ISSC asked about before its date of issue (not valid yet)', full, '2022-01-10', '2023-12-04'],
  ])('%s: today is named, and the verdict differs from another day', (_name, facts, today, other) => {
    const said = todayReason(facts, today);
    expect(said).toBeDefined();
    expect(said?.replace(date(today).nb, '')).not.toBe(todayReason(facts, other)?.replace(date(other).nb, ''));
  });
  it('an ISSC asked about before its date of issue is not called valid', () => {
    expect(todayReason(interim, '2026-05-01')).toContain('ennå ikke utstedt');
    expect(todayReason(interim, '2026-05-01')).not.toContain('er det gyldig');
  });
});

describe('issc-validity names the paper that goes with an interim ISSC (seed 001, step 6)', () => {
  it('an interim ISSC’s dates say the original letter must be on board', () => {
    const d = decide('issc-validity', { certificateKind: 'interim', issueDate: '2026-12-06' }, { today: '2026-12-07' });
    expect(d.status === 'decided' ? d.reasons : []).toContainEqual(INTERIM_LETTER);
  });
  it('a full ISSC’s dates do not name the interim letter', () => {
    const d = decide(
      'issc-validity',
      { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-03-15' },
      { today: '2026-12-07' },
    );
    expect(d.status === 'decided' ? d.reasons : [INTERIM_LETTER]).not.toContainEqual(INTERIM_LETTER);
  });
});
