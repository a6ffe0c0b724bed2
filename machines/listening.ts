/**
 * What the conversation takes from one understood message: the context `understand()` needs
 * (which question waits, which rule is on, what is known), and — given the message's
 * understanding — the facts it gives a rule, the topic it asks about instead, and the further
 * questions it holds. Plain functions, so the machine's guards stay one-line calls.
 */
import { z } from 'zod';
import { isTopicId, type RoutableTopicId, type TopicId } from '../content/topic-ids.js';
import { isRuleId, type RuleId } from '../rules/index.js';
import { sameValue } from '../understanding/changes.js';
import type { PartialDate } from '../understanding/extract.js';
import { SAME_AGAIN_WORDS } from '../understanding/lexicon/discourse.js';
import { fold, wholePhrases } from '../understanding/normalize.js';
import { changeableFacts, ruleFacts } from '../understanding/rule-facts.js';
import type { UnderstandContext, Understanding } from '../understanding/understand.js';

/**
 * A further question of a message, answered after the current one ("You also asked about …"):
 * its topic, or the 2–3 close topics to ask between, and the rules it names; no topic for a question
 * outside the catalogue (it gets the fallback). Its words are not kept.
 */
export type QueuedQuestion = { topics: RoutableTopicId[]; hints: string[] };

const queued = (q: Understanding['questions'][number]): QueuedQuestion[] =>
  !q.asks
    ? []
    : q.verdict.kind === 'answer'
      ? [{ topics: [q.verdict.topic], hints: q.ruleHints }]
      : q.verdict.kind === 'clarify'
        ? [{ topics: q.verdict.topics, hints: q.ruleHints }]
        : [{ topics: [], hints: [] }];

/** The parts of the conversation's context that understanding a message depends on. */
export type ListeningState = {
  ruleId: RuleId | null;
  asking: string | null;
  partialDate: PartialDate | null;
  known: Readonly<Record<string, unknown>>;
  /** The rule's facts answered so far, in order (the last one is what "nei vent, det er 120" corrects). */
  answered: readonly string[];
  /** The topic the conversation is on (what a short follow-up such as «kan det forlenges?» is about). */
  topic: string | null;
  /** The calendar days of a time given without the days worked ("3 months"): what «alle» answers. */
  spanDays?: number | null;
  /** The age the user said they are about to turn ("I turn 20 in January"). */
  ageToCome?: number | null;
  /** The month it is reached in, when said. */
  ageToComeMonth?: number | null;
  /** What each numbered question of the last message of several asked (what «og spm 2?» names). */
  items?: NumberedQuestion[] | null;
};
/** A numbered question of a message: its topics (none when outside the catalogue) and the rules it names. */
export type NumberedQuestion = { topics: RoutableTopicId[]; hints: string[] };

/** The context `understand()` reads the next message in. */
export const listeningContext = (state: ListeningState, today: string): UnderstandContext => ({
  today,
  pending:
    state.ruleId && state.asking
      ? {
          ruleId: state.ruleId,
          fact: state.asking,
          ...(state.partialDate ? { partialDate: state.partialDate } : {}),
          ...(state.spanDays ? { spanDays: state.spanDays } : {}),
        }
      : null,
  ruleId: state.ruleId,
  known: state.known,
  lastAnswered: state.answered.at(-1) ?? null,
  topic: state.topic,
  ...(state.ageToCome ? { ageToCome: state.ageToCome } : {}),
  ...(state.ageToComeMonth ? { ageToComeMonth: state.ageToComeMonth } : {}),
  ...(state.items ? { items: state.items } : {}),
});

const isRoutable = (id: string): id is RoutableTopicId => isTopicId(id) && id !== 'fallback';
const Stored = z.object({
  context: z.object({
    ruleId: z
      .string()
      .nullable()
      .transform((id) => (id !== null && isRuleId(id) ? id : null))
      .catch(null),
    asking: z.string().nullable().catch(null),
    partialDate: z.object({ year: z.number(), month: z.number() }).nullable().catch(null),
    known: z.record(z.string(), z.unknown()).catch({}),
    answered: z.array(z.string()).catch([]),
    topic: z.string().nullable().catch(null),
    spanDays: z.number().int().positive().nullable().catch(null),
    ageToCome: z.number().int().positive().nullable().catch(null),
    ageToComeMonth: z.number().int().min(1).max(12).nullable().catch(null),
    items: z
      .array(z.object({ topics: z.array(z.string()), hints: z.array(z.string()) }))
      .nullable()
      .transform((items) =>
        items ? items.map((i) => ({ topics: i.topics.filter(isRoutable), hints: i.hints })) : null,
      )
      .catch(null),
  }),
});

