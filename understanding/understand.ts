/**
 * One understanding per message: everything the conversation needs from what the user wrote,
 * read once — its language, whether it is a command, whether it asks something and which topics
 * its separate questions are about, every fact it states (for any rule, with where it says so),
 * whether it corrects a fact or asks a what-if, and how it reads as the answer to the question
 * waiting for one. The machines act on this; none of them reads the text again.
 *
 * Pure and deterministic (the date comes in the context). Linear in the length of the text: each
 * step reads a bounded prefix, so a 10 KB message costs little more than a 2 KB one.
 *
 * Its steps live beside it: letter folding that keeps places (fold-mapped.ts), the topic verdict for
 * a text (verdicts.ts), the message's questions (message-questions.ts) and the answer to the
 * question waiting (answers.ts).
 */
import type { RoutableTopicId } from '../rules/topics.js';
import { surely, type TopicVerdict } from './topics.js';
import type { Command, SmallTalk } from '../content/render.js';
import type { Locale } from '../rules/types.js';
import type { FactInfo } from '../rules/index.js';
import { convert, findQuantities, isYear, type Quantity } from './numbers.js';
import { findDates, inYearOf, parseDateAnswer } from './dates.js';
import { BEFORE_ISSUE, PERSON_KEYS, askersOwnLeft, othersAgeLeft, twoVesselsLeft } from './fact-amounts.js';
import {
  namesWatchBoat,
  newVesselOnly,
  servedOnVesselLeft,
  watchBoatFactsLeft,
  watchServedOnShortBoat,
} from './vessel-facts.js';
import { checksRule, isRuleLimit, unitOfFact } from './quoted-limits.js';
import { monthPeriodDays, periodDays, spanDaysOf } from './period.js';
import { periodEdgeNamed, renewalAheadOfExpiry, shiftedDateFacts } from './shifted-dates.js';
import { daysOfWeek, hoursOfWeekOrMonth, rotationSaid, splitSeaTime } from './sea-time-text.js';
import {
  ELLIPTIC,
  answeredAlready,
  asTopic,
  asksWhyOrSource,
  FOLLOW_UP_ELLIPTIC_WORDS,
  ELLIPTIC_QUESTION_WORDS,
  ENDS_POINTING_BACK,
  FOLLOW_UP_WORDS,
  LONG_FOLLOW_UP_WORDS,
  longFollowUp,
  followUp,
  namedOther,
  otherSubject,
  WHY_NUMBER,
} from './follow-ups.js';
import { doctorLimitedExpiry } from './doctor-limit.js';
import { AGE_WHEN_WORDS } from './lexicon/certificate-words.js';
import {
  type Change,
  addedFacts,
  addedSpan,
  bareChoiceFacts,
  restatedChoices,
  bareDateFacts,
  bareNumberFacts,
  deniedAfter,
  openDateFacts,
  yearCorrectedFacts,
  amountThen,
  changeMarker,
  usesValue,
  withSameAmounts,
  changeOf,
  conditionalWhatIf,
  raisedToFacts,
  sameValue,
} from './changes.js';
import { commandIn, itemIn, languageRequestIn, pickIn, smallTalkIn } from './commands.js';
import type { AnswerResult } from './extract.js';
import {
  DAYS_ON_LARGE_SHIPS,
  type FactFound,
  findFacts,
  LOW_TRADING_AREAS,
  loneHoursAsPerDay,
  rejectedAt,
  uncountedShipIn,
} from './free-text.js';
import { detectLanguage } from './language.js';
import { parseYesNo } from './words.js';
import { alternation, blanked, escapeRegExp, fold, matchesOf, wholePhrases, words } from './normalize.js';
import { before as labelBeforeOf, word } from './fact-collector.js';
import {
  APPROX_WORDS,
  FACT_LABELS,
  NEGATION_WORDS,
  PASSENGER_BOAT_WORDS,
  PASSENGER_WORDS,
  RENEWAL_NAMED_WORDS,
  UNIT_WORDS,
  SERVICE_BOAT_WORDS,
} from './lexicon/synonyms.js';
import {
  FUTURE_WHAT_IF_WORDS,
  DOUBLED_WORDS,
  HOW_MUCH_MORE_WORDS,
  MORE_WORDS,
  TAKEN_BACK_WORDS,
  WHAT_ELSE_WORDS,
  FACT_JUDGED_WORDS,
  MORE_TO_GO_WORDS,
  YARD_WORDS,
  NOT_AS_OFFICER_WORDS,
  ARITHMETIC_WORDS,
  TYPE_SIZE_LINK_WORDS,
  THEN_ASKED_WORDS,
  THEN_ENDING_WORDS,
  BACK_REFERENCE_PRONOUNS,
  QUESTION_ITEM_WORDS,
  AFTER_TURNING_WORDS,
  ALL_RIGHT_WORDS,
  SPLIT_PART_NAMED_WORDS,
  PART_OF_WORDS,
  QUOTED_AFTER_WORDS,
  QUOTED_BEFORE_WORDS,
  QUOTED_NUMBER_BEFORE_WORDS,
  ELLIPTIC_OPENERS,
  NAMING_OPENERS,
  BACK_TO_CASE_WORDS,
  TRADE_HELD_WORDS,
  WE_COUNTED_WORDS,
  CHANGE_ASKED_WORDS,
  SOURCE_ASKED_PHRASES,
  STILL_WORDS,
  WHY_WORDS,
} from './lexicon/discourse.js';
import { confirmationFields, nameAndRole, signerUnsettled } from './confirmation-fields.js';
import {
  afterD6,
  afterFirstIssue,
  afterMasterRights,
  beforeIssueWithMasterRights,
  afterExpiryGiven,
  afterIsscFlagChange,
  afterIsscInvalid,
  afterInterimPapers,
  afterVerificationMissed,
  watchAfterFirstIssue,
  afterHealth,
  processingTimeAfter,
  namesPrice,
  notRepositioning,
  otherDeckHeld,
  outsideAny,
  outsideSection13,
  outsideTopic,
} from './narrow-readings.js';
import { ruleHintsIn, splitMessage } from './questions.js';
import { ALL_FACTS, ruleFact, ruleFacts, topicFactKeys } from './rule-facts.js';
import { familyOf } from './topic-vocabulary.js';
import {
  ageAtIssueAgain,
  ageShift,
  birthdaySoon,
  inMonthAsked,
  monthAfter,
  monthNamed,
  turningIn,
  yearsAhead,
} from './age-answer.js';
import { ageAtIssueFromAgeNow } from './age-at-issue.js';
import { statesPart, withParts } from './subsets.js';
import { foldMapped } from './fold-mapped.js';
import { withoutForwarding } from './forwarded.js';
import { MAX_CLASSIFIED, verdictFor } from './verdicts.js';
import { JUDGED_ALONE, type Question, endsWithQuestionMark, questionsOf } from './message-questions.js';
import {
  type UnderstandContext,
  answerTo,
  deniesAsked,
  labelledOtherwise,
  lastAnswerChanged,
  reportedInstead,
  saidOfAnother,
} from './answers.js';

export type { Change, ChangedFact } from './changes.js';
export type { FactFound } from './free-text.js';
export type { Question } from './message-questions.js';
export type { UnderstandContext } from './answers.js';

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
  /**
   * The whole message picks an option by its place («den andre», "the first one", «nr 2», "2"):
   * 1-based, -1 for the last (see `pickIn`); a menu shown makes it a choice.
   */
  pick: number | undefined;
  /** The whole message names a question of an earlier message by its number («og spm 2?», "q3?"; see `itemIn`). */
  item?: number;
  /**
   * For a message of several questions, what each number names: its topic, the 2–3 close topics, or
   * none (outside the catalogue), and the rules its words name. The numbers are the ones the message
   * gives its questions («1) … 2) …», "Q1: … Q2: …"), or else their order in the text. What «og spm
   * 2?» later asks about; no words are kept.
   */
  numbered?: { topics: RoutableTopicId[]; hints: string[] }[];
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
  /**
   * The message asks what the answer just given already says («kva rundskriv gjeld?» after lay-up,
   * "which portal?" after the verification dates; ANSWERED_FOLLOW_UPS): that answer again, no flow.
   */
  restates?: true;
  /**
   * A question asked "then" after a decision («kva førarrettar får eg då?», "how many days then for 36
   * months?"): asked in the light of what the what-ifs before it supposed, never of the case as it is.
   */
  goesOn?: true;
  /**
   * A short question that only points back at what was said before («hvordan dokumenterer vi det?»,
   * "who signs it?"): its topic is what the conversation offered or said last, not its own few words.
   */
  pointsBack?: true;
  /**
   * A short reply that says yes, or that all is right («ja, alt stemmer», "everything ok, make it"),
   * stating no fact and asking nothing: what accepts the answers a review lists.
   */
  allRight?: true;
  /** Every fact stated, for any rule, by catalogue key, with its place [start, end) in `text`. */
  facts: FactFound[];
  /**
   * The calendar days of a time given for the sea time without saying each day was worked («frå mars
   * til juni», "3 months at 14 hours a day"): what «alle» answers when the days worked are asked.
   */
  spanDays?: number;
  /** The age the message says is about to be reached ("I turn 20 in January": 20), kept for "and after January?". */
  ageToCome?: number;
  /** The month it is reached in, when the message names one ("in January": 1). */
  ageToComeMonth?: number;
  /** The message corrects facts said before, or asks a what-if. */
  change: Change | undefined;
  /**
   * What-ifs asked after a question of the message («Trenger vi kokk med 9? Hva om vi blir 12?»), in
   * order: each is read in the conversation's light once that question is answered (the turn core).
   */
  whatIfs?: string[];
  /** The message read as the answer to the pending question (undefined when none is pending). */
  answer: AnswerResult | undefined;
  /** Rules the whole message names by their own words (see `Question.ruleHints`). */
  ruleHints: string[];
};

/** Longest message read; the turn core cuts at 2,000 characters, an e-mail may be longer. */
export const MAX_UNDERSTOOD = 10_000;
/** Most words of a short reply whose one number in words answers a number asked ("I was sixteen then"). */
const SHORT_WORDS_ANSWER = 5;
/** Most words of a reply that is only an answer ("45 BT", "norsk lasteskip"): it is not routed to a topic. */
const SHORT_ANSWER = 3;
/** Most words of a message that only asks for another language ("sorry, can we continue in English please?"). */
const MAX_LANGUAGE_REQUEST = 10;
/** Longest text the language is told from (the first paragraphs say it). */
const MAX_LANGUAGE = 1_000;

const SIGNER_ROLES = ruleFact('sea-time-confirmation', 'signerRole')?.values ?? [];
/** A capital letter after the text's first character (a name, a vessel's name, a call sign). */
const INNER_CAPITAL = /.[A-ZÆØÅ]/su;

/**
 * The facts found, with the fields of a sea-time confirmation read from the text as written. A rating
 * named without a label («Kari Lie, f. 02.02.1995, lettmatros på MS Tind …») is the position a
 * confirmation states, as written.
 */
function withFields(
  found: FactFound[],
  read: string,
  answered?: string,
  confirming = true,
  asked?: string,
): FactFound[] {
  // "matros" while the certificate it is for is asked, "master" while the signer's role is: the
  // answer, never also the seafarer's position.
  const answersOther = answered !== undefined && answered !== 'position' && words(fold(read)).length <= 2;
  // The fields are read in a confirmation, or where a capital inside the text may start a name or a
  // vessel's name (most questions have neither, and the fields' patterns cost a share of a turn).
  const fields = (
    confirming || INNER_CAPITAL.test(read) ? confirmationFields(read.slice(0, MAX_UNDERSTOOD), SIGNER_ROLES, asked) : []
  ).filter((f) => !found.some((o) => o.key === f.key) && !(answersOther && f.key === 'position'));
  const rating = answersOther ? undefined : found.find((f) => f.key === 'ratingPosition');
  const position =
    rating && !found.some((f) => f.key === 'position') && !fields.some((f) => f.key === 'position')
      ? [{ key: 'position', value: read.slice(rating.start, rating.end), start: rating.start, end: rating.end }]
      : [];
  const more = [...fields, ...position];
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start);
}

/** A small boat named right before a length (SERVICE_BOAT_WORDS, then a verb: "the rib was"). */
const SERVICE_BOAT_BEFORE = new RegExp(
  `(?<![a-z])(?:${alternation(SERVICE_BOAT_WORDS)})(?: (?:was|were|is|var|er|had|hadde|of|på|pa))*(?: (?:only|just|bare|berre))? $`,
);
const LENGTH_KEYS: ReadonlySet<string> = new Set(['lengthL', 'lengthOverall']);
/**
 * `change` (or a marked one of kind `marker`, a what-if when unmarked) without the facts `dropped`, and
 * with the facts `forgotten` asked again.
 */
const askingAgain = (
  change: Change | undefined,
  marker: Change['kind'] | undefined,
  dropped: readonly string[],
  forgotten: readonly string[],
): Change => ({
  ...(change ?? { kind: marker ?? 'what-if', marked: true, facts: [] }),
  facts: (change?.facts ?? []).filter((f) => !dropped.includes(f.key)),
  forget: [...(change?.forget ?? []), ...forgotten],
});
/** «om vi var 8», "if we were 8": "we" counted (WE_COUNTED_WORDS), then the number. */
const WE_COUNTED = new RegExp(
  `(?<![a-z])(?:${alternation(WE_COUNTED_WORDS.we)}) (?:${alternation(WE_COUNTED_WORDS.be)}) (?:(?:${alternation(WE_COUNTED_WORDS.only)}) )?(\\d+)(?![0-9.,]*[0-9])(?! ?(?:ar|years|aar|år))`,
);
/** Back to the user's own case after what-ifs (BACK_TO_CASE_WORDS), in a message of at most BACK_WORDS words. */
const BACK_TO_CASE = new RegExp(
  `(?<![a-z])(?:(?:${alternation(BACK_TO_CASE_WORDS.back)})(?: [a-z]+){0,3} (?:${alternation(BACK_TO_CASE_WORDS.own)})|${alternation(BACK_TO_CASE_WORDS.forOwn)})(?![a-z])`,
);
const BACK_WORDS = 9;
/** How many more words such a message may have when it also says a fact of the case («…, kan eg vere overstyrmann der?»). */
const BACK_WITH_FACT_WORDS = 6;
/** A correction asking whether it changes the answer (CHANGE_ASKED_WORDS). */
const CHANGE_ASKED = wholePhrases(CHANGE_ASKED_WORDS);
/** Facts that only name a certificate (the one the case is about, named again). */
const CERTIFICATE_NAMED: ReadonlySet<string> = new Set(['certificate', 'targetCertificate']);

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
      pick: undefined,
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

/**
 * «enn når jeg fyller 20 i januar?», "what about once I turn 20?": a what-if about the time the age is
 * reached supposes that age, where «… fyller 18 først neste uke» says the age now.
 */
const WHEN_BEFORE = new RegExp(`(?<![a-z])${word(AGE_WHEN_WORDS.when)}(?: ${word(AGE_WHEN_WORDS.who)})? $`);
const reachedWhen = (folded: string, at: number): boolean => WHEN_BEFORE.test(folded.slice(Math.max(0, at - 16), at));
/** "and when I turn 20?": the time an age is reached, asked about. */
const askedWhenTurning = (folded: string): boolean => {
  const turning = turningIn(folded);
  return turning !== undefined && reachedWhen(folded, turning.start);
};

