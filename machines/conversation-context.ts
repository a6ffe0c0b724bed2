/**
 * The conversation's context and its events, and the steps that change the context — each a pure
 * function of the context and the event, so the machine only names them. What the machine says
 * lives in `conversation-says.ts`; what it takes from an understood message in `listening.ts`; what it
 * tells its gather machine in `gather-events.ts`.
 */
import type { DecisionNote } from '../content/handoff.js';
import type { Command } from '../content/render.js';
import type { Locale, RoutableTopicId, TopicId } from '../content/topic-ids.js';
import { sameValue } from '../understanding/changes.js';
import {
  ALTERNATIVE_FACTS,
  DOCUMENT_FACTS,
  DOCUMENT_OF,
  isRuleId,
  RULE_BOUND_FACTS,
  type RuleId,
} from '../rules/index.js';
import type { Change } from '../understanding/changes.js';
import type { PartialDate } from '../understanding/extract.js';
import type { TopicVerdict } from '../understanding/topics.js';
import { familyOf } from '../understanding/topic-vocabulary.js';
import type { Understanding } from '../understanding/understand.js';
import { VESSEL_FACT_KEYS } from '../understanding/vessel-facts.js';
import { factsForRule, ruleFacts } from './answers.js';
import type { GatherOutput, GatherToParent } from './gather-machine.js';
import {
  factsForRuleFrom,
  changesRule,
  furtherQuestions,
  knownFrom,
  ownFactRule,
  type NumberedQuestion,
  type QueuedQuestion,
  questionsBesides,
  tellsRule,
  withRuleFacts,
} from './listening.js';
import { redact } from './redact.js';
import { flowOf, ruleFor, ruleOfChoice, topicOfChoice } from './topic-flows.js';

export type Turn = { today: string; locale: Locale };
export type ConversationEvent =
  | ({ type: 'GREET' } & Turn)
  /** `sameTurn`: a part of the message just taken (a what-if after its question), no turn of its own. */
  | ({ type: 'TEXT'; understanding: Understanding; sameTurn?: true } & Turn)
  | ({ type: 'CHOICE'; id: string } & Turn)
  | ({ type: 'COMMAND'; command: Command } & Turn)
  | GatherToParent;

/**
 * Where the last question was routed, waiting to be acted on: a topic (with the rules the question
 * named; `also` when it is a further question of a message), 2–3 close topics, or none.
 */
export type Pending =
  | { kind: 'topic'; topic: RoutableTopicId; hints: string[]; also: boolean }
  | { kind: 'clarify'; topics: RoutableTopicId[] }
  /** `also`: a further question of the same message (after an answer to its first). */
  | { kind: 'fallback'; also?: boolean }
  | null;

export type ConversationContext = {
  locale: Locale;
  today: string;
  topic: TopicId | null;
  ruleId: RuleId | null;
  facts: Record<string, unknown>;
  answered: string[];
  asking: string | null;
  introduced: boolean;
  pending: Pending;
  /** User turns taken in this conversation. */
  turns: number;
  /** The guided flow resumes after "back" from a decision (its first question says so). */
  resumed: boolean;
  /** Every fact the user has given, by catalogue key, for whichever rule takes it. */
  known: Record<string, unknown>;
  /** Further questions of a message, answered in turn. */
  queue: QueuedQuestion[];
  /** What the last message corrected or asked a what-if about, said with the next question or decision. */
  change: Change | null;
  /** A month and year given for the date asked, still without its day. */
  partialDate: PartialDate | null;
  /**
   * The calendar days of a time given for the sea time without the days worked ("3 months",
   * «frå mars til juni»): offered when the days are asked, and what «alle» answers. Absent in
   * conversations stored before it was kept.
   */
  spanDays?: number | null;
  /**
   * The age the user said they are about to turn ("I turn 20 in January"): what "and after January?"
   * asks about. Absent in conversations stored before it was kept.
   */
  ageToCome?: number | null;
  /** The month the age to come is reached in, when said ("in March": 3). */
  ageToComeMonth?: number | null;
  /**
   * What each numbered question of the last message of several asked (topics and named rules, never
   * its words): what «og spm 2?» asks about. Absent in conversations stored before it was kept.
   */
  items?: NumberedQuestion[] | null;
  /** Facts (ids) the rule took from earlier messages, said with its first question or decision. */
  carried: string[];
  /**
   * Facts (ids) the last message gave beside the question asked, without answering it: said before
   * that question is asked again, so the user sees they were taken.
   */
  noted: string[];
  /** The answers are listed for review before the rule's document is made. */
  reviewing: boolean;
  /** Topics discussed in this conversation, in order (for the hand-off). */
  discussed: TopicId[];
  /** Each rule's latest decision in this conversation, in order (for the hand-off). */
  decisions: DecisionNote[];
  /** The last question Losen could not answer, personal identifiers removed (for the hand-off). */
  unanswered: string | null;
  /**
   * The topics the last "did you mean" menu offered: facts typed instead of a click («lasteskip på
   * 48 BT» after «bemanningssertifikat») pick the one whose rule takes them. Absent in conversations
   * stored before it was kept.
   */
  offered?: RoutableTopicId[];
  /**
   * The facts (catalogue keys) a what-if supposed («og kan han då ta med 8 turistar?»), each with what
   * the user had said of the case before (`was`, absent when nothing): the rule under way and further
   * what-ifs go on from the supposed value, but a new question starts from the case as it is. Absent
   * in conversations stored before it was kept.
   */
  supposed?: Record<string, { was?: unknown }>;
  /**
   * The facts (catalogue keys) given while a what-if was supposed, not by it (the trading area asked
   * after "and if 480 GT?"): a correction of one corrects the supposed case, which goes on being
   * supposed. Absent in conversations stored before it was kept.
   */
  givenSupposing?: string[];
};

