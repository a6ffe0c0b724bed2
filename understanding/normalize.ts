/**
 * Text folding and whole-word phrase matching, shared by the answer parsers.
 *
 * `fold` makes matching forgiving of case, Norwegian letters, accents, typographic quotes and
 * dashes; `words` splits folded text into word tokens; `matchPhrases` finds synonym phrases among
 * the tokens, tolerating a definite/plural ending and (optionally) one or two typos in long words.
 */

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Lower case; ø→o, å→a, æ→ae; "aa", the way å is typed without a Norwegian keyboard («arbeidsbaat»,
 * «paa»), → a as å does; accents dropped; quotes, dashes and spaces unified; trimmed.
 */
export function fold(text: string): string {
  const known = FOLDED.get(text);
  if (known !== undefined) return known;
  const folded = foldText(text);
  if (FOLDED.size >= FOLDED_KEPT) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

/**
 * Texts folded lately: one message, and each of its questions, is folded by many readers (the
 * narrow readings, the follow-ups, the commands). Folding is pure, so a bounded memo is safe.
 */
const FOLDED = new Map<string, string>();
const FOLDED_KEPT = 64;

/** `fold` without its memo. */
function foldText(text: string): string {
  let s = text.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å|aa/g, 'a');
  // Most messages are plain ASCII once æ, ø and å are gone: skip the costly Unicode steps then.
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`´]/g, "'")
      .replace(/[‐‑‒–—―−]/g, '-');
  }
  if (s.includes('`')) s = s.replace(/`/g, "'");
  return s.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

/** Word tokens of folded text: letters and digits; apostrophes inside words are dropped ("don't" → "dont"). */
export function words(folded: string): string[] {
  return folded
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Folded tokens of a synonym or phrase as written in `content/synonyms.ts`. */
export const phraseTokens = (phrase: string): string[] => words(fold(phrase));

/** A synonym phrase compiled to tokens, with the value it stands for. */
export type Phrase = { readonly tokens: readonly string[]; readonly value: string };

/** A phrase found in the tokens of a reply: tokens [start, end). */
export type Span = { start: number; end: number; value: string };

/** Compile `{ value: [phrases] }` into token phrases, longest first. */
export function compilePhrases(byValue: Readonly<Record<string, readonly string[]>>): Phrase[] {
  const out: Phrase[] = [];
  for (const [value, list] of Object.entries(byValue)) {
    for (const p of list) {
      const tokens = phraseTokens(p);
      if (tokens.length > 0) out.push({ tokens, value });
    }
  }
  return out.sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Definite and plural endings tolerated after a synonym word of 4 letters or more. */
const ENDINGS = ['s', 'e', 'en', 'et', 'a', 'er', 'ar', 'ene', 'ane', 'es', 'ens', 'ets'];
const ALPHA = /^[a-z]+$/;

/** Optimal string alignment distance (edits and adjacent swaps), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows (the one before the previous is needed for adjacent swaps).
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let prev = Array.from({ length: width }, (_, j) => j);
  let row = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length] ?? max + 1;
}

/**
 * How many typos a synonym word may carry: none under 5 letters, one under 9, else two. The
 * reply's word must have 6 letters or more, so short real words ("reder", "ferie") are never corrected.
 */
const typoBudget = (word: string): number => (!ALPHA.test(word) || word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

function tokenMatches(user: string, syn: string, fuzzy: boolean): boolean {
  if (user === syn) return true;
  if (syn.length >= 4 && ALPHA.test(syn)) {
    if (user.startsWith(syn) && ENDINGS.includes(user.slice(syn.length))) return true;
    // A word ending in -e drops it before an ending: "skøyte" → "skøyta", "ferje" → "ferjen".
    const stem = syn.slice(0, -1);
    if (syn.endsWith('e') && user.startsWith(stem) && ENDINGS.includes(user.slice(stem.length))) return true;
  }
  if (!fuzzy || !ALPHA.test(user) || user.length < 6) return false;
  const budget = typoBudget(syn);
  return budget > 0 && editDistance(user, syn, budget) <= budget;
}

/** Phrases indexed by their first word, for a fast exact scan. */
export type PhraseIndex = {
  readonly list: readonly Phrase[];
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
};

/** Index a list of phrases (kept longest first). */
export function indexPhrases(list: readonly Phrase[]): PhraseIndex {
  const sorted = [...list].sort((a, b) => b.tokens.length - a.tokens.length);
  const byFirst = new Map<string, Phrase[]>();
  for (const p of sorted) {
    const first = p.tokens[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
  }
  return { list: sorted, byFirst };
}

/** Most tokens whose first words are remembered (the cache is emptied when full: users type new words). */
const MAX_REMEMBERED = 10_000;
const FIRST_WORDS = new Map<string, readonly string[]>();

/**
 * The first words a phrase found at `token` may have, in the order they are tried: `token` itself,
 * then for each ending it carries its stem and the stem with -e. A function of the token alone, so
 * remembered: every enum and yes/no fact of a message looks its tokens up again.
 */
function firstWordsOf(token: string): readonly string[] {
  let firsts = FIRST_WORDS.get(token);
  if (firsts !== undefined) return firsts;
  const out = [token];
  for (const e of ENDINGS) {
    if (token.length > e.length + 3 && token.endsWith(e)) {
      const stem = token.slice(0, -e.length);
      out.push(stem, `${stem}e`);
    }
  }
  firsts = out;
  if (FIRST_WORDS.size >= MAX_REMEMBERED) FIRST_WORDS.clear();
  FIRST_WORDS.set(token, firsts);
  return firsts;
}

/** True when some token of `tokens` could start a phrase of `index` (else no exact match is there). */
export function mayMatch(tokens: readonly string[], index: PhraseIndex): boolean {
  for (const token of tokens) for (const first of firstWordsOf(token)) if (index.byFirst.has(first)) return true;
  return false;
}

/** What one call of `matchPhrases` has found so far: the spans and the tokens they cover. */
type Found = { readonly spans: Span[]; readonly covered: boolean[] };

/**
 * Adds phrase `p` at token `i` to `found` when it is there, on tokens no exact match has `claimed`;
 * with `seen` (the fuzzy pass) a word may carry typos, and each (word, synonym word) verdict is
 * remembered there. (A module-level function, not a closure per call: tsx names every closure made.)
 */
function tryAt(
  tokens: readonly string[],
  i: number,
  p: Phrase,
  found: Found,
  claimed?: readonly boolean[],
  seen?: Map<string, boolean>,
): void {
  const n = p.tokens.length;
  if (i + n > tokens.length) return;
  for (let k = 0; k < n; k++) {
    if (claimed?.[i + k]) return;
    const user = tokens[i + k] ?? '';
    const syn = p.tokens[k] ?? '';
    if (!(seen ? nearMatch(seen, user, syn) : tokenMatches(user, syn, false))) return;
  }
  found.spans.push({ start: i, end: i + n, value: p.value });
  for (let k = i; k < i + n; k++) found.covered[k] = true;
}

/** `tokenMatches` with typos, remembered in `seen` for one call (replies repeat words). */
function nearMatch(seen: Map<string, boolean>, user: string, syn: string): boolean {
  const key = `${user} ${syn}`;
  let v = seen.get(key);
  if (v === undefined) {
    v = tokenMatches(user, syn, true);
    seen.set(key, v);
  }
  return v;
}

/**
 * All occurrences of the indexed phrases in `tokens`. Exact matches (with endings) first; with
 * `fuzzy`, then typo-tolerant matches on tokens no exact match has claimed. Spans inside a longer
 * span are dropped ("lettmatros" inside "maskinpasser og lettmatros").
 */
export function matchPhrases(
  tokens: readonly string[],
  index: PhraseIndex,
  fuzzy: boolean,
): { kept: Span[]; covered: boolean[] } {
  const found: Found = { spans: [], covered: new Array<boolean>(tokens.length).fill(false) };
  // Phrases whose first word could be the token (itself, or the token without an ending).
  for (let i = 0; i < tokens.length; i++)
    for (const first of firstWordsOf(tokens[i] as string)) {
      const phrases = index.byFirst.get(first);
      if (phrases !== undefined) for (const p of phrases) tryAt(tokens, i, p, found);
    }
  if (fuzzy) {
    const claimed = found.covered.slice();
    const seen = new Map<string, boolean>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      if (claimed[i] || t.length < 6 || !ALPHA.test(t)) continue;
      for (const p of index.list) tryAt(tokens, i, p, found, claimed, seen);
    }
  }
  return { kept: outermost(found.spans), covered: found.covered };
}

/**
 * The spans not inside a longer one, in their order. A sweep by start (longest first) instead of
 * comparing every pair: a span is inside a longer one exactly when an earlier, different span
 * reaches as far.
 */
function outermost(spans: readonly Span[]): Span[] {
  // Most calls find no phrase, or one (no other span to be inside).
  if (spans.length <= 1) return spans.slice();
  const order = spans
    .map((_, i) => i)
    .sort((x, y) => {
      const [a, b] = [spans[x] as Span, spans[y] as Span];
      return a.start - b.start || b.end - a.end;
    });
  const inside = new Set<number>();
  let reach = -1;
  let g = 0;
  while (g < order.length) {
    const first = spans[order[g] as number] as Span;
    let h = g;
    // Identical spans are not inside each other.
    while (
      h < order.length &&
      spans[order[h] as number]?.start === first.start &&
      spans[order[h] as number]?.end === first.end
    ) {
      if (reach >= first.end) inside.add(order[h] as number);
      h++;
    }
    reach = Math.max(reach, first.end);
    g = h;
  }
  return spans.filter((_, i) => !inside.has(i));
}

/** True when `phrase` (already tokenised) occurs in `tokens` as whole words. */
export function containsTokens(tokens: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Every match of the global regular expression `re` in `text`, as `[...text.matchAll(re)]` gives
 * them: from `re.lastIndex`, an empty match moving on one character (one code point with the u or v
 * flag), and `re.lastIndex` left as it was. Without the copy of `re` that matchAll makes on every
 * call, which costs several times a short message's scan (the readers run dozens of patterns on each).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf takes a global regular expression');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = nextMatch(re, text); m !== null; m = nextMatch(re, text)) out.push(m);
  re.lastIndex = saved;
  return out;
}

/**
 * One step of `matchesOf`: the match of global `re` in `text` from `re.lastIndex`, with
 * `re.lastIndex` moved past it (past an empty one too). The caller saves and restores `lastIndex`.
 */
export function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (m !== null && m[0].length === 0) re.lastIndex = indexAfter(text, re.lastIndex, re.flags);
  return m;
}

/** The index after the character at `at` (a surrogate pair is one character with the u or v flag). */
function indexAfter(text: string, at: number, flags: string): number {
  if (!(flags.includes('u') || flags.includes('v')) || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/** `text` with [start, end) replaced by spaces (offsets kept). */
export const blanked = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + text.slice(end);

/** `text` with every span of `spans` replaced by spaces (offsets kept). */
export const blankedAll = (text: string, spans: readonly { start: number; end: number }[]): string =>
  spans.reduce((out, s) => blanked(out, s.start, s.end), text);

/** Escape a string for use inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of folded phrases, longest first, with flexible whitespace. */
export function alternation(phrases: readonly string[]): string {
  const folded = [...new Set(phrases.map(fold))].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  return folded.map((p) => escapeRegExp(p).replace(/ /g, '\\s*')).join('|');
}

/**
 * A regular expression that finds any of `phrases` as whole words in folded text (no letter right
 * before or after): the one way the readers match a word list.
 */
export const wholePhrases = (phrases: readonly string[], flags?: string): RegExp =>
  new RegExp(`(?<![a-z])(?:${alternation(phrases)})(?![a-z])`, flags);

/** A regular expression that finds any of `phrases` starting a word, its ending left free («bemanningssertifikatet», "ISSCs"). */
export const leadingPhrases = (phrases: readonly string[]): RegExp =>
  new RegExp(`(?<![a-z])(?:${alternation(phrases)})`);
