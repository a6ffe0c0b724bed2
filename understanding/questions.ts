/**
 * The separate questions of one message: its sentences, and within a sentence a second question
 * joined by "og" / "and" ("Trenger vi bemanningssertifikat, og må vi ha skipskokk om bord?"). A
 * part asks when it ends with a question mark, opens with a question word or verb ("Trenger vi …",
 * "Do we …"), or holds an indirect question ("jeg lurer på om …"); the other parts are context
 * ("Our cargo ship is Norwegian-flagged, 120 GT."). Also: which rating position a question asks
 * about, as opposed to positions it merely mentions ("7 måneder som lettmatros").
 */
import type { RoutableTopicId } from '../rules/topics.js';
import {
  ABBREVIATIONS,
  ASKED_POSITIONS,
  WANTED_AS_WORDS,
  BACK_REFERRING_REQUESTS,
  CALCULATION_REQUESTS,
  ENUMERATION_OPENERS,
  NEW_QUESTION_PREAMBLES,
  FORWARDED_MAIL_WORDS,
  INDIRECT_QUESTION_PHRASES,
  OWN_QUESTION_WORDS,
  PLAN_OPENERS,
  QUESTION_JOINERS,
  QUESTION_OPENERS,
  QUESTION_SUBJECTS,
  REQUEST_OPENERS,
  SERVED_AS_WORDS,
  SERVED_TIME_WORDS,
  SERVED_VERBS,
  STATEMENT_VERB_OPENERS,
  SUBJECT_ANNOUNCED_AFTER,
  WH_WORDS,
} from './lexicon/discourse.js';
import { RULE_HINTS } from './lexicon/routing.js';
import { MONTH_NAMES, UNIT_WORDS } from './lexicon/synonyms.js';
import { alternation, fold, matchesOf, nextMatch } from './normalize.js';
import { numberWordsToDigits } from './numbers.js';

/**
 * One part of a message, with its place in the message [start, end), whether it asks something, and
 * whether it is joined to the part before it inside one sentence («…, og hvilken rolle trenger vi?»).
 */
export type MessagePart = { text: string; start: number; end: number; asks: boolean; joined?: boolean };

/** Most parts a message is split into; the rest stays with the last part (a long e-mail is context). */
const MAX_PARTS = 12;