type Step = (args: { context: ConversationContext; event: ConversationEvent }) => Partial<ConversationContext>;

export const blank = (locale: Locale, today: string): ConversationContext => ({
  locale,
  today,
  topic: null,
  ruleId: null,
  facts: {},
  answered: [],
  asking: null,
  introduced: false,
  pending: null,
  turns: 0,
  resumed: false,
  known: {},
  queue: [],
  change: null,
  partialDate: null,
  spanDays: null,
  ageToCome: null,
  ageToComeMonth: null,
  items: null,
  carried: [],
  noted: [],
  reviewing: false,
  discussed: [],
  decisions: [],
  unanswered: null,
  offered: [],
  supposed: {},
  givenSupposing: [],
});

/** No topic or rule under way (the facts the user gave and the questions still to answer stay). */
export const noTopic = {
  topic: null,
  ruleId: null,
  facts: {},
  answered: [],
  asking: null,
  pending: null,
  change: null,
  carried: [],
  noted: [],
  reviewing: false,
} satisfies Partial<ConversationContext>;

export const turnOf = (event: ConversationEvent): Partial<Turn> =>
  'today' in event ? { today: event.today, locale: event.locale } : {};
export const heard = (event: ConversationEvent): Understanding | undefined =>
  event.type === 'TEXT' ? event.understanding : undefined;
/** The output of the finished gather machine (the done event's payload). */
export const gatherOutput = (event: ConversationEvent): GatherOutput | undefined =>
  'output' in event ? (event.output as GatherOutput) : undefined;

/** `topics` with `topic` added at the end (once). */
const withTopic = (topics: readonly TopicId[], topic: TopicId): TopicId[] => [
  ...topics.filter((t) => t !== topic),
  topic,
];

/**
 * `facts` without the dates of another document: when the rule the conversation was on is about
 * another document than `ruleId` (an ISSC's date of issue is no health certificate's), an issue or
 * expiry date given earlier is dropped unless this very message gives it (`now`). Dates given on no
 * rule, or on a rule about no document, are the user's and carry. Likewise a fact bound to its
 * rule's certificate (`RULE_BOUND_FACTS`) carries only from that rule. A certificate of another
 * kind (`kind`: an interim ISSC after a full one) is another document too.
 */
function documentFactsKept(
  facts: Record<string, unknown>,
  now: Readonly<Record<string, unknown>>,
  context: ConversationContext,
  ruleId: RuleId,
  kind: unknown,
): Record<string, unknown> {
  const previous = context.ruleId ?? context.decisions.at(-1)?.rule;
  const before = previous === undefined ? undefined : DOCUMENT_OF.get(previous);
  // An interim ISSC's date of issue is no full ISSC's either («hvor lenge gjelder et fullt ISSC?»).
  const kindBefore = context.facts.certificateKind;
  const otherKind = typeof kindBefore === 'string' && kind !== undefined && kind !== kindBefore;
  const otherDocument = (before !== undefined && before !== DOCUMENT_OF.get(ruleId)) || otherKind;
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(facts)) {
    const bound = RULE_BOUND_FACTS.get(id);
    const keep =
      Object.hasOwn(now, id) ||
      ((!otherDocument || !DOCUMENT_FACTS.has(id)) &&
        (bound === undefined || previous === undefined || bound.has(previous)));
    if (keep) out[id] = value;
  }
  return out;
}

