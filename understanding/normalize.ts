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

/** Phrases whose first word could be `token` (itself, or `token` without an ending). */
function candidates(index: PhraseIndex, token: string): readonly Phrase[] {
  const out: Phrase[] = [...(index.byFirst.get(token) ?? [])];
  for (const e of ENDINGS) {
    if (token.length > e.length + 3 && token.endsWith(e)) {
      const stem = token.slice(0, -e.length);
      out.push(...(index.byFirst.get(stem) ?? []), ...(index.byFirst.get(`${stem}e`) ?? []));
    }
  }
  return out;
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
  const spans: Span[] = [];
  const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const tryAt = (
    i: number,
    p: Phrase,
    claimed: readonly boolean[] | undefined,
    near?: (u: string, s: string) => boolean,
  ) => {
    const n = p.tokens.length;
    if (i + n > tokens.length) return;
    for (let k = 0; k < n; k++) {
      if (claimed?.[i + k]) return;
      const [user, syn] = [tokens[i + k] ?? '', p.tokens[k] ?? ''];
      if (!(near ? near(user, syn) : tokenMatches(user, syn, false))) return;
    }
    spans.push({ start: i, end: i + n, value: p.value });
    for (let k = i; k < i + n; k++) covered[k] = true;
  };
  for (const [i, token] of tokens.entries()) for (const p of candidates(index, token)) tryAt(i, p, undefined);
  if (fuzzy) {
    const claimed = covered.slice();
    // Replies repeat words; remember each (word, synonym word) verdict for this call.
    const seen = new Map<string, boolean>();
    const near = (user: string, syn: string) => {
      const key = `${user} ${syn}`;
      let v = seen.get(key);
      if (v === undefined) {
        v = tokenMatches(user, syn, true);
        seen.set(key, v);
      }
      return v;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      if (claimed[i] || t.length < 6 || !ALPHA.test(t)) continue;
      for (const p of index.list) tryAt(i, p, claimed, near);
    }
  }
  return { kept: outermost(spans), covered };
}

/**
 * The spans not inside a longer one, in their order. A sweep by start (longest first) instead of
 * comparing every pair: a span is inside a longer one exactly when an earlier, different span
 * reaches as far.
 */
function outermost(spans: readonly Span[]): Span[] {
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
