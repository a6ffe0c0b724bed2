/**
 * Generates `docs/rulebook.md`: the rules Losen applies, written out for a lawyer who does not
 * program (NOU 2019:9 expects automated application of rules to be documented).
 *
 * Everything comes from the code: `listRules()` (titles, summaries, facts, outcomes, citations),
 * `THRESHOLDS` and `SOURCES`, and the leading doc comment of each module in `rules/` (the legal
 * reading and the date policy), read from disk here — which only a script may do. The output is
 * deterministic (no timestamps), so `test/rules/rulebook.test.ts` can check that the committed file
 * is current. Run with `npm run rulebook`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Citation, FactInfo, Reading, RuleInfo, Threshold } from '../rules/index.js';
import { READINGS, SOURCES, THRESHOLDS, listRules } from '../rules/index.js';

const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));
/** Where the rulebook is written, relative to the repository root. */
export const RULEBOOK_PATH = fileURLToPath(new URL('../docs/rulebook.md', import.meta.url));

/** The leading `/** … *\/` comment of `source` as plain lines, or undefined when there is none. */
export function leadingDocComment(source: string): string | undefined {
  const body = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (body === undefined) return undefined;
  const lines = body.split('\n').map((l) => l.replace(/^\s*\*( |$)/, '').trimEnd());
  while ((lines[0] ?? 'x').trim() === '') lines.shift();
  while ((lines.at(-1) ?? 'x').trim() === '') lines.pop();
  return lines.join('\n');
}

/** Each module file of `rules/` with its source text, sorted by name. */
function ruleModules(): { file: string; source: string }[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((file) => ({ file, source: readFileSync(resolve(RULES_DIR, file), 'utf8') }));
}

