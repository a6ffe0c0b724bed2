/**
 * The topic verdict for one text: a subject announced before a question, the text read without a
 * list marker, an interruption or a vessel's name, the narrow readings that settle what the
 * classifier leaves open, and the rating position the text asks about. Verdicts are remembered in a
 * bounded memo, as one message asks for the same text's verdict several times.
 */
import type { RoutableTopicId } from '../rules/topics.js';
import { foreignRegime, verificationAbroad } from './foreign-regime.js';
import {
  asksMatrosCertificate,
  namesPay,
  cookQuestion,
  d6Holder,
  datesInDigits,
  doctorAbroad,
  narrowReadings,
  seaTimeAmount,
  shipCertificate,
} from './narrow-readings.js';
import { askedPositions } from './questions.js';
import { CONFIRMATION_LABELS } from './lexicon/certificate-words.js';
import { CLASSIFIER_VARIANTS, VESSEL_DESCRIPTION_WORDS, VESSEL_FRAGMENT_FILLERS } from './lexicon/routing.js';
import { INTERRUPTION_WORDS, ANNOUNCED_SUBJECT_OPENERS, REQUIREMENT_WORDS } from './lexicon/discourse.js';
import { alternation, blankedAll, escapeRegExp, fold, wholePhrases, words } from './normalize.js';
import { classifyTopics, type TopicVerdict } from './topics.js';
import { findFacts } from './free-text.js';
import { numberWordsToDigits } from './numbers.js';
import { ALL_FACTS, topicFactKeys } from './rule-facts.js';

