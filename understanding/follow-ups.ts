/**
 * A message after an answer, read with what the conversation is about: a short follow-up that names
 * nothing itself («kan det forlenges?», "why?", «og kva med reinhald?»), and a change said about
 * another person or vessel than the one decided («kollegaen min er 19», "our other boat"). Pure;
 * the topic verdicts come from the caller (understand.ts), which memoises them.
 */
import type { Locale } from '../rules/types.js';
import {
  ANSWERED_FOLLOW_UPS,
  BACK_REFERENCE_PRONOUNS,
  ELLIPTIC_OPENERS,
  POSSESSIVE_AFTER_NAME,
  KEPT_ON_TOPIC_WORDS,
  OTHER_SUBJECT_WORDS,
  REFERRED_OBJECTS,
  REPORTING_VERBS,
  SAME_TOPIC_OBJECTS,
  SEND_ASKED_WORDS,
  SOURCE_ASKED_PHRASES,
  SOURCE_OF_WORDS,
  THEN_ASKED_WORDS,
  THEN_ENDING_WORDS,
  WHY_SO_WORDS,
  WHY_WORDS,
} from './lexicon/discourse.js';
import { COOK_NOUNS } from './lexicon/certificate-words.js';
import { namesOtherShipCertificate, outsideTopic } from './narrow-readings.js';
import { alternation, fold, wholePhrases, words } from './normalize.js';
import { surely, type TopicVerdict } from './topics.js';

/** A question with its verdict and its own text (the part of the message it is). */
type Asked = { text: string; asks: boolean; verdict: TopicVerdict };

/** «kokken», "the cook": a cook question names its own subject (never a follow-up of another family's topic). */
const COOK_NAMED = new RegExp(`(?<![a-z])(?:${alternation(COOK_NOUNS.map(fold))})(?:en|a|ar|ane|s)?(?![a-z])`);
const namesOwnSubject = (q: Asked): boolean =>
  q.verdict.kind === 'answer' && q.verdict.topic.startsWith('cook.') && COOK_NAMED.test(fold(q.text));

/** The question answered as `topic`, surely (what the conversation is about settles it). */
export const asTopic = <Q extends Asked>(q: Q, topic: string): Q => ({
  ...q,
  verdict: surely(topic, q.verdict.ranked),
});

/** The name of what a question about `topic` is about (REFERRED_OBJECTS: the topic's own, or its family's). */
export const referredObject = (topic: string, locale: Locale): string | undefined =>
  (REFERRED_OBJECTS[topic] ?? REFERRED_OBJECTS[topic.split('.')[0] ?? ''])?.[locale];

const OTHER_PERSON = wholePhrases(OTHER_SUBJECT_WORDS.person);
const OTHER_VESSEL = wholePhrases(OTHER_SUBJECT_WORDS.vessel);
/** «kollegaen min sa at …», "my colleague says …": the other person reports, the case is still one's own. */
const REPORTS = new RegExp(
  `(?<![a-z])(?:${alternation(OTHER_SUBJECT_WORDS.person)})(?: [a-z]+)? (?:${alternation(REPORTING_VERBS)})(?![a-z])`,
);
/** Whether the message is about another person or vessel than the one decided about. */
/**
 * «og Marte?», "and Pedro's?": a follow-up that only names someone else by name, after a decision on
 * one person's case (the name as written, capitalised; possessive endings allowed).
 */
const NAMED_OTHER = new RegExp(
  `^\\s*(?:${ELLIPTIC_OPENERS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')})\\s+[A-ZÆØÅ][\\p{Ll}]{2,}(?:'s)?(?:\\s+(?:${POSSESSIVE_AFTER_NAME.join('|')}))?\\s*\\?*\\s*$`,
  'u',
);
export const namedOther = (read: string): boolean => NAMED_OTHER.test(read);

export const otherSubject = (folded: string): 'person' | 'vessel' | undefined =>
  OTHER_PERSON.test(folded) && !REPORTS.test(folded) ? 'person' : OTHER_VESSEL.test(folded) ? 'vessel' : undefined;

/** What to send or put in an application, asked after an answer (SEND_ASKED_WORDS). */
const SEND_ASKED = wholePhrases(SEND_ASKED_WORDS);
/** Manning topics whose answer says what to send for them. */
const PROCEDURE_OWN: ReadonlySet<string> = new Set([
  'manning.d6-update',
  'manning.stcw-update',
  'manning.how-to-apply',
]);

