/**
 * The documents a user says they uploaded by hand, in a free-text question about automatic
 * processing ("Jeg lastet opp fartstidsattest og helseerklæring", "I uploaded my course
 * certificates as PDF"): the `uploadedDocuments` list, read only right after a verb of uploading,
 * up to the end of the sentence. "Everything was reported electronically" is the empty list.
 */
import {
  UPLOAD_VERBS,
  EMPTY_UPLOAD_PHRASES,
  FRONTED_UPLOAD_VERBS,
  UPLOAD_DENIED_WORDS,
  REPORTED_ELECTRONICALLY_WORDS,
  REPORTED_SOURCE_WORDS,
  REPORTED_WAY_WORDS,
} from './lexicon/synonyms.js';
import { alternation, wholePhrases, matchesOf } from './normalize.js';
import { parseEnumList } from './words.js';

const UPLOADED = wholePhrases(UPLOAD_VERBS, 'g');
const UPLOAD_VERB = wholePhrases(UPLOAD_VERBS);
const NOTHING_UPLOADED = wholePhrases(EMPTY_UPLOAD_PHRASES);
const FRONTED = wholePhrases(FRONTED_UPLOAD_VERBS, 'g');
/** Where the clause before a fronted verb starts: after a sentence mark, a comma or «men»/"but" (a list with «og» stays whole). */
const CLAUSE_START = /(?:[.!?;,]|\b(?:men|but)\b)(?!.*(?:[.!?;,]|\b(?:men|but)\b))/;
/** Right after "everything was reported": the words that except some documents from it. */
const EXCEPT =
  /^[ ,]*(?:except(?: for)?|apart from|other than|else than|annet enn|anna enn|annet en|but not|only|unntatt|untatt|bortsett fra|utenom|utanom|men ikke|men ikkje|bare|berre|kun)(?![a-z])/;
/** Right before a verb of uploading, words that deny it ("did not", «har ikkje»). */
const DENIED_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(UPLOAD_DENIED_WORDS)}) $`);
/** Longest stretch after the verb read for documents (a list of a few). */
const WINDOW = 120;

/**
 * "I uploaded health certificate and course pdf, sea time by API": where the first clause after a
 * comma that says a document is reported (by API, electronically, by the course centre) begins; the
 * list of uploads ends there. -1 when none does.
 */
function reportedClause(rest: string): number {
  for (const m of rest.matchAll(/,/g)) {
    const clause = rest.slice(m.index + 1).split(/[,.!?;]/)[0] ?? '';
    if (REPORTED.test(clause)) return m.index;
  }
  return -1;
}
/** The nearer of two ends found by `search` (-1: none). */
const firstEnd = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b));
const REPORTED = wholePhrases([...REPORTED_SOURCE_WORDS, ...REPORTED_ELECTRONICALLY_WORDS, ...REPORTED_WAY_WORDS]);

/** The documents uploaded that `folded` (folded text) names, with where; undefined when it names none. */
export function uploadedDocuments(
  folded: string,
  values: readonly string[],
): { value: string[]; start: number; end: number } | undefined {
  const nothing = NOTHING_UPLOADED.exec(folded);
  // "everything was reported electronically except the health certificate I uploaded": the documents
  // excepted are the ones uploaded.
  if (nothing) {
    // «Jeg har ikke lastet opp noe annet enn helseerklæringen»: the documents excepted were uploaded.
    const from = nothing.index + nothing[0].length;
    const except = EXCEPT.exec(folded.slice(from, from + WINDOW));
    if (except) {
      const rest = folded.slice(from + except[0].length, from + WINDOW);
      const end = rest.search(/[.!?;]|\b(?:men|but)\b/);
      const list = parseEnumList('uploadedDocuments', values, end < 0 ? rest : rest.slice(0, end));
      if (list && list.length > 0)
        return { value: list, start: nothing.index, end: from + except[0].length + (end < 0 ? rest.length : end) };
    }
    // "I didn't upload anything, all reported by the company and course centre": the verb is denied.
    if (UPLOAD_VERB.test(nothing[0]))
      return { value: [], start: nothing.index, end: nothing.index + nothing[0].length };
  }
  for (const m of matchesOf(UPLOADED, folded)) {
    const from = m.index + m[0].length;
    // "I did not upload the fartstidsattest", «har ikkje lasta opp helseerklæringa»: not uploaded.
    if (DENIED_BEFORE.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "I only uploaded my photo and signature, everything else is reported …": the list ends there.
    const until = nothing && nothing.index > from ? Math.min(WINDOW, nothing.index - from) : WINDOW;
    const rest = folded.slice(from, from + until);
    const end = firstEnd(rest.search(/[.!?;]|\b(?:men|but|fordi|because|og hvorfor|and why)\b/), reportedClause(rest));
    const list = parseEnumList('uploadedDocuments', values, end < 0 ? rest : rest.slice(0, end));
    if (list && list.length > 0) return { value: list, start: m.index, end: from + (end < 0 ? rest.length : end) };
  }
  // «… men helseerklæringa lastet jeg opp selv»: the document stands before the verb, in its clause.
  for (const m of matchesOf(FRONTED, folded)) {
    const before = folded.slice(Math.max(0, m.index - WINDOW), m.index);
    const cut = CLAUSE_START.exec(before);
    const clause = cut ? before.slice(cut.index + cut[0].length) : before;
    const list = parseEnumList('uploadedDocuments', values, clause);
    if (list && list.length > 0) return { value: list, start: m.index - clause.length, end: m.index + m[0].length };
  }
  if (nothing) return { value: [], start: nothing.index, end: nothing.index + nothing[0].length };
  return undefined;
}
