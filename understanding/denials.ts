/**
 * A yes-phrase denied right before it («reiarlaget har ikkje dokumentert utsjekk», «har ikkje
 * assessor-bedømming», "has not documented a check"): the fact it names is a no.
 */
import { ASKED_BEFORE_WORDS, DENIED_BEFORE_WORDS } from './lexicon/discourse.js';
import { alternation } from './normalize.js';

/** A denial word (DENIED_BEFORE_WORDS) in the two words before a phrase. */
const DENIED_BEFORE = new RegExp(`(?<![a-z'])(?:${alternation(DENIED_BEFORE_WORDS)})(?: [a-z'-]+)? $`);

/** Whether a denial word stands in the two words before position `start` of `folded`. */
export const deniedBefore = (folded: string, start: number): boolean =>
  DENIED_BEFORE.test(folded.slice(Math.max(0, start - 30), start));

/** A question opener with its subject right before a phrase (ASKED_BEFORE_WORDS: "can he …"). */
const ASKED_BEFORE = new RegExp(`(?<![a-z'])(?:${alternation(ASKED_BEFORE_WORDS)}) $`);

/** Whether the phrase at `start` of `folded` is asked about ("can he sign it himself?"), not stated. */
export const askedBefore = (folded: string, start: number): boolean =>
  ASKED_BEFORE.test(folded.slice(Math.max(0, start - 16), start));
