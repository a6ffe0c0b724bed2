/**
 * What round 7 found (and what was seen while preparing it), played through the real turn core
 * after the fix.
 */
import { describe, it } from 'vitest';
import { RULE_FACT_QUESTIONS } from '../../content/facts.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const HEALTH = 'health.certificate';
const ruleQuestion = (key: string) => (l: 'nb' | 'nn' | 'en') => [RULE_FACT_QUESTIONS.get(key)?.[l] ?? key];

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«når må ISSC-en fornyes?» is the ISSC with its ending, not the fallback (nb)',
    locale: 'nb',
    turns: [say('når må ISSC-en fornyes?', { topic: 'isps.verification-dates' })],
  },
  {
    name: '«gjelder D6-en min på fiskebåt?» is what D6 gives: not on a fishing vessel (nb)',
    locale: 'nb',
    turns: [say('gjelder D6-en min på fiskebåt?', decides('d6.privileges', 'd6-privileges', 'not-allowed'))],
  },
  {
    name: 'the date of issue asked for a health certificate names the health certificate, not «the document» (en, nn)',
    locale: 'en',
    turns: [
      say(
        'is my health certificate still valid?',
        asks(HEALTH, 'issueDate', { says: ruleQuestion('health-certificate:issueDate') }),
      ),
      say(
        'kor lenge gjeld helseerklæringa mi?',
        asks(HEALTH, 'issueDate', { locale: 'nn', says: ruleQuestion('health-certificate:issueDate') }),
      ),
    ],
  },
  {
    name: '«arbeidsbaat» typed without å is a work boat, a cargo ship: only the length is asked (nb, A-L5)',
    locale: 'nb',
    turns: [
      say(
        'd6 skipper paa arbeidsbaat 14 m bt 40 liten kystfart, e d lov?',
        asks('d6.privileges', 'lengthOverall', { facts: { vesselType: 'cargo', role: 'master', grossTonnage: 40 } }),
      ),
    ],
  },
  {
    name: '«kan jeg være fører på lasteskip» names the master: the position is not asked again (nb, A-L6)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har D6, er 23 år og har 14 måneder som vaktsjef på båter over 8 m. Kan jeg være fører på lasteskip med L 20 m, 150 BT i liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { facts: { role: 'master', lengthL: 20 } }),
      ),
    ],
  },
  {
    name: 'what the verification costs, asked beside the ISSC, is said to be outside the catalogue after the dates (nn, A-L4)',
    locale: 'nn',
    turns: [
      say(
        'Kor lenge gjeld eit fullt ISSC, og kva kostar verifikasjonen?',
        asks('isps.verification-dates', 'issueDate'),
      ),
      say('10.01.2024', asks('isps.verification-dates', 'expiryDate')),
      say('14.01.2029', {
        topics: ['isps.verification-dates', undefined, 'fallback'],
        decision: { rule: 'issc-validity', outcome: 'dates' },
        ask: null,
      }),
    ],
  },
  {
    name: '«når utløper ISSC som vart utferda 10.01.2022» asks which kind of ISSC, with no menu first (nn, A-R1)',
    locale: 'nn',
    turns: [
      say(
        'når utløper ISSC som vart utferda 10.01.2022',
        asks('isps.verification-dates', 'certificateKind', { facts: { issueDate: '2022-01-10' } }),
      ),
    ],
  },
  {
    name: 'what a motorman with a trade certificate needs for the certificate of proficiency is the fallback, not § 80 (nb, A-W1)',
    locale: 'nb',
    turns: [
      say('hva krever dere av en motormann med fagbrev for å få ferdighetssertifikat motormann', {
        topic: 'fallback',
      }),
    ],
  },
];

describe('the round-7 red team, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
