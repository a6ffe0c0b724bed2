/**
 * The trained topic classifier, loaded once from the committed model file (`model.json`, written by
 * `npm run train`; a test checks that it matches the examples and the code). Scoring a message is
 * linear in its length: count its features, look each up, add its row of weights.
 */
import type { TopicId } from '../../rules/topics.js';
import { isTopicId } from '../../rules/topics.js';
import { featureCounts } from './features.js';
import { decodeModel, type LoadedModel, type ModelFile } from './model-file.js';
import modelFile from './model.json' with { type: 'json' };
import { vectorOfCounts } from './vectorize.js';

let loaded: LoadedModel | undefined;

/** The committed model, decoded on first use. */
export function committedModel(): LoadedModel {
  loaded ??= decodeModel(modelFile as ModelFile);
  return loaded;
}

/** Calibrated probability of every class (the catalogue's topics and 'fallback') for one message. */
export function classProbabilities(text: string, model: LoadedModel = committedModel()): Map<TopicId, number> {
  const v = vectorOfCounts(featureCounts(text), model.vocab);
  const K = model.classes.length;
  const logits = Float64Array.from(model.bias);
  for (let j = 0; j < v.idx.length; j++) {
    const base = (v.idx[j] ?? 0) * K;
    const x = v.val[j] ?? 0;
    for (let k = 0; k < K; k++) logits[k] = (logits[k] ?? 0) + x * (model.weights[base + k] ?? 0);
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
