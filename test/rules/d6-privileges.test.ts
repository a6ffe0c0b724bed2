/**
 * d6-privileges — kvalifikasjonsforskriften § 23 as quoted in seed 003: D6 "gir rett til å
 * tjenestegjøre på skip med bruttotonnasje under 500 i fartsområde liten kystfart, unntatt
 * passasjerskip og fiskefartøy, som ansvarshavende vaktoffiser på skip med lengde (L) under 24 meter;
 * overstyrmann på skip med lengde (L) under 24 meter; skipsfører på skip med største lengde under
 * 15 meter." And: a holder "som er fylt 20 år og har minst 12 måneders fartstid på skip med største
 * lengde 8 meter eller mer som ansvarshavende vaktoffiser kan tjenestegjøre som skipsfører på skip
 * med lengde (L) under 24 meter i fartsområde liten kystfart". Liten kystfart includes areas 1–4
 * (facts.md, "Trading areas").
 */
import { describe, expect, it } from 'vitest';
import { decide, withHealthLapsed } from '../../rules/index.js';
import type { Case } from './helpers.js';
import { expectText, runCases } from './helpers.js';

const s23 = { source: 'FOR-2011-12-22-1523', ref: '§ 23' };
/** A ship where D6 applies: cargo, 100 GT, liten kystfart. */
const ship = { vesselType: 'cargo', grossTonnage: 100, tradingArea: 'liten-kystfart' };
const oow = { role: 'officer-of-the-watch', ...ship };
const master = { role: 'master', ...ship };
const extension = { ...master, lengthOverall: 18, lengthL: 17, age: 20, monthsAsOfficerOfTheWatch: 12 };