/** The end of a word: the next character is no letter or digit (JS `\b` knows only ASCII). */
const END = String.raw`(?![\p{L}\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const alt = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/**
 * A sentence ends at ? or ! (and what follows), at a line break, or at a full stop before a capital
 * letter — not after a bare number ("1. Juni").
 */
/** Abbreviations whose full stop ends no sentence («t.d. når vi ligg i Aberdeen», "e.g. Bergen"). */
const ABBREVIATED = `(?<!${START}(?:${alt(ABBREVIATIONS)}))`;

/** Month names as written in a text, capitalised too («1. Juni» is a date, not a sentence's end). */
const MONTHS_WRITTEN = alt(Object.keys(MONTH_NAMES).flatMap((m) => [m, `${m[0]?.toUpperCase()}${m.slice(1)}`]));

/** NEW_QUESTION_PREAMBLES as written, capitalised too («Et annet spørsmål:»). */
const PREAMBLES_WRITTEN = alt(NEW_QUESTION_PREAMBLES.flatMap((p) => [p, `${p[0]?.toUpperCase()}${p.slice(1)}`]));

const SENTENCE_END = new RegExp(
  String.raw`[?!]+["»”)]*(?=\s|$)|\n+|(?<!(?:^|[^\p{L}\p{N}])\p{N}{1,2})${ABBREVIATED}\.(?=\s+["«“(]?\p{Lu})` +
    // Typed all in lower case, a question after a full stop still starts a sentence ("… 8 crew. do we need …").
    String.raw`|(?<!(?:^|[^\p{L}\p{N}])\p{N}{1,2})${ABBREVIATED}\.(?=\s+(?:${alt(QUESTION_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)})${END})` +
    // So does a question joined after a full stop ("… sea-time days pls. also how much …", «… fartstid. og
    // hvor mye …»).
    String.raw`|(?<!(?:^|[^\p{L}\p{N}])\p{N}{1,2})${ABBREVIATED}\.(?=\s+(?:${alt(QUESTION_JOINERS)})\s+(?:(?:${alt(WH_WORDS)})${END}|(?:${alt(QUESTION_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)})${END}))` +
    // … and so does a short last question after a full word's full stop ("… Norwegian. need manning certificate?");
    // not after an abbreviation («f.eks. en båt?»).
    String.raw`|(?<=\p{L}{4,})\.(?=\s+\p{Ll}[^.?!\n]{0,60}\?\s*$)` +
    // "… I am 27. Second question: …": a full stop after a number ends the sentence before a capital
    // word that is no month («1. Juni»).
    String.raw`|(?<=(?:^|[^\p{L}\p{N}.,])\p{N}{1,2})\.(?=\s+(?!(?:${MONTHS_WRITTEN})${END})\p{Lu}\p{Ll})` +
    // "1) manning certificate needed 2) cook needed?": each numbered item is a question of its own.
    // (Not a date: «Vi fekk I-ISSC den 3. mars.»; nor a number ending a sentence, «… seier 5. Er det
    // lov?»: an item numbered with a full stop follows item 1.)
    String.raw`|\s+(?=(?:[1-9]\)|1\.)\s+(?!(?:${MONTHS_WRITTEN})${END})\p{L})` +
    String.raw`|\s+(?=[2-9]\.\s+(?!(?:${MONTHS_WRITTEN})${END})\p{L})(?<=(?:^|\s)1[.)]\s[^]*)` +
    // "thanks. different question - is the boat …": a question announced before a dash or colon.
    String.raw`|(?<=(?<![\p{L}\p{N}])(?:${PREAMBLES_WRITTEN}))\s*[-–—:]`,
  'gu',
);

/**
 * Joiners that are also adverbs inside one question ("can the doctor also do my drug test?"): they
 * start a second question only after a comma ("…, also do we …").
 */
const ADVERB_JOINERS: ReadonlySet<string> = new Set(['også', 'also', 'dessuten', 'plus']);

/**
 * "…, og må vi …", "… and do we …", "…, og hva …", "…, and if yes, how …": where a second question
 * starts inside a sentence.
 */
const JOIN = new RegExp(
  String.raw`(?:,\s*(?:${alt(QUESTION_JOINERS)})|\s+(?:${alt(QUESTION_JOINERS.filter((w) => !ADVERB_JOINERS.has(w)))})),?\s+(?=(?:${alt(WH_WORDS)})${END}|(?:${alt(QUESTION_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)})${END}|(?:${alt(REQUEST_OPENERS)})${END})`,
  'giu',
);

/**
 * "Hva kan D6 brukes til, hvor lenge gjelder helseerklæringen …", "Who can sign sea time, how are days
 * calculated, and …": after a comma, a question word opening a clause of its own, in a sentence that
 * itself opens as a question — a second question, joined by the comma alone.
 */
const COMMA_WH = new RegExp(String.raw`,\s+(?=(?:${alt(WH_WORDS)})${END}\s*(?:\S+\s+){2,})`, 'giu');
/** Question verbs, the openers that are not question words («trenger», «må», "do", "can"). */
const YES_NO_OPENERS = QUESTION_OPENERS.filter((w) => !WH_WORDS.includes(w));
/**
 * «Trenger vi bemanningssertifikat, må vi ha kokk, og hvordan søker vi?»: in a sentence that lists
 * questions before a last one joined with «og», "and", a question verb and its subject after a
 * comma open the next question (not «…, må vi da …», a condition's consequence).
 */
const COMMA_YES_NO = new RegExp(
  String.raw`,\s+(?=(?:${alt(YES_NO_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)})${END}(?!\s+(?:da|then|så)${END}))`,
  'giu',
);
/** A piece that opens with a question verb and its subject («Trenger vi …», "Do we …"). */
const VERB_FIRST = new RegExp(
  String.raw`^[\s"«“(¿-]*(?:${alt(YES_NO_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)})${END}`,
  'iu',
);

/**
 * A sentence that opens with a question word asking a question of its own (not "when …, …", a time
 * before its question, nor "what about …, …", a subject announced).
 */
