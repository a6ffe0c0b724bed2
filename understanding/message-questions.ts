/**
 * The questions of a message, each with its topic verdict: the asking parts read alone or with the
 * sentences around them, further questions that name nothing read with what the question before
 * named, one asked again or only confirming dropped, and the clear questions put before the unclear.
 */
import type { RoutableTopicId } from '../rules/topics.js';
import type { Locale } from '../rules/types.js';
import { ELLIPTIC, ENDS_POINTING_BACK, referredObject } from './follow-ups.js';
import { foreignRegime } from './foreign-regime.js';
import { coordinatedQuestions } from './coordinated.js';
import {
  namesPay,
  namesPrice,
  d6Holder,
  flagChangedAway,
  isscFlagLeft,
  cookAged,
  listedAndAnother,
  renewalNotFirstIssue,
  onMobileUnit,
  outsideOwnTopic,
  outsideAny,
  outsideTopic,
} from './narrow-readings.js';
import {
  asks as asksPart,
  type MessagePart,
  NUMBERED_ITEM,
  opensOwnQuestion,
  opensQuestion,
  ruleHintsIn,
  subjectAndQuestion,
  whClause,
} from './questions.js';
import { HEALTH_LIMIT_WORDS, SHIP_CERTIFICATE_WORDS } from './lexicon/certificate-words.js';
import {
  ALSO_WORDS,
  SECOND_QUESTION_OPENERS,
  BACK_REFERENCE_PRONOUNS,
  CERTIFICATE_NAMED_BACK_WORDS,
  ALTERNATIVE_OPENERS,
  APPLYING_WORDS,
  JUDGED_BACK_WORDS,
  CONFIRMING_NOT_BEFORE,
  CONFIRMING_QUESTIONS,
  ELLIPTIC_OPENERS,
  POSSESSIVES,
  HOW_WORDS,
  PROCEDURE_TOPICS,
  QUESTION_JOINERS,
  SAME_FOR_OPENERS,
  SAME_MESSAGE_OBJECTS,
  TURN_AWAY_WORDS,
  TO_NORWAY_WORDS,
  WHAT_IF_OPENERS,
  STATED_OPENERS,
  SUBORDINATE_OPENERS,
  TAIL_JOINERS,
  INDIRECT_ASKING_WORDS,
} from './lexicon/discourse.js';
import { alternation, blankedAll, fold, leadingPhrases, matchesOf, wholePhrases, words } from './normalize.js';
import type { TopicVerdict } from './topics.js';
import { familyOf, foreignWords, wordsBeyond } from './topic-vocabulary.js';
import { describesVesselOnly, MAX_CLASSIFIED, MAX_QUESTIONS, statesCaseOf, verdictFor } from './verdicts.js';

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
  /** True for a question joined to the one before it in its sentence («…, og …?», "…, and …?"). */
  joined?: boolean;
};

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
/** How surely a question must lean to a topic for the case stated beside it to settle it. */
const CASE_LEANS = 0.5;

/** The whole message as its one question (module-level: tsx names each closure made). */
const wholeQuestion = (text: string, asks: boolean): Question => ({
  text,
  start: 0,
  end: text.length,
  asks,
  // "help with D6 master rights": the certificate named settles it, as it does for a question.
  verdict: flagChangedAway(foreignRegime(onMobileUnit(d6Holder(verdictFor(text), text), text), text), text),
  ruleHints: ruleHintsIn(text.slice(0, MAX_CLASSIFIED)),
});

/**
 * The questions of a message (see `Understanding.questions`); the what-ifs on a question before them
 * («…? And what if we were 11?») are pushed to `whatIfs` (see `Understanding.whatIfs`).
 */
export function questionsOf(
  text: string,
  parts: readonly MessagePart[],
  locale: Locale,
  whatIfs: string[] = [],
): Question[] {
  const read = questionsRead(text, parts, locale, whatIfs);
  // Read wholly as outside, one sentence may still join a clear question to an outside one («kva krav
  // er det til skipskokken, og må byssa godkjennast av Mattilsynet»): its head, asked about, is
  // answered, and the rest said to be outside — never both lost to the fallback.
  if (parts.length === 1 && read.length > 0 && read.every((q) => q.verdict.kind === 'out-of-scope'))
    return headAndTail(text) ?? headAndOutsideTail(text) ?? read;
  // (So may two parts of one sentence, the first not asking, where the second has words that take any
  // topic outside: «går bemanningssertifikatet ut på dato og må vi ha AIS på samme båt?».)
  if (
    parts.length === 2 &&
    parts[0]?.asks !== true &&
    ONE_SENTENCE.test(text.trim()) &&
    read.length > 0 &&
    read.every((q) => q.verdict.kind === 'out-of-scope')
  )
    return headAndOutsideTail(text) ?? read;
  return read;
}

/** One sentence: no sentence end or line break before its end. */
const ONE_SENTENCE = /^[^\n.?!]*[.?!]*$/;
/** A joiner where a second question may start: a comma (with or without a joining word), or the word alone. */
const ANY_JOINER = new RegExp(
  `,\\s*(?:(?:${alternation(TAIL_JOINERS)})\\s+)?|\\s+(?:${alternation(TAIL_JOINERS)})\\s+`,
  'giu',
);

/**
 * Round 56 (oos56): «går bemanningssertifikatet ut på dato og må vi ha AIS på samme båt?», "requirements
 * for a motorman, what's the average salary", «eg er kadett, når kan eg søkje sertifikat og får eg
 * studielån i kadettida»: one sentence read wholly as outside, whose last clause after a joiner asks
 * about something words take outside any topic (OUTSIDE_TOPIC_WORDS '*') while the rest asks, surely,
 * about a topic: the rest answered, the clause said to be outside — never both lost to the fallback.
 */
function headAndOutsideTail(text: string): Question[] | undefined {
  const joins = matchesOf(ANY_JOINER, text).filter((m) => {
    const tail = text.slice(m.index + m[0].length);
    // (After a comma, the clause opens as a question: "…, one day shift one night shift?" goes on.)
    return (
      outsideAny(fold(tail)) &&
      !outsideAny(fold(text.slice(0, m.index))) &&
      asksPart(tail) &&
      (!m[0].includes(',') || opensQuestion(tail))
    );
  });
  const m = joins.at(-1);
  if (!m) return undefined;
  const headText = text.slice(0, m.index).trim();
  const tailText = text.slice(m.index + m[0].length).trim();
  const headWords = words(fold(headText)).length;
  if (headWords < HEAD_TAIL_WORDS || words(fold(tailText)).length < HEAD_TAIL_WORDS) return undefined;
  // The head asks («…, når kan eg søkje sertifikat»; or two questions joined under one question mark),
  // or names a subject in a few words ("requirements for a motorman"), never a statement alone.
  // (Not a clause of condition or time before its main clause: "when the ferry is moored at the quay
  // overnight, who pays the overtime …?" is one question, outside.)
  if (m[0].includes(',') && SUBORDINATE_OPENING.test(fold(headText))) return undefined;
  const asksToo =
    asksPart(headText) ||
    headText
      .split(/,\s*/)
      .slice(1)
      .some((clause) => opensQuestion(clause)) ||
    (!m[0].includes(',') && endsWithQuestionMark(tailText) && opensOwnQuestion(tailText));
  // (A few words name a subject, "requirements for a motorman"; «Jeg har D6» states what one has. A
  // head the classifier is all but certain of may be a little longer: «Godkjenner de kadettplass på
  // utanlandsk skip», "requirements for able seaman on a 700 GT ship".)
  const subjectWords = sureOf(headText) ? SURE_SUBJECT_HEAD_WORDS : SUBJECT_HEAD_WORDS;
  if (!asksToo && (headWords > subjectWords || STATED_OPENING.test(fold(headText)))) return undefined;
  return surelyAndOutside(text, headText, tailText, text.indexOf(tailText, m.index));
}

/**
 * The two questions of a sentence split into `headText` and `tailText` (starting at `tailStart`): the
 * head surely a topic's (and no outside word takes it out of it), the tail outside the catalogue;
 * undefined otherwise.
 */
function surelyAndOutside(text: string, headText: string, tailText: string, tailStart: number): Question[] | undefined {
  const head = verdictFor(headText);
  const tail = verdictFor(tailText);
  if (head.kind !== 'answer' || head.p < HEAD_SURE || outsideTopic(head.topic, fold(headText))) return undefined;
  if (tail.kind !== 'out-of-scope') return undefined;
  const headStart = text.indexOf(headText);
  return [
    {
      text: headText,
      start: headStart,
      end: headStart + headText.length,
      asks: true,
      verdict: head,
      ruleHints: ruleHintsIn(headText),
    },
    {
      text: tailText,
      start: tailStart,
      end: tailStart + tailText.length,
      asks: true,
      joined: true,
      verdict: tail,
      ruleHints: [],
    },
  ];
}

