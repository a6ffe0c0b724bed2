/**
 * Word answers: "don't know", yes/no, and enum values by synonym (content/synonyms.ts).
 */
import {
  BOOLEAN_ANSWER_PHRASES,
  BOOLEAN_FACT_PHRASES,
  EMPTY_LIST_WORDS,
  ENUM_SYNONYMS,
  FREE_TEXT_SYNONYMS,
  NEGATABLE_YES_WORDS,
  NEGATION_WORDS,
  NO_DETERMINER_WORDS,
  NO_LETTERS,
  NO_WORDS,
  NOT_A_NO_PHRASES,
  PLAIN_NO,
  PLAIN_YES,
  UNIT_WORDS,
  UNKNOWN_PHRASES,
  YES_LETTERS,
  YES_PHRASES,
  YES_TAKEN_BACK_WORDS,
  YES_WORDS,
} from './lexicon/synonyms.js';
import { texts } from '../content/index.js';
import {
  compilePhrases,
  containsTokens,
  fold,
  indexPhrases,
  matchPhrases,
  mayMatch,
  phraseTokens,
  words,
  type Phrase,
  type PhraseIndex,
} from './normalize.js';

const setOf = (list: readonly string[]) => new Set(list.flatMap(phraseTokens));
const UNKNOWN = UNKNOWN_PHRASES.map(phraseTokens);
const YES = setOf(YES_WORDS);
const NO = setOf(NO_WORDS);
const NEGATABLE = setOf(NEGATABLE_YES_WORDS);
const NEGATION = setOf(NEGATION_WORDS);
const PLAIN_YES_SET = setOf(PLAIN_YES);
const PLAIN_NO_SET = setOf(PLAIN_NO);
const YES_OPENERS = YES_PHRASES.map(phraseTokens);
/** Words of a quantity: after "he has" they make it a statement of service time, not a yes. */
const QUANTITY_WORDS = new Set(
  Object.values(UNIT_WORDS)
    .flat()
    .flatMap(phraseTokens)
    .filter((w) => w.length > 1),
);
const statesQuantity = (tokens: readonly string[]) => tokens.some((t) => /\d/.test(t) || QUANTITY_WORDS.has(t));
/** Phrases with "no" that mean all is well ("no problem", "no worries", «ikke noe problem»): no answer of themselves. */
const NOT_A_NO = NOT_A_NO_PHRASES.map(phraseTokens);
/** Words after a yes that take it back ("… but failed", "… not done yet"). */
const TAKEN_BACK = setOf(YES_TAKEN_BACK_WORDS);
/** "no", «ingen»: words that may stand before a noun ("no ferdighetssertifikat"), not only alone. */
const NO_DETERMINERS = setOf(NO_DETERMINER_WORDS);
/** How many words into a reply a "no" before a noun may still be the reply's no ("ok, no fagbrev"). */
const NO_ANSWER_WITHIN = 2;
const YES_LETTER_SET = new Set(YES_LETTERS);
const NO_LETTER_SET = new Set(NO_LETTERS);

/** True when the reply says "I don't know" ("vet ikke", "usikker", "not sure", "no idea"). */
export const saysUnknown = (tokens: readonly string[]): boolean => UNKNOWN.some((p) => containsTokens(tokens, p));

/**
 * Yes or no, from the first decisive word: "ja, det har jeg" → true, "no we don't" → false,
 * "det har jeg ikke" → false, "stemmer ikke" → false; "ja og nei" → undefined. An opening such as
 * "he has" is a yes only as a reply of its own ("he has", "I have one"): "he has 6 months as OS"
 * states service time, which answers no yes/no question.
 */
export function parseYesNo(tokens: readonly string[]): boolean | undefined {
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only !== undefined) {
    if (YES_LETTER_SET.has(only)) return true;
    if (NO_LETTER_SET.has(only)) return false;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    // "no problem, we did the check-out", "no worries, he passed it": no "no" (nor a yes of itself).
    if (NOT_A_NO.some((p) => p.every((w, k) => tokens[i + k] === w))) {
      i += 1;
      continue;
    }
    if (YES.has(t)) {
      if (NEGATABLE.has(t) && NEGATION.has(tokens[i + 1] ?? '')) return false;
      // "yes, he tried the practical test but failed", "yes, … not done yet": a yes taken back.
      return tokens.slice(i + 1).some((u) => PLAIN_NO_SET.has(u) || NO.has(u) || TAKEN_BACK.has(u)) ? undefined : true;
    }
    // "ok but I have no ferdighetssertifikat": a "no" before a noun, past the reply's first words, says
    // that there is none of it, not no to the question asked.
    if (NO_DETERMINERS.has(t) && i >= NO_ANSWER_WITHIN && i < tokens.length - 1) continue;
    if (NO.has(t)) return tokens.slice(i + 1).some((u) => PLAIN_YES_SET.has(u)) ? undefined : false;
  }
  const opener = YES_OPENERS.find((p) => p.length <= tokens.length && p.every((w, k) => tokens[k] === w));
  if (opener && !statesQuantity(tokens.slice(opener.length))) return true;
  return undefined;
}

