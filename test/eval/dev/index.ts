/**
 * The dev set: messages to tune routing against, so that the held-out set (test/eval/heldout/) is
 * never looked at. Written before the out-of-scope tuning, from the topic catalogue
 * (shared/spec/topics.md) and the seeds — not from the examples — mostly out-of-scope messages
 * close to Sdir's field that use in-scope words (fees, registers, leisure boats, equipment, radio,
 * pilotage, wages, customs, visas, accidents, port state control, tonnage, quotas, ship sales,
 * insurance, postage, recruiting, other agencies' contacts, small talk), plus in-scope messages
 * across the catalogue. Never copied into the examples (test/understanding/classifier-examples.test.ts).
 */
import type { EvalCase } from '../evaluate.js';
import { devEn } from './en.js';
import { devNb } from './nb.js';
import { devNn } from './nn.js';

/** Every dev case, nb then nn then en. */
export const DEV_SET: readonly EvalCase[] = [
  ...devNb.map((c) => ({ ...c, locale: 'nb' })),
  ...devNn.map((c) => ({ ...c, locale: 'nn' })),
  ...devEn.map((c) => ({ ...c, locale: 'en' })),
];
