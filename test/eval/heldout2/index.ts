/**
 * The second held-out set for topic routing (see README.md): written blind to the classifier's examples
 * and to the first held-out set, to measure the final model once. Never train on it, never copy from
 * it; only its aggregate figures are printed.
 */
import type { EvalCase } from '../evaluate.js';
import { EN } from './en.js';
import { NB } from './nb.js';
import { NN } from './nn.js';
import { OUT_OF_SCOPE } from './out-of-scope.js';
import type { HeldOut2Case } from './types.js';

/** Every case of the set, typed with its routable topic or 'fallback'. */
export const HELD_OUT_2_CASES: readonly HeldOut2Case[] = [...NB, ...NN, ...EN, ...OUT_OF_SCOPE];

/** Every case of the set, in the shape `evaluateRouting` measures. */
export const HELD_OUT_2: readonly EvalCase[] = HELD_OUT_2_CASES;
