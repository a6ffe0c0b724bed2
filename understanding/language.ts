/**
 * Which language a message is in: bokmål ('nb'), nynorsk ('nn') or English ('en'), per message.
 *
 * The function words every sentence has decide (lexicon/language-words.ts), counted over the whole
 * text in one pass. Norwegian names and terms inside English ("Min side", "Sjøfartsdirektoratet",
 * "fartstid", "Haugesund", "D6") are neutral, and so is any other capitalised word inside a sentence
 * (a name), so they never turn an English message Norwegian. Letters only Norwegian has (æ, ø, å) in
 * the remaining words add a little. Only a close call asks tinyld (an n-gram detector), on the first
 * TINYLD_CHARS characters, so the cost stays linear and small.
 *
 * Norwegian is nynorsk when nynorsk-only words ("ikkje", "eg", "kva", "frå", "dei", "-ar" verbs)
 * clearly outnumber bokmål-only ones; a bokmål text with one nynorsk-looking word stays bokmål.
 * Too little text gives `undefined`, and the conversation keeps its language.
 */
import { detectAll } from 'tinyld';
import type { Locale } from '../content/topic-ids.js';
import {
  BOKMAL_WORDS,
  ENGLISH_WORDS,
  NEUTRAL_NAMES,
  NORWEGIAN_WORDS,
  NYNORSK_WORDS,
} from './lexicon/language-words.js';

/**
 * The language of a message and how sure the detector is (0–1). For Norwegian, `variantTold` says
 * whether any word marks bokmål or nynorsk: «og viss vi er 9?» is Norwegian but either standard.
 */
export type LanguageGuess = {
  locale: Locale;
  confidence: number;
  variantTold: boolean;
  /**
   * How surely its words (not letter patterns) make it English rather than Norwegian, or the other way
   * round, whatever the standard: 0.5 when no word tells, below when they point the other way.
   */
  sure: number;
};

const WORD = /[\p{L}\p{M}]+/gu;
const SCANDINAVIAN = new Set(['no', 'nb', 'nn', 'da', 'sv']);
const TINYLD_CHARS = 400;

const tokensOf = (phrase: string): string[] => phrase.toLowerCase().match(WORD) ?? [];
const NORWEGIAN = new Set(NORWEGIAN_WORDS);
const BOKMAL = new Set(BOKMAL_WORDS);
const NYNORSK = new Set(NYNORSK_WORDS);
const ENGLISH = new Set(ENGLISH_WORDS);
/** Neutral names by first word, longest first. */
const NEUTRAL = new Map<string, string[][]>();
for (const name of NEUTRAL_NAMES) {
  const tokens = tokensOf(name);
  const first = tokens[0];
  if (first === undefined) continue;
  NEUTRAL.set(
    first,
    [...(NEUTRAL.get(first) ?? []), tokens].sort((a, b) => b.length - a.length),
  );
}
/** Bokmål words ending in -ar, which is otherwise a nynorsk ending ("kostar", "dagar"). */
const AR_NOT_NYNORSK = new Set([
  'kommentar',
  'seminar',
  'formular',
  'inventar',
  'kalendar',
  'dollar',
  'radar',
  'januar',
  'februar',
  'vikar',
  'eksemplar',
  'notar',
  'sekretar',
  'similar',
  'regular',
  'particular',
  'popular',
]);
/** Nynorsk "me" (we) and "no" (now) are English words too: they count only once the text is Norwegian. */
const NYNORSK_IF_NORWEGIAN = new Set(['me', 'no']);
const NORWEGIAN_LETTER = /[æøå]/;
/** English words that are Norwegian words too: no sign of English alone. */
const ALSO_NORWEGIAN = new Set(['for', 'to', 'over', 'under', 'at', 'man', 'time', 'timer', 'a', 'i', 'by', 'kan']);

type Counts = {
  en: number;
  no: number;
  nb: number;
  nn: number;
  nnIfNorwegian: number;
  letters: number;
  nnEndings: number;
  words: number;
  /** English words that are no Norwegian word too ("for", "time" and "over" are both). */
  enOnly: number;
};

/**
 * A letter of a lower-cased text: a–z, or any character from Latin-1 letters up that is not
 * punctuation, a symbol, a surrogate half (emoji) or CJK punctuation. Close enough for counting words.
 */
function isLetter(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c < 0xd800 || c > 0xdfff;
}

/** True when a sentence ends between `from` and `to` (a capital after it says nothing). */
function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10) return true; // . ! ? : newline
  }
  return false;
}

