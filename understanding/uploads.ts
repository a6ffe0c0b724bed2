/**
 * The documents a user says they uploaded by hand, in a free-text question about automatic
 * processing ("Jeg lastet opp fartstidsattest og helseerklæring", "I uploaded my course
 * certificates as PDF"): the `uploadedDocuments` list, read only right after a verb of uploading,
 * up to the end of the sentence. "Everything was reported electronically" is the empty list.
 */
import { UPLOAD_VERBS, EMPTY_UPLOAD_PHRASES } from './lexicon/synonyms.js';
import { wholePhrases } from './normalize.js';
import { parseEnumList } from './words.js';

const UPLOADED = wholePhrases(UPLOAD_VERBS, 'g');
const NOTHING_UPLOADED = wholePhrases(EMPTY_UPLOAD_PHRASES);
/** Longest stretch after the verb read for documents (a list of a few). */
const WINDOW = 120;

/** The documents uploaded that `folded` (folded text) names, with where; undefined when it names none. */
export function uploadedDocuments(
  folded: string,
  values: readonly string[],
): { value: string[]; start: number; end: number } | undefined {
  const nothing = NOTHING_UPLOADED.exec(folded);
  for (const m of folded.matchAll(UPLOADED)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from, from + WINDOW);
    const end = rest.search(/[.!?;]|\b(?:men|but|fordi|because|og hvorfor|and why)\b/);
    const list = parseEnumList('uploadedDocuments', values, end < 0 ? rest : rest.slice(0, end));
    if (list && list.length > 0) return { value: list, start: m.index, end: from + (end < 0 ? rest.length : end) };
  }
  if (nothing) return { value: [], start: nothing.index, end: nothing.index + nothing[0].length };
  return undefined;
}
