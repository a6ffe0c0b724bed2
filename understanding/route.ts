/**
 * Routes free text to a topic id, deterministically, in bokmål, nynorsk and English.
 *
 * A MiniSearch full-text index (BM25+, with prefix and fuzzy matching for inflections and typos)
 * holds the example phrasings of every topic (`content/examples/`) and the out-of-scope examples
 * (as the pseudo-topic 'fallback'). Terms are folded through the synonym table, stripped of stop
 * words, stemmed with the Snowball Norwegian and English stemmers, and folded to ASCII, the same
 * way for the index and the query. A topic's score is its best-matching example's score.
 *
 * The router never guesses: it answers a topic only above a confidence threshold with a clear
 * margin over the runner-up, offers the best 2–3 as choices in between, and otherwise falls back.
 */
import MiniSearch from 'minisearch';
import snowball from 'snowball-stemmers';
import { examplesEn, outOfScopeEn } from './lexicon/examples/en.js';
import { examplesNb, outOfScopeNb } from './lexicon/examples/nb.js';
import type { RoutableTopicId } from '../content/topic-ids.js';
import { COMPOUND_PARTS, OUT_OF_SCOPE_MARKERS, OUT_OF_SCOPE_PHRASES, STOPWORDS, SYNONYMS } from './lexicon/routing.js';
import { texts } from '../content/index.js';

export type Route =
  | { kind: 'topic'; topic: RoutableTopicId; score: number; ranked: RankedTopic[] }
  | { kind: 'clarify'; topics: RoutableTopicId[]; ranked: RankedTopic[] }
  | { kind: 'fallback'; ranked: RankedTopic[] };

export type RankedTopic = { topic: RoutableTopicId | 'fallback'; score: number; coverage: number };

/** Tuning of the confidence decision; measured with `npm run eval`. */
export const ROUTING = {
  /** Below this best score nothing is close enough: fallback. */
  minScore: 3,
  /** A direct answer needs this best score… */
  answerScore: 6,
  /** …and the runner-up at most this fraction of it. */
  maxRunnerUpRatio: 0.75,
  /** Topics offered when clarifying. */
  clarifyCount: 3,
  /** Runner-ups offered only when this close to the best. */
  clarifyRatio: 0.6,
  /** Share of the question's words a topic's examples must contain to be answered directly… */
  answerCoverage: 0.5,
  /** …or at least to be offered as a choice. */
  clarifyCoverage: 0.25,
  /** A direct answer allows at most this share of words no example uses (a sign of another subject). */
  maxUnknownWords: 0.2,
  /** …and no unknown word this long (a long word we have never seen names another subject). */
  longUnknownWord: 8,
  /** A close call between leading topics is settled when the word model gives one this probability. */
  settleProbability: 0.75,
} as const;

const norwegian = snowball.newStemmer('norwegian');
const english = snowball.newStemmer('english');

const fold = (s: string) =>
  s
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const stem = (term: string) => fold(english.stem(norwegian.stem(term)));

const PARTS = [...COMPOUND_PARTS].sort((a, b) => b.length - a.length);

/** The domain parts a long compound word is made of ("sikkerhetsbemanningen" → sikkerhet, bemanning). */
function compoundParts(word: string): string[] {
  if (word.length < 8) return [];
  const found: string[] = [];
  for (const part of PARTS) {
    const at = word.indexOf(part);
    if (at > 0 || (at === 0 && word.length > part.length + 2)) found.push(part);
  }
  return found;
}

/** Terms of recently seen tokens (the same words come back in every question). */
const termCache = new Map<string, string[] | null>();
const TERM_CACHE_SIZE = 20_000;

/** Normalise one token into its index terms: itself, its synonym and its compound parts, stemmed and folded to ASCII; none for a stop word. */
export function processTerm(raw: string): string[] | null {
  const cached = termCache.get(raw);
  if (cached !== undefined) return cached;
  const terms = computeTerms(raw);
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
  termCache.set(raw, terms);
  return terms;
}

/** The synonym of a user's word; own keys only ("constructor" is a word, not Object's). */
const synonymOf = (word: string) => (Object.hasOwn(SYNONYMS, word) ? SYNONYMS[word] : undefined);