const OWN_WH_OPENING = new RegExp(
  String.raw`^[\s"«“(¿-]*(?:${alt(OWN_QUESTION_WORDS)})${END}(?!\s+(?:${alt(SUBJECT_ANNOUNCED_AFTER)})${END})`,
  'iu',
);

const OPENER = new RegExp(
  String.raw`^[\s"«“(¿-]*(?:\d{1,2}[).:]\s*|[a-h]\)\s*)?(?:(?:ok|okay|okei|hei|hi|hey|hallo|hello|og|and|men|but|så|so|\+|&)[,!.]?\s+)?(?:(?:${alt(ENUMERATION_OPENERS)})[,:]\s*)?(?:(?:also|også|òg|dessuten|forresten|by the way|btw|apropos|oh and|å ja|åja)[,:]?\s+)?(?:${alt(QUESTION_OPENERS)})${END}`,
  'iu',
);
const INDIRECT = new RegExp(`${START}(?:${alt(INDIRECT_QUESTION_PHRASES)})${END}`, 'iu');

/**
 * Before a second question in the same sentence, a first that opens with a question word after the
 * context («… in Batsfjord. how long is helseerklaering valid and how much cost the doctor?»).
 */
const WH_CLAUSE = new RegExp(String.raw`[.!:]\s+(?:${alt(WH_WORDS)})${END}`, 'iu');

/** The question of a part that opens with a question word after its context (see WH_CLAUSE), if any. */
export function whClause(part: string): string | undefined {
  const m = WH_CLAUSE.exec(part);
  return m ? part.slice(m.index + 1).trim() : undefined;
}

/**
 * Inside a sentence that asks, a question after its context («…, 150 pax, do we need one and how do
 * we apply?»): the piece before a second question asks too when a question opens after a comma.
 */
const ASKS_AFTER_COMMA = new RegExp(
  String.raw`[,;:]\s*(?:${alt(QUESTION_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)})${END}`,
  'iu',
);

/**
 * A verb opening a statement whose subject is left out: a number right after it («Har 1 år som
 * lettmatros»), or a participle («Har vært om bord fra 1. mars …», "Have been on board since …"), or
 * only the verb's adverb or passive without a subject («skal berre brukast til opplæring»), or an
 * infinitive («skal søkje D6» under a pasted confirmation: the certificate it is for); a question
 * written so still ends with its question mark.
 */
const OPENER_THEN_NUMBER = new RegExp(
  `${OPENER.source}\\s+(?:\\d|(?:vært|vore|hatt|jobbet|jobba|arbeidet|arbeida|seilt|segla|fått|mønstret|mønstra|been|worked|had|berre|bare|kun|brukes|brukast|nyttast|søke|søkje|soke|sokje|apply)${END})`,
  'iu',
);

/**
 * A part that opens a question of its own: a question word, or a question verb and its subject
 * ("og kan vi …", "and how much …"), after an optional joiner — not a verb alone («skal paa jobb
 * mandag» is a statement without its subject).
 */
const OWN_OPENER = new RegExp(
  String.raw`^[\s"«“(¿-]*(?:(?:${alt(QUESTION_JOINERS)}|\+|&)[,]?\s+)?(?:(?:${alt(WH_WORDS)})|(?:${alt(QUESTION_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)}))${END}`,
  'iu',
);
export const opensOwnQuestion = (part: string): boolean => OWN_OPENER.test(part);

/** True when `part` opens with a question word or verb ("Trenger vi …", "Do we …", «Kva …»). */
export const opensQuestion = (part: string): boolean => OPENER.test(part);

/**
 * A request that asks as a question does: one to work something out («regn om 600 timer til fartstid»,
 * "convert 900 hours to sea-time days pls") or to be told ("tell me …"), opening the part.
 */