/** The listening state of a stored (persisted, JSON) conversation snapshot; empty when it has none. */
export function storedListeningState(snapshot: unknown): ListeningState {
  const parsed = Stored.safeParse(snapshot);
  return parsed.success
    ? parsed.data.context
    : {
        ruleId: null,
        asking: null,
        partialDate: null,
        known: {},
        answered: [],
        topic: null,
        spanDays: null,
        ageToCome: null,
        ageToComeMonth: null,
        items: null,
      };
}

/** The facts the message gives, by catalogue key (a change's values over what it merely states). */
export function knownFrom(u: Understanding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of u.facts) out[f.key] = f.value;
  for (const f of u.change?.facts ?? []) out[f.key] = f.value;
  return out;
}

/** The facts the message gives rule `ruleId`, keyed by the rule's fact ids. */
export function factsForRuleFrom(u: Understanding, ruleId: string): Record<string, unknown> {
  const given = knownFrom(u);
  const out: Record<string, unknown> = {};
  for (const f of ruleFacts(ruleId)) if (Object.hasOwn(given, f.questionKey)) out[f.id] = given[f.questionKey];
  return out;
}

/** True when the message gives rule `ruleId` at least one fact. */
export const tellsRule = (u: Understanding, ruleId: string | null): boolean =>
  ruleId !== null && Object.keys(factsForRuleFrom(u, ruleId)).length > 0;

/**
 * The one rule among `rules` that the message gives a fact no other of them takes («og fullt ISSC?»:
 * the kind of certificate, which only the validity rule takes), as a hint; none when it is not one.
 */
export function ownFactRule(u: Understanding, rules: readonly string[]): string[] {
  const given = knownFrom(u);
  const keysOf = (r: string) => new Set(ruleFacts(r).map((f) => f.questionKey));
  const telling = rules.filter((r) =>
    [...keysOf(r)].some((k) => Object.hasOwn(given, k) && rules.every((other) => other === r || !keysOf(other).has(k))),
  );
  return telling.length === 1 && telling[0] !== undefined ? [telling[0]] : [];
}

/** True when the message corrects, or asks a what-if about, a fact of rule `ruleId`. */
export const changesRule = (u: Understanding, ruleId: string | null): boolean =>
  ruleId !== null &&
  u.change !== undefined &&
  changeableFacts(ruleId).some(
    (f) => u.change?.facts.some((c) => c.key === f.questionKey) || u.change?.forget?.includes(f.questionKey),
  );

/**
 * After a decision, a statement that only says again facts it was decided on («den tar 12
 * passasjerer, ikke flere», «den brukes bare i lostjeneste»): no question and no change, every fact
 * it states already known with that value — the decision stands, and is said again.
 */
export function restatesKnown(
  u: Understanding,
  ruleId: string | null,
  known: Readonly<Record<string, unknown>>,
): boolean {
  if (ruleId === null || u.isQuestion || u.change !== undefined || u.facts.length === 0) return false;
  const own = new Set(ruleFacts(ruleId).map((f) => f.questionKey));
  return u.facts.every((f) => own.has(f.key) && Object.hasOwn(known, f.key) && sameValue(known[f.key], f.value));
}

/** The topic the message's first question is clearly about, when it is not `topic`. */
export function otherTopic(u: Understanding, topic: TopicId | null): RoutableTopicId | undefined {
  const verdict = u.questions[0]?.verdict;
  return verdict?.kind === 'answer' && verdict.topic !== topic ? verdict.topic : undefined;
}

/** True when the message reads as the answer to the question asked (a value, "don't know", a month). */
export const readsAsAnswer = (u: Understanding): boolean =>
  u.answer !== undefined && u.answer.kind !== 'not-understood';

/** A short reply (a few words) is an answer before it is a question: "12?" answers "How many?". */
export const isShort = (u: Understanding): boolean => u.words <= 3;

/** The message's further questions (after its first), to answer in turn. */
export const furtherQuestions = (u: Understanding): QueuedQuestion[] => u.questions.slice(1).flatMap(queued);

/** Most words a question outside the catalogue may have and still be only a changed fact ("45 BT, da?"). */
const BARE_CHANGE_WORDS = 5;

/**
 * A question the classifier finds outside the catalogue changes the case only when it says so
 * («hva om det er en fritidsbåt?») or is little more than the fact («og 45 BT?»): «hva koster det å
 * registrere en fritidsbåt?» names a vessel type but asks about something else.
 */
