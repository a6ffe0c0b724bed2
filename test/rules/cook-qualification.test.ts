/**
 * cook-qualification — kvalifikasjonsforskriften (FOR-2011-12-22-1523) § 52, quoted in seed 003:
 * (1) "skal være fylt 18 år, og ha utdanning og opplæring relevant for stillingen";
 * (2) relevant education (restaurant- og matfag or equivalent) "forutsatt at det er gjennomført og
 *     bestått en praktisk prøve";
 * (3) "På skip hvor sikkerhetsbemanningen utgjør færre enn 10 personer kan rederiet benytte person
 *     som ikke har utdanning som nevnt i annet ledd under forutsetning av at rederiet dokumenterer
 *     utsjekk av vedkommendes kokkeferdigheter" — and likewise by crew where there is no safety manning.
 */
import { describe } from 'vitest';
import type { Case } from './helpers.js';
import { runCases } from './helpers.js';

const s52 = { source: 'FOR-2011-12-22-1523', ref: '§ 52' };
const educated = { hasRelevantEducation: true, passedPracticalTest: true };
const noEducation = { hasRelevantEducation: false };

const cases: Case[] = [
  // Age, § 52 first paragraph.
  {
    name: 'An 18-year-old with relevant education and a passed practical test is qualified',
    facts: { age: 18, ...educated },
    expected: { status: 'decided', outcome: 'qualified', values: { basis: 'education' }, cites: [s52] },
  },
  {
    name: 'A 17-year-old with relevant education and a passed test is not qualified (must be 18)',
    facts: { age: 17, ...educated },
    expected: { status: 'decided', outcome: 'not-qualified', cites: [s52] },
  },
  {
    name: 'A 17-year-old is not qualified, whatever else is true (decided at once)',
    facts: { age: 17 },
    expected: { status: 'decided', outcome: 'not-qualified' },
  },
  {
    name: 'An educated cook of unknown age is asked the age',
    facts: { ...educated },
    expected: { status: 'needs', facts: ['age'] },
  },

  // Education route, § 52 second paragraph.
  {
    name: 'Relevant education without a passed practical test does not qualify on a ship with safety manning 12',
    facts: { age: 30, hasRelevantEducation: true, passedPracticalTest: false, crewSize: 12 },
    expected: { status: 'decided', outcome: 'not-qualified' },
  },
  {
    name: 'Relevant education without a passed test, crew 9 and a documented skills check: qualified by the skills check',
    facts: {
      age: 30,
      hasRelevantEducation: true,
      passedPracticalTest: false,
      crewSize: 9,
      documentedSkillsCheck: true,
    },
    expected: { status: 'decided', outcome: 'qualified', values: { basis: 'skills-check' } },
  },
  {
    name: 'With education but the test unknown, the practical test is asked next',
    facts: { age: 30, hasRelevantEducation: true },
    expected: { status: 'needs', first: 'passedPracticalTest' },
  },

  // Skills-check route, § 52 third paragraph.
  {
    name: 'No education, safety manning 9 and a documented skills check: qualified',
    facts: { age: 25, ...noEducation, crewSize: 9, documentedSkillsCheck: true },
    expected: { status: 'decided', outcome: 'qualified', values: { basis: 'skills-check' }, cites: [s52] },
  },
  {
    name: 'No education and safety manning exactly 10: not qualified ("færre enn 10")',
    facts: { age: 25, ...noEducation, crewSize: 10, documentedSkillsCheck: true },
    expected: { status: 'decided', outcome: 'not-qualified' },
  },
  {
    name: 'No education and safety manning 10: decided without asking about a skills check',
    facts: { age: 25, ...noEducation, crewSize: 10 },
    expected: { status: 'decided', outcome: 'not-qualified' },
  },
  {
    name: 'No education and crew 15 decides even before the age is known',
    facts: { ...noEducation, crewSize: 15 },
    expected: { status: 'decided', outcome: 'not-qualified' },
  },
  {
    name: 'No education, crew 9 but no documented skills check: not qualified',
    facts: { age: 25, ...noEducation, crewSize: 9, documentedSkillsCheck: false },
    expected: { status: 'decided', outcome: 'not-qualified' },
  },
  {
    name: 'No education and crew 1 with a documented check: qualified',
    facts: { age: 40, ...noEducation, crewSize: 1, documentedSkillsCheck: true },
    expected: { status: 'decided', outcome: 'qualified', values: { basis: 'skills-check' } },
  },
  {
    name: 'Without education the practical test is never asked; crew size comes next',
    facts: { age: 25, ...noEducation },
    expected: { status: 'needs', facts: ['crewSize', 'documentedSkillsCheck'], never: ['passedPracticalTest'] },
  },
  {
    name: 'A failed practical test closes the education route: education is not asked, only the skills-check facts',
    facts: { age: 25, passedPracticalTest: false },
    expected: { status: 'needs', facts: ['crewSize', 'documentedSkillsCheck'], never: ['hasRelevantEducation'] },
  },
  {
    name: 'A failed practical test, crew 9 and a documented check: qualified, whatever the education',
    facts: { age: 25, passedPracticalTest: false, crewSize: 9, documentedSkillsCheck: true },
    expected: { status: 'decided', outcome: 'qualified', values: { basis: 'skills-check' } },
  },
  {
    name: 'Crew 3 with a documented skills check qualifies without asking about education (either route suffices)',
    facts: { age: 30, crewSize: 3, documentedSkillsCheck: true },
    expected: { status: 'decided', outcome: 'qualified', values: { basis: 'skills-check' } },
  },
  {
    name: 'With no documented skills check, the crew size is never asked; only the education route is open',
    facts: { age: 40, passedPracticalTest: true, documentedSkillsCheck: false },
    expected: { status: 'needs', facts: ['hasRelevantEducation'], never: ['crewSize'] },
  },
  {
    name: 'On a crew of 20, the skills check is never asked; only the practical test can qualify',
    facts: { age: 30, hasRelevantEducation: true, crewSize: 20 },
    expected: { status: 'needs', facts: ['passedPracticalTest'], never: ['documentedSkillsCheck'] },
  },
  {
    name: 'A skills check on crew 9 with age unknown asks only the age',
    facts: { ...noEducation, crewSize: 9, documentedSkillsCheck: true },
    expected: { status: 'needs', facts: ['age'] },
  },

  // What to ask first.
  {
    name: 'With nothing known, the age is asked first and the education next',
    facts: {},
    expected: {
      status: 'needs',
      facts: ['age', 'hasRelevantEducation', 'passedPracticalTest', 'crewSize', 'documentedSkillsCheck'],
    },
  },

  // Input handling.
  { name: 'A fractional age is invalid', facts: { age: 17.5 }, expected: { status: 'invalid', facts: ['age'] } },
  {
    name: 'A number for a yes/no fact is invalid',
    facts: { age: 30, hasRelevantEducation: 1 },
    expected: { status: 'invalid', facts: ['hasRelevantEducation'] },
  },
  {
    name: 'A string "yes" for a yes/no fact is invalid',
    facts: { age: 30, hasRelevantEducation: true, passedPracticalTest: 'yes' },
    expected: { status: 'invalid', facts: ['passedPracticalTest'] },
  },
  {
    name: 'A crew of 0 is invalid',
    facts: { age: 30, ...noEducation, crewSize: 0 },
    expected: { status: 'invalid', facts: ['crewSize'] },
  },
  { name: 'Null counts as missing', facts: { age: null, ...educated }, expected: { status: 'needs', facts: ['age'] } },
];

describe('cook-qualification', () => {
  runCases('cook-qualification', cases);
});