const REQUEST_OPENING = new RegExp(
  String.raw`^[\s"«“(-]*(?:(?:ok|okay|hei|hi|hey|hello|pls|please|vennligst|kan du)[,!.]?\s+)?(?:${alt([...REQUEST_OPENERS, ...CALCULATION_REQUESTS])})${END}`,
  'iu',
);
/** "I'm a cadet - when can I apply …": a question opening after a dash. */
const OPENER_AFTER_DASH = new RegExp(
  String.raw`\s[-–—]\s+(?:(?:${alt(WH_WORDS)})|(?:${alt(QUESTION_OPENERS)})\s+(?:${alt(QUESTION_SUBJECTS)}))${END}`,
  'iu',
);

/** True when `part` asks something (see the module comment). */
export const asks = (part: string): boolean =>
  /\?\s*["»”)]*\s*$/.test(part) ||
  (OPENER.test(part) && !openerThenNumber(part)) ||
  INDIRECT.test(part) ||
  REQUEST_OPENING.test(part) ||
  OPENER_AFTER_DASH.test(part);

/** «har 7 månader i maskin», «har sju månader i maskin»: the number in digits or in words. */
const openerThenNumber = (part: string): boolean =>
  OPENER_THEN_NUMBER.test(part) ||
  (NUMBER_WORD_START.test(part) && OPENER_THEN_NUMBER.test(numberWordsToDigits(fold(part))));
/** A word after the opener that may be a number in words (cheap test before reading the numbers). */
const NUMBER_WORD_START = /^\S+\s+[\p{L}]/u;

/** Cut `text` at the ends `re` finds (each cut keeps what it matched with the part before). */
function cut(text: string, offset: number, re: RegExp, keepMatch: boolean): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  // Match by match, as matchAll would give them, without the copy of `re` it makes on every call.
  const saved = re.lastIndex;
  for (let m = nextMatch(re, text); m !== null; m = nextMatch(re, text)) {
    const to = keepMatch ? m.index + m[0].length : m.index;
    if (to > from) out.push({ text: text.slice(from, to), start: offset + from });
    from = m.index + m[0].length;
    if (out.length >= MAX_PARTS) break;
  }
  re.lastIndex = saved;
  if (from < text.length) out.push({ text: text.slice(from), start: offset + from });
  return out;
}

/** An item of a numbered list ("1) …", "2. …"). */
export const NUMBERED_ITEM = /^\d{1,2}[).]\s+\p{L}/u;

