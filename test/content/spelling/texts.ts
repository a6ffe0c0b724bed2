/**
 * Every user-facing text of Losen with its three languages side by side, gathered for the
 * spelling and parity tests: the content trees (topics, UI, widget, staff page, documents, fact
 * questions, outcome headlines), the demo and staff pages, and the texts of `rules/`.
 *
 * The rules' texts are gathered twice over: every `{ nb, nn, en }` object literal in `rules/*.ts`
 * read from the source (so every branch of every reason is seen, with its `${…}` holes blanked),
 * and what the rules return at run time (titles, summaries, fact labels, thresholds, source
 * names, and the reasons and problems of decisions on generated facts, with real numbers and dates).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { CHANNEL_TEXTS } from '../../../content/channels.js';
import { FACT_QUESTIONS } from '../../../content/facts.js';
import { DOCUMENT_TEXTS } from '../../../content/documents/texts.js';
import { D6_HEALTH_LAPSED_HEADLINE, OUTCOME_HEADLINES } from '../../../content/outcomes.js';
import { STAFF_TEXTS } from '../../../content/staff.js';
import { TOPIC_TEXTS } from '../../../content/topics/index.js';
import { UI_TEXTS } from '../../../content/ui.js';
import { WIDGET_TEXTS } from '../../../content/widget.js';
import type { Decision, FactInfo, RuleInfo, Text } from '../../../rules/index.js';
import { decide, listRules, LOCALES, SOURCES } from '../../../rules/index.js';

/**
 * Sources whose nynorsk is not written yet, by id, with whose work it waits for: their nynorsk
 * check shows as a todo, not as a pass. Empty since the rules' nynorsk (content/facts,
 * content/outcomes, rules/) landed under issue 12; keep it empty unless a new source is added
 * before its nynorsk is written.
 */
export const PENDING_NN: ReadonlyMap<string, string> = new Map();

/** One text in its three languages, and where it comes from. */
export type Leaf = { path: string; text: Text };

/** A group of texts with one owner, checked together. */
export type TextSource = { id: string; leaves: Leaf[] };

const ROOT = new URL('../../../', import.meta.url).pathname;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A sample argument for a text function: digits, which the word check skips. */
const SAMPLE_ARGUMENT = '7';

/** Each `{ nb, nn, en }` leaf of a content tree; text functions are called with sample arguments. */
export function leavesOf(tree: unknown, prefix = ''): Leaf[] {
  if (!isRecord(tree)) return [];
  if (LOCALES.every((l) => Object.hasOwn(tree, l))) {
    const write = (v: unknown): string => {
      if (typeof v === 'function') return String(v(...Array.from({ length: v.length }, () => SAMPLE_ARGUMENT)));
      return typeof v === 'string' ? v : '';
    };
    return [{ path: prefix, text: { nb: write(tree.nb), nn: write(tree.nn), en: write(tree.en) } }];
  }
  return Object.entries(tree).flatMap(([k, v]) => leavesOf(v, prefix ? `${prefix}.${k}` : k));
}

/** The words of a piece of source code that builds a string (holes and calls become spaces). */
function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isBinaryExpression(node)) return `${literalText(node.left)} ${literalText(node.right)}`;
  if (ts.isConditionalExpression(node)) return `${literalText(node.whenTrue)} ${literalText(node.whenFalse)}`;
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return literalText(node.body);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))
    return literalText(node.expression.expression);
  return ' ';
}

/** An expression that writes no text of its own (a variable, a property, a call): a hole to fill at run time. */
const isOnlyAHole = (node: ts.Expression): boolean =>
  !ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node) && literalText(node).trim() === '';

