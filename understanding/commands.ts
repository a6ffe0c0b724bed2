/** Recognises a whole message that is a command: start over, back, help, talk to a person. */
import {
  COMMAND_PHRASES,
  LANGUAGE_ALONE,
  LANGUAGE_INSTEAD_WORDS,
  LANGUAGE_DOCUMENT_WORDS,
  LANGUAGE_GET_IT_WORDS,
  LANGUAGE_OBJECT_WORDS,
  LANGUAGE_REQUESTS,
  type LanguageRequest,
  PICK_AFTER,
  PICK_BEFORE,
  PICK_WORDS,
  ITEM_ASKED_WORDS,
  SMALL_TALK_PHRASES,
} from './lexicon/commands.js';
import type { Locale } from '../content/topic-ids.js';
import { alternation, fold } from './normalize.js';
import type { Command, SmallTalk } from '../content/render.js';

// Folded as everything else is read («start paa nytt», «byrje på nytt» without æøå).
const normaliseText = (s: string) =>
  fold(s)
    .replace(/[.!?,;:«»"']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The last text normalised: a message is looked up as a command and as small talk. */
let lastText: string | undefined;
let lastNormalised = '';
function normalise(s: string): string {
  if (s !== lastText) {
    lastNormalised = normaliseText(s);
    lastText = s;
  }
  return lastNormalised;
}

const BY_PHRASE = new Map<string, Command>(
  (Object.entries(COMMAND_PHRASES) as [Command, readonly string[]][]).flatMap(([command, phrases]) =>
    phrases.map((p) => [normalise(p), command] as const),
  ),
);

/** The command `text` is, or `undefined` when it is something else. */
export const commandIn = (text: string): Command | undefined => BY_PHRASE.get(normalise(text));

const SMALL_TALK = new Map<string, SmallTalk>(
  (Object.entries(SMALL_TALK_PHRASES) as [SmallTalk, readonly string[]][]).flatMap(([kind, phrases]) =>
    phrases.map((p) => [normalise(p), kind] as const),
  ),
);

/** The courtesy `text` is when it is nothing else ("takk!", "hei", "bye"), or `undefined`. */
export const smallTalkIn = (text: string): SmallTalk | undefined =>
  text.length > 40 ? undefined : SMALL_TALK.get(normalise(text));

const PICK_PLACES = (Object.entries(PICK_WORDS) as [keyof typeof PICK_WORDS, readonly string[]][]).map(
  ([place, words]) => ({
    place: place === 'last' ? -1 : Number(place),
    re: new RegExp(
      `^(?:(?:${alternation(PICK_BEFORE)}) ){0,2}(?:${alternation(words.map(normaliseText))})(?: (?:${alternation(PICK_AFTER)})){0,2}$`,
    ),
  }),
);

/**
 * A question of an earlier message named by its number, and nothing else: «og spm 2?», "and question
 * 3?", «svar på spørsmål 2», "q2?" (1–9). The conversation knows which questions that message had.
 */
const ITEM_ASKED = new RegExp(
  `^(?:(?:${alternation(ITEM_ASKED_WORDS.before.map(normaliseText))}) )*(?:${alternation(ITEM_ASKED_WORDS.item.map(normaliseText))}) ?([1-9])(?: (?:${alternation(ITEM_ASKED_WORDS.after.map(normaliseText))}))*$`,
);
export function itemIn(text: string): number | undefined {
  if (text.length > 40) return undefined;
  const m = ITEM_ASKED.exec(normalise(text));
  return m ? Number(m[1]) : undefined;
}

/**
 * The place of the option `text` picks when it is only that («den andre», "the first one", «nr 2»,
 * "2"): 1-based, -1 for the last; `undefined` otherwise. Whether a menu was shown is the
 * conversation's to know: a bare "2" is also an answer to a question of a number.
 */
export function pickIn(text: string): number | undefined {
  if (text.length > 40) return undefined;
  const said = normalise(text);
  return PICK_PLACES.find(({ re }) => re.test(said))?.place;
}

/** The command a choice id names (`cmd:back`), or `undefined`. */
export function commandChoice(id: string): Command | undefined {
  const m = /^cmd:(restart|back|help|handoff)$/.exec(id);
  return m ? (m[1] as Command) : undefined;
}

const LANGUAGE_ASKED = (Object.entries(LANGUAGE_REQUESTS) as [Locale, LanguageRequest][]).map(
  ([locale, { verbs, languages, tails }]) => ({
    locale,
    re: new RegExp(
      `(?<![a-z0-9])(?:(?:${alternation(verbs)})(?: (?:${alternation(LANGUAGE_OBJECT_WORDS)}))? (?:${alternation(languages)})|${alternation(tails)})(?: (?:${alternation(LANGUAGE_INSTEAD_WORDS)}))?(?![a-z0-9])`,
    ),
  }),
);

const ALONE = (Object.entries(LANGUAGE_ALONE.names) as [Locale, readonly string[]][]).map(([locale, names]) => ({
  locale,
  re: new RegExp(
    `^ *(?:(?:${alternation(LANGUAGE_ALONE.openers)}),? )?(?:(?:${alternation(LANGUAGE_ALONE.prepositions)}) (?:${alternation(names)})|(?:${alternation(names.filter((n) => LANGUAGE_ALONE.bare.includes(n)))}))(?:,? (?:${alternation(LANGUAGE_ALONE.closers)}))? *[?.!]* *$`,
  ),
}));
/** Longest message that can be only a language's name (LANGUAGE_ALONE). */
const MAX_LANGUAGE_ALONE = 40;

/** The language `text` asks to be answered in ("in English please", «på nynorsk»), when it asks for exactly one. */
export function languageAskedIn(text: string): Locale | undefined {
  return languageRequestIn(fold(text.slice(0, 1_000)))?.locale;
}

/**
 * The request for another language in `folded` (folded text) and where it stands, when it asks for
 * exactly one: its words are no answer («Kan du svare på norsk?» does not say the flag is Norwegian).
 */
export function languageRequestIn(folded: string): { locale: Locale; start: number; end: number } | undefined {
  const head = folded.slice(0, 1_000);
  if (head.length <= MAX_LANGUAGE_ALONE)
    for (const { locale, re } of ALONE) if (re.test(head)) return { locale, start: 0, end: head.length };
  const asked = LANGUAGE_ASKED.flatMap(({ locale, re }) => {
    const m = re.exec(head);
    return m ? [{ locale, start: m.index, end: m.index + m[0].length }] : [];
  });
  const [one] = asked;
  if (asked.length !== 1 || !one) return undefined;
  // «sertifikatet mitt er på bokmål, kan jeg få det på engelsk?»: the document in another language.
  if (GET_IT.test(head.slice(one.start, one.end)) && DOCUMENT_BEFORE.test(head.slice(0, one.start))) return undefined;
  return one;
}

const GET_IT = new RegExp(`^(?:${alternation(LANGUAGE_GET_IT_WORDS)})(?![a-z])`);
const DOCUMENT_BEFORE = new RegExp(`(?<![a-z0-9])(?:${alternation(LANGUAGE_DOCUMENT_WORDS)})(?![a-z])`);