const ENDS_ASKING = /\?\s*["»”)]*\s*$/;
const STATES_HAVING = new RegExp(
  `^${START}(?:(?:${alt(STATEMENT_VERB_OPENERS)})|(?:${alt(PLAN_OPENERS)})(?!\\s+(?:${alt(QUESTION_SUBJECTS)})${END}))${END}`,
  'iu',
);

/** A part opening with «og», "and" and ending in no full stop (see `splitMessage`). */
const JOINED_FRAGMENT = new RegExp(String.raw`^\s*(?:${alt(QUESTION_JOINERS)})\s+[^.!]*$`, 'iu');

/**
 * A part that only asks for help with the questions before it (see BACK_REFERRING_REQUESTS), or how to
 * answer an e-mail quoted before it (FORWARDED_MAIL_WORDS), also right after the quote's end with
 * its signature («… Mvh Terje, tlf 12345678' Kan du lage et svar?»).
 */
const BACK_REFERRING = new RegExp(
  String.raw`^(?:[^?!]{0,120}['"»”])?[^.?!]{0,30}${START}(?:${alt([...BACK_REFERRING_REQUESTS, ...FORWARDED_MAIL_WORDS.reply])})${END}[^.?!\p{N}]{0,20}[.?!]*$`,
  'iu',
);

/**
 * The parts of `text` in order: sentences, and questions joined inside a sentence. Empty parts are
 * left out. A request that only points back at the questions before it asks nothing of its own.
 */
export function splitMessage(text: string): MessagePart[] {
  const parts = partsOf(text);
  // "1) manning certificate needed 2) cook needed?": items numbered as questions are all asked.
  const numbered = parts.filter((p) => NUMBERED_ITEM.test(p.text));
  if (numbered.length > 1 && numbered.some((p) => p.asks)) for (const p of numbered) p.asks = true;
  // «Har fagbrev matros og 180 dagar i kadettbok. Kan eg få D4?»: a statement without its subject.
  if (parts.some((p) => ENDS_ASKING.test(p.text)))
    // (Not one that asks indirectly: «Har også lurt på om jeg kan få dekket reiseutgifter …».)
    for (const p of parts)
      if (p.asks && STATES_HAVING.test(p.text) && /\.\s*$/.test(p.text) && !INDIRECT.test(p.text)) p.asks = false;
  // «fartstidskrav for første D4? og fartstidskrav for fiskeskipper klasse B»: a last part joined with
  // «og», "and" after a question, its own question mark left off, asks as the one before it did.
  const last = parts[parts.length - 1];
  const beforeLast = parts[parts.length - 2];
  if (last && beforeLast && !last.asks && ENDS_ASKING.test(beforeLast.text) && JOINED_FRAGMENT.test(last.text))
    last.asks = true;
  const asked = parts.filter((p) => p.asks);
  for (const [i, part] of parts.entries())
    if (part.asks && asked.length > 1 && parts.slice(0, i).some((p) => p.asks) && BACK_REFERRING.test(part.text))
      part.asks = false;
  return parts;
}

/** A statement's subject at its start ("vi er 12", «eg har», "I have"). */
const SUBJECT_PRONOUN = new RegExp(
  `^[\\s"«“(-]*(?:${alt(QUESTION_SUBJECTS.filter((w) => !['the', 'our', 'my', 'a', 'an'].includes(w)))})${END}`,
  'iu',
);
/** Most words of a subject named without a question of its own («Interim ISSC gyldighet», "able seaman requirements"). */
const SUBJECT_WORDS = 4;

/**
 * A sentence cut at a joiner into a short subject («matros krav», «Interim ISSC gyldighet») and a
 * question joined to it («… og hva er gebyret …?»): the subject asks about itself as much as the
 * question does.
 */
function subjectThenQuestion(pieces: readonly { text: string }[]): boolean {
  const [first, second] = pieces;
  if (!first || !second) return false;
  const n = first.text.trim().split(/\s+/u).length;
  // ("vi er 12 og …", "I have 3 months and …": a statement with its subject, not a subject named.)
  return (
    n <= SUBJECT_WORDS &&
    !asks(first.text) &&
    !STATES_HAVING.test(first.text.trim()) &&
    !SUBJECT_PRONOUN.test(first.text) &&
    asks(second.text)
  );
}

/**
 * «matros krav og hvordan søker jeg arbeidsvisum til Norge»: a one-sentence message that names a subject
 * and joins a question to it, as those two parts (the subject asking about itself); undefined otherwise.
 */
export function subjectAndQuestion(text: string): MessagePart[] | undefined {
  const sentences = cut(text, 0, SENTENCE_END, true).filter((p) => /[\p{L}\p{N}]/u.test(p.text));
  const [sentence] = sentences;
  if (!sentence || sentences.length !== 1) return undefined;
  const pieces = cut(sentence.text, sentence.start, JOIN, false);
  if (pieces.length !== 2 || !subjectThenQuestion(pieces)) return undefined;
  return pieces.map((piece, i) => {
    const lead = piece.text.length - piece.text.trimStart().length;
    const body = piece.text.trim();
    const start = piece.start + lead;
    return { text: body, start, end: start + body.length, asks: true, ...(i > 0 ? { joined: true } : {}) };
  });
}

function partsOf(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  for (const sentence of cut(text, 0, SENTENCE_END, true)) {
    const byJoiner = asks(sentence.text) ? cut(sentence.text, sentence.start, JOIN, false) : [sentence];
    const pieces = byJoiner.flatMap((piece, i) =>
      OWN_WH_OPENING.test(piece.text)
        ? cut(piece.text, piece.start, COMMA_WH, false)
        : i < byJoiner.length - 1 && VERB_FIRST.test(piece.text)
          ? cut(piece.text, piece.start, COMMA_YES_NO, false)
          : [piece],
    );
    let joined = false;
    for (const piece of pieces) {
      const lead = piece.text.length - piece.text.trimStart().length;
      const body = piece.text.trim();
      if (!/[\p{L}\p{N}]/u.test(body)) continue;
      const start = piece.start + lead;
      const asking =
        asks(body) ||
        (pieces.length > 1 && piece !== pieces.at(-1) && (ASKS_AFTER_COMMA.test(body) || WH_CLAUSE.test(body)));
      parts.push({ text: body, start, end: start + body.length, asks: asking, ...(joined ? { joined } : {}) });
      joined = true;
    }
  }
  return parts;
}

const POSITION_WORDS = new Map(
  Object.entries(ASKED_POSITIONS).flatMap(([topic, words]) =>
    (words ?? []).map((w) => [fold(w).replace(/-/g, ' '), topic as RoutableTopicId] as const),
  ),
);
// A position named alone or as the first part of a compound («matrossertifikat», «lettmatrossertifikatet»).
const POSITION = new RegExp(
  `(?<![a-z0-9])(${alternation([...POSITION_WORDS.keys()])})(?:s?sertifikat[a-z]*)?(?![a-z0-9])`,
  'g',
);
const TIME_UNITS = alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.weeks, ...UNIT_WORDS.days]);
/** Between two positions wanted together ("matros or lettmatros", «matros/lettmatros»). */
const EITHER_GAP = /^ ?(?:eller|or|og|and|\/) ?$/;
/** A position named as the one wanted ("can he be motormann?", «jobbe som maskinpasser»). */
const WANTED_AS = new RegExp(`(?<![a-z])(?:${alternation(WANTED_AS_WORDS)}) $`);
const SERVED = new RegExp(
  `(?:(?<![a-z])(?:${TIME_UNITS}|${alternation(SERVED_TIME_WORDS)})(?: (?:total|in total|totalt|i alt|all))? (?:${alternation(SERVED_AS_WORDS)})|(?<![a-z])${alternation(SERVED_VERBS)}) ?$`,
);

