/**
 * The staff triage letter's own texts (content/letters.ts, content/letter-topics.ts) are spelt
 * right in bokmål, nynorsk and English, with the same hunspell check and allow-list as the rest
 * of Losen's texts (test/content/spelling).
 */
import { describe, expect, it } from 'vitest';
import { LETTER_TEXTS } from '../../content/letters.js';
import { LETTER_QUESTIONS, LETTER_TOPICS } from '../../content/letter-topics.js';
import { LOCALES } from '../../rules/types.js';
import { allowedPhrases, allowedWords } from '../content/spelling/allow-list.js';
import { misspelt, missingTools } from '../content/spelling/hunspell.js';
import { leavesOf } from '../content/spelling/texts.js';
import { wordsOf } from '../content/spelling/words.js';

const leaves = [
  ...leavesOf(LETTER_TEXTS, 'letters'),
  ...leavesOf(LETTER_TOPICS, 'letter-topics'),
  ...[...LETTER_QUESTIONS].flatMap(([key, text]) => leavesOf(text, `letter-questions.${key}`)),
];
const missing = missingTools();

describe.skipIf(missing !== undefined)('letter texts are spelt right', () => {
  it.each(LOCALES)('in %s', async (locale) => {
    const where = new Map<string, string>();
    for (const leaf of leaves)
      for (const word of wordsOf(leaf.text[locale], allowedPhrases(locale)))
        if (!where.has(word)) where.set(word, leaf.path);
    const wrong = await misspelt(locale, [...where.keys()], allowedWords(locale));
    expect([...wrong].map((w) => `${w} (${where.get(w)})`)).toEqual([]);
  });
});