/** Most words of a follow-up question read with the topic the conversation is on. */
export const FOLLOW_UP_WORDS = 8;
/** … and of one that opens as a follow-up does («og …», "what about …"). */
export const FOLLOW_UP_ELLIPTIC_WORDS = 12;
/** A question ending with a pronoun that points back («… det?», "… it?"). */
export const ENDS_POINTING_BACK = new RegExp(`(?<![a-z0-9])(?:${alternation(BACK_REFERENCE_PRONOUNS)})[ ?!.]*$`);
/** A question ending in "then" («… da?», "… then?"): THEN_ENDING_WORDS. */
const ENDS_THEN = new RegExp(`(?<![a-z0-9])(?:${alternation(THEN_ENDING_WORDS)})[ ?!.]*$`);
/** How sure a question pointing back, read with what the conversation is about, must be of that family. */
const POINTING_BACK_FAMILY = 0.5;
/** …and one that does not end in "then" («hva må rederiet dokumentere?»). */
const POINTING_BACK_SURE = 0.9;

/** Most words of an elliptic first question beside facts of the decided rule («og skipper?», "and as master?"). */
export const ELLIPTIC_QUESTION_WORDS = 3;
/** How sure the follow-up read with its topic must be: the same topic again, or another of its family. */
const FOLLOW_UP_SAME = 0.8;
const FOLLOW_UP_FAMILY = 0.85;
/** A short follow-up less sure than this of another family alone is read with the topic too. */
const FOLLOW_UP_OTHER_FAMILY = 0.9;

/**
 * A short question after an answer that fits no topic alone because it names nothing («kan det
 * forlenges?» after the interim ISSC, "ok. how do we apply then?" after the manning certificate): read
 * with the name of what the conversation is about (REFERRED_OBJECTS), it is that topic again or
 * another of its family when the classifier is sure of it. Anything else stays as it was (the fallback
 * for "what does it cost?").
 */
/** The words that keep a follow-up on each topic (KEPT_ON_TOPIC_WORDS). */
const KEPT_ON_TOPIC = new Map(Object.entries(KEPT_ON_TOPIC_WORDS).map(([topic, list]) => [topic, wholePhrases(list)]));
/**
 * "does my time in a mechanical workshop ashore count?" after the ordinary seaman's requirements (the
 * practice §§ 77–78 say may count as service), "can we extend it by 1 month, the SSP approval is
 * delayed?" after the interim ISSC (it cannot be extended): a question on what the topic's own answer
 * settles is that topic's, never another rule its other words lean to.
 */
const keptOnTopic = (q: Asked, topic: string): boolean =>
  q.asks && KEPT_ON_TOPIC.get(topic)?.test(fold(q.text)) === true && !outsideTopic(topic, fold(q.text));

