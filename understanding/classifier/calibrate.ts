/**
 * Cross-validation and calibration. k-fold cross-validation over the examples gives every example
 * a prediction from a model that never saw it ("out of fold"); a temperature fitted on those
 * predictions turns the model's raw scores into probabilities that mean what they say (of the
 * messages scored 0.9, about nine in ten are right), which the routing policy relies on.
 */
import type { TrainingExample } from './data.js';
import { classIndex, weightOf } from './data.js';
import { logitsOf, softmax, type TrainingConfig, trainLinear } from './train.js';
import { vectorOf } from './vectorize.js';

/** Folds of the cross-validation. */
export const FOLDS = 5;

/**
 * The fold of every example: stratified by topic and language (the i-th example of a topic in a
 * language goes to fold i mod k), so every fold holds every topic in every language.
 */
export function foldsOf(examples: readonly TrainingExample[], k = FOLDS): number[] {
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const key = `${e.topic}|${e.locale}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % k;
  });
}

/** Out-of-fold logits for every example (row i belongs to examples[i]). */
export function outOfFoldLogits(
  examples: readonly TrainingExample[],
  classes: number,
  config: TrainingConfig,
  k = FOLDS,
  onFold?: (fold: number, ms: number) => void,
): Float64Array[] {
  const fold = foldsOf(examples, k);
  const out: Float64Array[] = new Array(examples.length);
  for (let f = 0; f < k; f++) {
    const started = performance.now();
    const train = examples
      .filter((_, i) => fold[i] !== f)
      .map((e) => ({ text: e.text, label: classIndex(e.topic), weight: weightOf(e) }));
    const model = trainLinear(train, classes, config);
    examples.forEach((e, i) => {
      if (fold[i] === f) out[i] = logitsOf(model, vectorOf(e.text, model.vocab));
    });
    onFold?.(f, performance.now() - started);
  }
  return out;
}

/** Mean negative log-likelihood of the labels under softmax(logits / t). */
export function meanNll(logits: readonly Float64Array[], labels: readonly number[], t: number): number {
  let sum = 0;
  logits.forEach((l, i) => {
    const p = softmax(l, t)[labels[i] ?? 0] ?? 0;
    sum -= Math.log(Math.max(p, 1e-12));
  });
  return sum / logits.length;
}

/** The temperature (on a fixed grid, then refined) that minimises the out-of-fold NLL. */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  let best = 1;
  let bestNll = Number.POSITIVE_INFINITY;
  for (let t = 0.05; t <= 5.0001; t += 0.05) {
    const nll = meanNll(logits, labels, t);
    if (nll < bestNll) {
      bestNll = nll;
      best = t;
    }
  }
  // Refine around the grid's best (golden-section search over ±0.05).
  let lo = Math.max(0.01, best - 0.05);
  let hi = best + 0.05;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 30; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (meanNll(logits, labels, a) < meanNll(logits, labels, b)) hi = b;
    else lo = a;
  }
  return Math.round(((lo + hi) / 2) * 1e4) / 1e4;
}
