/**
 * A greeting, a thanks or a goodbye is answered in kind, in the conversation's language: never
 * "I cannot answer that reliably", never taken for an answer, and a question waiting is asked again.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const COOK = 'cook.required';
const fallbackLead = (l: Parameters<typeof texts>[0]) => [texts(l).ui.fallbackLead];
const greets = { says: (l: Parameters<typeof texts>[0]) => [texts(l).ui.greeting], never: fallbackLead };
const thanks = { says: (l: Parameters<typeof texts>[0]) => [texts(l).ui.thanks], never: fallbackLead };
const goodbye = { says: (l: Parameters<typeof texts>[0]) => [texts(l).ui.goodbye], never: fallbackLead };

const GOLDEN: Golden[] = [
  {
    name: 'a greeting, then thanks and goodbye after a decision (nb)',
    locale: 'nb',
    turns: [
      say('Hei!', greets),
      say('Trenger vi skipskokk når sikkerhetsbemanningen er 11?', decides(COOK, 'ship-cook', 'required')),
      say('tusen takk for hjelpen', thanks),
      say('ha det', goodbye),
    ],
  },
  {
    name: 'thanks while a question waits: thanked, the question asked again, the answer still taken (nn)',
    locale: 'nn',
    turns: [
      say('Treng vi skipskokk om bord?', asks(COOK, 'safetyManning')),
      say('takk', { ...thanks, ask: 'safetyManning' }),
      say('12', decides(COOK, 'ship-cook', 'required')),
      say('takk for hjelpa', thanks),
    ],
  },
  {
    name: 'hello and thanks in English, also while a question waits (en)',
    locale: 'en',
    turns: [
      say('hello', greets),
      say('Do we need a ship’s cook?', asks(COOK, 'safetyManning')),
      say('thanks!', { ...thanks, ask: 'safetyManning' }),
      say('9', decides(COOK, 'ship-cook', 'not-required')),
      say('Thank you very much', thanks),
    ],
  },
];

describe('small talk', () => {
  it.each(GOLDEN)('$name', playGolden);
});
