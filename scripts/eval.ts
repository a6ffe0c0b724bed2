/**
 * `npm run eval`: routing quality on the held-out evaluation set (test/eval/questions.ts).
 * Prints top-1 accuracy per language, how many in-scope questions were answered directly or
 * clarified, out-of-scope questions answered as in-scope (must be zero), and the confusions.
 */
import { evaluateRouting } from '../test/eval/evaluate.js';
import { evalCases } from '../test/eval/questions.js';
import { freshCases } from '../test/eval/questions-fresh.js';

for (const [name, cases] of [
  ['held-out set', evalCases],
  ['second held-out set (written independently of the router)', freshCases],
] as const) {
  const report = evaluateRouting(cases);
  const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
  console.log(`\n=== Routing on the ${name} ===\n`);
  console.log('lang  cases  top-1          direct  clarify  fallback');
  for (const l of report.byLocale) {
    console.log(
      `${l.locale.padEnd(5)} ${String(l.cases).padStart(5)}  ${pct(l.top1, l.cases).padStart(7)} (${l.top1})  ${String(l.direct).padStart(6)}  ${String(l.clarify).padStart(7)}  ${String(l.fallback).padStart(8)}`,
    );
  }
  console.log(
    `\nAll in-scope: top-1 ${pct(report.top1, report.inScope)} of ${report.inScope}; answered directly and right ${pct(report.directRight, report.inScope)}; directly and wrong ${report.directWrong}`,
  );
  console.log(
    `Out of scope: ${report.outOfScope} cases, answered as in-scope: ${report.outOfScopeAnswered}, clarified: ${report.outOfScopeClarified}`,
  );
  if (report.confusions.length > 0) {
    console.log('\nConfusions (expected → got, how):');
    for (const c of report.confusions) console.log(`  [${c.locale}] ${c.expected} → ${c.got} (${c.how})  «${c.text}»`);
  }
}