/** Every `{ nb, nn, en }` object literal in one source file. */
function literalLeaves(file: string): Leaf[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Leaf[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map<string, ts.Expression>();
      for (const p of node.properties)
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          props.set(p.name.text, p.initializer);
      const [nb, nn, en] = LOCALES.map((l) => props.get(l));
      if (nb && nn && en) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const text = { nb: literalText(nb), nn: literalText(nn), en: literalText(en) };
        // `{ nb: u.nb, … }` holds no words of its own, and `{ nb: f.certificate, …, en: `the ${…}` }`
        // is made at run time in some language (seen with real values in the decisions below);
        // an empty string literal (`nb: ''`) is kept, so the parity test finds it.
        // A map of language tags (`{ nb: 'nb-NO', … }`) is no text.
        const tags = LOCALES.every((l) => /^[a-z]{2}-[A-Z]{2}$/.test(text[l]));
        if (!tags && LOCALES.some((l) => text[l].trim() !== '') && ![nb, nn, en].some(isOnlyAHole))
          found.push({ path: `${file}:${line}`, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Candidate values for one fact: the ends of its range, the rule's thresholds either side, every choice. */
function samples(fact: FactInfo, rule: RuleInfo): unknown[] {
  const min = fact.min ?? 0;
  const max = fact.max ?? 10_000;
  const around = rule.thresholds.flatMap((t) => [t.value - 1, t.value, t.value + 1]);
  const numbers = [...new Set([min, max, 1, 6, 12, 30, 500, ...around])].filter((n) => n >= min && n <= max);
  switch (fact.type) {
    case 'number':
      return [...numbers, 12.5];
    case 'integer':
      return numbers.filter(Number.isInteger);
    case 'boolean':
      return [true, false];
    case 'date':
      return ['2020-01-31', '2023-06-15', '2024-02-29', '2025-05-31', '2026-12-01', '2030-01-01'];
    case 'enum':
      return [...(fact.values ?? [])];
    case 'enum-list':
      return [[], [...(fact.values ?? [])], ...(fact.values ?? []).map((v) => [v])];
    case 'text':
      return ['Kari Nordmann', 'lettmatros', 'røktar'];
  }
}

/** A small deterministic generator, so the sampled decisions are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Decisions of every rule on generated facts (valid values, in every combination often enough). */
export function sampleDecisions(runsPerRule = 400): Decision[] {
  const random = seeded(12);
  return listRules().flatMap((rule) =>
    Array.from({ length: runsPerRule }, () => {
      const facts = Object.fromEntries(
        rule.facts.flatMap((f) => {
          if (random() < 0.1) return [];
          const values = samples(f, rule);
          return [[f.id, values[Math.floor(random() * values.length)]]];
        }),
      );
      return decide(rule.id, facts, { today: '2025-06-01' });
    }),
  );
}

/** The texts `rules/` gives at run time. */
function ruleRuntimeLeaves(): Leaf[] {
  const rules = listRules();
  const decisions = sampleDecisions();
  return [
    ...rules.flatMap((r) => [
      { path: `${r.id}.title`, text: r.title },
      { path: `${r.id}.summary`, text: r.summary },
      ...r.facts.map((f) => ({ path: `${r.id}.facts.${f.id}`, text: f.label })),
      ...r.thresholds.map((t) => ({ path: `${r.id}.thresholds.${t.id}`, text: t.description })),
    ]),
    ...Object.entries(SOURCES).map(([id, s]) => ({ path: `sources.${id}`, text: s.name })),
    ...decisions.flatMap((d) =>
      d.status === 'decided'
        ? d.reasons.map((text) => ({ path: `${d.rule}:${d.outcome}`, text }))
        : d.status === 'invalid'
          ? d.issues.map((i) => ({ path: `${d.rule}:invalid:${i.fact}`, text: i.message }))
          : [],
    ),
  ];
}

/** The visible text of an HTML page, bokmål outside and English inside `lang="en"` elements. */
export function pageLeaves(file: string): Leaf[] {
  const html = readFileSync(join(ROOT, file), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const inLang = (lang: string) =>
    [...html.matchAll(new RegExp(`<(\\w+)[^>]*\\blang="${lang}"[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => m[2] ?? '');
  const strip = (s: string) =>
    s
      .replace(/<meta name="description" content="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;/g, ' ');
  const en = inLang('en').map(strip).join(' ');
  const nn = inLang('nn').map(strip).join(' ');
  const nb = strip(html.replace(/<(\w+)[^>]*\blang="(en|nn)"[^>]*>[\s\S]*?<\/\1>/g, ' '));
  return [{ path: file, text: { nb, nn, en } }];
}

/** Every `.ts` file of `rules/`. */
const ruleFiles = () =>
  readdirSync(join(ROOT, 'rules'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `rules/${f}`);

/** Content files whose texts are read at run time above (the rest are read from their source). */
const READ_AT_RUN_TIME = new Set([
  'content/topics',
  'content/ui.ts',
  'content/widget.ts',
  'content/staff.ts',
  'content/documents/texts.ts',
  'content/facts.ts',
  'content/outcomes.ts',
]);

/** Every `.ts` file under `content/` not read at run time: any new content file is checked too. */
function otherContentFiles(dir = 'content'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (READ_AT_RUN_TIME.has(path)) return [];
    if (entry.isDirectory()) return otherContentFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** All user-facing texts, by source. */
export function collectTexts(): TextSource[] {
  return [
    { id: 'content/topics', leaves: leavesOf(TOPIC_TEXTS) },
    { id: 'content/ui', leaves: leavesOf(UI_TEXTS) },
    { id: 'content/widget', leaves: leavesOf(WIDGET_TEXTS) },
    { id: 'content/channels', leaves: leavesOf(CHANNEL_TEXTS) },
    { id: 'content/staff', leaves: leavesOf(STAFF_TEXTS) },
    { id: 'content/documents', leaves: leavesOf(DOCUMENT_TEXTS) },
    { id: 'content/facts', leaves: leavesOf(FACT_QUESTIONS) },
    { id: 'content/outcomes', leaves: leavesOf(OUTCOME_HEADLINES) },
    { id: 'content/outcomes (D6, health lapsed)', leaves: leavesOf({ D6_HEALTH_LAPSED_HEADLINE }) },
    { id: 'content (every other file)', leaves: otherContentFiles().flatMap(literalLeaves) },
    { id: 'rules', leaves: [...ruleFiles().flatMap(literalLeaves), ...ruleRuntimeLeaves()] },
    { id: 'pages', leaves: ['bot/web/pages/index.html'].flatMap(pageLeaves) },
  ];
}