/** A clause of condition or time opening a sentence («når båten ligg fortøyd …», "when …", "if …"). */
const SUBORDINATE_OPENING = new RegExp(`^(?:${alternation(SUBORDINATE_OPENERS)})(?![a-z])`);
/** A statement of the writer's own opening a clause («jeg har D6», "we are 12", «vår båt er …»). */
const STATED_OPENING = new RegExp(`^(?:${alternation(STATED_OPENERS)})(?![a-z])`);
/** The last joiner of a sentence («, og», "and", "+"), where a second question may start without a question word. */
const LAST_JOINER = new RegExp(
  `(?:,\\s*|\\s+)(?:${alternation(TAIL_JOINERS)})\\s+(?!.*(?:,\\s*|\\s+)(?:${alternation(TAIL_JOINERS)})\\s)`,
  'iu',
);
/** How sure the head alone must be of its topic. */
const HEAD_SURE = 0.9;
/** Fewest words of the head and of the tail. */
const HEAD_TAIL_WORDS = 2;
/** Most words of a head that names a subject without asking (and of one the classifier is all but certain of). */
const SUBJECT_HEAD_WORDS = 4;
const SURE_SUBJECT_HEAD_WORDS = 10;
/** How sure the classifier must be of such a longer head. */
const SURE_SUBJECT = 0.99;
const sureOf = (text: string): boolean => {
  const v = verdictFor(text);
  return v.kind === 'answer' && v.p >= SURE_SUBJECT;
};
/** Most words of a tail that goes on with the head's question ("do fire watch?"), its verb without a subject. */
const CONTINUED_TAIL_WORDS = 3;

/**
 * A sentence split at its last joiner into a head the classifier is sure of (and that no outside word
 * takes out of its topic) and a tail outside the catalogue: the head answered, the tail outside.
 */
function headAndTail(text: string): Question[] | undefined {
  const m = LAST_JOINER.exec(text);
  if (!m) return undefined;
  const headText = text.slice(0, m.index).trim();
  const tailText = text.slice(m.index + m[0].length).trim();
  const headWords = words(fold(headText)).length;
  if (headWords < HEAD_TAIL_WORDS || words(fold(tailText)).length < HEAD_TAIL_WORDS) return undefined;
  // The head asks, or names a subject in a few words ("cold lay-up manning"), never a statement ("our
  // ships cook is 18 and has fagbrev, …"); the tail is a question of its own or names one, never the
  // head's question going on ("Can the ship cook also be part of the safety manning and do fire watch?").
  if (!asksPart(headText) && headWords > SUBJECT_HEAD_WORDS) return undefined;
  if (opensQuestion(tailText) && !opensOwnQuestion(tailText) && words(fold(tailText)).length <= CONTINUED_TAIL_WORDS)
    return undefined;
  const tailStart =
    m.index +
    m[0].length +
    (text.slice(m.index + m[0].length).length - text.slice(m.index + m[0].length).trimStart().length);
  return surelyAndOutside(text, headText, tailText, tailStart);
}

