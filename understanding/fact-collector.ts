/**
 * What every reader of free-text facts builds on: the collector that gathers proposed facts by
 * catalogue key (a fact proposed with two values is dropped), and the label patterns a value must
 * stand next to for it to be a fact.
 */
import type { FactInfo } from '../rules/index.js';
import {
  AFTER_LINK_WORDS,
  APPROX_WORDS,
  DATE_AHEAD_UNITS,
  DATE_AHEAD_WORDS,
  DATE_ASIDE_WORDS,
  DATE_DOCUMENT_WORDS,
  DATE_ISSUER_WORDS,
  DATE_LINK_WORDS,
  EXACT_WORDS,
  FACT_LABELS,
  NUMBER_LINK_WORDS,
} from './lexicon/synonyms.js';
import { ALL_OF_IT_WORDS } from './lexicon/discourse.js';
import { alternation } from './normalize.js';

/** An optional word of approximation before an amount ("ca", "about"). */
export const APPROX = `(?:(?:${alternation(APPROX_WORDS)}) ?)?`;
/** A pattern for any one of the phrases of `list`. */
export const word = (list: readonly string[]) => `(?:${alternation(list)})`;

/**
 * A number right after one of `labels` ("BT 45", "største lengde er 14,9 m"); the match ends where it
 * starts. A label is a whole word: «brutto tonnasje» never stops inside «bruttotonnasjen».
 */
const labelBefore = (labels: readonly string[]) =>
  new RegExp(
    String.raw`(?<![a-z0-9])${word(labels)}(?![a-z])(?: ${word(NUMBER_LINK_WORDS)})?:? ?=?\s*${APPROX}(?:${word(EXACT_WORDS)} )?(?=-?\d|[a-z])`,
    'g',
  );
/**
 * One of `labels` right after a quantity ("14,9 m LOA", "10 personer i sikkerhetsbemanningen", "32
 * months, all as oiler").
 */
const labelAfter = (labels: readonly string[]) =>
  new RegExp(
    String.raw`^(?:,? ${word(ALL_OF_IT_WORDS)},?)? ?\(?(?:${word(AFTER_LINK_WORDS)} )*${word(labels)}(?![a-z0-9])`,
  );
/** How long until the date, between its label and the date («om nøyaktig tre måneder,»): a count in digits or one word. */
const DATE_AHEAD = String.raw`(?: ${word(DATE_AHEAD_WORDS)} (?:\d+|[a-z]+) ${word(DATE_AHEAD_UNITS)},?)?`;
/** A loose time closed by a comma between the label and the date («fikk den i slutten av fjoråret, 28.12.2025»). */
const DATE_ASIDE = `(?:(?: [a-z]+){0,3} ${word(DATE_ASIDE_WORDS)}(?: [a-z]+){0,3},)?`;
/** A label (and link words) right before a date: the text before the date ends with it. */
/** Who issued it, between the label and the date («… hos sjømannslegen 1. august»; DATE_ISSUER_WORDS). */
const DATE_ISSUER = `(?: ${word(DATE_ISSUER_WORDS.by)}(?: [a-z']+){0,2} ${word(DATE_ISSUER_WORDS.who)})?`;
/** The document the date stands on, between the label and the date ("on our certificate", «på sertifikatet vårt»). */
const DATE_DOCUMENT = `(?: ${word(DATE_DOCUMENT_WORDS.on)}(?: ${word(DATE_DOCUMENT_WORDS.the)})? ${word(DATE_DOCUMENT_WORDS.document)}(?: ${word(DATE_DOCUMENT_WORDS.own)})?)?`;
export const dateLabel = (labels: readonly string[]) =>
  new RegExp(
    String.raw`(?<![a-z0-9])${word(labels)}${DATE_DOCUMENT}${DATE_ISSUER}${DATE_AHEAD}${DATE_ASIDE}(?: ${word(DATE_LINK_WORDS)})*[:,]?\s*$`,
  );

const NEVER = /(?!)/;
/** The label that may stand right before a value of fact `key` (FACT_LABELS), or a pattern that never matches. */
export const before = (key: string) => (FACT_LABELS[key]?.before ? labelBefore(FACT_LABELS[key].before) : NEVER);
/** The label that may stand right after a value of fact `key` (FACT_LABELS), or a pattern that never matches. */
export const after = (key: string) => (FACT_LABELS[key]?.after ? labelAfter(FACT_LABELS[key].after) : NEVER);

/** A fact a text states: its catalogue key, value and where it stands in the folded text [start, end). */
export type FactFound = { key: string; value: unknown; start: number; end: number };

/** Where the readers propose facts, and the facts kept when all is read (see `collector`). */
export type Collector = {
  propose(key: string, value: unknown, start: number, end: number): void;
  result(): FactFound[];
};

/**
 * The lookup of each list of facts: every message reads the same list (all the catalogue's facts),
 * so it is built once per list rather than once per message. The lists are never changed.
 */
const BY_KEY = new WeakMap<readonly FactInfo[], ReadonlyMap<string, FactInfo>>();

/** `facts` by catalogue key, and by fact id where no catalogue key is the same. */
function factsByKey(facts: readonly FactInfo[]): ReadonlyMap<string, FactInfo> {
  const known = BY_KEY.get(facts);
  if (known) return known;
  const byKey = new Map<string, FactInfo>();
  for (const f of facts) byKey.set(f.questionKey, f);
  for (const f of facts) if (!byKey.has(f.id)) byKey.set(f.id, f);
  BY_KEY.set(facts, byKey);
  return byKey;
}

/**
 * Collects proposed facts by catalogue key. A fact proposed with two different values is dropped
 * (the text is unclear); its place is where it is first named.
 */
export function collector(facts: readonly FactInfo[]): Collector {
  const byKey = factsByKey(facts);
  const found = new Map<string, { values: unknown[]; start: number; end: number }>();
  return {
    propose(key, value, start, end) {
      const f = byKey.get(key);
      if (!f) return;
      if (typeof value === 'number' && (!Number.isFinite(value) || (f.type === 'integer' && !Number.isInteger(value))))
        return;
      const seen = found.get(f.questionKey);
      if (seen) {
        seen.values.push(value);
        if (start < seen.start) Object.assign(seen, { start, end });
      } else found.set(f.questionKey, { values: [value], start, end });
    },
    result() {
      const out: FactFound[] = [];
      for (const [key, { values, start, end }] of found)
        if (values.every((v) => v === values[0])) out.push({ key, value: values[0], start, end });
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
