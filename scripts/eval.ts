/**
 * `npm run eval`: how well Losen routes messages to topics, as Markdown tables (for the lead's note).
 *
 *   npm run eval                  — held-out set, dev set, k-fold cross-validation, earlier question sets
 *   npm run eval -- --no-heldout  — without the held-out sets: the mode for tuning (never tune on them)
 *   npm run eval -- --no-cv       — without the cross-validation (it trains 5 models: minutes)
 *   npm run eval -- --misses      — also list the misses of the earlier question sets, the dev set and
 *                                   the cross-validation (never the held-out set's)
 *
 * Per language (nb, nn, en): answered directly and right, offered in a menu, answered wrong, missed;
 * out of scope: fallback, menu, answered. "Before" is the old MiniSearch router (commit 2ab139d),
 * measured once with scripts/eval-before.ts and kept in test/eval/before.json.
 *
 * The held-out set (test/eval/heldout/) was written by another engineer while the classifier was
 * built; it is never trained or tuned on, and only its aggregate figures are printed. The dev set
 * (test/eval/dev/) was written before the out-of-scope tuning, to tune against instead of the
 * held-out set; it is never copied into the examples (a test checks).
 */
import { readFileSync } from 'node:fs';
import { fitTemperature, FOLDS, outOfFoldLogits } from '../understanding/classifier/calibrate.js';
import { CLASSES, classIndex, trainingExamples } from '../understanding/classifier/data.js';
import { committedModel, probabilitiesOfLogits } from '../understanding/classifier/model.js';
import { POLICY } from '../understanding/classifier/policy.js';
import { TRAINING } from '../understanding/classifier/train.js';
import { classifyTopics, type TopicVerdict, verdictOf } from '../understanding/topics.js';
import { understand } from '../understanding/understand.js';

/** A fixed day for the dates in messages (routing does not depend on it). */
const EVAL_TODAY = '2026-12-05';
import { DEV_SET } from '../test/eval/dev/index.js';
import { type EvalCase, evaluateRouting, type Miss, type RoutingReport } from '../test/eval/evaluate.js';
import { type HeldOutSet, loadHeldOut } from '../test/eval/heldout-loader.js';
import { evalCases } from '../test/eval/questions.js';
import { freshCases } from '../test/eval/questions-fresh.js';
import { TARGETS } from '../test/eval/targets.js';

type Figures = Omit<RoutingReport, 'misses'>;
type Before = { router: string; questions?: Figures; examples?: Figures; heldout?: Figures };

const args = process.argv.slice(2);
const before = JSON.parse(readFileSync(new URL('../test/eval/before.json', import.meta.url), 'utf8')) as Before;
const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

/** One Markdown table: rows are the measures, columns each language (and all) before and after. */
function table(after: Figures, was: Figures | undefined): string {
  const locales = [...new Set([...after.byLocale, ...(was?.byLocale ?? [])].map((r) => r.locale))];
  const cols = [...locales, 'all'];
  const inRow = (f: Figures | undefined, l: string) => (l === 'all' ? f?.all : f?.byLocale.find((r) => r.locale === l));
  const oosRow = (f: Figures | undefined, l: string) =>
    l === 'all' ? f?.outOfScope : f?.outOfScopeByLocale.find((r) => r.locale === l);
  const head = `| | ${cols.map((c) => `${c} before | ${c} after`).join(' | ')} |`;
  const rule = `|---|${cols.map(() => '---:|---:').join('|')}|`;
  const line = (label: string, cell: (f: Figures | undefined, l: string) => string) =>
    `| ${label} | ${cols.map((l) => `${was ? cell(was, l) : '–'} | ${cell(after, l)}`).join(' | ')} |`;
  const inCell = (key: 'right' | 'menu' | 'wrong' | 'missed') => (f: Figures | undefined, l: string) => {
    const r = inRow(f, l);
    return r ? pct(r[key], r.cases) : '–';
  };
  const oosCell = (key: 'fallback' | 'menu' | 'answered') => (f: Figures | undefined, l: string) => {
    const r = oosRow(f, l);
    return r ? `${pct(r[key], r.cases)} (${r[key]})` : '–';
  };
  return [
    head,
    rule,
    line('in-scope messages', (f, l) => String(inRow(f, l)?.cases ?? '–')),
    line('answered directly and right', inCell('right')),
    line('offered in a menu (right topic among the options)', inCell('menu')),
    line('answered wrong', inCell('wrong')),
    line('missed (fallback, or a menu without the right topic)', inCell('missed')),
    line('out-of-scope messages', (f, l) => String(oosRow(f, l)?.cases ?? '–')),
    line('→ fallback', oosCell('fallback')),
    line('→ menu', oosCell('menu')),
    line('→ answered as in scope', oosCell('answered')),
  ].join('\n');
}

