/**
 * Facts stated unambiguously in a free-text question ("20 dager à 12 timer", "lasteskip på 45 BT",
 * "utstedt 1. juni 2024"), so the conversation does not ask for them again. Only labelled or
 * self-explaining patterns count; anything that could be read two ways is left out, and a fact
 * found with two different values is dropped.
 */
import type { FactInfo } from '../rules/index.js';
import {
  AFTER_LINK_WORDS,
  APPROX_WORDS,
  DATE_LINK_WORDS,
  DAY_WORDS,
  DAYS_AT_HOURS_WORDS,
  FACT_LABELS,
  HOURS_FOR_DAYS_WORDS,
  NUMBER_LINK_WORDS,
  PASSENGER_WORDS,
  PER_DAY_WORDS,
  PERIOD_FROM_WORDS,
  PERIOD_TO_WORDS,
  UNIT_WORDS,
} from './lexicon/synonyms.js';
import { findDates, type DateHit } from './dates.js';
import type { ExtractContext } from './extract.js';
import { alternation, fold, words } from './normalize.js';
import { convert, findQuantities, isBoundQuantity, parseNumeral, type Quantity } from './numbers.js';
import { findEnumInText } from './words.js';

/** Longest text read; a question or an e-mail is a few paragraphs. */
const MAX_READ = 4000;

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const DAYS = `(?:${alternation(UNIT_WORDS.days)})(?![a-z])`;
const HOURS = `(?:${alternation(UNIT_WORDS.hours)})(?![a-z])`;
const PER_DAY = `(?:${alternation(PER_DAY_WORDS)})(?![a-z])`;
const APPROX = `(?:(?:${alternation(APPROX_WORDS)}) ?)?`;
const word = (list: readonly string[]) => `(?:${alternation(list)})`;

/** "20 dager à 12 timer", "20 days of 12 hours", "20 dager, 12 timer per dag". */
const DAYS_AT_HOURS = new RegExp(
  String.raw`(?<![a-z0-9.,])${NUM} ?${DAYS} ?${word(DAYS_AT_HOURS_WORDS)} ?${APPROX}${NUM} ?${HOURS}(?: ?${PER_DAY})?`,
  'gd',
);
/** "12 timer per dag i 20 dager", "12 hours a day for 20 days". */
const HOURS_FOR_DAYS = new RegExp(
  String.raw`(?<![a-z0-9.,])${NUM} ?${HOURS} ?${PER_DAY} ?(?:${word(HOURS_FOR_DAYS_WORDS)} ?)?${APPROX}${NUM} ?${DAYS}`,
  'gd',
);
/** "12 timer per dag", "12 hours a day". */
const HOURS_PER_DAY = new RegExp(String.raw`(?<![a-z0-9.,])${NUM} ?${HOURS} ?${PER_DAY}`, 'gd');
const DAY_WORD_SET = new Set(DAY_WORDS.map(fold));
const PASSENGERS = new RegExp(`(?<![a-z])${word(PASSENGER_WORDS)}(?![a-z])`);

/** A number right after one of `labels` ("BT 45", "største lengde er 14,9 m"); the match ends where it starts. */
const labelBefore = (labels: readonly string[]) =>
  new RegExp(String.raw`(?<![a-z0-9])${word(labels)}(?: ${word(NUMBER_LINK_WORDS)})?:? ?=? ?${APPROX}(?=-?\d)`, 'g');
/** One of `labels` right after a quantity ("14,9 m LOA", "10 personer i sikkerhetsbemanningen"). */
const labelAfter = (labels: readonly string[]) =>
  new RegExp(String.raw`^ ?\(?(?:${word(AFTER_LINK_WORDS)} )*${word(labels)}(?![a-z0-9])`);
/** A label (and link words) right before a date: the text before the date ends with it. */
const dateLabel = (labels: readonly string[]) =>
  new RegExp(String.raw`(?<![a-z0-9])${word(labels)}(?: ${word(DATE_LINK_WORDS)})*[:,]? ?$`);

const NEVER = /(?!)/;
const before = (key: string) => (FACT_LABELS[key]?.before ? labelBefore(FACT_LABELS[key].before) : NEVER);
const after = (key: string) => (FACT_LABELS[key]?.after ? labelAfter(FACT_LABELS[key].after) : NEVER);

const L_BEFORE = before('lengthL');
const LOA_BEFORE = before('lengthOverall');
const GT_BEFORE = before('grossTonnage');
const MANNING_BEFORE = before('safetyManning');
const CREW_BEFORE = before('crewSize');
const AGE_BEFORE = before('age');
const L_AFTER = after('lengthL');
const LOA_AFTER = after('lengthOverall');
const MANNING_AFTER = after('safetyManning');
const CREW_AFTER = after('crewSize');
const AGE_AFTER = after('age');

