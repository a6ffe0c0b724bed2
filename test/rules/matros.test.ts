/**
 * matros — seed 003: "Sjøfolk som skal tjenestegjøre som matros på sjøgående skip med
 * bruttotonnasje 500 eller mer skal ha ferdighetssertifikat matros, jf. ... § 34." Otherwise § 79:
 * "Matros som ikke skal ha ferdighetssertifikat matros og som ikke har fagbrev skal ha minst ett års
 * tjenestetid som lettmatros og to års tjenestetid som nevnt i § 78. Tjenestetid i stilling som
 * inkluderer dekkstjeneste eller relevant tjeneste på flyttbar innretning kan erstatte tjenestetid som
 * lettmatros. Sjøfolk med fagbrev matros skal ha ett års tjenestetid på dekk."
 * Readings (rules/matros.ts): months on deck are all deck service, lettmatros time included; where
 * the answer depends on whether the periods add up, or on deck service replacing lettmatros time,
 * it is 'uncertain' (issue 10, finding 7).
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const s34 = { source: 'FOR-2011-12-22-1523', ref: '§ 34' };
const s79 = { source: 'FOR-2011-12-22-1523', ref: '§ 79' };
const small = { seagoing: true, grossTonnage: 499 };
const noTradeCertificate = { ...small, hasTradeCertificate: false };
const evaluated = 'matros';

const cases: Case[] = [
  // Issue 10, finding 1: the facts of the message that was answered from the lettmatros rule.
  {
    name: 'Matros on 400 GT, seagoing, no trade certificate, 7 months as lettmatros and 7 on deck does not meet § 79',
    facts: {
      seagoing: true,
      grossTonnage: 400,
      hasTradeCertificate: false,
      monthsAsOrdinarySeaman: 7,
      monthsDeckService: 7,
    },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated, shortfalls: [{ fact: 'monthsDeckService', required: 24, actual: 7 }] },
      cites: [s79],
    },
  },

  // § 34: certificate on seagoing ships of GT 500 or more.
  {
    name: 'An able seaman on a seagoing ship of exactly 500 GT must hold an able seaman certificate',
    facts: { seagoing: true, grossTonnage: 500 },
    expected: { status: 'decided', outcome: 'certificate-required', values: { evaluated }, cites: [s34] },
  },
  {
    name: 'On a seagoing ship of 12 000 GT the certificate is required whatever the service time',
    facts: { seagoing: true, grossTonnage: 12_000, hasTradeCertificate: true, monthsDeckService: 60 },
    expected: { status: 'decided', outcome: 'certificate-required' },
  },
  {
    name: 'On a seagoing ship of 499 GT § 79 applies: trade certificate and 12 months on deck meet it',
    facts: { ...small, hasTradeCertificate: true, monthsDeckService: 12 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated }, cites: [s79] },
  },
  // Round 23: seed 003 — «Hvis fartøyet har fartsområde 2 eller mindre … vil det ikke være oppgitt
  // sertifikatkrav knyttet til stillingen på bemanningssertifikatet».
  {
    name: 'A seagoing ship of 800 GT in trading area 2 is under § 79, not § 34',
    facts: {
      seagoing: true,
      grossTonnage: 800,
      tradingArea: 'area-2',
      hasTradeCertificate: true,
      monthsDeckService: 12,
    },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated }, cites: [s79] },
  },
  {
    name: 'A seagoing ship of 800 GT in trading area 3 still needs the able seaman certificate',
    facts: { seagoing: true, grossTonnage: 800, tradingArea: 'area-3' },
    expected: { status: 'decided', outcome: 'certificate-required', cites: [s34] },
  },
  {
    name: 'A non-seagoing ship of 5000 GT is under § 79, not § 34',
    facts: { seagoing: false, grossTonnage: 5000, hasTradeCertificate: true, monthsDeckService: 12 },
    expected: { status: 'decided', outcome: 'meets' },
  },
  {
    name: 'A non-seagoing ship is decided without asking its tonnage',
    facts: { seagoing: false, hasTradeCertificate: true, monthsDeckService: 12 },
    expected: { status: 'decided', outcome: 'meets' },
  },

  // § 79 with a trade certificate: one year on deck.
  {
    name: 'With a trade certificate, 11 months on deck are too few',
    facts: { ...small, hasTradeCertificate: true, monthsDeckService: 11 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated, shortfalls: [{ fact: 'monthsDeckService', required: 12, actual: 11 }] },
    },
  },
  {
    name: 'With a trade certificate, months as ordinary seaman are never asked',
    facts: { ...small, hasTradeCertificate: true },
    expected: { status: 'needs', facts: ['monthsDeckService'], never: ['monthsAsOrdinarySeaman'] },
  },

  // § 79 without a trade certificate: a year as ordinary seaman and two years as in § 78.
  {
    name: 'Without a trade certificate, 12 months as ordinary seaman and 36 on deck in all meet § 79 on either reading',
    facts: { ...noTradeCertificate, monthsAsOrdinarySeaman: 12, monthsDeckService: 36 },
    expected: { status: 'decided', outcome: 'meets', values: { evaluated }, cites: [s79] },
  },
  {
    name: '12 months as ordinary seaman and 24 on deck in all used to meet § 79; now uncertain (the periods may add up)',
    facts: { ...noTradeCertificate, monthsAsOrdinarySeaman: 12, monthsDeckService: 24 },
    expected: { status: 'decided', outcome: 'uncertain', values: { evaluated, unsettled: ['periods-may-add-up'] } },
  },
  {
    name: '11 months as ordinary seaman and 40 on deck used to be a no; other deck service may replace the rest',
    facts: { ...noTradeCertificate, monthsAsOrdinarySeaman: 11, monthsDeckService: 40 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated, unsettled: ['deck-service-may-replace-ordinary-seaman'] },
    },
  },
  {
    name: '11 months as ordinary seaman and 24 on deck are uncertain on both counts',
    facts: { ...noTradeCertificate, monthsAsOrdinarySeaman: 11, monthsDeckService: 24 },
    expected: {
      status: 'decided',
      outcome: 'uncertain',
      values: { evaluated, unsettled: ['deck-service-may-replace-ordinary-seaman', 'periods-may-add-up'] },
    },
  },
  {
    name: 'Without a trade certificate, 23 months on deck in all are too few on any reading',
    facts: { ...noTradeCertificate, monthsAsOrdinarySeaman: 12, monthsDeckService: 23 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated, shortfalls: [{ fact: 'monthsDeckService', required: 24, actual: 23 }] },
    },
  },
  {
    name: 'Deck service in all is never less than the time as ordinary seaman (20 as lettmatros, 10 given on deck)',
    facts: { ...noTradeCertificate, monthsAsOrdinarySeaman: 20, monthsDeckService: 10 },
    expected: {
      status: 'decided',
      outcome: 'does-not-meet',
      values: { evaluated, shortfalls: [{ fact: 'monthsDeckService', required: 24, actual: 20 }] },
    },
  },
  {
    name: 'Without a trade certificate, 10 months on deck decide "no" without asking the months as ordinary seaman',
    facts: { ...noTradeCertificate, monthsDeckService: 10 },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'Without a trade certificate, 30 months on deck lead to the question about months as ordinary seaman',
    facts: { ...noTradeCertificate, monthsDeckService: 30 },
    expected: { status: 'needs', facts: ['monthsAsOrdinarySeaman'] },
  },

  // Trade certificate unknown: decide where both routes agree.
  {
    name: 'With 11 months on deck, the answer is no whether or not there is a trade certificate',
    facts: { ...small, monthsDeckService: 11 },
    expected: { status: 'decided', outcome: 'does-not-meet' },
  },
  {
    name: 'With 36 months on deck and 12 as ordinary seaman, the answer is yes either way',
    facts: { ...small, monthsAsOrdinarySeaman: 12, monthsDeckService: 36 },
    expected: { status: 'decided', outcome: 'meets' },
  },
  {
    name: 'With 24 months on deck and 12 as ordinary seaman, the trade certificate decides: it is asked',
    facts: { ...small, monthsAsOrdinarySeaman: 12, monthsDeckService: 24 },
    expected: { status: 'needs', facts: ['hasTradeCertificate'] },
  },
  {
    name: 'With 18 months on deck, the trade certificate decides: it is asked',
    facts: { ...small, monthsDeckService: 18 },
    expected: { status: 'needs', first: 'hasTradeCertificate' },
  },

  // What to ask.
  {
    name: 'With nothing known, whether the ship is seagoing is asked first',
    facts: {},
    expected: { status: 'needs', first: 'seagoing' },
  },
  {
    name: 'A seagoing ship of unknown tonnage with § 79 met is asked only the tonnage',
    facts: { seagoing: true, hasTradeCertificate: true, monthsDeckService: 12 },
    expected: { status: 'needs', facts: ['grossTonnage'] },
  },
  {
    name: 'A ship of 100 GT is under § 79 without asking whether it is seagoing',
    facts: { grossTonnage: 100, hasTradeCertificate: true, monthsDeckService: 12 },
    expected: { status: 'decided', outcome: 'meets' },
  },
  {
    name: 'A ship of 600 GT of unknown seagoing status is asked that',
    facts: { grossTonnage: 600, hasTradeCertificate: true, monthsDeckService: 12 },
    expected: { status: 'needs', facts: ['seagoing'] },
  },
  {
    name: 'A non-seagoing ship with nothing else known asks the § 79 facts, trade certificate first',
    facts: { seagoing: false },
    expected: {
      status: 'needs',
      facts: ['hasTradeCertificate', 'monthsAsOrdinarySeaman', 'monthsDeckService'],
      never: ['grossTonnage'],
    },
  },

  // Input handling.
  {
    name: 'A string for "seagoing" is invalid',
    facts: { seagoing: 'yes' },
    expected: { status: 'invalid', facts: ['seagoing'] },
  },
  {
    name: 'Negative months are invalid',
    facts: { ...small, hasTradeCertificate: true, monthsDeckService: -3 },
    expected: { status: 'invalid', facts: ['monthsDeckService'] },
  },
];

describe('matros', () => {
  runCases('matros', cases);
});
