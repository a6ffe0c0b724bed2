/**
 * One understanding per message: everything the conversation needs from what the user wrote,
 * read once — its language, whether it is a command, whether it asks something and which topics
 * its separate questions are about, every fact it states (for any rule, with where it says so),
 * whether it corrects a fact or asks a what-if, and how it reads as the answer to the question
 * waiting for one. The machines act on this; none of them reads the text again.
 *
 * Pure and deterministic (the date comes in the context). Linear in the length of the text: each
 * step reads a bounded prefix, so a 10 KB message costs little more than a 2 KB one.
 */
import type { Command, SmallTalk } from '../content/render.js';
import type { RoutableTopicId } from '../rules/topics.js';
import type { Locale } from '../rules/types.js';
import {
  ELLIPTIC,
  FOLLOW_UP_ELLIPTIC_WORDS,
  FOLLOW_UP_WORDS,
  LONG_FOLLOW_UP_WORDS,
  longFollowUp,
  followUp,
  otherSubject,
  referredObject,
} from './follow-ups.js';
import { doctorLimitedExpiry } from './doctor-limit.js';
import { foreignRegime } from './foreign-regime.js';
import {
  type Change,
  addedFacts,
  bareChoiceFacts,
  bareDateFacts,
  bareNumberFacts,
  changeMarker,
  withSameAmounts,
  changeOf,
  conditionalWhatIf,
} from './changes.js';
import { ageAtIssueReply, ageNowFromBirth, ageNowFromTurning } from './age-answer.js';
import { commandIn, languageRequestIn, smallTalkIn } from './commands.js';
import { type AnswerResult, type PartialDate, completeDate, extractAnswer } from './extract.js';
import { type FactFound, findFacts, loneHoursAsPerDay, withoutSuperseded } from './free-text.js';
import { detectLanguage } from './language.js';
import { alternation, escapeRegExp, fold, leadingPhrases, wholePhrases, words } from './normalize.js';
import { confirmationFields } from './confirmation-fields.js';
import { coordinatedQuestions } from './coordinated.js';
import {
  afterD6,
  afterFirstIssue,
  afterHealth,
  asksMatrosCertificate,
  namesPay,
  namesPrice,
  processingTimeAfter,
  cookQuestion,
  d6Holder,
  datesInDigits,
  doctorAbroad,
  narrowReadings,
  notRepositioning,
  onMobileUnit,
  otherDeckHeld,
  outsideSection13,
  seaTimeAmount,
  shipCertificate,
} from './narrow-readings.js';
import { type MessagePart, askedPositions, opensQuestion, ruleHintsIn, splitMessage, whClause } from './questions.js';
import { CONFIRMATION_LABELS, HEALTH_LIMIT_WORDS } from './lexicon/certificate-words.js';
import {
  ALSO_WORDS,
  ALTERNATIVE_OPENERS,
  CONFIRMING_QUESTIONS,
  ELLIPTIC_OPENERS,
  POSSESSIVES,
  HOW_WORDS,
  INTERRUPTION_WORDS,
  ANNOUNCED_SUBJECT_OPENERS,
  PROCEDURE_TOPICS,
  REQUIREMENT_WORDS,
} from './lexicon/discourse.js';
import { REPORTED_INSTEAD_PHRASES } from './lexicon/synonyms.js';
import { convert, findQuantities } from './numbers.js';
import { ALL_FACTS, ruleFact, ruleFacts } from './rule-facts.js';
import { classifyTopics, type TopicVerdict } from './topics.js';

export type { Change, ChangedFact } from './changes.js';
export type { FactFound } from './free-text.js';

/** What the conversation knows when the message arrives. */
export type UnderstandContext = {
  /** Today's ISO date ("i dag", "i går" are counted from it). */
  today: string;
  /** The question waiting for an answer: its rule and fact (and a month already given without its day). */
  pending?: { ruleId: string; fact: string; partialDate?: PartialDate } | null;
  /** The rule the conversation is on (being gathered, or just decided): a bare number may change its facts. */
  ruleId?: string | null;
  /** Facts known so far, by catalogue key (to tell a correction from a new fact). */
  known?: Readonly<Record<string, unknown>>;
  /** The fact of the rule answered last (its id): a marked bare number while a question waits changes it. */
  lastAnswered?: string | null;
  /** The topic the conversation is on: a short follow-up that names nothing («kan det forlenges?») is about it. */
  topic?: string | null;
};

/**
 * One question of the message, with where it stands and the topic verdict for it. `asks` is false
 * for a message that asks nothing in so many words ("kokk 10 mann", "lasteskip"), read as a whole.
 */
export type Question = {
  text: string;
  start: number;
  end: number;
  asks: boolean;
  verdict: TopicVerdict;
  /** Rules the question names by their own words (which of a topic's two rules is meant). */
  ruleHints: string[];
};

