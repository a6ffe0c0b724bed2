/**
 * The held-out sets (test/eval/heldout/ and test/eval/heldout2/, each written by another engineer)
 * when they are present in this tree. Loaded by path so this code compiles without them. Their
 * texts are only ever routed and counted, never printed.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from './evaluate.js';

/** Each held-out set: where its index is, and the name it exports its cases under. */
const SETS = {
  1: { index: new URL('./heldout/index.ts', import.meta.url), name: 'HELD_OUT' },
  2: { index: new URL('./heldout2/index.ts', import.meta.url), name: 'HELD_OUT_2' },
} as const;

/** Which held-out set: the first, or the second (written later, blind to the first and to tuning). */
export type HeldOutSet = keyof typeof SETS;

/** True when held-out set `set` is in this tree. */
export const heldOutPresent = (set: HeldOutSet = 1): boolean => existsSync(fileURLToPath(SETS[set].index));

/** Held-out set `set`'s cases, or undefined while it is not in this tree. */
export async function loadHeldOut(set: HeldOutSet = 1): Promise<readonly EvalCase[] | undefined> {
  if (!heldOutPresent(set)) return undefined;
  const { index, name } = SETS[set];
  const mod = (await import(index.href)) as Record<string, readonly EvalCase[] | undefined>;
  return mod[name];
}