const cases: Case[] = [
  // Officer of the watch and chief mate: L under 24 m.
  {
    name: 'A D6 holder may be officer of the watch on a cargo ship of L 23.99 m',
    facts: { ...oow, lengthL: 23.99 },
    expected: {
      status: 'decided',
      outcome: 'allowed',
      values: { evaluated: 'officer-of-the-watch', basis: 'd6' },
      cites: [s23],
    },
  },
  {
    name: 'A D6 holder may not be officer of the watch on a ship of L exactly 24 m',
    facts: { ...oow, lengthL: 24 },
    expected: { status: 'decided', outcome: 'not-allowed', cites: [s23] },
  },
  {
    name: 'A D6 holder may be chief mate on a ship of L 23.99 m',
    facts: { ...ship, role: 'chief-mate', lengthL: 23.99 },
    expected: { status: 'decided', outcome: 'allowed', values: { evaluated: 'chief-mate', basis: 'd6' } },
  },
  {
    name: 'A D6 holder may not be chief mate on a ship of L 24 m',
    facts: { ...ship, role: 'chief-mate', lengthL: 24 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'Officer of the watch is never asked length overall, age or months',
    facts: { role: 'officer-of-the-watch' },
    expected: {
      status: 'needs',
      facts: ['vesselType', 'grossTonnage', 'tradingArea', 'lengthL'],
      never: ['lengthOverall', 'age', 'monthsAsOfficerOfTheWatch'],
    },
  },
  {
    name: 'Officer of the watch on a known ship is asked only L',
    facts: { ...oow },
    expected: { status: 'needs', facts: ['lengthL'] },
  },
  {
    name: 'Chief mate on a ship of length overall 23.99 m is allowed without asking L (L is never longer than the length overall)',
    facts: { ...ship, role: 'chief-mate', lengthOverall: 23.99 },
    expected: { status: 'decided', outcome: 'allowed', values: { evaluated: 'chief-mate', basis: 'd6' } },
  },
  {
    name: 'Officer of the watch on a ship of length overall 24 m is asked L (L may be under 24 m)',
    facts: { ...oow, lengthOverall: 24 },
    expected: { status: 'needs', facts: ['lengthL'] },
  },
  {
    name: 'Master on a ship of L 15 m is never asked the length overall (it is at least L): the extension decides',
    facts: { ...master, lengthL: 15, age: 20, monthsAsOfficerOfTheWatch: 12 },
    expected: { status: 'decided', outcome: 'allowed', values: { evaluated: 'master', basis: 'd6-master-extension' } },
  },
  {
    name: 'Master on a ship of L 16 m aged 19 is refused without asking the length overall',
    facts: { ...master, lengthL: 16, age: 19 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'Master on a ship of L 14.99 m is still asked the length overall (it may be under 15 m or not)',
    facts: { ...master, lengthL: 14.99 },
    expected: { status: 'needs', first: 'lengthOverall' },
  },
  {
    name: 'Officer of the watch on L 30 m is refused before the rest of the ship is known',
    facts: { role: 'officer-of-the-watch', lengthL: 30 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },

  // Ship conditions common to every role.
  {
    name: 'GT 499 is within D6',
    facts: { ...oow, grossTonnage: 499, lengthL: 20 },
    expected: { status: 'decided', outcome: 'allowed' },
  },
  {
    name: 'GT exactly 500 is outside D6 ("under 500")',
    facts: { ...oow, grossTonnage: 500, lengthL: 20 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'A passenger ship is outside D6, decided at once',
    facts: { vesselType: 'passenger' },
    expected: { status: 'decided', outcome: 'not-allowed', cites: [s23] },
  },
  {
    name: 'A fishing vessel is outside D6, decided at once',
    facts: { vesselType: 'fishing' },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  // Vessel categories the sources do not settle (finding 2 of issue 10): 'uncertain', never a flat yes.
  {
    name: 'A vessel of unknown category ("other") used to be "allowed"; now it is uncertain',
    facts: { ...oow, vesselType: 'other', lengthL: 12 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'officer-of-the-watch', vesselType: 'other' },
    },
  },
  {
    name: 'A boat carrying 12 or fewer passengers is uncertain, decided without asking its size',
    facts: { role: 'master', vesselType: 'small-passenger' },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated: 'master', vesselType: 'small-passenger' },
    },
  },
  {
    name: 'A leisure boat is uncertain for D6 (the sources describe commercial vessels)',
    facts: { role: 'chief-mate', vesselType: 'leisure' },
    expected: { status: 'decided', outcome: 'uncertain', values: { evaluated: 'chief-mate', vesselType: 'leisure' } },
  },
  {
    name: 'A small passenger boat of 600 GT is not allowed whatever its category (D6 stops at 500 GT)',
    facts: { role: 'master', vesselType: 'small-passenger', grossTonnage: 600 },
    expected: { status: 'decided', outcome: 'not-allowed', values: { evaluated: 'master' } },
  },
  {
    name: 'An unknown category outside liten kystfart is not allowed whatever the category',
    facts: { ...oow, vesselType: 'other', tradingArea: 'stor-kystfart' },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'Trading area 1 lies inside liten kystfart',
    facts: { ...oow, tradingArea: 'area-1', lengthL: 12 },
    expected: { status: 'decided', outcome: 'allowed' },
  },
  {
    name: 'Trading area 2 lies inside liten kystfart',
    facts: { ...oow, tradingArea: 'area-2', lengthL: 12 },
    expected: { status: 'decided', outcome: 'allowed' },
  },
  {
    name: 'Trading area 3 lies inside liten kystfart',
    facts: { ...oow, tradingArea: 'area-3', lengthL: 12 },
    expected: { status: 'decided', outcome: 'allowed' },
  },
  {
    name: 'Trading area 4 lies inside liten kystfart',
    facts: { ...oow, tradingArea: 'area-4', lengthL: 12 },
    expected: { status: 'decided', outcome: 'allowed' },
  },
  {
    name: 'Stor kystfart is outside D6',
    facts: { ...oow, tradingArea: 'stor-kystfart', lengthL: 12 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'Nord- og østersjøfart is outside D6',
    facts: { tradingArea: 'nord-og-ostersjofart' },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'Unrestricted trade is outside D6',
    facts: { tradingArea: 'unrestricted' },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },

  // Master: LOA under 15 m.
  {
    name: 'A D6 holder may be master on a ship of LOA 14.99 m',
    facts: { ...master, lengthOverall: 14.99 },
    expected: { status: 'decided', outcome: 'allowed', values: { evaluated: 'master', basis: 'd6' }, cites: [s23] },
  },
  {
    name: 'A master with LOA under 15 m is never asked L, age or months',
    facts: { role: 'master', lengthOverall: 10 },
    expected: {
      status: 'needs',
      facts: ['vesselType', 'grossTonnage', 'tradingArea'],
      never: ['lengthL', 'age', 'monthsAsOfficerOfTheWatch'],
    },
  },
  {
    name: 'A 19-year-old D6 holder may be master on LOA 14 m (no age limit below 15 m)',
    facts: { ...master, lengthOverall: 14, age: 19, monthsAsOfficerOfTheWatch: 0 },
    expected: { status: 'decided', outcome: 'allowed', values: { evaluated: 'master', basis: 'd6' } },
  },
  {
    name: 'A master on a known ship is asked LOA first',
    facts: { ...master },
    expected: { status: 'needs', first: 'lengthOverall' },
  },

  // Master extension: aged 20+, 12 months as OOW, L under 24 m.
  {
    name: 'Master on LOA exactly 15 m needs the extension; aged 20 with 12 months on L 17 m: allowed',
    facts: { ...extension, lengthOverall: 15 },
    expected: {
      status: 'decided',
      outcome: 'allowed',
      values: { evaluated: 'master', basis: 'd6-master-extension' },
      cites: [s23],
    },
  },
  {
    name: 'The extension allows master on L 23.99 m',
    facts: { ...extension, lengthL: 23.99, lengthOverall: 25 },
    expected: { status: 'decided', outcome: 'allowed', values: { evaluated: 'master', basis: 'd6-master-extension' } },
  },
  {
    name: 'The extension does not reach L exactly 24 m',
    facts: { ...extension, lengthL: 24, lengthOverall: 26 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'A 19-year-old does not get the extension',
    facts: { ...extension, age: 19 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'A holder with 11 months as OOW does not get the extension',
    facts: { ...extension, monthsAsOfficerOfTheWatch: 11 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'A holder with 11.99 months as OOW does not get the extension',
    facts: { ...extension, monthsAsOfficerOfTheWatch: 11.99 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'A 19-year-old master on LOA 16 m is refused without asking L or months',
    facts: { ...master, lengthOverall: 16, age: 19 },
    expected: { status: 'decided', outcome: 'not-allowed' },
  },
  {
    name: 'A master on LOA 16 m is asked L, age and months',
    facts: { ...master, lengthOverall: 16 },
    expected: { status: 'needs', facts: ['lengthL', 'age', 'monthsAsOfficerOfTheWatch'] },
  },

  // What to ask first.
  { name: 'With nothing known, the role is asked first', facts: {}, expected: { status: 'needs', first: 'role' } },
  {
    name: 'A master with nothing else known is asked about the ship first',
    facts: { role: 'master' },
    expected: { status: 'needs', first: 'vesselType', never: ['role'] },
  },

  // Input handling.
  { name: 'An unknown role is invalid', facts: { role: 'captain' }, expected: { status: 'invalid', facts: ['role'] } },
  {
    name: 'An unknown trading area is invalid',
    facts: { ...oow, tradingArea: 'coastal' },
    expected: { status: 'invalid', facts: ['tradingArea'] },
  },
  {
    name: 'A negative age and a string LOA each give an issue',
    facts: { ...master, age: -1, lengthOverall: '14' },
    expected: { status: 'invalid', facts: ['age', 'lengthOverall'] },
  },
];

describe('d6-privileges', () => {
  runCases('d6-privileges', cases);
});

// Seed 002: «Uten gyldig helseerklæring vil heller ikke D6 sertifikatet ditt være gyldig».
describe('d6-privileges with a health certificate known to have lapsed (withHealthLapsed)', () => {
  const lapsed: { name: string; facts: Record<string, unknown>; outcome: string; values: Record<string, unknown> }[] = [
    {
      name: 'a master on LOA 13 m, which D6 allows, is not allowed',
      facts: { ...master, lengthOverall: 13 },
      outcome: 'not-allowed',
      values: { evaluated: 'master', healthCertificateValid: false },
    },
    {
      name: 'nothing about the vessel is asked: not allowed at once',
      facts: { role: 'master' },
      outcome: 'not-allowed',
      values: { healthCertificateValid: false },
    },
    {
      name: 'a position D6 never allows stays not allowed',
      facts: { ...oow, lengthL: 24 },
      outcome: 'not-allowed',
      values: { evaluated: 'officer-of-the-watch', healthCertificateValid: false },
    },
    {
      name: 'a boat of 12 or fewer passengers is not allowed, not uncertain',
      facts: { ...master, vesselType: 'small-passenger', lengthOverall: 10 },
      outcome: 'not-allowed',
      values: { evaluated: 'master', healthCertificateValid: false },
    },
  ];
  it.each(lapsed)('$name', ({ facts, outcome, values }) => {
    const d = withHealthLapsed(decide('d6-privileges', facts, { today: '2026-12-07' }));
    expect(d.status).toBe('decided');
    if (d.status !== 'decided') return;
    expect(d.outcome).toBe(outcome);
    expect(d.values).toEqual(values);
    expect(d.reasons.length).toBeGreaterThan(0);
    d.reasons.forEach(expectText);
    expect(d.citations.length).toBeGreaterThan(0);
  });
  it('leaves every other rule’s decision as it was', () => {
    const other = decide(
      'matros',
      { grossTonnage: 300, seagoing: true, hasTradeCertificate: true },
      { today: '2026-12-07' },
    );
    expect(withHealthLapsed(other)).toEqual(other);
  });
});