/**
 * `known` with the safe manning said as the count a rule takes only as "the safe manning, or the crew"
 * (the cook's § 52: «kokk 10 mann?», then 8 in the safe manning, counts 8, never the 10 first said).
 */
function safeManningCounted(known: Record<string, unknown>, ruleId: RuleId): Record<string, unknown> {
  const takes = (key: string) => ruleFacts(ruleId).some((f) => f.questionKey === key);
  return typeof known.safetyManning === 'number' && takes('crewSize') && !takes('safetyManning')
    ? { ...known, crewSize: known.safetyManning }
    : known;
}

/** The facts rule `ruleId` starts with: every fact given so far that it takes, and those its topic settles. */
function startingFacts(context: ConversationContext, topic: TopicId, ruleId: RuleId, u: Understanding | undefined) {
  const now = u ? factsForRuleFrom(u, ruleId) : {};
  const presets = flowOf(topic)?.presets ?? {};
  const kind = now.certificateKind ?? (presets as Readonly<Record<string, unknown>>).certificateKind;
  // A new question starts from the case as it is; a what-if that starts the rule goes on supposing.
  // («kva førarrettar får eg då?» after a what-if goes on supposing too.)
  const whatIf = u?.change?.kind === 'what-if' || u?.goesOn === true;
  const known = safeManningCounted(whatIf ? context.known : caseKnown(context), ruleId);
  const earlier = documentFactsKept(factsForRule(ruleId, known), now, context, ruleId, kind);
  const also = context.pending?.kind === 'topic' && context.pending.also;
  const given = Object.keys(earlier).filter((id) => !Object.hasOwn(presets, id));
  const carried = given.filter((id) => !Object.hasOwn(now, id));
  // (What a what-if itself supposes of a fact the topic presets wins: «og kor lenge gjeld det fulle
  // sertifikatet?» after an interim ISSC supposes a full one, never the interim topic's kind.)
  const said = whatIf ? Object.fromEntries(Object.entries(now).filter(([id]) => Object.hasOwn(presets, id))) : {};
  // Facts given count as answered: the hand-off lists them, and "back" can take the last one back.
  return {
    facts: { ...earlier, ...presets, ...said },
    answered: given,
    carried: also ? [] : carried,
    ...(whatIf ? {} : { known, supposed: {}, givenSupposing: [] }),
  };
}

/**
 * `facts` with `given` laid over them, less the facts `given` displaces: of two ways to say the same
 * thing (rules' ALTERNATIVE_FACTS), a message that gives one way only displaces the other, so «og
 * 1250 timer totalt?» after «45 dager à 12 timer» asks about 1,250 hours, not a contradiction.
 */
export function overlayFacts(
  facts: Readonly<Record<string, unknown>>,
  given: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...facts, ...given };
  const has = (keys: readonly string[]) => keys.some((k) => Object.hasOwn(given, k));
  for (const [a, b] of ALTERNATIVE_FACTS) {
    const [mine, other] = has(a) && !has(b) ? [a, b] : has(b) && !has(a) ? [b, a] : [undefined, undefined];
    if (mine && other) for (const k of other) delete out[k];
  }
  // L is never longer than the length overall (facts.md «Lengths»): a new length that breaks that
  // ("what about a 30 m (L) one?" after LOA 13 m) is another vessel, whose other length is not known.
  const [l, loa] = [out.lengthL, out.lengthOverall];
  if (typeof l === 'number' && typeof loa === 'number' && l > loa) {
    if (has(['lengthL']) && !has(['lengthOverall'])) delete out.lengthOverall;
    else if (has(['lengthOverall']) && !has(['lengthL'])) delete out.lengthL;
  }
  return out;
}

/**
 * Remember every fact the message gives, for this rule and any later one — but not the facts of a
 * question outside the catalogue: «hva koster det å registrere en fritidsbåt?» says nothing about
 * the vessel the conversation is about.
 */
