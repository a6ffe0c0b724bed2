/** Runs the router over the held-out set and counts; shared by the eval test and `npm run eval`. */
import { route } from '../../understanding/route.js';
import type { EvalCase } from './questions.js';
import { evalCases } from './questions.js';

export type Confusion = { locale: string; text: string; expected: string; got: string; how: string };

export function evaluateRouting(cases: readonly EvalCase[] = evalCases) {
  const byLocale = (['nb', 'en'] as const).map((locale) => ({
    locale,
    cases: 0,
    top1: 0,
    direct: 0,
    clarify: 0,
    fallback: 0,
  }));
  const confusions: Confusion[] = [];
  let inScope = 0,
    top1 = 0,
    directRight = 0,
    directWrong = 0,
    outOfScope = 0,
    outOfScopeAnswered = 0,
    outOfScopeClarified = 0;
  for (const c of cases) {
    const r = route(c.text);
    if (c.topic === 'fallback') {
      outOfScope += 1;
      if (r.kind === 'topic') {
        outOfScopeAnswered += 1;
        confusions.push({ locale: c.locale, text: c.text, expected: 'fallback', got: r.topic, how: 'answered' });
      }
      if (r.kind === 'clarify') outOfScopeClarified += 1;
      continue;
    }
    inScope += 1;
    const l = byLocale.find((b) => b.locale === c.locale)!;
    l.cases += 1;
    const best = r.kind === 'topic' ? r.topic : r.kind === 'clarify' ? r.topics[0] : 'fallback';
    if (best === c.topic) {
      top1 += 1;
      l.top1 += 1;
    }
    l[r.kind === 'topic' ? 'direct' : r.kind] += 1;
    if (r.kind === 'topic') {
      if (r.topic === c.topic) directRight += 1;
      else directWrong += 1;
    }
    if (best !== c.topic)
      confusions.push({ locale: c.locale, text: c.text, expected: c.topic, got: best ?? 'fallback', how: r.kind });
  }
  return {
    byLocale,
    inScope,
    top1,
    directRight,
    directWrong,
    outOfScope,
    outOfScopeAnswered,
    outOfScopeClarified,
    confusions,
  };
}