/** Everything understood from one message (plain data: it travels in a machine event). */
export type Understanding = {
  /** The message as read (cut to `MAX_UNDERSTOOD`). */
  text: string;
  /** How many words it has (a reply of a few words is an answer before it is a question). */
  words: number;
  /** The language of this message, when it tells (a name or a number does not). */
  locale: Locale | undefined;
  /**
   * For a Norwegian message: whether a word marks bokmål or nynorsk. When none does, `locale` is
   * 'nb' by default and a conversation already in nynorsk keeps nynorsk.
   */
  variantTold: boolean;
  /** How surely the message is English rather than Norwegian or the other way round (0.5–1; 0 when untold). */
  localeSure: number;
  /** The whole message is a command ("start på nytt", "back"). */
  command: Command | undefined;
  /** The whole message is only a greeting, thanks or goodbye. */
  smallTalk: SmallTalk | undefined;
  /** The language the message asks to be answered in ("can we continue in English?"), if any. */
  languageAsked: Locale | undefined;
  /** Some part of the message asks something (a question mark, a question word, "jeg lurer på"). */
  isQuestion: boolean;
  /**
   * The message's questions, each with its topic verdict: the clearly answerable ones first (distinct
   * topics, in order), then those between close topics; else the one best verdict. Empty only for an
   * empty message, and for a reply of a few words that answers the question waiting (nothing to route).
   */
  questions: Question[];
  /** Every fact stated, for any rule, by catalogue key, with its place [start, end) in `text`. */
  facts: FactFound[];
  /** The message corrects facts said before, or asks a what-if. */
  change: Change | undefined;
  /** The message read as the answer to the pending question (undefined when none is pending). */
  answer: AnswerResult | undefined;
  /** Rules the whole message names by their own words (see `Question.ruleHints`). */
  ruleHints: string[];
};

/** Longest message read; the turn core cuts at 2,000 characters, an e-mail may be longer. */
export const MAX_UNDERSTOOD = 10_000;
/** Longest text given to the topic classifier at once, and most questions classified. */
const MAX_CLASSIFIED = 600;
const MAX_QUESTIONS = 4;
/** Most words of a reply that is only an answer ("45 BT", "norsk lasteskip"): it is not routed to a topic. */
const SHORT_ANSWER = 3;
/** Most words of a message that only asks for another language ("sorry, can we continue in English please?"). */
const MAX_LANGUAGE_REQUEST = 10;
/** Longest text the language is told from (the first paragraphs say it). */
const MAX_LANGUAGE = 1_000;

/** The folded text with, for each of its characters, the index of the character of `text` it comes from. */
function foldMapped(text: string): { folded: string; from: number[] } {
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

/** A list item's number or letter («2) Kan vi …», "b. Can we …»): no word of the question. */
const LIST_MARKER = /^\s*(?:\d{1,2}[).:]|[a-h]\))\s*/;

const INTERRUPTION = new RegExp(
  `^\\s*(?:(?:${INTERRUPTION_WORDS.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})[,.!:;]*\\s+)+`,
  'iu',
);

/** A vessel's name after its prefix ("MS Fjordbris", "MV Nordkapp Trader", «M/S Richard With»). */
const VESSEL_NAME = new RegExp(
  `(?<![\\p{L}])(?:${CONFIRMATION_LABELS.vesselPrefixes.map(escapeRegExp).join('|')}) [A-ZÆØÅ][\\p{L}-]*(?: [A-ZÆØÅ][\\p{L}-]*){0,2}`,
  'u',
);
const VESSEL_NAMES = new RegExp(VESSEL_NAME.source, 'gu');

/**
 * Verdicts of texts read lately: one message asks for the whole text's verdict up to four times (a bare
 * question, a question beside statements, a further question read with what it refers to), and short
 * replies repeat. Pure, so a bounded memo is safe.
 */
const VERDICTS = new Map<string, TopicVerdict>();
const VERDICTS_KEPT = 256;

/** The verdict for one question, where the rating position the question asks about settles the topic. */
function verdictFor(text: string): TopicVerdict {
  const known = VERDICTS.get(text);
  if (known) return known;
  const verdict = readVerdict(text);
  if (VERDICTS.size >= VERDICTS_KEPT) VERDICTS.clear();
  VERDICTS.set(text, verdict);
  return verdict;
}

/** «eg har eit spørsmål om bemanning»: an opener that announces a subject (see ANNOUNCED_SUBJECT_OPENERS). */
const ANNOUNCED = new RegExp(
  `^\\s*(?:(?:hei|hallo|hi|hello|hey)[,.!]*\\s+)?(?:${alternation(ANNOUNCED_SUBJECT_OPENERS)})\\s+(.+?)[\\s?.!]*$`,
);
/** Most words of a subject announced without a question (more is a question of its own). */
const ANNOUNCED_WORDS = 3;

/**
 * A subject announced before a question («eg har eit spørsmål om bemanning», "can you help me with
 * ISSC?"): the topics of its family to choose from — never the contact card or the fallback, and
 * never one side of it answered as if asked. A subject that fits one topic only is that topic.
 */
function announcedSubject(text: string): TopicVerdict | undefined {
  const m = ANNOUNCED.exec(fold(text));
  const subject = m?.[1];
  if (!subject || words(subject).length > ANNOUNCED_WORDS) return undefined;
  const verdict = classifyTopics(subject);
  // "help with sea time calculation": a subject that names one side of a topic is that topic.
  if (verdict.kind === 'answer' && words(subject).length > 1) return verdict;
  const top = verdict.ranked[0];
  if (!top || verdict.kind === 'out-of-scope') return verdict.kind === 'out-of-scope' ? verdict : undefined;
  const family = top.topic.split('.')[0] ?? '';
  const kin = verdict.ranked.filter((r) => r.topic.startsWith(`${family}.`)).slice(0, 3);
  if (kin.length < 2) return verdict;
  return { kind: 'clarify', topics: kin.map((r) => r.topic), ranked: verdict.ranked };
}

