/**
 * The scorer's path from text to vector: the same vector as `vectorOfCounts(featureCounts(text))`
 * (a test compares them on every example), without making a string per character n-gram. Each
 * n-gram is hashed as it grows, character by character (two 32-bit hashes), and looked up in an
 * open-addressing table of the model's n-grams that compares both hashes; n-grams the model does
 * not know are skipped at once (they take no part in the vector). A 2,000-character e-mail has some
 * 10,000 n-grams.
 */
import { FEATURE_RECIPE, visitFeatures } from './features.js';
import { BLOCK_WEIGHTS, type SparseVector, type Vocabulary } from './vectorize.js';

/** The vocabulary split for fast lookup: word features by string, n-grams in a hash table. */
export type FastIndex = {
  words: ReadonlyMap<string, number>;
  /** Open addressing: slot → the n-gram's two 32-bit hashes and its column (-1: empty). */
  table: { mask: number; h1: Int32Array; h2: Int32Array; column: Int32Array };
  idf: Float32Array | Float64Array;
  /** Per-column counters reused by every call (JavaScript runs one call at a time). */
  scratch: Int32Array;
};

const GRAM = 'c:';
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const DJB_OFFSET = 5381;

/** Column of the n-gram with hashes (h1, h2), or -1. */
function lookup(table: FastIndex['table'], h1: number, h2: number): number {
  let slot = h1 & table.mask;
  for (;;) {
    const column = table.column[slot] ?? -1;
    if (column < 0) return -1;
    if (table.h1[slot] === h1 && table.h2[slot] === h2) return column;
    slot = (slot + 1) & table.mask;
  }
}

/** Split a vocabulary for the fast path; refuses one whose n-grams collide (never seen in practice). */
export function fastIndex(vocab: Vocabulary): FastIndex {
  const words = new Map<string, number>();
  let grams = 0;
  for (const key of vocab.index.keys()) if (key.startsWith(GRAM)) grams += 1;
  let size = 1;
  while (size < grams * 3) size *= 2;
  const table = {
    mask: size - 1,
    h1: new Int32Array(size),
    h2: new Int32Array(size),
    column: new Int32Array(size).fill(-1),
  };
  for (const [key, column] of vocab.index) {
    if (!key.startsWith(GRAM)) {
      words.set(key, column);
      continue;
    }
    let h1 = FNV_OFFSET;
    let h2 = DJB_OFFSET;
    for (let j = GRAM.length; j < key.length; j++) {
      const c = key.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, FNV_PRIME);
      h2 = (Math.imul(h2, 33) + c) | 0;
    }
    if (lookup(table, h1, h2) >= 0) throw new Error(`n-gram hash collision in the vocabulary: ${key}`);
    let slot = h1 & table.mask;
    while ((table.column[slot] ?? -1) >= 0) slot = (slot + 1) & table.mask;
    table.h1[slot] = h1;
    table.h2[slot] = h2;
    table.column[slot] = column;
  }
  return { words, table, idf: vocab.idf, scratch: new Int32Array(vocab.index.size) };
}

/** Append the counted columns as sublinear tf·idf scaled to length `weight`, and clear their counters. */
function block(columns: readonly number[], index: FastIndex, weight: number, idx: number[], val: number[]) {
  const start = idx.length;
  let norm = 0;
  for (const column of columns) {
    const tf = index.scratch[column] ?? 0;
    index.scratch[column] = 0;
    const v = (1 + Math.log(tf)) * (index.idf[column] ?? 0);
    idx.push(column);
    val.push(v);
    norm += v * v;
  }
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (let i = start; i < val.length; i++) val[i] = (val[i] ?? 0) * scale;
}

/** The model's input vector for `text` (see the module comment). */
export function fastVector(text: string, index: FastIndex): SparseVector {
  const { scratch, table } = index;
  const wordColumns: number[] = [];
  const gramColumns: number[] = [];
  let words = 0;
  let unknown = 0;
  const { minGram, maxGram } = FEATURE_RECIPE;
  visitFeatures(
    text,
    (key) => {
      const column = index.words.get(key);
      if (key.startsWith('w:') && key !== 'w:#') {
        words += 1;
        if (column === undefined) unknown += 1;
      }
      if (column === undefined) return;
      if (scratch[column] === 0) wordColumns.push(column);
      scratch[column] = (scratch[column] ?? 0) + 1;
    },
    (padded) => {
      for (let i = 0; i + minGram <= padded.length; i++) {
        let h1 = FNV_OFFSET;
        let h2 = DJB_OFFSET;
        const end = Math.min(padded.length, i + maxGram);
        for (let j = i; j < end; j++) {
          const c = padded.charCodeAt(j);
          h1 = Math.imul(h1 ^ c, FNV_PRIME);
          h2 = (Math.imul(h2, 33) + c) | 0;
          if (j - i + 1 < minGram) continue;
          const column = lookup(table, h1, h2);
          if (column < 0) continue;
          if (scratch[column] === 0) gramColumns.push(column);
          scratch[column] = (scratch[column] ?? 0) + 1;
        }
      }
    },
  );
  const idx: number[] = [];
  const val: number[] = [];
  if (unknown > 0 && BLOCK_WEIGHTS.unknown > 0) {
    idx.push(0);
    val.push((BLOCK_WEIGHTS.unknown * unknown) / words);
  }
  block(wordColumns, index, BLOCK_WEIGHTS.words, idx, val);
  block(gramColumns, index, BLOCK_WEIGHTS.grams, idx, val);
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}