export function followUp<Q extends Asked>(
  questions: readonly Q[],
  topic: string,
  locale: Locale,
  verdictFor: (text: string) => TopicVerdict,
): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  const family = topic.split('.')[0] ?? '';
  const object = referredObject(topic, locale);
  // «hvorfor?», "why not?" after an answer: that answer again, with its reasons.
  const asked = q ? fold(q.text).trim() : '';
  if (q && asksWhyOrSource(q.text)) return [asTopic(q, topic)];
  // "are you sure? source?", "why the difference? which rule?": each part only asks why or where from.
  const [first] = questions;
  if (first && questions.length > 1 && questions.every((p) => asksWhyOrSource(p.text))) return [asTopic(first, topic)];
  // «hva da?», "what then?" alone: what the answer before says for that case, never a topic its few
  // words lean to (after how sea time is documented, «hva da?» is not who reports it).
  if (q && asked && THEN_ONLY.test(asked)) return [asTopic(q, topic)];
  if (q && answeredAlready(q, topic)) return [asTopic(q, topic)];
  if (q && keptOnTopic(q, topic)) return [asTopic(q, topic)];
  if (!q?.asks || !object) return [...questions];
  // "ok, what do we need to send?" after a manning answer: that topic's procedure (see sendAsked).
  const sent = sendAsked(q, topic);
  if (sent) return [sent];
  // «og kva med DOC?» after the ISSC: another regime's certificate is not the ISSC again.
  if (family === 'isps' && namesOtherShipCertificate(q.text)) return [...questions];
  // «og vedlikehold om bord ved kai?» after what counts as sea time: an elliptic follow-up («og …»,
  // "what about …") that reads as another family's topic alone is the same question again when, read
  // with what the conversation is about, it surely is.
  const elliptic =
    q.verdict.kind === 'answer' && !q.verdict.topic.startsWith(`${family}.`) && ELLIPTIC.test(fold(q.text));
  // «kven skal signere det?» after the electronic security plan: a short question that points back at
  // what was answered is about that, never about another family's topic its verb alone suggests (who
  // signs a sea-time confirmation). Read with what the conversation is about it is that family's, or
  // else nothing the catalogue settles: the fallback.
  if (
    q.verdict.kind === 'answer' &&
    !elliptic &&
    !q.verdict.topic.startsWith(`${family}.`) &&
    ENDS_POINTING_BACK.test(fold(q.text)) &&
    words(fold(q.text)).length <= FOLLOW_UP_WORDS
  ) {
    const read = verdictFor(`${q.text} ${object}`);
    return [
      read.kind === 'answer' && read.topic.startsWith(`${family}.`) && read.p >= POINTING_BACK_FAMILY
        ? { ...q, verdict: read }
        : { ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } },
    ];
  }
  // «hva må vi dokumentere da?» while a cook's qualification is asked: a short question ending in
  // "then" that names nothing of its own is about the situation at hand when, read with what the
  // conversation is about, it is surely that family's (the skills check the company documents), never
  // another family's topic its verb alone suggests (how sea time is documented). One that names its own
  // subject («trenger vi skipskokk da?») keeps its reading.
  // ("what must company document?" without a "then": when that reading is near certain.)
  // («kva må kokken ha?» after other duties of the safe manning names the cook: its own reading.)
  if (
    q.verdict.kind === 'answer' &&
    !elliptic &&
    !q.verdict.topic.startsWith(`${family}.`) &&
    !namesOwnSubject(q) &&
    words(fold(q.text)).length <= FOLLOW_UP_WORDS
  ) {
    const then = ENDS_THEN.test(fold(q.text));
    const read = verdictFor(`${q.text} ${object}`);
    if (
      read.kind === 'answer' &&
      read.topic.startsWith(`${family}.`) &&
      read.p >= (then ? POINTING_BACK_FAMILY : POINTING_BACK_SURE)
    )
      return [{ ...q, verdict: read }];
  }
  // «kven skal rapportere helseerklæringa då?» after how an application is processed: a short
  // question only fairly sure of another family alone is, read with what the conversation is about,
  // surely about that again (who reports it, for the application). Not one its own words settled
  // (p 0: «Kva krav er det til smørjar?» names the position it asks about).
  if (
    q.verdict.kind === 'answer' &&
    !elliptic &&
    !q.verdict.topic.startsWith(`${family}.`) &&
    q.verdict.p > 0 &&
    q.verdict.p < FOLLOW_UP_OTHER_FAMILY &&
    !namesOwnSubject(q) &&
    words(fold(q.text)).length <= FOLLOW_UP_WORDS
  ) {
    const read = verdictFor(`${q.text} ${object}`);
    if (
      read.kind === 'answer' &&
      read.topic.startsWith(`${family}.`) &&
      read.p >= FOLLOW_UP_FAMILY &&
      read.p > q.verdict.p
    )
      return [{ ...q, verdict: read }];
  }
  // ("What's the cod quota for 2026?" while sea time is asked: words that take any topic outside are
  // never read with what the conversation is about.)
  if (q.verdict.kind !== 'answer' && outsideTopic(topic, fold(q.text))) return [...questions];
  const situation = elliptic ? undefined : sameSituation(q, topic, object, verdictFor);
  if (situation) return [situation];
  if (q.verdict.kind === 'answer' && !elliptic) return [...questions];
  const verdict = verdictFor(`${q.text} ${object}`);
  const same =
    verdict.kind === 'answer' && verdict.topic === topic && verdict.p >= (elliptic ? FOLLOW_UP_FAMILY : FOLLOW_UP_SAME);
  const kin =
    verdict.kind === 'answer' && !elliptic && verdict.topic.startsWith(`${family}.`) && verdict.p >= FOLLOW_UP_FAMILY;
  if (same || kin) return [{ ...q, verdict }];
  const narrower = Object.hasOwn(SAME_TOPIC_OBJECTS, topic) ? SAME_TOPIC_OBJECTS[topic]?.[locale] : undefined;
  if (elliptic || narrower === undefined || (verdict.kind === 'answer' && verdict.p >= FOLLOW_UP_FAMILY))
    return [...questions];
  const again = verdictFor(`${q.text} ${narrower}`);
  return again.kind === 'answer' && again.topic === topic && again.p >= FOLLOW_UP_FAMILY
    ? [{ ...q, verdict: again }]
    : [...questions];
}

