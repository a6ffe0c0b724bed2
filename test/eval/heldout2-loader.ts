/**
 * The second held-out set (test/eval/heldout2/) when it is present in this tree, loaded by path like
 * the first so that `npm run eval` compiles without it. Its texts are only ever routed and counted,
 * never printed.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from './evaluate.js';

const INDEX = new URL('./heldout2/index.ts', import.meta.url);

/** True when the second held-out set is in this tree. */
export const heldOut2Present = (): boolean => existsSync(fileURLToPath(INDEX));

/** The second held-out set's cases, or undefined while the set is not in this tree. */
export async function loadHeldOut2(): Promise<readonly EvalCase[] | undefined> {
  if (!heldOut2Present()) return undefined;
  const mod = (await import(INDEX.href)) as { HELD_OUT_2?: readonly EvalCase[] };
  return mod.HELD_OUT_2;
}
