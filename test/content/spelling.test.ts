/**
 * Every user-facing text is spelt right: bokmål against hunspell-no's nb_NO, nynorsk against
 * nn_NO and English against hunspell-en-gb's en_GB (språklova § 10: official spelling), with a
 * short reviewed allow-list (`spelling/allow-list.ts`). Norwegian compounds of known words are
 * accepted (`spelling/hunspell.ts`). Each dictionary is loaded once per language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../rules/types.js';
import { LOCALES } from '../../rules/types.js';
import { ALLOWED_PHRASES, ALLOWED_WORDS, allowedPhrases, allowedWords } from './spelling/allow-list.js';
import { misspelt, missingTools } from './spelling/hunspell.js';
import type { TextSource } from './spelling/texts.js';
import { collectTexts, PENDING_NN } from './spelling/texts.js';
import { wordsOf } from './spelling/words.js';

/** Leaves that are not prose: ASCII file names (å written as a, words joined by hyphens). */
const NOT_PROSE = /\.fileName$/;

const missing = missingTools();
const sources = collectTexts();

const checked = (source: TextSource, locale: Locale) => !(locale === 'nn' && PENDING_NN.has(source.id));

/** The words of `source` in `locale`, each with the first text it is found in. */
function wordsIn(source: TextSource, locale: Locale): Map<string, string> {
  const where = new Map<string, string>();
  const phrases = allowedPhrases(locale);
  for (const leaf of source.leaves) {
    if (NOT_PROSE.test(leaf.path)) continue;
    for (const word of wordsOf(leaf.text[locale], phrases)) if (!where.has(word)) where.set(word, leaf.path);
  }
  return where;
}

const wrong = {} as Record<Locale, Set<string>>;
const unknownAllowed = {} as Record<Locale, Set<string>>;

beforeAll(async () => {
  if (missing) return;
  await Promise.all(
    LOCALES.map(async (locale) => {
      const words = sources.filter((s) => checked(s, locale)).flatMap((s) => [...wordsIn(s, locale).keys()]);
      const allowed = allowedWords(locale);
      [wrong[locale], unknownAllowed[locale]] = await Promise.all([
        misspelt(locale, words, allowed),
        misspelt(locale, allowed),
      ]);
    }),
  );
}, 60_000);

it('has the hunspell program and the nb_NO, nn_NO and en_GB dictionaries (scripts/provision.sh)', () => {
  expect(missing).toBeUndefined();
});

describe.skipIf(missing !== undefined)('spelling', () => {
  for (const source of sources) {
    describe(source.id, () => {
      for (const locale of LOCALES) {
        if (!checked(source, locale)) {
          it.todo(`is spelt right in nn — pending: ${PENDING_NN.get(source.id)}`);
          continue;
        }
        it(`is spelt right in ${locale}`, () => {
          const found = [...wordsIn(source, locale)]
            .filter(([word]) => wrong[locale].has(word))
            .map(([word, path]) => `${word} (${path})`);
          expect(found).toEqual([]);
        });
      }
    });
  }

  it.each(LOCALES)('allows only words the %s dictionary lacks', (locale) => {
    const known = [...allowedWords(locale)].filter((w) => !unknownAllowed[locale].has(w));
    expect(known).toEqual([]);
  });

  it('allows only words and phrases some text still uses', () => {
    const all = sources.flatMap((s) =>
      s.leaves.flatMap((l) => LOCALES.map((locale) => ({ locale, text: l.text[locale] }))),
    );
    const used = (locale: Locale, phrase: string) =>
      all.some(
        (t) =>
          t.locale === locale &&
          (t.text.includes(phrase) ||
            wordsOf(t.text).some((w) => w === phrase || w === phrase.charAt(0).toUpperCase() + phrase.slice(1))),
      );
    const unused = [
      ...ALLOWED_WORDS.flatMap((a) =>
        a.locales.flatMap((l) => a.words.filter((w) => !used(l, w)).map((w) => `${l}: ${w}`)),
      ),
      ...ALLOWED_PHRASES.filter((a) => !a.derived).flatMap((a) =>
        a.locales.flatMap((l) => a.phrases.filter((p) => !used(l, p)).map((p) => `${l}: ${p}`)),
      ),
    ];
    expect(unused).toEqual([]);
  });
});
