/**
 * ship-cook — Sdir, seed 003 ("Når er det krav til skipskokk i bemanningen?"): "Det er krav til
 * skipskokk på fartøy hvor sikkerhetsbemanningen består av 10 eller flere personer."
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const faq = { source: 'Sdir: Spørsmål og svar om bemanning' };

const cases: Case[] = [
  {
    name: "A safety manning of 9 does not need a ship's cook",
    facts: { safetyManning: 9 },
    expected: { status: 'decided', outcome: 'not-required', values: null, cites: [faq] },
  },
  {
    name: 'A safety manning of exactly 10 needs a ship\'s cook ("10 eller flere")',
    facts: { safetyManning: 10 },
    expected: { status: 'decided', outcome: 'required', values: null, cites: [faq] },
  },
  {
    name: 'A safety manning of 1 does not need a cook',
    facts: { safetyManning: 1 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A safety manning of 25 needs a cook',
    facts: { safetyManning: 25 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'Without the safety manning, it is asked for',
    facts: {},
    expected: { status: 'needs', facts: ['safetyManning'] },
  },
  {
    name: 'A null safety manning counts as missing',
    facts: { safetyManning: null },
    expected: { status: 'needs', facts: ['safetyManning'] },
  },
  {
    name: 'Unknown extra facts are ignored',
    facts: { safetyManning: 12, grossTonnage: 300 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'A fractional number of persons is invalid',
    facts: { safetyManning: 9.5 },
    expected: { status: 'invalid', facts: ['safetyManning'] },
  },
  {
    name: 'A safety manning of 0 is invalid (at least 1 person)',
    facts: { safetyManning: 0 },
    expected: { status: 'invalid', facts: ['safetyManning'] },
  },
  {
    name: 'A safety manning given as a string is invalid',
    facts: { safetyManning: '10' },
    expected: { status: 'invalid', facts: ['safetyManning'] },
  },
  {
    name: 'A safety manning given as a boolean is invalid',
    facts: { safetyManning: true },
    expected: { status: 'invalid', facts: ['safetyManning'] },
  },
];

describe('ship-cook', () => {
  runCases('ship-cook', cases);
});
