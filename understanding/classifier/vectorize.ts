/**
 * From feature counts to the vector the linear model reads: sublinear term frequency
 * (1 + ln tf) times inverse document frequency, each block (words, n-grams) scaled to unit length
 * and then by its block weight, so a long e-mail and a three-word fragment land on the same scale.
 */
import { type FeatureCounts, featureCounts } from './features.js';

/** How the blocks of features are weighed against each other (chosen by cross-validation). */
export const BLOCK_WEIGHTS = { words: 1, grams: 1, unknown: 3 } as const;

/** The features a model knows: their index and inverse document frequency. */
export type Vocabulary = {
  /** Feature string → column. */
  readonly index: ReadonlyMap<string, number>;
  /** Inverse document frequency per column. */
  readonly idf: Float32Array | Float64Array;
};

/** A sparse vector: column indices (ascending not required) and values. */
export type SparseVector = { idx: Int32Array; val: Float64Array };

/**
 * Choose the features seen in at least `minDf` training texts, in first-seen order (the examples'
 * order is fixed, so the vocabulary is too), with smoothed idf = ln((1 + N) / (1 + df)) + 1.
 */
export function buildVocabulary(counts: readonly FeatureCounts[], minDf: number): Vocabulary {
  const df = new Map<string, number>();
  for (const c of counts) {
    for (const key of c.words.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    for (const key of c.grams.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const index = new Map<string, number>();
  const idfs: number[] = [];
  index.set(UNKNOWN, 0);
  idfs.push(1);
  for (const [key, d] of df) {
    if (d < minDf) continue;
    index.set(key, idfs.length);
    idfs.push(Math.log((1 + counts.length) / (1 + d)) + 1);
  }
  return { index, idf: Float64Array.from(idfs) };
}

/** One block's known features as (column, tf·idf), scaled to length `weight`. */
function block(counts: ReadonlyMap<string, number>, vocab: Vocabulary, weight: number, idx: number[], val: number[]) {
  const start = idx.length;
  let norm = 0;
  for (const [key, tf] of counts) {
    const column = vocab.index.get(key);
    if (column === undefined) continue;
    const v = (1 + Math.log(tf)) * (vocab.idf[column] ?? 0);
    idx.push(column);
    val.push(v);
    norm += v * v;
  }
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (let i = start; i < val.length; i++) val[i] = (val[i] ?? 0) * scale;
}

/**
 * The feature that stands for the words the model has never seen (column 0): the share of the
 * message's words whose stem is not in the vocabulary. Unknown words cannot vote for a topic, but
 * many of them are a sign of another subject; in training, words seen only once play their part.
 */
export const UNKNOWN = 'x:unknown';

/** The model's input vector for already counted features. */
export function vectorOfCounts(counts: FeatureCounts, vocab: Vocabulary): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  let words = 0;
  let unknown = 0;
  for (const [key, tf] of counts.words) {
    if (!key.startsWith('w:') || key === 'w:#') continue;
    words += tf;
    if (!vocab.index.has(key)) unknown += tf;
  }
  if (unknown > 0 && BLOCK_WEIGHTS.unknown > 0) {
    idx.push(0);
    val.push((BLOCK_WEIGHTS.unknown * unknown) / words);
  }
  block(counts.words, vocab, BLOCK_WEIGHTS.words, idx, val);
  block(counts.grams, vocab, BLOCK_WEIGHTS.grams, idx, val);
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/** The model's input vector for a text. */
export const vectorOf = (text: string, vocab: Vocabulary): SparseVector => vectorOfCounts(featureCounts(text), vocab);
