/**
 * Narrow readings on top of the topic classifier, each for a case where its topic would give a wrong
 * answer or none: what a cook question really asks, another regime's certificate or a renewal, a
 * D6 question from the holder of another deck certificate or of a lapsed health certificate, a move
 * outside § 13, the sea time a certificate needs, sailing short of the manning certificate, and dates
 * written in words. Each is small, keyed to words in the lexicon, and tested both ways.
 */
import { limit } from '../rules/index.js';
import { findDates } from './dates.js';
import { findQuantities } from './numbers.js';
import { asks } from './questions.js';
import type { FactFound } from './free-text.js';
import {
  ABSENCE_WORDS,
  BUILD_VERBS,
  COOK_AGE_STATED,
  COOK_COMBINED_ASKED,
  COOK_COUNT_WORDS,
  COOK_NEEDED_ASKED,
  COOK_NOUNS,
  COOK_QUALIFICATION_WORDS,
  COOK_REQUIREMENTS_ASKED,
  CERTIFICATE_ALLOWS_WORDS,
  D6_WORKBOAT_WORDS,
  COOK_ROLE_ASKED,
  DOCTOR_ABROAD,
  FIRST_ISSUE_WORDS,
  HEALTH_LIMIT_WORDS,
  COOKING_WORDS,
  COOKING_VERBS,
  HEALTH_LAPSED as LAPSED,
  INTERIM_ONLY_WORDS,
  INTERMEDIATE_VERIFICATION_WORDS,
  INTERMEDIATE_WORDS,
  ISSC_VALIDITY_WORDS,
  LAID_UP_WORDS,
  LAY_UP_KIND_WORDS,
  VERIFICATION_NOT_HELD_WORDS,
  MASTER_RIGHTS_WORDS,
  PROCESSING_TIME_WORDS,
  RENEWAL_WORDS,
  REPOSITIONING_EXCLUDED_WORDS,
  SEA_TIME_AMOUNT_ASKED,
  SHIP_CERTIFICATE_WORDS,
  ISSC_WORDS,
  PAPERS_ON_BOARD_WORDS,
  UNDERMANNED_WORDS,
} from './lexicon/certificate-words.js';
import {
  ASKED_POSITIONS,
  ELLIPTIC_OPENERS,
  OUTSIDE_TOPIC_WORDS,
  SELF_CONFIRMING_WORDS,
  ISSC_VOIDED_WORDS,
  ISSC_FOREIGN_FLAG_WORDS,
  TO_NORWAY_WORDS,
  PAY_WORDS,
  PRICE_WORDS,
  SAME_AS_BEFORE_WORDS,
  EXPIRY_ASKED_WORDS,
  VERIFICATION_MISSED_WORDS,
  ATTEST_WORDS,
  POSITION_REQUIREMENT_WORDS,
  MANNING_LISTS_VERBS,
} from './lexicon/discourse.js';
import {
  ARTICLE_ONE,
  HOURS_ASKED_PHRASES,
  HOURS_NEEDED_WORDS,
  MOTORMAN_WORDS,
  SERVED_ON_WORDS,
  UNIT_WORDS,
} from './lexicon/synonyms.js';
import { alternation, fold, leadingPhrases, wholePhrases, matchesOf, words } from './normalize.js';
import type { RoutableTopicId } from '../rules/topics.js';
import { surely, type TopicVerdict } from './topics.js';

/** A question with the topic verdict for it (the readings change only the verdict). */
type Asked = { verdict: TopicVerdict };

const MANNING_CERTIFICATE = leadingPhrases(SHIP_CERTIFICATE_WORDS.manning);
const SHIP_SECURITY_CERTIFICATE = leadingPhrases(SHIP_CERTIFICATE_WORDS.security);
const PROCESSING_TIME = leadingPhrases(PROCESSING_TIME_WORDS);
const OTHER_SHIP_CERTIFICATE = wholePhrases(SHIP_CERTIFICATE_WORDS.other);
/** True when `text` names a ship's certificate of another regime than ISPS («og kva med DOC?», "and the SMC?"). */
export const namesOtherShipCertificate = (text: string): boolean => OTHER_SHIP_CERTIFICATE.test(fold(text));
const HOW_LONG_VALID =
  /(?<![a-z])(?:hvor lenge|kor lenge|how long|varighet|gyldighetstid|gyldigheitstid|how many years|hvor mange ar|kor mange ar)(?![a-z])/;
const RETURNED =
  /(?<![a-z])(?:lever|levere|leverast|leveres|returnere|return|returned|hand in|handed in|send back|ugyldig|invalid|no longer valid|ikke lenger gyldig|ikkje lenger gyldig)(?![a-z])/;
/** A change of flag («skifter flagg», "changes to Maltese flag", "reflagging"). */
const FLAG_CHANGE =
  /(?<![a-z])(?:skifter flagg|skiftet flagg|skifta flagg|skifte flagg|skifter til [a-z]+ flagg|bytter flagg|bytta flagg|byttet flagg|changed (?:to )?(?:[a-z]+ )?flag|byter flagg|endrer flagg|nytt flagg|flaggskifte|changes? (?:to )?(?:[a-z]+ )?flag|changing (?:to )?(?:[a-z]+ )?flag|new flag|reflag[a-z]*|flag change)(?![a-z])/;
/** An end said of a certificate ("runs out", «går ut», "expires"). */
const RUNS_OUT =
  /(?<![a-z])(?:runs out|run out|ran out|expires|expire|expiring|gar ut|gjekk ut|utloper|utlop|utlopsdato|expiry date)(?![a-z])/;
const INTERIM_NAMED =
  /(?<![a-z])(?:interim|midlertidig(?:e|t)?|mellombels(?:e|t)?|i-issc|temporary|provisional)(?![a-z])/;