export const listen: Step = ({ context, event }) => {
  const u = heard(event);
  if (!u) return {};
  const outside = u.isQuestion && u.questions.length > 0 && u.questions.every((q) => q.verdict.kind === 'out-of-scope');
  if (outside && u.change?.marked !== true) return {};
  const given = knownFrom(u);
  // ("sorry L is 22 m" after "and chief mate on 26 m L boat?", «nei sorry, liten kystfart» after the
  // area was given for "and if 480 GT?": a correction of the supposed case goes on supposing it.)
  const ofSupposed = u.change?.kind === 'correction' && correctsSupposed(context, Object.keys(given));
  const supposed = ofSupposed ? { ...(context.supposed ?? {}) } : supposedAfter(context, u, given);
  const givenSupposing =
    Object.keys(supposed).length === 0
      ? []
      : u.change
        ? (context.givenSupposing ?? [])
        : [
            ...new Set([
              ...(context.givenSupposing ?? []),
              ...Object.keys(given).filter((k) => !Object.hasOwn(supposed, k)),
            ]),
          ];
  return {
    known: overlayFacts(context.known, given),
    supposed,
    givenSupposing,
    ...(u.spanDays !== undefined ? { spanDays: u.spanDays } : {}),
    ...(u.ageToCome !== undefined ? { ageToCome: u.ageToCome, ageToComeMonth: u.ageToComeMonth ?? null } : {}),
    ...(u.numbered ? { items: u.numbered } : {}),
  };
};

/**
 * What is supposed after message `u` (see `supposed`): a what-if's facts are, with the case's value
 * before the first what-if on each; anything else said of a fact makes it the case's again.
 */
function supposedAfter(
  context: ConversationContext,
  u: Understanding,
  given: Readonly<Record<string, unknown>>,
): Record<string, { was?: unknown }> {
  const out = { ...(context.supposed ?? {}) };
  const whatIf = u.change?.kind === 'what-if';
  for (const key of Object.keys(given)) {
    if (!whatIf) delete out[key];
    else if (!Object.hasOwn(out, key)) out[key] = Object.hasOwn(context.known, key) ? { was: context.known[key] } : {};
  }
  return out;
}

/** True when every fact (catalogue keys) `keys` is one a what-if supposed, or one given while supposing it. */
function correctsSupposed(context: ConversationContext, keys: readonly string[]): boolean {
  const supposed = context.supposed ?? {};
  if (keys.length === 0 || Object.keys(supposed).length === 0) return false;
  return keys.every((k) => Object.hasOwn(supposed, k) || (context.givenSupposing ?? []).includes(k));
}

/** True when a fact of the rule under way holds a value a what-if supposed, not the case's own. */
function stillSupposed(context: ConversationContext): boolean {
  const { ruleId, supposed } = context;
  if (!ruleId || !supposed) return false;
  return ruleFacts(ruleId).some(
    (f) => Object.hasOwn(supposed, f.questionKey) && sameValue(context.facts[f.id], context.known[f.questionKey]),
  );
}

/** `known` as the case is, without what the what-ifs supposed. */
function caseKnown(context: ConversationContext): Record<string, unknown> {
  const out = { ...context.known };
  for (const [key, { was }] of Object.entries(context.supposed ?? {})) {
    if (was === undefined) delete out[key];
    else out[key] = was;
  }
  return out;
}