function questionsRead(
  text: string,
  parts: readonly MessagePart[],
  locale: Locale,
  whatIfs: string[] = [],
): Question[] {
  // «matros krav og hvordan søker jeg arbeidsvisum til Norge», "Interim ISSC validity and what is the fee
  // …?": a subject named, then a question joined to it that is outside the catalogue. Read whole, the
  // message is outside; the subject is still asked about (its answer given, the question said to be
  // outside), never lost with it.
  // (Such a message is one sentence whose first part does not ask: parts of one or two.)
  const subjectFirst = parts.length <= 2 && parts[0]?.asks !== true ? subjectAndQuestion(text) : undefined;
  if (subjectFirst) {
    const [subject, question] = subjectFirst;
    const about = subject ? verdictFor(subject.text) : undefined;
    const asked = question ? verdictFor(question.text) : undefined;
    if (
      subject &&
      question &&
      about?.kind === 'answer' &&
      asked?.kind === 'out-of-scope' &&
      // (Or read whole as the subject's topic, when the question's own words ask beyond it: «krav til
      // smører, og hvor tar jeg fagbrev».)
      (verdictFor(text).kind === 'out-of-scope' ||
        asksBeyond(about.topic, { text: question.text, joined: true, verdict: asked }))
    )
      return [
        { ...subject, verdict: about, ruleHints: ruleHintsIn(subject.text) },
        { ...question, verdict: asked, ruleHints: [] },
      ];
  }
  const asking = parts.filter((p) => p.asks).slice(0, MAX_QUESTIONS);
  if (asking.length === 0) return [wholeQuestion(text, false)];
  // A question that names no rule ("Hvilken utløpsdato får vi?") takes the rules the sentences around it name.
  const aroundHints = ruleHintsIn(text.slice(0, MAX_CLASSIFIED));
  let classified = asking.flatMap((p) =>
    (
      turnedClause(p) ??
      coordinatedQuestions(p, verdictFor) ??
      joinedOutside({ ...p, asks: true, verdict: partVerdict(p, text, parts) })
    ).map((q) => {
      const own = ruleHintsIn(q.text);
      // «Eg har D6. Kan eg vere skipper?»: the certificate named beside the question settles it.
      // (Another country named in a later question of the message, «Hva kan jeg med D6 og gjelder det
      // i Sverige», is that question's: this one is read without it. So are a later question's outside
      // words: «… Kan eg vere skipsførar …? Og korleis søkjer eg om studielån?».)
      const around = withoutLaterQuestions(text, asking, p);
      return {
        ...q,
        // («Bemanningssertifikatet sier D5, men vi går bare i fartsområde 2. Kan vi bruke en med D6?»:
        // what the manning document lists, said beside the question, makes it which are accepted.)
        verdict: listedAndAnother(
          flagChangedAway(
            foreignRegime(
              onMobileUnit(d6Holder(renewalNotFirstIssue(cookAged(q.verdict, q.text, around), around), around), text),
              around,
            ),
            text,
          ),
          text,
        ),
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
  // (A one-word question beside it, "… When can I apply and how?", asks nothing of its own.)
  // "… call sign LH7788 … from 01.03.2026 to 31.08.2026 … Can you check if confirmation is ok?": a
  // question the classifier leans to a topic for, beside statements that are that topic's case.
  classified = classified.map((q) => {
    const lean = q.verdict.kind === 'out-of-scope' ? q.verdict.ranked[0] : undefined;
    return lean && lean.p >= CASE_LEANS && statesCaseOf(lean.topic, text)
      ? { ...q, verdict: { kind: 'answer', topic: lean.topic, p: lean.p, related: [], ranked: q.verdict.ranked } }
      : q;
  });
  // "… update our safe manning certificate due to the STCW revision. What must we send and where? Do
  // we have to use the KS-0308 form again?": a question whose topic the message's own words take it
  // outside of (not the question's words), in a message surely about another topic of its family, is
  // that topic (the update is not sent on the usual forms, seed 003).
  const foldedText = fold(text);
  if (classified.some((q) => q.verdict.kind === 'answer' && outsideTopic(q.verdict.topic, foldedText))) {
    const whole = verdictFor(text);
    classified = classified.map((q) =>
      q.verdict.kind === 'answer' &&
      whole.kind === 'answer' &&
      whole.p >= SURE_WHOLE &&
      whole.topic !== q.verdict.topic &&
      familyOf(whole.topic) === familyOf(q.verdict.topic) &&
      outsideTopic(q.verdict.topic, foldedText) &&
      !outsideTopic(q.verdict.topic, fold(q.text)) &&
      !outsideTopic(whole.topic, foldedText)
        ? { ...q, verdict: whole }
        : q,
    );
  }
  const substantive = classified.filter((q) => words(fold(q.text)).length > 1);
  const only = substantive.length === 1 ? substantive[0] : undefined;
  const onlyAt = only ? classified.indexOf(only) : -1;
  // "… D5 first issue since March 2025, no master rights. I sailed 12 months as OOW since then, I am
  // 27. Second question: my health certificate from 10.02.2025, valid now?": a question said to come
  // second (or also) after statements that surely ask another family's topic is asked after it.
  const before = only && classified.length === 1 && only.start > 0 ? text.slice(0, only.start) : '';
  // (The words that say so may end the part before it: «… 30 år. Et annet spørsmål: helseerklæringen …».)
  if (
    only &&
    before &&
    only.verdict.kind === 'answer' &&
    OPENS_SECOND.test(fold(text.slice(sentenceStart(text, only.start), only.end)))
  ) {
    const stated = verdictFor(before);
    if (
      stated.kind === 'answer' &&
      stated.p >= STATED_FIRST_SURE &&
      familyOf(stated.topic) !== familyOf(only.verdict.topic)
    )
      classified = [
        { text: before, start: 0, end: only.start, asks: true, verdict: stated, ruleHints: ruleHintsIn(before) },
        only,
      ];
  }
  if (only && parts.length > 1 && only.verdict.kind === 'answer') {
    const all = isscFlagLeft(verdictFor(text), text);
    const besideAfter = asksBesideAfter(text, only, all);
    if (
      all.kind === 'out-of-scope' &&
      asking.length === 1 &&
      (all.ranked[0]?.p ?? 0) < CLEARLY_OUTSIDE &&
      // "Our seaman Mark Reyes (born …) … call sign LH7788 … Can you check if confirmation is ok?": the
      // statements are the question's own case, not another matter.
      !statesCaseOf(only.verdict.topic, text) &&
      // ("How do we get D6 included in the manning certificate of our vessel? shes a 13m aluminium
      // workboat": beside it, only what the vessel is.)
      !describesVesselOnly(`${text.slice(0, only.start)} ${text.slice(only.end)}`) &&
      // («Vi kjøper et skip fra Danmark som skal inn i NIS. … Hva må vi gjøre for å få norsk ISSC?»: a
      // ship coming to Norway is how a ship is certified.)
      !(only.verdict.topic === 'isps.process' && TO_NORWAY.test(fold(text)))
    )
      classified[onlyAt] = { ...only, verdict: all };
    // «Må me ha skipskokk? Og kokken vår er 19 og har ikkje fagbrev, men …»: a question sure of its own
    // topic, then statements after it surely about another of its family — two questions, each answered.
    else if (besideAfter) classified = [only, besideAfter];
    else if (
      all.kind === 'answer' &&
      all.topic !== only.verdict.topic &&
      (familyOf(all.topic) === familyOf(only.verdict.topic) ||
        (all.p >= SURE_WHOLE && all.p > only.verdict.p) ||
        // «Vi skal ansette en smører. Hvor mye fartstid trenger han? …»: a question the classifier
        // hardly places (read to a topic by its words alone) gives way to a whole message it places.
        (only.verdict.p < CLEARLY_OUTSIDE && all.p >= CLEARLY_OUTSIDE) ||
        // «Bemanningssertifikatet sier D5 for fører, men vi går bare i fartsområde 3. Holder det med
        // D6?»: a short question pointing back at the statements is what they, near certain, are about.
        // («Min arbeidsgiver har registrert feil fartstid. Kan Sdir rette det om jeg sender e-post?» is
        // how wrong sea time is put right, not how to reach the Authority.)
        (all.p >= SURE_WHOLE &&
          only.start > 0 &&
          words(fold(only.text)).length <= POINTING_BACK_WORDS &&
          POINTS_BACK.test(fold(only.text))) ||
        // ("… our bookkeeper has offered to sign the sea time letters … Is that acceptable to Sdir?": the
        // Authority named in a short question pointing back is no question for its contact card.)
        (only.verdict.topic === 'contact' &&
          all.p >= CLEARLY_OUTSIDE &&
          only.start > 0 &&
          words(fold(only.text)).length <= POINTING_BACK_WORDS &&
          POINTS_BACK.test(fold(only.text))) ||
        // («ISSC-en vår gjeld til 30.09.2026 og vi har ikkje fått tatt mellomliggande verifikasjon. Er
        // sertifikatet gyldig no?»: "the certificate" of a short question not sure of its own topic is
        // the one the statements, surely about it, name.)
        (all.p >= HEAD_SURE &&
          only.verdict.p < CERTIFICATE_BACK_OWN &&
          only.start > 0 &&
          words(fold(only.text)).length <= POINTING_BACK_WORDS &&
          CERTIFICATE_BACK.test(fold(only.text))))
    )
      classified[onlyAt] = { ...only, verdict: all };
    // «Helseerklæringen er gyldig i 2 år, det vet jeg. Men kan fastlegen min skrive den?»: a short
    // question pointing back at what the statements, near certain, are about, whose words take that
    // outside its topic: outside too, never another topic its verb alone suggests (who signs a
    // sea-time confirmation).
    else if (
      all.kind === 'out-of-scope' &&
      (all.ranked[0]?.p ?? 0) >= SURE_WHOLE &&
      all.ranked[0]?.topic !== only.verdict.topic &&
      only.start > 0 &&
      words(fold(only.text)).length <= POINTING_BACK_WORDS &&
      POINTS_BACK.test(fold(only.text))
    )
      classified[onlyAt] = { ...only, verdict: all };
  }
  // "We got interim ISSC on the 2nd of November 2026. What is the last day it's valid? …": a short
  // first question that names nothing is about what the statements before it name, when they and it
  // read together surely as one topic.
  // "I work in Norway. I have D6. I can be skipper?": a short question outside the catalogue alone,
  // right after a statement that, read with it, is surely one topic («I have D6. I can be skipper?»),
  // is that topic; the sentences further back (where one works) say nothing of it. Never a question a
  // turn away or a fee.
  /** Short question `q`, outside alone, read with `stated`: the topic they surely are together (never one `around` takes outside). */
  const readWithStated = (q: Question, stated: string | undefined, around: string): Question | undefined => {
    if (
      !stated ||
      q.verdict.kind !== 'out-of-scope' ||
      words(fold(q.text)).length > BARE_AFTER_STATEMENT_WORDS ||
      namesPrice(fold(q.text)) ||
      turnsAway(text, q)
    )
      return undefined;
    const read = verdictFor(`${stated} ${q.text}`);
    return read.kind === 'answer' && read.p >= STATED_FIRST_SURE && !outsideTopic(read.topic, fold(around))
      ? { ...q, verdict: read }
      : undefined;
  };
  // "… got order to update manning certificate after STCW revision. Q1: what documents needed? Q2: …":
  // a short question of several whose own words lean to another family than the statements before
  // it, surely about one topic, name: read with them, it is that family's when surely so.
  const readAgainstStated = (q: Question, stated: string): Question | undefined => {
    // (Not one that names a rule's subject of its own: «… og kan eg bruke fartstida til D3?».)
    if (
      !stated ||
      q.verdict.kind !== 'answer' ||
      words(fold(q.text)).length > AGAINST_STATED_WORDS ||
      ruleHintsIn(q.text).length > 0 ||
      NAMES_SUBJECT.test(fold(q.text))
    )
      return undefined;
    // (Never "how do we reach you": «… Kan jeg ringe noen?» asks for the contact whatever was said.)
    const about = verdictFor(stated);
    if (
      about.kind !== 'answer' ||
      about.p < STATED_FIRST_SURE ||
      q.verdict.topic === 'contact' ||
      familyOf(about.topic) === familyOf(q.verdict.topic)
    )
      return undefined;
    const read = verdictFor(`${stated} ${q.text}`);
    return read.kind === 'answer' &&
      read.p >= STATED_FIRST_SURE &&
      familyOf(read.topic) === familyOf(about.topic) &&
      !outsideTopic(read.topic, fold(`${stated} ${q.text}`))
      ? { ...q, verdict: read }
      : undefined;
  };
  // («… ISSC utstedt 01.06.2022 med utløp 31.05.2027. Vi har ikke hatt mellomliggende verifikasjon. Er
  // sertifikatet gyldig nå? Og hva koster …?»: "the certificate" of a short question of several, not
  // sure of its own topic, is the one the statements before it, surely about it, name.)
  const certificateBack = (q: Question, stated: string): Question | undefined => {
    if (
      !stated ||
      q.verdict.kind !== 'answer' ||
      q.verdict.p >= CERTIFICATE_BACK_OWN ||
      words(fold(q.text)).length > POINTING_BACK_WORDS ||
      !CERTIFICATE_BACK.test(fold(q.text))
    )
      return undefined;
    // (The sentences right before it first: a greeting or "the customer asks:" before them adds nothing.)
    const near = parts
      .filter((p) => !p.asks && p.end <= q.start)
      .slice(-CERTIFICATE_BACK_SENTENCES)
      .map((p) => p.text)
      .join(' ');
    for (const before of near && near !== stated ? [near, stated] : [stated]) {
      const read = verdictFor(`${before} ${q.text}`);
      if (read.kind === 'answer' && read.p >= CERTIFICATE_BACK_SURE && read.topic !== q.verdict.topic)
        return { ...q, verdict: read };
    }
    return undefined;
  };
  const short = classified.length === 1 ? classified[0] : undefined;
  const statedBefore = short ? parts.filter((p) => !p.asks && p.end <= short.start).at(-1) : undefined;
  const shortRead = short ? readWithStated(short, statedBefore?.text, text) : undefined;
  if (shortRead) classified = [shortRead];
  // «… Vår ansatte Kari har D6 og er 22 år. Kan hun være skipper? Og må båten ha bemanningssertifikat?»:
  // so is each short question of several read with the statements right before it (since the
  // question before).
  // (Right after another question, "… after STCW revision. Q1: where to send? Q2: what documents
  // needed?", the statements before the first question are what a short question is read against.)
  const firstAsked = classified[0]?.start ?? 0;
  const preamble = parts
    .filter((p) => !p.asks && p.end <= firstAsked)
    .map((p) => p.text)
    .join(' ');
  if (classified.length > 1)
    classified = classified.map((q) => {
      const before = parts.filter((p) => p.end <= q.start);
      const stated = before
        .slice(before.findLastIndex((p) => p.asks) + 1)
        .map((p) => p.text)
        .join(' ');
      return (
        readWithStated(q, stated, `${stated} ${q.text}`) ??
        certificateBack(q, stated || preamble) ??
        readAgainstStated(q, stated || preamble) ??
        q
      );
    });
  const nameless = classified[0];
  if (
    nameless &&
    nameless.verdict.kind === 'out-of-scope' &&
    nameless.start > 0 &&
    words(fold(nameless.text)).length <= NAMELESS_LEAD_WORDS &&
    (POINTS_BACK.test(fold(nameless.text)) || JUDGED_BACK.test(fold(nameless.text))) &&
    !namesPrice(fold(nameless.text))
  ) {
    // "We have crew of 6 and no trained cook, the mate is cooking. Is this allowed …": read with the
    // statements surely as one family's topics, which of them is asked when it is left open.
    const withStatements = familyMenu(verdictFor(text.slice(0, nameless.end)));
    if (
      (withStatements.kind === 'answer' && withStatements.p >= NAMELESS_SURE) ||
      (withStatements.kind === 'clarify' && oneFamilySurely(withStatements))
    ) {
      classified[0] = { ...nameless, verdict: withStatements };
      // "… and what we need to document?": a short question joined to it is about the same.
      const next = classified[1];
      const family = familyOf(topicsOf(withStatements)[0] ?? '');
      if (
        next &&
        joinedTo(parts, next) &&
        words(fold(next.text)).length <= SHORT_ELLIPTIC_WORDS &&
        topicsOf(next.verdict).every((t) => familyOf(t) !== family)
      ) {
        const read = verdictFor(text.slice(0, next.end));
        if (read.kind !== 'out-of-scope' && topicsOf(read).every((t) => familyOf(t) === family))
          classified = classified.filter((q) => q !== next);
      }
    }
  }
  // «Vi har mistet originalt godkjenningsbrev for SSP. Hvordan får vi nytt?»: a short first question
  // after the statement it is about; that statement's words may take it outside its topic too.
  // So may they take every topic of a "did you mean" («Skipet ligger i opplag. Trenger vi ISSC da?»).
  const [lead] = classified;
  const leadTopics =
    lead?.verdict.kind === 'answer'
      ? [lead.verdict.topic]
      : lead?.verdict.kind === 'clarify'
        ? lead.verdict.topics
        : [];
  if (
    lead &&
    leadTopics.length > 0 &&
    lead.start > 0 &&
    words(fold(lead.text)).length <= LEAD_AFTER_STATEMENT_WORDS &&
    leadTopics.every((topic) => outsideTopic(topic, fold(text.slice(0, lead.start)))) &&
    // (Not statements that are the question's own case: an agency's pasted confirmation.)
    !leadTopics.some((topic) => statesCaseOf(topic, text.slice(0, lead.start)))
  )
    classified[0] = { ...lead, verdict: { kind: 'out-of-scope', ranked: lead.verdict.ranked } };
  // «skipet skal i varmt opplag. kva bemanning treng vi, og kva forsikring treng vi?»: the first of
  // several questions, after a statement that, read with it, is surely another topic of its family
  // (the lay-up, not which vessels need a manning certificate), is that topic.
  const opening = classified.length > 1 ? classified[0] : undefined;
  const openingStated = opening ? parts.filter((p) => !p.asks && p.end <= opening.start).at(-1) : undefined;
  // The first of several questions read with the statement right before it, surely one topic:
  // («Vi må oppdatere bemanningssertifikatet etter STCW-endringane. Må vi bruke det vanlege skjemaet
  // KS-0308, …?») another topic of its family, surer than the form alone is of how to apply: that one;
  // («Skipet skal i kaldt opplag … Hvor mange må være om bord? Bestemmer Sdir det?») one the classifier
  // places nowhere alone, read as the topic another question of the message is about: that question's
  // side too (answered once, never "outside").
  const openingRead = opening && openingStated ? verdictFor(`${openingStated.text} ${opening.text}`) : undefined;
  if (opening && openingRead?.kind === 'answer' && openingRead.p >= SURE_WHOLE) {
    const read = openingRead;
    const own = opening.verdict;
    const sharper =
      own.kind === 'answer' &&
      read.p > own.p &&
      read.topic !== own.topic &&
      familyOf(read.topic) === familyOf(own.topic);
    const placed =
      own.kind === 'out-of-scope' &&
      !outsideTopic(read.topic, fold(opening.text)) &&
      classified.some((q) => q !== opening && q.verdict.kind === 'answer' && q.verdict.topic === read.topic);
    if (sharper || placed) classified[0] = { ...opening, verdict: read };
  }
  // A further question that names nothing itself is about what the question before it named: another
  // side of it, or the same thing asked again («Korleis søkjer reiarlaget? Kva skjema skal vi bruke?»,
  // «… til kai? Eller kan nokon gå heim?»), which that answer covers.
  const covered = new Set<Question>();
  for (let i = 1; i < classified.length; i++) {
    const before = classified.slice(0, i).findLast((q) => q.verdict.kind === 'answer')?.verdict;
    const q = classified[i];
    // "master rights? … and where i send application?": how the company applies for its manning
    // certificate (forms KS-0308) is no answer to how another certificate is applied for; unless the
    // question names the manning certificate, it is outside.
    // (So is one torn between that and other topics: «… førerrett? og hvor sender jeg søknaden?».)
    if (
      q &&
      q.verdict.kind !== 'out-of-scope' &&
      topicsOf(q.verdict).includes('manning.how-to-apply') &&
      APPLYING.test(fold(q.text)) &&
      before?.kind === 'answer' &&
      !appliesForManning(classified.slice(0, i)) &&
      !MANNING_NAMED.test(fold(q.text))
    ) {
      classified[i] = { ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } };
      continue;
    }
    // "what is the fee for a safe manning document? and how long does it take": an elliptic question
    // is about what the one before it named, so that one's words may take it outside its topic too.
    if (
      q?.verdict.kind === 'answer' &&
      // So is a bare one («kva krav er det for å få D2 etter D3? kor mykje fartstid?»).
      // (An item of a numbered list is a question of its own: "1) … 2) cook needed?".)
      !NUMBERED_ITEM.test(q.text) &&
      (ELLIPTIC.test(fold(q.text)) ||
        AND_BEFORE.test(fold(text.slice(0, q.start))) ||
        words(fold(q.text)).length <= BARE_QUESTION_WORDS) &&
      words(fold(q.text)).length <= SHORT_ELLIPTIC_WORDS &&
      outsideTopic(q.verdict.topic, fold(text.slice(0, q.start))) &&
      // ("does an 80 GT cargo ship need AIS? and does it need a manning certificate?": a question that
      // names the ship's certificate it asks about is about that, whatever "it" is.)
      !SHIP_CERTIFICATE_NAMED.test(fold(q.text)) &&
      // (Nor one that names its own subject, near certain of it and pointing back at nothing, when only
      // words that take any topic outside came before: «kvar kjøper eg sjøkart for Lofoten? og kva må
      // stå i ei stadfesting av fartstid»; not "How do I get D6 …, and how many days fartstid do I need?".)
      !(
        q.verdict.p >= OWN_SUBJECT_SURE &&
        !POINTS_BACK.test(fold(q.text)) &&
        !outsideOwnTopic(q.verdict.topic, fold(text.slice(0, q.start)))
      )
    ) {
      classified[i] = { ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } };
      continue;
    }
    // «… og kva kostar verifikasjonen?»: a fee is no other side of what the question before named.
    // Nor is one whose words take it outside that topic («Gjelder helseerklæringen i to år, og må jeg ta
    // ny syntest hver gang?»): it stays outside, said to be so after the answer.
    if (
      !q ||
      before?.kind !== 'answer' ||
      namesPrice(fold(q.text)) ||
      // («… og kva er minsteløna for smørar»: nor is pay.)
      (q.verdict.kind === 'out-of-scope' && namesPay(fold(q.text))) ||
      (q.verdict.kind === 'out-of-scope' && asksBeyond(before.topic, q, andBefore(text, q)))
    )
      continue;
    // "… can it be extended? when does it expire at the latest?": a short question pointing back at
    // what the message is about, which read with it is the question before's topic, is covered by
    // that answer.
    // (Not when it is another side of that topic's family: "… NOR flag. Is a safe manning document
    // required? and does it expire?" asks the expiry too.)
    if (
      q.verdict.kind === 'out-of-scope' &&
      !WHAT_IF_OPENING.test(fold(q.text)) &&
      POINTS_BACK.test(fold(q.text)) &&
      words(fold(q.text)).length <= NAMELESS_LEAD_WORDS &&
      referring(q, before.topic, locale) === undefined &&
      // (Not one joined in one sentence to a question the classifier, reading it alone, hardly
      // places it beside — «Kan sikkerhetsplanen være elektronisk og må den være på norsk?»: the
      // whole reads as the first question's topic whatever the second asks.)
      !joinedApart(parts, q, before.topic)
    ) {
      const read = verdictFor(text.slice(0, q.end));
      if (read.kind === 'answer' && read.topic === before.topic) {
        covered.add(q);
        continue;
      }
    }
    // «Do we need a ship's cook? Hva om det er 45 BT?»: a what-if on the question before it, which
    // the conversation takes up once that is answered; never a question of its own.
    // (Not one that names something of its own the topic never speaks of: «samme for fiskeskipper?»,
    // "what about the ship's radio licence?" ask about another thing, said to be outside.)
    if (
      (ALTERNATIVE.test(fold(q.text)) && !namesBeyond(q.text, before.topic)) ||
      (q.verdict.kind !== 'answer' &&
        ((WHAT_IF_OPENING.test(fold(q.text)) && !namesBeyond(q.text, before.topic)) ||
          // («Treng ferja bemanningssertifikat? Og må ferja ha hjartestartar?»: a whole question of its
          // own the classifier hardly leans to that topic for is not read with its name, which would
          // settle it either way; an elliptic one, «Og Marte sin fra 15.06.2026?», still is.)
          (!(opensQuestion(q.text) && leansApart(q, before.topic)) && asksSameAgain(q, before.topic, locale))))
    ) {
      covered.add(q);
      if (q.verdict.kind !== 'answer' && WHAT_IF_OPENING.test(fold(q.text))) whatIfs.push(q.text);
    } else classified[i] = vague(referringEarlier(q, classified.slice(0, i), locale) ?? q, before);
  }
  if (covered.size > 0) classified = classified.filter((q) => !covered.has(q));
  // The clear questions first, then those that need a "did you mean" (a menu waits for a click).
  const clear: Question[] = [];
  for (const q of classified)
    if (q.verdict.kind === 'answer' && !clear.some((a) => sameTopic(a.verdict, q.verdict))) clear.push(q);
  // «… oppdatere bemanningsoppgaven pga STCW-endringer. Hva skal soknaden inneholde og hvor sender vi?»:
  // beside the STCW update, how a company applies is no answer (the update is not sent on those forms,
  // seed 003; its own answer says where it goes).
  if (clear.some((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'manning.stcw-update'))
    for (let i = clear.length - 1; i >= 0; i--) {
      const q = clear[i];
      if (q?.verdict.kind === 'answer' && q.verdict.topic === 'manning.how-to-apply') clear.splice(i, 1);
    }
  const limits = healthLimits(text, clear);
  if (limits) clear.push(limits);
  const unclear = classified.filter((q) => q.verdict.kind === 'clarify');
  // Beside a clear question, an unclear part gets a menu only when it was asked with a question mark
  // («Skal brukes til D6.» after a pasted confirmation is a statement, not a second question), and a
  // question outside the catalogue is said to be so (never silently dropped) — unless it is joined to
  // the question before it («Kan vi bruke Min side, og hvilken rolle i Altinn trenger vi?»): it shares
  // that question's subject, whose answer may cover it. No answer covers a fee («…, og kva kostar det?»).
  const joinedAt = new Set(parts.filter((p) => p.joined).map((p) => p.start));
  const unmarked = !text.includes('?');
  /** The questions outside the catalogue asked beside the clear ones `clear`: each said to be outside. */
  const outsideBeside = (clear: readonly Question[]): Question[] =>
    classified.filter(
      (q) =>
        q.verdict.kind === 'out-of-scope' &&
        (namesPrice(fold(q.text)) ||
          namesPay(fold(q.text)) ||
          // «…, og hvor mye tjener en lettmatros?»: words no topic answers are never covered.
          clear.every((c) => c.verdict.kind === 'answer' && asksBeyond(c.verdict.topic, q, andBefore(text, q))) ||
          // «samme for fiskeskipper?», «og hva med M5?», "what about the ship's radio licence?": a short
          // elliptic question about a thing the topics answered never speak of.
          (SHORT_OTHER_OPENING.test(fold(q.text)) &&
            clear.every((c) => c.verdict.kind === 'answer' && namesBeyond(q.text, c.verdict.topic))) ||
          // (In a message that marks no question with a question mark, "Hva er kravene til matros og hvor
          // tar jeg fagbrev", a question joined to the one before asks as much as one that does.)
          // («Hvor lenge er havnesikringsplanen godkjent, og hvor lenge gjelder et midlertidig ISSC?»: the
          // question mark of the question joined to it marks it too.)
          (asksOnItsOwn(
            q.text,
            (unmarked && joinedAt.has(q.start)) ||
              markedByJoined(parts, q) ||
              closesUnmarked(text, q) ||
              ASKS_INDIRECTLY.test(fold(q.text)),
          ) &&
            (!joinedAt.has(q.start) || leansElsewhere(q, clear)))),
    );
  if (clear.length > 0)
    return [...clear, ...unclear.filter((q) => endsWithQuestionMark(q.text)), ...outsideBeside(clear)];
  // No question is clear on its own; the sentences around it settle what it is about (the question
  // stays where it is): "… cold lay-up. how many crew must stay on board?" is about the lay-up only.
  // A question that says it asks something besides ("We also wonder whether the certificate will then
  // get an expiry date") is also about another side of what the sentences ask for.
  const first = unclear[0] ?? classified[0];
  // A fee asked ("what is the fee for a safe manning document? and how long does it take") is never
  // settled by the sentences around it: no topic says what anything costs.
  // So is one asked earlier in the question's sentence ("the assessor - how much the assessor cost and
  // how to find one near Stavanger?").
  // (Nor is pay: «Hei, jeg har D6 … Hvor mye bør jeg be om i timelønn …?».)
  const fee =
    first?.verdict.kind === 'out-of-scope' &&
    (namesPrice(fold(first.text)) ||
      namesPay(fold(first.text)) ||
      namesPrice(fold(text.slice(sentenceStart(text, first.start), first.end))));
  // "… bemanningen følger § 13, det vet vi. Men hva må vi gjøre med tollen …?", "the dagordning is clear
  // to us. What I want is …": a question turned away from what the sentences before it said is not
  // about that; the statements never settle it.
  if (first && parts.length > 1 && !fee && !turnsAway(text, first)) {
    // (A later question whose own words take any topic outside is no part of what the sentences settle
    // on: «… har D6 … Kan eg vere skipsførar …? Og korleis søkjer eg om studielån?».)
    const aside = classified.filter(
      (q) => q.start > first.start && q.verdict.kind === 'out-of-scope' && outsideAny(fold(q.text)),
    );
    const all = verdictFor(blankedAll(text, aside));
    if (all.kind === 'answer') {
      const besides = first.verdict.kind === 'out-of-scope' && ALSO.test(fold(first.text));
      const also = besides ? referring(first, all.topic, locale) : undefined;
      if (also) return [{ ...first, verdict: all }, also];
      // A question torn between topics, one of them another side of what the message is about, is
      // that side ("… update because of the STCW revision. What should we send? Also, does the
      // document have an expiry date?" asks the update and the expiry): both are answered.
      const sides = unclear.flatMap((q) => {
        const read = referring(q, all.topic, locale);
        return read?.verdict.kind === 'answer' &&
          q.verdict.kind === 'clarify' &&
          q.verdict.topics.includes(read.verdict.topic)
          ? [read]
          : [];
      });
      const main = classified.find((q) => !sides.some((s) => s.start === q.start));
      if (sides.length > 0 && main) return [{ ...main, verdict: all }, ...sides.slice(0, MAX_QUESTIONS - 1)];
      const settled = { ...first, verdict: all };
      const limits = healthLimits(text, [settled]);
      if (limits) return [settled, limits];
      // («Har dere en regnemaskin for fartstid? 8 timer om dagen i 90 dager. Og hvor lenge kan jeg være
      // borte før NAV stopper dagpengene?»: a later question that asks beyond what the message settles
      // on is still said to be outside.)
      const outside = classified.filter(
        (q) =>
          q.start > first.start && q.verdict.kind === 'out-of-scope' && asksBeyond(all.topic, q, andBefore(text, q)),
      );
      return [settled, ...outside].slice(0, MAX_QUESTIONS);
    }
  }
  // («Hvem melder fartstid elektronisk, og hvem melder yrkesskade til NAV?»: beside a "did you mean", a
  // later question whose words take any topic outside is still said to be outside, never dropped.)
  const besideMenu =
    first?.verdict.kind === 'clarify'
      ? classified.filter((q) => q.start > first.start && q.verdict.kind === 'out-of-scope' && outsideAny(fold(q.text)))
      : [];
  return [first ?? wholeQuestion(text, asking.length > 0), ...besideMenu].slice(0, MAX_QUESTIONS);
}

/** A question opening with "but" («men», "however"), or said to be the real one ("my question is"). */
const TURN_OPENING = new RegExp(`^(?:${alternation(TURN_AWAY_WORDS.openers)})(?![a-z])`);
const TURN_SAID = wholePhrases(TURN_AWAY_WORDS.phrases);
/** True when question `q` of `text` turns away from the sentences before it (TURN_AWAY_WORDS). */
const TURN_KNOWN = wholePhrases(TURN_AWAY_WORDS.known);
/**
 * True when question `q` of `text` turns away from the sentences before it: said to be the real
 * question, or opening with "but" after saying that what went before is known («det vet vi»). (A
 * "but" alone may go on about the same: «Vi fekk I-ISSC 15. oktober. Men når går det ut?».)
 */
const turnsAway = (text: string, q: Question): boolean => {
  if (q.start === 0) return false;
  const before = fold(text.slice(0, q.start));
  return TURN_SAID.test(fold(text.slice(0, q.end))) || (TURN_OPENING.test(fold(q.text)) && TURN_KNOWN.test(before));
};

/** The topics a verdict names: its answer's, or its menu's. */
const topicsOf = (verdict: TopicVerdict): string[] =>
  verdict.kind === 'answer' ? [verdict.topic] : verdict.kind === 'clarify' ? [...verdict.topics] : [];

/** A "did you mean" between topics of one family that together are near certain. */
const oneFamilySurely = (verdict: TopicVerdict & { kind: 'clarify' }): boolean =>
  verdict.topics.every((t) => familyOf(t) === familyOf(verdict.topics[0] ?? '')) &&
  verdict.ranked.filter((r) => verdict.topics.includes(r.topic)).reduce((sum, r) => sum + r.p, 0) >= NAMELESS_SURE;

/**
 * An answer not sure on its own whose family is near certain (cook.required 0.69 beside
 * cook.qualification 0.28): a "did you mean" between that family's plausible topics.
 */
function familyMenu(verdict: TopicVerdict): TopicVerdict {
  if (verdict.kind !== 'answer' || verdict.p >= NAMELESS_SURE) return verdict;
  const kin = verdict.ranked.filter((r) => familyOf(r.topic) === familyOf(verdict.topic));
  const plausible = kin.filter((r) => r.p >= FAMILY_MENU_EACH).slice(0, 3);
  const mass = kin.reduce((sum, r) => sum + r.p, 0);
  return plausible.length >= 2 && mass >= NAMELESS_SURE
    ? { kind: 'clarify', topics: plausible.map((r) => r.topic), ranked: verdict.ranked }
    : verdict;
}
/** How likely a topic of such a family must be to be offered. */
const FAMILY_MENU_EACH = 0.15;

/** A ship coming to the Norwegian flag or register (TO_NORWAY_WORDS). */
const TO_NORWAY = wholePhrases(TO_NORWAY_WORDS);
/** A ship's certificate of the catalogue named (the manning certificate, the ISSC). */
const SHIP_CERTIFICATE_NAMED = leadingPhrases([...SHIP_CERTIFICATE_WORDS.manning, ...SHIP_CERTIFICATE_WORDS.security]);
/** The manning certificate named (SHIP_CERTIFICATE_WORDS.manning: «bemanningssertifikatet», "MSMD"). */
const MANNING_NAMED = leadingPhrases(SHIP_CERTIFICATE_WORDS.manning);
/** Applying or sending an application («hvor sender jeg søknaden», "how to apply"): APPLYING_WORDS. */
const APPLYING = wholePhrases(APPLYING_WORDS);

/** «…, og …?», "…, and …?": a comma, then a word that joins a second clause to the first. */
const CLAUSE_JOINER = new RegExp(`,\\s*(?:${alternation(QUESTION_JOINERS)})\\s+`, 'giu');
/** Fewest words a joined clause must have to be a question of its own ("og må den ha radar?"). */
const MIN_CLAUSE_WORDS = 3;

/**
 * «Er helseerklæringen gyldig i to år, og kan jeg få den refundert av Helfo?», "When is a cook required,
 * and what galley equipment is mandatory?": one question mark, two questions. When the clause before
 * the joiner alone is the whole question's topic, and the clause after it alone is outside the
 * catalogue and asks beyond that topic (words no example of its family uses), they are two questions:
 * the first answered, the second said to be outside — never silently answered as part of the first.
 * Anything less stays one question, as before ("…, og hva om vi bare er 8?", "…, and what form?").
 */
function joinedOutside(q: MessagePart & { verdict: TopicVerdict }): (MessagePart & { verdict: TopicVerdict })[] {
  // (So is one the words of its second clause took outside as a whole, while the classifier leaned
  // to a topic: «Når kreves skipskokk, og må kokken ha hygienebevis fra Mattilsynet?».)
  const lean = q.verdict.kind === 'out-of-scope' ? q.verdict.ranked[0] : undefined;
  const topic = q.verdict.kind === 'answer' ? q.verdict.topic : lean && lean.p >= CASE_LEANS ? lean.topic : undefined;
  if (topic === undefined || !endsWithQuestionMark(q.text)) return [q];
  for (const m of q.text.matchAll(CLAUSE_JOINER)) {
    const head = q.text.slice(0, m.index);
    const tail = q.text.slice(m.index + m[0].length);
    if (words(fold(tail)).length < MIN_CLAUSE_WORDS || WHAT_IF_OPENING.test(fold(tail))) continue;
    const first = verdictFor(head);
    const second = verdictFor(tail);
    if (first.kind !== 'answer' || first.topic !== topic || second.kind !== 'out-of-scope') continue;
    if (!asksBeyond(topic, { text: tail, joined: true, verdict: second })) continue;
    const at = q.start + m.index + m[0].length;
    return [
      { ...q, text: head, end: q.start + head.length, verdict: q.verdict.kind === 'answer' ? q.verdict : first },
      { text: tail, start: at, end: at + tail.length, asks: true, joined: true, verdict: second },
    ];
  }
  return [q];
}

/** «…, men …», "…, but …": a comma, then "but" opening the clause after it. */
const BUT_CLAUSE = new RegExp(`,\\s*(?:${alternation(TURN_AWAY_WORDS.openers)})\\s+`, 'iu');
/**
 * «Jeg vet at helseerklæringen gjelder i to år, men hvor finner jeg en oversikt over sjømannsleger?»,
 * "I know the ISSC interim is max 6 months, but who trains our crew …?": in one sentence, what the
 * writer says they know, then the question. The question is the clause after "but", read alone.
 */
function turnedClause(p: MessagePart): (MessagePart & { verdict: TopicVerdict })[] | undefined {
  const m = BUT_CLAUSE.exec(p.text);
  if (!m || !TURN_KNOWN.test(fold(p.text.slice(0, m.index)))) return undefined;
  const text = p.text.slice(m.index + m[0].length);
  if (words(fold(text)).length < MIN_CLAUSE_WORDS || !endsWithQuestionMark(text)) return undefined;
  const start = p.start + m.index + m[0].length;
  return [{ text, start, end: start + text.length, asks: true, verdict: verdictFor(text) }];
}

/**
 * `text` with the questions of `asking` after `part` blanked out (the statements and the questions
 * before it kept, in place): a later question is no context of an earlier one, while an earlier one
 * may be the context of a later, elliptic one ("… engineer officer certificate M4? how much sea time?").
 */
function withoutLaterQuestions(text: string, asking: readonly MessagePart[], part: MessagePart): string {
  return blankedAll(
    text,
    asking.filter((later) => later.start > part.start),
  );
}

/** True when question `q` is a part joined to the one before it («… og …», "… and …"). */
const joinedTo = (parts: readonly MessagePart[], q: Question): boolean =>
  parts.some((p) => p.start === q.start && p.joined === true);

/** A question the classifier, reading it alone, hardly leans to `topic` for (JOINED_LEAN). */
const leansApart = (q: Question, topic: string): boolean =>
  (q.verdict.ranked.find((r) => r.topic === topic)?.p ?? 0) < JOINED_LEAN;
/** Such a question joined to the one before it in its sentence. */
const joinedApart = (parts: readonly MessagePart[], q: Question, topic: string): boolean =>
  joinedTo(parts, q) && leansApart(q, topic);

/**
 * True when `q`, a question the classifier finds outside the catalogue, asks beyond `topic`: it has
 * words that take that topic outside (OUTSIDE_TOPIC_WORDS), or, joined to the question before it in
 * one sentence, words no example of that topic's family uses (topic-vocabulary.ts: «…, og kan jeg få
 * den refundert av Helfo?» beside the health certificate). One such word alone may be an unusual
 * way of saying that topic's own thing («…, og kan vi få forlengt ho om godkjenninga dreg ut?» beside
 * the interim ISSC), so it counts only when the classifier, too, leans hardly at all to that topic
 * ("…, and what galley equipment is mandatory?"). (A sentence of its own after the answer's question,
 * "… when does it expire at the latest?", may say things in words of its own and still be about the
 * same: only the words that take it outside count there.)
 */
function asksBeyond(topic: string, q: Pick<Question, 'text' | 'joined' | 'verdict'>, andBefore = false): boolean {
  const folded = fold(q.text);
  if (outsideTopic(topic, folded)) return true;
  // (A sentence of its own that says it asks besides, «… ? og er det egen skattesats for sjøfolk»,
  // «… ? trenger havna også sikringsplan»: as a joined one, when two of its words are surely beyond.)
  if (q.joined !== true) return (andBefore || ALSO.test(folded)) && wordsBeyond(topic, q.text).length >= SURELY_BEYOND;
  const beyond = wordsBeyond(topic, q.text).length;
  const lean = q.verdict.ranked.find((r) => r.topic === topic)?.p ?? 0;
  return beyond >= SURELY_BEYOND || (beyond === 1 && lean < JOINED_LEAN);
}
/** How many words no example of a topic's family uses make a joined question surely another matter. */
const SURELY_BEYOND = 2;

/**
 * «Hvor lenge er helseerklæringen gyldig, og dekker Helfo legeundersøkelsen?»: a joined question
 * outside the catalogue that the classifier leans to no topic answered beside it asks something of
 * its own (never silently dropped); one leaning to that topic («Kan vi bruke Min side, og hvilken rolle
 * i Altinn trenger vi?») shares its subject, whose answer may cover it.
 */
const leansElsewhere = (q: Question, clear: readonly Question[]): boolean => {
  const [lean] = q.verdict.ranked;
  return (
    !lean || lean.p < JOINED_LEAN || !clear.some((c) => c.verdict.kind === 'answer' && c.verdict.topic === lean.topic)
  );
};
/** How surely such a joined question must lean to the topic beside it to share its subject (p; 0.012 for the Altinn role). */
const JOINED_LEAN = 0.01;

/** «også», "also", «i tillegg»: a question that asks something besides what the message is about. */
const ALSO = wholePhrases(ALSO_WORDS);

/** Where the sentence that holds position `at` of `text` begins. */
const sentenceStart = (text: string, at: number): number =>
  Math.max(...['.', '?', '!', '\n'].map((end) => text.lastIndexOf(end, at - 1))) + 1;

/** «Hva om …?», "what if …?": a what-if opening (WHAT_IF_OPENERS). */
const WHAT_IF_OPENING = new RegExp(`^(?:${alternation(WHAT_IF_OPENERS)})(?![a-z])`);

/** An elliptic opening, a what-if's, an alternative's, or «samme for …»: a question on the one before's frame. */
const SHORT_OTHER_OPENING = new RegExp(
  `^(?:${alternation([...ELLIPTIC_OPENERS, ...WHAT_IF_OPENERS, ...ALTERNATIVE_OPENERS, ...SAME_FOR_OPENERS])})(?![a-z])`,
);
/** «Eller …?», "or …?": an alternative to the question before it, which its answer covers. */
const ALTERNATIVE = new RegExp(`^(?:${alternation(ALTERNATIVE_OPENERS)})(?![a-z])`);

/**
 * True when `q`, read with the name of what `topic` is about, is that same topic: asked again. Not
 * when it names something of its own that topic's examples never use, or another state's or another
 * certificate's rules («samme for fiskeskipper?», "Same for a 70 GT yacht in the UK?", «og hva med
 * M5?», «… og hvem kan signere for meg på skattemeldingen?»: round 54): that is another question.
 */
function asksSameAgain(q: Question, topic: RoutableTopicId, locale: Locale): boolean {
  const object = SAME_MESSAGE_OBJECTS[topic]?.[locale] ?? referredObject(topic, locale);
  if (!object) return false;
  if (namesBeyond(q.text, topic)) return false;
  const verdict = verdictFor(`${q.text} ${object}`);
  return verdict.kind === 'answer' && verdict.topic === topic;
}

/** True when `text` ends with a question mark (a closing quote or bracket may follow it). */
export const endsWithQuestionMark = (text: string) => /\?\s*["»”)]*\s*$/.test(text);

const ASKS_HOW = wholePhrases(HOW_WORDS);

/** A question beside the main one that only confirms ("is that right?") or asks for help. */
/** (Not «har eg rett på feriepengar», "the right to …": an entitlement asked about.) */
const CONFIRMING = new RegExp(
  `(?<![a-z])(?:${alternation(CONFIRMING_QUESTIONS)})(?![a-z])(?! (?:${alternation(CONFIRMING_NOT_BEFORE)})(?![a-z]))`,
);
const MIN_OUTSIDE_WORDS = 4;

/**
 * A question outside the catalogue beside a clear one, asked on its own: with a question mark, a few
 * words, and not only checking the answer or asking for help ("Is that right?", «Kan du hjelpe?»).
 */
/** True when the part right after question `q` is joined to it and ends with a question mark («A, og B?»). */
function markedByJoined(parts: readonly MessagePart[], q: Question): boolean {
  const next = parts[parts.findIndex((p) => p.start === q.start) + 1];
  return next?.joined === true && parts.some((p) => p.start === q.start) && endsWithQuestionMark(next.text);
}

/**
 * «hvem kan signere fartstidsbekreftelse? og kan regnskapsføreren ta betalt for det», "… after my first
 * D4. and how much does a master earn …": the last question of a message, its question mark left off,
 * opening as a question (a question word or verb, after «og», "and"): asked as much as one that has it.
 */
const closesUnmarked = (text: string, q: Question): boolean =>
  q.start > 0 &&
  text.slice(q.start + q.text.length).trim() === '' &&
  !/[.!?]["»”)]*\s*$/.test(text) &&
  opensOwnQuestion(q.text);

/** «… og lurer på hvordan jeg melder …», "I also need to know whether …" (INDIRECT_ASKING_WORDS). */
const ASKS_INDIRECTLY = new RegExp(
  `(?<![a-z])(?:${alternation(INDIRECT_ASKING_WORDS.verbs)})(?: (?:${alternation(INDIRECT_ASKING_WORDS.between)})){0,3} (?:${alternation(INDIRECT_ASKING_WORDS.wh)})(?![a-z])`,
);

function asksOnItsOwn(text: string, unmarked = false): boolean {
  const folded = fold(text);
  return (
    (unmarked || endsWithQuestionMark(text)) && words(folded).length >= MIN_OUTSIDE_WORDS && !CONFIRMING.test(folded)
  );
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
  // «… til kai? Må vi ha vakt for ISPS då?»: a question leaning to another family's topic names a
  // subject of its own; read with this one's name, it would be this family's.
  const [lean] = q.verdict.ranked;
  if (lean && lean.p >= CASE_LEANS && familyOf(lean.topic) !== family) return undefined;
  const verdict = verdictFor(`${q.text} ${object}`);
  if (verdict.kind !== 'answer' || verdict.topic === topic || !verdict.topic.startsWith(`${family}.`)) return undefined;
  // ("… Also how do I get a replacement discharge book?": its own words take it outside that side too.)
  if (outsideTopic(verdict.topic, folded)) return undefined;
  // "who decides it?" beside what «maskinkyndig» means is no question about the certificate's expiry:
  // read with a borrowed name, only a sure reading is another side of it.
  return verdict.p >= REFERRING_MIN ? { ...q, verdict } : undefined;
}

/** Families whose answers name nothing one applies to Sdir for (whether a cook is required). */
const NOTHING_APPLIED_FOR: ReadonlySet<string> = new Set(['cook']);
/**
 * True when the answered questions `before` end with one about the manning certificate and then only
 * ones about nothing applied for: «Trenger vi bemanningssertifikat, må vi ha kokk, og hvordan søker
 * vi?» applies for the certificate.
 */
function appliesForManning(before: readonly Question[]): boolean {
  for (const b of before.toReversed()) {
    if (b.verdict.kind !== 'answer') continue;
    const family = familyOf(b.verdict.topic);
    if (family === 'manning') return true;
    if (!NOTHING_APPLIED_FOR.has(family)) return false;
  }
  return false;
}

/**
 * `referring` with the topic of the nearest answered question before it that reads it so:
 * «Trenger vi bemanningssertifikat, må vi ha kokk, og hvordan søker vi?» applies for the certificate
 * named two questions back (a cook is not applied for).
 */
function referringEarlier(q: Question, before: readonly Question[], locale: Locale): Question | undefined {
  const topics = new Set<RoutableTopicId>();
  for (const b of before.toReversed()) if (b.verdict.kind === 'answer') topics.add(b.verdict.topic);
  for (const topic of topics) {
    const read = referring(q, topic, locale);
    if (read) return read;
  }
  return undefined;
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
/** A date written in digits («20.11.2024», "20/11/2024"). */
const DATED = /(?<![0-9])\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})(?![0-9])/;
/**
 * A D6 question from someone whose health certificate is limited («Helseerklæringen min gjelder bare
 * for fartsområde 2. Kan jeg jobbe i liten kystfart med D6?»): D6's answer alone would say yes where
 * the limitation may say no, so the health certificate's answer (its limits must be followed even with
 * a valid D6, seed 002) is a further question of the message. So it is beside a health certificate
 * dated ("I have D6 and health certificate from 20.11.2024"): without a valid health certificate the
 * D6 is not valid (seed 002), so whether it still is valid is answered too.
 */
function healthLimits(text: string, clear: readonly Question[]): Question | undefined {
  const d6 = clear.find((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'd6.privileges');
  if (!d6 || clear.some((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'health.certificate'))
    return undefined;
  const folded = fold(text);
  if (!HEALTH_CERTIFICATE.test(folded) || !(HEALTH_LIMITED.test(folded) || DATED.test(folded))) return undefined;
  return {
    ...d6,
    verdict: { kind: 'answer', topic: 'health.certificate', p: 0, related: [], ranked: d6.verdict.ranked },
    ruleHints: [],
  };
}

/** A part that opens with "and" (left out of its text): «… ? og hvor lang tid tar det». */
const AND_BEFORE = /(?<![a-z])(?:og|and|men|but)[ ,]*$/;
/** «og», "and" opening a question's text. */
const AND_OPENING = /^(?:og|and|men|but)(?![a-z])/;
/** How sure of its topic a question naming its own subject is, pointing back at nothing. */
const OWN_SUBJECT_SURE = 0.99;
/** How sure a question and the statements after it must each be of their own topics (see `asksBesideAfter`). */
const SURE_BESIDE = 0.95;
/**
 * The statements after question `only` of `text`, as a question of their own, when the question is
 * sure of its topic and they, read alone, are sure of the topic `all` the whole message reads as:
 * another of the question's family (undefined otherwise).
 */
function asksBesideAfter(text: string, only: Question, all: TopicVerdict): Question | undefined {
  if (all.kind !== 'answer' || only.verdict.kind !== 'answer' || all.topic === only.verdict.topic) return undefined;
  if (familyOf(all.topic) !== familyOf(only.verdict.topic) || only.verdict.p < SURE_BESIDE) return undefined;
  const rest = text.slice(only.end);
  const body = rest.trim();
  if (words(fold(body)).length < MIN_OUTSIDE_WORDS) return undefined;
  const read = verdictFor(body);
  if (read.kind !== 'answer' || read.topic !== all.topic || read.p < SURE_BESIDE) return undefined;
  const start = only.end + (rest.length - rest.trimStart().length);
  return { text: body, start, end: start + body.length, asks: true, verdict: read, ruleHints: ruleHintsIn(body) };
}

/** True when question `q` of `text` follows «og», "and" (left out of its text or not). */
const andBefore = (text: string, q: Question): boolean =>
  AND_BEFORE.test(fold(text.slice(0, q.start))) || AND_OPENING.test(fold(q.text));
/**
 * Most words of a first question that the statements before it may take outside its topic («I am
 * pregnant 5 months, working as lettmatros. can the sjømannslege still give me helseerklæring or must
 * I stop?»).
 */
const LEAD_AFTER_STATEMENT_WORDS = 16;
/** Most words of such a part that names nothing of its own ("how long does it take to get it"). */
const SHORT_ELLIPTIC_WORDS = 8;

/** Most words of a question too bare to be read alone («Bemanningssertifikat?», "Safe manning document?"), without a question verb. */
const BARE_QUESTION_WORDS = 3;
/** Most words of a bare question read with the one statement right before it ("I can be skipper?"). */
const BARE_AFTER_STATEMENT_WORDS = 5;
/** A certificate, a ship's document or a post named: a question's own subject (folded text). */
const NAMES_SUBJECT =
  /(?<![a-z0-9])(?:d ?[1-6]|i-?issc|issc\w*|helseerkl\w*|helseattest\w*|health cert\w*|bemanningssertifikat\w*|manning cert\w*|skipskokk\w*|kokk\w*|cook|matros\w*|lettmatros\w*|smor[ea]r\w*|maskinpass\w*)(?![a-z0-9])/;
/** Most words of a question of several read against the statements before it («Kva dokument maa likevel vere paa papir?»). */
const AGAINST_STATED_WORDS = 8;
/** Most words of a first question that names nothing, read with the statements before it. */
const NAMELESS_LEAD_WORDS = 8;
/** Most words of a question pointing back at the statements before it that they settle. */
const POINTING_BACK_WORDS = 10;
/** "The certificate" named back (CERTIFICATE_NAMED_BACK_WORDS), and how sure of its own topic such a question may be. */
const CERTIFICATE_BACK = wholePhrases(CERTIFICATE_NAMED_BACK_WORDS);
const CERTIFICATE_BACK_OWN = 0.8;
/**
 * How surely the statements before a short question of several, read with it, must be one topic for
 * "the certificate" to be theirs (a greeting or "the customer asks:" before them lowers it a little).
 */
const CERTIFICATE_BACK_SURE = 0.85;
/** How many sentences right before such a question are read with it first. */
const CERTIFICATE_BACK_SENTENCES = 2;
/** A pronoun that points back at what was named before it ("it's valid", «gjeld ho»). */
const POINTS_BACK = new RegExp(`(?<![a-z])(?:${alternation(BACK_REFERENCE_PRONOUNS)})(?![a-z])`);
/** "… 31 mnd som smører. ok?", «nok?», "allowed?": a bare judgement asked of the statements before it. */
const JUDGED = `(?:${alternation(JUDGED_BACK_WORDS)}) *[?!.]* *$`;
const JUDGED_BACK = new RegExp(`^ *${JUDGED}`);
/** The same with an opening filler («og held det?», "so enough?"). */
export const JUDGED_ALONE = new RegExp(`^ *(?:(?:og|and|men|but|so|sa)[ ,]+)?${JUDGED}`);
/** How surely the statements and such a question must read together as one topic. */
const NAMELESS_SURE = 0.9;
/** "Second question: …", "Also, …" at the start of a question (SECOND_QUESTION_OPENERS). */
const OPENS_SECOND = new RegExp(`^[^a-z0-9]*(?:${alternation(SECOND_QUESTION_OPENERS)})(?![a-z])`);
/** How surely the statements before such a question must ask another topic to be a question of their own. */
const STATED_FIRST_SURE = 0.9;

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
    // (Unless the context in front takes it outside: "I worked 3000 hours on a yacht … how many days?")
    if (asked.kind === 'answer' && !outsideTopic(asked.topic, fold(part.text))) own = asked;
  }
  if (parts.length < 2) return own;
  // «Eg fekk helseerklæring 10.01.2026. Kor lenge gjeld ho?»: a short question ending in a pronoun
  // that points back at the sentences before it is read with them (never one that asks a price).
  const folded = fold(part.text);
  if (
    own.kind !== 'answer' &&
    part.start > 0 &&
    ENDS_POINTING_BACK.test(folded) &&
    words(folded).length <= SHORT_ELLIPTIC_WORDS &&
    !namesPrice(folded)
  ) {
    const from = parts.findLast((p) => p.asks && p.end <= part.start)?.end ?? 0;
    const lead = verdictFor(text.slice(from, part.end));
    if (lead.kind === 'answer' && !outsideTopic(lead.topic, fold(text.slice(from, part.end)))) return lead;
  }
  if (own.kind === 'clarify') {
    const whole = verdictFor(text);
    if (whole.kind === 'answer' && own.topics.includes(whole.topic)) return whole;
  }
  if (words(fold(part.text)).length > BARE_QUESTION_WORDS || opensQuestion(part.text) || NUMBERED_ITEM.test(part.text))
    return own;
  // ("do we need a manning certificate? and a cook?": a bare question surely about a topic of its own
  // keeps it; only one unclear alone is what the whole message is about.)
  if (own.kind === 'answer' && own.p >= BARE_OWN_SURE) return own;
  const whole = verdictFor(text);
  // («Hva er kravene til matros? samme for fiskeskipper?»: one that names something the whole
  // message's topic never speaks of, or another certificate's or state's rules, asks of its own.)
  if (whole.kind === 'answer' && namesBeyond(part.text, whole.topic)) return own;
  return whole.kind === 'answer' ? whole : own;
}
/** The words of `text` written with a capital (a person's or a place's name: «Og Marte sin …?»), folded. */
const namesIn = (text: string): ReadonlySet<string> =>
  new Set((text.match(/(?<!\p{L})\p{Lu}\p{L}+/gu) ?? []).map((w) => fold(w)));
/**
 * True when `text` names something no topic's examples use, words that take it outside
 * that topic, or another certificate's or state's rules: it is no question about `topic` again.
 */
const namesBeyond = (text: string, topic: RoutableTopicId): boolean =>
  // (A name, «Og Marte sin …?», is not enough; nor a word some topic uses, "normal", «tjeneste».)
  foreignWords(text).some((w) => !namesIn(text).has(w)) ||
  outsideTopic(topic, fold(text)) ||
  foreignRegime({ kind: 'answer', topic, p: 1, related: [], ranked: [] }, text).kind !== 'answer';
/** How sure a bare question must be of its own topic to keep it beside the whole message's. */
const BARE_OWN_SURE = 0.9;

const sameTopic = (a: TopicVerdict, b: TopicVerdict) =>
  a.kind === 'answer' && b.kind === 'answer' && a.topic === b.topic;