/** "N måneder som vaktoffiser", "N months on deck": the label after a time quantity, per fact. */
const SERVICE_AFTER: readonly { keys: readonly string[]; re: RegExp }[] = [
  {
    keys: ['monthsAsOfficerOfTheWatch', 'monthsAsOfficerOfTheWatchSinceIssue'],
    re: after('monthsAsOfficerOfTheWatch'),
  },
  { keys: ['monthsAsOrdinarySeaman'], re: after('monthsAsOrdinarySeaman') },
  { keys: ['monthsDeckService'], re: after('monthsDeckService') },
  { keys: ['monthsEngineService'], re: after('monthsEngineService') },
];

/** Date labels: what must come right before a date for it to be that fact. */
const DATE_LABELS: readonly { key: string; re: RegExp }[] = [
  'issueDate',
  'expiryDate',
  'verificationDate',
  'seafarerBirthDate',
].map((key) => ({
  key,
  re: dateLabel(FACT_LABELS[key]?.before ?? []),
}));
const PERIOD_START = new RegExp(String.raw`(?<![a-z0-9])${word(PERIOD_FROM_WORDS)}(?: (?:den|the))?:? ?$`);
const PERIOD_BETWEEN = new RegExp(String.raw`^ ?${word(PERIOD_TO_WORDS)} ?(?:den |the )?$`);

type Collector = { propose(key: string, value: unknown): void; result(): Record<string, unknown> };

function collector(facts: readonly FactInfo[]): Collector {
  const byKey = new Map<string, FactInfo>();
  for (const f of facts) {
    byKey.set(f.questionKey, f);
    if (!byKey.has(f.id)) byKey.set(f.id, f);
  }
  const found = new Map<string, unknown[]>();
  return {
    propose(key, value) {
      const f = byKey.get(key);
      if (!f) return;
      if (typeof value === 'number' && (!Number.isFinite(value) || (f.type === 'integer' && !Number.isInteger(value))))
        return;
      found.set(f.id, [...(found.get(f.id) ?? []), value]);
    },
    result() {
      const out: Record<string, unknown> = {};
      for (const [id, values] of found) if (values.every((v) => v === values[0])) out[id] = values[0];
      return out;
    },
  };
}

/** How far after a quantity its label may be looked for (labels are a few words). */
const LOOK_AHEAD = 80;

/** The quantities that start exactly where a match of label `re` ends. */
function labelledBefore(folded: string, re: RegExp, qs: readonly Quantity[]): Quantity[] {
  const byStart = new Map(qs.map((q) => [q.start, q]));
  const out: Quantity[] = [];
  for (const m of folded.matchAll(re)) {
    const q = byStart.get(m.index + m[0].length);
    if (q) out.push(q);
  }
  return out;
}

/** The quantities followed by label `re`. */
const labelledAfter = (folded: string, re: RegExp, qs: readonly Quantity[]) =>
  qs.filter((q) => re.test(folded.slice(q.end, q.end + LOOK_AHEAD)));

function proposeAmounts(c: Collector, keys: readonly string[], qs: readonly Quantity[], unit: string): void {
  for (const q of qs) {
    const v = convert(q.value, q.unit, unit);
    if (v !== undefined) for (const k of keys) c.propose(k, v);
  }
}

/**
 * Days, hours per day and total hours. Every number a pattern uses must be a quantity of its own
 * that is not a bound (so "1 867 dager" is not 867 days, and "over 20 dager" not 20).
 */
function seaTime(c: Collector, folded: string, qs: readonly Quantity[]): void {
  const starts = new Set(qs.map((q) => q.start));
  const groups = (m: RegExpMatchArray, ...ns: number[]) => {
    const at = ns.map((n) => m.indices?.[n]?.[0]);
    return at.every((i) => i !== undefined && starts.has(i)) ? ns.map((n) => parseNumeral(m[n] ?? '')) : undefined;
  };
  let pair = false;
  for (const m of folded.matchAll(DAYS_AT_HOURS)) {
    const g = groups(m, 1, 2);
    if (!g) continue;
    c.propose('days', g[0]);
    c.propose('hoursPerDay', g[1]);
    pair = true;
  }
  for (const m of folded.matchAll(HOURS_FOR_DAYS)) {
    const g = groups(m, 1, 2);
    if (!g) continue;
    c.propose('hoursPerDay', g[0]);
    c.propose('days', g[1]);
    pair = true;
  }
  if (pair) return;
  const perDay = [...folded.matchAll(HOURS_PER_DAY)].map((m) => groups(m, 1)?.[0]).filter((h) => h !== undefined);
  const dayQs = qs.filter((q) => q.unit === 'days');
  const hourQs = qs.filter((q) => q.unit === 'hours');
  for (const h of perDay) c.propose('hoursPerDay', h);
  if (perDay.length > 0 && dayQs.length === 1) c.propose('days', dayQs[0]!.value);
  const mentionsDays =
    words(folded).some((w) => DAY_WORD_SET.has(w)) ||
    qs.some((q) => q.unit === 'weeks' || q.unit === 'months' || q.unit === 'years');
  if (perDay.length === 0 && !mentionsDays && hourQs.length === 1) c.propose('totalHours', hourQs[0]!.value);
}

