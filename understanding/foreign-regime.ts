/**
 * Questions about another state's rules or a ship under another flag, and about personal
 * certificates outside the catalogue. The sources are Norwegian rules for Norwegian ships and for
 * D3–D6, ratings and the ship's cook (seeds 000–004): "Does Sweden require a ship's cook?", "how long
 * is an ENG1 valid?" or "how much sea time for M4?" would get a Norwegian topic's answer to another
 * question, so they get the fallback.
 */
import type { TopicVerdict } from './topics.js';
import { alternation, fold } from './normalize.js';
import {
  ABROAD_WORDS,
  FROM_WORDS,
  DESTINATION_WORDS,
  FLAG_OR_REGISTER_WORDS,
  FLAGGED_WORDS,
  FLAG_MOVED_WORDS,
  FOREIGN_ADJECTIVES,
  FOREIGN_SHIP_WORDS,
  FOREIGN_COUNTRIES,
  FOREIGN_REGIME_NAMES,
  OTHER_PERSONAL_CERTIFICATES,
  PLACED_IN_WORDS,
  REQUIRE_WORDS,
  RULE_WORDS,
} from './lexicon/foreign-words.js';

// («svenske regler», «islandske skip»: the plural and definite -e too.)
const ADJECTIVE = `(?:${alternation(FOREIGN_ADJECTIVES)})e?`;
const COUNTRY = alternation(FOREIGN_COUNTRIES);
/** "Swedish rules", «danske krav», "does Sweden require", "under UK law", an ENG1. */
const FOREIGN_RULES = new RegExp(
  `(?<![a-z])(?:(?:${ADJECTIVE}|${COUNTRY}) (?:[a-z]+ )?(?:${alternation(RULE_WORDS)})|(?:${COUNTRY}) (?:${alternation(REQUIRE_WORDS)})|(?:krav|requirements) (?:stiller|stiller|set|sets|has|have|har) (?:${COUNTRY})|(?:${alternation(FOREIGN_REGIME_NAMES)}))(?![a-z])`,
);
/**
 * "in the UK", «i Sverige»: a question asked about another country (not a place a ship sails to:
 * "to shipyard in Poland", «til verft i Polen»).
 */
const IN_COUNTRY = new RegExp(
  `(?<![a-z])(?<!(?:to|til) (?:${alternation(DESTINATION_WORDS)}) )(?:in|i|inside|within) (?:${COUNTRY})(?![a-z])`,
);
/**
 * "a Swedish-flagged ferry", «dansk flagg», "under the Maltese flag", «svenskregistrert», "a
 * Cayman-flag superyacht", «under Bahamas-flagg».
 */
const FOREIGN_FLAGGED = new RegExp(
  `(?<![a-z])(?:(?:${ADJECTIVE})(?:[ -]?(?:${alternation(FLAGGED_WORDS)}))|(?:${ADJECTIVE})registrert|flagged in (?:${COUNTRY})|flagget i (?:${COUNTRY})|under (?:the )?(?:${ADJECTIVE}|${COUNTRY})[ -]?(?:flag|flagg|flagget|flagga)|(?:${COUNTRY})[ -](?:flag|flagged|flagg|flagget|registered|registrert))(?![a-z])`,
);
/** «islandske skip», "a Faroese fishing vessel": a ship of another state (round 31). */
const FOREIGN_SHIP = new RegExp(
  `(?<![a-z])(?:${ADJECTIVE}) (?:[a-z]+ )?(?:${alternation(FOREIGN_SHIP_WORDS.map(fold))})(?![a-z])`,
);
/** "changes flag to Malta", «frå Panama»: a flag moved, which is the ISSC's return (isps.invalid), not its dates abroad. */
const FLAG_MOVED = new RegExp(
  `(?<![a-z])(?:${alternation(FLAG_MOVED_WORDS)}) (?:the )?(?:${ADJECTIVE}|${COUNTRY})(?![a-z])`,
);
/** "to Spain", «til Spania», "abroad": a place outside Norway a verification or an inspector goes to. */
const ABROAD = new RegExp(
  `(?<![a-z])(?:(?:${alternation(PLACED_IN_WORDS)}) (?:${COUNTRY})|(?<!(?:${alternation(FROM_WORDS)}) )(?:${alternation(ABROAD_WORDS)}))(?![a-z])`,
);
/** A flag or a register named (a change of flag is the ISSC's return, not a verification abroad). */
const FLAG_NAMED = new RegExp(`(?<![a-z])(?:${alternation(FLAG_OR_REGISTER_WORDS)})(?![a-z])`);
/** The ISSC topics whose dates and plan are Norway's to set (seed 001): another flag's are not theirs. */
const NORWEGIAN_ISSC = new Set(['isps.verification-dates', 'isps.interim', 'isps.electronic-plan']);
// Folded text: «fartøy» is «fartoy», «båt» is «bat».
const NORWEGIAN_SHIP =
  /(?<![a-z])(?:norwegian|norsk|norske|norskregistrert)[ -](?:ship|ships|vessel|vessels|boat|flag|flagged|skip|fartoy|bat|flagg)(?![a-z])/;
