/**
 * What round 33 found, played through the real turn core after the fix: the red team's texts
 * verbatim (dates moved where the golden day, 22 November 2026, needs it).
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, pick, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

const JUAN =
  'hello i want to make fartstidsbekreftelse for my deckhand Juan Dela Cruz, born 12.04.1995, lettmatros, 01.03.2025 to 31.07.2025, 10 hours per day, MS Fjordbris LK1234 14.9 m, signed Ola Nordmann owner';

/** Juan's confirmation pasted, the certificate picked and the days given: the review. */
const JUAN_TO_REVIEW = [
  say(JUAN, asks('seatime.confirmation', 'targetCertificate')),
  pick('answer:D6', asks('seatime.confirmation', 'days')),
  say('120', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
];

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«kva med 1.11.2024 i staden?» after a health certificate issued 01.02.2025: the date of issue changed, never a day asked about (nn, round 33)',
    locale: 'nb',
    turns: [
      say('helseerklaering 01.02.2025', asks('health.certificate', 'ageAtIssue')),
      say('34 ar', decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-02-01' })),
      say(
        'kva med 1.11.2024 i staden?',
        decides(
          'health.certificate',
          'health-certificate',
          'expired',
          { validUntil: '2026-11-01' },
          { absent: ['onDate'], locale: 'nn' },
        ),
      ),
    ],
  },
  {
    name: '"master rights? … and where i send application?": the manning certificate\'s forms are no answer to it (en, round 33)',
    locale: 'en',
    turns: [
      say(
        'i am a filipino 2nd officer with D5 first issue, 26 yrs, 12 months as OOW after. master rights? salamat po. and where i send application?',
        { topics: ['deck.master-rights', undefined, 'fallback'] },
      ),
    ],
  },
  {
    name: '«… førerrett? og hvor sender jeg søknaden?»: said to be outside, never silently dropped (nb, round 33)',
    locale: 'nb',
    turns: [
      say('D5 forerrett, 26 ar, 12 mnd vakt etter D5? og hvor sender jeg soknaden?', {
        topics: ['deck.master-rights', undefined, 'fallback'],
      }),
    ],
  },
  {
    name: '"no wait, Maria sign it herself": the seafarer signs her own confirmation, which is never valid (en, round 33)',
    locale: 'en',
    turns: [
      say(
        'fartstidsattest D6: Maria Santos f. 02.02.1992, lettmatros, 01.04.2025-30.09.2025, 150 dagar, 6 timar per dag, MS Sjøgull LK7788 13 m, signert av Kari Hansen reder',
        asks('seatime.confirmation', 'signerRole', { locale: 'nn' }),
      ),
      say(
        'no wait, Maria sign it herself, Kari is on holiday',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
      ),
    ],
  },
  {
    name: '"actually Juan sign it himself" at the review: the correction taken, the confirmation not valid (en, round 33)',
    locale: 'en',
    turns: [
      ...JUAN_TO_REVIEW,
      say(
        'actually Juan sign it himself',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
      ),
    ],
  },
  {
    name: '"actually the weather is nice today" at the review: "today" is no day of the period (en, round 33)',
    locale: 'en',
    turns: [
      ...JUAN_TO_REVIEW,
      say(
        'actually the weather is nice today',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { periodTo: '2025-07-31' } }),
      ),
    ],
  },
  {
    name: '"I uploaded health certificate and course pdf, sea time by API": the sea time is reported, not uploaded (en, round 33)',
    locale: 'en',
    turns: [
      say(
        'I uploaded health certificate and course pdf, sea time by API. will it be automatic?',
        decides('aps.processing', 'aps-processing', 'manual', undefined, {
          facts: { uploadedDocuments: ['courses', 'health-certificate'] },
        }),
      ),
    ],
  },
  {
    name: '"Vessel MV Kari, tug, 180 GT, NOR. 1) … 2) …": NOR listed is the Norwegian flag, both decided (en, round 33)',
    locale: 'en',
    turns: [
      say(
        'Good morning. Vessel MV Kari, tug, 180 GT, NOR. 1) we need manning certificate? 2) crew 11 in safety manning, cook needed?',
        {
          decisions: [
            { rule: 'manning-certificate', outcome: 'required' },
            { rule: 'ship-cook', outcome: 'required' },
          ],
        },
      ),
    ],
  },
  {
    name: '"1100 days on seagoing ships 16 m LOA …, assessor ok": alternative A\'s days and the assessment read (en, round 33)',
    locale: 'en',
    turns: [
      say(
        'D5 first issue, I have 1100 days on seagoing ships 16 m LOA, 45 days after vitnemål, assessor ok',
        asks('deck.first-issue', 'bridgeWatchDays', {
          facts: { seaTimeDays: 1100, daysAfterDiploma: 45, hasAssessment: true },
        }),
      ),
    ],
  },
  {
    name: '"4 months in engine room and 3 months mechanical workshop apprentice": both times read (en, round 33)',
    locale: 'en',
    turns: [
      say(
        'smorer: 4 months in engine room and 3 months mechanical workshop apprentice, ok?',
        decides('ratings.smorer', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 4, monthsMechanicalPractice: 3 },
        }),
      ),
    ],
  },
];

describe('Round 33, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
