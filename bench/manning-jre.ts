/**
 * The manning-certificate rule (rules/manning-certificate.ts) written again in json-rules-engine,
 * for the side-by-side benchmark. It must reach the same outcome as `decide()` for the same facts:
 * `checkJreFaithful` asserts that on every combination of a grid of fact values before anything is
 * timed.
 *
 * One engine rule per outcome path, with mutually exclusive conditions, so at most one event fires.
 * A fact that is missing makes its conditions false (`allowUndefinedFacts`), so no event fires when
 * Losen would still need a fact: that is reported as 'undecided', as is Losen's `needs`.
 *
 * The engine's events carry the outcome and fixed reason keys only. Losen's `decide()` does more in
 * the same call (validates every fact, words the reasons in two languages with the numbers in them,
 * attaches citations), so the comparison does not favour Losen.
 */
import { Engine } from 'json-rules-engine';
import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { decide, limit } from '../rules/index.js';

const SPECIAL_SERVICE = ['training', 'pilot', 'rescue'];
const CARGO_MIN_GT = limit('manningCargoMinGrossTonnage');
const FISHING_MIN_L = limit('manningFishingMinLengthL');

const norwegian = { fact: 'flag', operator: 'equal', value: 'NO' };
const ordinaryService = { fact: 'serviceOnly', operator: 'notIn', value: SPECIAL_SERVICE };
const ofType = (vesselType: string) => ({ fact: 'vesselType', operator: 'equal', value: vesselType });

const rule = (name: string, conditions: TopLevelCondition, outcome: string, reason: string): RuleProperties => ({
  name,
  conditions,
  event: { type: 'decided', params: { outcome, reason } },
});

export const MANNING_JRE_RULES: RuleProperties[] = [
  rule(
    'foreign-flag',
    { all: [{ fact: 'flag', operator: 'equal', value: 'foreign' }] },
    'not-norwegian',
    'flag-state-issues',
  ),
  rule(
    'special-service',
    { all: [norwegian, { fact: 'serviceOnly', operator: 'in', value: SPECIAL_SERVICE }] },
    'case-by-case',
    'special-service',
  ),
  rule('passenger', { all: [norwegian, ordinaryService, ofType('passenger')] }, 'required', 'passenger-any-size'),
  rule(
    'cargo-large',
    {
      all: [
        norwegian,
        ordinaryService,
        ofType('cargo'),
        { fact: 'grossTonnage', operator: 'greaterThanInclusive', value: CARGO_MIN_GT },
      ],
    },
    'required',
    'cargo-at-or-above-limit',
  ),
  rule(
    'cargo-small',
    {
      all: [
        norwegian,
        ordinaryService,
        ofType('cargo'),
        { fact: 'grossTonnage', operator: 'lessThan', value: CARGO_MIN_GT },
      ],
    },
    'not-required',
    'cargo-under-limit',
  ),
  rule(
    'fishing-long',
    {
      all: [
        norwegian,
        ordinaryService,
        ofType('fishing'),
        { fact: 'lengthL', operator: 'greaterThanInclusive', value: FISHING_MIN_L },
      ],
    },
    'required',
    'fishing-at-or-above-limit',
  ),
  rule(
    'fishing-short',
    {
      all: [
        norwegian,
        ordinaryService,
        ofType('fishing'),
        { fact: 'lengthL', operator: 'lessThan', value: FISHING_MIN_L },
      ],
    },
    'not-required',
    'fishing-under-limit',
  ),
  rule('leisure', { all: [norwegian, ordinaryService, ofType('leisure')] }, 'not-required', 'leisure-outside'),
  rule(
    'small-passenger',
    { all: [norwegian, ordinaryService, ofType('small-passenger')] },
    'uncertain',
    'small-passenger-unsettled',
  ),
  rule('other-type', { all: [norwegian, ordinaryService, ofType('other')] }, 'uncertain', 'category-unknown'),
];

/** One engine, built once and reused for every decision (as an application would). */
export function createManningEngine(): Engine {
  return new Engine(MANNING_JRE_RULES, { allowUndefinedFacts: true });
}

/** The engine's outcome for `facts`, or 'undecided' when no rule fired. */
export async function decideWithJre(engine: Engine, facts: Record<string, unknown>): Promise<string> {
  const { events } = await engine.run(facts);
  if (events.length > 1) throw new Error(`json-rules-engine fired ${events.length} rules for ${JSON.stringify(facts)}`);
  const outcome = (events[0]?.params as { outcome?: unknown } | undefined)?.outcome;
  return typeof outcome === 'string' ? outcome : 'undecided';
}

/** Losen's outcome for `facts` in the same terms ('undecided' for a `needs`). */
export function decideWithLosen(facts: Record<string, unknown>, today: string): string {
  const d = decide('manning-certificate', facts, { today });
  if (d.status === 'invalid') throw new Error(`invalid facts in the grid: ${JSON.stringify(facts)}`);
  return d.status === 'decided' ? d.outcome : 'undecided';
}

/** Every combination of these values (a missing fact included): 3 × 7 × 7 × 6 × 5 = 4410 fact sets. */
export function factGrid(): Record<string, unknown>[] {
  const axes: [string, unknown[]][] = [
    ['flag', [undefined, 'NO', 'foreign']],
    ['vesselType', [undefined, 'passenger', 'small-passenger', 'cargo', 'fishing', 'leisure', 'other']],
    ['grossTonnage', [undefined, 0, 1, 49, 49.99, 50, 12_000]],
    ['lengthL', [undefined, 5, 23.99, 24, 24.01, 150]],
    ['serviceOnly', [undefined, 'none', 'training', 'pilot', 'rescue']],
  ];
  let grid: Record<string, unknown>[] = [{}];
  for (const [key, values] of axes) {
    grid = grid.flatMap((facts) => values.map((v) => (v === undefined ? { ...facts } : { ...facts, [key]: v })));
  }
  return grid;
}

/** Assert the engine and `decide()` agree on every fact set of the grid; returns how many were checked, by outcome. */
export async function checkJreFaithful(
  engine: Engine,
  today: string,
): Promise<{ cases: number; outcomes: Record<string, number> }> {
  const outcomes: Record<string, number> = {};
  const grid = factGrid();
  for (const facts of grid) {
    const losen = decideWithLosen(facts, today);
    const jre = await decideWithJre(engine, facts);
    if (losen !== jre)
      throw new Error(`json-rules-engine is not faithful: ${JSON.stringify(facts)} gives ${jre}, Losen gives ${losen}`);
    outcomes[losen] = (outcomes[losen] ?? 0) + 1;
  }
  return { cases: grid.length, outcomes };
}