/** The targets of the issue, checked on held-out figures. */
function targetLines(f: Figures): string {
  const checks: [string, boolean][] = [
    [
      `answered directly and right ≥ ${TARGETS.rightAll * 100} % overall: ${pct(f.all.right, f.all.cases)}`,
      f.all.right >= TARGETS.rightAll * f.all.cases,
    ],
    ...f.byLocale.map((r): [string, boolean] => [
      `… ≥ ${TARGETS.rightEachLocale * 100} % in ${r.locale}: ${pct(r.right, r.cases)}`,
      r.right >= TARGETS.rightEachLocale * r.cases,
    ]),
    [
      `answered wrong ≤ ${TARGETS.wrongAll * 100} %: ${pct(f.all.wrong, f.all.cases)}`,
      f.all.wrong <= TARGETS.wrongAll * f.all.cases,
    ],
    [`out of scope answered as in scope = 0: ${f.outOfScope.answered}`, f.outOfScope.answered === 0],
    [
      `out of scope to the fallback ≥ ${TARGETS.outOfScopeFallback * 100} %: ${pct(f.outOfScope.fallback, f.outOfScope.cases)}`,
      f.outOfScope.fallback >= TARGETS.outOfScopeFallback * f.outOfScope.cases,
    ],
  ];
  return checks.map(([text, ok]) => `- ${ok ? 'met' : '**NOT met**'}: ${text}`).join('\n');
}

const strip = (r: RoutingReport): Figures => ({ ...r, misses: undefined }) as Figures;
const out: string[] = [];
const model = committedModel();
out.push('# Routing evaluation (`npm run eval`)');
out.push(
  `Classifier: ${model.vocab.index.size.toLocaleString('en-US')} features × ${model.classes.length} classes, ` +
    `temperature ${model.temperature}; policy: answer at p ≥ ${POLICY.answer}, a menu of 2–${POLICY.menuSize} ` +
    `topics each ≥ ${POLICY.menuEach} and together ≥ ${POLICY.menuTotal}, otherwise the fallback. ` +
    `Before: ${before.router}.`,
);

/** The verdict a conversation routes on: the first question `understand()` finds in the message. */
const understoodVerdict = (text: string): TopicVerdict =>
  understand(text, { today: EVAL_TODAY }).questions[0]?.verdict ?? { kind: 'out-of-scope', ranked: [] };

/** Misses of a set the engineers may read (never the held-out set's). */
const missLines = (misses: readonly Miss[]) =>
  misses.map((m) => `- [${m.locale}] ${m.expected} → ${m.got} (${m.how}): «${m.text}»`).join('\n');

/** One held-out set's section: aggregate figures and the issue's targets, never a text or a miss. */
async function heldOutSection(set: HeldOutSet, title: string, about: string, was: Figures | undefined) {
  out.push(`\n## ${title}`);
  if (args.includes('--no-heldout')) {
    out.push('Not measured in this run (`--no-heldout`).');
    return;
  }
  const cases = await loadHeldOut(set);
  if (!cases) {
    out.push('Not present yet in this tree.');
    return;
  }
  const report = strip(evaluateRouting(cases, (t) => classifyTopics(t)));
  out.push(`${about} Aggregate figures only.\n`);
  out.push(table(report, was));
  out.push(`\nTargets on ${set === 1 ? 'the held-out set' : 'held-out set 2'}:\n${targetLines(report)}`);
  // What a conversation routes on: the whole reading of the message, not the classifier alone.
  const whole = strip(evaluateRouting(cases, understoodVerdict));
  out.push(
    '\nThe same messages through `understand()` — what a conversation routes on: its first question, after ' +
      'the question splitting and the narrow rules on top of the classifier (a D6 holder, how many cooks, an ' +
      "ISSC's processing time, an amount of sea time asked):\n",
  );
  out.push(table(whole, undefined));
  out.push(`\nTargets, read this way:\n${targetLines(whole)}`);
}