// --- enums ----------------------------------------------------------------------------------------

type SynonymTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

function compileTable(table: SynonymTable): Map<string, Phrase[]> {
  return new Map(Object.entries(table).map(([key, byValue]) => [key, compilePhrases(byValue)]));
}

const ANSWER_PHRASES = compileTable(ENUM_SYNONYMS as SynonymTable);
const FREE_TEXT_PHRASES = compileTable(FREE_TEXT_SYNONYMS as SynonymTable);
const EMPTY_LIST = compilePhrases({ '': EMPTY_LIST_WORDS });
const BOOLEAN_PHRASES = new Map(
  Object.entries(BOOLEAN_FACT_PHRASES).map(([key, { yes, no }]) => [key, indexPhrases(compilePhrases({ yes, no }))]),
);
/** The free-text phrases of each yes/no fact, with those only a reply to its own question states. */
const ANSWER_BOOLEAN_PHRASES = new Map(
  [...new Set([...Object.keys(BOOLEAN_FACT_PHRASES), ...Object.keys(BOOLEAN_ANSWER_PHRASES)])].map((key) => {
    const stated = Object.hasOwn(BOOLEAN_FACT_PHRASES, key) ? BOOLEAN_FACT_PHRASES[key] : undefined;
    const replied = Object.hasOwn(BOOLEAN_ANSWER_PHRASES, key) ? BOOLEAN_ANSWER_PHRASES[key] : undefined;
    const yes = [...(stated?.yes ?? []), ...(replied?.yes ?? [])];
    const no = [...(stated?.no ?? []), ...(replied?.no ?? [])];
    return [key, indexPhrases(compilePhrases({ yes, no }))] as const;
  }),
);

/** Memoise an index per key: the phrase sets are fixed, so each is built once. */
function memo(
  build: (key: string, values: readonly string[]) => PhraseIndex,
): (key: string, values: readonly string[]) => PhraseIndex {
  const cache = new Map<string, PhraseIndex>();
  return (key, values) => {
    const k = `${key}|${values.join(',')}`;
    let p = cache.get(k);
    if (!p) {
      p = build(key, values);
      cache.set(k, p);
    }
    return p;
  };
}

/** The choice labels Losen shows (content/facts), folded: typing a label back means that value. */
const CHOICE_LABELS = new Map<string, Map<string, string>>();
for (const facts of [texts('nb').facts, texts('en').facts]) {
  for (const [key, q] of Object.entries(facts)) {
    if (!('choices' in q)) continue;
    const byLabel = CHOICE_LABELS.get(key) ?? new Map<string, string>();
    for (const [value, label] of Object.entries(q.choices as Record<string, string>))
      byLabel.set(words(fold(label)).join(' '), value);
    CHOICE_LABELS.set(key, byLabel);
  }
}

/** Enum ids that are also ordinary words, so only their exact spelling counts ("NO", not "no"). */
const CASE_SENSITIVE_IDS = new Set(['NO']);

/** The synonym phrases of an enum fact, plus its own ids ("liten-kystfart", "D5"). */
function phrasesFor(key: string, values: readonly string[], table: Map<string, Phrase[]>): Phrase[] {
  const own = table.get(key) ?? [];
  const ids = values.filter((v) => !CASE_SENSITIVE_IDS.has(v)).map((v) => ({ tokens: phraseTokens(v), value: v }));
  return [...own, ...ids.filter((p) => p.tokens.length > 0)].filter((p) => values.includes(p.value));
}

const answerPhrases = memo((key, values) => indexPhrases(phrasesFor(key, values, ANSWER_PHRASES)));
const listPhrases = memo((key, values) => indexPhrases([...phrasesFor(key, values, ANSWER_PHRASES), ...EMPTY_LIST]));
/** Every free-text phrase of each enum fact, whatever values the fact takes: to tell fast that a text names none. */
const ANY_FREE_TEXT_PHRASE = new Map([...FREE_TEXT_PHRASES].map(([key, phrases]) => [key, indexPhrases(phrases)]));
const freeTextPhrases = memo((key, values) =>
  indexPhrases((FREE_TEXT_PHRASES.get(key) ?? []).filter((p) => values.includes(p.value))),
);

