/**
 * Which language a message is in: Norwegian (answered in bokmål) or English.
 *
 * tinyld (a maintained, dependency-free n-gram detector) gives the main signal; short chat
 * messages are hard for any detector, so letters only Scandinavian has (æ, ø, å) and a few very
 * common function words of each language settle close calls. Too little text gives `undefined`,
 * and the conversation keeps its language.
 */
import { detectAll } from 'tinyld';
import type { Locale } from '../content/topic-ids.js';

const SCANDINAVIAN = new Set(['no', 'nb', 'nn', 'da', 'sv']);
const NB_WORDS = new Set([
  'jeg',
  'eg',
  'hva',
  'kva',
  'hvordan',
  'korleis',
  'trenger',
  'treng',
  'ikke',
  'ikkje',
  'er',
  'det',
  'og',
  'på',
  'til',
  'med',
  'har',
  'kan',
  'skal',
  'må',
  'min',
  'mitt',
  'vi',
  'hvor',
  'kor',
  'når',
  'hvem',
  'kven',
  'om',
  'av',
  'som',
  'en',
  'et',
  'dager',
  'timer',
  'båt',
  'båten',
  'skip',
  'fartøy',
  'hei',
  'takk',
  'ja',
  'nei',
]);
const EN_WORDS = new Set([
  'i',
  'what',
  'how',
  'do',
  'does',
  'need',
  'is',
  'are',
  'the',
  'a',
  'my',
  'we',
  'our',
  'can',
  'to',
  'of',
  'for',
  'with',
  'when',
  'who',
  'which',
  'days',
  'hours',
  'ship',
  'vessel',
  'boat',
  'hello',
  'hi',
  'thanks',
  'yes',
  'no',
  'much',
  'many',
]);

/** The language of `text`, or `undefined` when it cannot be told. */
export function detectLocale(text: string): Locale | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return undefined;
  let nb = 0;
  let en = 0;
  for (const w of words) {
    if (NB_WORDS.has(w)) nb += 1;
    if (EN_WORDS.has(w)) en += 1;
  }
  if (/[æøå]/i.test(text)) nb += 2;
  // The n-gram detector is the costly part: only ask it when the common words leave it open.
  if (words.length >= 2 && Math.abs(nb - en) < 2) {
    for (const { lang, accuracy } of detectAll(text).slice(0, 3)) {
      if (SCANDINAVIAN.has(lang)) nb += 2 * accuracy + 0.5;
      else if (lang === 'en') en += 2 * accuracy + 0.5;
    }
  }
  if (nb === en) return undefined;
  return nb > en ? 'nb' : 'en';
}
