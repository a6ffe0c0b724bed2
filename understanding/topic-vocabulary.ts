/**
 * The words the catalogue's example messages use, topic family by topic family (the classifier's
 * training examples in lexicon/examples/): what a question about one topic may be expected to say.
 *
 * A further question joined to an answered one («Er helseerklæringen gyldig i to år, og kan jeg få
 * den refundert av Helfo?», "When is a cook required, and what galley equipment is mandatory?") that
 * the classifier finds outside the catalogue may only share that question's subject when its words
 * are that subject's: one that names things no example of that family ever names (Helfo, galley
 * equipment, a radar, a PDF reader, hearing protection) asks something of its own, which the answer
 * beside it does not cover, so it is said to be outside rather than silently dropped. Words many
 * families use ("need", "must", "how long") are no one family's, so they never count.
 *
 * The word stems are committed in topic-vocabulary.json, written by `npm run vocabulary` from the
 * examples (stemming them all takes a few hundred milliseconds, too slow for a first message); a
 * test checks that the file matches the examples.
 */
import type { TrainingExample } from './classifier/data.js';
import { foldText, stemOf, tokensOf } from './classifier/features.js';
import vocabularyFile from './topic-vocabulary.json' with { type: 'json' };

/** The stems the examples of each family (and 'fallback', the out-of-scope examples) use, sorted. */
export type VocabularyFile = { readonly families: Readonly<Record<string, readonly string[]>> };

type Vocabulary = {
  byFamily: Map<string, ReadonlySet<string>>;
  /** How many families' examples (fallback included) use each stem. */
  spread: Map<string, number>;
};

let vocabulary: Vocabulary | undefined;

/** The family of a topic id: "health.certificate" → "health", "contact" → "contact". */
export const familyOf = (topic: string): string => topic.split('.')[0] ?? topic;

/** The vocabulary file's content for `examples` (what `npm run vocabulary` writes). */
export function buildVocabulary(examples: readonly TrainingExample[]): VocabularyFile {
  const byFamily = new Map<string, Set<string>>();
  for (const example of examples) {
    // The generated out-of-scope messages are templates filled in, not the way people write.
    if (example.generated) continue;
    const family = familyOf(example.topic);
    let stems = byFamily.get(family);
    if (!stems) {
      stems = new Set();
      byFamily.set(family, stems);
    }
    for (const token of tokensOf(foldText(example.text))) stems.add(stemOf(token));
  }
  const families = Object.fromEntries(
    [...byFamily.keys()].sort().map((family) => [family, [...(byFamily.get(family) ?? [])].sort()]),
  );
  return { families };
}

function load(file: VocabularyFile): Vocabulary {
  const byFamily = new Map(Object.entries(file.families).map(([family, stems]) => [family, new Set(stems)]));
  const spread = new Map<string, number>();
  for (const stems of byFamily.values()) for (const stem of stems) spread.set(stem, (spread.get(stem) ?? 0) + 1);
  return { byFamily, spread };
}

/**
 * A stem the examples of this many families use is everyday language ("need", "how", "ship"),
 * no one family's subject. (Of the eleven: ten families and the out-of-scope examples.)
 */
const EVERYDAY_FAMILIES = 5;

/** Shortest word read as naming something ("pdf", "app"); shorter ones are particles. */
const MIN_WORD = 3;

/**
 * The words of `text` that name something no example of `topic`'s family names, and that are not
 * everyday words: what a question asks beyond that topic ("refundert", "helfo" beside the health
 * certificate). Empty when every word of it is the family's own or everyday.
 */
export function wordsBeyond(topic: string, text: string): string[] {
  vocabulary ??= load(vocabularyFile);
  const known = vocabulary.byFamily.get(familyOf(topic));
  if (!known) return [];
  const spread = vocabulary.spread;
  return tokensOf(foldText(text)).filter((token) => {
    if (token.length < MIN_WORD || /^[0-9]/.test(token)) return false;
    const stem = stemOf(token);
    return !known.has(stem) && (spread.get(stem) ?? 0) < EVERYDAY_FAMILIES;
  });
}

/** Shortest word read as naming a thing of its own in `foreignWords` ("bosun", "yacht"; not "dont"). */
const MIN_FOREIGN_WORD = 5;

/**
 * The words of `text` that no family's examples use at all (only the out-of-scope ones, if any):
 * things the catalogue never speaks of («fiskeskipper», "bosun", "yacht", «skattemeldingen»), unlike
 * words some topic uses ("normal", «tjeneste»).
 */
export function foreignWords(text: string): string[] {
  vocabulary ??= load(vocabularyFile);
  const fallback = vocabulary.byFamily.get('fallback');
  return tokensOf(foldText(text)).filter((token) => {
    if (token.length < MIN_FOREIGN_WORD || /^[0-9]/.test(token)) return false;
    const stem = stemOf(token);
    const used = vocabulary?.spread.get(stem) ?? 0;
    return used === 0 || (used === 1 && (fallback?.has(stem) ?? false));
  });
}