/** Route the message's first question; its further questions wait their turn. */
export const routeText: Step = ({ context, event }) => {
  const u = heard(event);
  const first = u?.questions[0];
  const offered = context.offered ?? [];
  // «den andre», "the first one", «nr 2» right after a menu: the option at that place.
  const chosen = u ? pickedFrom(u, offered) : undefined;
  if (chosen) return { pending: { kind: 'topic', topic: chosen, hints: [], also: false }, offered: [] };
  if (!u || !first) return { pending: { kind: 'fallback' } };
  const v = first.verdict;
  // «hvordan dokumenterer vi det?» right after a menu of cook and matros topics: "it" is one of the
  // topics offered; what its few words read as alone (how sea time is documented, another family) is
  // no answer to it — the menu again.
  if (u.pointsBack === true && offered.length > 0 && v.kind !== 'out-of-scope' && !sharesFamily(v, offered))
    return { pending: { kind: 'clarify', topics: [...offered] }, queue: context.queue, offered: [] };
  // «lasteskip på 48 BT» right after a menu of «bemanningssertifikat»: a statement whose facts only one
  // offered topic's rules take is about that topic (never a guess between two that both take them).
  const picked = v.kind === 'out-of-scope' && !u.isQuestion ? offeredFor(u, offered) : undefined;
  // («fornyelse 15.07.2027» after a menu of ISSC topics: its words name the renewal's rule too.)
  const pending: Pending = picked
    ? { kind: 'topic', topic: picked, hints: first.ruleHints, also: false }
    : v.kind === 'answer'
      ? {
          kind: 'topic',
          topic: v.topic,
          // (No rule named by its words: the one its facts alone belong to, if any; else, on the topic
          // at hand, its rule at hand — "why?" after the new ISSC expiry is about that date still.)
          hints:
            first.ruleHints.length > 0
              ? first.ruleHints
              : orRuleAtHand(ownFactRule(u, flowOf(v.topic)?.rules ?? []), context, v.topic),
          also: false,
        }
      : v.kind === 'clarify'
        ? { kind: 'clarify', topics: v.topics }
        : { kind: 'fallback' };
  return { pending, queue: [...furtherQuestions(u), ...context.queue], offered: [] };
};

/** `hints`, or when there are none and `topic` is the one at hand, the rule at hand. */
function orRuleAtHand(hints: string[], context: ConversationContext, topic: RoutableTopicId): string[] {
  if (hints.length > 0 || context.topic !== topic || !context.ruleId) return hints;
  return flowOf(topic)?.rules.includes(context.ruleId) ? [context.ruleId] : hints;
}

/** True when a topic the verdict reads is of the family of one of `offered`. */
function sharesFamily(
  v: Exclude<TopicVerdict, { kind: 'out-of-scope' }>,
  offered: readonly RoutableTopicId[],
): boolean {
  const read = v.kind === 'answer' ? [v.topic] : v.topics;
  return read.some((t) => offered.some((o) => familyOf(o) === familyOf(t)));
}

/** The offered topic picked by its place («den andre», "the first one", «nr 2»), if any. */
function pickedFrom(u: Understanding, offered: readonly RoutableTopicId[]): RoutableTopicId | undefined {
  if (u.pick === undefined || offered.length === 0) return undefined;
  return u.pick === -1 ? offered.at(-1) : offered[u.pick - 1];
}

/** The one offered topic whose rules take a fact the message gives, if exactly one does. */
function offeredFor(u: Understanding, offered: readonly RoutableTopicId[]): RoutableTopicId | undefined {
  const taking = offered.filter((t) => (flowOf(t)?.rules ?? []).some((r) => tellsRule(u, r)));
  return taking.length === 1 ? taking[0] : undefined;
}

/** The topics of the menu about to be shown, kept for the next message (see `offered`). */
export const rememberOffered: Step = ({ context }) => ({
  offered: context.pending?.kind === 'clarify' ? context.pending.topics : [],
});

export const routeChoice: Step = ({ event }) => {
  const topic = event.type === 'CHOICE' ? topicOfChoice(event.id) : undefined;
  return { pending: topic ? { kind: 'topic', topic, hints: [], also: false } : null };
};

/** The next further question of a message becomes the one to answer. */
export const takeQueued: Step = ({ context }) => {
  const [next, ...queue] = context.queue;
  if (!next) return { queue };
  const [topic, ...others] = next.topics;
  if (!topic) return { pending: { kind: 'fallback', also: true }, queue };
  const pending: Pending =
    others.length > 0
      ? { kind: 'clarify', topics: next.topics }
      : { kind: 'topic', topic, hints: next.hints, also: true };
  return { pending, queue };
};

/** Questions of the message about other topics, answered after the one under way. */
export const queueOthers: Step = ({ context, event }) => {
  const u = heard(event);
  return u ? { queue: [...questionsBesides(u, context.topic), ...context.queue] } : {};
};

/** Start the topic's guided flow with its rule, and every fact given so far that the rule takes. */
export const beginGuided: Step = ({ context, event }) => {
  if (context.pending?.kind !== 'topic') return {};
  const { topic, hints } = context.pending;
  const ruleId = ruleFor(topic, hints);
  if (!ruleId) return {};
  const start = startingFacts(context, topic, ruleId, heard(event));
  return {
    ...noTopic,
    topic,
    ruleId,
    ...start,
    introduced: false,
    resumed: false,
    discussed: withTopic(context.discussed, topic),
  };
};