/**
 * The rating topic of the one position `text` asks about: every position it names, except those it
 * names as time served ("7 måneder som lettmatros", «etter ett år som lettmatros», "time as ordinary
 * seaman", «har vært lettmatros»). `undefined` when it names none or several.
 */
export function askedPosition(text: string): RoutableTopicId | undefined {
  const named = askedPositions(text);
  return named.length === 1 ? named[0] : undefined;
}

/** The rating topics of every position `text` asks about (see `askedPosition`), in the order named. */
export function askedPositions(text: string): RoutableTopicId[] {
  const folded = fold(text).replace(/-/g, ' ');
  const named = new Set<RoutableTopicId>();
  const wanted = new Set<RoutableTopicId>();
  let wantedEnd = -1;
  for (const m of matchesOf(POSITION, folded)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (SERVED.test(before)) continue;
    const topic = POSITION_WORDS.get(m[1] ?? '');
    if (!topic) continue;
    named.add(topic);
    // («bli matros eller lettmatros?»: each position of the one wanted.)
    if (WANTED_AS.test(before) || (wantedEnd >= 0 && EITHER_GAP.test(folded.slice(wantedEnd, m.index)))) {
      wanted.add(topic);
      wantedEnd = m.index + m[0].length;
    }
  }
  // «kan en smører på 8 mnd jobbe som motormann?»: the position wanted, not the one held.
  return [...(wanted.size > 0 ? wanted : named)];
}

const HINTS = Object.entries(RULE_HINTS).map(
  ([rule, words]) => [rule, words.map((h) => new RegExp(`(^|[^\\p{L}])${h}`, 'u'))] as const,
);

/**
 * The text whose hints were read last, and its hints: a message of one question asks for the same
 * text's hints three times (the message, the text around its question, the question itself).
 */
let hintedText: string | undefined;
let hints: readonly string[] = [];

/**
 * The rules whose own words `text` uses ("fornyelse" points to the ISSC renewal, "mellomliggende"
 * to the validity dates): where a topic has two rules, these tell which one is meant.
 */
export function ruleHintsIn(text: string): string[] {
  if (text !== hintedText) {
    const lower = text.toLowerCase();
    hints = HINTS.filter(([, res]) => res.some((re) => re.test(lower))).map(([rule]) => rule);
    hintedText = text;
  }
  // A copy each time: the caller keeps it in what it returns.
  return [...hints];
}
