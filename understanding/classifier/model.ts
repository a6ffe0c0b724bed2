/**
 * The trained topic classifier, loaded once from the committed model file (`model.json`, written by
 * `npm run train`; a test checks that it matches the examples and the code). Scoring a message is
 * linear in its length: count its features, look each up, add its row of weights.
 */
import type { TopicId } from '../../rules/topics.js';
import { isTopicId } from '../../rules/topics.js';
import { type FastIndex, fastIndex, fastVector } from './fast-vector.js';
import { decodeModel, type LoadedModel, type ModelFile } from './model-file.js';
import modelFile from './model.json' with { type: 'json' };

/** A model ready to score, with its vocabulary split for the fast path. */
export type ScoringModel = LoadedModel & { fast: FastIndex };

let loaded: ScoringModel | undefined;

/** Prepare a decoded model for scoring. */
export const scoringModel = (model: LoadedModel): ScoringModel => ({ ...model, fast: fastIndex(model.vocab) });

/** The committed model, decoded on first use. */
export function committedModel(): ScoringModel {
  loaded ??= scoringModel(decodeModel(modelFile as ModelFile));
  return loaded;
}

/** Calibrated probability of every class (the catalogue's topics and 'fallback') for one message. */
export function classProbabilities(text: string, model: ScoringModel = committedModel()): Map<TopicId, number> {
  const { idx, val } = fastVector(text, model.fast);
  const K = model.classes.length;
  const { weights, scales } = model;
  const logits = Float64Array.from(model.bias);
  for (let j = 0; j < idx.length; j++) {
    const f = idx[j] as number;
    const base = f * K;
    const x = (val[j] as number) * (scales[f] as number);
    for (let k = 0; k < K; k++) logits[k] = (logits[k] as number) + x * (weights[base + k] as number);
  }
  return probabilitiesOfLogits(logits, model.classes, model.temperature);
}

/** Softmax of `logits / temperature`, keyed by class id. */
export function probabilitiesOfLogits(
  logits: Float64Array,
  classes: readonly string[],
  temperature: number,
): Map<TopicId, number> {
  let max = Number.NEGATIVE_INFINITY;
  for (const l of logits) max = Math.max(max, l);
  const exps = logits.map((l) => Math.exp((l - max) / temperature));
  let sum = 0;
  for (const e of exps) sum += e;
  const out = new Map<TopicId, number>();
  classes.forEach((c, k) => {
    if (isTopicId(c)) out.set(c, (exps[k] ?? 0) / sum);
  });
  return out;
}
