/**
 * One-off measurement of the old router ("before" in `npm run eval`), kept so the figures in
 * test/eval/before.json can be reproduced. It runs in a copy of the tree at commit 2ab139d (the
 * MiniSearch router behind `classifyTopics`), never in this tree:
 *
 *   git archive 2ab139d | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
 *   cp scripts/eval-before.ts /tmp/before/scripts/ && cp test/eval/evaluate.ts /tmp/before/test/eval/
 *   cp -r test/eval/heldout /tmp/before/test/eval/            (copied, never opened)
 *   npx tsx scripts/eval-examples-json.ts > /tmp/before/examples.json   (the new examples as JSON)
 *   cd /tmp/before && npx tsx scripts/eval-before.ts > before.json
 *
 * Only aggregate counts are written (no texts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { evalCases } from '../test/eval/questions.js';
import { freshCases } from '../test/eval/questions-fresh.js';
import { classifyTopics } from '../understanding/topics.js';
import { type EvalCase, evaluateRouting } from '../test/eval/evaluate.js';

const strip = (r: ReturnType<typeof evaluateRouting>) => ({ ...r, misses: undefined });
const sets: Record<string, readonly EvalCase[]> = { questions: [...evalCases, ...freshCases] };
if (existsSync('examples.json')) sets.examples = JSON.parse(readFileSync('examples.json', 'utf8')) as EvalCase[];
if (existsSync('test/eval/heldout/index.ts')) {
  const heldout = (await import(pathToFileURL('test/eval/heldout/index.ts').href)) as { HELD_OUT: EvalCase[] };
  sets.heldout = heldout.HELD_OUT;
}
const out: Record<string, unknown> = { router: 'MiniSearch router of commit 2ab139d (understanding/route.ts)' };
for (const [name, cases] of Object.entries(sets)) out[name] = strip(evaluateRouting(cases, (t) => classifyTopics(t)));
console.log(JSON.stringify(out, null, 2));