/** Longest text given to the topic classifier at once, and most questions classified. */
export const MAX_CLASSIFIED = 600;
export const MAX_QUESTIONS = 4;

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
export function verdictFor(text: string): TopicVerdict {
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
/** How surely the classifier must lean to a family for an announced subject it places nowhere, and to each of its topics offered. */
const ANNOUNCED_LEAN = 0.25;
const ANNOUNCED_KIN = 0.05;

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
  // (A subject the classifier leans to a family for, spread over its topics, «bemanning»: that
  // family's topics all the same; one it hardly leans to anything for stays outside.)
  if (!top || (verdict.kind === 'out-of-scope' && top.p < ANNOUNCED_LEAN))
    return verdict.kind === 'out-of-scope' ? verdict : undefined;
  const family = top.topic.split('.')[0] ?? '';
  const kin = verdict.ranked
    .filter((r) => r.topic.startsWith(`${family}.`) && (verdict.kind !== 'out-of-scope' || r.p >= ANNOUNCED_KIN))
    .slice(0, 3);
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
  // «utferda»: a word the examples write another way is read as they write it (CLASSIFIER_VARIANTS),
  // and so are the dates and numbers in words below.
  let common = stripped;
  if (classified.kind !== 'answer') {
    common = stripped.replace(VARIANTS, (w) => CLASSIFIER_VARIANTS[w.toLowerCase()] ?? w);
    if (common !== stripped) {
      const read = classifyTopics(common);
      if (read.kind === 'answer' || (read.kind === 'clarify' && classified.kind === 'out-of-scope')) classified = read;
    }
  }
  // "issued 5 december 2024": the examples write dates mostly in digits; a date in words is read so too.
  if (classified.kind !== 'answer') {
    const dated = datesInDigits(common);
    if (dated !== undefined) {
      const inDigits = classifyTopics(dated);
      if (inDigits.kind === 'answer') classified = inDigits;
    }
  }
  // «femtifem bruttotonn»: the examples write numbers mostly in digits; a number in words is read so too.
  if (classified.kind !== 'answer') {
    const folded = fold(common);
    const inDigits = numberWordsToDigits(folded);
    if (inDigits !== folded) {
      const counted = classifyTopics(inDigits);
      if (counted.kind === 'answer') classified = counted;
    }
  }
  if (classified.kind === 'out-of-scope') classified = settledByFacts(classified, stripped);
  if (classified.kind === 'out-of-scope') classified = vesselFragment(classified, stripped);
  // (So is a menu with the confirmation, its case stated: «… I will sign it myself since I am owner».)
  if (
    (classified.kind === 'answer' && classified.topic === 'seatime.calculate') ||
    (classified.kind === 'clarify' && classified.topics.includes('seatime.confirmation'))
  )
    classified = confirmationCase(classified, stripped);
  const verdict = narrowReadings(
    seaTimeAmount(
      d6Holder(
        cookQuestion(
          doctorAbroad(verificationAbroad(foreignRegime(shipCertificate(classified, text), text), text), text),
          text,
        ),
        text,
      ),
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
    !asksMatrosCertificate(text) &&
    // ("requirements for motormann with fagbrev": § 80 is the motorman without one.)
    !WITH_TRADE.test(folded)
  )
    return { kind: 'answer', topic: position, p: 0, related: [], ranked: verdict.ranked };
  if (verdict.kind === 'answer' && verdict.topic.startsWith('ratings.') && verdict.topic !== position)
    return { ...verdict, topic: position };
  if (verdict.kind === 'clarify' && verdict.topics.every((t) => t.startsWith('ratings.')))
    return { kind: 'answer', topic: position, p: 0, related: [], ranked: verdict.ranked };
  return verdict;
}

const REQUIREMENTS_ASKED = wholePhrases(REQUIREMENT_WORDS);
/** A rating said to hold a trade certificate ("with fagbrev", «med fagbrev»). */
const WITH_TRADE = /(?<![a-z])(?:with|med)(?: a| an| et| eit)? (?:fagbrev|fagbrevet|trade certificate)(?![a-z])/;
const VARIANTS = new RegExp(`(?<!\\p{L})(?:${alternation(Object.keys(CLASSIFIER_VARIANTS))})(?!\\p{L})`, 'giu');

/**
 * The facts `text` states, in any rule (folded text positions). The last few texts are remembered:
 * a message's verdicts look at the same text several times (its lean, a fragment, the case stated).
 */
const STATED = new Map<string, ReturnType<typeof findFacts>>();
const STATED_KEPT = 8;
function factsStated(text: string): ReturnType<typeof findFacts> {
  const kept = STATED.get(text);
  if (kept) return kept;
  const found = findFacts(fold(text), ALL_FACTS, FACTS_CONTEXT);
  if (STATED.size >= STATED_KEPT) STATED.delete(STATED.keys().next().value ?? '');
  STATED.set(text, found);
  return found;
}

/** How sure the classifier must lean to a topic for the facts stated to settle it (see settledByFacts). */
const LEANS = 0.5;
/** How many facts of the topic's rules the text must state. */
const FACTS_SETTLE = 2;
/**
 * A pasted case that states many of one topic's facts (a seafarer's name, birth date, call sign,
 * period and hours: a sea-time confirmation) settles it with a weaker lean: that many facts of one
 * rule are no near miss's.
 */
const MANY_FACTS = 4;
const LEANS_WITH_MANY = 0.25;
/** A whole case pasted (six facts of one topic's rules or more) settles it with a lean this weak. */
const WHOLE_CASE_FACTS = 6;
const LEANS_WITH_WHOLE_CASE = 0.05;
const FACTS_CONTEXT = { today: '2000-01-01', locale: 'nb' } as const;

/**
 * «issc gaar ut 01.06.2027, fornyelse gjort 10.03.2027. hvilken dato faar vi?»: the classifier leans
 * to a topic without being sure, and the text states two or more facts that topic's rules take (an
 * expiry and a verification date): that topic. The narrow readings still apply after.
 */
function settledByFacts(verdict: TopicVerdict, text: string): TopicVerdict {
  const top = verdict.ranked[0];
  if (!top || top.p < LEANS_WITH_WHOLE_CASE) return verdict;
  let stated: ReadonlySet<string> | undefined;
  for (const lean of verdict.ranked.slice(0, 3)) {
    if (lean.p < LEANS_WITH_WHOLE_CASE) break;
    const keys = topicFactKeys(lean.topic);
    if (keys.size === 0) continue;
    stated ??= new Set(factsStated(text).map((f) => f.key));
    const own = [...stated].filter((k) => keys.has(k)).length;
    const needed =
      lean === top && lean.p >= LEANS ? FACTS_SETTLE : lean.p >= LEANS_WITH_MANY ? MANY_FACTS : WHOLE_CASE_FACTS;
    if (own >= needed) return { kind: 'answer', topic: lean.topic, p: lean.p, related: [], ranked: verdict.ranked };
  }
  return verdict;
}

const FRAGMENT_FILLERS: ReadonlySet<string> = new Set(VESSEL_FRAGMENT_FILLERS.map(fold));
/** The vessel facts a fragment states (the manning certificate's: flag, type, tonnage, lengths, area). */
const VESSEL_KEYS: ReadonlySet<string> = topicFactKeys('manning.which-vessels');
/** Other facts of a vessel a fragment may state beside them («kun fartsområde 2», "LOA 14 m"). */
const MORE_VESSEL_KEYS: ReadonlySet<string> = new Set(['tradingArea', 'seagoing', 'lengthOverall']);
/** Most words of such a fragment (a vessel's particulars, no sentence). */
const FRAGMENT_MAX_WORDS = 14;
/** Fewest of them that make a fragment about a vessel. */
const FRAGMENT_FACTS = 2;
/** What a vessel is told by: its type, tonnage or length (a flag alone is no vessel). */
const SIZE_OR_TYPE: ReadonlySet<string> = new Set(['vesselType', 'grossTonnage', 'lengthL', 'lengthOverall']);

/**
 * «norsk lasteskip 60 BT», "49 GT cargo", «fiskefartøy L 26 meter, kun fartsområde 2»: a message of a
 * vessel's facts and nothing else asks whether it needs a manning certificate (what those facts decide).
 * Every word must be a fact's or a filler's; any other word leaves the verdict as it was.
 */
function vesselFragment(verdict: TopicVerdict, text: string): TopicVerdict {
  const folded = fold(text);
  if (words(folded).length > FRAGMENT_MAX_WORDS) return verdict;
  const found = factsStated(text).filter((f) => VESSEL_KEYS.has(f.key) || MORE_VESSEL_KEYS.has(f.key));
  const own = new Set(found.filter((f) => VESSEL_KEYS.has(f.key)).map((f) => f.key));
  if (own.size < FRAGMENT_FACTS || !found.some((f) => SIZE_OR_TYPE.has(f.key))) return verdict;
  return words(blankedAll(folded, found)).every((w) => FRAGMENT_FILLERS.has(w))
    ? {
        kind: 'answer',
        topic: 'manning.which-vessels',
        p: verdict.ranked[0]?.p ?? 0,
        related: [],
        ranked: verdict.ranked,
      }
    : verdict;
}

const DESCRIPTION_WORDS: ReadonlySet<string> = new Set(VESSEL_DESCRIPTION_WORDS.map(fold));

/**
 * "shes a 13m aluminium workboat": a sentence of a few words that only describes the vessel (a size
 * or type, and words of VESSEL_DESCRIPTION_WORDS), which says nothing of what a question beside it asks.
 */
export function describesVesselOnly(text: string): boolean {
  const folded = fold(text);
  if (words(folded).length > FRAGMENT_MAX_WORDS) return false;
  const found = factsStated(text).filter((f) => VESSEL_KEYS.has(f.key) || MORE_VESSEL_KEYS.has(f.key));
  if (!found.some((f) => SIZE_OR_TYPE.has(f.key))) return false;
  return words(blankedAll(folded, found)).every((w) => DESCRIPTION_WORDS.has(w) || MEASURE.test(w));
}
/** A size in one word («13m», "24.5", "300gt"): part of a vessel's description, whichever length it is. */
const MEASURE = /^\d+(?:[.,]\d+)?(?:m|gt|bt)?$/;

/**
 * Whether `text` states MANY_FACTS or more of the facts `topic`'s rules take (a pasted confirmation
 * with its seafarer, dates, vessel and signer): the message is that topic's case, whatever else it says.
 */
export function statesCaseOf(topic: string, text: string): boolean {
  const keys = topicFactKeys(topic);
  if (keys.size === 0) return false;
  const stated = new Set(factsStated(text).map((f) => f.key));
  return [...stated].filter((k) => keys.has(k)).length >= MANY_FACTS;
}

/** A confirmation's own facts, which no calculation takes (the seafarer, the vessel, the signer). */
const CONFIRMATION_ONLY: readonly string[] = [...topicFactKeys('seatime.confirmation')].filter(
  (k) => !topicFactKeys('seatime.calculate').has(k),
);
/**
 * "fartstid for Laila Jurkane, 14.02.2000, navigator, 2025-06-01 - 2025-06-30, 45 days, 8 hours, Måken
 * LK1100, …, signed Rune Vik owner, D6": days and hours inside a whole confirmation are the
 * confirmation's, not a calculation asked (MANY_FACTS of its own facts stated).
 */
function confirmationCase(verdict: TopicVerdict, text: string): TopicVerdict {
  const stated = new Set(factsStated(text).map((f) => f.key));
  const own = CONFIRMATION_ONLY.filter((k) => stated.has(k)).length;
  return own >= MANY_FACTS
    ? { kind: 'answer', topic: 'seatime.confirmation', p: 0, related: [], ranked: verdict.ranked }
    : verdict;
}

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