const OTHER_CERTIFICATE = new RegExp(`(?<![a-z0-9])(?:${alternation(OTHER_PERSONAL_CERTIFICATES)}|m[1-5])(?![a-z0-9])`);
const DECK_CERTIFICATE = /(?<![a-z0-9])d ?[1-6](?![0-9])/;

/** Topics about abroad by their nature: a cadet on a foreign ship, a digital certificate shown abroad, contact. */
const ABOUT_ABROAD: ReadonlySet<string> = new Set(['deck.foreign-cadet', 'aps.digital-certificates', 'contact']);
/** Topics whose rule is for a Norwegian ship and takes no flag: another flag or country is not theirs. */
const NORWEGIAN_SHIP_ONLY = (topic: string) =>
  topic.startsWith('cook.') ||
  topic.startsWith('ratings.') ||
  topic === 'd6.privileges' ||
  topic === 'health.certificate' ||
  (topic.startsWith('manning.') && topic !== 'manning.which-vessels');
/** Topics of personal certificates' requirements and sea time. */
const CERTIFICATE_REQUIREMENTS = (topic: string) =>
  topic === 'seatime.calculate' || topic.startsWith('deck.') || topic.startsWith('ratings.');

/** The verdict, or the fallback when the question is about another state's rules or a certificate outside the catalogue. */
export function foreignRegime(verdict: TopicVerdict, text: string): TopicVerdict {
  if (verdict.kind !== 'answer' || ABOUT_ABROAD.has(verdict.topic)) return verdict;
  const folded = fold(text);
  const outside = { kind: 'out-of-scope', ranked: verdict.ranked } as const;
  if (FOREIGN_RULES.test(folded)) return outside;
  // "trained as a chef in the Philippines … on a Norwegian ship": the ship asked about is Norwegian.
  const abroad = IN_COUNTRY.test(folded) && !NORWEGIAN_SHIP.test(folded);
  const foreignShip = FOREIGN_FLAGGED.test(folded) || FOREIGN_SHIP.test(folded);
  if (NORWEGIAN_SHIP_ONLY(verdict.topic) && (abroad || foreignShip)) return outside;
  // "Dutch flag: when is the ISSC intermediate verification due?" (never a flag moved to or from Norway).
  if (NORWEGIAN_ISSC.has(verdict.topic) && FOREIGN_FLAGGED.test(folded) && !FLAG_MOVED.test(folded)) return outside;

  if (CERTIFICATE_REQUIREMENTS(verdict.topic) && OTHER_CERTIFICATE.test(folded) && !DECK_CERTIFICATE.test(folded))
    return outside;
  return verdict;
}

/**
 * «Kan ISPS-inspektøren komme til Spania for verifikasjon?»: where a verification is held abroad is not
 * in seed 001 (a flag moved is the ISSC's return, isps.invalid). Of the question's own words only: a
 * place abroad in another question of the message says nothing of this one.
 */
export function verificationAbroad(verdict: TopicVerdict, text: string): TopicVerdict {
  if (verdict.kind !== 'answer' || !verdict.topic.startsWith('isps.') || verdict.topic === 'isps.invalid')
    return verdict;
  const folded = fold(text);
  return ABROAD.test(folded) && !FLAG_NAMED.test(folded) ? { kind: 'out-of-scope', ranked: verdict.ranked } : verdict;
}