export const beginRuleChoice: Step = ({ context }) =>
  context.pending?.kind === 'topic'
    ? {
        ...noTopic,
        topic: context.pending.topic,
        introduced: false,
        discussed: withTopic(context.discussed, context.pending.topic),
      }
    : {};

/** The rule picked among the topic's rules, by a click or by the words of a message. */
export const pickedRule = (context: ConversationContext, event: ConversationEvent): RuleId | undefined =>
  event.type === 'CHOICE'
    ? ruleOfChoice(context.topic, event.id)
    : event.type === 'TEXT' && context.topic
      ? ruleFor(context.topic, event.understanding.ruleHints)
      : undefined;

export const chooseRule: Step = ({ context, event }) => {
  const ruleId = pickedRule(context, event);
  if (!ruleId || !context.topic) return {};
  const start = startingFacts(context, context.topic, ruleId, heard(event));
  return { ruleId, ...start, asking: null, resumed: false };
};

/**
 * The other rule of the topic a what-if after a decision is about ("and if the renewal is done on
 * 1 December 2029, what's the new expiry?" after the ISSC's dates): its facts are that rule's only.
 */
export function siblingRuleChanged(u: Understanding, ruleId: string | null, topic: TopicId | null): RuleId | undefined {
  if (!ruleId || !topic || !u.change?.marked || changesRule(u, ruleId)) return undefined;
  const siblings = (flowOf(topic)?.rules ?? []).filter((r) => r !== ruleId && changesRule(u, r));
  return siblings.length === 1 ? siblings[0] : undefined;
}

/**
 * The earlier decision a change is of, taken up again to decide anew: «ho er 60 BT ikkje 45» after a
 * decision and, in the same reply, an answer that only informs («og går det ut på dato?») is of the
 * rule decided last (no rule is under way); a marked change the rule held takes none of is of the
 * latest decided rule that takes it. Not a question about something else.
 */
export function earlierRuleChanged(u: Understanding, context: ConversationContext): DecisionNote | undefined {
  if (!u.change || (u.isQuestion && !u.change.marked)) return undefined;
  if (!context.ruleId) {
    const last = context.decisions.at(-1);
    return last && isRuleId(last.rule) && changesRule(u, last.rule) ? last : undefined;
  }
  // («tilbake til bemanning: beklager, båten er 55 BT, ikke 45» after the cook was decided.)
  if (context.asking !== null || !u.change.marked || changesRule(u, context.ruleId)) return undefined;
  const held = context.ruleId;
  return context.decisions.findLast((d) => d.rule !== held && isRuleId(d.rule) && changesRule(u, d.rule));
}

/** The rule decided last taken up again for a correction of it (see `earlierRuleChanged`). */
export const reopenRule: Step = ({ context, event }) => {
  const u = heard(event);
  const last = u ? earlierRuleChanged(u, context) : undefined;
  if (!last || !isRuleId(last.rule)) return {};
  const start = startingFacts(context, last.topic, last.rule, u);
  return { topic: last.topic, ruleId: last.rule, ...start, asking: null, resumed: false };
};

/**
 * «og hvis vi tar fornyelsesverifikasjonen 10.05.2027, hva blir ny utløpsdato?» while the ISSC's
 * issue date is asked for its validity: a question on the topic at hand whose words name one other
 * of its rules (the renewal's) and not the rule at hand is about that rule.
 */
export function hintedSiblingRule(u: Understanding, ruleId: string | null, topic: TopicId | null): RuleId | undefined {
  const q = u.questions.length === 1 ? u.questions[0] : undefined;
  if (!ruleId || !topic || !q || q.verdict.kind !== 'answer' || q.verdict.topic !== topic) return undefined;
  if (q.ruleHints.includes(ruleId)) return undefined;
  const hinted = (flowOf(topic)?.rules ?? []).filter((r) => r !== ruleId && q.ruleHints.includes(r));
  const [only] = hinted;
  return hinted.length === 1 && only !== undefined && isRuleId(only) ? only : undefined;
}

/**
 * The what-if's rule taken instead (see `siblingRuleChanged`), or the one a question names (see
 * `hintedSiblingRule`), with every fact given so far that it takes.
 */