function readVerdict(text: string): TopicVerdict {
  const announced = announcedSubject(text);
  if (announced) return announced;
  const read = text.slice(0, MAX_CLASSIFIED).replace(LIST_MARKER, '');
  const stripped = read.replace(INTERRUPTION, '');
  let classified = classifyTopics(stripped);
  // "and the renewal?": the opening word was part of a short follow-up; read as written if that settles it.
  if (stripped !== read && classified.kind !== 'answer') {
    const asWritten = classifyTopics(read);
    if (asWritten.kind === 'answer') classified = asWritten;
  }
  // "… for MS Fjordbris?": a vessel's name says nothing about the question; read without it.
  if (classified.kind !== 'answer' && VESSEL_NAME.test(stripped)) {
    const unnamed = classifyTopics(stripped.replace(VESSEL_NAMES, 'the vessel'));
    if (unnamed.kind === 'answer') classified = unnamed;
  }
  // "issued 5 december 2024": the examples write dates mostly in digits; a date in words is read so too.
  if (classified.kind !== 'answer') {
    const dated = datesInDigits(stripped);
    if (dated !== undefined) {
      const inDigits = classifyTopics(dated);
      if (inDigits.kind === 'answer') classified = inDigits;
    }
  }
  const verdict = narrowReadings(
    seaTimeAmount(
      d6Holder(cookQuestion(doctorAbroad(foreignRegime(shipCertificate(classified, text), text), text), text), text),
      text,
    ),
    text,
  );
  const positions = combinedPosition(askedPositions(text), text);
  // Two or three positions asked about («matros eller lettmatros?»): which one is meant.
  if (positions.length >= 2 && verdict.kind !== 'out-of-scope' && verdictIsRating(verdict))
    return { kind: 'clarify', topics: positions.slice(0, 3), ranked: verdict.ranked };
  const position = positions.length === 1 ? positions[0] : undefined;
  if (!position) return verdict;
  // «kva krav er det for smørjar»: a short question for one position's requirements is that rating's.
  const folded = fold(text);
  if (
    verdict.kind === 'out-of-scope' &&
    REQUIREMENTS_ASKED.test(folded) &&
    !namesPay(folded) &&
    words(folded).length <= 8 &&
    !asksMatrosCertificate(text)
  )
    return { kind: 'answer', topic: position, p: 0, related: [], ranked: verdict.ranked };
  if (verdict.kind === 'answer' && verdict.topic.startsWith('ratings.') && verdict.topic !== position)
    return { ...verdict, topic: position };
  if (verdict.kind === 'clarify' && verdict.topics.every((t) => t.startsWith('ratings.')))
    return { kind: 'answer', topic: position, p: 0, related: [], ranked: verdict.ranked };
  return verdict;
}

const REQUIREMENTS_ASKED = wholePhrases(REQUIREMENT_WORDS);

/** «kombinert», "combined", «både»: maskinpasser and lettmatros named together are the combined position. */
const COMBINED = /(?<![a-z])(?:kombiner[a-z]*|combined|combination|bade|both)(?![a-z])/;
const DECK_SIDE = /(?<![a-z])(?:deck|dekk|os|ordinary seaman|lettmatros)(?![a-z])/;
function combinedPosition(positions: RoutableTopicId[], text: string): RoutableTopicId[] {
  // The combined position written out («maskinpasser-lettmatros») is the one meant, whatever else is named.
  if (positions.includes('ratings.maskinpasser-lettmatros')) return ['ratings.maskinpasser-lettmatros'];
  const folded = fold(text);
  const both =
    positions.includes('ratings.maskinpasser') && (positions.includes('ratings.lettmatros') || DECK_SIDE.test(folded));
  return both && COMBINED.test(folded) ? ['ratings.maskinpasser-lettmatros'] : positions;
}

/** A verdict about the rating topics only (an answer on one, or a menu of them). */
const verdictIsRating = (verdict: TopicVerdict): boolean =>
  verdict.kind === 'answer'
    ? verdict.topic.startsWith('ratings.')
    : verdict.kind === 'clarify' && verdict.topics.every((t) => t.startsWith('ratings.'));

/**
 * A whole message is clearly outside the catalogue when no topic reaches this probability (a message
 * only a little short of an answer, "Sightseeing RIB, 13 tourists. need manning certificate?", is not).
 */
const CLEARLY_OUTSIDE = 0.5;
/**
 * A whole message's topic of another family than its one question's wins at this probability: on the
 * examples and earlier sets every such case (7 of 7) was the whole message's topic.
 */
const SURE_WHOLE = 0.95;

