/**
 * A number said of something else than the fact asked or changed: a thing counted that is no fact
 * («2 born», "2 watches"), time away («2 veker ferie», "1 month sick leave"), how long something
 * lasted where an age is asked («eg har vore fiskar i 5 år», "3 år som kokk"), a vessel's age or a
 * person's age where a time served is asked («båten er 12 år gammal», "16 år gammal"), and a number
 * inside a fact of another kind («fartsområde 2», «vi er 8 i sikkerhetsbemanningen» when an age is
 * asked). Such a number answers nothing and changes nothing.
 */
import { OTHER_NUMBER_WORDS as W } from './lexicon/discourse.js';
import { alternation } from './normalize.js';
import type { Quantity } from './numbers.js';
import { after as labelAfter, type FactFound } from './fact-collector.js';
import { FACT_LABELS } from './lexicon/synonyms.js';
import { ALL_FACTS } from './rule-facts.js';

const COUNTED_AFTER = new RegExp(`^ (?:${alternation(W.counted)})(?![a-z])`);
const ABSENCE_NEAR = new RegExp(`^[^.!?;,]{0,25}?(?<![a-z])(?:${alternation(W.absence)})(?![a-z])`);
const DURATION_BEFORE = new RegExp(
  `(?<![a-z])(?:${alternation(W.durationBefore)}) (?:ca\\.? |about |omtrent |nesten |almost )?$`,
);
const DURATION_AFTER = new RegExp(`^ (?:${alternation(W.durationAfter)})(?![a-z])`);
const YEARS_AFTER = /^ ?(?:ar|aar|years?|yrs?)(?![a-z])/;
const THING_BEFORE = new RegExp(
  `(?<![a-z])(?:${alternation(W.thing)})(?: [a-z]+){0,2} (?:er|is|was|var)(?: ca| about)? $`,
);
const AGE_AFTER = new RegExp(`^ ?(?:${alternation(W.ageAfter)})(?![a-z])`);

/** The unit of each catalogue fact, by question key. */
const UNIT_OF_KEY: ReadonlyMap<string, string | undefined> = new Map(ALL_FACTS.map((f) => [f.questionKey, f.unit]));
/** The facts that are a person's age. */
const AGES: ReadonlySet<string> = new Set(['age', 'ageAtIssue']);
const TIMES: ReadonlySet<string> = new Set(['months', 'days', 'years', 'weeks']);

/**
 * Whether quantity `q` of `folded` counts a thing that is no fact («2 born», "2 decks"), is time away
 * ("2 weeks holiday"), or is a vessel's age («båten er 12 år gammal»), whatever fact is at hand.
 */
export function saidOfThing(folded: string, q: Quantity): boolean {
  const after = folded.slice(q.end, q.end + 40);
  if (COUNTED_AFTER.test(after)) return true;
  if (q.unit !== undefined && TIMES.has(q.unit) && ABSENCE_NEAR.test(folded.slice(q.end, q.end + 30))) return true;
  return (
    THING_BEFORE.test(folded.slice(Math.max(0, q.start - 40), q.start)) &&
    (YEARS_AFTER.test(after) || q.unit === 'years')
  );
}

/**
 * Whether quantity `q` of `folded` is said of something else than fact `key` (of unit `unit`);
 * `found` are the facts the text states (a number inside one of another unit, or of no number, is
 * that fact's).
 */
export function saidOfOther(
  folded: string,
  q: Quantity,
  key: string,
  unit: string | undefined,
  found: readonly FactFound[],
): boolean {
  if (saidOfThing(folded, q)) return true;
  const after = folded.slice(q.end, q.end + 40);
  const before = folded.slice(Math.max(0, q.start - 40), q.start);
  if (AGES.has(key)) {
    const years = q.unit === 'years' || YEARS_AFTER.test(after);
    const rest = q.unit === 'years' ? after : after.replace(YEARS_AFTER, '');
    if (years && (DURATION_BEFORE.test(before) || DURATION_AFTER.test(rest))) return true;
  } else if (unit !== undefined && TIMES.has(unit) && AGE_AFTER.test(after)) return true;
  return found.some((f) => {
    if (f.key === key || q.start >= f.end || q.end <= f.start) return false;
    if (typeof f.value !== 'number') return true;
    const other = UNIT_OF_KEY.get(f.key);
    return other !== unit && !(AGES.has(key) && AGES.has(f.key));
  });
}

/** The facts with a label said after their value («7 måneder på dekk», "1 month in the engine room"). */
const AFTER_LABELLED = Object.keys(FACT_LABELS)
  .filter((key) => (FACT_LABELS[key]?.after?.length ?? 0) > 0)
  .map((key) => ({ key, re: labelAfter(key) }));
/** «1 month was in the engine room»: a verb between the time and its label. */
const VERB_BETWEEN = /^ (?:was|were|var|er|is|blei|vart|ble)(?= )/;

/** The facts whose label follows quantity `q` («… was in the engine room»): the time is theirs. */
export function labelledAfter(folded: string, q: Quantity): string[] {
  const rest = folded.slice(q.end, q.end + 60).replace(VERB_BETWEEN, '');
  return AFTER_LABELLED.filter(({ re }) => re.test(rest)).map(({ key }) => key);
}
