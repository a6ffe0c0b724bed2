/**
 * The held-out test set for topic routing (issue 11): written before any tuning from the topic
 * catalogue, the seeds and facts.md only, and never trained on or looked at while tuning (README.md).
 */
import { EN_CASES } from './en.js';
import { NB_CASES } from './nb.js';
import { NN_CASES } from './nn.js';
import { OUT_OF_SCOPE_CASES } from './out-of-scope.js';
import type { HeldOutCase } from './types.js';

export type { HeldOutCase } from './types.js';

/** Every held-out case: in-scope questions in nb, nn and en, then the out-of-scope ones. */
export const HELD_OUT: readonly HeldOutCase[] = [...NB_CASES, ...NN_CASES, ...EN_CASES, ...OUT_OF_SCOPE_CASES];