/** Most words of a longer follow-up, read with the topic only when that makes it near certain. */
export const LONG_FOLLOW_UP_WORDS = 16;
/** How sure a longer follow-up read with its topic must be (and only the same topic again). */
const LONG_FOLLOW_UP_SAME = 0.95;

/**
 * A longer question after an answer that fits no topic alone ("we are selling the ship to another
 * company, must we return it then?" after when the ISSC is returned): read with what the
 * conversation is about, the same topic again when that is near certain. Anything else stays.
 */
export function longFollowUp<Q extends Asked>(
  questions: readonly Q[],
  topic: string,
  locale: Locale,
  verdictFor: (text: string) => TopicVerdict,
): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  const object = referredObject(topic, locale);
  if (!q?.asks || !object) return [...questions];
  if (keptOnTopic(q, topic)) return [asTopic(q, topic)];
  if (q.verdict.kind !== 'answer' && outsideTopic(topic, fold(q.text))) return [...questions];
  const situation = sameSituation(q, topic, object, verdictFor) ?? sendAsked(q, topic);
  if (situation) return [situation];
  if (q.verdict.kind !== 'out-of-scope') return [...questions];
  if (topic.startsWith('isps.') && namesOtherShipCertificate(q.text)) return [...questions];
  const verdict = verdictFor(`${q.text} ${object}`);
  if (verdict.kind === 'answer' && verdict.topic === topic && verdict.p >= LONG_FOLLOW_UP_SAME)
    return [{ ...q, verdict }];
  // «hva med for meg selv da, jeg er også skipper?» after who may sign a confirmation: read with the
  // topic's own object (SAME_TOPIC_OBJECTS) when its family's leaves it open.
  const narrower = Object.hasOwn(SAME_TOPIC_OBJECTS, topic) ? SAME_TOPIC_OBJECTS[topic]?.[locale] : undefined;
  const again = narrower === undefined || verdict.kind === 'answer' ? undefined : verdictFor(`${q.text} ${narrower}`);
  return again?.kind === 'answer' && again.topic === topic && again.p >= LONG_FOLLOW_UP_SAME
    ? [{ ...q, verdict: again }]
    : [...questions];
}

/**
 * "ok, what do we need to send?", «kva må søknaden innehalde?», "do we need the KS-0308 form for it?"
 * after a manning answer: the topic's own procedure where it has one (an update with D6, after an STCW
 * revision), else how the manning certificate is applied for. Undefined for any other question.
 */
/** How surely a question sending papers must name another procedure of its own to be about that one. */
const NAMED_PROCEDURE = 0.9;
function sendAsked<Q extends Asked>(q: Q, topic: string): Q | undefined {
  if (!topic.startsWith('manning.') || !SEND_ASKED.test(fold(q.text))) return undefined;
  // («og etter STCW-revisjonen, hva må vi sende?» after the D6 update: the procedure it names itself.)
  const named =
    q.verdict.kind === 'answer' &&
    q.verdict.p >= NAMED_PROCEDURE &&
    PROCEDURE_OWN.has(q.verdict.topic) &&
    // ("do we need the KS-0308 form for it?" after the D6 update: the application's form, asked of the update.)
    q.verdict.topic !== 'manning.how-to-apply'
      ? q.verdict.topic
      : undefined;
  const to = named ?? (PROCEDURE_OWN.has(topic) ? topic : 'manning.how-to-apply');
  // "is the KS-0308 form available in English?": the procedure's sources do not say that.
  return outsideTopic(to, fold(q.text)) ? undefined : asTopic(q, to);
}

/**
 * "do we need to keep the full safe manning on board?" after lay-up: a question only fairly sure of
 * another topic of the family is, read with the situation the conversation is in (a topic's own
 * object, not its family's), that situation again when that is near certain. Undefined otherwise.
 */
function sameSituation<Q extends Asked>(
  q: Q,
  topic: string,
  object: string,
  verdictFor: (text: string) => TopicVerdict,
): Q | undefined {
  const family = topic.split('.')[0] ?? '';
  if (
    q.verdict.kind !== 'answer' ||
    q.verdict.topic === topic ||
    !q.verdict.topic.startsWith(`${family}.`) ||
    q.verdict.p >= FOLLOW_UP_OTHER_FAMILY ||
    !Object.hasOwn(REFERRED_OBJECTS, topic) ||
    words(fold(q.text)).length > LONG_FOLLOW_UP_WORDS
  )
    return undefined;
  const read = verdictFor(`${q.text} ${object}`);
  return read.kind === 'answer' && read.topic === topic && read.p >= LONG_FOLLOW_UP_SAME
    ? { ...q, verdict: read }
    : undefined;
}