/** «eg fyller 20 i morgon» said of the age known (19): the age to come, not a new age now. */
const turnsFromKnownAge = (folded: string, known: Readonly<Record<string, unknown>>): boolean => {
  const turning = turningIn(folded);
  return turning !== undefined && typeof known.age === 'number' && known.age === turning.value;
};
/** «hva med», "what about": an opener that names something, not one that supposes a value. */
const WHAT_ABOUT = new RegExp(`^\\s*(?:(?:og|and|men|but|ok|okay)[ ,]+)?(?:${alternation(NAMING_OPENERS)})(?![a-z])`);
/** A message opening with why, or where it says so («hvorfor …», «hvor står det …», "where does it say …»). */
const ASKS_WHY_OR_SOURCE = new RegExp(
  `^(?:(?:men|but|og|and|ok|okay|hmm)[ ,]+)?(?:${alternation([...WHY_WORDS, ...SOURCE_ASKED_PHRASES])})(?![a-z])`,
);
/** Facts of the case at hand a question states, new, for it to be that case while it leans second to it. */
const SECOND_LEAN_FACTS = 2;
/** «framleis berre 10», "still only have 10": a number of the case said again (two words at most between). */
const STILL = new RegExp(`(?<![a-z])(?:${alternation(STILL_WORDS)})(?: [a-z]+){0,2} \\d`);
/** A word that denies («ikkje», "not", «ingen»). */
const NEGATED = wholePhrases(NEGATION_WORDS);
/** Fewest words of a question beside a request for another language for it to be answered too. */
const LANGUAGE_BESIDE_WORDS = 4;
/** «50 av timane», "10 of those": a part of an amount, said right after a number (PART_OF_WORDS). */
const PART_OF_NEXT = new RegExp(`^ ?${word(PART_OF_WORDS.of)} ${word(PART_OF_WORDS.whole)}(?![a-z])`);
/** A boat named for its passengers, without their number (PASSENGER_BOAT_WORDS). */
const PASSENGER_BOAT = wholePhrases(PASSENGER_BOAT_WORDS);
/** Passengers named ("a boat with 12 or fewer passengers"): the type is theirs to settle, never the old one kept. */
const PASSENGERS_NAMED = wholePhrases(PASSENGER_WORDS);
const PASSENGER_TYPES: ReadonlySet<string> = new Set(['passenger', 'small-passenger']);
/** The months served as a watch officer, by rule (D6's § 23 extension, master rights since the first issue). */
const OOW_MONTH_KEYS: readonly string[] = ['monthsAsOfficerOfTheWatch', 'monthsAsOfficerOfTheWatchSinceIssue'];
/** A service taken back («ikkje vaktoffiser», "not engine"), with the facts that count it. */
const SERVICE_TAKEN_BACK = (
  [
    [NOT_AS_OFFICER_WORDS.position, OOW_MONTH_KEYS],
    [NOT_AS_OFFICER_WORDS.deck, ['monthsDeckService']],
    [NOT_AS_OFFICER_WORDS.engine, ['monthsEngineService']],
  ] as const
).map(([words, keys]) => ({
  re: new RegExp(`(?<![a-z])${word(NOT_AS_OFFICER_WORDS.not)} ${word(words)}(?![a-z])`),
  keys: keys as readonly string[],
}));
/** The facts of services a text takes back, among those rule `ruleId` takes. */
const takenBackKeys = (folded: string, ruleId: string): string[] =>
  SERVICE_TAKEN_BACK.filter(({ re }) => re.test(folded)).flatMap(({ keys }) =>
    keys.filter((k) => ruleFact(ruleId, k) !== undefined),
  );
/** Facts a service taken back names in passing (the position, the rating): never a change of the case. */
const SERVICE_NAMES: ReadonlySet<string> = new Set(['role', 'position', 'ratingPosition']);
/** Where an amount is said relative to another ("3 m more", «2 til»), with a number in it (not "or fewer"). */
function relativeAmount(folded: string): { start: number; end: number } | undefined {
  const span = addedSpan(folded);
  return span && findQuantities(folded.slice(span.start, span.end), { words: true }).length > 0 ? span : undefined;
}
/** A sum, a difference or a value before and now (ARITHMETIC_WORDS). */
const ARITHMETIC_SUM = wholePhrases(ARITHMETIC_WORDS.sum);
const ARITHMETIC_BETWEEN = wholePhrases(ARITHMETIC_WORDS.between);
/** The sea-time facts a split time replaces. */
const SPLIT_KEYS: ReadonlySet<string> = new Set(['days', 'hoursPerDay', 'totalHours']);
/**
 * «hva kan jeg være med D6 og trenger jeg båtførerbevis for fritidsbåten min?»: the facts said inside a
 * question whose own words take it outside, beside one the catalogue answers, are that question's (the
 * leisure boat), never the case asked about.
 */
function outsideFactsLeft(facts: FactFound[], questions: readonly Question[]): FactFound[] {
  const answered = questions.filter((q) => q.verdict.kind === 'answer');
  const topics = answered.flatMap((q) => (q.verdict.kind === 'answer' ? [q.verdict.topic] : []));
  if (topics.length === 0) return facts;
  const firstAnswered = Math.min(...answered.map((q) => q.start));
  // (Outside any topic, or outside the topic answered beside it: «båtførerbevis» beside D6. Only one
  // after the question answered: "does an 80 GT cargo ship need AIS? and does it need a manning
  // certificate?" names the ship the second asks about.)
  const outside = questions.filter(
    (q) =>
      q.verdict.kind === 'out-of-scope' &&
      q.start > firstAnswered &&
      (outsideAny(fold(q.text)) || topics.some((t) => outsideTopic(t, fold(q.text)))),
  );
  return outside.length === 0 ? facts : facts.filter((f) => !outside.some((q) => f.start >= q.start && f.end <= q.end));
}

/**
 * «og spm 2?», "and question 3?": the whole message as the question of the earlier message it names by
 * its number, with what that question asked (`items`); undefined when it names none of them.
 */
function itemQuestion(text: string, n: number | undefined, items: UnderstandContext['items']): Question | undefined {
  const item = n === undefined ? undefined : items?.[n - 1];
  if (!item) return undefined;
  const [topic, ...others] = item.topics;
  const verdict: TopicVerdict =
    topic === undefined
      ? { kind: 'out-of-scope', ranked: [] }
      : others.length > 0
        ? { kind: 'clarify', topics: [...item.topics], ranked: [] }
        : surely(topic, []);
  return { text, start: 0, end: text.length, asks: true, verdict, ruleHints: [...item.hints] };
}

/**
 * «1) … 2) …», "Q1: … Q2: …", «spm 1 … spm 2 …»: the numbers a message gives its questions, in order
 * from 1 (a number before ")" or ":", or after a word for a question; «1. mars» is a date).
 */
/** The words for a question, as written and without æøå (the message is read as written, its offsets kept). */
const ITEM_WORDS_AS_WRITTEN = [...new Set([...QUESTION_ITEM_WORDS, ...QUESTION_ITEM_WORDS.map(fold)])]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const ITEM_MARK = new RegExp(
  `(?<![\\p{L}\\p{N}.,/-])(?:(?:${ITEM_WORDS_AS_WRITTEN}) ?([1-9])[).:]?|([1-9])[):])(?=\\s)`,
  'giu',
);
/** What each numbered question of a message of several asks (see `Understanding.numbered`). */
function numberedOf(
  text: string,
  questions: readonly Question[],
  parts: readonly { text: string; start: number; asks: boolean; joined?: boolean }[],
): Pick<Understanding, 'numbered'> {
  if (questions.filter((q) => q.asks).length < 2) return {};
  const marks: number[] = [];
  for (const m of text.slice(0, MAX_CLASSIFIED).matchAll(ITEM_MARK))
    if (Number(m[1] ?? m[2]) === marks.length + 1 && m.index !== undefined) marks.push(m.index);
  // Numbered by the message: each number's text read on its own. Else its question sentences in
  // order (a question joined to another in one sentence is the same number), each as the message's
  // questions read it where one starts in it.
  const sentences = parts.filter((p) => p.asks && !p.joined);
  const spans =
    marks.length >= 2
      ? marks.map((at, k) => ({ at, until: marks[k + 1] ?? Math.min(text.length, at + NUMBERED_LONGEST), own: true }))
      : sentences.map((p, k) => ({ at: p.start, until: sentences[k + 1]?.start ?? text.length, own: false }));
  const verdicts = spans.map(({ at, until, own }) => {
    const read = own ? undefined : questions.find((q) => q.asks && q.start >= at && q.start < until);
    const part = text.slice(at, until);
    return read
      ? { verdict: read.verdict, hints: read.ruleHints }
      : { verdict: verdictFor(part), hints: ruleHintsIn(part) };
  });
  return {
    numbered: verdicts.map(({ verdict, hints }) => ({
      topics: verdict.kind === 'answer' ? [verdict.topic] : verdict.kind === 'clarify' ? verdict.topics : [],
      hints,
    })),
  };
}
/** Longest text read as the last numbered question (its end is not marked). */
const NUMBERED_LONGEST = 300;

/** «held det til …», «er det nok til …», "is it enough for …": a target asked about. */
const ENOUGH_FOR =
  /(?<![a-z])(?:held det|holder det|holde det|er det nok|blir det nok|rekk det|rekker det|is it enough|is that enough|enough)(?: [a-z]+){0,2} (?:til|for|to)(?![a-z])/;

/** A question that opens asking how many or how much («hvor mange», "how many", «kor mykje»). */
const HOW_MANY_ASKED =
  /^ *(?:(?:and|og|so|sa|ok)[ ,]+)?(?:how many|how much|hvor mange|hvor mye|kor mange|kor mykje|kor mykkje|hvor lenge|kor lenge|how long)(?![a-z])/;
/** "then", «då» anywhere in a question (THEN_ENDING_WORDS), and a word that points back («det», "it"). */
const THEN_SAID = wholePhrases(THEN_ENDING_WORDS);
const BACK_SAID = wholePhrases(BACK_REFERENCE_PRONOUNS);
/** "what then?", «kva då?»: a question asked for the time just said (THEN_ASKED_WORDS). */
const THEN_ASKED = wholePhrases(THEN_ASKED_WORDS);
/** "and after January?" (AFTER_TURNING_WORDS): the time once the age said to come is reached. */
const AFTER_TURNING = wholePhrases(AFTER_TURNING_WORDS);
/** The counts of people whose label right before a number binds it ("crew 8", «bemanning 12»). */
const COUNT_KEYS: ReadonlySet<string> = new Set(['crewSize', 'safetyManning']);
/** Whether fact `f` of `folded`, a count of people, has its own label right before it ("crew 8"). */
function labelledAsItself(folded: string, f: FactFound): boolean {
  if (!COUNT_KEYS.has(f.key)) return false;
  const from = Math.max(0, f.start - 40);
  const re = new RegExp(labelBeforeOf(f.key).source, 'g');
  for (const m of folded.slice(from, f.start + 1).matchAll(re))
    if (from + m.index + m[0].length === f.start) return true;
  return false;
}
/** How near (as a ratio) a corrected value must be to the value it corrects («5 mnd» → «7 måneder»). */
const NEAR_RATIO = 1.6;
/**
 * "and if we do it 9 December?" after a renewal verification on 10.12.2027: a date written without its
 * year, in place of a date the conversation holds, takes that date's year (9.12.2027), not the one
 * nearest today.
 */
function withYearOfKnown(
  found: FactFound[],
  folded: string,
  known: Readonly<Record<string, unknown>>,
  today: string,
): FactFound[] {
  const held = (f: FactFound) => {
    const was = known[f.key];
    return typeof f.value === 'string' && typeof was === 'string' && f.value !== was ? was : undefined;
  };
  if (!found.some((f) => held(f) !== undefined)) return found;
  const yearless = findDates(folded, today, { yearless: true }).filter((h) => h.yearInferred);
  return found.map((f) => {
    const was = held(f);
    const hit = was === undefined ? undefined : yearless.find((h) => h.start === f.start && h.end === f.end);
    const iso = hit && was !== undefined ? inYearOf(String(f.value), was) : undefined;
    return iso ? { ...f, value: iso } : f;
  });
}

/** Hours asked ("how many hours", «kor mange timar»). */
const HOURS_ASKED_AGAIN =
  /(?<![a-z])(?:how many hours|hvor mange timer|kor mange timar|kor mange timer|hvor mange timar)(?![a-z])/;
/**
 * "and 360 days in a year then how many hours" after the hours one month of sea time needs: in a
 * calculation of the hours a sea time wanted needs, one time said with the hours asked is the sea
 * time wanted now (never nothing, which would answer the month again).
 */
function withTargetAgain(
  found: FactFound[],
  folded: string,
  known: Readonly<Record<string, unknown>>,
  ruleId: string | undefined,
): FactFound[] {
  if (ruleId !== 'sea-time' || typeof known.targetDays !== 'number' || found.length > 0) return found;
  if (!HOURS_ASKED_AGAIN.test(folded)) return found;
  const times = findQuantities(folded).filter(
    (q) => !q.range && (q.unit === 'days' || q.unit === 'months' || q.unit === 'years'),
  );
  const [only] = times;
  const days = only && times.length === 1 ? convert(only.value, only.unit, 'days') : undefined;
  return only && days !== undefined ? [{ key: 'targetDays', value: days, start: only.start, end: only.end }] : found;
}

/**
 * "Our ISSC expires 15.11.2027. Renewal verification will be on 10 august": a verification's date
 * written without a year, more than a year before the expiry the message or the case gives, is in the
 * year before that expiry (10.08.2027), never the year nearest today (a verification is held before
 * the certificate expires, seed 001).
 */
function verificationInExpiryYear(iso: string, expiry: string): string | undefined {
  const same = inYearOf(iso, expiry);
  const year = Number(expiry.slice(0, 4)) - 1;
  const before = same !== undefined && same <= expiry ? same : inYearOf(iso, `${year}${expiry.slice(4)}`);
  return before !== undefined && before > iso ? before : undefined;
}
function withVerificationYear(
  found: FactFound[],
  folded: string,
  known: Readonly<Record<string, unknown>>,
  today: string,
): FactFound[] {
  const said = found.find((f) => f.key === 'expiryDate')?.value;
  const expiry = typeof said === 'string' ? said : known.expiryDate;
  if (typeof expiry !== 'string' || !found.some((f) => f.key === 'verificationDate')) return found;
  const yearless = findDates(folded, today, { yearless: true }).filter((h) => h.yearInferred);
  return found.map((f) => {
    if (f.key !== 'verificationDate' || typeof f.value !== 'string') return f;
    if (!yearless.some((h) => h.start === f.start && h.end === f.end)) return f;
    const iso = verificationInExpiryYear(f.value, expiry);
    return iso ? { ...f, value: iso } : f;
  });
}

/** "about", «ca»: words of approximation (APPROX_WORDS), which add nothing to a bare amount ("about 130 days"). */
const APPROXIMATION = wholePhrases(APPROX_WORDS, 'g');
const approximations = (folded: string): number =>
  [...folded.matchAll(APPROXIMATION)].reduce((n, m) => n + words(m[0]).length, 0);
/** True when `value` (in `pending`'s unit) is near a known value of another fact of the rule in that unit. */
function correctsNearKnown(
  ruleId: string | null | undefined,
  pending: FactInfo,
  value: number,
  known: Readonly<Record<string, unknown>>,
): boolean {
  if (!ruleId || value <= 0) return false;
  return ruleFacts(ruleId).some((f) => {
    const was = known[f.questionKey];
    return (
      f.questionKey !== pending.questionKey &&
      f.unit === pending.unit &&
      typeof was === 'number' &&
      was > 0 &&
      Math.max(was, value) / Math.min(was, value) <= NEAR_RATIO
    );
  });
}

/** «og 9?», "what about 9?": a number alone after an opener. */
const NUMBER_ALONE = new RegExp(`^(?:(?:${alternation(ELLIPTIC_OPENERS)}) )?(?:om |if )?\\d+(?:[.,]\\d+)? ?[?.!]*$`);
/**
 * «og 9?» after master rights on 14 months at 23: a number alone that no fact of the case takes (it is
 * as near the months as the age), said of a rule with two or more numbers known. Answering again
 * with the facts held would answer another question than the one asked ("Yes" for 14 months), so it
 * is no question of the case (the fallback says it is not understood and offers a person).
 */
function unplacedNumber(
  folded: string,
  ruleId: string | null | undefined,
  known: Readonly<Record<string, unknown>>,
  placed: boolean,
): boolean {
  if (placed || !ruleId || !NUMBER_ALONE.test(folded.trim())) return false;
  const numbersKnown = ruleFacts(ruleId).filter(
    (f) => (f.type === 'number' || f.type === 'integer') && typeof known[f.questionKey] === 'number',
  );
  return numbersKnown.length >= 2;
}

/** A yard or workshop named (YARD_WORDS): time there is no service on board. */
const YARD_SAID = wholePhrases(YARD_WORDS);
/** The ratings' months of service on board. */
const SERVICE_ON_BOARD: ReadonlySet<string> = new Set(['monthsEngineService', 'monthsDeckService']);
/** The month an age is reached in, as the `ageToComeMonth` of an understanding (none when not named). */
const monthOf = (text: string): { ageToComeMonth?: number } => {
  const month = monthNamed(text);
  return month === undefined ? {} : { ageToComeMonth: month };
};
/** Most words of such a question («og etter januar då, går det?»). */
const AFTER_TURNING_MAX_WORDS = 8;
/** How sure the classifier must be of another family for a remark after a decision to leave the case. */
const REMARK_ELSEWHERE = 0.9;
/**
 * "hours was 11 not 9", «timane var 11, ikkje 9»: a value said in place of one the conversation
 * holds is a correction, whatever words open the message.
 */