/** The questions of a message (see `Understanding.questions`). */
function questionsOf(text: string, parts: readonly MessagePart[], locale: Locale): Question[] {
  const asking = parts.filter((p) => p.asks).slice(0, MAX_QUESTIONS);
  const whole = (): Question => ({
    text,
    start: 0,
    end: text.length,
    asks: asking.length > 0,
    verdict: verdictFor(text),
    ruleHints: ruleHintsIn(text.slice(0, MAX_CLASSIFIED)),
  });
  if (asking.length === 0) return [whole()];
  // A question that names no rule ("Hvilken utløpsdato får vi?") takes the rules the sentences around it name.
  const aroundHints = ruleHintsIn(text.slice(0, MAX_CLASSIFIED));
  let classified = asking.flatMap((p) =>
    (coordinatedQuestions(p, verdictFor) ?? [{ ...p, asks: true, verdict: partVerdict(p, text, parts) }]).map((q) => {
      const own = ruleHintsIn(q.text);
      // «Eg har D6. Kan eg vere skipper?»: the certificate named beside the question settles it.
      return {
        ...q,
        verdict: foreignRegime(onMobileUnit(d6Holder(q.verdict, text), text), text),
        ruleHints: own.length > 0 ? own : aroundHints,
      };
    }),
  );
  // One question beside statements: the statements may tell which side of a topic it is about
  // («Sikkerhetsbemanningen vår er 10 personer. Må en av dem være skipskokk?» is whether one is
  // required). The whole message's verdict wins when it is another topic of the same family, or when
  // it is near certain and surer than the question alone («Bemanningsoppgaven sier D4 for skipsfører
  // … Kan vi bruke D5?» is which certificates are accepted, not a first D5). When
  // the whole message is outside the catalogue, the statements say what the question is really about
  // («Skipet har fått nytt navn. Må bemanningssertifikatet utstedes på nytt?» is about a change of
  // name, not whether the certificate expires): the fallback, never a guess from the question alone.
  const only = classified.length === 1 ? classified[0] : undefined;
  if (only && parts.length > 1 && only.verdict.kind === 'answer') {
    const all = verdictFor(text);
    const family = (topic: string) => topic.split('.')[0];
    if (all.kind === 'out-of-scope' && asking.length === 1 && (all.ranked[0]?.p ?? 0) < CLEARLY_OUTSIDE)
      classified[0] = { ...only, verdict: all };
    else if (
      all.kind === 'answer' &&
      all.topic !== only.verdict.topic &&
      (family(all.topic) === family(only.verdict.topic) || (all.p >= SURE_WHOLE && all.p > only.verdict.p))
    )
      classified[0] = { ...only, verdict: all };
  }
  // A further question that names nothing itself is about what the question before it named: another
  // side of it, or the same thing asked again («Korleis søkjer reiarlaget? Kva skjema skal vi bruke?»,
  // «… til kai? Eller kan nokon gå heim?»), which that answer covers.
  const covered = new Set<Question>();
  for (let i = 1; i < classified.length; i++) {
    const before = classified.slice(0, i).findLast((q) => q.verdict.kind === 'answer')?.verdict;
    const q = classified[i];
    // «… og kva kostar verifikasjonen?»: a fee is no other side of what the question before named.
    if (!q || before?.kind !== 'answer' || namesPrice(fold(q.text))) continue;
    if (ALTERNATIVE.test(fold(q.text)) || (q.verdict.kind !== 'answer' && asksSameAgain(q, before.topic, locale)))
      covered.add(q);
    else classified[i] = vague(referring(q, before.topic, locale) ?? q, before);
  }
  if (covered.size > 0) classified = classified.filter((q) => !covered.has(q));
  // The clear questions first, then those that need a "did you mean" (a menu waits for a click).
  const clear: Question[] = [];
  for (const q of classified)
    if (q.verdict.kind === 'answer' && !clear.some((a) => sameTopic(a.verdict, q.verdict))) clear.push(q);
  const limits = healthLimits(text, clear);
  if (limits) clear.push(limits);
  const unclear = classified.filter((q) => q.verdict.kind === 'clarify');
  // Beside a clear question, an unclear part gets a menu only when it was asked with a question mark
  // («Skal brukes til D6.» after a pasted confirmation is a statement, not a second question), and a
  // question outside the catalogue is said to be so (never silently dropped) — unless it is joined to
  // the question before it («Kan vi bruke Min side, og hvilken rolle i Altinn trenger vi?»): it shares
  // that question's subject, whose answer may cover it. No answer covers a fee («…, og kva kostar det?»).
  const joinedAt = new Set(parts.filter((p) => p.joined).map((p) => p.start));
  if (clear.length > 0)
    return [
      ...clear,
      ...unclear.filter((q) => endsWithQuestionMark(q.text)),
      ...classified.filter(
        (q) =>
          q.verdict.kind === 'out-of-scope' &&
          (namesPrice(fold(q.text)) || (asksOnItsOwn(q.text) && !joinedAt.has(q.start))),
      ),
    ];
  // No question is clear on its own; the sentences around it settle what it is about (the question
  // stays where it is): "… cold lay-up. how many crew must stay on board?" is about the lay-up only.
  // A question that says it asks something besides ("We also wonder whether the certificate will then
  // get an expiry date") is also about another side of what the sentences ask for.
  const first = unclear[0] ?? classified[0];
  if (first && parts.length > 1) {
    const all = verdictFor(text);
    if (all.kind === 'answer') {
      const besides = first.verdict.kind === 'out-of-scope' && ALSO.test(fold(first.text));
      const also = besides ? referring(first, all.topic, locale) : undefined;
      return also ? [{ ...first, verdict: all }, also] : [{ ...first, verdict: all }];
    }
  }
  return [first ?? whole()];
}

/** «også», "also", «i tillegg»: a question that asks something besides what the message is about. */
const ALSO = wholePhrases(ALSO_WORDS);

/** «Eller …?», "or …?": an alternative to the question before it, which its answer covers. */
const ALTERNATIVE = new RegExp(`^(?:${alternation(ALTERNATIVE_OPENERS)})(?![a-z])`);

/** True when `q`, read with the name of what `topic` is about, is that same topic: asked again. */
function asksSameAgain(q: Question, topic: RoutableTopicId, locale: Locale): boolean {
  const object = referredObject(topic, locale);
  if (!object) return false;
  const verdict = verdictFor(`${q.text} ${object}`);
  return verdict.kind === 'answer' && verdict.topic === topic;
}

