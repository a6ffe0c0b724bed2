/**
 * Every example of issue 11 ("a conversation that listens"), as a person would expect it to go,
 * through the real turn core. The examples that rest on work done beside this one — the language
 * detector telling English with Norwegian names in it, the date formats, the topic classifier —
 * run as soon as that seam gives what they need (each names its seam), and are skipped until then.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const MANNING = 'manning.which-vessels';
const COOK = 'cook.required';
const _TODAY = '2026-11-22';

const EXAMPLES: Golden[] = [
  {
    name: "a cargo ship's facts first, then the cook question: the cook is answered (required, 11 ≥ 10)",
    locale: 'en',
    turns: [
      say(
        "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
        decides(COOK, 'ship-cook', 'required'),
      ),
    ],
  },
  {
    name: '60 GT, then "sorry, it\'s 45 GT, not 60" while the flag is asked: decided with 45 GT',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate for our 60 GT cargo ship?', asks(MANNING, 'flag')),
      say("sorry, it's 45 GT, not 60", asks(MANNING, 'flag', { facts: { grossTonnage: 45 } })),
      say(
        'Norwegian',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, { facts: { grossTonnage: 45 } }),
      ),
    ],
  },
  {
    name: '60 GT decided, then "sorry, it\'s 45 GT, not 60": decided again with 45 GT',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate for our 60 GT cargo ship?', asks(MANNING, 'flag')),
      say('Norwegian', decides(MANNING, 'manning-certificate', 'required')),
      say(
        "sorry, it's 45 GT, not 60",
        decides(MANNING, 'manning-certificate', 'not-required', undefined, { facts: { grossTonnage: 45 } }),
      ),
    ],
  },
  {
    name: 'after a decision, «Hva om skipet bare er på 45 BT?» decides again (no menu)',
    locale: 'nb',
    turns: [
      say(
        'Trenger vi bemanningssertifikat for det norske lasteskipet vårt på 60 BT?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say('Hva om skipet bare er på 45 BT?', decides(MANNING, 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'while a date is asked, «Hva koster det å registrere en fritidsbåt?» twice: the fallback, the date question, and on',
    locale: 'nb',
    turns: [
      say('Hvor lenge gjelder helseerklæringen min?', asks('health.certificate', 'issueDate')),
      say('Hva koster det å registrere en fritidsbåt?', {
        topics: ['fallback', 'health.certificate'],
        ask: 'issueDate',
      }),
      say('Hva koster det å registrere en fritidsbåt?', {
        topics: ['fallback', 'health.certificate'],
        ask: 'issueDate',
      }),
      say('1. mars 2025', asks('health.certificate', 'ageAtIssue')),
    ],
  },
  {
    name: '«Trenger vi bemanningssertifikat, og må vi ha skipskokk om bord?»: the cook is answered too',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat, og må vi ha skipskokk om bord?', asks(MANNING, 'flag')),
      say('norsk lasteskip på 45 BT', {
        topics: [MANNING, COOK, COOK, COOK],
        ask: 'safetyManning',
        says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics[COOK].title)],
      }),
      say('12', decides(COOK, 'ship-cook', 'required')),
    ],
  },
  {
    name: '"My employer says I have 1250 hours on board in total…": sea time from the total hours',
    locale: 'en',
    turns: [
      say(
        'My employer says I have 1250 hours on board in total. How many sea-time days is that?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250, seaTimeDays: 244.38 }),
      ),
    ],
  },
  {
    name: '"1250 hours" answering "How many days?": sea time from the total hours',
    locale: 'en',
    turns: [
      say('Convert sea time for me', asks('seatime.calculate', 'days')),
      say('1250 hours', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250 })),
    ],
  },
];

const D6_IN_ENGLISH = 'I sent my D6 application on Min side sjøfolk. Will it be issued automatically?';

/** Examples that rest on one part of the understanding (named in `seam`, so a failure points there). */
const GATED: { seam: string; golden: Golden }[] = [
  {
    seam: 'understanding/language.ts detectLocale: English with Norwegian names is English',
    golden: {
      name: '"I sent my D6 application on Min side sjøfolk…" is answered in English',
      locale: 'en',
      turns: [say(D6_IN_ENGLISH, {})],
    },
  },
  {
    seam: 'understanding/dates.ts: «31.08.25» and «31/8-25» are dates',
    golden: {
      name: '«31.08.25» and «31/8-25» answer a date question',
      locale: 'nb',
      turns: [
        say('Hvor lenge gjelder helseerklæringen min?', asks('health.certificate', 'issueDate')),
        say('31.08.25', asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2025-08-31' } })),
        say('tilbake', asks('health.certificate', 'issueDate')),
        say('31/8-25', asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2025-08-31' } })),
      ],
    },
  },
  {
    seam: 'understanding/dates.ts: «juni 2024» is a month without its day (partial)',
    golden: {
      name: '«juni 2024» asks for the day, and the day completes the date',
      locale: 'nb',
      turns: [
        say('Hvor lenge gjelder helseerklæringen min?', asks('health.certificate', 'issueDate')),
        say('juni 2024', asks('health.certificate', 'issueDate')),
        say('15', asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2024-06-15' } })),
      ],
    },
  },
  {
    seam: 'understanding/topics.ts classifyTopics: «Når er det krav om skipskokk?» is answered directly',
    golden: {
      name: '«Når er det krav om skipskokk?» is answered directly',
      locale: 'nb',
      turns: [say('Når er det krav om skipskokk?', asks(COOK, 'safetyManning'))],
    },
  },
  {
    seam: 'understanding/topics.ts classifyTopics: «Hva får jeg føre med D6-sertifikat?» is answered directly',
    golden: {
      name: '«Hva får jeg føre med D6-sertifikat?» is answered directly',
      locale: 'nb',
      turns: [say('Hva får jeg føre med D6-sertifikat?', { topic: 'd6.privileges' })],
    },
  },
];

describe('issue 11: every example behaves as a person would expect', () => {
  it.each(EXAMPLES)('$name', playGolden);
  it.each(GATED.map((g) => g.golden))('$name', playGolden);
});
