/**
 * Letter folding that keeps its place: the text folded as `fold` folds it, with, for each folded
 * character, the index of the character of the text as written it comes from (so a fact found in
 * the folded text is placed in the message itself).
 */
import { fold } from './normalize.js';

/** The folded text with, for each of its characters, the index of the character of `text` it comes from. */
export function foldMapped(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // "aa" folds to one "a", as `fold` folds it (å typed without a Norwegian keyboard).
    if ((text[i] === 'a' || text[i] === 'A') && (text[i + 1] === 'a' || text[i + 1] === 'A')) {
      folded += 'a';
      from.push(i);
      i++;
      continue;
    }
    const f = foldChar(text[i] ?? '');
    for (const c of f) {
      if (c === ' ' && (folded.length === 0 || folded.endsWith(' '))) continue;
      folded += c;
      from.push(i);
    }
  }
  while (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    from.pop();
  }
  return { folded, from };
}

/** One character folded as `fold` folds it within a text (whitespace becomes one space). */
const FOLDED_CHARS = new Map<string, string>();
function foldChar(ch: string): string {
  let f = FOLDED_CHARS.get(ch);
  if (f === undefined) {
    f = /\s/u.test(ch) ? ' ' : fold(`x${ch}`).slice(1);
    if (FOLDED_CHARS.size < 10_000) FOLDED_CHARS.set(ch, f);
  }
  return f;
}