function amounts(c: Collector, folded: string, all: readonly Quantity[]): void {
  const qs = all.filter((q) => !isBoundQuantity(folded, q));
  // Gross tonnage: "45 BT", "BT 45", "bruttotonnasje på 450".
  const gt = [
    ...qs.filter((q) => q.unit === 'GT'),
    ...labelledBefore(folded, GT_BEFORE, qs).filter((q) => q.unit === undefined || q.unit === 'GT'),
  ];
  proposeAmounts(c, ['grossTonnage'], gt, 'GT');
  // Lengths only when labelled: a bare "23,5 m" may be L or LOA.
  const metres = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'm' || q.unit === 'cm');
  proposeAmounts(
    c,
    ['lengthL'],
    metres([...labelledBefore(folded, L_BEFORE, qs), ...labelledAfter(folded, L_AFTER, qs)]),
    'm',
  );
  proposeAmounts(
    c,
    ['lengthOverall'],
    metres([...labelledBefore(folded, LOA_BEFORE, qs), ...labelledAfter(folded, LOA_AFTER, qs)]),
    'm',
  );
  // Safety manning and crew.
  const persons = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'persons');
  const manning = persons([...labelledBefore(folded, MANNING_BEFORE, qs), ...labelledAfter(folded, MANNING_AFTER, qs)]);
  const crew = persons([...labelledBefore(folded, CREW_BEFORE, qs), ...labelledAfter(folded, CREW_AFTER, qs)]);
  const personQs = qs.filter((q) => q.unit === 'persons');
  proposeAmounts(c, ['safetyManning', 'crewSize'], manning, 'persons');
  proposeAmounts(c, ['crewSize'], crew, 'persons');
  if (manning.length === 0 && crew.length === 0 && personQs.length === 1 && !PASSENGERS.test(folded)) {
    proposeAmounts(c, ['safetyManning', 'crewSize'], personQs, 'persons');
  }
  // Age: "19 år gammel", "alder 19", "I am 19".
  const ages = [
    ...labelledAfter(folded, AGE_AFTER, qs).filter((q) => q.unit === 'years' || q.unit === undefined),
    ...labelledBefore(folded, AGE_BEFORE, qs).filter(
      (q) =>
        q.unit === 'years' || (q.unit === undefined && /^(?:[ ,.!?]|og |and |$)/.test(folded.slice(q.end, q.end + 5))),
    ),
  ];
  proposeAmounts(c, ['age'], ages, 'years');
  // Service time: "14 måneder som vaktoffiser", "2 years on deck".
  const timeQs = qs.filter((q) => q.unit === 'months' || q.unit === 'years' || q.unit === 'days' || q.unit === 'weeks');
  for (const { keys, re } of SERVICE_AFTER) proposeAmounts(c, keys, labelledAfter(folded, re, timeQs), 'months');
  seaTime(c, folded, qs);
}

function dates(c: Collector, folded: string, hits: readonly DateHit[]): void {
  for (const [i, h] of hits.entries()) {
    if (h.iso === undefined) continue;
    const before = folded.slice(Math.max(0, h.start - 60), h.start);
    for (const { key, re } of DATE_LABELS) if (re.test(before)) c.propose(key, h.iso);
    const next = hits[i + 1];
    if (next?.iso !== undefined && PERIOD_START.test(before) && PERIOD_BETWEEN.test(folded.slice(h.end, next.start))) {
      c.propose('periodFrom', h.iso);
      c.propose('periodTo', next.iso);
    }
  }
}

/** `extractFacts` without its safety net: a parser bug throws here (the property tests use this). */
export function readFacts(text: string, facts: readonly FactInfo[], ctx: ExtractContext): Record<string, unknown> {
  if (facts.length === 0 || text.trim().length === 0) return {};
  const folded = fold(text.slice(0, MAX_READ));
  const tokens = words(folded);
  const c = collector(facts);
  for (const f of facts) {
    if (f.type !== 'enum' || !f.values) continue;
    const v =
      findEnumInText(f.questionKey, f.values, tokens) ??
      (f.questionKey === f.id ? undefined : findEnumInText(f.id, f.values, tokens));
    if (v !== undefined) c.propose(f.questionKey, v);
  }
  const hits = findDates(folded, ctx.today);
  const qs = findQuantities(folded).filter((q) => !hits.some((h) => q.start < h.end && q.end > h.start));
  amounts(c, folded, qs);
  dates(c, folded, hits);
  return c.result();
}

/**
 * The facts of `facts` that `text` (a free-text question) states unambiguously, keyed by fact id.
 * Never guesses and never throws; a fact it is unsure of is simply absent.
 */
export function extractFacts(text: string, facts: readonly FactInfo[], ctx: ExtractContext): Record<string, unknown> {
  try {
    return typeof text === 'string' && Array.isArray(facts) ? readFacts(text, facts, ctx) : {};
  } catch {
    // Defensive only: a parser bug must not break the chat.
    return {};
  }
}
