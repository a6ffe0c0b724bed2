/**
 * rating-requirements — kvalifikasjonsforskriften §§ 77, 78, 80 as quoted in seed 003:
 *  § 78 "Lettmatros skal ha seks måneders tjenestetid på dekk."
 *  § 77 "Smører skal ha minst seks måneders tjenestetid i maskin."
 *  §§ 77–78 "Praktisk opplæring, yrkespraksis i mekaniske fag, maritime fag eller relevant tjeneste på
 *       flyttbare innretninger kan anses som tjenestetid." — may count; Sdir assesses (issue 10, finding 4).
 *  § 80 maskinpasser "skal ha minst seks måneders tjenestetid i maskin og 30 måneders tjenestetid som
 *       nevnt i § 77." — whether the 6 and the 30 add up is not said (issue 10, finding 7).
 *  "Maskinpasser-lettmatros må tilfredsstille kvalifikasjonskravene til både maskinpasser og lettmatros."
 * Readings: rules/ratings.ts and the rulebook's "Readings to review".
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const reg = (ref: string) => ({ source: 'FOR-2011-12-22-1523', ref });

const cases: Case[] = [
  // Lettmatros, § 78.
  {
    name: 'An ordinary seaman with 6 months on deck meets § 78',
    facts: { position: 'lettmatros', monthsDeckService: 6 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'lettmatros' }, cites: [reg('§ 78')] },
  },
  {
    name: 'An ordinary seaman with 5 months on deck is asked about other practice before any "no"',
    facts: { position: 'lettmatros', monthsDeckService: 5 },
    expected: { status: 'needs', facts: ['monthsMechanicalPractice'] },
  },
  {
    name: 'An ordinary seaman with 5 months on deck and no other practice does not meet § 78',
    facts: { position: 'lettmatros', monthsDeckService: 5, monthsMechanicalPractice: 0 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated: 'lettmatros', shortfalls: [{ fact: 'monthsDeckService', required: 6, actual: 5 }] },
      cites: [reg('§ 78')],
    },
  },
  {
    name: 'An ordinary seaman with 5 months on deck and 2 months of trade practice is uncertain (Sdir assesses)',
    facts: { position: 'lettmatros', monthsDeckService: 5, monthsMechanicalPractice: 2 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'lettmatros', unsettled: ['practice-may-count'] },
    },
  },
  {
    name: 'An ordinary seaman with 3 months on deck and 2 of practice falls short even if all practice counts',
    facts: { position: 'lettmatros', monthsDeckService: 3, monthsMechanicalPractice: 2 },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'An ordinary seaman is never asked about engine-room service',
    facts: { position: 'lettmatros' },
    expected: { status: 'needs', facts: ['monthsDeckService'], never: ['monthsEngineService'] },
  },

  // Smører, § 77.
  {
    name: 'An oiler with 6 months in the engine room meets § 77',
    facts: { position: 'smorer', monthsEngineService: 6 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'smorer' }, cites: [reg('§ 77')] },
  },
  {
    name: 'An oiler with 5.99 months and no other practice does not',
    facts: { position: 'smorer', monthsEngineService: 5.99, monthsMechanicalPractice: 0 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated: 'smorer', shortfalls: [{ fact: 'monthsEngineService', required: 6, actual: 5.99 }] },
    },
  },
  {
    name: 'An oiler with 4 months in the engine room and 3 months of mechanical practice used to get a flat no; now uncertain',
    facts: { position: 'smorer', monthsEngineService: 4, monthsMechanicalPractice: 3 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'smorer', unsettled: ['practice-may-count'] },
      cites: [reg('§ 77')],
    },
  },
  {
    name: 'An oiler is never asked about deck service',
    facts: { position: 'smorer' },
    expected: { status: 'needs', facts: ['monthsEngineService'], never: ['monthsDeckService'] },
  },

  // Maskinpasser, § 80.
  {
    name: 'A maskinpasser with 36 months in the engine room meets § 80 on either reading',
    facts: { position: 'maskinpasser', monthsEngineService: 36 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated: 'maskinpasser' }, cites: [reg('§ 80')] },
  },
  {
    name: 'A maskinpasser with 30 months in the engine room used to meet § 80; now uncertain (6 and 30 may add up)',
    facts: { position: 'maskinpasser', monthsEngineService: 30 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'maskinpasser', unsettled: ['periods-may-add-up'] },
      cites: [reg('§ 80')],
    },
  },
  {
    name: 'A maskinpasser with 20 engine months and 12 of mechanical practice used to get a flat no; now uncertain',
    facts: { position: 'maskinpasser', monthsEngineService: 20, monthsMechanicalPractice: 12 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'maskinpasser', unsettled: ['practice-may-count', 'periods-may-add-up'] },
    },
  },
  {
    name: 'A maskinpasser with 20 engine months and 16 of practice is uncertain only because of the practice',
    facts: { position: 'maskinpasser', monthsEngineService: 20, monthsMechanicalPractice: 16 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'maskinpasser', unsettled: ['practice-may-count'] },
    },
  },
  {
    name: 'A maskinpasser with 29 engine months is asked about mechanical practice (§ 77), not refused',
    facts: { position: 'maskinpasser', monthsEngineService: 29 },
    expected: { status: 'needs', facts: ['monthsMechanicalPractice'] },
  },
  {
    name: 'A maskinpasser with 29 engine months and no other practice does not meet § 80',
    facts: { position: 'maskinpasser', monthsEngineService: 29, monthsMechanicalPractice: 0 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated: 'maskinpasser', shortfalls: [{ fact: 'monthsEngineService', required: 30, actual: 29 }] },
    },
  },
  {
    name: 'A maskinpasser with 5 engine months falls short of the six months in the engine room, practice or not',
    facts: { position: 'maskinpasser', monthsEngineService: 5 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated: 'maskinpasser', shortfalls: [{ fact: 'monthsEngineService', required: 6, actual: 5 }] },
    },
  },

  // Maskinpasser-lettmatros: both.
  {
    name: 'A maskinpasser-lettmatros with 36 months in the engine room and 6 on deck meets both',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 36, monthsDeckService: 6 },
    expected: {
      status: 'decided',
      outcome: 'meets',
      values: { evaluated: 'maskinpasser-lettmatros' },
      cites: [reg('§ 78'), reg('§ 80')],
    },
  },
  {
    name: 'A maskinpasser-lettmatros with 5 months on deck and no other practice does not',
    facts: {
      position: 'maskinpasser-lettmatros',
      monthsEngineService: 36,
      monthsDeckService: 5,
      monthsMechanicalPractice: 0,
    },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: {
        evaluated: 'maskinpasser-lettmatros',
        shortfalls: [{ fact: 'monthsDeckService', required: 6, actual: 5 }],
      },
    },
  },
  {
    name: 'A maskinpasser-lettmatros with 30 engine months and 6 on deck is uncertain (§ 80 readings)',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 30, monthsDeckService: 6 },
    expected: { status: 'decided', outcome: 'uncertain' },
  },
  {
    name: 'A maskinpasser-lettmatros with 5 engine months is refused before deck service is known',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 5 },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'A maskinpasser-lettmatros with 29 engine months is asked deck service, then other practice',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 29 },
    expected: { status: 'needs', facts: ['monthsDeckService', 'monthsMechanicalPractice'] },
  },
  {
    name: 'A maskinpasser-lettmatros is asked both kinds of service',
    facts: { position: 'maskinpasser-lettmatros' },
    expected: { status: 'needs', facts: ['monthsEngineService', 'monthsDeckService'] },
  },

  // What to ask, and input handling.
  {
    name: 'With nothing known, the position is asked first',
    facts: {},
    expected: { status: 'needs', first: 'position' },
  },
  {
    name: 'Matros is not one of these positions: invalid',
    facts: { position: 'matros' },
    expected: { status: 'invalid', facts: ['position'] },
  },
  {
    name: 'Negative months are invalid',
    facts: { position: 'lettmatros', monthsDeckService: -1 },
    expected: { status: 'invalid', facts: ['monthsDeckService'] },
  },
  {
    name: 'Negative months of practice are invalid',
    facts: { position: 'smorer', monthsEngineService: 4, monthsMechanicalPractice: -1 },
    expected: { status: 'invalid', facts: ['monthsMechanicalPractice'] },
  },
  {
    name: 'Months as a string are invalid',
    facts: { position: 'smorer', monthsEngineService: '6' },
    expected: { status: 'invalid', facts: ['monthsEngineService'] },
  },
];

describe('rating-requirements', () => {
  runCases('rating-requirements', cases);
});