export const switchRule: Step = ({ context, event }) => {
  const u = heard(event);
  const ruleId = u
    ? (siblingRuleChanged(u, context.ruleId, context.topic) ?? hintedSiblingRule(u, context.ruleId, context.topic))
    : undefined;
  if (!ruleId || !context.topic) return {};
  const start = startingFacts(context, context.topic, ruleId, u);
  return { ruleId, ...start, asking: null, resumed: false };
};

/** A correction or what-if after a decision: the rule's facts take the new values, to decide again. */
export const applyChange: Step = ({ context, event }) => {
  const u = heard(event);
  if (!u || !context.ruleId) return {};
  const given = factsForRuleFrom(u, context.ruleId);
  const changed = Object.keys(given);
  const about = u.change?.about;
  // A correction is of the case as it is: what a what-if supposed of another fact goes back («kva om eg
  // berre hadde 8 mnd?», then «eg er forresten 31» is 31 with the months said). What-ifs build on each
  // other («og tretti dagar?», then «enn ni timar?»).
  const {
    facts: asIs,
    known,
    supposed,
  } = u.change?.kind === 'correction' && !correctsSupposed(context, keysOf(context.ruleId, changed))
    ? withoutSupposed(context, context.ruleId, changed)
    : { facts: context.facts, known: context.known, supposed: context.supposed ?? {} };
  // About another person or vessel: what was known of the first one is not theirs, so it is asked.
  const kept = about ? withoutFactsOf(asIs, context.ruleId, about, given) : asIs;
  const facts = overlayFacts(kept, given);
  // Facts the message made unknown are asked again.
  for (const f of ruleFacts(context.ruleId)) if (u.change?.forget?.includes(f.questionKey)) delete facts[f.id];
  // «ok, tilbake til båten vår»: the facts put back are said, as the change.
  const putBack = u.change?.back
    ? ruleFacts(context.ruleId).flatMap((f) =>
        Object.hasOwn(facts, f.id) && !sameValue(facts[f.id], context.facts[f.id])
          ? [{ key: f.questionKey, value: facts[f.id], previous: context.facts[f.id] }]
          : [],
      )
    : undefined;
  return {
    facts,
    answered: [...context.answered.filter((f) => !changed.includes(f) && Object.hasOwn(facts, f)), ...changed],
    introduced: true,
    resumed: false,
    known,
    supposed,
    ...(u.change && putBack ? { change: { ...u.change, facts: putBack } } : {}),
  };
};

/** The catalogue keys of rule `ruleId`'s facts `ids`. */
const keysOf = (ruleId: RuleId, ids: readonly string[]): string[] =>
  ruleFacts(ruleId).flatMap((f) => (ids.includes(f.id) ? [f.questionKey] : []));

/**
 * The rule's facts, and `known`, with what the what-ifs supposed of rule `ruleId`'s facts put back to
 * the case (each fact but those `changed`, by fact id, which the message gives), and what stays supposed.
 */
function withoutSupposed(
  context: ConversationContext,
  ruleId: RuleId,
  changed: readonly string[],
): {
  facts: Record<string, unknown>;
  known: Record<string, unknown>;
  supposed: Record<string, { was?: unknown }>;
} {
  const facts = { ...context.facts };
  const known = { ...context.known };
  const supposed = { ...(context.supposed ?? {}) };
  for (const f of ruleFacts(ruleId)) {
    const s = supposed[f.questionKey];
    if (!s || changed.includes(f.id)) continue;
    if (s.was === undefined) {
      delete facts[f.id];
      delete known[f.questionKey];
    } else {
      facts[f.id] = s.was;
      known[f.questionKey] = s.was;
    }
    delete supposed[f.questionKey];
  }
  return { facts, known, supposed };
}

/** The questions (by question key) that describe a person or a vessel, for a change about another one. */
const FACTS_OF: Readonly<Record<'person' | 'vessel', ReadonlySet<string>>> = {
  person: new Set([
    'age',
    'ageAtIssue',
    'issueDate',
    'seafarerBirthDate',
    'seafarerName',
    'expiryDate',
    'hasAssessment',
  ]),
  vessel: VESSEL_FACT_KEYS,
};
function withoutFactsOf(
  facts: Readonly<Record<string, unknown>>,
  ruleId: string,
  about: 'person' | 'vessel',
  given: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out = { ...facts };
  for (const f of ruleFacts(ruleId))
    if (FACTS_OF[about].has(f.questionKey) && !Object.hasOwn(given, f.id)) delete out[f.id];
  return out;
}