function deniesKnown(folded: string, known: Readonly<Record<string, unknown>>, ruleId: string): boolean {
  const held = new Set(Object.values(known));
  const qs = findQuantities(folded);
  let denial = false;
  for (const q of qs) {
    const denied = deniedAfter(folded, q.end);
    if (denied === undefined) continue;
    if (held.has(denied)) return true;
    denial = true;
  }
  return denial && replacedInUnit(folded, known, ruleId, qs) !== undefined;
}

/**
 * "my sea time is 1000 days not 3 years": a value held, taken back in a unit of its own (3 years is
 * the 1,080 days held), and the value said in its place: that fact, corrected (never the answer to
 * another question waiting, nor a sum of the two).
 */
function replacedInUnit(
  folded: string,
  known: Readonly<Record<string, unknown>>,
  ruleId: string,
  qs: readonly Quantity[] = findQuantities(folded),
): FactFound | undefined {
  for (const q of qs) {
    const denied = deniedAfter(folded, q.end);
    const back = denied === undefined ? undefined : qs.find((d) => d.start >= q.end && d.value === denied);
    // ("36 months not 30": the value taken back in the unit of the one said in its place.)
    const backUnit = back?.unit ?? q.unit;
    if (!back || backUnit === undefined || q.unit === undefined) continue;
    const fact = ruleFacts(ruleId).find((f) => {
      const was = known[f.questionKey];
      return typeof was === 'number' && convert(back.value, backUnit, f.unit) === was;
    });
    const value = fact ? convert(q.value, q.unit, fact.unit) : undefined;
    if (fact && value !== undefined) return { key: fact.questionKey, value, start: q.start, end: q.end };
  }
  return undefined;
}
/**
 * "earlier i said 45 days, it was 54 actually": a value held (of any rule's fact, the one fact that
 * holds it), said again with its unit, then right after it the value meant: that fact, corrected.
 */
function restatedThenMeant(folded: string, known: Readonly<Record<string, unknown>>): FactFound | undefined {
  const qs = findQuantities(folded);
  for (const [i, q] of qs.entries()) {
    const next = qs[i + 1];
    if (q.unit === undefined || !next || next.start - q.end > RESTATED_GAP || (next.unit ?? q.unit) !== q.unit)
      continue;
    const held = ALL_FACTS.filter((f) => {
      const was = known[f.questionKey];
      return typeof was === 'number' && convert(q.value, q.unit, f.unit) === was;
    });
    const [fact] = held;
    const value = fact && held.length === 1 ? convert(next.value, q.unit, fact.unit) : undefined;
    if (fact && value !== undefined && value !== known[fact.questionKey])
      return { key: fact.questionKey, value, start: next.start, end: next.end };
  }
  return undefined;
}
/** Most characters between a value held said again and the value meant ("45 days, it was 54"). */
const RESTATED_GAP = 16;
const ALL_RIGHT = wholePhrases(ALL_RIGHT_WORDS);
const SPLIT_PART_NAMED = wholePhrases(SPLIT_PART_NAMED_WORDS);
const RENEWAL_NAMED = wholePhrases(RENEWAL_NAMED_WORDS);
/** The date facts a time moves («3 veker seinare», "postpone the audit 3 weeks"). */
const DATE_KEYS: ReadonlySet<string> = new Set(ALL_FACTS.filter((f) => f.type === 'date').map((f) => f.questionKey));
/** Most words of a question opening with «og», "and" that is a what-if by its opening alone. */
const ELLIPTIC_WHAT_IF_WORDS = 8;
/** A name of two to four words, then a date (the date of birth), and nothing more. */
/** The labels of a date of birth as written and folded («født», «fodt», "born", «f.»). */
const BIRTH_LABELS = (() => {
  const labels = FACT_LABELS.seafarerBirthDate?.before ?? [];
  return [...new Set([...labels, ...labels.map(fold)])].map(escapeRegExp).join('|');
})();
const NAME_THEN_DATE = new RegExp(
  `^\\s*([\\p{L}'’-]+(?:[ \\t]+[\\p{L}'’-]+){1,3})[ \\t]*,?[ \\t]*(?:(?:${BIRTH_LABELS})[ \\t]*:?[ \\t]*)?(\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4})\\s*[.!]?\\s*$`,
  'iu',
);
/** "Piotr Lewandowski 11.11.1987": the name and the date of birth (before today), or undefined. */
function nameThenDate(
  read: string,
  today: string,
): { name: string; iso: string; start: number; end: number } | undefined {
  const m = NAME_THEN_DATE.exec(read);
  const name = m?.[1]?.trim();
  const dateText = m?.[2];
  if (!m || !name || !dateText) return undefined;
  const iso = parseDateAnswer(dateText, today);
  if (iso === undefined || iso >= today) return undefined;
  const start = read.indexOf(dateText);
  return { name, iso, start, end: start + dateText.length };
}
/**
 * «fartstidsattest til matros: Ali Khan 05.05.1995, lettmatros, …»: in a pasted confirmation, a
 * capitalised name of two to four words right before a date at least MIN_BIRTH_YEARS before today is
 * the seafarer with their date of birth (case-sensitive: names are capitalised).
 */
const NAME_BESIDE_DATE =
  /(?<![\p{L}])([A-ZÆØÅ][\p{L}'’-]+(?:[ \t]+[A-ZÆØÅ][\p{L}'’-]+){1,3})[ \t]*[,(]?[ \t]*(\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})(?![\d])/gu;
