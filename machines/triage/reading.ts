/**
 * What the triage reads from an e-mail: its language, its questions with their topics, and the
 * facts each question gives. This is the one seam between staff triage and the understanding
 * layer: `understand()` reads the facts (every rule's, by catalogue key, in bokmål, nynorsk and
 * English) and the rule hints of each question's paragraph; `classifyTopics` weighs the topics of
 * each question against its paragraph; `detectLocale` tells the written standard. What is e-mail
 * specific stays here and in `enquiry.ts`: quoted messages, signatures, a question's paragraph as
 * its context, facts of the person and the vessel shared by all questions, ages from identity numbers.
 */
import type { Locale, RoutableTopicId } from '../../content/topic-ids.js';
import { limit } from '../../rules/index.js';
import { detectLocale } from '../../understanding/language.js';
import { factsForRule, ruleFacts } from '../../understanding/rule-facts.js';
import { classifyTopics } from '../../understanding/topics.js';
import { type Understanding, understand } from '../../understanding/understand.js';
import type { QuestionText } from './enquiry.js';
import { newMessage, splitQuestions } from './enquiry.js';
import { ageOn, birthDateIn } from './identity.js';

/** A topic a question may be about, with the classifier's probability. */
export type Candidate = { topic: RoutableTopicId; score: number };

/** One question of the e-mail and the topics it may be about, best first (none: outside the catalogue). */
export type ReadQuestion = QuestionText & { candidates: Candidate[] };

export type ReadEnquiry = {
  locale: Locale;
  /** The new message (no quotes, greeting or signature), as read. */
  body: string;
  quoted: boolean;
  /** The questions in order. */
  questions: ReadQuestion[];
  /** The facts of rule `ruleId` that a question's `text` states (with the e-mail's shared context), by fact id. */
  factsFor(text: string, ruleId: string): Record<string, unknown>;
  /** The rules a question's `text` names by their own words (which of a topic's two rules is meant). */
  ruleHints(text: string): string[];
};

/** Below this probability a question's best topic is not trusted on the question's own paragraph. */
const CONFIDENT = 0.2;
/** A topic this probable makes a message in scope whatever the router's verdict. */
const DOMINANT = 0.4;
/** A question with no topic and fewer words than this is courtesy ("Kan dere hjelpe?"), not a question to answer. */
const MIN_WORDS_UNANSWERED = 6;

/**
 * Facts about the person or the vessel hold for every question of the e-mail; dates and periods
 * belong to the question they are written in (a health certificate's issue date is not the ISSC's).
 */
const SHARED_FACTS = new Set([
  'age',
  'flag',
  'vesselType',
  'grossTonnage',
  'lengthL',
  'lengthOverall',
  'tradingArea',
  'safetyManning',
  'crewSize',
  'role',
  'certificate',
]);

/**
 * Yes/no facts a cue in the e-mail settles (the fact reader reads only numbers, dates and choices).
 * A negation just before the cue ("har ikke fagbrev i restaurant- og matfag") makes it a no.
 * Temporary: it goes when the understanding layer reads such yes/no facts itself.
 */
const YES_NO_CUES: ReadonlyMap<string, RegExp> = new Map([
  [
    'hasRelevantEducation',
    /restaurant- og matfag|restaurant and food(?:-processing)? programme|kokkefagbrev|fagbrev (?:som|i) kokk|cook'?s? (?:trade|craft) certificate/iu,
  ],
]);
const NEGATION = /(?:ikke|ikkje|ingen|uten|utan|not|no|without)\s+(?:\S+\s+){0,3}$/iu;

function yesNoFacts(text: string, ruleId: string): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const f of ruleFacts(ruleId)) {
    const cue = YES_NO_CUES.get(f.id);
    const m = cue?.exec(text);
    if (m) out[f.id] = !NEGATION.test(text.slice(Math.max(0, m.index - 40), m.index));
  }
  return out;
}

/** The facts `understand` found in a text, by catalogue key. */
const byKey = (u: Understanding): Record<string, unknown> => Object.fromEntries(u.facts.map((f) => [f.key, f.value]));

const wordCount = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;

/** Topics scoring at least this share of the best one's are close enough to be weighed by the facts. */
const CLOSE = 0.8;

/**
 * The topics of one question: the classifier's probabilities for the question sentence and for it
 * with the sentences around it, averaged (the sentence alone names the subject best, its context
 * tells close topics apart); with the e-mail's shared context only when neither is confident.
 */