/** The intermediate verification named (INTERMEDIATE_VERIFICATION_WORDS, or the word alone). */
const INTERMEDIATE_NAMED = wholePhrases([...INTERMEDIATE_VERIFICATION_WORDS, ...INTERMEDIATE_WORDS]);
/** A validity said or asked («gyldig til», «er det gyldig», "valid", «gjeld det»). */
const VALIDITY_SAID = wholePhrases(ISSC_VALIDITY_WORDS);
/** Verifications not held («ikke gjort», "missed"): the ISSC's return (seed 001, «Ugyldig sertifikat»). */
const MISSED = wholePhrases([...VERIFICATION_MISSED_WORDS, ...VERIFICATION_NOT_HELD_WORDS]);
/** What only an interim ISSC has: the letter on the SSA and SSP received, a plan not yet approved, a new ship. */
const INTERIM_HINTED = wholePhrases(INTERIM_ONLY_WORDS);
/** "does my interim ISM certificate last 6 months like the ISSC?": the ISSC named only to compare. */
const COMPARED_WITH_ISSC = new RegExp(
  `(?<![a-z])(?:like|as|same as|som|samme som|akkurat som|liksom) (?:(?:the|an?|our|my|vart|mitt) )?(?:${alternation(SHIP_CERTIFICATE_WORDS.security)})[a-z-]*`,
  'g',
);
const REPOSITIONING_EXCLUDED = wholePhrases(REPOSITIONING_EXCLUDED_WORDS, 'g');
const ABSENT_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(ABSENCE_WORDS)})(?![a-z])[^.!?;]{0,25}$`);
/**
 * A move with passengers, cargo or on an assignment is outside § 13 (seed 003), whose answer — the
 * company decides — would mislead: such a question about it (answered or offered) gets the fallback.
 */
export function notRepositioning<Q extends Asked>(q: Q): Q {
  const v = q.verdict;
  const about =
    (v.kind === 'answer' && v.topic === 'manning.repositioning') ||
    (v.kind === 'clarify' && v.topics.includes('manning.repositioning'));
  return about ? { ...q, verdict: { kind: 'out-of-scope', ranked: v.ranked } } : q;
}

/** Whether `folded` says the ship moves with cargo, passengers or on an assignment (not «uten last»). */
export const outsideSection13 = (folded: string): boolean =>
  matchesOf(REPOSITIONING_EXCLUDED, folded).some(
    (m) => !ABSENT_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index)),
  );
const RENEWAL = wholePhrases(RENEWAL_WORDS);
const MASTER_RIGHTS_NAMED = wholePhrases(MASTER_RIGHTS_WORDS);
const FIRST_ISSUE = wholePhrases(FIRST_ISSUE_WORDS);
/**
 * Readings of a ship's or a personal certificate the classifier's topic does not settle: the processing
 * time of a personal certificate (aps.processing-time) is not that of a ship's certificate (about the
 * manning certificate it is the application's topic, about an ISSC the sources say nothing); another
 * regime's certificate (ISM, MLC…) is not the ISSC; a D-certificate's renewal is not its first issue.
 */
/**
 * "the sea time for renewing my D4" (or "I want to renew my D4 next year. what sea time I need?", the
 * renewal said beside the question): a first issue's alternatives are no renewal's requirements.
 */
const FIRST_RANK = /(?<![a-z])first (?:mate|officer|engineer)(?![a-z])/g;
export function renewalNotFirstIssue(verdict: TopicVerdict, text: string): TopicVerdict {
  const firstIssue = (t: string) => t === 'deck.first-issue' || t === 'deck.cadet';
  const asked = verdict.kind === 'answer' ? [verdict.topic] : verdict.kind === 'clarify' ? verdict.topics : [];
  if (!asked.some(firstIssue)) return verdict;
  const folded = fold(text);
  // ("first mate" is a rank, no first issue.)
  if (!RENEWAL.test(folded) || FIRST_ISSUE.test(folded.replace(FIRST_RANK, ' '))) return verdict;
  const outside = { kind: 'out-of-scope', ranked: verdict.ranked } as const;
  if (verdict.kind === 'answer')
    return MASTER_RIGHTS_NAMED.test(folded) ? { ...verdict, topic: 'deck.master-rights', related: [] } : outside;
  // (A "did you mean" keeps its other topics; never one alone.)
  const left = asked.filter((t) => !firstIssue(t)) as RoutableTopicId[];
  return left.length >= 2 ? { kind: 'clarify', topics: left, ranked: verdict.ranked } : outside;
}

export function shipCertificate(verdict: TopicVerdict, text: string): TopicVerdict {
  const renewal = renewalNotFirstIssue(verdict, text);
  if (renewal !== verdict || verdict.kind !== 'answer') return renewal;
  const folded = fold(text);
  // «maa vi levere tilbake bemanningssertifikatet naar skipet selges?»: the return rules are the ISSC's.
  if (verdict.topic.startsWith('isps.') && MANNING_CERTIFICATE.test(folded) && !SHIP_SECURITY_CERTIFICATE.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // A new flag is when the ISSC must be returned (see `flagChangedAway`).
  const flagged = flagChangedAway(verdict, text);
  if (flagged !== verdict) return flagged;
  // How long an ISSC takes to get: the ISPS topics say how long it is valid, not how long handling takes.
  if (verdict.topic.startsWith('isps.') && PROCESSING_TIME.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "ISM Safety Management Certificate expires …, renewal audit …": another regime, unless the ISSC is named too.
  if (
    verdict.topic.startsWith('isps.') &&
    OTHER_SHIP_CERTIFICATE.test(folded) &&
    !SHIP_SECURITY_CERTIFICATE.test(folded.replace(COMPARED_WITH_ISSC, ' '))
  )
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // «hvor lenge er ISSC gyldig?» asks its validity (seed 001: 5 years, an interim one 6 months), not
  // when it must be returned.
  if (verdict.topic === 'isps.invalid' && HOW_LONG_VALID.test(folded) && !RETURNED.test(folded))
    return { ...verdict, topic: INTERIM_NAMED.test(folded) ? 'isps.interim' : 'isps.verification-dates', related: [] };
  // "our issc runs out 20.04.2027", "ISSC expires 01.06.2027": an ISSC's end on a date is its dates
  // (the renewal's new expiry), not when it must be returned (a sale, another flag or company), nor an
  // interim one unless named so.
  if (
    (verdict.topic === 'isps.invalid' || verdict.topic === 'isps.interim') &&
    RUNS_OUT.test(folded) &&
    !RETURNED.test(folded) &&
    !INTERIM_NAMED.test(folded) &&
    findDates(folded, ANY_DAY).some((h) => h.iso !== undefined)
  )
    return { ...verdict, topic: 'isps.verification-dates', related: [] };
  // «vi glemte mellomliggende verifikasjon, … er det gyldig?»: an intermediate verification not held is
  // when the ISSC must be returned (seed 001, «Ugyldig sertifikat»), whatever its dates say. (A renewal
  // "not done yet" before the expiry is the renewal's own answer: expired.)
  if (
    verdict.topic.startsWith('isps.') &&
    verdict.topic !== 'isps.invalid' &&
    MISSED.test(folded) &&
    INTERMEDIATE_NAMED.test(folded)
  )
    return { ...verdict, topic: 'isps.invalid', related: [] };
  // «ISSC utstedt 01.03.2024, er det gyldig nå?», «issc gyldig til 31.03.2027, verifikasjon 31.12.2026»:
  // an ISSC's validity by its dates is its dates' topic, not when it must be returned (a sale, another
  // flag or company, verifications missed).
  if (
    verdict.topic === 'isps.invalid' &&
    VALIDITY_SAID.test(folded) &&
    !RETURNED.test(folded) &&
    !ISSC_VOIDED.test(folded) &&
    !MISSED.test(folded) &&
    findDates(folded, ANY_DAY).some((h) => h.iso !== undefined)
  )
    return { ...verdict, topic: INTERIM_NAMED.test(folded) ? 'isps.interim' : 'isps.verification-dates', related: [] };
  // «vårt ISSC er skrive ut 15.06.2023. gjeld det enno?»: an ISSC of a date, its kind not said, is not
  // taken for an interim one (6 months: "expired"); the dates topic asks which kind it is (a full ISSC
  // is valid up to 5 years, seed 001).
  if (
    verdict.topic === 'isps.interim' &&
    !INTERIM_NAMED.test(folded) &&
    !INTERIM_HINTED.test(folded) &&
    SHIP_SECURITY_CERTIFICATE.test(folded) &&
    findDates(folded, ANY_DAY).some((h) => h.iso !== undefined)
  )
    return { ...verdict, topic: 'isps.verification-dates', related: [] };
  if (verdict.topic !== 'aps.processing-time') return verdict;
  if (SHIP_SECURITY_CERTIFICATE.test(folded)) return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "how long valid is the certificate, issued 2 Jan 2025, age 40": how long a certificate lasts, which
  // one not said, is never how long processing takes.
  if (HOW_LONG_VALID.test(folded) && VALIDITY_SAID.test(folded) && !PROCESSING_TIME.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  if (MANNING_CERTIFICATE.test(folded)) return { ...verdict, topic: 'manning.how-to-apply', related: [] };
  return verdict;
}

/**
 * How many cooks («må vi ha to kokker?», "need 2 cooks?"): the sources say when a ship's cook is
 * required, not how many, so the cook topic's yes or no would answer another question. And a person
 * asked about as the cook is the qualification topic.
 */
// ("my uncle to cook": English «to» before the verb counts nothing.)
const COOK_COUNT = new RegExp(
  `(?<![a-z0-9])(?!to cook(?![a-z]))(?:[2-9]|${alternation(COOK_COUNT_WORDS)}) (?:${alternation(COOK_NOUNS)})`,
);
const COOK_ROLE = new RegExp(
  `(?<![a-z])(?:${alternation(COOK_ROLE_ASKED.subjects)})(?: [a-z0-9-]+){0,3} (?:${alternation(COOK_ROLE_ASKED.roles)})`,
);
/** "my cook is 17", «kokken vår er berre 17 år»: a cook's age, not a length or a number of people. */
const COOK_AGE = new RegExp(
  `(?<![a-z])(?:${alternation(COOK_AGE_STATED.cooks)})(?: (?:var|vår|vaar|our|my|min|mi|mitt|new|ny|nye))?(?: (?:on|aboard|pa|om bord pa) (?:(?:our|the|var|vaar) )?(?:vessel|ship|boat|skipet|baten|fartoyet)(?: (?:var|vaar))?)? (?:${alternation(COOK_AGE_STATED.links)}) \\d{1,2}(?![0-9]| ?(?:m|meter|metres|gt|bt|personer|persons|people|mann|crew|dager|days|timer|hours)(?![a-z]))`,
);
const COOK_REQUIREMENTS = wholePhrases(COOK_REQUIREMENTS_ASKED);
const COOK_NEEDED = wholePhrases(COOK_NEEDED_ASKED);
const COOK_QUALIFICATION = wholePhrases(COOK_QUALIFICATION_WORDS);
const ISSC_FOREIGN_FLAG = wholePhrases(ISSC_FOREIGN_FLAG_WORDS);
/** Cooking or the cook named («lage maten», "cook", «kokk»). */
const COOKING_NAMED = wholePhrases(COOKING_WORDS);
/**
 * "can the deckhand cook?", «kan matrosen lage maten?»: someone asked about as doing the cooking, the
 * verb ending the question (not "can the ship cook also be …", one person in two posts).
 */
const COOKS_AT_END = new RegExp(
  `(?<![a-z])(?:can|could|may|kan|kunne|far|faar)(?: [a-z]+){1,3} (?:${alternation(COOKING_VERBS)})(?: (?:for (?:the )?crew|for mannskapet|om bord|onboard|on board))?[ ?.!]*$`,
);
/** How surely the classifier must lean to the cook's qualification for its words to settle it. */
const COOK_QUALIFICATION_LEANS = 0.5;
const COOK_COMBINED = wholePhrases(COOK_COMBINED_ASKED);
/** The health certificate named («må skipskokken ha helseerklæring?»). */
const HEALTH_CERTIFICATE_NAMED = leadingPhrases(HEALTH_LIMIT_WORDS.certificate);
/** Most words of a count of the safe manning stated alone («vi er ca 10 i sikkerheitsbemanninga no»). */
const STATED_COUNT_WORDS = 8;
/** A short text with a count in it (or two: «ca 9-10»). */
function countStated(folded: string): boolean {
  const counts = findQuantities(folded, { words: true }).length;
  return counts > 0 && counts <= 2 && words(folded).length <= STATED_COUNT_WORDS;
}
/**
 * «Jeg er 17 år … Kan jeg jobbe som kokk også, båten har 6 i sikkerhetsbemanning?» (round 61): a
 * question whether someone may also work as the cook, read as other duties of the safe manning, is
 * whether that person may be the cook when the message around it says their age (§ 52: at least 18).
 */
export function cookAged(verdict: TopicVerdict, question: string, around: string): TopicVerdict {
  return verdict.kind === 'answer' &&
    verdict.topic === 'manning.other-duties' &&
    COOK_ROLE.test(fold(question)) &&
    AGE_SAID.test(fold(around))
    ? { ...verdict, topic: 'cook.qualification', related: [] }
    : verdict;
}
/** A person's age said («jeg er 17 år», "I'm 17", «ho er 17»). */
const AGE_SAID =
  /(?<![a-z])(?:jeg er|eg er|i am|im|i'm|han er|ho er|hun er|he is|she is|he's|she's) (?:bare |berre |only |just )?\d{1,2}(?: ?(?:ar|aar|years?|yrs?)(?: old| gammel| gamal)?)?(?![0-9])/;
export function cookQuestion(verdict: TopicVerdict, text: string): TopicVerdict {
  const folded = fold(text);
  // «Må ein 30 meter tråler ha kokk?»: the classifier leans to the cook rule but is not sure alone.
  const cookRanked = verdict.ranked.slice(0, 2).find((r) => r.topic === 'cook.required');
  if (
    verdict.kind !== 'answer' &&
    verdict.ranked[0]?.topic.startsWith('cook.') &&
    cookRanked &&
    COOK_NEEDED.test(folded) &&
    !COOK_COUNT.test(folded)
  )
    return { kind: 'answer', topic: 'cook.required', p: cookRanked.p, related: [], ranked: verdict.ranked };
  // "Our Norwegian flag supply vessel 2800 GT, safety manning 11, need cook?": the vessel's facts lean
  // to a manning topic, the question asks for the cook (the manning certificate not named).
  if (
    verdict.kind === 'answer' &&
    verdict.topic.startsWith('manning.') &&
    cookRanked &&
    COOK_NEEDED.test(folded) &&
    !COOK_COUNT.test(folded) &&
    !MANNING_CERTIFICATE.test(folded)
  )
    return { ...verdict, topic: 'cook.required', p: cookRanked.p, related: [] };
  // «kokken vår er berre 17, går det an?»: a cook's age stated is the qualification asked about.
  if (verdict.kind !== 'answer' && verdict.ranked[0]?.topic.startsWith('cook.') && COOK_AGE.test(folded))
    return {
      kind: 'answer',
      topic: 'cook.qualification',
      p: verdict.ranked[0]?.p ?? 0,
      related: [],
      ranked: verdict.ranked,
    };
  // "owner want my uncle to cook without education, ok?": the qualification leaned to, its words said.
  const qualification = verdict.ranked[0];
  if (
    verdict.kind === 'out-of-scope' &&
    qualification?.topic === 'cook.qualification' &&
    qualification.p >= COOK_QUALIFICATION_LEANS &&
    // («hvilke papirer må kokken ha?»: what the cook must have asked.)
    (COOK_QUALIFICATION.test(folded) || COOK_REQUIREMENTS.test(folded))
  )
    return { kind: 'answer', topic: 'cook.qualification', p: qualification.p, related: [], ranked: verdict.ranked };
  // «sikkerhetsbemanningen er 10, kan matrosen lage maten hvis vi sjekker han ut?»: someone of the
  // crew cooking after the company's check-out is whether that person may be the cook (§ 52), never
  // only whether the safe manning may have other duties.
  // ("we are only 6 in safe manning, can the deckhand cook?" too: cooking is the cook's § 52, not
  // another duty; «… også være kokk?», one person in two posts, stays what it is.)
  if (
    verdict.kind === 'answer' &&
    verdict.topic === 'manning.other-duties' &&
    COOKING_NAMED.test(folded) &&
    (COOK_QUALIFICATION.test(folded) || COOKS_AT_END.test(folded))
  )
    return { ...verdict, topic: 'cook.qualification', related: [] };
  // «vi er 10 i sikkerheitsbemanninga», «12 mann i sikkerheitsbemanning»: a count of the safe manning
  // stated and nothing asked is no question whether it may do other work; whether a cook is required
  // (seed 003 ties the cook to that count) or its other duties: asked which.
  if (verdict.kind === 'answer' && verdict.topic === 'manning.other-duties' && !asks(text) && countStated(folded))
    return { kind: 'clarify', topics: ['cook.required', 'manning.other-duties'], ranked: verdict.ranked };
  if (verdict.kind !== 'answer' || !verdict.topic.startsWith('cook.')) return verdict;
  if (COOK_COUNT.test(folded) || COOK_COMBINED.test(folded)) return { kind: 'out-of-scope', ranked: verdict.ranked };
  // «må skipskokken ha helseerklæring?»: the health certificate's topic, not the cook's § 52.
  if (HEALTH_CERTIFICATE_NAMED.test(folded)) return { ...verdict, topic: 'health.certificate', related: [] };
  // «kan han bli skipskokk?» asks whether he may be the cook (§ 52), not whether a cook is required.
  if (
    verdict.topic === 'cook.required' &&
    (COOK_ROLE.test(folded) ||
      COOK_REQUIREMENTS.test(folded) ||
      COOK_QUALIFICATION.test(folded) ||
      COOK_AGE.test(folded))
  )
    return { ...verdict, topic: 'cook.qualification', related: [] };
  return verdict;
}

/**
 * A question about a D6 holder and no other deck certificate («Eg har D6. Kan eg vere skipper?») is
 * about what D6 gives: master rights and a first issue are about D5, D4 and D3 only (seed 004).
 */
const D6_NAMED = /(?<![a-z0-9])d ?6(?![0-9])/;
const D1_TO_D5_NAMED = /(?<![a-z0-9])d ?[1-5](?![0-9])/;
const MASTER_RIGHTS_MAX_GT = limit('masterRightsMaxGrossTonnageExclusive');
const aboveMasterRights = (folded: string) =>
  findQuantities(folded).some(
    (q) =>
      q.unit === 'GT' &&
      q.value >= MASTER_RIGHTS_MAX_GT &&
      !SERVED_ON_BEFORE.test(folded.slice(Math.max(0, q.start - SERVED_ON_LOOK), q.start)),
  );
/**
 * "14 months as OOW on 3000 GT": the ship where the time was served, not the one to be master of
 * (months, then "on" right before the tonnage).
 */
const SERVED_ON_BEFORE = new RegExp(
  `(?<![a-z])(?:${alternation(UNIT_WORDS.months)})(?![a-z])[^.?!]*(?<![a-z])(?:${alternation(SERVED_ON_WORDS)})(?: (?:${alternation(ARTICLE_ONE)}))? $`,
);
const SERVED_ON_LOOK = 40;
const D5_TO_D3_TOPICS: ReadonlySet<string> = new Set(['deck.master-rights', 'deck.first-issue']);
/**
 * «Ein av dei tilsette har D6 … Kan han vere skipsførar?»: whether someone may serve in a position,
 * not which position their sea time is registered as.
 */
const MAY_SERVE_AS =
  /(?<![a-z])(?:kan|can|may|could|far|faar|lov til a) (?:jeg|eg|han|hun|ho|vi|i|he|she|we|they|de|dei|den|denne) (?:vaere|vere|bli|be|serve as|work as|jobbe som|fungere som|tenestegjere som|tjenestegjore som)(?![a-z])/;
const D6_WORKBOAT = wholePhrases(D6_WORKBOAT_WORDS);
const CERTIFICATE_ALLOWS = wholePhrases(CERTIFICATE_ALLOWS_WORDS);
/** Least probability of what D6 allows for a question about D6 on a work boat to be taken as it. */
const D6_WORKBOAT_MIN = 0.6;

export function d6Holder(verdict: TopicVerdict, text: string): TopicVerdict {
  const folded = fold(text);
  // «Kan D6 brukes på et arbeidsfartøy i oppdrett?»: D6 on a work boat is seed 002's own subject; so is
  // what D6 lets its holder do ("What does a D6 let me do?").
  const d6p = verdict.ranked.find((r) => r.topic === 'd6.privileges')?.p ?? 0;
  if (
    verdict.kind === 'out-of-scope' &&
    verdict.ranked[0]?.topic === 'd6.privileges' &&
    d6p >= D6_WORKBOAT_MIN &&
    D6_NAMED.test(folded) &&
    (D6_WORKBOAT.test(folded) || CERTIFICATE_ALLOWS.test(folded)) &&
    !outsideTopic('d6.privileges', folded)
  )
    return { kind: 'answer', topic: 'd6.privileges', p: d6p, related: [], ranked: verdict.ranked };
  if (verdict.kind !== 'answer') return verdict;
  if (
    verdict.topic === 'seatime.positions' &&
    MAY_SERVE_AS.test(folded) &&
    D6_NAMED.test(folded) &&
    !D1_TO_D5_NAMED.test(folded)
  )
    return { ...verdict, topic: 'd6.privileges', related: [] };
  if (!D5_TO_D3_TOPICS.has(verdict.topic)) return verdict;
  // "can I be master on 3000 GT with D5?": master rights cover ships under 500 GT (facts.md, Sdir's
  // table); what a D5 allows on a larger ship is not in the sources, and "yes, apply for master
  // rights" would answer another question.
  if (verdict.topic === 'deck.master-rights' && aboveMasterRights(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  return D6_NAMED.test(folded) && !D1_TO_D5_NAMED.test(folded)
    ? { ...verdict, topic: 'd6.privileges', related: [] }
    : verdict;
}

/**
 * «hvor mye fartstid blir det?», "how much sea time?": an amount of sea time asked is the calculation
 * when the classifier ranks it first but is not sure enough on its own (short questions, few words).
 */
const AMOUNT_ASKED = leadingPhrases(SEA_TIME_AMOUNT_ASKED);
const CERTIFICATE_NAMED = /(?<![a-z0-9])d ?[3-6](?![0-9])/;
const NEEDED = leadingPhrases(HOURS_NEEDED_WORDS);
/** Round 56 (english56): "I need 360 days … for my D5. how many hours on board is that?": a conversion asked. */
const HOURS_ASKED = wholePhrases(HOURS_ASKED_PHRASES);
export function seaTimeAmount(verdict: TopicVerdict, text: string): TopicVerdict {
  const folded = fold(text);
  // The sea time a certificate needs («… does a D6 need?») is what that certificate asks, never a
  // calculation: D5, D4 and D3 are the first issue's; D6's is not in the sources.
  if (
    verdict.kind === 'answer' &&
    verdict.topic === 'seatime.calculate' &&
    NEEDED.test(folded) &&
    !HOURS_ASKED.test(folded)
  ) {
    const named = folded.match(CERTIFICATE_NAMED);
    if (named && /6/.test(named[0])) return { kind: 'out-of-scope', ranked: verdict.ranked };
    if (named) return { ...verdict, topic: 'deck.first-issue', related: [] };
  }
  if (verdict.kind === 'answer' || verdict.ranked[0]?.topic !== 'seatime.calculate') return verdict;
  // The sea time a certificate requires («… for å få D6?») is no calculation (nor in the sources for D6).
  return AMOUNT_ASKED.test(folded) && !CERTIFICATE_NAMED.test(folded)
    ? { kind: 'answer', topic: 'seatime.calculate', p: verdict.ranked[0].p, related: [], ranked: verdict.ranked }
    : verdict;
}

/**
 * Two narrow readings on top of the classifier: sailing short of the manning certificate is no manning
 * topic's (the sources say when only for repositioning, lay-up and lying moored), and a request to make a confirmation is the
 * confirmation topic, not a choice between it and who may sign one.
 */
const UNDERMANNED = leadingPhrases(UNDERMANNED_WORDS);
const MATROS_CERTIFICATE_ASKED =
  /(?<![a-z])(?:requirements?|krav|kravet|kravene|sea ?time|fartstid|what do i need|hva trenger jeg|kva treng eg)(?: [a-z()-]+){0,4} (?:for|til|to get|for a fa|a fa)(?: the| an?| et| eit)? (?:able seaman(?: proficiency)? certificate|ferdighetssertifikat(?: som)? matros|ferdigheitssertifikat(?: som)? matros|matrossertifikat[a-z]*)/;
/**
 * What it takes to get D6 ("what's the requirements for D6 sea time?", «kor mykje fartstid treng eg
 * for å få D6?»): the sources say what D6 gives, not the sea time or courses needed for it.
 */
const D6_REQUIREMENTS_ASKED =
  /(?<![a-z])(?:(?:requirements?|krav|kravet|kravene|krava|what do i need|hva trenger jeg|kva treng eg|how much sea ?time|what sea ?time|how many days|hvor mye fartstid|kor mykje fartstid|hvor mange dager|kor mange dagar)(?: [a-z']+){0,4} (?:for|til|to get|for a fa|a fa|to obtain|towards)(?: the| an?| et| eit| my| my first)? d ?6(?![0-9])(?![ -]?(?:holder|innehaver|innehavar|innehaveren|innehavaren)))/;
/** "D6 sea time requirements" said as a term: only where the reading is D6's rights or a first D5–D3. */
const D6_SEA_TIME_TERM = /(?<![a-z0-9])d ?6 (?:sea ?time|fartstid|fartstidskrav)(?: requirements?| krav)?(?![a-z])/;
/** True when `text` asks what it takes to get the able seaman certificate (not in the sources). */
export const asksMatrosCertificate = (text: string): boolean => MATROS_CERTIFICATE_ASKED.test(fold(text));
const TRADE = '(?:fagbrev|fagbrevet|trade certificate|apprenticeship certificate)';
/** A rating's certificate of proficiency as the goal («for å få ferdighetssertifikat motormann»). */
const PROFICIENCY =
  '(?:ferdighetssertifikat[a-z]*|ferdigheitssertifikat[a-z]*|certificate of proficiency|proficiency certificate)';
const TRADE_FOR_DECK = new RegExp(
  `${TRADE}(?![a-z])[^.?!]{0,40}(?:for a fa|for a faa|to get|for|til) d ?[3-5](?![0-9])`,
);
/**
 * «ferdighetssertifikat motormann, hva kreves?»: the motorman's certificate of proficiency itself (§ 80
 * is for a motorman who needs none); what it takes is not in the sources.
 */
const MOTORMAN_PROFICIENCY = new RegExp(
  `${PROFICIENCY}(?: (?:som|as|for))? (?:${alternation(MOTORMAN_WORDS)})(?![a-z])`,
);
const TRADE_AS_GOAL = new RegExp(
  `(?:for a fa|for a faa|for a ta|to get|to obtain|get|fa|faa|ta|(?:far|faar|tar|take|get) (?:jeg|eg|man|ein|en|vi|i|we|you))(?: et| eit| a| my| mitt)? (?:${TRADE}|${PROFICIENCY})(?![a-z])`,
);
/**
 * «kontrollromsoperatør på ei rigg med eigen framdrift. Kva stilling svarar det til?»: positions on a
 * mobile unit are that topic's (seed 004), not the fish-farm and D6 positions of seatime.positions.
 * Read with the whole message, as the rig is often named in the sentence before the question.
 */
export function onMobileUnit(verdict: TopicVerdict, text: string): TopicVerdict {
  return verdict.kind === 'answer' && verdict.topic === 'seatime.positions' && MOBILE_UNIT.test(fold(text))
    ? { ...verdict, topic: 'seatime.mobile-units', related: [] }
    : verdict;
}
const MOBILE_UNIT =
  /(?<![a-z])(?:rigg|riggen|rig|oil rig|drilling rig|boreskip|borerigg|plattform|platform|semi-sub|semisub|flyterigg|mobile units?|flyttbar innretning|flyttbare innretninger|jack-?up|jack up|oppjekkbar|boligrigg|flotell|flyteinnretning|flyteinnretningen|flyttbar eining|flyttbare einingar)(?![a-z])/;
const PAY = wholePhrases(PAY_WORDS);
/** True when `folded` speaks of pay or wages, which no topic answers. */
export const namesPay = (folded: string): boolean => PAY.test(folded);
const PRICE = wholePhrases(PRICE_WORDS);
/** Most words of a question that asks a price or pay (a longer text may name one in passing). */
const PRICE_ASKED_WORDS = 20;
/** True when `folded` asks what something costs (a fee, a price), which no topic answers. */
export const namesPrice = (folded: string): boolean => PRICE.test(folded);
/** A question that only asks what one term means («hva er en bemanningsoppgave?», "what does STCW mean?"). */
const DEFINITION =
  /^(?:(?:hva|kva) (?:er|betyr|tyder|bety|star) (?:egentlig |eigentleg )?(?:en |ei |et |eit |ein )?([a-z0-9-]+)(?: for)?|what(?: is|s| does) (?:an? |the )?([a-z0-9-]+)(?: mean| stand for)?)[ ?.!]*$/;
const definedTerm = (folded: string): string | undefined => {
  const m = DEFINITION.exec(folded.replace(/'/g, ''));
  return m ? (m[1] ?? m[2]) : undefined;
};
/** Conventions and regimes whose meaning the sources do not explain. */
const UNDEFINED_TERMS: ReadonlySet<string> = new Set(['stcw', 'isps', 'ism', 'mlc', 'solas', 'marpol', 'imo', 'ilo']);
/** The manning topics that are about sailing or lying with fewer than listed (§ 13 repositioning, lay-up, moored). */
const FEWER_ALLOWED: ReadonlySet<string> = new Set(['manning.repositioning', 'manning.lay-up', 'manning.moored']);
const BUILD = wholePhrases(BUILD_VERBS);
/** A lay-up named («opplag», "laid up", "cold lay-up"). */
const LAID_UP = leadingPhrases(LAID_UP_WORDS);
/** A lay-up named by its own word, not only "cold" or "warm". */
const LAID_UP_NAMED = leadingPhrases(LAID_UP_WORDS.filter((w) => !LAY_UP_KIND_WORDS.includes(w)));
/** How surely a question outside the catalogue must lean to the ISSC's return for a sale named to settle it. */
const ISSC_RETURN_LEANS = 0.5;
/** The ISSC topics whose dates the validity rule gives for either kind (interim or full). */
const ISSC_KINDS: ReadonlySet<string> = new Set(['isps.interim', 'isps.verification-dates']);
const ISSC_VOIDED = wholePhrases(ISSC_VOIDED_WORDS);
const TO_NORWAY = wholePhrases(TO_NORWAY_WORDS);
const OUTSIDE_TOPIC = new Map(Object.entries(OUTSIDE_TOPIC_WORDS).map(([topic, list]) => [topic, wholePhrases(list)]));
/**
 * The words of OUTSIDE_TOPIC_WORDS that take `topic` (or its family, or any topic but the contact
 * card, which is where a complaint goes: '*') outside, if the text has them.
 */
/** `outsideTopic` by the words of `topic` or its family only (not those that take any topic outside). */
export const outsideOwnTopic = (topic: string, folded: string): boolean =>
  [topic, topic.split('.')[0] ?? ''].some((key) => OUTSIDE_TOPIC.get(key)?.test(folded) === true);

/** True when `folded` has words that take any topic but the contact card outside (OUTSIDE_TOPIC_WORDS '*'). */
export const outsideAny = (folded: string): boolean => OUTSIDE_TOPIC.get('*')?.test(folded) === true;

export const outsideTopic = (topic: string, folded: string): boolean =>
  [topic, topic.split('.')[0] ?? '', ...(topic === 'contact' ? [] : ['*'])].some(
    (key) => OUTSIDE_TOPIC.get(key)?.test(folded) === true,
  );

/**
 * «treng skipskokken helseerklæring?», "does the oiler need a health certificate?": which positions
 * must have one is in no topic's sources (they say how long one lasts, and that D6 needs one), so
 * such a question about a rating or the cook is outside, unless it also asks how long one lasts.
 */
const HEALTH_POSITIONS = new RegExp(
  `(?<![a-z])(?:${alternation([...Object.values(ASKED_POSITIONS).flat(), ...COOK_NOUNS].map(fold))})[a-z]*(?![a-z])`,
);
const NEEDS =
  /(?<![a-z])(?:treng|trenger|trengs|trengst|ma|maa|need|needs|must|have to|has to|required|pakrevd|kreves|krevst)(?![a-z])/;
const D6_HOLDER = /(?<![a-z0-9])d ?6(?![0-9])/;
/** «trenger jeg helseerklaering for aa soke D5?»: the sources tie a health certificate to D6 only. */
const D1_TO_D5 = /(?<![a-z0-9])d ?[1-5](?![0-9])/;
const healthForPosition = (folded: string): boolean =>
  HEALTH_CERTIFICATE_NAMED.test(folded) &&
  (HEALTH_POSITIONS.test(folded) || D1_TO_D5.test(folded)) &&
  NEEDS.test(folded) &&
  !D6_HOLDER.test(folded) &&
  !HOW_LONG_VALID.test(folded);

const EXTENDED =
  /(?<![a-z])(?:extend|extended|extension|prolong|prolonged|forlenge|forlenges|forlengast|forlenga|forlengelse|forlenging|forlengje|forlengjast|forlengjing|forlengt)(?![a-z])/;
const API_NAMED = /(?<![a-z])(?:api|api-et|apiet|the api)(?![a-z])/;
const CONTACT_ASKED =
  /(?<![a-z])(?:who (?:do|should|can|must) (?:we|i) (?:contact|ask|call|write to)|who to contact|whom to contact|hvem (?:kontakter|spor|ringer) (?:vi|jeg)|hvem skal (?:vi|jeg) (?:kontakte|sporre)|kven (?:kontaktar|spor) (?:vi|eg)|kven skal (?:vi|eg) (?:kontakte|sporje)|contact person|kontaktperson)(?![a-z])/;

/** «attest», "attestation": a sea-time confirmation's other name (not «helseattest», one word). */
const ATTEST = wholePhrases(ATTEST_WORDS);
/** The topics of the certificate such an attest is for, which it is read as by its code (D5, D6). */
const ATTEST_MISREAD: ReadonlySet<string> = new Set(['deck.first-issue', 'deck.cadet', 'd6.privileges']);

/** The letter approving a ship security plan («godkjenningsbrevet», "approval letter"). */
const APPROVAL_LETTER =
  /(?<![a-z])(?:godkjenningsbrev|godkjenningsbrevet|godkjennelsesbrev|godkjennelsesbrevet|approval letter|letter of approval)(?![a-z])/;
const SSP_NAMED =
  /(?<![a-z])(?:ssp|ssp-en|sikkerhetsplan|sikkerhetsplanen|sikkerheitsplan|sikkerheitsplanen|security plan)(?![a-z])/;

/**
 * A message that only names what it is about («bemanningssertifikat», "ISSC?"): which question about
 * it is not said, so when the classifier is not near sure, the close topics of its family are offered
 * (never the expiry of a manning certificate guessed at 88 %).
 */
const BARE_TERM_WORDS = 2;
const BARE_TERM_SURE = 0.95;
const BARE_TERM_KIN = 0.05;
function bareTerm(verdict: TopicVerdict, folded: string): TopicVerdict {
  // A long text is no bare term: it is not split into words at all.
  if (verdict.kind !== 'answer' || verdict.p >= BARE_TERM_SURE || folded.length > 60 || /\d/.test(folded))
    return verdict;
  if (folded.split(/[^a-z0-9-]+/).filter(Boolean).length > BARE_TERM_WORDS) return verdict;
  const family = `${verdict.topic.split('.')[0] ?? ''}.`;
  const kin = verdict.ranked.filter((r) => r.topic.startsWith(family) && r.p >= BARE_TERM_KIN).slice(0, 3);
  return kin.length >= 2 ? { kind: 'clarify', topics: kin.map((r) => r.topic), ranked: verdict.ranked } : verdict;
}

/**
 * "Our ship changes to Maltese flag next month. What happens to the Norwegian ISSC?": a new flag is when
 * the ISSC must be returned (seed 001), not how a ship without one is certified ("reflagging to NOR …
 * the steps for ISPS certification?": a ship coming to Norway is certified anew). Used on a question
 * alone, and on the whole message for a short question beside such statements ("… change flag from NOR
 * to Bahamas next week. ISSC what to do?").
 */
export function flagChangedAway(verdict: TopicVerdict, text: string): TopicVerdict {
  if (verdict.kind !== 'answer') return verdict;
  const folded = fold(text);
  // Round 56 (norsk56): «Vi har skiftet flagg fra Malta til Norge. Må vi levere tilbake det gamle
  // ISSC-et til dere?»: the return of an ISSC (seed 001) is of the Authority's own, when a ship leaves
  // the Norwegian flag; what becomes of another state's ISSC when a ship comes to Norway is not said.
  if (verdict.topic === 'isps.invalid' && FLAG_CHANGE.test(folded) && TO_NORWAY.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  if (verdict.topic !== 'isps.process') return verdict;
  return FLAG_CHANGE.test(folded) && !TO_NORWAY.test(folded)
    ? { ...verdict, topic: 'isps.invalid', related: [] }
    : verdict;
}

const ISSC_NAMED = wholePhrases(ISSC_WORDS);
/**
 * "we change flag from NIS to Danish. what happens with ISSC?", read whole: the register left names no
 * other matter; a reading that leans to when the ISSC must be returned, of a message that names the
 * ISSC and a new flag and nothing outside that topic, is that case (seed 001).
 */
export function isscFlagLeft(verdict: TopicVerdict, text: string): TopicVerdict {
  if (verdict.kind === 'answer' || verdict.ranked[0]?.topic !== 'isps.invalid') return verdict;
  const folded = fold(text);
  return FLAG_CHANGE.test(folded) &&
    ISSC_NAMED.test(folded) &&
    !TO_NORWAY.test(folded) &&
    !OTHER_SHIP_CERTIFICATE.test(folded) &&
    !outsideTopic('isps.invalid', folded)
    ? surely('isps.invalid', verdict.ranked)
    : verdict;
}

/**
 * A deck certificate of class `classes` (a character class of digits) named as what the manning
 * document lists: «D6 i bemanningsoppgaven», "manning doc say D5" (MANNING_LISTS_VERBS).
 */
function listedInManningDocument(classes: string): RegExp {
  const manning = `(?:${alternation(SHIP_CERTIFICATE_WORDS.manning)})[a-z]*`;
  const lists = `(?:${alternation(MANNING_LISTS_VERBS)})`;
  return new RegExp(
    `${manning}(?: [a-z]+){0,2} ${lists} d ?${classes}(?![0-9])|(?<![a-z0-9])d ?${classes} (?:i|pa|in|on) (?:(?:the|our|var|vaar|vart) )?${manning}`,
  );
}

/**
 * «vi har D6 i bemanningsoppgaven for overstyrmann, kan vi bruke en med D5 i stedet?»: D6 already in
 * the manning document, another certificate wanted instead: which certificates are accepted (the
 * footnote, seed 003), never how to get D6 into it.
 */
const D6_LISTED = listedInManningDocument('6');
const OTHER_D_INSTEAD =
  /(?<![a-z0-9])d ?[1-5](?![0-9])[^.?!]{0,20}(?<![a-z])(?:i stedet|i steden|istedet|i staden|instead)(?![a-z])/;

/** How surely a question outside the catalogue must lean to a rating position's topic for its words to settle it. */
const POSITION_LEANS = 0.4;
const POSITION_REQUIREMENTS = wholePhrases(POSITION_REQUIREMENT_WORDS);
const POSITION_NAMED = new Map(Object.entries(ASKED_POSITIONS).map(([topic, list]) => [topic, wholePhrases(list)]));
/**
 * «kva krev ein av ein matros?»: a question leaning to a rating position's topic, naming that position
 * and asking its requirements, is that topic (unless its words take the topic outside).
 */
function positionRequirements(verdict: TopicVerdict, folded: string): TopicVerdict {
  const lean = verdict.kind === 'out-of-scope' ? verdict.ranked[0] : undefined;
  const named = lean ? POSITION_NAMED.get(lean.topic) : undefined;
  if (
    !lean ||
    !named ||
    lean.p < POSITION_LEANS ||
    !named.test(folded) ||
    !POSITION_REQUIREMENTS.test(folded) ||
    outsideTopic(lean.topic, folded)
  )
    return verdict;
  return { kind: 'answer', topic: lean.topic, p: lean.p, related: [], ranked: verdict.ranked };
}

/** When something is due asked («når», "when", «vindauge», "window", «frist»). */
const WHEN_DUE =
  /(?<![a-z])(?:nar|naar|when|kva tid|hva tid|vindauge|vindu|vinduet|window|frist|fristen|deadline|innen|innan)(?![a-z])/;
/** Most words of a short question the intermediate verification's name alone settles. */
const INTERMEDIATE_ALONE_WORDS = 6;
/**
 * «når er mellomliggjande?», «kva vindauge for mellomliggjande?» (round 60): a short question naming
 * the intermediate verification, nothing else of a topic, asks when it is due (only an ISSC has one
 * in the catalogue).
 */
function intermediateNamed(verdict: TopicVerdict, folded: string): TopicVerdict {
  if (
    verdict.kind !== 'out-of-scope' ||
    words(folded).length > INTERMEDIATE_ALONE_WORDS ||
    !INTERMEDIATE_NAMED.test(folded) ||
    !asks(folded) ||
    // (When it is due, never another use of the word: «fartstid i mellomliggende periode?».)
    !WHEN_DUE.test(folded) ||
    !verdict.ranked[0]?.topic.startsWith('isps.') ||
    outsideTopic('isps.verification-dates', folded)
  )
    return verdict;
  return { kind: 'answer', topic: 'isps.verification-dates', p: 0, related: [], ranked: verdict.ranked };
}

/** How surely a question outside the catalogue must lean to an ISSC topic for its words to settle it. */
const ISSC_NAMED_LEANS = 0.5;
/** Getting a certificate asked («hva må vi gjøre for å få norsk ISSC?», "how do we get an ISSC"). */
const GETTING = /(?<![a-z])(?:fa|faa|get|obtain|skaffe|soke om|sokje om|apply for)(?![a-z])/;
/**
 * «hvor lenge gjelder et midlertidig ISSC for skipet?», «hva må vi gjøre for å få norsk ISSC?»: a
 * question leaning to the interim ISSC, or to how a ship is certified, that names the ISSC (and the
 * interim one, or getting it) is that topic. (How long one takes to get is no topic's.)
 */
function isscNamed(verdict: TopicVerdict, folded: string): TopicVerdict {
  const lean = verdict.kind === 'out-of-scope' ? verdict.ranked[0] : undefined;
  const named =
    (lean?.topic === 'isps.interim' && INTERIM_NAMED.test(folded)) ||
    (lean?.topic === 'isps.process' && GETTING.test(folded));
  return lean &&
    named &&
    lean.p >= ISSC_NAMED_LEANS &&
    SHIP_SECURITY_CERTIFICATE.test(folded) &&
    !PROCESSING_TIME.test(folded) &&
    !outsideTopic(lean.topic, folded)
    ? { kind: 'answer', topic: lean.topic, p: lean.p, related: [], ranked: verdict.ranked }
    : verdict;
}

/**
 * "manning doc say D5 for skipper but our captain has D4, is this ok?", «bemanningssertifikatet sier
 * D5, men vi går bare i fartsområde 2. kan vi bruke en med D6?»: what the manning document lists,
 * and another deck certificate to serve with: which certificates are accepted (seed 003's footnote),
 * not master rights or what D6 gives. (Not a change of the document applied for: that is its update.)
 */
const MANNING_LISTS_D = listedInManningDocument('[1-6]');
const D_NAMED = /(?<![a-z0-9])d ?([1-6])(?![0-9])/g;
const DOCUMENT_CHANGED =
  /(?<![a-z])(?:soke|soker|sokje|sokjer|endre|endra|endret|oppdatere|oppdatert|apply|applying|change|changed|update|updated|amend|amended)(?![a-z])/;
const ACCEPTED_MISREAD: ReadonlySet<string> = new Set(['d6.privileges', 'deck.master-rights', 'deck.first-issue']);
export function listedAndAnother(verdict: TopicVerdict, text: string): TopicVerdict {
  const folded = fold(text);
  const about =
    (verdict.kind === 'answer' && ACCEPTED_MISREAD.has(verdict.topic)) ||
    (verdict.kind === 'clarify' && verdict.topics.includes('manning.accepted-certificates'));
  if (!about || !MANNING_LISTS_D.test(folded) || DOCUMENT_CHANGED.test(folded)) return verdict;
  const classes = new Set([...folded.matchAll(D_NAMED)].map((m) => m[1]));
  if (classes.size < 2) return verdict;
  const p = verdict.ranked.find((r) => r.topic === 'manning.accepted-certificates')?.p ?? 0;
  return { kind: 'answer', topic: 'manning.accepted-certificates', p, related: [], ranked: verdict.ranked };
}

const SELF_ASKER = wholePhrases(SELF_CONFIRMING_WORDS.asker);
const SELF_CONFIRMED = wholePhrases(SELF_CONFIRMING_WORDS.self);
export function narrowReadings(given: TopicVerdict, text: string): TopicVerdict {
  const folded = fold(text);
  const verdict = intermediateNamed(isscNamed(positionRequirements(bareTerm(given, folded), folded), folded), folded);
  if (
    verdict.kind === 'answer' &&
    verdict.topic === 'manning.d6-update' &&
    D6_LISTED.test(folded) &&
    OTHER_D_INSTEAD.test(folded)
  )
    return { ...verdict, topic: 'manning.accepted-certificates', related: [] };
  if (verdict.kind === 'answer' && healthForPosition(folded)) return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "Can I write fartstidsbekreftelse for myself?" (round 54): who may confirm sea time (never oneself,
  // seed 004), not how a confirmation is written.
  if (
    verdict.kind === 'answer' &&
    verdict.topic === 'seatime.confirmation' &&
    SELF_ASKER.test(folded) &&
    SELF_CONFIRMED.test(folded)
  )
    return { ...verdict, topic: 'seatime.who-can-confirm', related: [] };
  // "interim ISSC issued 01.10.2026 — the ship is now under Panama flag. is it still good?": a flag or
  // company changed takes the certificate back (seed 001), whatever its dates say.
  if (
    verdict.kind === 'answer' &&
    verdict.topic.startsWith('isps.') &&
    verdict.topic !== 'isps.invalid' &&
    ISSC_VOIDED.test(folded) &&
    !TO_NORWAY.test(folded)
  )
    return { kind: 'answer', topic: 'isps.invalid', p: verdict.p, related: [], ranked: verdict.ranked };
  // «kan en ISSC overføres når vi selger skipet til et annet norsk rederi?»: leaning to the return,
  // with the ISSC and a sale or another company named, it is the return (seed 001).
  const lean = verdict.kind === 'out-of-scope' ? verdict.ranked[0] : undefined;
  if (
    lean?.topic === 'isps.invalid' &&
    lean.p >= ISSC_RETURN_LEANS &&
    SHIP_SECURITY_CERTIFICATE.test(folded) &&
    ISSC_VOIDED.test(folded) &&
    !TO_NORWAY.test(folded) &&
    !outsideTopic('isps.invalid', folded)
  )
    return { kind: 'answer', topic: 'isps.invalid', p: lean.p, related: [], ranked: verdict.ranked };
  // "ISSC for ship under Liberian flag – Sdir issues?": a ship staying under another flag is not in
  // seed 001 (one coming to the Norwegian flag is: «fra Panama-flagg til NIS»).
  if (
    verdict.kind === 'answer' &&
    verdict.topic.startsWith('isps.') &&
    verdict.topic !== 'isps.invalid' &&
    ISSC_FOREIGN_FLAG.test(folded) &&
    !TO_NORWAY.test(folded)
  )
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "D6 master on 13 m LOA …, but I don't have a valid health certificate", "D6, 12 m LOA workboat …
  // Health cert expired 3 days ago. Can I sail tomorrow?": a D6 is not valid without one (seed 002),
  // whatever it would allow; that is the health certificate's answer, never a «Yes» — before the words
  // that take D6 outside («expired» of D6 itself is its renewal), and when the classifier leans to D6.
  const d6Lean = verdict.kind === 'out-of-scope' ? verdict.ranked[0] : undefined;
  if (
    ((verdict.kind === 'answer' && verdict.topic === 'd6.privileges') ||
      (d6Lean?.topic === 'd6.privileges' && d6Lean.p >= D6_LAPSED_LEANS) ||
      // ("is a D6 certificate valid if my health certificate has expired?": read as the health
      // certificate itself, with the D6 named.)
      (verdict.kind === 'answer' && verdict.topic === 'health.certificate' && D6_NAMED.test(folded)) ||
      (d6Lean?.topic === 'health.certificate' && d6Lean.p >= D6_LAPSED_LEANS && D6_NAMED.test(folded))) &&
    HEALTH_LAPSED.test(folded)
  )
    return {
      kind: 'answer',
      topic: 'health.certificate',
      p: verdict.kind === 'answer' ? verdict.p : (d6Lean?.p ?? 0),
      related: [],
      ranked: verdict.ranked,
    };
  // «… ny helseerklæring etter sjukmelding?», "… for an oil platform?", "… written in English?",
  // «… til sjømannspensjonen?»: the topic's sources do not answer that side of it.
  if (verdict.kind === 'answer' && outsideTopic(verdict.topic, folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // A menu whose every topic the words take outside («… SharePoint?» between two ISSC topics): the fallback.
  if (verdict.kind === 'clarify' && verdict.topics.every((t) => outsideTopic(t, folded)))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // «krav til lønn for smører?», «kva kostar verifikasjonen?»: pay and fees are in no topic (MLC, wages
  // and Sdir's fees are outside the catalogue).
  // Overtime asked about as sea time («gir overtid mer fartstid?») is the calculation's, not pay.
  if (
    verdict.kind !== 'out-of-scope' &&
    (namesPrice(folded) ||
      (namesPay(folded) && !(verdict.kind === 'answer' && verdict.topic === 'seatime.calculate'))) &&
    folded.split(' ').length <= PRICE_ASKED_WORDS
  )
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  const defined = definedTerm(folded);
  // «kva tyder STCW?», "what is ISPS?": what a convention is, is not in the sources; a topic's
  // procedure would answer another question.
  if (defined !== undefined && UNDEFINED_TERMS.has(defined)) return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "the sea time requirement for the able seaman certificate": what it takes to get the certificate is
  // not in the sources; the matros topic says who needs it (§ 34) and what serves without it (§ 79).
  if (verdict.kind !== 'out-of-scope' && MATROS_CERTIFICATE_ASKED.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // Whatever it was read as (D6's rights, a first D5–D3, the calculator): the rule-based readings
  // stand in here for near misses that would pull «fartstid for å få D4» to the fallback as well.
  if (verdict.kind !== 'out-of-scope' && D6_REQUIREMENTS_ASKED.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  if (
    verdict.kind === 'answer' &&
    (verdict.topic === 'd6.privileges' || verdict.topic === 'deck.first-issue') &&
    D6_SEA_TIME_TERM.test(folded)
  )
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "I-ISSC was issued 10 Sept 2026, can it be extended …?": an interim ISSC cannot be extended (seed 001).
  if (
    verdict.kind === 'answer' &&
    verdict.topic.startsWith('isps.') &&
    INTERIM_NAMED.test(folded) &&
    EXTENDED.test(folded)
  )
    return { ...verdict, topic: 'isps.interim', related: [] };
  // "the API gives error 401 when we report fartstid, who do we contact?": the API's own address is
  // on the contact card (seed 000: apiinfo@sdir.no), not in how sea time is reported.
  if (API_NAMED.test(folded) && CONTACT_ASKED.test(folded)) return surely('contact', verdict.ranked);
  // «hva med godkjenningsbrevet?», «må skipet ha med seg det opphavlege godkjenningsbrevet for SSP?»: the
  // original approval letter kept on board with the plan (seed 001) is the electronic plan's answer.
  // (Not a letter lost or to be replaced: «Vi har mistet originalt godkjenningsbrev …».)
  if (
    APPROVAL_LETTER.test(folded) &&
    !outsideTopic('isps.electronic-plan', folded) &&
    (SSP_NAMED.test(folded) ||
      (verdict.kind === 'answer' && verdict.topic.startsWith('isps.')) ||
      folded.split(' ').length <= 5)
  )
    return surely('isps.electronic-plan', verdict.ranked);
  // "I want attest for D5", «attest til D6»: a sea-time confirmation for that certificate (its target),
  // not what the certificate requires or allows.
  if (
    ATTEST.test(folded) &&
    ((verdict.kind === 'answer' && ATTEST_MISREAD.has(verdict.topic)) ||
      (verdict.kind === 'clarify' && verdict.topics.includes('seatime.confirmation')))
  )
    return surely('seatime.confirmation', verdict.ranked);
  // «treng eg fagbrev som matros for å få D5?»: what a first D5, D4 or D3 asks, not the rating's rules.
  if (verdict.kind === 'answer' && verdict.topic.startsWith('ratings.') && TRADE_FOR_DECK.test(folded))
    return { ...verdict, topic: 'deck.first-issue', related: [] };
  if (
    verdict.kind === 'clarify' &&
    verdict.topics.includes('deck.first-issue') &&
    verdict.topics.every((t) => t === 'deck.first-issue' || t.startsWith('ratings.')) &&
    TRADE_FOR_DECK.test(folded)
  )
    return { kind: 'answer', topic: 'deck.first-issue', p: 0, related: [], ranked: verdict.ranked };
  // «… for å få fagbrev som motormann?», «… for å få ferdighetssertifikat motormann»: what a trade
  // certificate or a rating's certificate of proficiency asks is not in the sources.
  if (
    verdict.kind !== 'out-of-scope' &&
    verdict.ranked[0]?.topic.startsWith('ratings.') &&
    (TRADE_AS_GOAL.test(folded) || MOTORMAN_PROFICIENCY.test(folded))
  )
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "what minimum safe manning" for a ferry in service: the lay-up's answer ("Sdir does not decide the
  // crew in lay-up") answers no question that names no lay-up.
  if (verdict.kind === 'answer' && verdict.topic === 'manning.lay-up' && !LAID_UP.test(folded))
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  // "warm layup in Haugesund for 3 months - do all positions … have to be onboard?": between the lay-up
  // and lying moored, a lay-up named is the lay-up.
  if (
    verdict.kind === 'clarify' &&
    verdict.topics.includes('manning.lay-up') &&
    verdict.topics.every((t) => FEWER_ALLOWED.has(t)) &&
    LAID_UP_NAMED.test(folded)
  )
    return { kind: 'answer', topic: 'manning.lay-up', p: 0, related: [], ranked: verdict.ranked };
  // «hva er en bemanningsoppgave?»: the manning certificate, which the vessels' topic explains.
  if (defined !== undefined && MANNING_CERTIFICATE.test(defined))
    return { kind: 'answer', topic: 'manning.which-vessels', p: 0, related: [], ranked: verdict.ranked };
  if (
    verdict.kind === 'answer' &&
    verdict.topic.startsWith('manning.') &&
    !FEWER_ALLOWED.has(verdict.topic) &&
    UNDERMANNED.test(folded)
  )
    return { kind: 'out-of-scope', ranked: verdict.ranked };
  if (
    verdict.kind === 'clarify' &&
    verdict.topics.includes('seatime.confirmation') &&
    BUILD.test(folded) &&
    !outsideTopic('seatime.confirmation', folded)
  )
    return { kind: 'answer', topic: 'seatime.confirmation', p: 0, related: [], ranked: verdict.ranked };
  // "how long is ISSC valid": between when it must be returned and its dates, its validity (the
  // dates topic: a full ISSC up to 5 years, an interim one 6 months).
  if (
    verdict.kind === 'clarify' &&
    verdict.topics.includes('isps.verification-dates') &&
    verdict.topics.every((t) => t.startsWith('isps.')) &&
    SHIP_SECURITY_CERTIFICATE.test(folded) &&
    HOW_LONG_VALID.test(folded) &&
    !RETURNED.test(folded) &&
    !INTERIM_NAMED.test(folded)
  )
    return { kind: 'answer', topic: 'isps.verification-dates', p: 0, related: [], ranked: verdict.ranked };
  // «når utløper ISSC som vart utferda 10.01.2022»: between an interim and a full ISSC, the dates
  // topic asks which kind it is (its validity rule covers both), so no menu is needed first.
  // (Not when the dates topic's sources do not answer it: "can Sdir extend it one month?".)
  // («Vi fekk I-ISSC den 3. mars. Kan den forlengjast …?»: the interim one named is the interim topic.)
  if (verdict.kind === 'clarify' && verdict.topics.every((t) => ISSC_KINDS.has(t)) && INTERIM_NAMED.test(folded))
    return outsideTopic('isps.interim', folded)
      ? { kind: 'out-of-scope', ranked: verdict.ranked }
      : { kind: 'answer', topic: 'isps.interim', p: 0, related: [], ranked: verdict.ranked };
  if (verdict.kind === 'clarify' && verdict.topics.every((t) => ISSC_KINDS.has(t)))
    return outsideTopic('isps.verification-dates', folded)
      ? { kind: 'out-of-scope', ranked: verdict.ranked }
      : { kind: 'answer', topic: 'isps.verification-dates', p: 0, related: [], ranked: verdict.ranked };
  return verdict;
}

const DOCTORS = alternation(DOCTOR_ABROAD.doctors);
const FOREIGN_DOCTOR = new RegExp(
  `(?<![a-z])(?:(?:${alternation(DOCTOR_ABROAD.nationalities)}) (?:${DOCTORS})|(?:${DOCTORS})(?: [a-z]+){0,2} (?:in|i|from|fra|fraa|fro) (?:${alternation(DOCTOR_ABROAD.places)})|(?:${DOCTORS}) (?:abroad|i utlandet)|(?:in|i|from|fra|fraa|fro) (?:${alternation(DOCTOR_ABROAD.places)}) (?:${DOCTORS}))(?![a-z])`,
);
/**
 * A doctor abroad asked about («Kan en polsk lege skrive helseerklæringen?», "doctor in Poland",
 * "my health certificate from Poland doctor"):
 * which doctors abroad may issue one is not in the sources; the health topic's validity answers
 * another question, so it is the fallback.
 */
export function doctorAbroad(verdict: TopicVerdict, text: string): TopicVerdict {
  if (verdict.kind !== 'answer' || verdict.topic !== 'health.certificate') return verdict;
  return FOREIGN_DOCTOR.test(fold(text)) ? { kind: 'out-of-scope', ranked: verdict.ranked } : verdict;
}

/** A day for reading dates in words only (relative and yearless dates are not rewritten). */
const ANY_DAY = '2000-01-01';
/** `text` folded with each whole date written with a month name rewritten as dd.mm.yyyy; undefined when none. */
export function datesInDigits(text: string): string | undefined {
  const folded = fold(text);
  const hits = findDates(folded, ANY_DAY).filter(
    (h) => h.iso !== undefined && !h.yearInferred && !h.relative && /[a-z]/.test(folded.slice(h.start, h.end)),
  );
  if (hits.length === 0) return undefined;
  let out = folded;
  for (const h of [...hits].sort((a, b) => b.start - a.start)) {
    const [y, m, d] = (h.iso ?? '').split('-');
    out = `${out.slice(0, h.start)}${d}.${m}.${y}${out.slice(h.end)}`;
  }
  return out;
}

const LAPSED_SUBJECT = `(?:(?:${alternation(LAPSED.owners)}) )?(?:${alternation(LAPSED.subjects)})`;
/** «helseerklæringen min er forresten utløpt», "my medical has actually expired", «utløpt helseerklæring». */
/**
 * «og for D6?» after the sea time of a first D5, D4 or D3: the same question about D6, whose sea
 * time is not in the sources (the fallback), never what D6 allows on board.
 */
export function afterFirstIssue<Q extends Asked>(questions: readonly Q[], folded: string): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  if (!q || !D6_NAMED.test(folded) || D1_TO_D5_NAMED.test(folded)) return [...questions];
  return [{ ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } }];
}

/**
 * "and what ships can I then be master on?" after master rights on a D5, D4 or D3: the scope of those
 * rights, which that answer gives, never the D6 rule (§ 23), unless the message names D6.
 */
/**
 * "When can I get førerrett? Can I use my sea time from before May 2024?" (round 60): beside a question
 * on master rights, one on sea time from before the first issue asks what that rule counts (only time
 * after the first issue, seed 004), never how sea time is documented.
 */
export function beforeIssueWithMasterRights<Q extends Asked & { text: string }>(questions: readonly Q[]): Q[] {
  if (!questions.some((q) => q.verdict.kind === 'answer' && q.verdict.topic === 'deck.master-rights'))
    return [...questions];
  // (The master rights' answer says so: the question is answered with it, not once more after it.)
  return questions.filter(
    (q) =>
      !(q.verdict.kind === 'answer' && q.verdict.topic.startsWith('seatime.') && SEA_TIME_BEFORE.test(fold(q.text))),
  );
}
const SEA_TIME_BEFORE =
  /(?<![a-z])(?:sea ?time|fartstid|fartstida|fartstiden|time|tid|tida|tiden)(?: [a-z]+){0,3} (?:from before|before|prior to|fra for|older than|eldre enn)(?![a-z])/;

export function afterMasterRights<Q extends Asked>(questions: readonly Q[], folded: string): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  if (q?.verdict.kind !== 'answer' || q.verdict.topic !== 'd6.privileges' || D6_NAMED.test(folded))
    return [...questions];
  return [{ ...q, verdict: { ...q.verdict, topic: 'deck.master-rights', related: [] } }];
}

/**
 * «og bemanningssertifikatet?» after what happens to the ISSC when the ship changes flag or company:
 * what happens to the manning certificate then is not in the sources, and its expiry topic would read
 * as "it stays valid".
 */
export function afterIsscInvalid<Q extends Asked>(questions: readonly Q[], topic: string): Q[] {
  if (topic !== 'isps.invalid') return [...questions];
  return questions.map((q) =>
    q.verdict.kind === 'answer' && q.verdict.topic.startsWith('manning.')
      ? { ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } }
      : q,
  );
}

const VERIFICATION_MISSED = wholePhrases(VERIFICATION_MISSED_WORDS);
const PAPERS = wholePhrases(PAPERS_ON_BOARD_WORDS.papers);
const ELECTRONIC = wholePhrases(PAPERS_ON_BOARD_WORDS.electronic);

/**
 * "what papers must be onboard with it?" while or after an interim ISSC: the letter that answer
 * names (seed 001, step 6), never the approved plan's stamped letter, which an interim ISSC has not
 * got yet.
 */
export function afterInterimPapers<Q extends Asked>(questions: readonly Q[], folded: string, topic: string): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  if (!q || topic !== 'isps.interim' || !PAPERS.test(folded) || ELECTRONIC.test(folded)) return [...questions];
  if (q.verdict.kind === 'answer' && q.verdict.topic !== 'isps.electronic-plan') return [...questions];
  return [{ ...q, verdict: surely('isps.interim', q.verdict.ranked) }];
}

/**
 * «hva om vi ikke rekker det?», "what if we miss the window?" while or after the verification dates
 * are asked: when the ISSC must be returned (seed 001: not valid when the verifications are not held).
 */
export function afterVerificationMissed<Q extends Asked>(questions: readonly Q[], folded: string, topic: string): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  if (!q || topic !== 'isps.verification-dates' || !VERIFICATION_MISSED.test(folded)) return [...questions];
  return [{ ...q, verdict: surely('isps.invalid', q.verdict.ranked) }];
}

/**
 * "what if we change flag to Bahamas next month?", «og om skipet skifter flagg til Malta?» after an
 * ISSC's dates: the certificate is then returned (seed 001, «Ugyldig sertifikat»), whatever a foreign
 * state's name does to the reading alone.
 */
export function afterIsscFlagChange<Q extends Asked>(
  questions: readonly Q[],
  folded: string,
  topic: string,
  flagForeign: boolean,
): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  // (After when the ISSC must be returned too: "we sell ship to german company and change flag" is
  // the case that answer names, so it is that answer again, never the fallback.)
  if (!q || !topic.startsWith('isps.') || !(flagForeign || ISSC_VOIDED.test(folded))) return [...questions];
  if (topic === 'isps.invalid' && q.verdict.kind === 'answer') return [...questions];
  return [{ ...q, verdict: surely('isps.invalid', q.verdict.ranked) }];
}

/** The topics whose answer gives the date a certificate runs out. */
const EXPIRY_GIVEN: ReadonlySet<string> = new Set(['isps.interim', 'isps.verification-dates', 'health.certificate']);
const EXPIRY_ASKED = wholePhrases(EXPIRY_ASKED_WORDS);

/** «når går det ut?», "when does it expire?" after an answer that gives that date: that answer again. */
export function afterExpiryGiven<Q extends Asked>(questions: readonly Q[], folded: string, topic: string): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  if (!q || !EXPIRY_GIVEN.has(topic) || !EXPIRY_ASKED.test(folded)) return [...questions];
  return [{ ...q, verdict: surely(topic, q.verdict.ranked) }];
}

/**
 * «hvor lang er saksbehandlingstiden?» after a manning certificate's application: that
 * application's time, which the sources do not give (the application topic says so), never the
 * processing times of a seafarer's certificates (seed 000); after an ISSC, the fallback.
 */
const PERSONAL_CERTIFICATE =
  /(?<![a-z0-9])(?:d ?[1-6](?![0-9])|personlig|personal|seafarer|sjofar|helseerkl|health cert|medical|fartstid|sea time|seatime|matros|kokk|cook)/;
export function processingTimeAfter<Q extends Asked>(
  questions: readonly Q[],
  topic: string | undefined,
  folded: string,
): Q[] {
  const family = topic?.split('.')[0];
  if ((family !== 'manning' && family !== 'isps') || PERSONAL_CERTIFICATE.test(folded)) return [...questions];
  return questions.map((q) =>
    q.verdict.kind !== 'answer' || q.verdict.topic !== 'aps.processing-time'
      ? q
      : family === 'manning'
        ? { ...q, verdict: { ...q.verdict, topic: 'manning.how-to-apply', related: [] } }
        : { ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } },
  );
}

/** How surely a question outside the catalogue must lean to D6 for a lapsed health certificate beside it to settle it. */
const D6_LAPSED_LEANS = 0.5;
const HEALTH_LAPSED = new RegExp(
  `(?<![a-z])(?:${LAPSED_SUBJECT}(?: (?:${alternation(LAPSED.owners)}))?(?: (?:${alternation(LAPSED.between)})){0,3} (?:${alternation(LAPSED.lapsed)})|(?:${alternation(LAPSED.before)}) (?:${alternation(LAPSED.subjects)}))(?![a-z])`,
);

/**
 * «gjeld det same for D5?» after the health certificate's answer: the sources say only of D6 that it
 * is not valid without a valid health certificate (seed 002); of D5–D1 they say nothing, so the
 * fallback, never the first issue's sea time.
 */
const SAME_FOR = new RegExp(
  `^(?:${alternation(ELLIPTIC_OPENERS)})(?![a-z])|(?<![a-z])(?:${alternation(SAME_AS_BEFORE_WORDS)})(?![a-z])`,
);
export function afterHealth<Q extends Asked>(questions: readonly Q[], folded: string): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  // "and can I sail with D6 if it expired last week?": a D6 is not valid without a valid health
  // certificate (seed 002); the certificate's dates decided again would answer another question
  // ("valid"), so the fallback hands it on, as after what D6 allows.
  if (q && D6_NAMED.test(folded) && LAPSED_SAID.test(folded))
    return [{ ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } }];
  if (!q || !SAME_FOR.test(folded) || !D1_TO_D5_NAMED.test(folded) || D6_NAMED.test(folded)) return [...questions];
  return [{ ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } }];
}
/** A certificate said to have lapsed («gått ut», "expired"), its subject unsaid ("if it expired last week"). */
const LAPSED_SAID = wholePhrases(LAPSED.lapsed);

/**
 * «og med D5?» after what D6 allows: the same post with another deck certificate. As master, that is
 * master rights (a first D5, D4 or D3 has none, seed 004); in another post, what D5–D1 allow is not
 * in the sources (the fallback), never the first issue's sea time.
 */
export function afterD6<Q extends Asked>(
  questions: readonly Q[],
  folded: string,
  known: Readonly<Record<string, unknown>>,
): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  // «helseerklæringen min er forresten utløpt» after a yes: without a valid health certificate D6 is
  // not valid (seed 002), so the yes no longer holds; the fallback hands it on, as in one message.
  if (q && HEALTH_LAPSED.test(folded)) return [{ ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } }];
  // "so I can be master?" (round 53): the D6 holder's own question, what D6 allows, never the master
  // rights of a first D5–D3 its words alone lean to.
  if (q?.verdict.kind === 'answer' && q.verdict.topic === 'deck.master-rights' && !D1_TO_D5_NAMED.test(folded))
    return [{ ...q, verdict: { ...q.verdict, topic: 'd6.privileges', related: [] } }];
  if (!q || !D1_TO_D5_NAMED.test(folded) || D6_NAMED.test(folded)) return [...questions];
  const { ranked } = q.verdict;
  return known.role === 'master'
    ? [{ ...q, verdict: { kind: 'answer', topic: 'deck.master-rights', p: 0, related: [], ranked } }]
    : [{ ...q, verdict: { kind: 'out-of-scope', ranked } }];
}

/**
 * «Jeg har D4. Kan jeg være overstyrmann på …?»: a question about what D6 allows from someone who
 * names only another deck certificate is not about D6. As master it is master rights (a first D5,
 * D4 or D3 has none, seed 004); in another post what D5–D1 allow is not in the sources.
 */
export function otherDeckHeld<Q extends Asked>(
  questions: readonly Q[],
  folded: string,
  facts: readonly FactFound[],
  known: Readonly<Record<string, unknown>>,
): Q[] {
  // «Eg har D6, men helseerklæringa mi gjekk ut»: without a valid health certificate D6 is not valid
  // (seed 002), so what D6 allows on the vessel is no answer; the fallback hands it on.
  if (HEALTH_LAPSED.test(folded))
    return questions.map((q) =>
      q.verdict.kind === 'answer' && q.verdict.topic === 'd6.privileges'
        ? { ...q, verdict: { kind: 'out-of-scope', ranked: q.verdict.ranked } }
        : q,
    );
  if (!D1_TO_D5_NAMED.test(folded) || D6_NAMED.test(folded)) return [...questions];
  const master = facts.some((f) => f.key === 'role' && f.value === 'master') || known.role === 'master';
  return questions.map((q) => {
    if (q.verdict.kind !== 'answer' || q.verdict.topic !== 'd6.privileges') return q;
    const { ranked } = q.verdict;
    return master
      ? { ...q, verdict: { kind: 'answer', topic: 'deck.master-rights', p: 0, related: [], ranked } }
      : { ...q, verdict: { kind: 'out-of-scope', ranked } };
  });
}

/** The facts a first D5/D4/D3 is decided on (seed 004), beside which months on watch are that issue's. */
const FIRST_ISSUE_KEYS: ReadonlySet<string> = new Set([
  'seaTimeDays',
  'bridgeWatchDays',
  'trainingProgramDays',
  'daysAfterDiploma',
  'hasAssessment',
]);

/** A certificate's issue said («etter utstedelse», "after that", «fekk D5»). */
const ISSUE_SAID =
  /(?<![a-z])(?:after|etter|since|sidan|siden|got|fikk|fekk|utstedt|utstedelse|issued|issue|har d[1-6]|have d[1-6])(?![a-z])/;
/**
 * "I got D4 first time in 2024, age 23, 14 months as OOW after that": months on watch since a first
 * issue, with none of the first issue's own facts, ask for the master rights that issue lacks (seed
 * 004), never the first issue again.
 */
export function watchAfterFirstIssue<Q extends Asked>(
  questions: readonly Q[],
  facts: readonly FactFound[],
  folded: string,
): Q[] {
  const q = questions.length === 1 ? questions[0] : undefined;
  // (The issue said: «Har 24 mnd fartstid som styrmann …, ingen kadettbok. Kan jeg søke D3 nå?» holds
  // no certificate yet.)
  if (
    q?.verdict.kind !== 'answer' ||
    q.verdict.topic !== 'deck.first-issue' ||
    !facts.some((f) => f.key === 'monthsAsOfficerOfTheWatchSinceIssue') ||
    facts.some((f) => FIRST_ISSUE_KEYS.has(f.key)) ||
    !ISSUE_SAID.test(folded)
  )
    return [...questions];
  return [{ ...q, verdict: { ...q.verdict, topic: 'deck.master-rights', related: [] } }];
}
