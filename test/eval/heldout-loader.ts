/**
 * The held-out set (test/eval/heldout/, written by another engineer) when it is present in this
 * tree. Loaded by path so this code compiles before it lands. Its texts are only ever routed and
 * counted, never printed.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from './evaluate.js';

const INDEX = new URL('./heldout/index.ts', import.meta.url);

/** True when the held-out set is in this tree. */
export const heldOutPresent = (): boolean => existsSync(fileURLToPath(INDEX));

/** The held-out cases, or undefined while the set has not landed. */
export async function loadHeldOut(): Promise<readonly EvalCase[] | undefined> {
  if (!heldOutPresent()) return undefined;
  const mod = (await import(INDEX.href)) as { HELD_OUT?: readonly EvalCase[] };
  return mod.HELD_OUT;
}