/** The module that defines each rule id (`defineRule<…>({ id: '…'`). */
function moduleOfRule(modules: { file: string; source: string }[]): Map<string, { file: string; source: string }> {
  const byRule = new Map<string, { file: string; source: string }>();
  for (const m of modules) {
    for (const match of m.source.matchAll(/defineRule<[^>]*>\(\{\s*id:\s*'([^']+)'/g)) {
      const id = match[1];
      if (id !== undefined) byRule.set(id, m);
    }
  }
  return byRule;
}

/** Lines that start an enumerated item in a doc comment ("A. …", "(1) …"), which Markdown would run together. */
const ITEM_START = /^(\(\d+\)|[A-Z]\.)\s/;

/**
 * A doc comment as a Markdown block quote: leading spaces dropped so nothing turns into code, and a
 * hard line break before each enumerated item so "A.", "B.", "(1)", "(2)" stay on lines of their own.
 */
function quote(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  return lines
    .map((l, i) => {
      if (l === '') return '>';
      const next = lines[i + 1];
      return next !== undefined && ITEM_START.test(next) ? `> ${l}\\` : `> ${l}`;
    })
    .join('\n');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string): string => `\`${s}\``;

const sourceById = new Map<string, { id: string; name: { nb: string; en: string }; url?: string }>(
  Object.values(SOURCES).map((s) => [s.id, s as { id: string; name: { nb: string; en: string }; url?: string }]),
);

/** A citation as link text, e.g. "[FOR-2009-06-18-666 § 1](https://lovdata.no/…)". */
function citationText(c: Citation): string {
  const label = c.ref === undefined ? c.source : `${c.source} ${c.ref}`;
  return c.url === undefined ? label : `[${label}](${c.url})`;
}

const TYPE_NAMES: Record<FactInfo['type'], string> = {
  number: 'number',
  integer: 'whole number',
  boolean: 'yes / no',
  date: 'date (YYYY-MM-DD)',
  enum: 'one of a list',
  'enum-list': 'list of values',
  text: 'text',
};

function allowed(f: FactInfo): string {
  if (f.values !== undefined) return f.values.map(code).join(', ');
  if (f.min !== undefined && f.max !== undefined) return `${f.min} – ${f.max}`;
  if (f.min !== undefined) return `≥ ${f.min}`;
  return '—';
}

function factsTable(rule: RuleInfo): string[] {
  return [
    '| Fact | Norsk | English | Type | Unit | Allowed values / range | Optional |',
    '|---|---|---|---|---|---|---|',
    ...rule.facts.map(
      (f) =>
        `| ${code(f.id)} | ${cell(f.label.nb)} | ${cell(f.label.en)} | ${TYPE_NAMES[f.type]} | ${f.unit ?? '—'} | ${cell(allowed(f))} | ${f.optional ? 'yes' : 'no'} |`,
    ),
  ];
}

function thresholdsTable(thresholds: readonly Threshold[]): string[] {
  if (thresholds.length === 0) return ['This rule applies no numeric limits.'];
  return [
    '| Meaning (nb / en) | Value | Unit | Source | In force since |',
    '|---|---|---|---|---|',
    ...thresholds.map(
      (t) =>
        `| ${cell(t.description.nb)} / ${cell(t.description.en)} | ${t.value} | ${cell(t.unit)} | ${cell(citationText(t.source))} | ${t.since ?? 'not stated in the sources'} |`,
    ),
  ];
}

function sourcesList(rule: RuleInfo): string[] {
  const all = [...rule.citations, ...rule.thresholds.map((t) => t.source)];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of all) {
    const key = `${c.source}|${c.ref ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sourceById.get(c.source);
    lines.push(`- ${citationText(c)}${s ? ` — ${s.name.nb} / ${s.name.en}` : ''}`);
  }
  return lines;
}

const anchor = (id: string) => `rule-${id}`;

/** One reading to review: the sentence, the reading chosen and the other reading, in both languages. */
function readingSection(r: Reading, n: number): string[] {
  return [
    `<a id="reading-${r.id}"></a>`,
    '',
    `### R${n}. ${r.title.nb} / ${r.title.en}`,
    '',
    `- Rules: ${r.rules.map((id) => `[${code(id)}](#${anchor(id)})`).join(', ')}`,
    `- Source: ${citationText(r.source)}; the sentence as ${r.from} gives it:`,
    '',
    `> ${r.quote}`,
    '',
    `**Lesemåten koden bruker.** ${r.chosen.nb}`,
    '',
    `**Reading the code applies.** ${r.chosen.en}`,
    '',
    `**Annen lesemåte.** ${r.alternative.nb}`,
    '',
    `**Other reading.** ${r.alternative.en}`,
    '',
  ];
}

function ruleSection(rule: RuleInfo, n: number, reading: { file: string; text: string } | undefined): string[] {
  return [
    `<a id="${anchor(rule.id)}"></a>`,
    '',
    `### ${n}. ${rule.title.nb} / ${rule.title.en}`,
    '',
    `- Rule id: ${code(rule.id)}`,
    `- Topics: ${rule.topics.map(code).join(', ')}`,
    `- Outcomes: ${rule.outcomes.map(code).join(', ')}`,
    '',
    `**Sammendrag.** ${rule.summary.nb}`,
    '',
    `**Summary.** ${rule.summary.en}`,
    '',
    ...(reading === undefined
      ? []
      : [`**Legal reading, as written in the code** (${code(`rules/${reading.file}`)}):`, '', quote(reading.text), '']),
    '#### Facts',
    '',
    ...factsTable(rule),
    '',
    '#### Thresholds',
    '',
    ...thresholdsTable(rule.thresholds),
    '',
    '#### Outcomes',
    '',
    ...rule.outcomes.map((o) => `- ${code(o)}`),
    '',
    '#### Sources',
    '',
    ...sourcesList(rule),
    '',
  ];
}

const INTRO = [
  '# Losen rulebook / Regelbok for Losen',
  '',
  '> Generated from the code by `npm run rulebook` (`scripts/rulebook.ts`). Do not edit by hand: a test',
  '> (`test/rules/rulebook.test.ts`) fails when this file no longer matches the code.',
  '',
  '## About this document',
  '',
  "Losen is a chat assistant that answers questions about the Norwegian Maritime Authority's",
  '(Sjøfartsdirektoratet, Sdir) regulations. Where a question has a definite answer, Losen applies a',
  "*rule*: a small program that takes facts (for example a ship's flag, type and gross tonnage) and",
  'returns a decision with its reasons and the provisions it rests on. This document sets out every',
  'such rule — its facts, the limits it applies, the outcomes it can reach, its sources, and the',
  'reading of the sources the code is built on — so that the automated application of the rules can',
  'be checked by someone who does not read code (cf. NOU 2019:9 on documenting automated',
  'application of law). It is generated from the code itself, so it describes what the program',
  'actually does.',
  '',
  'Losen gir svar om Sjøfartsdirektoratets regelverk. Der et spørsmål har et bestemt svar, bruker',
  'Losen en *regel*: et lite program som tar inn fakta (for eksempel flagg, fartøystype og',
  'bruttotonnasje) og gir en avgjørelse med begrunnelse og hjemmel. Dokumentet beskriver hver regel —',
  'faktaene den bygger på, grensene den bruker, utfallene den kan gi, kildene og den tolkningen av',
  'kildene koden bygger på — slik at den automatiserte regelanvendelsen kan etterprøves uten å lese',
  'kode (jf. NOU 2019:9). Det er generert fra koden og viser derfor hva programmet faktisk gjør.',
  '',
  'The primary sources are the Sdir documents the project was given and the regulations they cite.',
  'The code refers to them as "seeds": seed 000 is Sdir\'s presentation of APS (automatic processing',
  "of personal certificates); seed 001 Sdir's ISPS/ISSC certification process for non-delegated",
  'ships; seed 002 the minutes of the meeting between Sdir and Sjømat Norge on sea time (27 January',
  "2025); seed 003 Sdir's questions and answers on manning (bemanning); seed 004 Sdir's questions",
  'on sea time ("Diverse spørsmål tilknyttet fartstid"). "facts.md" is the project\'s sheet of facts',
  "checked against Sdir's web pages and Lovdata. A decision by Losen is guidance, not a decision by",
  'the Authority.',
  '',
  '## How every rule works',
  '',
  '- A rule is asked with the facts known so far and answers in one of three ways: **decided** (an',
  '  outcome, with reasons in bokmål, nynorsk and English and the provisions cited); **needs** (the facts',
  '  still missing that can change the outcome, the one to ask first at the head of the list); or',
  '  **invalid** (a fact has the wrong form or is out of range, with an explanation per fact).',
  '- A fact that is absent or empty (`null`) is missing, not wrong. Facts a rule does not use are',
  '  ignored. Numbers are plain numbers in the unit shown (metres, GT, days, hours, months, years).',
  '- A limit written "at least" includes the limit itself (50 GT or more: 50 GT is covered); a limit',
  '  written "under" excludes it (under 500 GT: 500 GT is not covered). Each table below says which.',
  '- The date a rule decides on ("today") is an input to the rule, never read from a clock inside it,',
  '  so a decision can be reproduced for any date.',
  '- Where the sources do not settle a case (a reading they leave open, a vessel category they do not',
  '  cover), the rule decides `uncertain`: its reasons say what is unclear, and the user is referred',
  '  to the Authority. A decision that judged a position or a certificate names it in',
  '  `values.evaluated`, so the answer can say what it is about ("For matros: …").',
  '',
];

/** The whole rulebook as Markdown. Pure apart from reading the rule modules' doc comments. */
export function renderRulebook(): string {
  const modules = ruleModules();
  const byRule = moduleOfRule(modules);
  const rules = listRules();
  const datesComment = leadingDocComment(modules.find((m) => m.file === 'dates.ts')?.source ?? '');
  const usedBy = new Map<string, string[]>();
  for (const r of rules) for (const t of r.thresholds) usedBy.set(t.id, [...(usedBy.get(t.id) ?? []), r.id]);

  const out: string[] = [
    ...INTRO,
    '## Date policy',
    '',
    'The sources do not say how to count months and years across month ends. The code follows this',
    'written policy (from `rules/dates.ts`):',
    '',
    quote(datesComment ?? '(missing)'),
    '',
    '## Readings to review',
    '',
    'Every place where a source can be read more than one way and the code had to choose: the',
    "sentence, the reading the code applies and the other reading — for the Authority's lawyers to",
    'check. Where a choice cannot be settled from the sources, the rule answers `uncertain` and the',
    'user is referred to the Authority rather than given a confident yes or no.',
    '',
    'Steder der en kilde kan leses på mer enn én måte og koden har måttet velge: setningen,',
    'lesemåten koden bruker og den andre lesemåten, til kontroll for Sjøfartsdirektoratets jurister.',
    '',
    ...READINGS.flatMap((r, i) => readingSection(r, i + 1)),
    '## Reading choices',
    '',
    'Where a source can be read more than one way, the choice made is written in the doc comment of',
    "the rule's module and copied into the rule's section below under \"Legal reading, as written in",
    'the code". The modules are:',
    '',
    ...rules.map((r) => `- ${code(r.id)}: ${code(`rules/${byRule.get(r.id)?.file ?? '?'}`)}`),
    '',
    '## Contents',
    '',
    ...rules.map((r, i) => `${i + 1}. [${r.title.nb} / ${r.title.en}](#${anchor(r.id)}) (${code(r.id)})`),
    '',
    '## Rules',
    '',
  ];
  rules.forEach((rule, i) => {
    const m = byRule.get(rule.id);
    const text = m ? leadingDocComment(m.source) : undefined;
    out.push(...ruleSection(rule, i + 1, m && text ? { file: m.file, text } : undefined));
  });
  out.push(
    '## All thresholds',
    '',
    '| Id | Value | Unit | Meaning | Source | In force since | Used by |',
    '|---|---|---|---|---|---|---|',
    ...Object.values(THRESHOLDS).map(
      (t) =>
        `| ${code(t.id)} | ${t.value} | ${cell(t.unit)} | ${cell(t.description.en)} | ${cell(citationText(t.source))} | ${'since' in t ? t.since : '—'} | ${(usedBy.get(t.id) ?? []).map(code).join(', ') || '—'} |`,
    ),
    '',
    '## All sources',
    '',
    '| Identifier | Norsk | English | Address |',
    '|---|---|---|---|',
    ...Object.values(SOURCES).map(
      (s) => `| ${cell(s.id)} | ${cell(s.name.nb)} | ${cell(s.name.en)} | ${'url' in s ? s.url : '—'} |`,
    ),
    '',
  );
  return out.join('\n');
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runAsScript) {
  writeFileSync(RULEBOOK_PATH, renderRulebook());
  console.log(`Wrote ${RULEBOOK_PATH}`);
}