export const rememberTopicAnswered: Step = ({ context }) =>
  context.pending?.kind === 'topic'
    ? { ...noTopic, topic: context.pending.topic, discussed: withTopic(context.discussed, context.pending.topic) }
    : {};

/** Longest unanswered question kept for the hand-off. */
const UNANSWERED_CHARS = 300;

/** The question of a message Losen could not answer, kept (personal identifiers removed) for the hand-off. */
export const noteUnanswered: Step = ({ event }) => {
  const u = heard(event);
  const asked = (u?.questions[0]?.text ?? u?.text ?? '').trim();
  return asked ? { unanswered: redact(asked.slice(0, UNANSWERED_CHARS)) } : {};
};

/** Keep the question asked and what is answered so far (for "back", the hand-off and later topics). */
export const rememberAsking: Step = ({ context, event }) =>
  event.type === 'GATHER.ASK'
    ? {
        asking: event.fact,
        introduced: true,
        facts: event.facts,
        answered: event.answered,
        partialDate: event.partialDate,
        known: withRuleFacts(context.known, event.ruleId, event.facts),
        reviewing: false,
      }
    : {};

/** The answers are listed for review: what the rule holds now. */
export const rememberReview: Step = ({ context, event }) =>
  event.type === 'GATHER.REVIEW'
    ? {
        asking: null,
        introduced: true,
        facts: event.facts,
        answered: event.answered,
        partialDate: null,
        known: withRuleFacts(context.known, event.ruleId, event.facts),
        reviewing: true,
      }
    : {};

export const keepOutcome: Step = ({ context, event }) => {
  const out = gatherOutput(event);
  if (!out) return {};
  const known = context.ruleId ? withRuleFacts(context.known, context.ruleId, out.facts) : context.known;
  const d = out.decision;
  const note: DecisionNote[] =
    d && context.topic
      ? [
          {
            topic: context.topic,
            rule: d.rule,
            outcome: d.outcome,
            ...(typeof d.values?.evaluated === 'string' ? { values: { evaluated: d.values.evaluated } } : {}),
          },
        ]
      : [];
  const decisions = [...context.decisions.filter((n) => n.rule !== d?.rule), ...note];
  return {
    facts: out.facts,
    answered: out.answered,
    asking: null,
    partialDate: null,
    spanDays: null,
    known,
    reviewing: false,
    decisions,
  };
};

export const dropLastAnswer: Step = ({ context }) => {
  const last = context.answered.at(-1);
  if (!last) return {};
  const { [last]: _dropped, ...facts } = context.facts;
  return { facts, answered: context.answered.slice(0, -1), introduced: true, resumed: true };
};

/**
 * What the message says, noted for the question asked: a correction or what-if, and the facts it
 * gave of the rule when it did not answer the question asked (a date while the kind of ISSC is
 * asked), so they are acknowledged before the question comes again.
 */
export const noteChange: Step = ({ context, event }) => {
  const u = heard(event);
  const change = u?.change ?? null;
  // «sorry, our flag is Norwegian yes» asked after "what if it was a fishing vessel L 23 m instead?":
  // the answer goes on with what the what-if supposes, so the next question or decision says so again.
  if (u && !change && u.answer?.kind === 'value' && stillSupposed(context))
    return { change: { kind: 'what-if', marked: true, facts: [] }, noted: [] };
  if (!u || !context.ruleId || !context.asking || u.answer?.kind === 'value') return { change, noted: [] };
  const changed = new Set(change?.facts.map((f) => f.key) ?? []);
  const given = factsForRuleFrom(u, context.ruleId);
  const other = ruleFacts(context.ruleId).filter(
    (f) => Object.hasOwn(given, f.id) && f.id !== context.asking && !changed.has(f.questionKey),
  );
  // A fact said again with the value it already has («fiskebåt» of a fishing boat) is nothing new,
  // unless it is all the message says of the rule («lasteskip» while the tonnage is asked): then it
  // is acknowledged, as a reply that confirms what Losen had taken, not one it did not understand.
  const fresh = other.filter((f) => !sameValue(context.facts[f.id], given[f.id]));
  const confirms = fresh.length === 0 && !change;
  return { change, noted: (confirms ? other : fresh).map((f) => f.id) };
};
