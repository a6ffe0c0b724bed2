/**
 * master-rights — seed 004, "Jeg har ikke førerrettigheter i sertifikatet": "Førstegangsutstedelse
 * av D5, D4 og D3 kompetansesertifikat blir utstedt uten førerrettigheter. For å få førerrettigheter
 * ... minimum 12 måneders fartstid opptjent i sertifikatpliktig stilling etter du fikk utstedt
 * sertifikatet for første gang." facts.md (Sdir table, C): the holder must be 20 or older.
 */
import { describe, expect, it } from 'vitest';
import { THRESHOLDS, decide } from '../../rules/index.js';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const faq = { source: 'Sdir: Diverse spørsmål tilknyttet fartstid' };

const cases: Case[] = [
  {
    name: 'A D4 holder aged 20 with 12 months since the first issue is eligible',
    facts: { certificate: 'D4', age: 20, monthsAsOfficerOfTheWatchSinceIssue: 12 },
    expected: { status: 'decided', outcome: 'eligible', cites: [faq] },
  },
  {
    name: 'A D5 holder aged 35 with 40 months is eligible',
    facts: { certificate: 'D5', age: 35, monthsAsOfficerOfTheWatchSinceIssue: 40 },
    expected: { status: 'decided', outcome: 'eligible' },
  },
  {
    name: 'A D3 holder aged 19 is not eligible',
    facts: { certificate: 'D3', age: 19, monthsAsOfficerOfTheWatchSinceIssue: 12 },
    expected: {
      status: 'decided',
      outcome: 'not-eligible',
      values: { evaluated: 'D3', shortfalls: [{ fact: 'age', required: 20, actual: 19 }] },
    },
  },
  {
    name: 'A D4 holder with 11 months since the first issue is not eligible',
    facts: { certificate: 'D4', age: 25, monthsAsOfficerOfTheWatchSinceIssue: 11 },
    expected: {
      status: 'decided',
      outcome: 'not-eligible',
      values: {
        evaluated: 'D4',
        shortfalls: [{ fact: 'monthsAsOfficerOfTheWatchSinceIssue', required: 12, actual: 11 }],
      },
    },
  },
  {
    name: 'A holder aged 19 with 11 months falls short on both',
    facts: { certificate: 'D4', age: 19, monthsAsOfficerOfTheWatchSinceIssue: 11 },
    expected: {
      status: 'decided',
      outcome: 'not-eligible',
      values: {
        evaluated: 'D4',
        shortfalls: [
          { fact: 'age', required: 20, actual: 19 },
          { fact: 'monthsAsOfficerOfTheWatchSinceIssue', required: 12, actual: 11 },
        ],
      },
    },
  },
  {
    name: 'A 19-year-old is refused before anything else is known',
    facts: { age: 19 },
    expected: { status: 'decided', outcome: 'not-eligible' },
  },
  {
    name: 'With nothing known, age and months are asked, never the certificate (D5, D4 and D3 are treated alike)',
    facts: {},
    expected: { status: 'needs', facts: ['age', 'monthsAsOfficerOfTheWatchSinceIssue'], never: ['certificate'] },
  },
  {
    name: 'A D4 holder aged 22 is asked the months',
    facts: { certificate: 'D4', age: 22 },
    expected: { status: 'needs', facts: ['monthsAsOfficerOfTheWatchSinceIssue'] },
  },
  {
    name: 'D6 is not a certificate this rule covers: invalid',
    facts: { certificate: 'D6', age: 30, monthsAsOfficerOfTheWatchSinceIssue: 24 },
    expected: { status: 'invalid', facts: ['certificate'] },
  },
  {
    name: 'An age given in words is invalid',
    facts: { certificate: 'D4', age: 'twenty' },
    expected: { status: 'invalid', facts: ['age'] },
  },
  {
    name: 'Null months count as missing',
    facts: { certificate: 'D4', age: 22, monthsAsOfficerOfTheWatchSinceIssue: null },
    expected: { status: 'needs', facts: ['monthsAsOfficerOfTheWatchSinceIssue'] },
  },
];

describe('master-rights', () => {
  runCases('master-rights', cases);

  // Issue 10, finding 8: the age of 20 and the trading-area limit come from Sdir's certificate
  // table as facts.md records it, not from seed 004 (which gives only the 12 months).
  it("cites the age of 20 and the limits of the rights to Sdir's certificate table, the 12 months to seed 004", () => {
    const table = 'Sdir: Tabell over rettigheter for dekksoffisersertifikater';
    expect(THRESHOLDS.masterRightsMinAge.source.source).toBe(table);
    expect(THRESHOLDS.masterRightsMaxGrossTonnageExclusive.source.source).toBe(table);
    expect(THRESHOLDS.masterRightsMinMonths.source.source).toBe('Sdir: Diverse spørsmål tilknyttet fartstid');
    const d = decide('master-rights', { certificate: 'D4', age: 25, monthsAsOfficerOfTheWatchSinceIssue: 12 });
    expect(d.status === 'decided' ? d.citations.map((c) => c.source) : []).toContain(table);
  });
});
