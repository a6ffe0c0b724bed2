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
    name: '«gjelder D6-en min på en fiskebåt?» is what D6 gives: not on a fishing vessel (nb)',
    locale: 'nb',
    turns: [say('gjelder D6-en min på en fiskebåt?', decides('d6.privileges', 'd6-privileges', 'not-allowed'))],
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
];

describe('the round-7 red team, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
