/**
 * What the topic classifier sees of a message: word stems, stem pairs and character n-grams within
 * word boundaries, over text folded to lower case with æ/ø/å → ae/o/a and accents removed.
 *
 * Folding makes "bemanningssertifikat", "bemaningssertifikat" and "bemanningssertifikatet" share
 * most of their n-grams, and "sjøfolk"/"sjofolk", "kva"/"hva" and "treng"/"trenger" share some, so
 * typos, missing æøå and nynorsk forms land near the forms the examples use. Stems (Snowball
 * Norwegian, then English) join inflections; stem pairs keep short phrases ("kan jeg", "who can").
 *
 * Every step is linear in the length of the text. The model file stores which features it knows
 * (see `model.ts`); a change here changes the model, so `npm run train` must follow (a test checks).
 */
import snowball from 'snowball-stemmers';

/** The feature recipe; stored in the model file's fingerprint, so changing it asks for retraining. */
export const FEATURE_RECIPE = {
  /** Shortest and longest character n-gram, counted over "_word_" (underscores mark the boundary). */
  minGram: 2,
  maxGram: 5,
  /** Longest word read for n-grams and stems: a pasted URL or hash says nothing about the topic. */
  maxWordLength: 30,
} as const;

const norwegian = snowball.newStemmer('norwegian');
const english = snowball.newStemmer('english');

/**
 * Lower case, æ/ø/å → ae/o/a, accents removed: the one form every feature is read from. "aa", the
 * way å is typed without a Norwegian keyboard («paa», «naar», «faa»), reads as å does.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å|aa/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * A Norwegian definite or plural ending hyphened to a short code («ISSC-en», «D6-en», «SMC-et»,
 * «ISSC-er»): the code is the word. Read as a word of its own, «en» would weigh as the article.
 */
const CODE_ENDING = /(?<![a-z0-9])([a-z0-9]{1,5})['’-](?:en|et|a|ene|ane|er|ar|ens|ets)(?![a-z0-9])/g;

/** Word tokens of folded text: runs of a–z and digits, and "§" on its own. */
export function tokensOf(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.replace(CODE_ENDING, '$1').matchAll(/[a-z0-9]+|§/g)) out.push(m[0]);
  return out;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

/** One stem per word: numbers become "#" (a value is a fact, not a topic); others are stemmed. */
export function stemOf(token: string): string {
  if (/^\d+$/.test(token)) return '#';
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  const stem = english.stem(norwegian.stem(token));
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(token, stem);
  return stem;
}

/** Words after which a number is a paragraph of a regulation. */
const SECTION_WORDS: ReadonlySet<string> = new Set(['§', 'paragraf', 'paragraph', 'section', 'sect', 'sec']);

/** Feature counts of one text, in two blocks (they are weighed and normalised separately). */
export type FeatureCounts = { words: Map<string, number>; grams: Map<string, number> };

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/**
 * Visit the features of `text` in order: `word` gets every word feature ("w:" stem, "b:" stem pair,
 * "w:§52" paragraph), `gramToken` every word that is read for character n-grams, padded as "_word_".
 * Both the counting below and the scorer's faster path (fast-vector.ts) read text through this.
 */
export function visitFeatures(text: string, word: (key: string) => void, gramToken: (padded: string) => void): void {
  let previous = '';
  let section = false;
  for (const raw of tokensOf(foldText(text))) {
    const token = raw.length > FEATURE_RECIPE.maxWordLength ? raw.slice(0, FEATURE_RECIPE.maxWordLength) : raw;
    const stem = stemOf(token);
    // A paragraph number names a provision ("§ 52" is the cook's), unlike other numbers.
    if (section && stem === '#') word(`w:§${token}`);
    section = SECTION_WORDS.has(token) || (section && stem === '#');
    word(`w:${stem}`);
    if (previous) word(`b:${previous} ${stem}`);
    previous = stem;
    if (stem !== '#') gramToken(`_${token}_`);
  }
}

/** Count the features of `text`: stems ("w:"), stem pairs ("b:") and character n-grams ("c:"). */
export function featureCounts(text: string): FeatureCounts {
  const words = new Map<string, number>();
  const grams = new Map<string, number>();
  visitFeatures(
    text,
    (key) => bump(words, key),
    (padded) => {
      for (let n = FEATURE_RECIPE.minGram; n <= FEATURE_RECIPE.maxGram; n++)
        for (let i = 0; i + n <= padded.length; i++) bump(grams, `c:${padded.slice(i, i + n)}`);
    },
  );
  return { words, grams };
}