await heldOutSection(
  1,
  'Held-out set (test/eval/heldout)',
  'Written by another engineer while the classifier was built, from the topic catalogue and seeds; ' +
    'never read, trained or tuned on here (a test checks that none of its texts is among the examples).',
  before.heldout,
);
await heldOutSection(
  2,
  'Held-out set 2 (test/eval/heldout2)',
  'Written by an engineer who never saw the examples, the first held-out set or any routing result, ' +
    'while the classifier was tuned; never read, trained or tuned on.',
  undefined,
);

const devReport = evaluateRouting(DEV_SET, (t) => classifyTopics(t));
out.push(`\n## Dev set (test/eval/dev, ${DEV_SET.length} messages)`);
out.push(
  'Written before the out-of-scope tuning from the topic catalogue and seeds, mostly out-of-scope messages ' +
    "close to Sdir's field that use in-scope words; tuned against (instead of the held-out set), never part of " +
    'the examples (a test checks).\n',
);
out.push(table(strip(devReport), undefined));
if (args.includes('--misses')) out.push(`\nMisses (expected → got):\n${missLines(devReport.misses)}`);

if (!args.includes('--no-cv')) {
  const examples = trainingExamples();
  const labels = examples.map((e) => classIndex(e.topic));
  process.stderr.write(`cross-validating (${FOLDS} folds, ${examples.length} examples)…\n`);
  const oof = outOfFoldLogits(examples, CLASSES.length, TRAINING, FOLDS, (f, ms) =>
    process.stderr.write(`  fold ${f + 1}/${FOLDS}: ${(ms / 1000).toFixed(1)} s\n`),
  );
  const t = fitTemperature(oof, labels);
  // Generated out-of-scope messages are trained on in every fold but not measured: they are alike by
  // construction, so counting them would flatter the out-of-scope figures.
  const measured = examples.flatMap((e, i) => (e.generated ? [] : [i]));
  const report = evaluateRouting(
    measured.map((i) => examples[i] as (typeof examples)[number]),
    (_, j) => verdictOf(probabilitiesOfLogits(oof[measured[j] ?? 0] ?? new Float64Array(CLASSES.length), CLASSES, t)),
  );
  out.push(`\n## ${FOLDS}-fold cross-validation of the examples (${measured.length} hand-written messages)`);
  out.push(
    'Each example is routed by a model trained on the other folds (stratified by topic and language; ' +
      `temperature ${t} fitted on these out-of-fold scores; the ${examples.length - measured.length} generated ` +
      'out-of-scope messages are trained on in every fold, never measured). Before: the old router on the same messages, ' +
      'not cross-validated: about 900 of them were its own examples (some 11 per topic in nb and en), ' +
      'the rest (all nynorsk, most of the others) it never saw.\n',
  );
  out.push(table(strip(report), before.examples));
  if (args.includes('--misses')) out.push(`\nMisses (expected → got):\n${missLines(report.misses)}`);
}

const questions: EvalCase[] = [...evalCases, ...freshCases];
const qReport = evaluateRouting(questions, (t) => classifyTopics(t));
out.push('\n## Earlier question sets (test/eval/questions*.ts)');
out.push(
  'Written for the old router and seen while it was tuned, so not held-out for it; never part of the ' +
    "classifier's examples (a test checks). Nynorsk questions there are labelled nb.\n",
);
out.push(table(strip(qReport), before.questions));
if (args.includes('--misses')) out.push(`\nMisses (expected → got):\n${missLines(qReport.misses)}`);
console.log(out.join('\n'));