const endsWithQuestionMark = (text: string) => /\?\s*["»”)]*\s*$/.test(text);

const ASKS_HOW = wholePhrases(HOW_WORDS);

/** A question beside the main one that only confirms ("is that right?") or asks for help. */
const CONFIRMING = wholePhrases(CONFIRMING_QUESTIONS);
const MIN_OUTSIDE_WORDS = 4;

/**
 * A question outside the catalogue beside a clear one, asked on its own: with a question mark, a few
 * words, and not only checking the answer or asking for help ("Is that right?", «Kan du hjelpe?»).
 */
function asksOnItsOwn(text: string): boolean {
  const folded = fold(text);
  return endsWithQuestionMark(text) && words(folded).length >= MIN_OUTSIDE_WORDS && !CONFIRMING.test(folded);
}

/**
 * A further question that fits no topic alone because it names nothing ("… and whether our office
 * manager can sign it?", "… and how to apply."), read with the name of what a question about `topic`
 * is about (REFERRED_OBJECTS): the other topic of the same family it then fits, if any. A question
 * that only checks the answer ("Is that right?") is about no other side of it.
 */
function referring(q: Question, topic: RoutableTopicId, locale: Locale): Question | undefined {
  const family = topic.split('.')[0] ?? '';
  const object = referredObject(topic, locale);
  const folded = fold(q.text);
  if (!object || q.verdict.kind === 'answer' || CONFIRMING.test(folded)) return undefined;
  if (PROCEDURE_TOPICS.has(topic) && ASKS_HOW.test(folded)) return undefined;
  const verdict = verdictFor(`${q.text} ${object}`);
  if (verdict.kind !== 'answer' || verdict.topic === topic || !verdict.topic.startsWith(`${family}.`)) return undefined;
  // "who decides it?" beside what «maskinkyndig» means is no question about the certificate's expiry:
  // read with a borrowed name, only a sure reading is another side of it.
  return verdict.p >= REFERRING_MIN ? { ...q, verdict } : undefined;
}

/** How sure a further question read with the name of what the question before it named must be. */
const REFERRING_MIN = 0.8;

/**
 * "Also what about our ISSC?" beside a question about something else names a thing and asks nothing
 * about it: which side of it is meant is asked («Meinte du …?»), never one side answered as if asked.
 */
const VAGUE = new RegExp(
  `^(?:(?:${alternation(ALSO_WORDS)}),? )?(?:${alternation(ELLIPTIC_OPENERS)})(?: (?:${alternation(POSSESSIVES)}))? [a-z0-9-]+(?: [a-z0-9-]+)?[ ?.!]*$`,
);
function vague(q: Question, before: TopicVerdict): Question {
  if (q.verdict.kind !== 'answer' || before.kind !== 'answer' || !VAGUE.test(fold(q.text))) return q;
  const family = q.verdict.topic.split('.')[0] ?? '';
  if (before.topic.startsWith(`${family}.`)) return q;
  const kin = q.verdict.ranked.filter((r) => r.topic.startsWith(`${family}.`)).slice(0, 3);
  return kin.length >= 2
    ? { ...q, verdict: { kind: 'clarify', topics: kin.map((r) => r.topic), ranked: q.verdict.ranked } }
    : q;
}

const HEALTH_CERTIFICATE = leadingPhrases(HEALTH_LIMIT_WORDS.certificate);
const HEALTH_LIMITED = leadingPhrases(HEALTH_LIMIT_WORDS.limited);
/**
 * A D6 question from someone whose health certificate is limited («Helseerklæringen min gjelder bare
 * for fartsområde 2. Kan jeg jobbe i liten kystfart med D6?»): D6's answer alone would say yes where
 * the limitation may say no, so the health certificate's answer (its limits must be followed even with
 * a valid D6, seed 002) is a further question of the message.
 */
function healthLimits(text: string, clear: readonly Question[]): Question | undefined {
  const d6 = clear.find((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'd6.privileges');
  if (!d6 || clear.some((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'health.certificate'))
    return undefined;
  const folded = fold(text);
  if (!HEALTH_CERTIFICATE.test(folded) || !HEALTH_LIMITED.test(folded)) return undefined;
  return {
    ...d6,
    verdict: { kind: 'answer', topic: 'health.certificate', p: 0, related: [], ranked: d6.verdict.ranked },
    ruleHints: [],
  };
}

/** Most words of a question too bare to be read alone («Bemanningssertifikat?», "Safe manning document?"), without a question verb. */
const BARE_QUESTION_WORDS = 3;

/**
 * The verdict for one asking part. A bare one («norsk lasteskip 60 BT. Bemanningssertifikat?») is
 * read with the sentences around it, which say what it is about: alone, the bare term fits no
 * question in particular. So is one torn between close topics when the whole message settles on one
 * of them: the sentences before "is that ok?" say which.
 */
function partVerdict(part: MessagePart, text: string, parts: readonly MessagePart[]): TopicVerdict {
  let own = verdictFor(part.text);
  // «… in Batsfjord. how long is helseerklaering valid»: the context in front may blur the question.
  const clause = own.kind === 'answer' ? undefined : whClause(part.text);
  if (clause) {
    const asked = verdictFor(clause);
    if (asked.kind === 'answer') own = asked;
  }
  if (parts.length < 2) return own;
  if (own.kind === 'clarify') {
    const whole = verdictFor(text);
    if (whole.kind === 'answer' && own.topics.includes(whole.topic)) return whole;
  }
  if (words(fold(part.text)).length > BARE_QUESTION_WORDS || opensQuestion(part.text)) return own;
  const whole = verdictFor(text);
  return whole.kind === 'answer' ? whole : own;
}

const sameTopic = (a: TopicVerdict, b: TopicVerdict) =>
  a.kind === 'answer' && b.kind === 'answer' && a.topic === b.topic;

/** The message read as the answer to the pending question (see `Understanding.answer`). */
function answerTo(
  pending: NonNullable<UnderstandContext['pending']>,
  text: string,
  today: string,
  locale: Locale,
  known: Readonly<Record<string, unknown>>,
): AnswerResult | undefined {
  const fact = ruleFact(pending.ruleId, pending.fact);
  if (!fact) return undefined;
  if (fact.questionKey === 'ageAtIssue') {
    const age = ageAtIssueReply(text, known.issueDate, today);
    if (age) return age;
  }
  // «jeg blir 20 i neste uke»: 19 today, never the age about to be reached.
  const turning = fact.questionKey === 'age' ? ageNowFromTurning(text) : undefined;
  if (turning !== undefined) return { kind: 'value', value: turning };
  // «født 12.04.1998»: the age today; "born 2004" alone is one of two ages, asked again.
  const born = fact.questionKey === 'age' ? ageNowFromBirth(text, today) : undefined;
  if (born) return born;
  // «vi er 12, nei vent, 8»: the number corrected at once gives way to its correction.
  if (fact.type === 'number' || fact.type === 'integer') {
    const corrected = withoutSuperseded(fold(text));
    if (corrected !== fold(text)) return extractAnswer(fact, corrected, { today, locale });
  }
  if (fact.type === 'date' && pending.partialDate) {
    const iso = completeDate(text, pending.partialDate, { today, locale });
    if (iso !== undefined) return { kind: 'value', value: iso };
  }
  return extractAnswer(fact, text, { today, locale });
}

/**
 * The answer, unless the message labels its value as another fact: «legen skrev at den gjelder til
 * 01.06.2026», sent when the date of issue is asked, is the expiry date, never the date of issue.
 * The labelled fact is taken from the message's facts instead, and the question stays open.
 */
function labelledOtherwise(
  answer: AnswerResult | undefined,
  pending: UnderstandContext['pending'],
  found: readonly FactFound[],
): AnswerResult | undefined {
  if (answer?.kind !== 'value' || !pending) return answer;
  const asked = ruleFact(pending.ruleId, pending.fact);
  if (!asked) return answer;
  // The message names the fact asked with another value ("we are nine on the manning certificate but
  // usually 14 on board", asked the safe manning): the value it names is the answer.
  const named = found.find((f) => f.key === asked.questionKey);
  if (named && named.value !== answer.value && typeof named.value === typeof answer.value)
    return { kind: 'value', value: named.value };
  // Dates and measures only: a count given for the safe manning («14 mann») is the answer even if it
  // reads as the crew, but «me er 10 om bord» asked the length is a count of people, not 10 metres.
  if (asked.type !== 'date' && !MEASURED.has(asked.unit ?? '')) return answer;
  const other = found.some((f) => f.key !== asked.questionKey && f.value === answer.value);
  return other && !named ? undefined : answer;
}

/** Units of a measure of the vessel, which a count of people given with the same number never is. */
const MEASURED: ReadonlySet<string> = new Set(['m', 'GT']);

const SIGNER_ROLES = ruleFact('sea-time-confirmation', 'signerRole')?.values ?? [];

/** The facts found, with the fields of a sea-time confirmation read from the text as written. */
function withFields(found: FactFound[], read: string): FactFound[] {
  const fields = confirmationFields(read.slice(0, MAX_UNDERSTOOD), SIGNER_ROLES).filter(
    (f) => !found.some((o) => o.key === f.key),
  );
  return fields.length === 0 ? found : [...found, ...fields].sort((a, b) => a.start - b.start);
}

/** Understand `text` (one message) in `context`. Never throws: a reader bug leaves the message not understood. */
export function understand(text: string, context: UnderstandContext): Understanding {
  try {
    return readMessage(typeof text === 'string' ? text : '', context);
  } catch {
    return {
      text: '',
      words: 0,
      ruleHints: [],
      locale: undefined,
      variantTold: false,
      localeSure: 0,
      command: undefined,
      smallTalk: undefined,
      languageAsked: undefined,
      isQuestion: false,
      questions: [],
      facts: [],
      change: undefined,
      answer: context.pending ? { kind: 'not-understood' } : undefined,
    };
  }
}

/** True when rule `ruleId` takes the age at a certificate's issue and not the age today. */
const takesAgeAtIssueOnly = (ruleId: string): boolean =>
  ruleFact(ruleId, 'ageAtIssue') !== undefined && ruleFact(ruleId, 'age') === undefined;

/** Fewest words of a question, asked while a name or other text is asked, that is no such text. */
const MIN_TEXT_QUESTION_WORDS = 4;

/** How far (as a ratio) a corrected number may be from the answer it corrects. */
const NEAR_LAST_ANSWER = 2;

/**
 * The fact answered last, with the one bare number of a marked message as its new value, when the
 * number fits its unit, differs from it and is near it (within a factor of two).
 */
function lastAnswerChanged(
  folded: string,
  ruleId: string,
  lastAnswered: string | null | undefined,
  known: Readonly<Record<string, unknown>>,
): FactFound | undefined {
  const last = lastAnswered ? ruleFact(ruleId, lastAnswered) : undefined;
  if (!last || (last.type !== 'number' && last.type !== 'integer')) return undefined;
  const was = known[last.questionKey];
  const numbers = findQuantities(folded).filter((q) => Number.isFinite(q.value) && q.unit !== 'other');
  const q = numbers.length === 1 ? numbers[0] : undefined;
  const value = q ? convert(q.value, q.unit, last.unit) : undefined;
  if (!q || value === undefined || typeof was !== 'number' || was <= 0 || value <= 0 || value === was) return undefined;
  if (last.type === 'integer' && !Number.isInteger(value)) return undefined;
  const ratio = value / was;
  if (ratio > NEAR_LAST_ANSWER || ratio < 1 / NEAR_LAST_ANSWER) return undefined;
  return { key: last.questionKey, value, start: q.start, end: q.end };
}

const REPORTED_INSTEAD = wholePhrases(REPORTED_INSTEAD_PHRASES);
/**
 * "and if the company reports it through the API instead?" after one document uploaded by hand: the
 * what-if that nothing was uploaded (then the application may be issued automatically, seed 000).
 * Only when one document was named, so "it" is that one.
 */
function reportedInstead(
  folded: string,
  found: readonly FactFound[],
  known: Readonly<Record<string, unknown>>,
): FactFound | undefined {
  const was = known.uploadedDocuments;
  if (!Array.isArray(was) || was.length !== 1 || found.some((f) => f.key === 'uploadedDocuments')) return undefined;
  const m = REPORTED_INSTEAD.exec(folded);
  return m ? { key: 'uploadedDocuments', value: [], start: m.index, end: m.index + m[0].length } : undefined;
}

/** `text` with [start, end) replaced by spaces (offsets kept). */
const blanked = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + text.slice(end);

/** `understand` without its safety net (the property tests use this, so a reader bug shows). */
export function readMessage(text: string, context: UnderstandContext): Understanding {
  const read = text.slice(0, MAX_UNDERSTOOD);
  const language = detectLanguage(read.slice(0, MAX_LANGUAGE));
  const locale = language?.locale;
  const ctx = { today: context.today, locale: locale ?? 'nb' };
  const known = context.known ?? {};
  const { folded: whole, from } = foldMapped(read);
  const at = (i: number) => from[Math.min(i, from.length - 1)] ?? 0;
  // The words of a request for another language are no fact and no answer: they are blanked.
  const request = languageRequestIn(whole);
  const languageAsked = request?.locale;
  const folded = request ? blanked(whole, request.start, request.end) : whole;
  const heard = request ? blanked(read, at(request.start), at(request.end - 1) + 1) : read;
  const tokens = words(folded.slice(0, MAX_CLASSIFIED));
  const parts = splitMessage(read.slice(0, 4 * MAX_CLASSIFIED));
  const isQuestion = parts.some((p) => p.asks);
  const pendingKey = context.pending ? ruleFact(context.pending.ruleId, context.pending.fact)?.questionKey : undefined;
  const fromText = loneHoursAsPerDay(findFacts(folded, ALL_FACTS, ctx), folded, known, pendingKey);
  // "oh wait, my doctor limited it to 1 year" after the date of issue was given: the expiry the doctor
  // set, never an age of 1 (facts.md: the doctor may set a shorter validity).
  const limited =
    (context.ruleId ?? context.pending?.ruleId) === 'health-certificate' &&
    typeof known.issueDate === 'string' &&
    !fromText.some((f) => f.key === 'issueDate' || f.key === 'expiryDate')
      ? doctorLimitedExpiry(folded, [{ key: 'issueDate', value: known.issueDate, start: 0, end: 0 }])
      : undefined;
  const stated = limited ? [...fromText, limited].sort((a, b) => a.start - b.start) : fromText;
  // "what if he gets 3 more months on deck?" after a decision: the time added to what is known.
  const added =
    !context.pending && context.ruleId
      ? addedFacts(folded.slice(0, MAX_CLASSIFIED), context.ruleId, known, (t) => findFacts(t, ALL_FACTS, ctx))
      : [];
  const found = [...stated.filter((f) => !added.some((a) => a.key === f.key)), ...added];
  let answer = context.pending ? answerTo(context.pending, heard, ctx.today, ctx.locale, known) : undefined;
  answer = labelledOtherwise(answer, context.pending, found);
  // A reply of a few words that answers the question asked has nothing to route.
  const count = words(folded).length;
  const plainAnswer = answer?.kind === 'value' && !isQuestion && count <= SHORT_ANSWER;
  const asked = read.trim() && !plainAnswer ? questionsOf(read, parts, ctx.locale) : [];
  // A short message that only asks for another language is courtesy, not a question to route.
  // «Kan du svare på norsk? Det er en fiskebåt»: the fact beside the request is heard all the same.
  const onlyLanguage =
    languageAsked !== undefined &&
    count <= MAX_LANGUAGE_REQUEST &&
    asked.every((q) => q.verdict.kind === 'out-of-scope') &&
    found.length === 0 &&
    answer?.kind !== 'value';
  const questions = onlyLanguage ? [] : asked;
  // «og kollegaen min er 19?», "and our other boat is a fishing vessel?" after a decision: the same
  // question about another person or vessel, with the facts given for it.
  const about = context.ruleId && !context.pending ? otherSubject(folded) : undefined;
  const marker = about
    ? 'what-if'
    : (changeMarker(tokens) ??
      (isQuestion && !context.pending && context.ruleId ? conditionalWhatIf(tokens) : undefined) ??
      (added.length > 0 ? 'what-if' : undefined));
  const ruleId = context.ruleId ?? context.pending?.ruleId;
  // "what if I was 17?" about a certificate's validity supposes the age it was issued at.
  if (marker === 'what-if' && ruleId && takesAgeAtIssueOnly(ruleId))
    for (const [i, f] of found.entries()) if (f.key === 'age') found[i] = { ...f, key: 'ageAtIssue' };
  // A bare number changes a fact only in a marked message that does not simply answer the question
  // asked, or in a message of little more than the number after a decision («12», «45 BT?»).
  const pendingFact = context.pending ? ruleFact(context.pending.ruleId, context.pending.fact) : undefined;
  const answersNumber = answer?.kind === 'value' && (pendingFact?.type === 'number' || pendingFact?.type === 'integer');
  const answersDate = answer?.kind === 'value' && pendingFact?.type === 'date';
  const bare = [
    ...((marker || (!context.pending && count <= 2)) && ruleId && !answersNumber
      ? bareNumberFacts(folded.slice(0, MAX_CLASSIFIED), found, ruleId, known)
      : []),
    ...(marker && ruleId && !answersDate
      ? bareDateFacts(folded.slice(0, MAX_CLASSIFIED), found, ruleId, known, context.today)
      : []),
    ...(marker === 'correction' && ruleId ? bareChoiceFacts(folded, count, found, ruleId, known, ctx) : []),
  ];
  // «nei vent, det er 120» right after «119 dager etter vitnemålet», while the next question waits:
  // a marked bare number near the answer just given changes it; the question asked stays open.
  const redone =
    marker && context.pending && bare.length === 0 && found.length === 0
      ? lastAnswerChanged(folded.slice(0, MAX_CLASSIFIED), context.pending.ruleId, context.lastAnswered, known)
      : undefined;
  if (redone) answer = { kind: 'not-understood' };
  const instead = marker === 'what-if' ? reportedInstead(folded, found, known) : undefined;
  const facts = [...found, ...bare, ...(redone ? [redone] : []), ...(instead ? [instead] : [])].sort(
    (a, b) => a.start - b.start,
  );
  const plain = withSameAmounts(changeOf(marker, facts, known, isQuestion ? 'what-if' : 'correction'), known);
  const change = plain && about ? { ...plain, about } : plain;
  // "nei, 45" to a yes/no question corrects a number; it does not answer no.
  if (change && pendingFact?.type === 'boolean' && !change.facts.some((f) => f.key === pendingFact.questionKey))
    answer = { kind: 'not-understood' };
  // Any text reads as a name, but a question about a topic is a question all the same, and so is a
  // question of some length outside the catalogue ("what does it cost to apply for D6 by the way?").
  if (
    pendingFact?.type === 'text' &&
    isQuestion &&
    (questions.some((q) => q.verdict.kind !== 'out-of-scope') ||
      (count >= MIN_TEXT_QUESTION_WORDS && endsWithQuestionMark(read)))
  )
    answer = { kind: 'not-understood' };
  // A short question that names nothing and states nothing, after an answer: about the topic at hand.
  // «og vi er på merdene og fôrer?»: an elliptic follow-up may be longer; facts of no rule at hand
  // ("and me myself, I am the captain?" after who may sign) do not make it a new case.
  const ownFacts = context.ruleId ? ruleFacts(context.ruleId).map((f) => f.questionKey) : [];
  const followUpWords = ELLIPTIC.test(folded) ? FOLLOW_UP_ELLIPTIC_WORDS : FOLLOW_UP_WORDS;
  // While a fact is asked, a question that is no answer to it («kva med for dei under 18 år?» while
  // the date of issue is asked) is read so too: the pending question is asked again after it.
  const askedAside = context.pending && isQuestion && (answer === undefined || answer.kind === 'not-understood');
  const followedUp =
    (!context.pending || askedAside) &&
    context.topic &&
    count <= followUpWords &&
    !change &&
    facts.every((f) => !ownFacts.includes(f.key))
      ? followUp(questions, context.topic, ctx.locale, verdictFor)
      : !context.pending && context.topic && count <= LONG_FOLLOW_UP_WORDS && !change && facts.length === 0
        ? longFollowUp(questions, context.topic, ctx.locale, verdictFor)
        : questions;
  const followed =
    context.topic === 'd6.privileges' && count <= FOLLOW_UP_WORDS
      ? afterD6(followedUp, folded, known)
      : context.topic === 'health.certificate' && count <= FOLLOW_UP_WORDS
        ? afterHealth(followedUp, folded)
        : count <= FOLLOW_UP_WORDS && (context.topic === 'deck.first-issue' || context.topic === 'deck.cadet')
          ? afterFirstIssue(otherDeckHeld(followedUp, folded, facts, known), folded)
          : otherDeckHeld(followedUp, folded, facts, known);
  const timed = processingTimeAfter(followed, context.topic ?? undefined, folded);
  const settled = outsideSection13(folded) ? timed.map(notRepositioning) : timed;
  return {
    text: read,
    words: count,
    ruleHints: ruleHintsIn(read.slice(0, MAX_CLASSIFIED)),
    locale,
    variantTold: language?.variantTold ?? false,
    localeSure: language?.sure ?? 0,
    command: commandIn(read),
    smallTalk: onlyLanguage ? 'language' : smallTalkIn(read),
    languageAsked,
    isQuestion,
    questions: settled,
    facts: withFields(
      facts.map((f) => ({ ...f, start: at(f.start), end: at(f.end - 1) + 1 })),
      read,
    ),
    change,
    answer,
  };
}