/** One pass over the words of `text`. */
function count(text: string): Counts {
  const c: Counts = { en: 0, no: 0, nb: 0, nn: 0, nnIfNorwegian: 0, letters: 0, nnEndings: 0, words: 0, enOnly: 0 };
  // Lower-case once; a few letters change length when lower-cased ("İ"), then word by word.
  const whole = text.toLowerCase();
  const sameLength = whole.length === text.length;
  const lowers: string[] = [];
  const capitalised: boolean[] = [];
  let previousEnd = -1;
  const add = (lower: string, at: number, upper: boolean) => {
    // The ending of a name or an abbreviation («ISSC-en», «D6-en») is no word of its own.
    if (at >= 2 && text.charCodeAt(at - 1) === 45 && /[\p{L}\d]/u.test(text.charAt(at - 2))) return;
    const starts = previousEnd < 0 || sentenceEndsBetween(text, previousEnd, at);
    // "I" is English inside a sentence; at its start it may be Norwegian "I dag".
    if (upper && lower === 'i') c.en += starts ? 0.5 : 1;
    lowers.push(lower);
    // A capital inside a sentence marks a name.
    capitalised.push(upper && !starts && lower.length > 1);
    previousEnd = at + lower.length;
  };
  if (sameLength) {
    // A plain scan: a regular expression with a match object per word costs more than the counting.
    let start = -1;
    for (let i = 0; i <= whole.length; i++) {
      const inside = i < whole.length && isLetter(whole.charCodeAt(i));
      if (inside && start < 0) start = i;
      else if (!inside && start >= 0) {
        add(whole.slice(start, i), start, text.charCodeAt(start) !== whole.charCodeAt(start));
        start = -1;
      }
    }
  } else {
    for (const m of text.matchAll(WORD)) {
      const lower = m[0].toLowerCase();
      add(lower, m.index, m[0] !== lower);
      previousEnd = m.index + m[0].length;
    }
  }
  c.words = lowers.length;
  for (let i = 0; i < lowers.length; i++) {
    const lower = lowers[i] ?? '';
    const name = NEUTRAL.get(lower)?.find((t) => t.every((x, k) => lowers[i + k] === x));
    if (name) {
      i += name.length - 1;
      continue;
    }
    const en = ENGLISH.has(lower);
    const nb = BOKMAL.has(lower);
    const nn = NYNORSK.has(lower);
    if (en) c.en += 1;
    if (en && !ALSO_NORWEGIAN.has(lower)) c.enOnly += 1;
    if (nb) c.nb += 1;
    if (nn) c.nn += 1;
    if (nb || nn || NORWEGIAN.has(lower)) c.no += 1;
    if (NYNORSK_IF_NORWEGIAN.has(lower)) c.nnIfNorwegian += 1;
    if (en || nb || nn || NORWEGIAN.has(lower) || capitalised[i]) continue;
    if (NORWEGIAN_LETTER.test(lower)) c.letters += 1;
    if (
      (lower.length >= 5 && lower.endsWith('ar') && !AR_NOT_NYNORSK.has(lower)) ||
      (lower.length >= 6 && (lower.endsWith('ane') || lower.endsWith('ande') || lower.endsWith('ast'))) ||
      // «sikkerheitsplan», «gyldigheit»: bokmål writes -het.
      (lower.length >= 7 && lower.includes('heit'))
    )
      c.nnEndings += 1;
  }
  return c;
}

/** Fewest words of a message for another language to be told. */
const FOREIGN_MIN_WORDS = 3;
/** Fewest letters of another script, or of Latin letters neither Norwegian nor English has («ž», «ł»). */
const FOREIGN_LETTERS = 2;
/**
 * True when the text is written in another script (Cyrillic, Greek, Arabic …) or with letters of the
 * extended Latin alphabets Norwegian and English never use («virėjo», «żeglarz»). (Letter patterns of
 * short texts are no guide here: an n-gram detector takes «overstyrmann lasteskip» for Turkmen.)
 */
function otherLanguage(text: string): boolean {
  let foreign = 0;
  const head = text.slice(0, TINYLD_CHARS);
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x100 && c < 0x2000 && !(c >= 0x300 && c < 0x370)) foreign += 1;
    else if (c >= 0x3040 && c < 0xd800) foreign += 1;
    if (foreign >= FOREIGN_LETTERS) return true;
  }
  return false;
}