function candidatesOf(q: QuestionText, context: string): Candidate[] {
  const scores = new Map<RoutableTopicId, number>();
  let views = 0;
  let inScope = false;
  const add = (text: string) => {
    views += 1;
    let v: ReturnType<typeof classifyTopics>;
    try {
      v = classifyTopics(text);
    } catch {
      // A classifier bug on some word (the old router's lookups of "constructor") must not break the
      // triage: that view then counts as out of scope.
      return;
    }
    // The router calls a message with many unknown words out of scope even when one topic stands
    // out ("sommerjobb", "haster ikke"); a dominant topic still counts.
    if (v.kind !== 'out-of-scope' || (v.ranked[0]?.p ?? 0) >= DOMINANT) inScope = true;
    for (const r of v.ranked) scores.set(r.topic, (scores.get(r.topic) ?? 0) + r.p);
  };
  add(q.question);
  if (q.text !== q.question) add(q.text);
  const best = () => Math.max(0, ...scores.values()) / views;
  if (context && best() < CONFIDENT) add(`${context}\n\n${q.text}`);
  if (!inScope) return [];
  const ranked = [...scores.entries()]
    .map(([topic, sum]) => ({ topic, score: sum / views }))
    .sort((a, b) => b.score - a.score);
  const first = ranked[0];
  if (!first) return [];
  return ranked.filter((c) => c.score >= first.score * CLOSE).slice(0, 3);
}

/**
 * The age at a certificate's issue: exact from a birth date; from the age today only when it was
 * surely an adult's then (the youngest age it can have been is at least the adult age), since a
 * lower bound would otherwise decide wrongly.
 */
function ageAtIssue(issued: string, today: string, birth: string | undefined, ageNow: unknown): number | undefined {
  if (birth) return ageOn(birth, issued);
  if (typeof ageNow !== 'number') return undefined;
  const youngest = ageNow - ageOn(issued, today) - 1;
  return youngest >= limit('healthAdultAge') ? youngest : undefined;
}

/** Read a pasted e-mail. `locale` forces the language; `today` is ISO. */
export function readEnquiry(text: string, today: string, forcedLocale?: Locale): ReadEnquiry {
  const message = newMessage(text);
  const body = message.body || text.trim();
  const locale = forcedLocale ?? detectLocale(body) ?? detectLocale(text) ?? 'nb';
  const { questions: split, context: paragraphs } = splitQuestions(body);
  const context = [message.subject, paragraphs].filter(Boolean).join('\n\n');

  let questions = split.map((q) => ({ ...q, candidates: candidatesOf(q, context) }));
  // "Can you help us?" reads as the contact topic; it is a question only when it is all the e-mail
  // asks (whoever wrote has reached us), else courtesy, and left out.
  const aboutContact = (q: ReadQuestion) => q.candidates.length > 0 && q.candidates.every((c) => c.topic === 'contact');
  if (questions.some((q) => q.candidates.length > 0 && !aboutContact(q)))
    questions = questions
      .filter((q) => !aboutContact(q))
      .map((q) => ({ ...q, candidates: q.candidates.filter((c) => c.topic !== 'contact') }));
  const answered = questions.some((q) => q.candidates.length > 0);
  const kept = questions.filter(
    (q) => q.candidates.length > 0 || !answered || wordCount(q.question) >= MIN_WORDS_UNANSWERED,
  );
  const birth = birthDateIn(text);
  // Each text is understood once, however many rules and topics are tried on it.
  const understood = new Map<string, Understanding>();
  const read = (t: string) => {
    let u = understood.get(t);
    if (!u) {
      u = understand(t, { today });
      understood.set(t, u);
    }
    return u;
  };
  const inContext = (questionText: string) => (context ? `${context}\n\n${questionText}` : questionText);

  return {
    locale,
    body,
    quoted: message.quoted,
    questions: kept,
    factsFor(questionText, ruleId) {
      const own = inContext(questionText);
      const everywhere = byKey(read(body));
      const found: Record<string, unknown> = { ...yesNoFacts(own, ruleId), ...factsForRule(ruleId, byKey(read(own))) };
      for (const [id, value] of Object.entries(factsForRule(ruleId, everywhere)))
        if (SHARED_FACTS.has(id) && !Object.hasOwn(found, id)) found[id] = value;
      const ids = new Set(ruleFacts(ruleId).map((f) => f.id));
      if (birth && ids.has('age') && !Object.hasOwn(found, 'age')) found.age = ageOn(birth, today);
      const issued = found.issueDate;
      if (ids.has('ageAtIssue') && !Object.hasOwn(found, 'ageAtIssue') && typeof issued === 'string') {
        const age = ageAtIssue(issued, today, birth, everywhere.age);
        if (age !== undefined) found.ageAtIssue = age;
      }
      return found;
    },
    ruleHints: (questionText) => read(inContext(questionText)).ruleHints,
  };
}
