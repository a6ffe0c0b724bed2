/**
 * A citizen's e-mail pasted by support staff: «Hei, jeg fikk denne e-posten fra et rederi: "Vi har tatt
 * over driften … Kan vi beholde ISSC-en?" Hva svarer jeg?». The words around the e-mail (the intro up
 * to its colon, the quotes, the question how to answer it) say nothing about what it asks, and read
 * with it they take the e-mail's own question elsewhere; they are blanked (offsets kept).
 */
import { FORWARDED_MAIL_WORDS } from './lexicon/discourse.js';
import { foldMapped } from './fold-mapped.js';
import { alternation } from './normalize.js';

/** An intro: a few words (a greeting), the intro's words, a few more ("fra et rederi"), and its colon. */
const INTRO = new RegExp(
  `^[^:?!]{0,40}?(?<![a-z])(?:${alternation([...FORWARDED_MAIL_WORDS.intro, ...FORWARDED_MAIL_WORDS.request])})(?![a-z])[^:?!.]{0,60}:`,
);
/** The question how to answer it, closing the message. */
const REPLY = new RegExp(`(?<![a-z])(?:${alternation(FORWARDED_MAIL_WORDS.reply)})(?![a-z])[^.?!]{0,30}[.?!]*\\s*$`);
const QUOTE_MARKS = /["«»“”]/g;
const QUOTED = /["«“]/;
/**
 * Round 47: the intro and the question how to answer, before the quoted e-mail («Fikk denne
 * e-posten, hvordan svarer jeg? «Hei! …»»): the question mark (or colon) closes the intro.
 */
const INTRO_ASKING = new RegExp(
  `^[^:?!]{0,100}?(?<![a-z])(?:${alternation(FORWARDED_MAIL_WORDS.intro)})(?![a-z])[^:?!]{0,60}?(?<![a-z])(?:${alternation(FORWARDED_MAIL_WORDS.reply)})(?![a-z])[^.?!:"«“]{0,30}[?.:]\\s*(?=["«“])`,
);
/**
 * A request to help answer, or the question how to, asked before the quoted e-mail («Hei, kan du
 * hjelpe meg med svar på denne e-posten? «…»», «Kva skal eg svare her? «…»»).
 */
const REQUEST_ASKING = new RegExp(
  `^[^:?!"«“]{0,40}?(?<![a-z])(?:${alternation([...FORWARDED_MAIL_WORDS.request, ...FORWARDED_MAIL_WORDS.reply])})(?![a-z])[^.?!:"«“]{0,40}[?.:]\\s*(?=["«“])`,
);

/**
 * `text` with a forwarded e-mail's intro, closing question and quote marks blanked, when it has such
 * an intro (same length, so every place in it is the same); otherwise `text` itself.
 */
export function withoutForwarding(text: string): string {
  const quoted = QUOTED.test(text);
  if (!text.includes(':') && !quoted) return text;
  const { folded, from } = foldMapped(text);
  const intro = INTRO.exec(folded) ?? (quoted ? (INTRO_ASKING.exec(folded) ?? REQUEST_ASKING.exec(folded)) : null);
  if (!intro) return text;
  // (Where the folded text's places stand in the text as written: «aa» folds to one letter.)
  const place = (i: number) => (i >= from.length ? text.length : (from[i] ?? text.length));
  const end = place(intro[0].length - 1) + 1;
  const reply = REPLY.exec(folded.slice(intro[0].length));
  const replyAt = reply ? place(intro[0].length + reply.index) : text.length;
  const body = text.slice(end, replyAt).replace(QUOTE_MARKS, ' ');
  return ' '.repeat(end) + body + ' '.repeat(text.length - replyAt);
}
