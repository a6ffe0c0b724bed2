/**
 * sea-time-confirmation — a manual sea-time confirmation (fartstidsbekreftelse / fartstidsattest).
 *
 * Seed 004 ("Hvordan skrive en fartstidsbekreftelse?"): name; position on board; number of days and
 * the period; hours worked per day "(1-14 timer)"; vessel's name, call sign and length overall; name
 * and signature of the company representative. Seed 002 adds the date of birth. Extra items: GT and
 * certified trading area "Hvis du søker ferdighetssertifikat matros eller høyere
 * dekksoffisersertifikat"; propulsion or not for a mobile unit; gas, oil or chemical tanker for a
 * tanker or IGF certificate. Who may sign: "Representant fra rederikontoret, kaptein om bord, eier,
 * medeier, regnskapsfører eller revisor ... Du kan IKKE skrive din egen fartstidsbekreftelse
 * uavhengig av hvilke roller du innehar" (seed 004; seed 002: "selv om en er eier i båten").
 * Seed 002: "Stilling som røkter eller akvatekniker er ikke relevant". facts.md: Sdir rejects dates
 * in the future.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../rules/index.js';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const TODAY = '2025-06-01';
/** A complete confirmation for a D6: January 2025 (31 days), 20 days of 12 hours. */
const base = {
  targetCertificate: 'D6',
  seafarerName: 'Kari Nordmann',
  seafarerBirthDate: '1990-05-17',
  position: 'lettmatros',
  periodFrom: '2025-01-01',
  periodTo: '2025-01-31',
  days: 20,
  hoursPerDay: 12,
  vesselName: 'MS Testbåt',
  callSign: 'LABC',
  lengthOverall: 14.5,
  signerName: 'Ola Hansen',
  signerRole: 'company-representative',
  signerIsSeafarer: false,
};
const without = (...keys: string[]) => Object.fromEntries(Object.entries(base).filter(([k]) => !keys.includes(k)));
const invalid = (...problems: string[]) => ({ status: 'decided' as const, outcome: 'invalid', values: { problems } });
const complete = { status: 'decided' as const, outcome: 'complete' };

