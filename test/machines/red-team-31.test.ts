/**
 * What round 31 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«og om vi fornyer 15.05.2029?» after the intermediate window: the renewal, new expiry 01.07.2034 (nb, round 31)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utstedt 01.07.2024 utløper 01.07.2029, når er mellomliggende verifikasjon',
        decides('isps.verification-dates', 'issc-validity', 'dates'),
      ),
      say(
        'og om vi fornyer 15.05.2029, ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2034-07-01' }),
      ),
      say(
        'hva om vi fornyer 01.01.2029?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2034-01-01' }),
      ),
    ],
  },
  {
    name: '«har ikkje assessor-bedømming»: no assessment, not met (nn, round 31)',
    locale: 'nn',
    turns: [
      say(
        'dekksoffiser klasse 5 første gang, 1100 dagar på 20 m skip, 200 dagar brovakt, 45 dagar etter vitnemål, har ikkje assessor-bedømming',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet', undefined, {
          facts: { hasAssessment: false },
        }),
      ),
    ],
  },
  {
    name: '«rederiet har ikke dokumentert utsjekk av ferdighetene»: not qualified (nb, round 31)',
    locale: 'nb',
    turns: [
      say(
        'kokk 40 år, sikkerhetsbemanning 6, har ikke utdanning, rederiet har ikke dokumentert utsjekk av ferdighetene',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, {
          facts: { documentedSkillsCheck: false },
        }),
      ),
    ],
  },
  {
    name: '"do Swedish manning rules require cook on 10 crew?": another state\'s rules, the fallback (en, round 31)',
    locale: 'en',
    turns: [say('do Swedish manning rules require cook on 10 crew?', { topic: 'fallback', ask: null })],
  },
  {
    name: '"I turn 20 in March" → "and in April?": decided at 20 (en, round 31)',
    locale: 'en',
    turns: [
      say(
        'Zdravstvuyte. I am 19, D4 first issue 2025, 14 months as watch officer after. I turn 20 in March. Master rights now?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
      say(
        'and in April?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"7 months in engine room in Klaipeda ship repair yard": no service on board, the months asked (en, round 31)',
    locale: 'en',
    turns: [
      say(
        'smorer: 7 months in engine room in Klaipeda ship repair yard',
        asks('ratings.smorer', 'monthsEngineService', { absent: ['monthsEngineService'] }),
      ),
    ],
  },
  {
    name: '"I turn 20 in March" → "and in February?": still 19, the same answer (en)',
    locale: 'en',
    turns: [
      say(
        'I am 19, D4 first issue 2025, 14 months as watch officer after. I turn 20 in March. Master rights now?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
      say(
        'and in February?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
];

describe('Round 31, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