const outOfScopeButChange = (u: Understanding): boolean =>
  (u.change?.marked === true && (u.change.kind === 'what-if' || u.change.asksChange === true)) ||
  u.words <= BARE_CHANGE_WORDS;

/**
 * After a decision: the message changes a fact of the decided rule — said as a correction or
 * what-if, or as a plain statement ("45 BT"), or in a question about this topic or nothing else.
 */
export function changesDecision(u: Understanding, ruleId: string | null, topic: TopicId | null): boolean {
  // «ok, tilbake til båten vår» after what-ifs: the case as it is, decided again.
  if (u.change?.back === true && ruleId !== null) return true;
  if (!changesRule(u, ruleId)) return false;
  if (!u.isQuestion) return true;
  const verdict = u.questions[0]?.verdict;
  if (verdict?.kind === 'answer')
    return u.change?.marked === true || verdict.topic === topic || (u.words <= BARE_FOLLOW_UP_WORDS && sameAgain(u));
  return outOfScopeButChange(u);
}

/** Most words of a bare follow-up that only swaps a value ("and D4, same?"). */
const BARE_FOLLOW_UP_WORDS = 4;
/** «samme?», "same?", «likt?»: the same question again with the value changed. */
const SAME_AGAIN = wholePhrases(SAME_AGAIN_WORDS);
const sameAgain = (u: Understanding): boolean => SAME_AGAIN.test(fold(u.text));

/**
 * While a question waits: the message asks clearly about another topic (in question form, or at
 * some length: "Convert sea time for me") — and does not answer the question asked first, in a few
 * words, as a statement ("it is a workboat") or beside the question ("Norwegian. Also, do we need a
 * cook?"), nor change this rule's facts
 * ("hva om det er 45 BT?"), nor state facts of this rule without asking anything.
 */
export const switchesTopic = (u: Understanding, ruleId: string | null, topic: TopicId | null): boolean =>
  otherTopic(u, topic) !== undefined &&
  (u.isQuestion || u.words >= 4) &&
  !(readsAsAnswer(u) && (isShort(u) || asksBeside(u) || !u.isQuestion)) &&
  !(u.change?.marked === true && changesRule(u, ruleId)) &&
  // A statement that gives facts of the rule at hand («eg har 18 månader som vaktoffiser») is for it.
  !(!u.isQuestion && tellsRule(u, ruleId));

/** The message's first question is only part of it (something else stands beside it). */
const asksBeside = (u: Understanding): boolean => {
  const first = u.questions[0];
  return first !== undefined && (first.start > 0 || first.end < u.text.trim().length);
};

/** While a question waits: the message answers it, or gives (or corrects) other facts of the rule. */
export const answersOrTells = (u: Understanding, ruleId: string | null): boolean =>
  readsAsAnswer(u) || tellsRule(u, ruleId) || changesRule(u, ruleId);

/**
 * While a question waits: the message asks something outside the catalogue (and neither answers
 * the question asked nor changes this rule's facts): it gets the fallback before the question again.
 */
export const asksOutOfScope = (u: Understanding, ruleId: string | null): boolean =>
  u.isQuestion &&
  u.questions[0]?.verdict.kind === 'out-of-scope' &&
  !readsAsAnswer(u) &&
  !(changesRule(u, ruleId) && outOfScopeButChange(u));

/** The message asks something the catalogue has several close topics for. */
export const asksUnclear = (u: Understanding): boolean => u.isQuestion && u.questions[0]?.verdict.kind === 'clarify';

/**
 * The questions of a message that answers the question asked, about other topics than `topic`, to
 * answer after it: only questions beside the answer ("Norwegian. Also, do we need a cook?"), never
 * the message itself read as a question ("45 BT?", "hva om det er 45 BT?").
 */
export const questionsBesides = (u: Understanding, topic: TopicId | null): QueuedQuestion[] =>
  u.questions
    .filter((q) => q.start > 0 || q.end < u.text.trim().length)
    .flatMap(queued)
    .filter((q) => !(q.topics.length === 1 && q.topics[0] === topic));

/** `known` with the facts of rule `ruleId` replaced by `facts` (by fact id): what the rule now holds. */
export function withRuleFacts(
  known: Readonly<Record<string, unknown>>,
  ruleId: string,
  facts: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...known };
  for (const f of ruleFacts(ruleId)) {
    delete out[f.questionKey];
    if (Object.hasOwn(facts, f.id)) out[f.questionKey] = facts[f.id];
  }
  return out;
}