const cases: Case[] = [
  // Complete confirmations. 240 hours → 46.92 sea-time days (240 × 365 / 1867).
  {
    name: 'A complete D6 confirmation signed by the company is complete',
    facts: base,
    expected: {
      ...complete,
      valuesInclude: { hours: 240, seaTimeDays: 46.92, averageHoursPerDay: 12 },
      cites: [{ source: 'Sdir: Diverse spørsmål tilknyttet fartstid' }],
    },
  },
  { name: 'It may be signed by the master', facts: { ...base, signerRole: 'master' }, expected: complete },
  { name: 'It may be signed by the owner', facts: { ...base, signerRole: 'owner' }, expected: complete },
  { name: 'It may be signed by a co-owner', facts: { ...base, signerRole: 'co-owner' }, expected: complete },
  { name: 'It may be signed by the accountant', facts: { ...base, signerRole: 'accountant' }, expected: complete },
  { name: 'It may be signed by the auditor', facts: { ...base, signerRole: 'auditor' }, expected: complete },
  {
    name: 'Total hours may replace hours per day: 280 hours over 20 days (14 a day) is complete',
    facts: { ...without('hoursPerDay'), totalHours: 280 },
    expected: { ...complete, valuesInclude: { hours: 280, seaTimeDays: 54.74, averageHoursPerDay: 14 } },
  },
  { name: 'Exactly 14 hours per day is accepted', facts: { ...base, hoursPerDay: 14 }, expected: complete },
  { name: 'Exactly 1 hour per day is accepted', facts: { ...base, hoursPerDay: 1 }, expected: complete },
  {
    name: '31 days in a 31-day period are accepted (the period counts both ends)',
    facts: { ...base, days: 31 },
    expected: complete,
  },
  {
    name: 'A period ending today is accepted',
    facts: { ...base, periodFrom: '2025-05-01', periodTo: TODAY },
    expected: complete,
  },
  {
    name: 'A one-day period with one day of sea time is accepted',
    facts: { ...base, periodFrom: '2025-03-03', periodTo: '2025-03-03', days: 1 },
    expected: complete,
  },
  { name: 'The position navigatør is accepted', facts: { ...base, position: 'navigatør' }, expected: complete },

  // Problems.
  {
    name: 'A seafarer may not confirm their own sea time, even as owner',
    facts: { ...base, signerRole: 'owner', signerIsSeafarer: true },
    expected: invalid('self-signed'),
  },
  {
    name: "A signer with the seafarer's own name (other case and spacing) is self-signed",
    facts: { ...base, signerName: '  kari   NORDMANN ' },
    expected: invalid('self-signed'),
  },
  {
    name: 'A signer in another role is not accepted',
    facts: { ...base, signerRole: 'other' },
    expected: invalid('signer-role-not-accepted'),
  },
  {
    name: '15 hours per day is out of range (an outcome, not invalid input)',
    facts: { ...base, hoursPerDay: 15 },
    expected: invalid('hours-per-day-out-of-range'),
  },
  {
    name: 'Half an hour per day is out of range',
    facts: { ...base, hoursPerDay: 0.5 },
    expected: invalid('hours-per-day-out-of-range'),
  },
  {
    name: '300 hours over 20 days (15 a day) is out of range',
    facts: { ...without('hoursPerDay'), totalHours: 300 },
    expected: invalid('hours-per-day-out-of-range'),
  },
  {
    name: 'The position akvatekniker is not accepted',
    facts: { ...base, position: 'Akvatekniker' },
    expected: invalid('position-not-accepted'),
  },
  {
    name: 'The position røkter is not accepted',
    facts: { ...base, position: 'røkter' },
    expected: invalid('position-not-accepted'),
  },
  {
    name: '32 days in a 31-day period are more than the period has',
    facts: { ...base, days: 32 },
    expected: invalid('days-exceed-period'),
  },
  {
    name: 'A period ending tomorrow is in the future',
    facts: { ...base, periodFrom: '2025-05-01', periodTo: '2025-06-02' },
    expected: invalid('period-in-future'),
  },
  {
    name: 'A date of birth after today is an error (the confirmation is dated today at the latest)',
    facts: { ...base, seafarerBirthDate: '2030-05-15' },
    expected: invalid('born-in-future'),
  },
  {
    name: 'A period whose first day is after its last is reversed',
    facts: { ...base, periodFrom: '2025-02-01', periodTo: '2025-01-01' },
    expected: invalid('period-reversed'),
  },
  {
    name: 'Several problems are all reported',
    facts: { ...base, signerIsSeafarer: true, signerRole: 'other', hoursPerDay: 16 },
    expected: invalid('self-signed', 'signer-role-not-accepted', 'hours-per-day-out-of-range'),
  },
  {
    name: 'A self-signed confirmation is refused before anything else is known, and every item not given is named as still required',
    facts: { signerIsSeafarer: true },
    expected: {
      status: 'decided',
      outcome: 'invalid',
      values: {
        problems: ['self-signed'],
        unchecked: [
          'seafarerName',
          'seafarerBirthDate',
          'position',
          'periodFrom',
          'periodTo',
          'days',
          'hoursPerDay',
          'vesselName',
          'callSign',
          'lengthOverall',
          'signerName',
        ],
      },
    },
  },
  // Round 47: a pasted confirmation signed by the seafarer, without the vessel's length overall.
  {
    name: 'A self-signed confirmation without the length overall names the length as not checked and still required',
    facts: { ...without('lengthOverall'), signerIsSeafarer: true },
    expected: {
      status: 'decided',
      outcome: 'invalid',
      values: { problems: ['self-signed'], unchecked: ['lengthOverall'] },
    },
  },
  {
    name: 'A D4 confirmation signed by an unaccepted role names the tonnage and trading area the D4 needs as not checked',
    facts: { ...base, targetCertificate: 'D4', signerRole: 'other' },
    expected: {
      status: 'decided',
      outcome: 'invalid',
      values: { problems: ['signer-role-not-accepted'], unchecked: ['grossTonnage', 'tradingArea'] },
    },
  },

  // What must be asked, by target certificate.
  {
    name: 'With nothing known, the target certificate is asked first',
    facts: {},
    expected: { status: 'needs', first: 'targetCertificate' },
  },
  {
    name: 'A D6 confirmation is never asked for tonnage, trading area or tanker type',
    facts: without('vesselName'),
    expected: {
      status: 'needs',
      facts: ['vesselName'],
      never: ['grossTonnage', 'tradingArea', 'tankerType', 'mobileUnitHasPropulsion'],
    },
  },
  {
    name: 'An able seaman (matros) confirmation also needs GT and trading area',
    facts: { ...base, targetCertificate: 'matros' },
    expected: { status: 'needs', facts: ['grossTonnage', 'tradingArea'] },
  },
  {
    name: 'A D5 confirmation also needs GT and trading area',
    facts: { ...base, targetCertificate: 'D5' },
    expected: { status: 'needs', facts: ['grossTonnage', 'tradingArea'] },
  },
  {
    name: 'A D1 confirmation also needs GT and trading area',
    facts: { ...base, targetCertificate: 'D1' },
    expected: { status: 'needs', facts: ['grossTonnage', 'tradingArea'] },
  },
  {
    name: 'A D3 confirmation with GT and trading area is complete',
    facts: { ...base, targetCertificate: 'D3', grossTonnage: 3000, tradingArea: 'unrestricted' },
    expected: complete,
  },
  {
    name: 'A tanker certificate confirmation needs the kind of tanker, not GT',
    facts: { ...base, targetCertificate: 'tanker' },
    expected: { status: 'needs', facts: ['tankerType'], never: ['grossTonnage', 'tradingArea'] },
  },
  {
    name: 'An IGF certificate confirmation needs the kind of tanker',
    facts: { ...base, targetCertificate: 'igf' },
    expected: { status: 'needs', facts: ['tankerType'] },
  },
  {
    name: 'A tanker confirmation on a gas tanker is complete',
    facts: { ...base, targetCertificate: 'tanker', tankerType: 'gas' },
    expected: complete,
  },
  {
    name: 'Sea time on a mobile unit needs whether it has its own propulsion',
    facts: { ...base, onMobileUnit: true },
    expected: { status: 'needs', facts: ['mobileUnitHasPropulsion'] },
  },
  {
    name: 'Sea time on a mobile unit with propulsion stated is complete',
    facts: { ...base, onMobileUnit: true, mobileUnitHasPropulsion: true },
    expected: complete,
  },
  {
    name: 'Sea time not on a mobile unit is never asked about propulsion',
    facts: { ...base, onMobileUnit: false },
    expected: complete,
  },
  {
    name: 'Missing name and date of birth are asked for, name first',
    facts: without('seafarerName', 'seafarerBirthDate'),
    expected: { status: 'needs', facts: ['seafarerName', 'seafarerBirthDate'] },
  },
  {
    name: 'With total hours given, hours per day is not asked',
    facts: { ...without('hoursPerDay', 'callSign'), totalHours: 100 },
    expected: { status: 'needs', facts: ['callSign'], never: ['hoursPerDay'] },
  },

  // Input handling.
  {
    name: 'An impossible date (30 February) is invalid',
    facts: { ...base, periodFrom: '2025-02-30' },
    expected: { status: 'invalid', facts: ['periodFrom'] },
  },
  {
    name: 'A string for a yes/no fact is invalid',
    facts: { ...base, signerIsSeafarer: 'no' },
    expected: { status: 'invalid', facts: ['signerIsSeafarer'] },
  },
  {
    name: 'An unknown target certificate is invalid',
    facts: { ...base, targetCertificate: 'D7' },
    expected: { status: 'invalid', facts: ['targetCertificate'] },
  },
  {
    name: 'A blank name is invalid',
    facts: { ...base, seafarerName: '   ' },
    expected: { status: 'invalid', facts: ['seafarerName'] },
  },
  {
    name: "25 hours per day cannot be a day's hours at all: invalid input",
    facts: { ...base, hoursPerDay: 25 },
    expected: { status: 'invalid', facts: ['hoursPerDay'] },
  },
  { name: 'Zero days is invalid input', facts: { ...base, days: 0 }, expected: { status: 'invalid', facts: ['days'] } },
  { name: 'Unknown extra facts are ignored', facts: { ...base, imoNumber: 1234567 }, expected: complete },
];

describe('sea-time-confirmation', () => {
  runCases(
    'sea-time-confirmation',
    cases.map((c) => ({ ...c, today: c.today ?? TODAY })),
  );

  it('lists every item seed 004 and seed 002 require in a complete D6 confirmation', () => {
    const d = decide('sea-time-confirmation', base, { today: TODAY });
    expect(d.status === 'decided' && d.values?.items).toEqual(
      expect.arrayContaining([
        'seafarerName',
        'seafarerBirthDate',
        'position',
        'periodFrom',
        'periodTo',
        'days',
        'hoursPerDay',
        'vesselName',
        'callSign',
        'lengthOverall',
        'signerName',
        'signerRole',
      ]),
    );
  });
});