function computeTerms(raw: string): string[] | null {
  const lower = raw.toLowerCase();
  if (STOPWORDS.has(lower) || STOPWORDS.has(fold(lower))) return null;
  if (/^\d+([.,]\d+)?$/.test(lower)) return null; // numbers say nothing about the topic
  const synonym = synonymOf(lower) ?? synonymOf(fold(lower));
  const forms = [lower, ...(synonym ? [synonym] : []), ...compoundParts(lower)];
  const terms = [...new Set(forms.map(stem).filter((t) => t.length > 1))];
  return terms.length > 0 ? terms : null;
}

/** True when the text contains a word that marks it as outside the catalogue. */
export function hasOutOfScopeMarker(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    tokenize(lower).some((w) => OUT_OF_SCOPE_MARKERS.has(w)) || OUT_OF_SCOPE_PHRASES.some((p) => lower.includes(p))
  );
}

/** Split into words; keeps certificate codes such as "d6" and "i-issc" whole. */
export const tokenize = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((w) => (w.includes('-') && !/^i-issc$/.test(w) ? w.split('-') : [w]))
    .filter(Boolean);

type Doc = { id: number; topic: RoutableTopicId | 'fallback'; text: string };

function buildIndex(): MiniSearch<Doc> {
  const docs: Doc[] = [];
  const add = (topic: Doc['topic'], text: string) => docs.push({ id: docs.length, topic, text });
  for (const examples of [examplesNb, examplesEn]) {
    for (const [topic, phrases] of Object.entries(examples) as [RoutableTopicId, readonly string[]][])
      for (const p of phrases) add(topic, p);
  }
  for (const topics of [texts('nb').topics, texts('en').topics]) {
    for (const [topic, t] of Object.entries(topics)) if (topic !== 'fallback') add(topic as RoutableTopicId, t.title);
  }
  for (const p of [...outOfScopeNb, ...outOfScopeEn]) add('fallback', p);
  const index = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['topic'],
    tokenize,
    processTerm,
    searchOptions: {
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      maxFuzzy: 1,
      weights: { fuzzy: 0.4, prefix: 0.4 },
      combineWith: 'OR',
    },
  });
  index.addAll(docs);
  for (const d of docs) {
    const terms = tokenize(d.text).flatMap((w) => processTerm(w) ?? []);
    for (const t of terms) vocabulary.add(t);
    const counts = termCounts.get(d.topic) ?? new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    termCounts.set(d.topic, counts);
  }
  return index;
}

/**
 * Term counts per topic over the example phrasings: a multinomial naive Bayes model that weighs
 * the words that set a topic apart from its neighbours ("need" for cook.required, "who" for
 * who-can-confirm) where full-text ranking sees mostly the shared noun.
 */
const termCounts = new Map<RankedTopic['topic'], Map<string, number>>();

/** P(topic | words) for every topic, from the example phrasings (uniform prior, add-½ smoothing). */
export function topicPosterior(text: string): Map<RankedTopic['topic'], number> {
  index();
  const words = contentWords(text).flat();
  const logs = new Map<RankedTopic['topic'], number>();
  const v = vocabulary.size;
  for (const [topic, counts] of termCounts) {
    let total = 0;
    for (const c of counts.values()) total += c;
    let log = 0;
    for (const w of words) if (vocabulary.has(w)) log += Math.log(((counts.get(w) ?? 0) + 0.5) / (total + 0.5 * v));
    logs.set(topic, log);
  }
  const max = Math.max(...logs.values());
  let sum = 0;
  for (const l of logs.values()) sum += Math.exp(l - max);
  return new Map([...logs].map(([t, l]) => [t, Math.exp(l - max) / sum]));
}

/** Every index term, to tell words the examples never use. */
const vocabulary = new Set<string>();

/** True when no example uses the word (nor a word it begins, or that begins with it). */
function isUnknownWord(terms: readonly string[]): boolean {
  for (const t of terms) {
    if (vocabulary.has(t)) return false;
    if (t.length >= 5)
      for (const v of vocabulary) if (v.length >= 5 && (v.startsWith(t) || t.startsWith(v))) return false;
  }
  return true;
}

let cached: MiniSearch<Doc> | undefined;
const AGG_K = 2;
const index = () => (cached ??= buildIndex());

