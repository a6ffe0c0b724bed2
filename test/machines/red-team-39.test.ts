/**
 * What round 39 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"sea time is reported electronic by my company" when the documents uploaded by hand are asked: none uploaded, never "manual processing" (en, round 39)',
    locale: 'en',
    turns: [
      say('will my application go automatic', asks('aps.processing', 'uploadedDocuments')),
      say(
        'sea time is reported electronic by my company',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    name: '"health certificate is from sjomannslege" when the documents uploaded are asked: none uploaded (the doctor reports it), never "manual" (en, round 39)',
    locale: 'en',
    turns: [
      say('will my application go automatic', asks('aps.processing', 'uploadedDocuments')),
      say(
        'health certificate is from sjomannslege',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    name: '45 days worked in a period of 30 days: asked again, never 87.98 sea-time days (en, round 39)',
    locale: 'en',
    turns: [
      say('calculate sea time for period 01.06.2025 to 30.06.2025', asks('seatime.calculate', 'days')),
      say('45', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '«vårt ISSC er skrive ut 15.06.2023. gjeld det enno?»: which kind of ISSC is asked, never "interim: expired" (nn, round 39)',
    locale: 'nn',
    turns: [
      say(
        'vårt ISSC er skrive ut 15.06.2023. gjeld det enno?',
        asks('isps.verification-dates', 'certificateKind', { absent: ['certificateKind'] }),
      ),
    ],
  },
  {
    name: '«har sju månader i maskin» while an oiler’s time is asked: the oiler met, never the engine rating’s "Nei" (nn, round 39)',
    locale: 'nb',
    turns: [
      say('krav til smører?', asks('ratings.smorer', 'monthsEngineService')),
      say(
        'har sju månader i maskin',
        decides('ratings.smorer', 'rating-requirements', 'meets', undefined, {
          facts: { monthsEngineService: 7 },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '"and if manning is 8?" after a cook of 17 with a safe manning of 12: the what-if taken, never "using 12: a cook is required" (en, round 39)',
    locale: 'en',
    turns: [
      say(
        'our safety manning is 12 persons, cook must have fagbrev?',
        decides('cook.required', 'ship-cook', 'required'),
      ),
      say('our cook is 17 years old', decides('cook.qualification', 'cook-qualification', 'not-qualified')),
      say(
        'and if manning is 8?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { crewSize: 8 } }),
      ),
    ],
  },
];

describe('Round 39, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