/** Norwegian against English from tinyld, for a close call. */
function ngramVotes(text: string): { no: number; en: number } {
  const votes = { no: 0, en: 0 };
  for (const { lang, accuracy } of detectAll(text.slice(0, TINYLD_CHARS)).slice(0, 3)) {
    if (SCANDINAVIAN.has(lang)) votes.no += 2 * accuracy + 0.5;
    else if (lang === 'en') votes.en += 2 * accuracy + 0.5;
  }
  return votes;
}

/** (winner + 1) / (winner + loser + 2): 0.5 when nothing tells them apart, towards 1 with evidence. */
const sureness = (winner: number, loser: number) => (winner + 1) / (winner + loser + 2);

/**
 * The language of `text` with a confidence, or `undefined` when it cannot be told (too little text,
 * only names and numbers, or a tie). Linear in the length of the text.
 */
export function detectLanguage(text: string): LanguageGuess | undefined {
  // 'what means "fører skal være maskinkyndig"': a passage quoted from a document is in the document's
  // language, not the writer's; the words around it tell, when there are enough of them.
  // (Not a whole e-mail pasted to be answered, «Hei Losen, kan du hjelpe meg svare: "Hei. Vi driv …"»:
  // the reply is for its writer, in its language.)
  const unquoted = text.replace(QUOTED, ' ');
  if (
    unquoted !== text &&
    count(unquoted).words >= MIN_WORDS_AROUND_QUOTE &&
    count(text).words - count(unquoted).words < MAX_QUOTED_WORDS
  ) {
    const around = guessLanguage(unquoted);
    if (around) return around;
  }
  return guessLanguage(text);
}

/** A passage in quotation marks («…», "…", “…”, '…' of two words or more). */
const QUOTED = /«[^»]{1,200}»|"[^"]{1,200}"|“[^”]{1,200}”|'[^']{1,200}\s[^']{1,200}'/gu;
/** Fewest words around a quoted passage for them alone to tell the language. */
const MIN_WORDS_AROUND_QUOTE = 2;
/** Fewer words than this quoted are a term or a clause quoted, not a message pasted to be answered. */
const MAX_QUOTED_WORDS = 12;

function guessLanguage(text: string): LanguageGuess | undefined {
  const c = count(text);
  if (c.words === 0) return undefined;
  const wordsNo = c.no + 0.5 * Math.min(c.letters, 6);
  let no = wordsNo;
  let en = c.en;
  // Only English words and no Norwegian one («helseerklæring validity?»): the words tell; letter
  // patterns of the Norwegian names in it would not. The same the other way: a word only bokmål or
  // nynorsk has and no English one («issc fornying ny dato»).
  const wordsOnly = (wordsNo === 0 && c.enOnly >= 1) || (c.en === 0 && c.nb + c.nn >= 1);
  if (!wordsOnly && Math.abs(no - en) < 2 && (no + en > 0 || c.words >= 4)) {
    const votes = ngramVotes(text);
    no += votes.no;
    en += votes.en;
  }
  // «Здравствуйте, нужен ли повар …», «Labas, ar reikia …»: a language Losen does not write, and no
  // Norwegian or English word in it: English is the better answer than bokmål.
  if (no === 0 && en === 0 && c.words >= FOREIGN_MIN_WORDS && otherLanguage(text))
    return { locale: 'en', confidence: 0.5, variantTold: true, sure: 0.5 };
  if (no === en) return undefined;
  if (en > no)
    return {
      locale: 'en',
      confidence: round(sureness(en, no)),
      variantTold: true,
      sure: round(sureness(c.en, wordsNo)),
    };
  const nnScore = c.nn + c.nnIfNorwegian + 0.5 * Math.min(c.nnEndings, 4);
  // One nynorsk ending in a text without a bokmål word («og som skipsførar?», «12 turistar») is nynorsk.
  const nynorsk = c.nb === 0 ? nnScore > 0 : nnScore >= 1 && nnScore >= 2 * c.nb;
  const variant = nynorsk ? sureness(nnScore, c.nb) : sureness(c.nb, nnScore);
  return {
    locale: nynorsk ? 'nn' : 'nb',
    confidence: round(sureness(no, en) * variant),
    variantTold: c.nb > 0 || nnScore > 0,
    sure: round(sureness(wordsNo, c.en)),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The language of `text` ('nb', 'nn' or 'en'), or `undefined` when it cannot be told. */
export function detectLocale(text: string): Locale | undefined {
  return detectLanguage(text)?.locale;
}
