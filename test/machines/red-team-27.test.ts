/**
 * What round 27 found (and what round 26 left open), played through the real turn core after the
 * fix: the red team's texts verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"I am 19 but turn 20 in January", then "and after January?": decided at 20, allowed (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'D6 master on cargo boat L 22 m, LOA 23 m, 200 GT, liten kystfart, 14 months OOW on 10 m boat, I am 19 but turn 20 in January',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say(
        'and after January?',
        decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6-master-extension' }, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«eg fyller 20 i februar», then «kva med etter det?»: decided at 20 (nn, round 26)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper på lasteskip L 20 m, 100 BT, liten kystfart, 13 mnd vaktoffiser på 12 m båt. eg fyller 20 i februar',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say(
        'kva med etter det?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«jeg er 19 men fyller 20 i mars», then «og etter mars?» on master rights: eligible (nb, round 26)',
    locale: 'nb',
    turns: [
      say(
        'skipperrettigheter D4, jeg er 19 men fyller 20 i mars, har 14 mnd vakt etter D4',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
      say(
        'og etter mars?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«og etterpå?» with no age to come said: nothing supposed, the same answer (nn)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper på lasteskip L 20 m, 100 BT, liten kystfart, 13 mnd vaktoffiser på 12 m båt. eg er 19',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say('og etterpå?', decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } })),
    ],
  },
  {
    name: '"first I say 45 GT but sorry, correct is 145 GT": 145 GT, required (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'cargo ship need manning certificate? first I say 45 GT but sorry, correct is 145 GT. norwegian flag',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 145 },
        }),
      ),
    ],
  },
  {
    name: '«45 BT men beklager, riktig er 145 BT»: 145 GT (nb)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 45 BT men beklager, riktig er 145 BT, norsk flagg, trenger vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 145 },
        }),
      ),
    ],
  },
  {
    name: '"… I am 27. Second question: my health certificate …": master rights, then the health certificate (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'Hello sir. My name is Rajesh, Indian national, I have D5 first issue since March 2025, no master rights. I sailed 12 months as OOW since then, I am 27. Second question: my health certificate from 10.02.2025, valid now?',
        {
          topics: ['deck.master-rights', 'health.certificate', 'health.certificate'],
          decisions: [
            { rule: 'master-rights', outcome: 'eligible' },
            { rule: 'health-certificate', outcome: 'valid' },
          ],
        },
      ),
    ],
  },
  {
    name: '«… 30 år. Et annet spørsmål: helseerklæringen min …»: master rights, then the health certificate (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hei. Jeg har D5 uten skipperrettigheter, 13 mnd som vaktoffiser etter utstedelse, 30 år. Et annet spørsmål: helseerklæringen min er fra 01.03.2025, er den gyldig?',
        {
          topics: ['deck.master-rights', 'health.certificate', 'health.certificate'],
          decisions: [
            { rule: 'master-rights', outcome: 'eligible' },
            { rule: 'health-certificate', outcome: 'valid' },
          ],
        },
      ),
    ],
  },
];

describe('Round 27, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