/** The words of `text` that carry meaning, each with its index terms. */
function contentWords(text: string): string[][] {
  return tokenize(text)
    .map((w) => processTerm(w))
    .filter((t): t is string[] => t !== null);
}

/** Every topic scored against `text`, best first, with the share of the question's words its examples contain. */
export function rank(text: string): RankedTopic[] {
  const words = contentWords(text);
  const hits = new Map<RankedTopic['topic'], { scores: number[]; terms: Set<string> }>();
  for (const hit of index().search(text)) {
    const topic = hit.topic as RankedTopic['topic'];
    const entry = hits.get(topic) ?? { scores: [], terms: new Set<string>() };
    if (entry.scores.length < AGG_K) {
      entry.scores.push(hit.score); // results arrive best first
      for (const t of hit.queryTerms) entry.terms.add(t);
    }
    hits.set(topic, entry);
  }
  return [...hits.entries()]
    .map(([topic, { scores, terms }]) => ({
      topic,
      score: scores.reduce((a, b) => a + b, 0) / AGG_K,
      coverage: words.length === 0 ? 0 : words.filter((w) => w.some((t) => terms.has(t))).length / words.length,
    }))
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** Decide where `text` goes: a topic, a clarifying choice, or the fallback. */
export function route(text: string): Route {
  const ranked = rank(text);
  const words = contentWords(text);
  const unknown = words.filter((w) => (w[0]?.length ?? 0) >= 4 && isUnknownWord(w));
  const unknownWords = words.length === 0 ? 0 : unknown.length / words.length;
  const longUnknown = unknown.some((w) => (w[0]?.length ?? 0) >= ROUTING.longUnknownWord);
  if (hasOutOfScopeMarker(text)) return { kind: 'fallback', ranked };
  const [first, second] = ranked;
  if (
    !first ||
    first.topic === 'fallback' ||
    first.score < ROUTING.minScore ||
    first.coverage < ROUTING.clarifyCoverage
  )
    return { kind: 'fallback', ranked };
  const runnerUp = second && second.topic !== 'fallback' ? second.score : 0;
  if (
    first.score >= ROUTING.answerScore &&
    runnerUp <= first.score * ROUTING.maxRunnerUpRatio &&
    first.coverage >= ROUTING.answerCoverage &&
    unknownWords <= ROUTING.maxUnknownWords &&
    !longUnknown
  ) {
    return { kind: 'topic', topic: first.topic, score: first.score, ranked };
  }
  // Close call on full-text ranking: the word model may settle it between the leading topics.
  if (
    first.score >= ROUTING.answerScore &&
    first.coverage >= ROUTING.answerCoverage &&
    unknownWords <= ROUTING.maxUnknownWords &&
    !longUnknown
  ) {
    const posterior = topicPosterior(text);
    const contenders = ranked
      .filter((r) => r.topic !== 'fallback' && r.score >= first.score * ROUTING.clarifyRatio)
      .slice(0, ROUTING.clarifyCount);
    const best = contenders.map((r) => ({ r, p: posterior.get(r.topic) ?? 0 })).sort((a, b) => b.p - a.p)[0];
    if (
      best &&
      best.p >= ROUTING.settleProbability &&
      best.r.topic !== 'fallback' &&
      best.r.coverage >= ROUTING.answerCoverage
    ) {
      return { kind: 'topic', topic: best.r.topic as RoutableTopicId, score: best.r.score, ranked };
    }
  }
  const topics = ranked
    .filter(
      (r): r is RankedTopic & { topic: RoutableTopicId } =>
        r.topic !== 'fallback' &&
        r.score >= first.score * ROUTING.clarifyRatio &&
        r.coverage >= ROUTING.clarifyCoverage,
    )
    .slice(0, ROUTING.clarifyCount)
    .map((r) => r.topic);
  if (topics.length > 1) return { kind: 'clarify', topics, ranked };
  return first.coverage >= ROUTING.answerCoverage &&
    first.score >= ROUTING.answerScore &&
    unknownWords <= ROUTING.maxUnknownWords &&
    !longUnknown
    ? { kind: 'topic', topic: first.topic, score: first.score, ranked }
    : { kind: 'clarify', topics: [first.topic], ranked };
}