/** An exact enum id typed as the reply ("NO", "area-1"). */
const exactId = (text: string, values: readonly string[]): string | undefined => values.find((v) => v === text.trim());

/**
 * The values an enum reply names. Undefined when it names none, or when a negation word is left
 * over that no synonym accounts for ("ikke lasteskip"), since that reverses the meaning.
 */
function namedValues(tokens: readonly string[], phrases: PhraseIndex): Set<string> | undefined {
  const { kept, covered } = matchPhrases(tokens, phrases, true);
  if (tokens.some((t, i) => NEGATION.has(t) && !covered[i])) return undefined;
  return new Set(kept.map((s) => s.value));
}

/** The one value of enum fact `key` the reply names, or undefined (none, several, or negated). */
export function parseEnum(key: string, values: readonly string[], text: string): string | undefined {
  const id = exactId(text, values);
  if (id !== undefined) return id;
  const label = CHOICE_LABELS.get(key)?.get(phraseTokens(text).join(' '));
  if (label !== undefined && values.includes(label)) return label;
  const named = namedValues(phraseTokens(text), answerPhrases(key, values));
  return named?.size === 1 ? [...named][0] : undefined;
}

/**
 * The values of an enum-list fact the reply names, in the fact's order; [] for "nothing" /
 * "alt er rapportert elektronisk"; undefined when unclear or contradictory.
 */
export function parseEnumList(key: string, values: readonly string[], text: string): string[] | undefined {
  const ids = text.split(/[\s,;]+/).filter((s) => s.length > 0);
  if (ids.length > 0 && ids.every((s) => values.includes(s))) return values.filter((v) => ids.includes(v));
  const named = namedValues(phraseTokens(text), listPhrases(key, values));
  if (named === undefined || named.size === 0) return undefined;
  if (named.has('')) return named.size === 1 ? [] : undefined;
  return values.filter((v) => named.has(v));
}

/** A value named in free text, with the tokens [start, end) that name it. */
export type EnumHit = { value: string; start: number; end: number };

/**
 * The one value of enum fact `key` that free text names unambiguously, using the stricter
 * free-text synonyms and no typo tolerance, with where it is named (the first mention). A negation
 * within two words before it cancels it ("ikke en fiskebåt"), while one further away does not ("er
 * det ikke krav for fiskebåt"). `skip` drops mentions that do not count (a position served in).
 */
export function findEnumHitInText(
  key: string,
  values: readonly string[],
  tokens: readonly string[],
  skip?: (hit: EnumHit) => boolean,
): EnumHit | undefined {
  const any = ANY_FREE_TEXT_PHRASE.get(key);
  // Most texts name no value of most facts: then no phrase of the fact's values is there either.
  if (any === undefined || !mayMatch(tokens, any)) return undefined;
  const kept = matchPhrases(tokens, freeTextPhrases(key, values), false).kept.filter((s) => !skip?.(s));
  if (kept.length === 0) return undefined;
  const negated = kept.some((s) => tokens.slice(Math.max(0, s.start - 2), s.start).some((t) => NEGATION.has(t)));
  const found = new Set(kept.map((s) => s.value));
  const first = kept.reduce((a, b) => (b.start < a.start ? b : a));
  return !negated && found.size === 1 ? { value: first.value, start: first.start, end: first.end } : undefined;
}

/** The one value of enum fact `key` that free text names unambiguously (see `findEnumHitInText`). */
export const findEnumInText = (key: string, values: readonly string[], tokens: readonly string[]): string | undefined =>
  findEnumHitInText(key, values, tokens)?.value;

/**
 * The value of a yes/no fact that free text states outright (`BOOLEAN_FACT_PHRASES`), with its
 * tokens; `asked` when the text replies to the fact's own question (`BOOLEAN_ANSWER_PHRASES` count too).
 */
export function findBooleanInText(
  key: string,
  tokens: readonly string[],
  asked = false,
): { value: boolean; start: number; end: number } | undefined {
  const index = (asked ? ANSWER_BOOLEAN_PHRASES : BOOLEAN_PHRASES).get(key);
  if (!index || !mayMatch(tokens, index)) return undefined;
  const { kept } = matchPhrases(tokens, index, false);
  const found = new Set(kept.map((s) => s.value));
  const first = kept[0];
  return first && found.size === 1 ? { value: first.value === 'yes', start: first.start, end: first.end } : undefined;
}
