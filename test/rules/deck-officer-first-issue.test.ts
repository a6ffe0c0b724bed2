/**
 * deck-officer-first-issue — seed 004, "Hvilke fartstidskrav gjelder for førstegangssøkende av
 * kompetansesertifikat dekksoffiser klasse 5, 4 og 3?":
 *  A. "36 måneders (1080 dagers) fartstid på sjøgående skip med største lengde 15 meter eller mer.
 *     6 av månedene skal inkludere brovakttjeneste [180 days] og minst 30 av dagene skal være
 *     opptjent etter utstedt vitnemål + bedømmelse fra godkjent assessor." "Søkere av
 *     kompetansesertifikat D5 kan kun bruke dette alternativet".
 *  B. "12 måneders (360 dagers) fartstid" in an approved training programme (webcadet/ISF).
 *  C. "6 måneders (180 dagers) fartstid + fagbrev som matros eller fisker" in such a programme.
 * "Jeg er kadett": "Før du kan søke, må 4 måneder (120 dagers) av fartstiden (med systematisk
 * opplæring) være opptjent etter endelig utstedt vitnemål" (B and C).
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const faq = { source: 'Sdir: Diverse spørsmål tilknyttet fartstid' };
const altA = { seaTimeDays: 1080, bridgeWatchDays: 180, daysAfterDiploma: 30, hasAssessment: true };
const failsA = { seaTimeDays: 0, bridgeWatchDays: 0, hasAssessment: false };

const cases: Case[] = [
  // Alternative B.
  {
    name: 'A D4 cadet with 360 days in a training programme, 120 after the diploma, meets alternative B',
    facts: { certificate: 'D4', trainingProgramDays: 360, daysAfterDiploma: 120 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D4', alternative: 'B' }, cites: [faq] },
  },
  {
    name: 'A D3 cadet with 360 programme days meets B without being asked about trade certificate or alternative A',
    facts: { certificate: 'D3', trainingProgramDays: 360, daysAfterDiploma: 400 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D3', alternative: 'B' } },
  },
  {
    name: 'A D4 cadet with 359 programme days and no trade certificate does not meet B or C (or A)',
    facts: { certificate: 'D4', trainingProgramDays: 359, tradeCertificate: 'none', daysAfterDiploma: 120, ...failsA },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'A D4 cadet with 360 programme days but only 119 after the diploma does not meet B',
    facts: { certificate: 'D4', trainingProgramDays: 360, tradeCertificate: 'none', daysAfterDiploma: 119, ...failsA },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },

  // Alternative C.
  {
    name: 'A D4 cadet with 359 programme days and a trade certificate as matros meets alternative C',
    facts: { certificate: 'D4', trainingProgramDays: 359, tradeCertificate: 'matros', daysAfterDiploma: 120 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D4', alternative: 'C' } },
  },
  {
    name: 'A D3 cadet with exactly 180 programme days and a trade certificate as fisker meets C',
    facts: { certificate: 'D3', trainingProgramDays: 180, tradeCertificate: 'fisker', daysAfterDiploma: 120 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D3', alternative: 'C' } },
  },
  {
    name: 'A D3 cadet with 179 programme days and a trade certificate does not meet C',
    facts: {
      certificate: 'D3',
      trainingProgramDays: 179,
      tradeCertificate: 'matros',
      daysAfterDiploma: 120,
      ...failsA,
    },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'A D3 cadet with 180 programme days and a trade certificate but 119 days after the diploma does not meet C',
    facts: {
      certificate: 'D3',
      trainingProgramDays: 180,
      tradeCertificate: 'matros',
      daysAfterDiploma: 119,
      ...failsA,
    },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },

  // Alternative A.
  {
    name: 'A D5 applicant with 1080 days, 180 on bridge watch, 30 after the diploma and an assessment meets A',
    facts: { certificate: 'D5', ...altA },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D5', alternative: 'A' }, cites: [faq] },
  },
  {
    name: 'A D5 applicant with 1079 days does not meet A',
    facts: { certificate: 'D5', ...altA, seaTimeDays: 1079 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: {
        evaluated: 'D5',
        shortfalls: [{ fact: 'seaTimeDays', required: 1080, actual: 1079, alternative: 'A' }],
      },
    },
  },
  {
    name: 'A D5 applicant with 179 bridge-watch days does not meet A',
    facts: { certificate: 'D5', ...altA, bridgeWatchDays: 179 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: {
        evaluated: 'D5',
        shortfalls: [{ fact: 'bridgeWatchDays', required: 180, actual: 179, alternative: 'A' }],
      },
    },
  },
  {
    name: 'A D5 applicant with 29 days after the diploma does not meet A',
    facts: { certificate: 'D5', ...altA, daysAfterDiploma: 29 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: {
        evaluated: 'D5',
        shortfalls: [{ fact: 'daysAfterDiploma', required: 30, actual: 29, alternative: 'A' }],
      },
    },
  },
  {
    name: 'A D5 applicant without an assessment does not meet A',
    facts: { certificate: 'D5', ...altA, hasAssessment: false },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: {
        evaluated: 'D5',
        shortfalls: [{ fact: 'hasAssessment', required: [true], actual: false, alternative: 'A' }],
      },
    },
  },
  {
    name: 'A D4 applicant who fails B and C by the diploma but meets A gets A',
    facts: { certificate: 'D4', trainingProgramDays: 360, tradeCertificate: 'matros', ...altA, daysAfterDiploma: 119 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D4', alternative: 'A' } },
  },
  {
    name: 'A D3 applicant with no programme time meets A',
    facts: { certificate: 'D3', trainingProgramDays: 0, tradeCertificate: 'none', ...altA },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'D3', alternative: 'A' } },
  },

  // D5: only alternative A.
  {
    name: 'A D5 cadet with 400 programme days and a trade certificate does not meet the requirement (D5 has only A)',
    facts: {
      certificate: 'D5',
      trainingProgramDays: 400,
      tradeCertificate: 'matros',
      daysAfterDiploma: 200,
      seaTimeDays: 500,
      bridgeWatchDays: 200,
      hasAssessment: true,
    },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated: 'D5', shortfalls: [{ fact: 'seaTimeDays', required: 1080, actual: 500, alternative: 'A' }] },
    },
  },
  {
    name: 'D5 is never asked about a training programme or a trade certificate',
    facts: { certificate: 'D5' },
    expected: {
      status: 'needs',
      facts: ['daysAfterDiploma', 'seaTimeDays', 'bridgeWatchDays', 'hasAssessment'],
      never: ['trainingProgramDays', 'tradeCertificate'],
    },
  },
  {
    name: 'A D5 applicant with 360 programme days is still asked the alternative A facts',
    facts: { certificate: 'D5', trainingProgramDays: 360, daysAfterDiploma: 120 },
    expected: { status: 'needs', facts: ['seaTimeDays', 'bridgeWatchDays', 'hasAssessment'] },
  },

  // What to ask first.
  {
    name: 'With nothing known, the certificate is asked first',
    facts: {},
    expected: { status: 'needs', first: 'certificate' },
  },
  {
    name: 'For D4 the training programme is asked first (the cadet routes)',
    facts: { certificate: 'D4' },
    expected: { status: 'needs', first: 'trainingProgramDays' },
  },
  {
    name: 'A D4 cadet with 200 programme days is asked the trade certificate next',
    facts: { certificate: 'D4', trainingProgramDays: 200 },
    expected: { status: 'needs', first: 'tradeCertificate' },
  },
  {
    name: 'A D4 cadet with 100 programme days (B and C both failed) is asked only alternative A facts',
    facts: { certificate: 'D4', trainingProgramDays: 100 },
    expected: {
      status: 'needs',
      facts: ['daysAfterDiploma', 'seaTimeDays', 'bridgeWatchDays', 'hasAssessment'],
      never: ['tradeCertificate'],
    },
  },

  // Input handling.
  {
    name: 'An unknown certificate class is invalid',
    facts: { certificate: 'D6' },
    expected: { status: 'invalid', facts: ['certificate'] },
  },
  {
    name: 'An unknown trade certificate is invalid',
    facts: { certificate: 'D4', tradeCertificate: 'kokk' },
    expected: { status: 'invalid', facts: ['tradeCertificate'] },
  },
  {
    name: 'Days given as a string are invalid',
    facts: { certificate: 'D4', trainingProgramDays: '360' },
    expected: { status: 'invalid', facts: ['trainingProgramDays'] },
  },
  {
    name: 'A number for the assessment yes/no is invalid',
    facts: { certificate: 'D5', ...altA, hasAssessment: 1 },
    expected: { status: 'invalid', facts: ['hasAssessment'] },
  },
];

describe('deck-officer-first-issue', () => {
  runCases('deck-officer-first-issue', cases);
});