/** The youngest a seafarer whose sea time is confirmed can be, in whole years (a date later is no birth). */
const MIN_BIRTH_YEARS = 14;
function nameBesideBirth(
  read: string,
  today: string,
): { name: string; iso: string; start: number; end: number; dateStart: number } | undefined {
  const latest = `${Number(today.slice(0, 4)) - MIN_BIRTH_YEARS}${today.slice(4)}`;
  for (const m of matchesOf(NAME_BESIDE_DATE, read)) {
    const name = m[1]?.trim();
    const dateText = m[2];
    const iso = dateText ? parseDateAnswer(dateText, today) : undefined;
    if (!name || !dateText || iso === undefined || iso > latest) continue;
    const dateStart = m.index + m[0].length - dateText.length;
    return { name, iso, start: m.index, end: m.index + m[0].length, dateStart };
  }
  return undefined;
}
/** A time unit, then "as"/«som» right before a position: where the time was served ("months as vaktoffiser"). */
const TIME_SERVED_AS = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.weeks, ...UNIT_WORDS.days])}) (?:as an?|as|som|sum) ?$`,
  'u',
);
/** Time said to be on another vessel ("on the second boat", «på den andre båten»): added to the time given. */
const ON_ANOTHER_VESSEL = wholePhrases(MORE_WORDS.onAnotherVessel);
/** One of several vessels named ("the second boat", «båt B»): where one part of a sum was served. */
const ANOTHER_VESSEL = wholePhrases(MORE_WORDS.anotherVesselNamed);
/**
 * "and if the second boat was only 300 hours?" after hours on two boats: the hours of one part of a
 * sum whose parts are not kept. They are never the whole total; the total is left as it was.
 */
function partOfSumLeft(
  facts: FactFound[],
  change: Change | undefined,
  folded: string,
  known: Readonly<Record<string, unknown>>,
): { facts: FactFound[]; change: Change | undefined } {
  /** `facts` and `change` without the facts of `keys`. */
  const without = (keys: ReadonlySet<string>) => {
    const kept = change?.facts.filter((f) => !keys.has(f.key));
    return {
      facts: facts.filter((f) => !keys.has(f.key)),
      change: change && kept && (kept.length > 0 || change.forget) ? { ...change, facts: kept } : undefined,
    };
  };
  // («i tillegg var eg om bord 1. mai til 30. juni … kor mykje blir det til saman?» after another
  // period: a second period added to the first, whose sum is not kept: the fallback, never the
  // second alone as the whole.)
  if (
    typeof known.periodFrom === 'string' &&
    facts.some((f) => f.key === 'periodFrom' && f.value !== known.periodFrom) &&
    PERIOD_ADDED.test(folded)
  )
    return without(new Set([...SUM_KEYS, ...PERIOD_KEYS]));
  if (typeof known.totalHours !== 'number' || addedSpan(folded)) return { facts, change };
  // ("what if it was 60 days at 12 h instead of 50?" after "100 days at 8 hours and 50 days at 12
  // hours": a value taken back that the case holds nowhere was one part's.)
  const sumChanged = change?.facts.some((f) => SUM_KEYS.has(f.key)) === true;
  const partTakenBack =
    sumChanged &&
    matchesOf(TAKEN_BACK_NUMBER, folded).some(
      (m) => !Object.values(known).includes(Number((m[1] ?? '').replace(',', '.'))),
    );
  return partTakenBack || ANOTHER_VESSEL.test(folded) ? without(SUM_KEYS) : { facts, change };
}
/** A period's own dates. */
const PERIOD_KEYS: ReadonlySet<string> = new Set(['periodFrom', 'periodTo']);
/** A time said to come on top of the one given («i tillegg», "in addition", «til saman», "in total"). */
const PERIOD_ADDED =
  /(?<![a-z])(?:i tillegg|in addition|additionally|til saman|tilsaman|til sammen|tilsammen|in total|altogether|i alt|totalt|total|both periods|begge periodane|begge periodene)(?![a-z])/;
/** The sea-time facts a sum of parts is made of. */
const SUM_KEYS: ReadonlySet<string> = new Set(['totalHours', 'days', 'hoursPerDay']);
/** A number taken back ("instead of 50", «i staden for 50»): TAKEN_BACK_WORDS, then the number. */
const TAKEN_BACK_NUMBER = new RegExp(
  `(?<![a-z])(?:${alternation(TAKEN_BACK_WORDS)}) (\\d+(?:[.,]\\d+)?)(?![0-9])`,
  'g',
);

/** Which of the facts just said holds, asked at the end ("which counts?", «gjeld det?»). */
const FACT_JUDGED = new RegExp(`[,.;:] *(?:(?:so|og|and|men|but) )?(?:${alternation(FACT_JUDGED_WORDS)}) *[?!.]* *$`);
/** "what else?", «hva mer?» alone (WHAT_ELSE_WORDS): what more the rule at hand needs. */
const WHAT_ELSE = new RegExp(`^ *(?:(?:og|and|ok|so|sa)[ ,]+)?(?:${alternation(WHAT_ELSE_WORDS)})[ ?!.]*$`);
/** "how many more?", «kor mange fleire treng eg?» (HOW_MUCH_MORE_WORDS), as the opening of a short message. */
const HOW_MUCH_MORE = new RegExp(
  `^(?:(?:og|and|ok|so|sa) )?(?:${alternation(HOW_MUCH_MORE_WORDS.map(fold))})(?![a-z])`,
);
/** The time still to go, asked anywhere in a message (MORE_TO_GO_WORDS). */
const MORE_TO_GO = wholePhrases(MORE_TO_GO_WORDS);
/** Most words of such a follow-up ("how many more months do I need then?"). */
const HOW_MUCH_MORE_MAX_WORDS = 8;
/** "double the days", «dobbelt så mange timar»: the doubling word, then the unit of the amount doubled. */
const DOUBLED = new RegExp(
  `(?<![a-z])(?:${alternation(DOUBLED_WORDS.twice)})(?: (?:${alternation(DOUBLED_WORDS.between)}))? (${alternation([...UNIT_WORDS.days, ...UNIT_WORDS.hours, ...UNIT_WORDS.months])})(?![a-z])`,
);
/**
 * The known amount of rule `ruleId` in the unit the doubling names, twice (one fact of that unit
 * known, else none: which is meant is not clear).
 */
function doubledFacts(folded: string, ruleId: string, known: Readonly<Record<string, unknown>>): FactFound[] {
  const m = DOUBLED.exec(folded);
  if (!m?.[1]) return [];
  const said = m[1];
  const unit = UNIT_WORDS.days.includes(said) ? 'days' : UNIT_WORDS.hours.includes(said) ? 'hours' : 'months';
  const facts = ruleFacts(ruleId).filter((f) => f.unit === unit && typeof known[f.questionKey] === 'number');
  const [only] = facts;
  return facts.length === 1 && only
    ? [
        {
          key: only.questionKey,
          value: (known[only.questionKey] as number) * 2,
          start: m.index,
          end: m.index + m[0].length,
        },
      ]
    : [];
}
/** How far before a date its label is looked for. */
const LABEL_REACH = 60;
/** One short question ending in a pronoun that points back (see `Understanding.pointsBack`). */
const pointsBackOnly = (folded: string, questions: readonly Question[]): boolean =>
  questions.length === 1 &&
  words(folded).length <= FOLLOW_UP_WORDS &&
  ENDS_POINTING_BACK.test(fold(questions[0]?.text ?? ''));
/** Most words before a question asked aside that are no statements of their own ("ok,", «takk. »). */
const STATED_BEFORE_WORDS = 2;
/** Most words of a question beside an answer that, without the answer, asks nothing of its own («trengst det noko meir»). */
const ASKS_NOTHING_WORDS = 5;
/** Most words of a reply that only says all is right. */
const ALL_RIGHT_MAX_WORDS = 8;
/** A time to come said after a decision (FUTURE_WHAT_IF_WORDS). */
const FUTURE_SAID = wholePhrases(FUTURE_WHAT_IF_WORDS);

/** True when rule `ruleId` takes the age at a certificate's issue and not the age today. */
const takesAgeAtIssueOnly = (ruleId: string): boolean =>
  ruleFact(ruleId, 'ageAtIssue') !== undefined && ruleFact(ruleId, 'age') === undefined;

/** A question that opens asking what something is ("what is the API …?", «hva er …», «kva er …»). */
/** Right before a value a question quotes (see QUOTED_BEFORE_WORDS): two words may stand between. */
const QUOTED_BEFORE = new RegExp(`(?<![a-z0-9])(?:${alternation(QUOTED_BEFORE_WORDS.map(fold))})(?: [a-z]+){0,2} ?$`);
const QUOTED_NUMBER_BEFORE = new RegExp(
  `(?<![a-z0-9])(?:${alternation(QUOTED_NUMBER_BEFORE_WORDS.map(fold))})(?: [a-z]+){0,2} ?$`,
);
/** Right after a value a question quotes; a short word (a unit or «L») may stand between. */
const QUOTED_AFTER = new RegExp(`^ ?(?:[a-z]{1,3} )?(?:${alternation(QUOTED_AFTER_WORDS.map(fold))})(?![a-z0-9])`);
/** How far before a value its quoting words are read. */
const QUOTED_LOOK = 40;

/** The vessel sizes (gross tonnage, lengths). */
const VESSEL_SIZE_KEYS: ReadonlySet<string> = new Set(['grossTonnage', 'lengthL', 'lengthOverall']);
/** Between a vessel's type and its size («lastebåt på 50 BT», "cargo ship of 50 GT"), or a size and the type. */
const TYPE_THEN_SIZE = new RegExp(`^[ ,]*(?:(?:${alternation(TYPE_SIZE_LINK_WORDS)})[ ,]+)?$`);
const SIZE_THEN_TYPE = /^[ -]*$/;

/** True when `f` is the size of a vessel whose type is named right beside it: the case asked about. */
function describesVessel(
  folded: string,
  f: { start: number; end: number; key?: string },
  found: readonly { start: number; end: number; key: string }[],
): boolean {
  if (!f.key || !VESSEL_SIZE_KEYS.has(f.key)) return false;
  return found.some(
    (v) =>
      v.key === 'vesselType' &&
      ((v.end <= f.start && TYPE_THEN_SIZE.test(folded.slice(v.end, f.start))) ||
        (f.end <= v.start && SIZE_THEN_TYPE.test(folded.slice(f.end, v.start)))),
  );
}

const WHAT_IS =
  /^(?:(?:and|og|but|men|ok|okay)[ ,]+)?(?:what is|what's|whats|what are|hva er|hvad er|kva er|ka er)(?![a-z])/;

/** The ages of a person, and the least that can be one of a seafarer (anything less is another number). */
const AGE_KEYS: ReadonlySet<string> = new Set(['age', 'ageAtIssue']);
/** Facts that settle the days worked (or the hours): a time's calendar days are then not offered. */
const SPAN_SETTLED: ReadonlySet<string> = new Set(['days', 'periodFrom', 'totalHours']);
const MIN_AGE = 12;

/** Fewest words of a question, asked while a name or other text is asked, that is no such text. */
const MIN_TEXT_QUESTION_WORDS = 4;

/** A line of a pasted form or document («Navn: Ola Nordmann», «Stilling: lettmatros»). */
const FIELD_LINE = /^[ \t]*[\p{L}][\p{L} ./()-]{0,30}:[ \t]*\S.*$/gmu;
/** Fewest words of their own a message must keep, besides pasted form lines, to be read for its language. */
const OWN_WORDS = 2;
/**
 * The message without the lines of a pasted form ("please check this fartstidsattest:\nNavn: …\n
 * Stilling: …"): the user's own words tell the language they want, not the document's (round 15).
 * When too little is left, the whole message.
 */
function ownWords(text: string): string {
  if (!text.includes('\n')) return text;
  const own = text.replace(FIELD_LINE, ' ');
  return words(fold(own)).length >= OWN_WORDS ? own : text;
}

/** Where character `i` of the folded text stands in the text as written (`from`: see `foldMapped`). */
const placeIn = (from: readonly number[], i: number): number => from[Math.min(i, from.length - 1)] ?? 0;

/** `understand` without its safety net (the property tests use this, so a reader bug shows). */
export function readMessage(text: string, context: UnderstandContext): Understanding {
  const asWritten = text.slice(0, MAX_UNDERSTOOD);
  const language = detectLanguage(ownWords(asWritten.slice(0, MAX_LANGUAGE)));
  // A citizen's e-mail pasted by support staff is read without the words around it.
  const read = withoutForwarding(asWritten);
  const locale = language?.locale;
  const ctx = { today: context.today, locale: locale ?? 'nb' };
  const known = context.known ?? {};
  const { folded: whole, from } = foldMapped(read);
  // The words of a request for another language are no fact and no answer: they are blanked.
  const request = languageRequestIn(whole);
  const languageAsked = request?.locale;
  const unrequested = request ? blanked(whole, request.start, request.end) : whole;
  const heard = request ? blanked(read, placeIn(from, request.start), placeIn(from, request.end - 1) + 1) : read;
  const parts = splitMessage(read.slice(0, 4 * MAX_CLASSIFIED));
  const isQuestion = parts.some((p) => p.asks);
  // The questions of a message that asks something, and the what-ifs after them («… med 9? Hva om vi
  // blir 12?»): those are read later, once the question is answered, so their values are no fact of
  // this message (a safe manning of 9 and of 12 would leave neither).
  const whatIfs: string[] = [];
  // "Is D6 valid on fishing vessel? please answer in norwegian, my skipper don't read english": the
  // sentence asking for a language (and why) is no statement about the question beside it.
  const requestAt = request ? placeIn(from, request.start) : -1;
  const requestPart = request ? parts.find((p) => !p.asks && p.start <= requestAt && requestAt < p.end) : undefined;
  const questionsAsked =
    isQuestion && read.trim() && !context.pending
      ? requestPart
        ? questionsOf(
            blanked(read, requestPart.start, requestPart.end),
            parts.filter((p) => p !== requestPart),
            ctx.locale,
            whatIfs,
          )
        : request
          ? // "and in english: our cook is 17, ok?": the question without the words asking for a language.
            questionsOf(heard, splitMessage(heard.slice(0, 4 * MAX_CLASSIFIED)), ctx.locale, whatIfs)
          : questionsOf(read, parts, ctx.locale, whatIfs)
      : undefined;
  const folded = whatIfs.reduce((text, w) => {
    const at = text.lastIndexOf(fold(w));
    return at < 0 ? text : blanked(text, at, at + fold(w).length);
  }, unrequested);
  const tokens = words(folded.slice(0, MAX_CLASSIFIED));
  const pendingKey = context.pending ? ruleFact(context.pending.ruleId, context.pending.fact)?.questionKey : undefined;
  const fromText = loneHoursAsPerDay(findFacts(folded, ALL_FACTS, ctx), folded, known, pendingKey, context.topic);
  // "oh wait, my doctor limited it to 1 year" after the date of issue was given: the expiry the doctor
  // set, never an age of 1 (facts.md: the doctor may set a shorter validity).
  const limited =
    (context.ruleId ?? context.pending?.ruleId) === 'health-certificate' &&
    typeof known.issueDate === 'string' &&
    !fromText.some((f) => f.key === 'issueDate' || f.key === 'expiryDate')
      ? doctorLimitedExpiry(folded, [{ key: 'issueDate', value: known.issueDate, start: 0, end: 0 }])
      : undefined;
  // "issc renewal 5 months early … expiry 1/9-26": the renewal verification that long before the expiry.
  const renewalAhead = renewalAheadOfExpiry(folded, fromText);
  const withAhead = renewalAhead ? [...fromText, renewalAhead] : fromText;
  const stated = limited ? [...withAhead, limited].sort((a, b) => a.start - b.start) : withAhead;
  // "what if he gets 3 more months on deck?" after a decision: the time added to what is known.
  // While a question waits too («hva om jeg får to måneder til på dekk?» when other practice is asked):
  // the time is added to the deck months known, never the deck months made 2.
  const addTo = context.ruleId ?? context.pending?.ruleId;
  const added = addTo
    ? addedFacts(folded.slice(0, MAX_CLASSIFIED), addTo, known, (t) => findFacts(t, ALL_FACTS, ctx))
    : [];
  // "and double the days?", «og dobbelt så mange dagar?» after a decision: the amount known, twice.
  if (added.length === 0 && context.ruleId && !context.pending)
    added.push(...doubledFacts(folded.slice(0, MAX_CLASSIFIED), context.ruleId, known));
  // «hva om vi gjør den en måned tidligere?» after a decision: the date known, moved.
  if (added.length === 0 && context.ruleId && !context.pending)
    added.push(...shiftedDateFacts(folded.slice(0, MAX_CLASSIFIED), context.ruleId, known));
  // "sorry, expiry is 2028 not 2027" after a decision: the date known in 2027, in 2028.
  // (So is a period's year while its days are asked: «nei vent, det var 2024 ikke 25».)
  const yearRule = context.ruleId && !context.pending ? context.ruleId : context.pending?.ruleId;
  if (added.length === 0 && yearRule)
    added.push(...yearCorrectedFacts(folded.slice(0, MAX_CLASSIFIED), yearRule, known, context.today));
  // «… vi skal øke til 10 fra nyttår» after a decision on a safe manning of 9: the count, changed.
  if (added.length === 0 && context.ruleId && !context.pending)
    added.push(...raisedToFacts(folded.slice(0, MAX_CLASSIFIED), context.ruleId, known));
  // "what if I do 20 more days?" where it is unclear what they add to: never 20 days of anything.
  const more = added.length === 0 && !context.pending && context.ruleId ? addedSpan(folded) : undefined;
  const foundAll = matrosTradeOf(
    addTo,
    folded,
    cookEducationOf(
      addTo,
      signerUnsettled(
        folded,
        twoVesselsLeft(
          folded,
          askersOwnLeft(
            folded,
            othersAgeLeft(
              folded,
              watchBoatFactsLeft(
                folded,
                newVesselOnly(
                  folded,
                  servedOnVesselLeft(folded, [
                    ...stated.filter(
                      (f) =>
                        !added.some((a) => a.key === f.key || (f.start < a.end && f.end > a.start)) &&
                        !(more && f.start < more.end && f.end > more.start),
                    ),
                    ...added,
                  ]),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // «gjelder grensen på 500 BT for alle lasteskip?», «hva betyr stor kystfart?»: a value a question
  // quotes as a limit, or asks the meaning of, is no fact of the user's and no answer to the question asked.
  const asking = parts.filter((p) => p.asks && endsWithQuestionMark(p.text));
  // "Does a smører need 6 months in the engine room?", "is it from 500 GT?": a question that checks a
  // rule and quotes one of its limits gives no value of the user's (quoted-limits.ts).
  const pendingUnit = context.pending ? ruleFact(context.pending.ruleId, context.pending.fact)?.unit : undefined;
  const quotesLimit = (
    part: string,
    f: { start: number; end: number; value?: unknown; key?: string; unit?: string | undefined },
  ) =>
    typeof f.value === 'number' &&
    checksRule(fold(part)) &&
    // «Trenger en norsk lastebåt på 50 BT …?», "does a 50 GT cargo ship need …?": the size of the
    // vessel asked about is the case, not a quoted limit.
    !describesVessel(folded, f, foundAll) &&
    isRuleLimit(f.value, f.key ? unitOfFact(f.key) : (f.unit ?? pendingUnit));
  const quoted = (f: { start: number; end: number; value?: unknown; key?: string; unit?: string | undefined }) => {
    const part = asking.find((p) => placeIn(from, f.start) >= p.start && placeIn(from, f.start) < p.end);
    if (!part) return false;
    const before = folded.slice(Math.max(0, f.start - QUOTED_LOOK), f.start);
    return (
      QUOTED_BEFORE.test(before) ||
      (typeof f.value === 'number' && QUOTED_NUMBER_BEFORE.test(before)) ||
      QUOTED_AFTER.test(folded.slice(f.end, f.end + QUOTED_LOOK)) ||
      quotesLimit(part.text, f)
    );
  };
  const quotes = asking.length === 0 ? [] : foundAll.filter(quoted);
  const found = withTargetAgain(
    withVerificationYear(
      withYearOfKnown(
        quotes.length === 0 ? foundAll : foundAll.filter((f) => !quotes.includes(f)),
        folded,
        known,
        ctx.today,
      ),
      folded,
      known,
      ctx.today,
    ),
    folded,
    known,
    context.ruleId ?? undefined,
  );
  let answer = context.pending ? answerTo(context.pending, heard, ctx.today, ctx.locale, known) : undefined;
  // («10 august» while the verification's date is asked, the expiry known: in the year before it.)
  // "what is the new expiry for 20.07.2027 exactly" while the expiry is asked, 20.07.2027 being the
  // verification's date: a date the case holds for another of the rule's dates is that one named
  // again, never the date asked.
  const dateAnswered = answer?.kind === 'value' && typeof answer.value === 'string' ? answer.value : undefined;
  if (
    dateAnswered !== undefined &&
    context.pending &&
    ruleFacts(context.pending.ruleId).some(
      (f) => f.type === 'date' && f.questionKey !== pendingKey && known[f.questionKey] === dateAnswered,
    )
  )
    answer = { kind: 'not-understood' };
  const answered = answer?.kind === 'value' ? answer.value : undefined;
  if (
    pendingKey === 'verificationDate' &&
    typeof answered === 'string' &&
    typeof known.expiryDate === 'string' &&
    findDates(folded, ctx.today, { yearless: true }).some((h) => h.yearInferred && h.iso === answered)
  )
    answer = { kind: 'value', value: verificationInExpiryYear(answered, known.expiryDate) ?? answered };
  // «hvor står det at maks er 14?», «kvifor treng han ikkje …?» while a fact is asked: a question why or
  // where it says so, never an answer (14 hours, "no") to the question asked.
  if (answer?.kind === 'value' && ASKS_WHY_OR_SOURCE.test(folded.trimStart())) answer = undefined;
  // «held det til 6 mnd?», "is it enough for 1 year?" while the days are asked: a target asked about,
  // never the days worked.
  if (answer?.kind === 'value' && ENOUGH_FOR.test(folded)) answer = undefined;
  // "how many months of 30 days is that" while the days are asked: a question of how many, never
  // the 30 it names as the answer.
  if (answer?.kind === 'value' && typeof answer.value === 'number' && HOW_MANY_ASKED.test(folded)) answer = undefined;
  // The numbers of a reply to a question asked (read only then): «60 timer per uke» is neither a day's
  // hours nor the total.
  const given = answer?.kind === 'value' ? answer.value : undefined;
  const quantities = context.pending ? findQuantities(folded.slice(0, MAX_CLASSIFIED), { words: true }) : [];
  if (
    typeof given === 'number' &&
    quantities.some((q) => q.value === given && !q.range && hoursOfWeekOrMonth(folded, q))
  )
    answer = { kind: 'not-understood' };
  // «båten er 3 m lengre eigentleg», "2 m til", «to fleire enn åtte», «45 BT før ombygginga, no 52»
  // while a number is asked: an amount said relative to another, or a sum, is no plain answer.
  const pendingNumber = context.pending ? ruleFact(context.pending.ruleId, context.pending.fact) : undefined;
  const unclearAmount =
    (pendingNumber?.type === 'number' || pendingNumber?.type === 'integer') &&
    (relativeAmount(folded) !== undefined ||
      ARITHMETIC_SUM.test(folded) ||
      (quantities.length >= 2 && ARITHMETIC_BETWEEN.test(folded)));
  // "the boat where I was OOW was 7 m" while the length overall is asked: the length of another boat.
  if (unclearAmount || (context.pending && answer?.kind === 'value' && namesWatchBoat(folded)))
    answer = { kind: 'not-understood' };
  // "I was sixteen then", "I'm seventeen" while a number is asked: a short reply with one number, in
  // words, is that number (a number in words is read as one only beside a unit, or alone, elsewhere).
  if (
    answer?.kind === 'not-understood' &&
    !unclearAmount &&
    (pendingNumber?.type === 'number' || pendingNumber?.type === 'integer') &&
    words(folded).length <= SHORT_WORDS_ANSWER &&
    !found.some((f) => f.key !== pendingNumber.questionKey)
  ) {
    const said = quantities.filter((q) => !q.range && Number.isFinite(q.value));
    const [one] = said;
    if (
      said.length === 1 &&
      one &&
      one.value >= 2 &&
      one.unit === undefined &&
      !/\d/.test(folded.slice(one.start, one.end)) &&
      !rejectedAt(folded, one.start)
    )
      answer = { kind: 'value', value: one.value };
  }
  // "not six months, only four", «har ikkje 6, berre 4»: the number taken back is no answer; the one
  // other number said is, when there is exactly one.
  // So is it when no number was read as the answer for the two said ("I don't have 12 months, only 9").
  const deniedAnswer =
    typeof given === 'number'
      ? quantities.some((q) => q.value === given && rejectedAt(folded, q.start))
      : answer?.kind === 'not-understood' &&
        (pendingNumber?.type === 'number' || pendingNumber?.type === 'integer') &&
        quantities.some((q) => rejectedAt(folded, q.start));
  if (deniedAnswer) {
    // («nei vent, det var 2024 ikke 25»: a year said against another is no amount.)
    const others = quantities.filter((q) => !q.range && !rejectedAt(folded, q.start) && !isYear(folded, q));
    const [other] = others;
    answer = others.length === 1 && other ? { kind: 'value', value: other.value } : { kind: 'not-understood' };
  }
  // "sorry, the period end was 30 April not 31 May" while the days worked are asked: a day of a date
  // is no count of days.
  const numberGiven = answer?.kind === 'value' && typeof answer.value === 'number' ? answer.value : undefined;
  if (numberGiven !== undefined && (pendingNumber?.type === 'number' || pendingNumber?.type === 'integer')) {
    const dated = findDates(folded.slice(0, MAX_CLASSIFIED), context.today, { yearless: true });
    const from = quantities.filter((q) => q.value === numberGiven);
    if (
      dated.length > 0 &&
      from.length > 0 &&
      from.every((q) => dated.some((h) => q.start >= h.start && q.end <= h.end))
    )
      answer = { kind: 'not-understood' };
  }
  // «må jeg være fylt 20 år?» while the age is asked: the number the question quotes is no answer.
  if (
    given !== undefined &&
    asking.length > 0 &&
    (quotes.some((f) => sameValue(f.value, given)) ||
      (typeof given === 'number' &&
        quantities.some(
          (q) =>
            (q.value === given || (pendingUnit && convert(q.value, q.unit, pendingUnit) === given)) &&
            !q.range &&
            quoted(q),
        )))
  )
    answer = { kind: 'not-understood' };
  answer = labelledOtherwise(answer, context.pending, found);
  // "18 months, but as matros, not OOW" while the months as OOW are asked: no answer, and no new
  // topic either (the statement is about the question asked, which is asked again).
  const deniedAnswerOf =
    answer?.kind === 'value' && typeof answer.value === 'number' && deniesAsked(context.pending, folded);
  if (deniedAnswerOf) answer = { kind: 'not-understood' };
  answer = saidOfAnother(answer, context.pending, folded, found);
  // "i am 16" said while the date of issue was asked, then «utstedt 14.07.2026»: the age at issue from
  // the age now, when the age rule makes it safe (age-at-issue.ts), instead of asking it.
  if (
    context.pending?.ruleId === 'health-certificate' &&
    pendingKey === 'issueDate' &&
    answer?.kind === 'value' &&
    typeof answer.value === 'string' &&
    typeof known.age === 'number' &&
    known.ageAtIssue === undefined &&
    !found.some((f) => f.key === 'ageAtIssue' || f.key === 'age')
  ) {
    const then = ageAtIssueFromAgeNow(known.age, { iso: answer.value }, context.today);
    if (then !== undefined) found.push({ key: 'ageAtIssue', value: then, start: 0, end: folded.length });
  }
  // "I'm seventeen" while the age at issue is asked, the date of issue known: the age then, when the
  // age rule makes it safe (both ages it can be on the same side of 18).
  const ageNow = found.find((f) => f.key === 'age' && typeof f.value === 'number');
  if (
    context.pending?.ruleId === 'health-certificate' &&
    pendingKey === 'ageAtIssue' &&
    answer?.kind !== 'value' &&
    ageNow &&
    typeof ageNow.value === 'number' &&
    typeof known.issueDate === 'string'
  ) {
    const then = ageAtIssueFromAgeNow(ageNow.value, { iso: known.issueDate }, context.today);
    if (then !== undefined) answer = { kind: 'value', value: then };
  }
  // «legen skrev 1 år på den» while the age at issue is asked: the 1 is the doctor's year, not an age.
  if (limited && answer?.kind === 'value' && answer.value === amountAt(folded, limited))
    answer = { kind: 'not-understood' };
  // «fra 10.06.2026 til 09.07.2026», «frå mars til juni» when the days worked are asked: the period's days.
  // (Not with a rotation said: «10 timers skift 7 on 7 off fra 1. mars i fjor til 1. mars i aar» worked
  // half the period's days.)
  const period =
    context.pending?.ruleId === 'sea-time' &&
    context.pending.fact === 'days' &&
    answer?.kind !== 'value' &&
    !rotationSaid(folded) &&
    // (A period only moved to another year says no more of the days worked than before.)
    !added.some((f) => f.key === 'periodFrom' || f.key === 'periodTo')
      ? (periodDays(found) ?? monthPeriodDays(folded, context.today))
      : undefined;
  if (period !== undefined) answer = { kind: 'value', value: period };
  // "what if I do 20 more days?" while the sea time is asked: a time on top of something, no answer.
  if (answer?.kind === 'value' && isQuestion && addedSpan(folded)) answer = { kind: 'not-understood' };
  // «glemte aa si at 3 av mnd var jeg dekksgutt» while the age is asked: the 3 is part of a time.
  if (answer?.kind === 'value' && typeof answer.value === 'number' && statesPart(folded))
    answer = { kind: 'not-understood' };
  // A reply of a few words that answers the question asked has nothing to route.
  const count = words(folded).length;
  const plainAnswer = answer?.kind === 'value' && !isQuestion && count <= SHORT_ANSWER;
  const asked = read.trim() && !plainAnswer ? (questionsAsked ?? questionsOf(read, parts, ctx.locale)) : [];
  // A short message that only asks for another language is courtesy, not a question to route.
  // «Kan du svare på norsk? Det er en fiskebåt»: the fact beside the request is heard all the same.
  // "sorry, english please: and what qualifications must he have?": a question of its own beside the
  // request is answered (in the language asked).
  const askedBeside =
    languageAsked !== undefined &&
    splitMessage(heard).some(
      (p) => p.asks && endsWithQuestionMark(p.text) && words(fold(p.text)).length >= LANGUAGE_BESIDE_WORDS,
    );
  const onlyLanguage =
    languageAsked !== undefined &&
    !askedBeside &&
    count <= MAX_LANGUAGE_REQUEST &&
    asked.every((q) => q.verdict.kind === 'out-of-scope') &&
    found.length === 0 &&
    answer?.kind !== 'value';
  // «Kan du svare på norsk? Det er 12 i sikkerhetsbemanningen»: the request is no question to route.
  const beyondRequest = (q: { text: string }): boolean => {
    const own = fold(q.text);
    const r = languageAsked ? languageRequestIn(own) : undefined;
    return !r || words(blanked(own, r.start, r.end)).length >= LANGUAGE_BESIDE_WORDS;
  };
  // «eg søkjer matros, trengst det noko meir?» while the certificate is asked: the answer, and a question
  // that without the answer's words asks nothing of its own (whether more is needed is the answer's
  // topic): the answer, never the topic its words name.
  const answerSaid =
    context.pending && answer?.kind === 'value'
      ? found.find((f) => f.key === pendingKey && sameValue(f.value, (answer as { value: unknown }).value))
      : undefined;
  const onlyWithAnswer = (q: Question): boolean => {
    if (!answerSaid || q.verdict.kind !== 'answer') return false;
    const said = folded.slice(answerSaid.start, answerSaid.end);
    const own = fold(q.text);
    if (said.trim().length === 0 || !own.includes(said)) return false;
    const rest = own.replace(said, ' ');
    // (Only a few words of its own, and no other fact: "og ein brønnbåt på 2000 BT?" names a vessel.)
    return (
      words(rest).length <= ASKS_NOTHING_WORDS &&
      !found.some((f) => f !== answerSaid && own.includes(folded.slice(f.start, f.end))) &&
      verdictFor(rest).kind !== 'answer'
    );
  };
  const beside = onlyLanguage
    ? []
    : (deniedAnswerOf ? asked.filter((q) => q.asks) : asked).filter((q) => beyondRequest(q) && !onlyWithAnswer(q));
  // "Hei, kan du svare på engelsk? I need to know if health certificate from 01.03.2025 is valid, I am
  // 35": with the request taken out, what is left is read as the message.
  const questions =
    beside.length === 0 && languageAsked !== undefined && !onlyLanguage && !plainAnswer && !context.pending
      ? questionsOf(heard, splitMessage(heard), ctx.locale).filter((q) => q.verdict.kind !== 'out-of-scope')
      : beside;
  // «og kollegaen min er 19?», "and our other boat is a fishing vessel?" after a decision: the same
  // question about another person or vessel, with the facts given for it.
  // («og Marte?» after Jonas's certificate was decided: another person, named.)
  const about =
    context.ruleId && !context.pending
      ? (otherSubject(folded) ?? (namedOther(read) ? 'person' : undefined))
      : undefined;
  // «14 da», "14 then" while a number is asked: the answer, said with "then" (a what-if names
  // another unit: "20 days then?" while the hours are asked).
  const answeredThen =
    answer?.kind === 'value' &&
    pendingNumber?.unit !== undefined &&
    amountThen(tokens) &&
    quantities.every((q) => q.unit === undefined || convert(q.value, q.unit, pendingNumber.unit) !== undefined);
  // («si 11 timer i snitt og 90 dager» while the days are asked is a reply, no correction.)
  const marker = about
    ? 'what-if'
    : answeredThen || (context.pending && usesValue(tokens))
      ? undefined
      : (changeMarker(tokens) ??
        (isQuestion && !context.pending && context.ruleId ? conditionalWhatIf(tokens) : undefined) ??
        // "and when I turn 20 in March?" after a decision supposes that age, as a what-if does.
        (isQuestion && !context.pending && context.ruleId && askedWhenTurning(folded) ? 'what-if' : undefined) ??
        // "I'll be 20 in March — then?", "next month I will have 12 months, then ok?"
        (isQuestion && !context.pending && context.ruleId && FUTURE_SAID.test(folded) ? 'what-if' : undefined) ??
        // «eg fyller 20 i morgon» after a decision on 19: the age to come supposed, as a what-if.
        // So is "I turn 20 in February 2027, what then?".
        // (While another fact is asked: «eg fyller 20 i mars, kva då?».)
        (context.ruleId && turnsFromKnownAge(folded, known) && (!context.pending || THEN_ASKED.test(folded))
          ? 'what-if'
          : undefined) ??
        // ("and 400 hours on the second boat, total?": time on another vessel is the case's own.)
        (added.length > 0 ? (ON_ANOTHER_VESSEL.test(folded) ? 'correction' : 'what-if') : undefined) ??
        // «om eitt år?», "in a year?" after a decision on an age: that age a year on.
        (context.ruleId && !context.pending && typeof known.age === 'number' && yearsAhead(folded)
          ? 'what-if'
          : undefined) ??
        (context.ruleId && deniesKnown(folded, known, context.ruleId) ? 'correction' : undefined));
  // «hva om den er 26 m?» while the length of the 22 m boat is asked: a value supposed, never the answer
  // (the question is asked again).
  // (Not "what about the cargo one 35 GT?": «hva med», "what about" name one of two, not a supposition.)
  if (context.pending && marker === 'what-if' && answer?.kind === 'value' && !WHAT_ABOUT.test(folded))
    answer = { kind: 'not-understood' };
  const ruleId = context.ruleId ?? context.pending?.ruleId;
  // "my sea time is 1000 days not 3 years" while the days after the diploma are asked: the sea time
  // held, corrected; the question waiting is asked again.
  const replaced =
    marker === 'correction'
      ? ((context.ruleId ? replacedInUnit(folded, known, context.ruleId) : undefined) ??
        restatedThenMeant(folded, known))
      : undefined;
  if (replaced && replaced.key !== pendingKey && !found.some((f) => f.key === replaced.key)) {
    found.push(replaced);
    answer = undefined;
  }
  // "what if I was 17?" about a certificate's validity supposes the age it was issued at.
  // «å nei, jeg fylte 18 i februar, så jeg var 18» after it was decided: the age then, corrected.
  if (
    ruleId &&
    takesAgeAtIssueOnly(ruleId) &&
    (marker === 'what-if' ||
      (!context.pending && Object.hasOwn(known, 'ageAtIssue') && AGE_THEN_SAID.test(folded)) ||
      // "no wait I am 18 actually" right after "I am 16" was the answer to the age at issue: the same
      // answer corrected, so the same fact (the age now was never given).
      (!context.pending &&
        marker === 'correction' &&
        context.lastAnswered === 'ageAtIssue' &&
        Object.hasOwn(known, 'ageAtIssue') &&
        (!Object.hasOwn(known, 'age') || known.age === known.ageAtIssue)))
  )
    for (const [i, f] of found.entries()) if (f.key === 'age') found[i] = { ...f, key: 'ageAtIssue' };
  // "what if the audit is on 01.03.2027?", «kva om revisjonen blir …» on the intermediate window: a
  // verification not named a renewal is the intermediate one (only a renewal gives a new expiry).
  if (context.ruleId === 'issc-validity')
    for (const [i, f] of found.entries())
      if (
        f.key === 'verificationDate' &&
        !RENEWAL_NAMED.test(folded.slice(Math.max(0, f.start - LABEL_REACH), f.start))
      )
        found[i] = { ...f, key: 'intermediateDate' };
  // «nei vent, eg er 18» after a health certificate decided with a date of issue: the age now,
  // corrected, is the age at issue only as far as the date tells (age-at-issue.ts); when it can be on
  // either side of 18, the age at issue is no longer known and is asked — never the age now taken for it.
  const atIssueOnly = ruleId !== undefined && ruleId !== null && takesAgeAtIssueOnly(ruleId);
  const ageState = { issueDate: known.issueDate, pending: Boolean(context.pending), pendingKey, today: context.today };
  const statedAt =
    atIssueOnly && !found.some((g) => g.key === 'ageAtIssue')
      ? found.findIndex((f) => f.key === 'age' && typeof f.value === 'number')
      : -1;
  const statedAge = found[statedAt];
  const statedThen = statedAge ? ageAtIssueAgain(statedAge.value as number, folded, ageState) : undefined;
  if (statedAge && typeof statedThen === 'number')
    found[statedAt] = { ...statedAge, key: 'ageAtIssue', value: statedThen };
  const ageNowUnsure = statedThen === 'unsure' ? statedAge : undefined;
  // A bare number changes a fact only in a marked message that does not simply answer the question
  // asked, or in a message of little more than the number after a decision («12», «45 BT?»).
  const pendingFact = context.pending ? ruleFact(context.pending.ruleId, context.pending.fact) : undefined;
  // «unnskyld, 7 måneder» while the days after the diploma are asked, after «5 mnd i webcadet»: a
  // marked correction whose value is near a fact already given, in its unit, corrects that fact; it
  // is no answer to the question asked.
  if (
    marker === 'correction' &&
    answer?.kind === 'value' &&
    typeof answer.value === 'number' &&
    pendingFact &&
    correctsNearKnown(ruleId, pendingFact, answer.value, known)
  )
    answer = undefined;
  const answersNumber = answer?.kind === 'value' && (pendingFact?.type === 'number' || pendingFact?.type === 'integer');
  const answersDate = answer?.kind === 'value' && pendingFact?.type === 'date';
  // «enn en på 40?» after a 60 GT cargo ship: a number read as some other rule's fact (an age) is,
  // in a marked message, the rule's own fact it fits; unless the question is about a topic whose
  // rules take that fact ("and if the cook is 17?" asks the cook's qualification).
  const ownKeys = new Set([
    ...(ruleId ? ruleFacts(ruleId).map((f) => f.questionKey) : []),
    ...asked.flatMap((q) => (q.verdict.kind === 'answer' ? [...topicFactKeys(q.verdict.topic)] : [])),
  ]);
  // A fact of no number («fartsområde 2», «D6») keeps its number: "what if it only sails in fartsomrade
  // 2?" after a cook's safe manning of 14 is no safe manning of 2.
  // ("what about crew 8?" after 400 GT: a number labelled as another rule's fact is that fact's, never the GT.)
  const claimed = marker
    ? found.filter((f) => ownKeys.has(f.key) || typeof f.value !== 'number' || labelledAsItself(folded, f))
    : found;
  // "sorry, OOW was on 7 m boats" after a D6 decision: the months as OOW no longer count as given.
  const shortWatch =
    ruleId !== undefined &&
    ruleId !== null &&
    (!context.pending || answer?.kind !== 'value') &&
    ruleFact(ruleId, 'monthsAsOfficerOfTheWatch') !== undefined &&
    watchServedOnShortBoat(folded);
  // «sorry, månadene var som matros, ikkje vaktoffiser», "those 12 months was as AB, not as officer":
  // the months as a watch officer no longer count as given; while they are asked, the number is no
  // answer (they are asked again).
  // So «det var maskinmånader, ikkje dekk», "those were deck months, not engine" for the ratings.
  const takenBack = ruleId ? takenBackKeys(folded, ruleId) : [];
  const watchTakenBack = takenBack.length > 0;
  if (watchTakenBack && context.pending && takenBack.includes(pendingKey ?? '') && answer?.kind === 'value')
    answer = { kind: 'not-understood' };
  const forgetWatch = watchTakenBack ? takenBack.filter((k) => Object.hasOwn(known, k) && k !== pendingKey) : [];
  // «neste måned har jeg seks måneder, holder det da?» while other practice is asked: the time to
  // come is a what-if, not the answer to the question asked.
  if (context.pending && FUTURE_SAID.test(folded) && answer?.kind === 'value') answer = { kind: 'not-understood' };
  // "I forgot, I turn 18 next week" while the date of issue is asked: the age to come is no age said,
  // and "next week" is when it comes, no date of issue.
  const turnsAt = turningIn(folded);
  // Nor is the age to come an answer to another number asked («enn når eg fyller 20 i mars?» while
  // the length overall is asked is no length of 20 m).
  if (
    turnsAt &&
    context.pending &&
    answer?.kind === 'value' &&
    (typeof answer.value === 'string' || !(pendingKey && AGE_KEYS.has(pendingKey)))
  )
    answer = { kind: 'not-understood' };
  // "wait, the period ended 15.05.2025 not 31.05" while the date of birth is asked: the period's end,
  // corrected, and no date of birth.
  const edgeSaid = pendingFact?.type === 'date' && answer?.kind === 'value' ? periodEdgeNamed(folded) : undefined;
  if (
    answer?.kind === 'value' &&
    typeof answer.value === 'string' &&
    edgeSaid &&
    edgeSaid !== pendingKey &&
    context.pending &&
    ruleFact(context.pending.ruleId, edgeSaid)
  ) {
    found.push({ key: edgeSaid, value: answer.value, start: 0, end: 0 });
    answer = { kind: 'not-understood' };
  }
  // Round 56 (english56): "and on 30.09.2026?" after a renewal's new expiry: a day "on" which is asked
  // about where the rule asks about none is a bare date of the case (the verification planned).
  // (A date written out only: «om to uker» is when, not a date of the case.)
  if (marker && ruleId && !ruleFact(ruleId, 'onDate'))
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      if (f?.key === 'onDate' && /\d/.test(folded.slice(f.start, f.end))) found.splice(i, 1);
    }
  // "sorry, the period end was 30 April": the day of a date is no bare number.
  const datesSaid = /\d/.test(folded)
    ? findDates(folded.slice(0, MAX_CLASSIFIED), context.today, { yearless: true })
    : [];
  const insideDate = (f: { start: number; end: number }) => datesSaid.some((h) => f.start >= h.start && f.end <= h.end);
  // «eg har framleis berre 10 månader» after «kva om eg hadde 13?»: a number of the case said again.
  const restating = !context.pending && STILL.test(folded);
  const bareAll = [
    ...((marker || restating || (!context.pending && (count <= 2 || count - approximations(folded) <= 2))) &&
    ruleId &&
    !answersNumber &&
    // ("why 10?", "why 1867?" after an answer: the number asked about, never a new value.)
    !WHY_NUMBER.test(folded)
      ? bareNumberFacts(
          folded.slice(0, MAX_CLASSIFIED),
          more ? [...claimed, { key: 'addedTime', value: 0, start: more.start, end: more.end }] : claimed,
          ruleId,
          known,
        ).filter(
          (f) =>
            !insideDate(f) &&
            !(turnsAt && f.start < turnsAt.end && f.end > turnsAt.start) &&
            // «50 av timane var på land»: a part of the amount known, never a new amount.
            !PART_OF_NEXT.test(folded.slice(f.end, f.end + 24)),
        )
      : []),
    ...(marker && ruleId && !answersDate
      ? bareDateFacts(folded.slice(0, MAX_CLASSIFIED), found, ruleId, known, context.today, marker === 'what-if')
      : []),
    // «15.03.2027» alone after the renewal window: the rule's one date not yet known.
    ...(!marker && !context.pending && context.ruleId && count <= SHORT_ANSWER
      ? openDateFacts(folded.slice(0, MAX_CLASSIFIED), found, context.ruleId, known, context.today)
      : []),
    ...(marker === 'correction' && ruleId && !shortWatch
      ? bareChoiceFacts(folded, count, found, ruleId, known, ctx)
      : []),
    ...((marker || ELLIPTIC.test(folded)) && ruleId && !context.pending
      ? restatedChoices(folded, count, found, ruleId, known, ctx)
      : []),
  ];
  // Round 56 (norsk56): «og om vi var 8 da?» after the cook's qualification, a safe manning of 12 known
  // beside it: "we" counted is the safe manning (never the cook's age), for the rule that takes it.
  const weCounted =
    marker === 'what-if' && ruleId && typeof known.safetyManning === 'number' && !ruleFact(ruleId, 'safetyManning')
      ? WE_COUNTED.exec(folded.slice(0, MAX_CLASSIFIED))
      : null;
  if (weCounted?.[1] !== undefined) {
    const at = weCounted.index + weCounted[0].length - weCounted[1].length;
    const counted = { key: 'safetyManning', value: Number(weCounted[1]), start: at, end: at + weCounted[1].length };
    bareAll.splice(0, bareAll.length, ...bareAll.filter((f) => f.end <= counted.start || f.start >= counted.end));
    bareAll.push(counted);
  }
  // "sorry, I meant 19" after "issued 1 Feb 2025, I am 17": the bare number corrects the age now the
  // user gave (the age at issue was only derived from it), so it is turned as that age was.
  const bareAge =
    !ageNowUnsure &&
    atIssueOnly &&
    !context.pending &&
    typeof known.age === 'number' &&
    !found.some((f) => AGE_KEYS.has(f.key))
      ? bareAll.find((f) => f.key === 'ageAtIssue' && typeof f.value === 'number')
      : undefined;
  const bareAgain = bareAge ? ageAtIssueAgain(bareAge.value as number, folded, ageState) : undefined;
  const bareThen = typeof bareAgain === 'number' ? bareAgain : undefined;
  const unsureAge = ageNowUnsure ?? (bareAgain === 'unsure' ? bareAge : undefined);
  // (The number of an age now that cannot tell the age at issue is no bare amount either.)
  const bare = bareAll.flatMap((f) =>
    unsureAge && f.start < unsureAge.end && f.end > unsureAge.start
      ? []
      : f === bareAge && bareThen !== undefined
        ? [{ ...f, value: bareThen }]
        : [f],
  );
  // «nei vent, det er 120» right after «119 dager etter vitnemålet», while the next question waits:
  // a marked bare number near the answer just given changes it; the question asked stays open.
  const redone =
    // (Never the age to come: «eg fyller 20 i mars, kva då?».)
    marker && context.pending && bare.length === 0 && found.length === 0 && !turnsAt
      ? lastAnswerChanged(folded.slice(0, MAX_CLASSIFIED), context.pending.ruleId, context.lastAnswered, known)
      : undefined;
  if (redone) answer = { kind: 'not-understood' };
  const instead = marker === 'what-if' ? reportedInstead(folded, found, known) : undefined;
  // «nei, hun fyller 18 først neste uke» after a decision on the cook's age: 17 now; "what if he turns
  // 18 next month?" about a health certificate issued at 17 changes nothing (17 when it was issued).
  // So is "and when I turn 20?" while another fact of the case is asked: the age to come is supposed.
  const turning =
    ruleId &&
    (!context.pending ||
      (turnsAt && ((marker === 'what-if' && reachedWhen(folded, turnsAt.start)) || THEN_ASKED.test(folded))))
      ? turnsAt
      : undefined;
  const turningAge =
    turning === undefined
      ? undefined
      : ownKeys.has('age')
        ? {
            key: 'age',
            value:
              turning.value +
              (marker === 'what-if' &&
              (reachedWhen(folded, turning.start) ||
                // "I'll be 20 in March — then?", «eg fyller 20 i morgon»: the age to come, asked about.
                // ("I turn 20 in February 2027, what then?" after a decision on 19, too: asked for then.)
                (known.age === turning.value && (FUTURE_SAID.test(folded) || !isQuestion || THEN_ASKED.test(folded))))
                ? 1
                : 0),
          }
        : ownKeys.has('ageAtIssue') && typeof known.issueDate === 'string'
          ? { key: 'ageAtIssue', value: ageAtIssueFromAgeNow(turning.value, { iso: known.issueDate }, context.today) }
          : undefined;
  // («… i morgen, så han er 18 når han mønstrer på»: an age said outright, outside the turning, wins.)
  const outright = found.some(
    (f) =>
      (f.key === 'age' || f.key === 'ageAtIssue') && (!turning || f.end <= turning.start || f.start >= turning.end),
  );
  // "sorry the vessel is 14 m" after a first D5/D4/D3 decided on training days: none of them were on
  // a ship of 15 m or more (seed 004), so they count as none.
  // So while another fact is asked, when the message corrects and answers nothing ("sorry, the boats
  // were 13 m LOA").
  const small =
    ruleId === 'deck-officer-first-issue' && (!context.pending || (marker === 'correction' && answer?.kind !== 'value'))
      ? uncountedShipIn(folded)
      : undefined;
  if (small)
    for (const key of DAYS_ON_LARGE_SHIPS)
      if (typeof known[key] === 'number' && (known[key] as number) > 0 && !found.some((f) => f.key === key))
        bare.push({ key, value: 0, start: small.start, end: small.end });
  const ahead =
    !turning && marker === 'what-if' && !context.pending && typeof known.age === 'number' && ownKeys.has('age')
      ? yearsAhead(folded)
      : undefined;
  // An age said in an earlier turn to be about to be reached, the age known still one less.
  const ageAwaited =
    !turnsAt &&
    ruleId &&
    ownKeys.has('age') &&
    !context.pending &&
    typeof context.ageToCome === 'number' &&
    known.age === context.ageToCome - 1;
  // "and after January?" a turn after "I turn 20 in January" (19 now, decided on 19): asked for then.
  const cameAge =
    ageAwaited && !ahead && count <= AFTER_TURNING_MAX_WORDS && found.length === 0 && bare.length === 0
      ? AFTER_TURNING.exec(folded)
      : null;
  // "and in April?" after "I turn 20 in March": a month after the one it is reached in.
  const inMonth =
    ageAwaited && !cameAge && typeof context.ageToComeMonth === 'number' ? inMonthAsked(folded) : undefined;
  const cameAgeFact = cameAge
    ? { key: 'age', value: context.ageToCome as number, start: cameAge.index, end: cameAge.index + cameAge[0].length }
    : inMonth && monthAfter(inMonth.month, context.ageToComeMonth as number, context.today)
      ? { key: 'age', value: context.ageToCome as number, start: inMonth.start, end: inMonth.end }
      : undefined;
  // "I will turn 20 in March 2027, … master rights now?" in a first message: the age now, one less.
  const firstTurning =
    !ruleId && turnsAt && !found.some((f) => AGE_KEYS.has(f.key))
      ? { key: 'age', value: turnsAt.value, start: turnsAt.start, end: turnsAt.end }
      : undefined;
  // "what if he is 2 years younger?" after a decision on an age: the age known, shifted.
  const shifted =
    !ahead && !turning && !context.pending && typeof known.age === 'number' && ownKeys.has('age')
      ? ageShift(folded)
      : undefined;
  const shift = ahead ?? shifted;
  // (Its number is no bare amount, nor a relative one: the age, that many years on.)
  const aheadAge =
    shift && !found.some((f) => f.key === 'age' && !(f.start < shift.end && f.end > shift.start))
      ? { key: 'age', value: (known.age as number) + shift.years, start: shift.start, end: shift.end }
      : undefined;
  if (aheadAge)
    for (let i = bare.length - 1; i >= 0; i--) {
      const b = bare[i];
      if (b && b.start < aheadAge.end && b.end > aheadAge.start) bare.splice(i, 1);
    }
  if (turning && turningAge?.value !== undefined && !outright) {
    // Its number is the age to be reached, no bare amount of its own.
    for (let i = bare.length - 1; i >= 0; i--) {
      const b = bare[i];
      if (b && b.start < turning.end && b.end > turning.start) bare.splice(i, 1);
    }
    bare.push({ key: turningAge.key, value: turningAge.value, start: turning.start, end: turning.end });
  }
  const kept = found.filter(
    (f) =>
      !(turning && (f.key === 'age' || f.key === 'ageAtIssue') && f.start < turning.end && f.end > turning.start) &&
      (ownKeys.has(f.key) || !bare.some((b) => b.start < f.end && b.end > f.start)),
  );
  // «20 mnd, men bare 8 av dem etter at jeg fikk D4», "men 1 av dem var i maskin": a part of a time.
  // No seafarer is under MIN_AGE: "what if the doctor wrote only 1 year?" states no age of 1.
  // "correction: 150 of those days was 12 h and 50 days was 6 h": the parts together (2,100 hours over
  // 200 days), never one part's days with the other's hours.
  const timeRule =
    ruleId ??
    (asked.some((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'seatime.calculate')
      ? 'sea-time'
      : undefined);
  // "correction: the 8 h part was 60 days" after parts summed into a total: the parts themselves are
  // not held, so one of them cannot be changed; its numbers are never the whole time's days and hours.
  const partOfSplit =
    timeRule === 'sea-time' &&
    typeof known.totalHours === 'number' &&
    known.hoursPerDay === undefined &&
    SPLIT_PART_NAMED.test(folded);
  const split =
    timeRule === 'sea-time'
      ? splitSeaTime(folded.slice(0, MAX_CLASSIFIED), context.pending ? {} : known, context.today)
      : undefined;
  // (Only in a conversation with a case: «… pluss 2 timer vedlikehold» in a first message is an amount.)
  const relative = context.ruleId || context.pending ? relativeAmount(folded.slice(0, MAX_CLASSIFIED)) : undefined;
  const addedKeys = new Set(added.map((f) => f.key));
  // "what if only 4 days a week?" after 90 days worked: days a week are no count of the days worked.
  const daysAWeek =
    typeof known.days === 'number' && [...found, ...bare].some((f) => f.key === 'days' && daysOfWeek(folded, f.end));
  // "what if the rib was 8.5 m LOA" after a time served on a 7 m rib: that boat's length, never the
  // vessel's; whether the time counts is asked again.
  const ofServiceBoatSaid = (f: FactFound) =>
    LENGTH_KEYS.has(f.key) && SERVICE_BOAT_BEFORE.test(folded.slice(Math.max(0, f.start - 30), f.start));
  const boatLengthSaid =
    ruleId !== null &&
    ruleId !== undefined &&
    ruleFact(ruleId, 'monthsAsOfficerOfTheWatch') !== undefined &&
    [...found, ...bare].some(ofServiceBoatSaid);
  const facts = withParts(
    folded.slice(0, MAX_CLASSIFIED),
    [...kept, ...bare, ...(redone ? [redone] : []), ...(instead ? [instead] : [])].sort((a, b) => a.start - b.start),
    ruleId ?? undefined,
    known,
    context.lastAnswered,
  )
    .filter((f) => !(AGE_KEYS.has(f.key) && typeof f.value === 'number' && f.value < MIN_AGE))
    .filter((f) => !(daysAWeek && f.key === 'days'))
    .filter((f) => !(boatLengthSaid && ofServiceBoatSaid(f)))
    .filter((f) => !((split || partOfSplit) && SPLIT_KEYS.has(f.key)))
    // (Nor is a fact read from such an unclear reply: «45 BT før ombygginga, no 52».)
    .filter((f) => !(unclearAmount && f.key === pendingKey))
    // «båten er 3 m lengre eigentleg»: a number said relative to another is no bare fact (no «fartsområde 3»).
    .filter((f) => !(relative && !addedKeys.has(f.key) && f.start < relative.end && f.end > relative.start))
    .concat(aheadAge ? [aheadAge] : [])
    .concat(cameAgeFact ? [cameAgeFact] : [])
    .concat(firstTurning ? [firstTurning] : [])
    .concat(
      split
        ? [
            ...(split.days === undefined
              ? []
              : [{ key: 'days', value: split.days, start: split.start, end: split.end }]),
            { key: 'totalHours', value: split.hours, start: split.start, end: split.end },
          ]
        : [],
    );
  // "smorer: 7 months in engine room in Klaipeda ship repair yard": time at a yard is no service on
  // board (§ 77 counts workshop practice only as it may); the months are asked.
  // Only the time the yard is said of: "4 months in engine room and 3 months mechanical workshop
  // apprentice" keeps the engine-room months (the workshop is the next time's).
  if (YARD_SAID.test(folded))
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i];
      if (!f || !SERVICE_ON_BOARD.has(f.key)) continue;
      const next = folded.slice(f.end).search(/\d/);
      if (YARD_SAID.test(folded.slice(f.end, next < 0 ? undefined : f.end + next))) facts.splice(i, 1);
    }
  // "12 months OOW on a 10 m (LOA) boat … cargo ship L 20 m": a length overall shorter than the length
  // (L) said beside it is never the same vessel's (facts.md «Lengths»), so it is left out (asked if needed).
  const loa = facts.find((f) => f.key === 'lengthOverall');
  const lengthL = facts.find((f) => f.key === 'lengthL');
  if (loa && lengthL && typeof loa.value === 'number' && typeof lengthL.value === 'number' && loa.value < lengthL.value)
    facts.splice(facts.indexOf(loa), 1);
  // "if I work 12 hours a day, how many days more?" after 1200 hours had and 360 days wanted: the hours
  // a day are those of the days to come; the hours had stay (never the days for all 360 at 12 hours).
  // («og hvis jeg jobber 12 timer fremover?» after 60 days at 10 hours: the 600 hours had stay.)
  const hoursHad =
    typeof known.totalHours === 'number'
      ? known.totalHours
      : typeof known.days === 'number' && typeof known.hoursPerDay === 'number'
        ? known.days * known.hoursPerDay
        : undefined;
  const hoursToCome =
    !context.pending &&
    hoursHad !== undefined &&
    typeof known.targetDays === 'number' &&
    facts.some((f) => f.key === 'hoursPerDay') &&
    !facts.some((f) => f.key === 'days' || f.key === 'totalHours') &&
    MORE_TO_GO.test(folded);
  if (hoursToCome) facts.push({ key: 'totalHours', value: hoursHad, start: 0, end: 0 });
  // "oh the doctor limited it to 1 year" after a health certificate's answer: a statement that only
  // adds facts of the rule just decided is a late remark; the rule decides again with them.
  const ownFacts = context.ruleId ? ruleFacts(context.ruleId).map((f) => f.questionKey) : [];
  const lateRemark =
    !marker &&
    !isQuestion &&
    !context.pending &&
    facts.length > 0 &&
    // («sikkerhetsbemanningen er 6» after a cook's qualification: the safe manning read as the crew too)
    facts.every(
      (f) =>
        ownFacts.includes(f.key) ||
        facts.some((g) => ownFacts.includes(g.key) && g.start === f.start && g.end === f.end),
    ) &&
    facts.some((f) => !Object.hasOwn(known, f.key))
      ? changeOf('correction', facts, known)
      : undefined;
  const plainChange = withSameAmounts(
    changeOf(marker, facts, known, isQuestion ? 'what-if' : 'correction') ??
      (lateRemark && { ...lateRemark, marked: false }),
    known,
    folded,
  );
  // «og et passasjerskip på 10 meter?» after a fishing vessel: a short question opening with «og»,
  // "and", "what about" that changes the case is a what-if as surely as «hva om …».
  const plain =
    plainChange?.kind === 'what-if' &&
    !plainChange.marked &&
    isQuestion &&
    !context.pending &&
    count <= ELLIPTIC_WHAT_IF_WORDS &&
    ELLIPTIC.test(folded) &&
    // ("and to be maskinpasser later?" after smører is read as that topic: it goes there.)
    !asked.some((q) => q.verdict.kind === 'answer' && q.verdict.topic !== context.topic)
      ? { ...plainChange, marked: true }
      : plainChange;
  // "what if one of them is the cook himself, do we then count 9?": words that take the question
  // outside the topic at hand (OUTSIDE_TOPIC_WORDS) make it no what-if of the case decided.
  // ("what if we postpone the audit 3 weeks?" moves the date known by a time: the case at hand.)
  const outsideHere =
    plain?.kind === 'what-if' &&
    context.topic &&
    !(added.length > 0 && added.every((f) => DATE_KEYS.has(f.key))) &&
    outsideTopic(context.topic, folded);
  // («og Marte?» names another person and no fact of theirs: the case is hers, its person facts asked.)
  const told = outsideHere
    ? undefined
    : plain && about
      ? { ...plain, about }
      : !plain && about && namedOther(read)
        ? {
            kind: 'what-if' as const,
            marked: true,
            facts: [],
            about,
            forget: Object.keys(known).filter((k) => PERSON_KEYS.has(k)),
          }
        : plain;
  // "sorry, the period ended 30.06.2026": the days worked in the old period are not those of the new
  // one; they are asked again (with the new period's days offered).
  const periodMoved =
    told?.facts.some((f) => f.key === 'periodFrom' || f.key === 'periodTo') &&
    !told.facts.some((f) => f.key === 'days') &&
    known.days !== undefined;
  // "and on passenger boat same size?" after a cargo ship: a boat named for its passengers says no
  // type (more than 12 passengers or not), so the type is asked again, never the old one kept.
  const typeOpened =
    marker !== undefined &&
    (!context.pending || answer?.kind !== 'value') &&
    ruleId != null &&
    ruleFact(ruleId, 'vesselType') !== undefined &&
    typeof known.vesselType === 'string' &&
    !PASSENGER_TYPES.has(known.vesselType) &&
    (PASSENGER_BOAT.test(folded) || PASSENGERS_NAMED.test(folded)) &&
    !found.some((f) => f.key === 'vesselType');
  let change: Change | undefined = typeOpened
    ? { ...(told ?? { kind: marker ?? 'what-if', marked: true, facts: [] }), forget: ['vesselType'] }
    : unsureAge
      ? {
          ...(told ?? { kind: marker ?? 'correction', marked: marker !== undefined, facts: [] }),
          forget: ['ageAtIssue'],
        }
      : told && periodMoved
        ? { ...told, forget: ['days'] }
        : shortWatch
          ? {
              ...(told ?? { kind: marker ?? 'correction', marked: marker !== undefined, facts: [] }),
              forget: ['monthsAsOfficerOfTheWatch'],
            }
          : forgetWatch.length > 0 && !told?.facts.some((f) => forgetWatch.includes(f.key))
            ? {
                kind: 'correction',
                marked: true,
                facts: (told?.facts ?? []).filter((f) => !takenBack.includes(f.key) && !SERVICE_NAMES.has(f.key)),
                forget: forgetWatch,
              }
            : told;
  // A split time replaces the hours a day known: the parts' total hours hold instead.
  if (split && change && typeof known.hoursPerDay === 'number')
    change = { ...change, forget: [...(change.forget ?? []), 'hoursPerDay'] };
  // (The days had are in the hours had now: the hours a day are the days to come's.)
  if (hoursToCome && change && typeof known.days === 'number' && typeof known.totalHours !== 'number')
    change = { ...change, forget: [...(change.forget ?? []), 'days'] };
  // "and a 30 GT sightseeing boat with 60 passengers?" after a pilot boat: a vessel of another type
  // supposed has none of the pilot or rescue service said of the first one.
  if (
    change &&
    typeof known.serviceOnly === 'string' &&
    found.some((f) => f.key === 'vesselType' && f.value !== known.vesselType) &&
    !change.facts.some((f) => f.key === 'serviceOnly')
  )
    change = { ...change, forget: [...(change.forget ?? []), 'serviceOnly'] };
  // "what if the rib was 8.5 m LOA": the vessel's length stays; whether the time on the rib counts
  // is asked again.
  if (boatLengthSaid) change = askingAgain(change, marker, [...LENGTH_KEYS], ['monthsAsOfficerOfTheWatch']);
  // "what if only 4 days a week?" after 90 days worked: the days are asked again (never 4 days in all).
  if (daysAWeek) change = askingAgain(change, marker, ['days'], ['days']);
  // «og om ferja gikk i stor kystfart?» after a ferry in area 2: its "not seagoing" was read from the
  // low trading area (free-text.ts), so another area leaves it open again (asked, never kept).
  if (
    change &&
    known.seagoing === false &&
    LOW_TRADING_AREAS.has(known.tradingArea) &&
    change.facts.some((f) => f.key === 'tradingArea' && !LOW_TRADING_AREAS.has(f.value)) &&
    !change.facts.some((f) => f.key === 'seagoing')
  )
    change = { ...change, forget: [...(change.forget ?? []), 'seagoing'] };
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
  const namedBirth: FactFound[] = [];
  // A text answer holds more than a name: «Ola Li, fødd 2.3.1999» while the name is asked takes the
  // name the fields read; «oi, det var 11 timer per dag, ikke 12» or "sorry, the period end is
  // 15.07.2025" states facts of the rule instead (taken as such), so it is no name, and the name is
  // asked again.
  if (pendingFact?.type === 'text' && answer?.kind === 'value' && context.pending) {
    const key = pendingFact.questionKey;
    const fields = confirmationFields(read, SIGNER_ROLES, key);
    const own = fields.find((f) => f.key === key);
    const ruleKeys = ruleFacts(context.pending.ruleId).map((f) => f.questionKey);
    const others =
      change !== undefined ||
      facts.some((f) => f.key !== key && ruleKeys.includes(f.key)) ||
      fields.some((f) => f.key !== key && ruleKeys.includes(f.key));
    // "Piotr Lewandowski 11.11.1987" while the seafarer's name is asked: the name, and the date after
    // it is the date of birth (a date before today, nothing else said).
    // («Siri Ha, født 02.02.2000»: the date of birth read as a fact of its own is this answer's.)
    const birthOnly = facts.every((f) => f.key === key || f.key === 'seafarerBirthDate') && change === undefined;
    const birth =
      key === 'seafarerName' && !own && (!others || birthOnly) ? nameThenDate(read, context.today) : undefined;
    // "Piotr Nowak, office manager" while the signer's name is asked: the name, and the role after it.
    const withRole = key === 'signerName' && !own && !others ? nameAndRole(read, SIGNER_ROLES) : undefined;
    if (withRole) {
      answer = { kind: 'value', value: withRole.name };
      namedBirth.push({ key: 'signerRole', value: withRole.role, start: withRole.start, end: withRole.end });
    } else if (own && typeof own.value === 'string') answer = { kind: 'value', value: own.value };
    else if (birth) {
      answer = { kind: 'value', value: birth.name };
      namedBirth.push({ key: 'seafarerBirthDate', value: birth.iso, start: birth.start, end: birth.end });
    } else if (others) answer = { kind: 'not-understood' };
  }
  // «kva kostar det å registrere båten i NOR?» while the flag is asked, "what is the API for course
  // centres?" while the uploads are asked: a question of a price, or one that opens asking what
  // something is, is no answer, whatever word in it fits the question (the fallback, then the
  // question again).
  if (
    answer?.kind === 'value' &&
    isQuestion &&
    count >= MIN_TEXT_QUESTION_WORDS &&
    (namesPrice(folded) || (WHAT_IS.test(folded) && endsWithQuestionMark(read)))
  )
    answer = { kind: 'not-understood' };
  // A short question that names nothing and states nothing, after an answer: about the topic at hand.
  // «og vi er på merdene og fôrer?»: an elliptic follow-up may be longer; facts of no rule at hand
  // ("and me myself, I am the captain?" after who may sign) do not make it a new case.
  // While a fact is asked, a question that is no answer to it («kva med for dei under 18 år?» while
  // the date of issue is asked) is read so too: the pending question is asked again after it. It may
  // be a little longer («kor lenge gjeld ho om eg er under 18?»).
  const askedAside = context.pending && isQuestion && (answer === undefined || answer.kind === 'not-understood');
  const followUpWords = ELLIPTIC.test(folded) || askedAside ? FOLLOW_UP_ELLIPTIC_WORDS : FOLLOW_UP_WORDS;
  // "what if he turns 18 next month?" after a health certificate issued at 17: a what-if whose facts
  // are all the ones already known (17 at issue still) asks the same again; the answer stands.
  const restated =
    !context.pending &&
    marker === 'what-if' &&
    !change &&
    facts.length > 0 &&
    facts.every((f) => ownFacts.includes(f.key) && sameValue(known[f.key], f.value));
  const topicNow = context.topic;
  // «og skipper? eg er 25 og har 2 år som vaktoffiser» after a D6 decision: a first question of a few
  // words opening with «og», "and", "what about" beside facts of the decided rule asks the same again
  // about the changed case, whatever topic its one word alone would have (here the D5–D3 master rights).
  const [first] = questions;
  const sameAboutChanged =
    !context.pending &&
    topicNow &&
    first &&
    ELLIPTIC.test(fold(first.text)) &&
    words(fold(first.text)).length <= ELLIPTIC_QUESTION_WORDS &&
    facts.some((f) => ownFacts.includes(f.key));
  // «kor mange dagar manglar eg til 180?» after a calculation: a question the classifier leans to the
  // topic at hand, unsure, that states a fact of the rule decided is about that case.
  // (Or second to it when it states more than one such fact: "and a 30 GT sightseeing boat with 60
  // passengers?" after a pilot boat's manning certificate.)
  const newOwnFacts = facts.filter((f) => ownFacts.includes(f.key) && known[f.key] !== f.value).length;
  const leansHere =
    !context.pending &&
    topicNow &&
    context.ruleId &&
    first &&
    questions.length === 1 &&
    first.verdict.kind === 'out-of-scope' &&
    (first.verdict.ranked[0]?.topic === topicNow ||
      (first.verdict.ranked[1]?.topic === topicNow && newOwnFacts >= SECOND_LEAN_FACTS)) &&
    !outsideTopic(topicNow, folded) &&
    newOwnFacts > 0;
  // "how many more?" after a decision: what is missing, which the decision says, is asked again.
  const moreAsked =
    !context.pending &&
    topicNow &&
    context.ruleId &&
    first &&
    questions.length === 1 &&
    first.verdict.kind !== 'answer' &&
    count <= HOW_MUCH_MORE_MAX_WORDS &&
    HOW_MUCH_MORE.test(folded);
  // «hva med for meg selv da, jeg er også skipper?» after who may sign a confirmation: a change of a
  // fact no rule of the conversation takes (a position held) changes no case.
  const caseKeys = context.ruleId ? new Set(ownFacts) : topicFactKeys(context.topic ?? '');
  const changesCase =
    change !== undefined && (change.facts.length === 0 || change.facts.some((f) => caseKeys.has(f.key)));
  // «kva rundskriv gjeld?» after lay-up: the answer just given again.
  const [only] = questions;
  const restates =
    !context.pending &&
    context.topic !== null &&
    context.topic !== undefined &&
    questions.length === 1 &&
    only !== undefined &&
    // (Facts no case of the topic takes change nothing: «… stå som skipsfører samtidig?» names a role.)
    ((facts.every((f) => !caseKeys.has(f.key)) &&
      count <= FOLLOW_UP_ELLIPTIC_WORDS &&
      answeredAlready(only, context.topic)) ||
      // "plus 5 months more from before I got the certificate" after master rights were refused: time
      // before the first issue never counts (seed 004), which that answer says. (So with the
      // certificate named again: "most of my sea time was before I got the D4, 30 months".)
      (context.ruleId !== undefined &&
        facts.every(
          (f) => CERTIFICATE_NAMED.has(f.key) && (!caseKeys.has(f.key) || sameValue(known[f.key], f.value)),
        ) &&
        Object.keys(known).some((k) => k.endsWith('SinceIssue')) &&
        BEFORE_ISSUE.test(folded) &&
        /\d/.test(folded)));
  // (While a question waits, one asked aside with statements of its own before it, "We got our safe
  // manning document in 2012. Is it still valid?", is about what they name, never read as a follow-up.)
  const wholeQuestion =
    questions.length !== 1 || words(fold(read.slice(0, questions[0]?.start ?? 0))).length <= STATED_BEFORE_WORDS;
  // "why is there no certificate on the manning doc?" while a fact of the matros case is asked: what
  // the topic's own answer says (ANSWERED_FOLLOW_UPS), asked aside — that answer, then the question again.
  const answeredAside =
    context.pending !== undefined &&
    topicNow !== null &&
    topicNow !== undefined &&
    questions.length === 1 &&
    only !== undefined &&
    facts.length === 0 &&
    count <= LONG_FOLLOW_UP_WORDS &&
    // ("which paragraph is that?" while a fact is asked: the topic's answer, with its sources.)
    (answeredAlready(only, topicNow, LONG_FOLLOW_UP_WORDS) ||
      // (Only asked alone: «Søknaden går til manuell behandling. Hvorfor?» is why of what it states.)
      (asksWhyOrSource(only.text) && read.slice(0, only.start).trim() === ''));
  // Round 56 (norsk56): «… 14 mnd som lettmatros og 2 år på dekk. held det?» while the matros case
  // asks: a bare judgement beside facts of the rule asking is about that case, never the topic the
  // statements' words alone lean to (the ordinary seaman's).
  const pendingKeys = context.pending ? ruleFacts(context.pending.ruleId).map((f) => f.questionKey) : [];
  const judgedTopic = only?.verdict.kind === 'answer' ? only.verdict.topic : undefined;
  const judgedHere =
    context.pending !== undefined &&
    questions.length === 1 &&
    only !== undefined &&
    JUDGED_ALONE.test(fold(only.text)) &&
    facts.some((f) => pendingKeys.includes(f.key)) &&
    // (Never one the statements surely make another family's: «D6 … 400 BT … går det?» while a manning
    // certificate's tonnage is asked is what D6 allows.)
    (judgedTopic === undefined ||
      (familyOf(judgedTopic) === familyOf(topicNow ?? '') &&
        // (Nor one whose own topic's rules take those facts too: «Attesten min sier 15 timer per dag.
        // Er det greit?» asks whether the confirmation holds.)
        !facts.every((f) => !pendingKeys.includes(f.key) || topicFactKeys(judgedTopic).has(f.key))));
  // "vessel is 650 GT and fartsområde stor kystfart. what else?" while a confirmation for matros is
  // written: facts the rule at hand takes, then a bare "what else?", go on with that rule (never the
  // topic the facts' words alone lean to).
  const goesOnHere =
    context.pending !== undefined &&
    context.pending !== null &&
    questions.length === 1 &&
    only !== undefined &&
    WHAT_ELSE.test(fold(only.text)) &&
    facts.some((f) => pendingKeys.includes(f.key));
  // «er det nok?», "is that ok?" alone after an answer: that answer, judged again (never the fallback).
  const judgedAfter =
    !context.pending && questions.length === 1 && only !== undefined && facts.length === 0 && JUDGED_ALONE.test(folded);
  // "doctor wrote only 1 year on it, which counts?" after a decision: facts of the rule at hand, then
  // which of them holds asked (FACT_JUDGED_WORDS): the rule decides again on them (never the fallback).
  const factJudged =
    !context.pending &&
    questions.length === 1 &&
    only !== undefined &&
    facts.length > 0 &&
    facts.every((f) => ownFacts.includes(f.key)) &&
    FACT_JUDGED.test(folded);
  const followedUp =
    (answeredAside || judgedHere || judgedAfter || goesOnHere || factJudged) && only && topicNow
      ? [asTopic(only, topicNow)]
      : (sameAboutChanged || leansHere || moreAsked) && first
        ? [asTopic(first, topicNow), ...questions.slice(1)]
        : restated && topicNow && questions.length === 1
          ? questions.map((q) => asTopic(q, topicNow))
          : (!context.pending || (askedAside && wholeQuestion)) &&
              context.topic &&
              count <= followUpWords &&
              !changesCase &&
              facts.every((f) => !ownFacts.includes(f.key))
            ? followUp(questions, context.topic, ctx.locale, verdictFor)
            : !context.pending && context.topic && count <= LONG_FOLLOW_UP_WORDS && !changesCase && facts.length === 0
              ? longFollowUp(questions, context.topic, ctx.locale, verdictFor)
              : questions;
  const followed =
    context.topic === 'd6.privileges' && count <= FOLLOW_UP_WORDS
      ? afterD6(followedUp, folded, known)
      : context.topic === 'health.certificate' && count <= FOLLOW_UP_ELLIPTIC_WORDS
        ? afterHealth(followedUp, folded)
        : count <= FOLLOW_UP_WORDS && (context.topic === 'deck.first-issue' || context.topic === 'deck.cadet')
          ? afterFirstIssue(otherDeckHeld(followedUp, folded, facts, known), folded)
          : count <= FOLLOW_UP_ELLIPTIC_WORDS && context.topic === 'deck.master-rights' && !context.pending
            ? afterMasterRights(otherDeckHeld(followedUp, folded, facts, known), folded)
            : otherDeckHeld(followedUp, folded, facts, known);
  const onWatch = context.pending ? followed : watchAfterFirstIssue(followed, facts, folded);
  const expiry =
    context.topic && !context.pending && count <= FOLLOW_UP_WORDS
      ? afterIsscInvalid(afterExpiryGiven(onWatch, folded, context.topic), context.topic)
      : onWatch;
  const verificationMissed =
    context.topic && count <= FOLLOW_UP_WORDS
      ? afterInterimPapers(afterVerificationMissed(expiry, folded, context.topic), folded, context.topic)
      : expiry;
  // (While a date is asked too, when the message asks: «og hvis rederiet bytter til et annet selskap …,
  // gjelder sertifikatet da?».)
  const missed =
    context.topic && (!context.pending || isQuestion) && count <= LONG_FOLLOW_UP_WORDS
      ? afterIsscFlagChange(
          verificationMissed,
          folded,
          context.topic,
          facts.some((f) => f.key === 'flag' && f.value === 'foreign'),
        )
      : verificationMissed;
  const timed = processingTimeAfter(missed, context.topic ?? undefined, folded);
  const sectioned = outsideSection13(folded) ? timed.map(notRepositioning) : timed;
  // «hva om kokken er syk?» after a decision, read as the same topic but with nothing in it that
  // changes a fact: answering again with the facts as they were would answer another question than
  // the one asked. The fallback; the decision stands. An elliptic follow-up («hva med …», "what about
  // if it was before 2016?") asks about the answer given and is read as before.
  // So is an elliptic one with an amount it names that was not read («og hvis det var 42 timer i uka?»).
  // (And a bare number, not a year, when nothing at all was read: «og om vi blir 10 neste år?» never
  // repeats the decision for 9 as if it answered; "what about if it was before 2016?" still asks.)
  const unreadAmount =
    marker === 'what-if' &&
    /\d/.test(folded) &&
    findQuantities(folded.slice(0, MAX_CLASSIFIED)).some(
      (q) =>
        (q.unit === undefined ? facts.length === 0 && !isYear(folded, q) : q.unit !== 'other') &&
        !facts.some((f) => f.start < q.end && f.end > q.start),
    );
  // So is one that denies something, none of it read («og om han ikkje hadde utdanning?»).
  const unreadDenial = marker === 'what-if' && facts.length === 0 && NEGATED.test(folded);
  const unreadWhatIf =
    !context.pending &&
    context.ruleId !== undefined &&
    marker === 'what-if' &&
    (!ELLIPTIC.test(folded) || unreadAmount || unreadDenial) &&
    !about &&
    !change &&
    !restated &&
    !sameAboutChanged &&
    isQuestion &&
    facts.every((f) => !ownFacts.includes(f.key));
  const settled = unreadWhatIf
    ? sectioned.map((q) =>
        q.verdict.kind === 'answer' && q.verdict.topic === context.topic
          ? { ...q, verdict: { kind: 'out-of-scope' as const, ranked: q.verdict.ranked } }
          : q,
      )
    : beforeIssueWithMasterRights(sectioned);
  // "oh wait, I also have 3 months as OOW from before I got the certificate" after master rights: a
  // marked remark (no question) on the case decided, which the classifier only fairly places in
  // another family, is about the case at hand.
  const [remark] = settled;
  const topicAtHand = context.topic;
  // So is a watch officer's time taken back («det var som matros, ikkje vaktoffiser»), whatever
  // position it names instead.
  const remarked =
    !isQuestion &&
    topicAtHand &&
    settled.length === 1 &&
    remark?.verdict.kind === 'answer' &&
    remark.verdict.topic.split('.')[0] !== topicAtHand.split('.')[0] &&
    // (A value to use that changes nothing of the case, "ok say 17 trips of 21 days", is no remark on it.)
    (watchTakenBack ||
      (marker !== undefined &&
        !(change === undefined && usesValue(tokens)) &&
        !context.pending &&
        remark.verdict.p < REMARK_ELSEWHERE))
      ? [asTopic(remark, topicAtHand)]
      : settled;
  // The calendar days of a time said without the days worked (none of them read as days or hours).
  const span = facts.some((f) => SPAN_SETTLED.has(f.key))
    ? undefined
    : spanDaysOf(
        folded.slice(0, MAX_CLASSIFIED),
        context.today,
        findQuantities(folded.slice(0, MAX_CLASSIFIED), { words: true }),
        facts,
      );
  // «Ali Khan 05.05.1995, lettmatros, …» in a confirmation: the seafarer and the date of birth.
  const confirming =
    ruleId === 'sea-time-confirmation' ||
    asked.some((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'seatime.confirmation');
  const bornBeside =
    confirming && !context.pending && !facts.some((f) => f.key === 'seafarerBirthDate') && namedBirth.length === 0
      ? nameBesideBirth(read, context.today)
      : undefined;
  const besideBirth: FactFound[] = bornBeside
    ? [
        { key: 'seafarerName', value: bornBeside.name, start: bornBeside.start, end: bornBeside.dateStart },
        { key: 'seafarerBirthDate', value: bornBeside.iso, start: bornBeside.dateStart, end: bornBeside.end },
      ]
    : [];
  const withFieldsRead = withFields(
    [
      ...facts
        .filter((f) => !besideBirth.some((b) => b.key === f.key))
        .map((f) => ({ ...f, start: placeIn(from, f.start), end: placeIn(from, f.end - 1) + 1 })),
      ...namedBirth,
      ...besideBirth,
    ],
    read,
    answer?.kind === 'value' ? pendingKey : undefined,
    confirming || context.pending?.ruleId === 'sea-time-confirmation',
    pendingKey,
  );
  // "signed by Odd Vik, master": the signer's role is no position held by the seafarer.
  const signerRoleAt = withFieldsRead.find((f) => f.key === 'signerRole');
  const roleAsPosition = (f: FactFound) =>
    signerRoleAt !== undefined && f.key === 'position' && f.start >= signerRoleAt.start && f.end <= signerRoleAt.end;
  let withConfirmation = withFieldsRead.filter((f) => !roleAsPosition(f));
  if (change && withFieldsRead.some(roleAsPosition)) {
    const kept = change.facts.filter((f) => f.key !== 'position');
    change = kept.length > 0 || change.forget ? { ...change, facts: kept } : undefined;
  }
  // «stillinga skal vere navigatør», "change the vessel name to Nordbris" at the review: a field of
  // the confirmation read from the text as written changes the case as any other fact does.
  const caseFactKeys = new Set(ruleId ? ruleFacts(ruleId).map((f) => f.questionKey) : []);
  const fieldsSaid = withConfirmation.filter((f) => caseFactKeys.has(f.key) && !facts.some((g) => g.key === f.key));
  const fieldChange =
    fieldsSaid.length > 0 ? changeOf(marker, fieldsSaid, known, isQuestion ? 'what-if' : 'correction') : undefined;
  if (fieldChange) change = change ? { ...change, facts: [...change.facts, ...fieldChange.facts] } : fieldChange;
  // «fyller 20 i mars» after a decision on 19: the age yet to be reached, supposed (never the age now).
  if (
    change?.kind === 'what-if' &&
    turnsAt &&
    change.facts.some((f) => f.key === 'age' && f.value === turnsAt.value + 1)
  )
    change = { ...change, turning: true };
  // «sorry, det er 47 BT ikke 60. endrer det noe?»: a correction that asks whether it changes the answer.
  if (change?.marked && CHANGE_ASKED.test(folded)) change = { ...change, asksChange: true };
  // «ok, tilbake til båten vår» after what-ifs, with nothing else: the case as it is, with nothing
  // supposed (the machine knows what the what-ifs supposed, and puts it back).
  if (!change && context.ruleId && !context.pending && count <= BACK_WORDS && BACK_TO_CASE.test(folded))
    change = { kind: 'correction', marked: true, facts: [], back: true };
  // Round 56 (norsk56): «tilbake til min eigen båt, kan eg vere overstyrmann der?» after a what-if on
  // the trading area: the case as it is, with what the message now says of it.
  else if (
    change &&
    change.facts.length > 0 &&
    change.back !== true &&
    context.ruleId &&
    !context.pending &&
    count <= BACK_WORDS + BACK_WITH_FACT_WORDS &&
    BACK_TO_CASE.test(folded)
  )
    change = { ...change, kind: 'correction', marked: true, back: true };
  // "I am 19, … birthday in February": the age to come is one more than the age said.
  const ageSaid = turnsAt ? undefined : withConfirmation.find((f) => f.key === 'age')?.value;
  // ("months as vaktoffiser? not sure, maybe 10-14 months" while the months are asked: a position
  // named as where time was served, never the position asked about.)
  const servedRole = (f: FactFound) =>
    f.key === 'role' && TIME_SERVED_AS.test(fold(read.slice(Math.max(0, f.start - 24), f.start)));
  if (withConfirmation.some(servedRole)) {
    withConfirmation = withConfirmation.filter((f) => !servedRole(f));
    const kept = change?.facts.filter((f) => f.key !== 'role');
    if (change && kept) change = kept.length > 0 || change.forget ? { ...change, facts: kept } : undefined;
  }
  const wholeSum = withConfirmation;
  ({ facts: withConfirmation, change } = partOfSumLeft(withConfirmation, change, folded, known));
  // (Asked so, it is no question Losen can answer from the total it keeps: the fallback, never the total.)
  const partAsked = withConfirmation.length < wholeSum.length;
  // «og spm 2?» after a message of several questions: what that message's second question asked.
  // ("can you answer in english please, Q1?": the words asking for a language aside.)
  const item = itemIn(request ? heard.replace(/\s+/g, ' ').trim() : read);
  const named = itemQuestion(read, item, context.items);
  const finalQuestions = named
    ? [named]
    : partAsked || unplacedNumber(folded, ruleId, known, withConfirmation.length > 0 || change !== undefined)
      ? remarked.map((q) => ({ ...q, verdict: { kind: 'out-of-scope' as const, ranked: q.verdict.ranked } }))
      : remarked;
  return {
    text: asWritten,
    words: count,
    ruleHints: ruleHintsIn(read.slice(0, MAX_CLASSIFIED)),
    locale,
    variantTold: language?.variantTold ?? false,
    localeSure: language?.sure ?? 0,
    command: commandIn(read),
    pick: pickIn(read),
    ...(item === undefined ? {} : { item }),
    ...numberedOf(read, finalQuestions, parts),
    smallTalk: onlyLanguage ? 'language' : smallTalkIn(read),
    languageAsked,
    isQuestion,
    questions: finalQuestions,
    ...(restates ? { restates: true as const } : {}),
    ...(pointsBackOnly(folded, remarked) ? { pointsBack: true as const } : {}),
    // A question asked "then", or a short one pointing back («må eg søke om det sjølv?»): see `goesOn`.
    ...(isQuestion &&
    context.ruleId &&
    !context.pending &&
    !change &&
    (THEN_SAID.test(folded) ||
      (count <= FOLLOW_UP_WORDS && BACK_SAID.test(folded)) ||
      // ("why different?" after two what-ifs on the renewal: why the answers just given differ.)
      (count <= FOLLOW_UP_WORDS && asksWhyOrSource(read)))
      ? { goesOn: true as const }
      : {}),
    ...(count <= ALL_RIGHT_MAX_WORDS &&
    withConfirmation.length === 0 &&
    !change &&
    (parseYesNo(tokens) === true || ALL_RIGHT.test(folded))
      ? { allRight: true as const }
      : {}),
    facts: outsideFactsLeft(withConfirmation, remarked),
    change,
    // («og spm 2?» is a question named, never the answer to the one waiting.)
    answer: named || partAsked ? undefined : answer,
    ...(span !== undefined ? { spanDays: span } : {}),
    ...(turnsAt
      ? { ageToCome: turnsAt.value + 1, ...monthOf(folded.slice(turnsAt.start, turnsAt.end)) }
      : typeof ageSaid === 'number' && birthdaySoon(folded)
        ? { ageToCome: ageSaid + 1, ...monthOf(folded) }
        : {}),
    ...(whatIfs.length > 0 ? { whatIfs } : {}),
  };
}

/** «eg har fagbrev», «kva om eg hadde fagbrev?», "with fagbrev": a trade certificate held, its trade not said. */
const TRADE_HELD = new RegExp(`(?<![a-z])(?:${alternation(TRADE_HELD_WORDS)})(?![a-z])`);
/** A trade named after it («fagbrev som fiskar», «… i matfag»): then it is no able seaman's for certain. */
const TRADE_NAMED = /(?<![a-z])fagbrev (?:som|i|as|in) /;

/**
 * Round 56 (norsk56): «kva om eg hadde fagbrev og 10 mnd på dekk?» in the matros case, whose question
 * is «Har du fagbrev som matros?»: a trade certificate held, its trade not said, is that one (the
 * case asks about no other). Never where a trade is named or a certificate is said to be lacking.
 */
function matrosTradeOf(ruleId: string | undefined, folded: string, found: FactFound[]): FactFound[] {
  if (!ruleId || !ruleFact(ruleId, 'hasTradeCertificate') || ruleFact(ruleId, 'hasRelevantEducation')) return found;
  if (found.some((f) => f.key === 'hasTradeCertificate' || f.key === 'tradeCertificate')) return found;
  const m = TRADE_HELD.exec(folded);
  if (!m || TRADE_NAMED.test(folded)) return found;
  return [...found, { key: 'hasTradeCertificate', value: true, start: m.index, end: m.index + m[0].length }].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * «enn om han ikkje har fagbrev?», "what if he has no trade certificate?" about a cook: with no trade
 * certificate at all he has none as a cook either, so for a rule that takes the cook's education and
 * no able seaman's trade certificate, the certificate lacking is the education lacking (§ 52 (2): the
 * restaurant and food programme). Having "fagbrev" says nothing of which one, and «ikke fagbrev som
 * matros» is about another one: both are left as they are.
 */
function cookEducationOf(ruleId: string | undefined, found: FactFound[]): FactFound[] {
  if (!ruleId || !ruleFact(ruleId, 'hasRelevantEducation') || ruleFact(ruleId, 'hasTradeCertificate')) return found;
  if (found.some((f) => f.key === 'hasRelevantEducation' || (f.key === 'tradeCertificate' && f.value !== 'none')))
    return found;
  return found
    .map((f) =>
      (f.key === 'hasTradeCertificate' && f.value === false) || (f.key === 'tradeCertificate' && f.value === 'none')
        ? { ...f, key: 'hasRelevantEducation', value: false }
        : f,
    )
    .filter((f, i, all) => all.findIndex((o) => o.key === f.key) === i);
}

/** The amount stated at a fact's place in the folded text (the doctor's «1 år»). */
const amountAt = (folded: string, f: FactFound): number | undefined =>
  findQuantities(folded.slice(f.start, f.end), { words: true })[0]?.value;

/** An age said of the past («så jeg var 18», "I was 18"): the age at issue's own label, then a number. */
const AGE_THEN_SAID = new RegExp(`(?<![a-z])(?:${alternation(FACT_LABELS.ageAtIssue?.before ?? [])}) \\d`);
