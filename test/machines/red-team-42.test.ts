/**
 * What round 42 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { topicTitle } from '../../content/render.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«unnskyld, det er 12 i bemanninga ikkje 9» while the cook’s age is asked: the manning corrected, never a cook of 12; then a cook is required (nn, round 42)',
    locale: 'nn',
    turns: [
      say('Hei! Vi har ein passasjerbåt med sikkerhetsbemanning på 9. Må vi ha kokk? Og kva krav er det til kokken?', {
        topics: ['cook.required', 'cook.qualification', 'cook.qualification', 'cook.qualification'],
        ask: 'age',
        decision: { rule: 'ship-cook', outcome: 'not-required' },
      }),
      say('unnskyld, det er 12 i bemanninga ikkje 9', asks('cook.qualification', 'age', { absent: ['age'] })),
      say(
        'så treng vi kokk då?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 12 } }),
      ),
    ],
  },
  {
    name: '«helseerklæringa er frå legen via altinn» when the documents uploaded are asked: none uploaded, never "manual processing" (nn, round 42)',
    locale: 'nb',
    turns: [
      say(
        'hvorfor gikk søknaden min til manuell behandling? all fartstid er rapportert av rederiet, kurs er registrert',
        asks('aps.processing', 'uploadedDocuments'),
      ),
      say(
        'helseerklæringa er frå legen via altinn',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, {
          facts: { uploadedDocuments: [] },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '"My doctor wrote in helseerklæring that I can only work in fartsområde 2 … skipper in liten kystfart?": the health certificate’s limits answered too, never D6’s "Yes" alone (en, round 42)',
    locale: 'en',
    turns: [
      say(
        'My doctor wrote in helseerklæring that I can only work in fartsområde 2, but my D6 certificate doesnt say this. Can I work as skipper in liten kystfart?',
        asks('d6.privileges', 'vesselType', {
          says: (l) => [texts(l).conversation.answeredAfter([topicTitle(l, 'health.certificate')])],
        }),
      ),
    ],
  },
  {
    name: '"and my friend is only nineteen but he has two years as OOW …" after a D6 decision: his age taken, never asked again (en, round 42)',
    locale: 'en',
    turns: [
      say(
        'Hei. I am 22 years, holder of D6, I have one and a half years as watchkeeping officer on 12 m boats. Can I be master on workboat with L 20 m, LOA 22 m, 150 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'and my friend is only nineteen but he has two years as OOW on same boats, can he be master on same vessel?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
];

describe('Round 42, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
