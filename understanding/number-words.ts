/**
 * Numbers written in words, in bokmål, nynorsk and English: "tolv", "tjueto", "tjue to",
 * "femtifem", "forty-five", "hundre og femti", "tohundre", "two thousand five hundred",
 * "tre og et halvt", "twelve and a half", "halvannen", "a year" (an article is one only before a
 * unit). Also a digit followed by a half ("2 og et halvt").
 *
 * The text is split into word tokens once; at each token the longest run of number words (at most
 * MAX_RUN tokens, joined by a space or a hyphen) that forms a well-built number is taken, so the work
 * is linear in the length of the text. A word such as "tjuefire" or "tohundreogfemti" is split into
 * its number words first; a word that does not split entirely is no number ("often", "tone").
 */
import {
  AMBIGUOUS_NUMBER_WORDS,
  ARTICLE_ONE,
  FRACTION_WORDS,
  HALF_TAIL_WORDS,
  NUMBER_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from './lexicon/synonyms.js';
import { fold } from './normalize.js';

/** A number said in words, found in folded text. */
export type NumberWordHit = {
  value: number;
  start: number;
  end: number;
  /** 'article': "en", "a" (one only before a unit); 'fraction': "halvannen", "et halvt". */
  kind: 'number' | 'article' | 'fraction';
  /** An everyday word as well as a number ("to", "tre", "fire", "one", "halv"): trust it only before a unit. */
  ambiguous: boolean;
};

/** A number word's part; `one` marks the articles that can end a compound ("tjueen", "tjueein"). */
type Atom = { kind: 'small' | 'tens' | 'hundred' | 'thousand' | 'and' | 'article'; value: number; one?: boolean };

const SMALL = new Map<string, number>();
const SCALE = new Map<string, Atom>();
for (const [word, value] of Object.entries(NUMBER_WORDS)) {
  const w = fold(word);
  if (value === 100) SCALE.set(w, { kind: 'hundred', value });
  else if (value === 1000) SCALE.set(w, { kind: 'thousand', value });
  else SMALL.set(w, value);
}
const TENS = new Map(Object.entries(TENS_WORDS).map(([k, v]) => [fold(k), v]));
const ARTICLES = new Set(ARTICLE_ONE.map(fold));
/** Articles that are also the word for one at the end of a compound ("tjueen", "tjueein"). */
const ONES_ARTICLES = new Set(['en', 'ein']);
const article = (w: string): Atom =>
  ONES_ARTICLES.has(w) ? { kind: 'article', value: 1, one: true } : { kind: 'article', value: 1 };
const AND = new Set(HALF_TAIL_WORDS.and.map(fold));
const HALF_ARTICLE = new Set(HALF_TAIL_WORDS.article.map(fold));
const HALF = new Set(HALF_TAIL_WORDS.half.map(fold));
const AMBIGUOUS = new Set(AMBIGUOUS_NUMBER_WORDS.map(fold));
/** Fractions by their token sequence, grouped by first token, longest first. */
const FRACTIONS = new Map<string, { tokens: string[]; value: number }[]>();
for (const [phrase, value] of Object.entries(FRACTION_WORDS)) {
  const tokens = fold(phrase).split(/[ -]+/);
  const first = tokens[0] ?? '';
  FRACTIONS.set(
    first,
    [...(FRACTIONS.get(first) ?? []), { tokens, value }].sort((a, b) => b.tokens.length - a.tokens.length),
  );
}
/** Single-word fractions that are also everyday words ("halv ni", "half of"). */
const AMBIGUOUS_FRACTIONS = new Set(['halv', 'halvt', 'half']);

/** Morphemes a joined number word may be built from, longest first ("hundreogfemti"). */
const MORPHEMES: readonly [string, Atom][] = [
  ...[...SMALL].map(([w, value]): [string, Atom] => [w, { kind: 'small', value }]),
  ...[...TENS].map(([w, value]): [string, Atom] => [w, { kind: 'tens', value }]),
  ...SCALE,
  ...[...ARTICLES].map((w): [string, Atom] => [w, article(w)]),
  ['og', { kind: 'and', value: 0 }] as [string, Atom],
].sort((a, b) => b[0].length - a[0].length);

const MAX_RUN = 10;
const MAX_WORD = 40;
/** The first two letters of every morpheme: a word starting otherwise is never split (most words). */
const MORPHEME_STARTS = new Set(MORPHEMES.map(([m]) => m.slice(0, 2)));
/** Split words seen before (a pure function of the word); cleared when it grows large. */
const SPLIT_CACHE = new Map<string, Atom[] | undefined>();
const SPLIT_CACHE_MAX = 4096;

/** One word as number atoms: itself, or its split into morphemes (a few, since words are short). */
function atomsOf(word: string): Atom[] | undefined {
  const small = SMALL.get(word);
  if (small !== undefined) return [{ kind: 'small', value: small }];
  const tens = TENS.get(word);
  if (tens !== undefined) return [{ kind: 'tens', value: tens }];
  const scale = SCALE.get(word);
  if (scale) return [scale];
  if (AND.has(word)) return [{ kind: 'and', value: 0 }];
  if (ARTICLES.has(word)) return [article(word)];
  if (word.length < 5 || word.length > MAX_WORD || !MORPHEME_STARTS.has(word.slice(0, 2))) return undefined;
  if (SPLIT_CACHE.has(word)) return SPLIT_CACHE.get(word);
  if (SPLIT_CACHE.size >= SPLIT_CACHE_MAX) SPLIT_CACHE.clear();
  const split = (rest: string, depth: number): Atom[] | undefined => {
    if (rest === '') return [];
    if (depth > 6) return undefined;
    for (const [m, atom] of MORPHEMES) {
      if (!rest.startsWith(m)) continue;
      const tail = split(rest.slice(m.length), depth + 1);
      if (tail) return [atom, ...tail];
    }
    return undefined;
  };
  const atoms = split(word, 0);
  const result = atoms && atoms.length > 1 ? atoms : undefined;
  SPLIT_CACHE.set(word, result);
  return result;
}

/** Below 100: "tolv", "tjue", "tjue fire", "femogtjue". Returns [value, atoms used]. */
function belowHundred(a: readonly Atom[], i: number): [number, number] | undefined {
  const x = a[i];
  const y = a[i + 1];
  const z = a[i + 2];
  if (x?.kind === 'tens') {
    const ones = (y?.kind === 'small' && y.value >= 1 && y.value <= 9) || y?.one === true;
    return ones && y ? [x.value + y.value, 2] : [x.value, 1];
  }
  if (x?.kind === 'article' && y?.kind === 'and' && z?.kind === 'tens') return [x.value + z.value, 3];
  if (x?.kind !== 'small' || x.value === 0) return undefined;
  if (y?.kind === 'and' && z?.kind === 'tens' && x.value <= 9) return [x.value + z.value, 3];
  return [x.value, 1];
}

/** Below 1000: "hundre og femti", "tre hundre", "tolv hundre", "a hundred", or below 100. */
function belowThousand(a: readonly Atom[], i: number): [number, number] | undefined {
  let n = i;
  let mult = 1;
  const head = a[n]?.kind === 'article' ? ([1, 1] as [number, number]) : belowHundred(a, n);
  if (a[n]?.kind === 'hundred') mult = 1;
  else if (head && a[n + head[1]]?.kind === 'hundred') {
    mult = head[0];
    n += head[1];
  } else return a[n]?.kind === 'article' ? undefined : head;
  n += 1;
  let value = mult * 100;
  const andNext = a[n]?.kind === 'and' ? 1 : 0;
  const tail = belowHundred(a, n + andNext);
  if (tail) {
    value += tail[0];
    n += andNext + tail[1];
  }
  return [value, n - i];
}

/** A whole number from atoms[0..]: thousands, hundreds, tens and ones. Returns [value, atoms used]. */
function parseAtoms(a: readonly Atom[]): [number, number] | undefined {
  const first = a[0];
  if (first?.kind === 'small' && first.value === 0) return [0, 1];
  const head = belowThousand(a, 0);
  const lone = first?.kind === 'article' ? ([1, 1] as [number, number]) : undefined;
  let n: number;
  let value: number;
  if (first?.kind === 'thousand') [value, n] = [1000, 1];
  else if (head && a[head[1]]?.kind === 'thousand') [value, n] = [head[0] * 1000, head[1] + 1];
  else if (lone && a[1]?.kind === 'thousand') [value, n] = [1000, 2];
  else return head ?? lone;
  const andNext = a[n]?.kind === 'and' ? 1 : 0;
  const tail = belowThousand(a, n + andNext);
  return tail ? [value + tail[0], n + andNext + tail[1]] : [value, n];
}

/** The [a-z0-9]+ runs of folded text: where each starts and ends, and its text on demand. */
type Tokens = {
  readonly starts: number[];
  readonly ends: number[];
  text(k: number): string;
  joined(k: number): boolean;
};

const isAlnum = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isDigit = (code: number) => code >= 48 && code <= 57;
/** Two first letters as one number; a one-letter word has 0 as its second. */
const prefixKey = (a: number, b: number) => a * 256 + (isAlnum(b) ? b : 0);
/** The first two letters of every word that can begin a number or a fraction ("og" cannot). */
const START_KEYS = new Set(
  [...MORPHEMES.filter(([, a]) => a.kind !== 'and').map(([m]) => m), ...FRACTIONS.keys()].map((w) =>
    prefixKey(w.charCodeAt(0), w.charCodeAt(1)),
  ),
);

/** Split folded text into tokens by a plain scan, without allocating a string per word. */
function tokenize(folded: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inside = i < folded.length && isAlnum(folded.charCodeAt(i));
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  const texts: (string | undefined)[] = [];
  return {
    starts,
    ends,
    text(k) {
      let t = texts[k];
      if (t === undefined) {
        t = k >= 0 && k < starts.length ? folded.slice(starts[k], ends[k]) : '';
        texts[k] = t;
      }
      return t;
    },
    /** Token k follows token k-1 after one space or hyphen. */
    joined(k) {
      if (k <= 0 || k >= starts.length) return false;
      const prevEnd = ends[k - 1] ?? 0;
      const gap = (starts[k] ?? 0) - prevEnd;
      const c = folded[prevEnd];
      return (gap === 1 && (c === ' ' || c === '-')) || (gap === 3 && folded.slice(prevEnd, prevEnd + 3) === ' - ');
    },
  };
}

/** The half after a number, starting at token k: "og et halvt", "and a half". Returns tokens used. */
function halfTail(t: Tokens, k: number): number {
  // "11 and half months": the article left out, before a unit (never "… and half of it").
  if (
    k + 2 < t.starts.length &&
    t.joined(k) &&
    t.joined(k + 1) &&
    t.joined(k + 2) &&
    AND.has(t.text(k)) &&
    HALF.has(t.text(k + 1)) &&
    UNIT_AFTER_HALF.has(t.text(k + 2))
  )
    return 2;
  if (k + 2 >= t.starts.length + 0 || !t.joined(k) || !t.joined(k + 1) || !t.joined(k + 2)) return 0;
  return AND.has(t.text(k)) && HALF_ARTICLE.has(t.text(k + 1)) && HALF.has(t.text(k + 2)) ? 3 : 0;
}
/** Units a half without its article may stand before ("11 and half months"). */
const UNIT_AFTER_HALF: ReadonlySet<string> = new Set(
  [...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.weeks, ...UNIT_WORDS.days, ...UNIT_WORDS.hours].map(fold),
);

/** Every number said in words in folded text, in order, without overlaps. */
export function findNumberWords(folded: string): NumberWordHit[] {
  const t = tokenize(folded);
  const out: NumberWordHit[] = [];
  let i = 0;
  while (i < t.starts.length) {
    const start = t.starts[i] ?? 0;
    const c0 = folded.charCodeAt(start);
    // Most words cannot begin a number: look at their first two letters before reading them.
    const candidate = isDigit(c0) || START_KEYS.has(prefixKey(c0, folded.charCodeAt(start + 1)));
    const hit = candidate ? (fractionAt(t, i) ?? numberAt(t, i)) : undefined;
    if (hit) {
      // Built field by field: object spread is a slow path in V8 and this runs per number.
      out.push({
        value: hit.value,
        start,
        end: t.ends[i + hit.used - 1] ?? start,
        kind: hit.kind,
        ambiguous: hit.ambiguous,
      });
      i += hit.used;
    } else i += 1;
  }
  return out;
}

type Found = { value: number; kind: NumberWordHit['kind']; ambiguous: boolean; used: number };

function fractionAt(t: Tokens, i: number): Found | undefined {
  for (const f of FRACTIONS.get(t.text(i)) ?? []) {
    if (!f.tokens.every((w, k) => t.text(i + k) === w && (k === 0 || t.joined(i + k)))) continue;
    const single = f.tokens.length === 1 && AMBIGUOUS_FRACTIONS.has(f.tokens[0] ?? '');
    return { value: f.value, kind: 'fraction', ambiguous: single, used: f.tokens.length };
  }
  return undefined;
}

/** A word's atoms, or undefined for digits and words that are no number. */
const atomsAt = (t: Tokens, k: number) => {
  const w = t.text(k);
  return isDigit(w.charCodeAt(0)) ? undefined : atomsOf(w);
};

function numberAt(t: Tokens, i: number): Found | undefined {
  const first = t.text(i);
  if (isDigit(first.charCodeAt(0))) {
    if (!/^\d+$/.test(first)) return undefined;
    const half = halfTail(t, i + 1);
    return half > 0 ? { value: Number(first) + 0.5, kind: 'number', ambiguous: false, used: 1 + half } : undefined;
  }
  if (!atomsAt(t, i)) return undefined;
  // The run of tokens that are number words, and where each token's atoms end.
  const atoms: Atom[] = [];
  const ends: number[] = [];
  for (let k = i; k < t.starts.length && k - i < MAX_RUN; k++) {
    if (k > i && !t.joined(k)) break;
    const a = atomsAt(t, k);
    if (!a) break;
    for (const x of a) atoms.push(x);
    ends.push(atoms.length);
  }
  const parsed = parseAtoms(atoms);
  if (!parsed) return undefined;
  // The number must end on a token boundary; drop a trailing "og"/"and" it did not use.
  let used = ends.indexOf(parsed[1]) + 1;
  let value = parsed[0];
  if (used === 0) {
    const back = ends.filter((e) => e < parsed[1]);
    const last = back[back.length - 1];
    if (last === undefined) return undefined;
    const again = parseAtoms(atoms.slice(0, last));
    if (!again || again[1] !== last) return undefined;
    used = back.length;
    value = again[0];
  }
  const half = halfTail(t, i + used);
  if (half > 0) return { value: value + 0.5, kind: 'number', ambiguous: false, used: used + half };
  const isArticle = used === 1 && ARTICLES.has(first);
  const ambiguous = used === 1 && AMBIGUOUS.has(first);
  return { value, kind: isArticle ? 'article' : 'number', ambiguous, used };
}