const ANSWERED = new Map(Object.entries(ANSWERED_FOLLOW_UPS).map(([topic, asks]) => [topic, wholePhrases(asks)]));
/**
 * «kven bestemmer kor mange då?» after the crew at the quay: a short question the topic's own answer
 * answers (ANSWERED_FOLLOW_UPS), unless it surely names another topic itself; at most `maxWords`
 * words (by default a short follow-up's).
 */
export function answeredAlready(q: Asked, topic: string, maxWords?: number): boolean {
  const folded = fold(q.text);
  // «kva brev må vere om bord saman med det?»: unless read as another topic, it may be a little longer.
  const elsewhere = q.verdict.kind === 'answer' && q.verdict.topic !== topic;
  return (
    q.asks &&
    (ANSWERED.get(topic)?.test(folded) ?? false) &&
    words(folded).length <= (maxWords ?? (elsewhere ? FOLLOW_UP_WORDS : FOLLOW_UP_ELLIPTIC_WORDS)) &&
    !(q.verdict.kind === 'answer' && q.verdict.topic !== topic && q.verdict.p >= FOLLOW_UP_OTHER_FAMILY)
  );
}

/**
 * An opening filler, then "why" (or "why not") before a number or date of the answer ("why 10",
 * «kvifor 1867», "why not 30.04.2032?").
 */
const WHY_A_NUMBER = `(?:(?:men|but|og|and|ok|okay)[ ,]+)?(?:${alternation(WHY_WORDS)})(?: (?:not|ikke|ikkje))? (?:akkurat |exactly |just |bare |berre |only )?\\d`;
/** "why 10?", «kvifor 1867?» after an answer: a number of that answer asked about, never a new value. */
export const WHY_NUMBER = new RegExp(`^\\s*${WHY_A_NUMBER}`);
/**
 * "why 10? where is that rule", «hvor står det?», "which rule?", "whats the source for the 2 years?": the
 * reason or the source of the answer just given, which that answer, with its reasons and sources, gives again.
 */
const WHY_SOURCE = new RegExp(
  `^(?:(?:thanks|thank you|takk|ok|okay|men|but|og|and|so|sa)[ ,]+)?(?:${WHY_A_NUMBER}\\d*(?:[.,/-]\\d+){0,2}[ ?!.,]*(?=$|[a-z]))?(?:(?:(?:${alternation(SOURCE_ASKED_PHRASES)})(?: (?:${alternation(SOURCE_OF_WORDS)})| for (?:the |that |those )?\\d+(?:[.,]\\d+)?(?: [a-z]+)?)?[ ?!.,]*)+)?$`,
);
/** True when question text `text` only asks why, or the rule or source of the answer (WHY_ONLY, WHY_SOURCE). */
export const asksWhyOrSource = (text: string): boolean => {
  const folded = fold(text).trim();
  // (WHY_SOURCE's parts are all optional: an empty text asks nothing.)
  return folded !== '' && (WHY_ONLY.test(folded) || WHY_SOURCE.test(folded));
};
/**
 * A question that only asks why («hvorfor?», «kvifor ikkje?», "why not?", "how come?"), or why the
 * answer is so or differs («kvifor er det slik?», "why different?").
 */
const WHY_ONLY = new RegExp(
  `^(?:(?:men|but|og|and|ok|okay|hmm|hm)[ ,]+)?(?:hvorfor|hvorfor ikke|kvifor|kvifor ikkje|korfor|why|why not|how come|how so)(?: (?:${alternation(WHY_SO_WORDS)}))?[ ?!.]*$`,
);

/** A question that is only "what then?" («hva da?», «kva då?», THEN_ASKED_WORDS). */
const THEN_ONLY = new RegExp(`^(?:(?:men|but|ok|okay|hmm|hm)[ ,]+)?(?:${alternation(THEN_ASKED_WORDS)})[ ?!.]*$`);

/** An elliptic follow-up's opening: «og …», «hva med …», "and …", "what about …". */
export const ELLIPTIC = new RegExp(`^(?:${alternation(ELLIPTIC_OPENERS)})(?![a-z])`);
