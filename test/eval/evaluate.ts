/**
 * Counts what routing does with a set of labelled messages; shared by `npm run eval`, the routing
 * tests and the one-off measurement of the old router ("before"). It needs only a verdict per
 * text, so any router with the `classifyTopics` verdict shape can be measured the same way.
 *
 * In scope, each message is exactly one of: answered directly and right; offered in a menu that
 * holds the right topic; answered wrong (directly, with another topic); missed (the fallback, or a
 * menu without the right topic). Out of scope: the fallback, a menu, or answered as in scope.
 */

/** A labelled message of an evaluation set. */
export type EvalCase = { text: string; locale: string; topic: string };

/** The part of a verdict the evaluation reads (the shape of `TopicVerdict`). */
export type VerdictLike =
  | { kind: 'answer'; topic: string }
  | { kind: 'clarify'; topics: readonly string[] }
  | { kind: 'out-of-scope' };

/** In-scope counts for one language (or all). */
export type InScopeRow = { locale: string; cases: number; right: number; menu: number; wrong: number; missed: number };

/** Out-of-scope counts. */
export type OutOfScopeRow = { cases: number; fallback: number; menu: number; answered: number };

/** A message routed differently from its label (texts stay in memory; the held-out report never prints them). */
export type Miss = {
  locale: string;
  text: string;
  expected: string;
  got: string;
  how: 'answer' | 'clarify' | 'out-of-scope';
};

/** The figures of one evaluation set. */
export type RoutingReport = {
  byLocale: InScopeRow[];
  all: InScopeRow;
  outOfScope: OutOfScopeRow;
  outOfScopeByLocale: (OutOfScopeRow & { locale: string })[];
  misses: Miss[];
};

const LOCALE_ORDER = ['nb', 'nn', 'en'];

const emptyRow = (locale: string): InScopeRow => ({ locale, cases: 0, right: 0, menu: 0, wrong: 0, missed: 0 });
const emptyOos = (): OutOfScopeRow => ({ cases: 0, fallback: 0, menu: 0, answered: 0 });

/** Route every case with `verdictOf` (given the text and the case's index) and count. */
export function evaluateRouting(
  cases: readonly EvalCase[],
  verdictOf: (text: string, index: number) => VerdictLike,
): RoutingReport {
  const rows = new Map<string, InScopeRow>();
  const oosRows = new Map<string, OutOfScopeRow>();
  const all = emptyRow('all');
  const outOfScope = emptyOos();
  const misses: Miss[] = [];
  cases.forEach((c, i) => {
    const v = verdictOf(c.text, i);
    const got = v.kind === 'answer' ? v.topic : v.kind === 'clarify' ? v.topics.join(' | ') : 'fallback';
    if (c.topic === 'fallback') {
      const row = oosRows.get(c.locale) ?? emptyOos();
      oosRows.set(c.locale, row);
      for (const r of [row, outOfScope]) {
        r.cases += 1;
        if (v.kind === 'out-of-scope') r.fallback += 1;
        else if (v.kind === 'clarify') r.menu += 1;
        else r.answered += 1;
      }
      if (v.kind !== 'out-of-scope')
        misses.push({ locale: c.locale, text: c.text, expected: c.topic, got, how: v.kind });
      return;
    }
    const row = rows.get(c.locale) ?? emptyRow(c.locale);
    rows.set(c.locale, row);
    const outcome =
      v.kind === 'answer'
        ? v.topic === c.topic
          ? 'right'
          : 'wrong'
        : v.kind === 'clarify' && v.topics.includes(c.topic)
          ? 'menu'
          : 'missed';
    for (const r of [row, all]) {
      r.cases += 1;
      r[outcome] += 1;
    }
    if (outcome !== 'right') misses.push({ locale: c.locale, text: c.text, expected: c.topic, got, how: v.kind });
  });
  const order = (l: string) => (LOCALE_ORDER.indexOf(l) + 1 || 99) * 1000 + l.charCodeAt(0);
  return {
    byLocale: [...rows.values()].sort((a, b) => order(a.locale) - order(b.locale)),
    all,
    outOfScope,
    outOfScopeByLocale: [...oosRows.entries()]
      .map(([locale, r]) => ({ locale, ...r }))
      .sort((a, b) => order(a.locale) - order(b.locale)),
    misses,
  };
}

/** Share as a fraction (0 when there are no cases). */
export const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

/** Lower case, æøå folded, accents and punctuation removed: how texts are compared for overlap. */
export const normaliseForOverlap = (text: string): string =>
  text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9§]+/g, ' ')
    .trim();
