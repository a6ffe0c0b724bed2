/**
 * Redaction of a question before it is kept for the editors: what `machines/redact.ts` removes
 * (identity numbers, e-mail addresses, phone numbers), and — cheaply — names and birth dates: the
 * words after "jeg heter", "my name is", "mvh" and the like, runs of two or more capitalised
 * words (Ola Nordmann, MS Nordlys), and a date after "født" or "born". Editors need the question,
 * not who asked it; a word too many removed costs nothing.
 */
import { REDACTED, redact } from '../../machines/redact.js';

/** Longest question kept, in characters. */
export const MAX_QUESTION_LENGTH = 300;

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+`;
/** Words that introduce a name, in bokmål, nynorsk and English. */
const NAME_CUES = [
  'jeg heter',
  'eg heiter',
  'mitt navn er',
  'navnet mitt er',
  'namnet mitt er',
  'my name is',
  "i'm called",
  'mvh',
  'hilsen',
  'helsing',
  'regards',
  'sincerely',
];
const AFTER_CUE = new RegExp(`(\\b(?:${NAME_CUES.join('|')})[,:]?\\s+)(?:${NAME}(?:\\s+${NAME}){0,2})`, 'giu');
const NAME_RUN = new RegExp(`${NAME}(?:\\s+${NAME})+`, 'gu');
const BIRTH_DATE =
  /(\b(?:født|fødd|fødselsdato|born|date of birth|birth date)[,:]?\s+(?:den\s+|on\s+)?)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/giu;

/** `text` fit to keep for editors: redacted, on one line, at most `MAX_QUESTION_LENGTH` characters. */
export function redactQuestion(text: string): string {
  const cut = text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH * 2);
  const redacted = redact(cut)
    .replace(AFTER_CUE, (_m, cue: string) => `${cue}${REDACTED}`)
    .replace(BIRTH_DATE, (_m, cue: string) => `${cue}${REDACTED}`)
    .replace(NAME_RUN, REDACTED);
  return redacted.length > MAX_QUESTION_LENGTH ? `${redacted.slice(0, MAX_QUESTION_LENGTH - 1)}…` : redacted;
}
