/**
 * The committed model file (`model.json`, written by `npm run train`): the vocabulary, inverse
 * document frequencies, weights quantised to 8 bits per feature row, biases and the calibrated
 * temperature, with a fingerprint of everything it was trained from. Plain JSON whose large fields
 * are deflated and base64-encoded (about a third of the raw size), so it loads with one JSON import
 * and no disk access of our own.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { LinearModel } from './train.js';

/** Version of the layout below. */
export const MODEL_FORMAT = 2;

/** The model file as stored. */
export type ModelFile = {
  format: number;
  /** SHA-256 of the examples, the recipe and the training code it was trained from. */
  fingerprint: string;
  /** Class ids in column order. */
  classes: string[];
  /** Temperature that calibrates the probabilities (chosen by cross-validation). */
  temperature: number;
  /** Feature strings in column order, joined by "\n" (UTF-8, deflated, base64). */
  features: string;
  /** Float32 idf per feature (deflated, base64). */
  idf: string;
  /** Float32 scale per feature row, weight = int8 · scale (deflated, base64). */
  scales: string;
  /** Int8 weights, feature-major: features × classes (deflated, base64). */
  weights: string;
  /** Float32 bias per class (deflated, base64). */
  bias: string;
};

/**
 * The model ready to score: the vocabulary as a Map, and the weights kept in 8 bits with a scale
 * per feature row (a row is then one cache line of 44 bytes, which matters more for speed than the
 * multiplication by the scale).
 */
export type LoadedModel = {
  classes: readonly string[];
  temperature: number;
  vocab: { index: ReadonlyMap<string, number>; idf: Float32Array };
  /** Int8 weights, feature-major: weight = weights[f·K + k] · scales[f]. */
  weights: Int8Array;
  scales: Float32Array;
  bias: Float64Array;
};

const pack = (view: ArrayBufferView) =>
  deflateRawSync(Buffer.from(view.buffer, view.byteOffset, view.byteLength), { level: 9 }).toString('base64');

/** Unpack into a fresh, aligned buffer. */
function bytes(packed: string): ArrayBuffer {
  const raw = inflateRawSync(Buffer.from(packed, 'base64'));
  const out = new ArrayBuffer(raw.byteLength);
  new Uint8Array(out).set(raw);
  return out;
}

/** Quantise a trained model into the stored form. */
export function encodeModel(
  model: LinearModel,
  classes: readonly string[],
  temperature: number,
  fingerprint: string,
): ModelFile {
  const K = model.classes;
  const features = [...model.vocab.index.keys()];
  const F = features.length;
  const scales = new Float32Array(F);
  const q = new Int8Array(F * K);
  for (let f = 0; f < F; f++) {
    let max = 0;
    for (let k = 0; k < K; k++) max = Math.max(max, Math.abs(model.weights[f * K + k] ?? 0));
    const scale = max / 127;
    scales[f] = scale;
    if (scale === 0) continue;
    for (let k = 0; k < K; k++) q[f * K + k] = Math.round((model.weights[f * K + k] ?? 0) / scale);
  }
  return {
    format: MODEL_FORMAT,
    fingerprint,
    classes: [...classes],
    temperature,
    features: pack(Buffer.from(features.join('\n'), 'utf8')),
    idf: pack(Float32Array.from(model.vocab.idf)),
    scales: pack(scales),
    weights: pack(q),
    bias: pack(Float32Array.from(model.bias)),
  };
}

/** Read the stored form back into a model ready to score. */
export function decodeModel(file: ModelFile): LoadedModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`model format ${file.format}, expected ${MODEL_FORMAT}`);
  const features = Buffer.from(bytes(file.features)).toString('utf8').split('\n');
  const K = file.classes.length;
  const scales = new Float32Array(bytes(file.scales));
  const q = new Int8Array(bytes(file.weights));
  if (q.length !== features.length * K || scales.length !== features.length)
    throw new Error('model file: weights do not match the features and classes');
  return {
    classes: file.classes,
    temperature: file.temperature,
    vocab: { index: new Map(features.map((f, i) => [f, i])), idf: new Float32Array(bytes(file.idf)) },
    weights: q,
    scales,
    bias: Float64Array.from(new Float32Array(bytes(file.bias))),
  };
}
