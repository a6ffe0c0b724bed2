/**
 * manning-certificate — bemanningsforskriften (FOR-2009-06-18-666) § 1, as Sdir explains it in
 * seed 003 ("Hvilke fartøy må ha bemanningssertifikat utstedt av Sjøfartsdirektoratet?"):
 * Norwegian passenger ships whatever their size; Norwegian cargo ships of GT 50 or more; Norwegian
 * fishing vessels of length (L) 24 m or more whatever the trading area; ships used only for
 * training, or in pilot or rescue service, only as Sdir decides in the individual case.
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const section1 = { source: 'FOR-2009-06-18-666', ref: '§ 1' };
const NO = { flag: 'NO' };

const cases: Case[] = [
  // Passenger ships: any size.
  {
    name: 'A Norwegian passenger ship needs a manning certificate',
    facts: { ...NO, vesselType: 'passenger' },
    expected: { status: 'decided', outcome: 'required', cites: [section1] },
  },
  {
    name: 'A Norwegian passenger ship of 1 GT and 5 m still needs one (size does not matter)',
    facts: { ...NO, vesselType: 'passenger', grossTonnage: 1, lengthL: 5 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'A passenger ship is never asked for its tonnage or length, only the flag',
    facts: { vesselType: 'passenger' },
    expected: { status: 'needs', facts: ['flag'], never: ['grossTonnage', 'lengthL'] },
  },

  // Cargo ships: GT 50 or more.
  {
    name: 'A Norwegian cargo ship of 49 GT does not need a manning certificate',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 49 },
    expected: { status: 'decided', outcome: 'not-required', cites: [section1] },
  },
  {
    name: 'A Norwegian cargo ship of 49.99 GT does not need one',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 49.99 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A Norwegian cargo ship of exactly 50 GT needs one ("50 eller mer")',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 50 },
    expected: { status: 'decided', outcome: 'required', cites: [section1] },
  },
  {
    name: 'A Norwegian cargo ship of 0 GT does not need one',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 0 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A Norwegian cargo ship of 12 000 GT needs one',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 12_000 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'A cargo ship of 40 GT with L 30 m does not need one (L does not count for cargo ships)',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 40, lengthL: 30 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A Norwegian cargo ship is asked for its tonnage, never its length',
    facts: { ...NO, vesselType: 'cargo' },
    expected: { status: 'needs', facts: ['grossTonnage'], never: ['lengthL'] },
  },
  {
    name: 'A cargo ship of 60 GT with no flag given is asked for its flag',
    facts: { vesselType: 'cargo', grossTonnage: 60 },
    expected: { status: 'needs', facts: ['flag'] },
  },
  {
    name: 'A cargo ship with nothing else known is asked flag first, then tonnage',
    facts: { vesselType: 'cargo' },
    expected: { status: 'needs', facts: ['flag', 'grossTonnage'] },
  },

  // Fishing vessels: L 24 m or more, whatever the trading area.
  {
    name: 'A Norwegian fishing vessel of L 23.99 m does not need a manning certificate',
    facts: { ...NO, vesselType: 'fishing', lengthL: 23.99 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A Norwegian fishing vessel of L exactly 24 m needs one ("24 meter eller mer")',
    facts: { ...NO, vesselType: 'fishing', lengthL: 24 },
    expected: { status: 'decided', outcome: 'required', cites: [section1] },
  },
  {
    name: 'A fishing vessel of L 30 m and only 10 GT needs one (tonnage does not count for fishing vessels)',
    facts: { ...NO, vesselType: 'fishing', lengthL: 30, grossTonnage: 10 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'A fishing vessel of L 20 m and 400 GT does not need one',
    facts: { ...NO, vesselType: 'fishing', lengthL: 20, grossTonnage: 400 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A Norwegian fishing vessel is asked for its length L, never its tonnage',
    facts: { ...NO, vesselType: 'fishing' },
    expected: { status: 'needs', facts: ['lengthL'], never: ['grossTonnage'] },
  },

  // Foreign flag: the regulation covers Norwegian ships only.
  {
    name: 'A foreign-flagged ship is decided at once, with nothing else known',
    facts: { flag: 'foreign' },
    expected: { status: 'decided', outcome: 'not-norwegian' },
  },
  {
    name: 'A foreign-flagged cargo ship of 5000 GT is not covered',
    facts: { flag: 'foreign', vesselType: 'cargo', grossTonnage: 5000 },
    expected: { status: 'decided', outcome: 'not-norwegian' },
  },
  {
    name: 'A foreign-flagged passenger ship is not covered',
    facts: { flag: 'foreign', vesselType: 'passenger' },
    expected: { status: 'decided', outcome: 'not-norwegian' },
  },
  {
    name: 'A foreign-flagged training ship is not covered either',
    facts: { flag: 'foreign', serviceOnly: 'training' },
    expected: { status: 'decided', outcome: 'not-norwegian' },
  },

  // Training, pilot and rescue service: Sdir decides case by case.
  {
    name: 'A Norwegian ship used only for training is decided case by case',
    facts: { ...NO, serviceOnly: 'training' },
    expected: { status: 'decided', outcome: 'case-by-case', values: { serviceOnly: 'training' }, cites: [section1] },
  },
  {
    name: 'A Norwegian cargo ship of 1000 GT in pilot service is decided case by case',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 1000, serviceOnly: 'pilot' },
    expected: { status: 'decided', outcome: 'case-by-case', values: { serviceOnly: 'pilot' } },
  },
  {
    name: 'A Norwegian rescue vessel is decided case by case',
    facts: { ...NO, vesselType: 'other', serviceOnly: 'rescue' },
    expected: { status: 'decided', outcome: 'case-by-case', values: { serviceOnly: 'rescue' } },
  },
  {
    name: 'A rescue vessel with no flag given is asked only for the flag',
    facts: { serviceOnly: 'rescue' },
    expected: { status: 'needs', facts: ['flag'] },
  },
  {
    name: 'Service "none" given explicitly is the same as not given',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 50, serviceOnly: 'none' },
    expected: { status: 'decided', outcome: 'required' },
  },

  // Vessel categories (issue 10, finding 2): "case by case" only for training, pilot and rescue service.
  {
    name: 'A tug answered as "other vessel" used to get "Sdir decides case by case"; now it is uncertain',
    facts: { ...NO, vesselType: 'other' },
    expected: { status: 'decided', outcome: 'uncertain', values: { vesselType: 'other' }, cites: [section1] },
  },
  {
    name: 'A tug or work boat chosen as a cargo ship of 49 GT needs no manning certificate',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 49 },
    expected: { status: 'decided', outcome: 'not-required' },
  },
  {
    name: 'A work boat chosen as a cargo ship of 50 GT needs one',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 50 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'A Norwegian boat carrying 12 or fewer passengers is uncertain (the sources do not settle it)',
    facts: { ...NO, vesselType: 'small-passenger', grossTonnage: 30, lengthL: 11 },
    expected: { status: 'decided', outcome: 'uncertain', values: { vesselType: 'small-passenger' } },
  },
  {
    name: 'A boat carrying 12 or fewer passengers is never asked its size, only the flag',
    facts: { vesselType: 'small-passenger' },
    expected: { status: 'needs', facts: ['flag'], never: ['grossTonnage', 'lengthL'] },
  },
  {
    name: 'A foreign boat carrying 12 or fewer passengers is not covered',
    facts: { flag: 'foreign', vesselType: 'small-passenger' },
    expected: { status: 'decided', outcome: 'not-norwegian' },
  },
  {
    name: 'A Norwegian leisure boat is outside the regulation: no manning certificate',
    facts: { ...NO, vesselType: 'leisure' },
    expected: { status: 'decided', outcome: 'not-required', values: { vesselType: 'leisure' }, cites: [section1] },
  },
  {
    name: 'A leisure boat is never asked its tonnage or length',
    facts: { vesselType: 'leisure' },
    expected: { status: 'needs', facts: ['flag'], never: ['grossTonnage', 'lengthL'] },
  },
  {
    name: 'A small passenger boat in rescue service is decided case by case',
    facts: { ...NO, vesselType: 'small-passenger', serviceOnly: 'rescue' },
    expected: { status: 'decided', outcome: 'case-by-case', values: { serviceOnly: 'rescue' } },
  },

  // What to ask first.
  {
    name: 'With nothing known, the flag is asked first, then the vessel type',
    facts: {},
    expected: { status: 'needs', facts: ['flag', 'vesselType', 'grossTonnage', 'lengthL'], first: 'flag' },
  },
  {
    name: 'A Norwegian ship of unknown type is asked its type first',
    facts: { ...NO },
    expected: { status: 'needs', first: 'vesselType', never: ['flag'] },
  },

  // Input handling.
  {
    name: 'Null counts as missing',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: null },
    expected: { status: 'needs', facts: ['grossTonnage'] },
  },
  {
    name: 'Unknown extra facts are ignored',
    facts: { ...NO, vesselType: 'passenger', colour: 'red', imo: 1234567 },
    expected: { status: 'decided', outcome: 'required' },
  },
  {
    name: 'A tonnage given as a string is invalid',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: '49' },
    expected: { status: 'invalid', facts: ['grossTonnage'] },
  },
  {
    name: 'A negative tonnage is invalid',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: -1 },
    expected: { status: 'invalid', facts: ['grossTonnage'] },
  },
  {
    name: 'An unknown flag value is invalid',
    facts: { flag: 'SE', vesselType: 'cargo', grossTonnage: 100 },
    expected: { status: 'invalid', facts: ['flag'] },
  },
  {
    name: 'An unknown service value is invalid',
    facts: { ...NO, vesselType: 'cargo', grossTonnage: 100, serviceOnly: 'ferry' },
    expected: { status: 'invalid', facts: ['serviceOnly'] },
  },
  {
    name: 'Each bad fact gets its own issue',
    facts: { flag: true, vesselType: 1, lengthL: 'long', grossTonnage: Number.NaN },
    expected: { status: 'invalid', facts: ['flag', 'vesselType', 'lengthL', 'grossTonnage'] },
  },
];

describe('manning-certificate', () => {
  runCases('manning-certificate', cases);
});
