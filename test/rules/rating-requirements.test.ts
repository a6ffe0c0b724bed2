/**
 * rating-requirements — kvalifikasjonsforskriften §§ 77, 78, 80 as quoted in seed 003:
 *  § 78 "Lettmatros skal ha seks måneders tjenestetid på dekk."
 *  § 77 "Smører skal ha minst seks måneders tjenestetid i maskin."
 *  § 80 maskinpasser "skal ha minst seks måneders tjenestetid i maskin og 30 måneders tjenestetid som
 *       nevnt i § 77."
 *  "Maskinpasser-lettmatros må tilfredsstille kvalifikasjonskravene til både maskinpasser og lettmatros."
 * Reading (rules/ratings.ts): each minimum on its own.
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
    expected: { status: 'decided', outcome: 'meets', values: null, cites: [reg('§ 78')] },
  },
  {
    name: 'An ordinary seaman with 5 months on deck does not',
    facts: { position: 'lettmatros', monthsDeckService: 5 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { shortfalls: [{ fact: 'monthsDeckService', required: 6, actual: 5 }] },
      cites: [reg('§ 78')],
    },
  },
  {
    name: 'An ordinary seaman is never asked about engine-room service',
    facts: { position: 'lettmatros' },
    expected: { status: 'needs', facts: ['monthsDeckService'], never: ['monthsEngineService'] },
  },

  // Smører, § 77.
  {
    name: 'A motorman/oiler with 6 months in the engine room meets § 77',
    facts: { position: 'smorer', monthsEngineService: 6 },
    expected: { status: 'decided', outcome: 'meets', cites: [reg('§ 77')] },
  },
  {
    name: 'A motorman/oiler with 5.99 months does not',
    facts: { position: 'smorer', monthsEngineService: 5.99 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { shortfalls: [{ fact: 'monthsEngineService', required: 6, actual: 5.99 }] },
    },
  },
  {
    name: 'A motorman/oiler is never asked about deck service',
    facts: { position: 'smorer' },
    expected: { status: 'needs', facts: ['monthsEngineService'], never: ['monthsDeckService'] },
  },

  // Maskinpasser, § 80.
  {
    name: 'A maskinpasser with 30 months in the engine room meets § 80',
    facts: { position: 'maskinpasser', monthsEngineService: 30 },
    expected: { status: 'decided', outcome: 'meets', cites: [reg('§ 80')] },
  },
  {
    name: 'A maskinpasser with 29 months does not (30 months as in § 77)',
    facts: { position: 'maskinpasser', monthsEngineService: 29 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { shortfalls: [{ fact: 'monthsEngineService', required: 30, actual: 29 }] },
    },
  },
  {
    name: 'A maskinpasser with 5 months falls short of both minimums',
    facts: { position: 'maskinpasser', monthsEngineService: 5 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: {
        shortfalls: [
          { fact: 'monthsEngineService', required: 6, actual: 5 },
          { fact: 'monthsEngineService', required: 30, actual: 5 },
        ],
      },
    },
  },

  // Maskinpasser-lettmatros: both.
  {
    name: 'A maskinpasser-lettmatros with 30 months in the engine room and 6 on deck meets both',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 30, monthsDeckService: 6 },
    expected: { status: 'decided', outcome: 'meets', cites: [reg('§ 78'), reg('§ 80')] },
  },
  {
    name: 'A maskinpasser-lettmatros with 5 months on deck does not',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 30, monthsDeckService: 5 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { shortfalls: [{ fact: 'monthsDeckService', required: 6, actual: 5 }] },
    },
  },
  {
    name: 'A maskinpasser-lettmatros with 29 engine months does not',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 29, monthsDeckService: 6 },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'A maskinpasser-lettmatros with 29 engine months is refused before deck service is known',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 29 },
    expected: { status: 'decided', outcome: 'does-not-meet' },
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
    name: 'Months as a string are invalid',
    facts: { position: 'smorer', monthsEngineService: '6' },
    expected: { status: 'invalid', facts: ['monthsEngineService'] },
  },
];

describe('rating-requirements', () => {
  runCases('rating-requirements', cases);
});
