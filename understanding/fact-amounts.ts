/**
 * The amounts a free text states, each only where a label says which fact it is: gross tonnage,
 * lengths, the safe manning and crew, the age now and at a certificate's issue, time served in a
 * position, and sea time. An approximate amount near a limit the rules read it against is left out.
 */
import { limit } from '../rules/index.js';
import {
  AFTER_LINK_WORDS,
  DENIED_SIZE_WORDS,
  FACT_LABELS,
  ISSUE_WORDS,
  NEVER_WATCH_OFFICER_WORDS,
  NO_OTHER_PRACTICE_WORDS,
  NOT_ON_BOARD_WORDS,
  TOTAL_AMOUNT_WORDS,
  PART_OF_SERVICE_WORDS,
  SERVICE_ADDED_WORDS,
  SERVICE_CONTINUED_WORDS,
  UNIT_WORDS,
} from './lexicon/synonyms.js';
import {
  ABSENCE_WORDS,
  AGE_SOON_WORDS,
  AGE_THEN_WORDS,
  ANY_WORDS,
  AFTER_ISSUE_ALONE_WORDS,
  BEFORE_THAT_WORDS,
  BEFORE_ISSUE_WORDS,
  HEALTH_LIMIT_WORDS,
} from './lexicon/certificate-words.js';
import {
  ASKERS_OWN_WORDS,
  BOTH_ASKED_WORDS,
  TWO_VESSELS_WORDS,
  COOK_SUBJECT_WORDS,
  COOK_NAMED_WORDS,
  NOT_COOK_PERSON_WORDS,
  FIRST_PERSON_AGE_WORDS,
  HELD_BEFORE_WORDS,
  NOT_AS_OFFICER_WORDS,
  OTHER_SUBJECT_WORDS,
  REPORTING_VERBS,
  SUBSET_WORDS,
} from './lexicon/discourse.js';
import { alternation, leadingPhrases, matchesOf, wholePhrases } from './normalize.js';
import { convert, findQuantities, isBoundQuantity, oneDayInWords, type Quantity } from './numbers.js';
import { hoursOfWeekOrMonth, readSeaTime } from './sea-time-text.js';
import { deckSeaTime } from './deck-facts.js';
import { type Collector, after, before, word } from './fact-collector.js';
import { namesPassengers } from './vessel-facts.js';

const L_BEFORE = before('lengthL');
const LOA_BEFORE = before('lengthOverall');
const GT_BEFORE = before('grossTonnage');
const MANNING_BEFORE = before('safetyManning');
const MANNING_WORD = new RegExp(`(?<![a-z])${word(FACT_LABELS.safetyManning?.before ?? [])}(?![a-z])`);
/** The safe manning said not to exist («det er ikke fastsatt noen sikkerhetsbemanning», "no safe manning"). */
const MANNING_DENIED = new RegExp(
  `(?<![a-z])${word([...ABSENCE_WORDS, ...ANY_WORDS])}(?: [a-z]+){0,3} ${MANNING_WORD.source}`,
);
const CREW_BEFORE = before('crewSize');
const CREW_WORDED = new RegExp(`(?<![a-z])${word(FACT_LABELS.crewSize?.after ?? [])}(?![a-z])`);
const AGE_BEFORE = before('age');
const L_AFTER = after('lengthL');
const LOA_AFTER = after('lengthOverall');
const MANNING_AFTER = after('safetyManning');
/** The safe manning named, up to four words, then "is"/«er» and a bare number ("safe manning on our boat is 9"). */
const MANNING_IS = new RegExp(`${MANNING_WORD.source}(?: [a-z]+){1,4} (?:is|er|are|=) $`);
/** The bare counts of `qs` right after MANNING_IS, with nothing after them that names another unit. */
const manningIs = (folded: string, qs: readonly Quantity[]): Quantity[] =>
  qs.filter(
    (q) =>
      q.unit === undefined &&
      Number.isInteger(q.value) &&
      !q.range &&
      MANNING_IS.test(folded.slice(Math.max(0, q.start - 60), q.start)) &&
      /^(?:$|[ .,;!?)]| (?:persons?|people|personer|personar|mann|crew)(?![a-z]))/.test(
        folded.slice(q.end, q.end + 10),
      ),
  );
const CREW_AFTER = after('crewSize');
const AGE_AFTER = after('age');
const AGE_NO_SUBJECT = /(?:^|[.!?,;:]) ?er (?=\d|[a-z])/g;
const AGE_AND_NO_SUBJECT = /(?<![a-z])og er (?=\d|[a-z])/g;
const AGE_THEN_BEFORE = before('ageAtIssue');
/** Before an age, beside an issue: "issued 01.03.2025 at age 17", «utstedt … i en alder av 17». */
const AT_AGE_BEFORE = /(?<![a-z])(?:at (?:the )?age(?: of)?|aged|i (?:en|ein) alder av|som) $/;
/** After an age: it was the age then («17 år gammel den gang», "17 years old at the time"). */
const AGE_THEN_AFTER = new RegExp(
  `^ ?(?:(?:${alternation(UNIT_WORDS.years)}) ?)?(?:(?:old|gammel|gamal) ?)?,? ?(?:${alternation(AGE_THEN_WORDS)})(?![a-z])`,
);
const ISSUE_WORD = new RegExp(`(?<![a-z0-9])${word(ISSUE_WORDS)}(?![a-z0-9])`);
/** The health certificate named: the certificate an age in the past tense was had at the issue of. */
const HEALTH_CERTIFICATE_NAMED = leadingPhrases(HEALTH_LIMIT_WORDS.certificate);
/** "I was 30", «eg var 17»: an age said in the past tense (see AGE_THEN_BEFORE). */
/** Another person the message asks about, named with an age of their own (see `asker's age` below). */
const OTHER_PERSON = wholePhrases([...OTHER_SUBJECT_WORDS.person, ...COOK_SUBJECT_WORDS]);
/** «kollegaen min sa at …»: the other person reports, the case is the asker's own. */
const REPORTS = new RegExp(
  `(?<![a-z])(?:${alternation(OTHER_SUBJECT_WORDS.person)})(?: [a-z]+)? (?:${alternation(REPORTING_VERBS)})(?![a-z])`,
);
const ASKERS_OWN = wholePhrases(ASKERS_OWN_WORDS);
const AGE_SOON_AFTER = new RegExp(
  `^(?: (?:${alternation(UNIT_WORDS.years)}))? (?:${alternation(AGE_SOON_WORDS)})(?![a-z])`,
);
const BOTH_ASKED = wholePhrases(BOTH_ASKED_WORDS);
/** The facts of a person's own case: an age, an age at issue, a certificate's date, the service and trade certificate. */
export const PERSON_KEYS: ReadonlySet<string> = new Set([
  'age',
  'ageAtIssue',
  'issueDate',
  'monthsAsOfficerOfTheWatch',
  'monthsAsOfficerOfTheWatchSinceIssue',
  // A rating's service and trade certificate («Broren min har 18 mnd som lettmatros …, eg har fagbrev
  // matros og 14 mnd på dekk. Kan vi begge vere matros …?»).
  'monthsDeckService',
  'monthsEngineService',
  'monthsAsOrdinarySeaman',
  'hasTradeCertificate',
  'tradeCertificate',
]);

/**
 * «Sønnen min på 17 har akkurat fått helseerklæring 3. november. Hvor lenge gjelder den? og min egen
 * er fra 1.2.2025, jeg er 52»: in a message about another person, the facts said after the asker
 * turns to their own are a second case; they are left out, never mixed into the other's.
 */
export function askersOwnLeft<F extends { start: number; key: string; value: unknown }>(
  folded: string,
  found: readonly F[],
): F[] {
  // «to av mannskapet: Per har 7 mnd på dekk, Pål har 4 mnd. kan dei …?»: one fact of a person twice,
  // with two values, in a question about two people: neither is taken (never one person's for both).
  const twice =
    found.some((f) => PERSON_KEYS.has(f.key) && found.some((g) => g.key === f.key && g.value !== f.value)) ||
    // (the other's time said without its label: «Pål har 4 mnd»)
    (found.some((f) => PERSON_KEYS.has(f.key)) &&
      findQuantities(folded).filter((q) => q.unit === 'months' && !q.range).length >= 2);
  if (twice && BOTH_ASKED.test(folded)) return found.filter((f) => !PERSON_KEYS.has(f.key));
  if (!OTHER_PERSON.test(folded) || REPORTS.test(folded)) return [...found];
  // «min helseerklæring er frå 1. mars 2025. eg er 50. sonen min på 17 fekk si 1. mars 2026. gjeld
  // begge i dag?»: two people's cases asked together; neither's facts are taken (they are asked).
  if (BOTH_ASKED.test(folded)) return found.filter((f) => !PERSON_KEYS.has(f.key));
  const own = ASKERS_OWN.exec(folded);
  const other = OTHER_PERSON.exec(folded);
  if (!own || !other || other.index > own.index) return [...found];
  return found.filter((f) => f.start < own.index);
}
const COOK_NAMED = wholePhrases(COOK_NAMED_WORDS);
const NOT_COOK = alternation(NOT_COOK_PERSON_WORDS);
/** Right before an age, another person than the cook named ("our cadet, 17", «kadetten (17)», "cadet aged 17"). */
const NOT_COOK_BEFORE = new RegExp(`(?<![a-z])(?:${NOT_COOK})[,(]? ?(?:(?:who is|som er|is|er|aged|pa) )?$`);
/** Right after an age, another person than the cook named ("17 year old deck cadet", «17 år gammel kadett»). */
const NOT_COOK_AFTER = new RegExp(
  `^ ?(?:(?:${alternation(UNIT_WORDS.years)})(?:[ -]?(?:old|gammel|gamal|gamle))? ?)?(?:[a-z]+ ){0,2}?(?:${NOT_COOK})(?![a-z])`,
);

/**
 * "Q1: our cook … Q2: health certificate for a 17 year old deck cadet": in a message that names the
 * cook, an age said of another person (a cadet, an apprentice, a son) is that person's, never the
 * cook's; it is left out (the age a question needs is asked).
 */
export function othersAgeLeft<F extends { start: number; end: number; key: string }>(
  folded: string,
  found: readonly F[],
): F[] {
  if (!COOK_NAMED.test(folded)) return [...found];
  return found.filter(
    (f) =>
      f.key !== 'age' ||
      // ("my son is 17 and wants to work as cook", "a 17 year old apprentice who wants to cook": the
      // person of a sentence that names the cook is the cook.)
      COOK_NAMED.test(sentenceAround(folded, f.start)) ||
      !(
        NOT_COOK_BEFORE.test(folded.slice(Math.max(0, f.start - 30), f.start)) ||
        NOT_COOK_AFTER.test(folded.slice(f.end, f.end + 40))
      ),
  );
}
/** The sentence of `folded` that position `at` stands in. */
function sentenceAround(folded: string, at: number): string {
  const start = Math.max(...['.', '?', '!', '\n'].map((c) => folded.lastIndexOf(c, at - 1))) + 1;
  const ends = ['.', '?', '!', '\n'].map((c) => folded.indexOf(c, at)).filter((i) => i >= 0);
  return folded.slice(start, ends.length > 0 ? Math.min(...ends) : folded.length);
}
const FIRST_PERSON_AGE = new RegExp(
  `(?<![a-z'])(?:${alternation(FIRST_PERSON_AGE_WORDS)}) (?:bare |berre |only |just )?$`,
);
const pastAge = (folded: string, q: Quantity): boolean => labelledBefore(folded, AGE_THEN_BEFORE, [q]).length > 0;
const TOTAL_BEFORE = before('totalHours');
const NOT_ON_BOARD = wholePhrases(NOT_ON_BOARD_WORDS);
/** Time served said to be before the certificate was issued («før jeg fikk sertifikatet», "before I got it"). */
export const BEFORE_ISSUE = wholePhrases(BEFORE_ISSUE_WORDS);
/** "before that", «før det» in a time's sentence before it (BEFORE_THAT_WORDS). */
const BEFORE_THAT = wholePhrases(BEFORE_THAT_WORDS);
/** A word alone after a time that makes it the time since the issue (AFTER_ISSUE_ALONE_WORDS), ending its clause. */
const AFTER_ISSUE_ALONE = new RegExp(`^ (?:${alternation(AFTER_ISSUE_ALONE_WORDS)})(?:[.,;!?)]| og| and|$)`);
const TOTAL_AFTER = after('totalHours');

/** "N måneder som vaktoffiser", "N months on deck": the label after a time quantity, per fact. */
const SERVICE_AFTER: readonly { keys: readonly string[]; re: RegExp; first?: RegExp }[] = [
  {
    keys: ['monthsAsOfficerOfTheWatch', 'monthsAsOfficerOfTheWatchSinceIssue'],
    re: after('monthsAsOfficerOfTheWatch'),
  },
  { keys: ['monthsAsOrdinarySeaman'], re: after('monthsAsOrdinarySeaman'), first: before('monthsAsOrdinarySeaman') },
  // "sorry, deck was only 4 months": the place named first, then the time.
  { keys: ['monthsDeckService'], re: after('monthsDeckService'), first: before('monthsDeckService') },
  { keys: ['monthsEngineService'], re: after('monthsEngineService'), first: before('monthsEngineService') },
  { keys: ['monthsMechanicalPractice'], re: after('monthsMechanicalPractice') },
];

/**
 * "sailed as officer of the watch on a cargo ship for 14 months", «segla som styrmann på ein lastebåt
 * i 14 månader»: the position served in, then the time, later in the same sentence.
 */
const SERVED_AS_OOW = new RegExp(
  `(?<![a-z])(?:som|as|${word(HELD_BEFORE_WORDS)}) (?:an? )?${word(FACT_LABELS.monthsAsOfficerOfTheWatch?.after ?? [])}(?![a-z])[^.!?;]{0,50}? (?:i|in|for) `,
  'g',
);

/**
 * "I have been navigator (vaktoffiser) 14 months on 12 m boat", «har vore styrmann 14 mnd»: the
 * position served in right before the time (a word in brackets between).
 */
const SERVED_AS_OOW_NEXT = new RegExp(
  `(?<![a-z])(?:som|as|${word(HELD_BEFORE_WORDS)}) (?:an? )?${word(FACT_LABELS.monthsAsOfficerOfTheWatch?.after ?? [])}(?![a-z])(?: ?\\([a-z .-]{1,40}\\))? `,
  'g',
);

/** How far after a quantity its label may be looked for (labels are a few words). */
const LOOK_AHEAD = 80;

/** The quantities that start exactly where a match of label `re` ends. */
function labelledBefore(folded: string, re: RegExp, qs: readonly Quantity[], afterRe?: RegExp): Quantity[] {
  // No quantity, nothing a label could stand before: the scan for labels is spared.
  if (qs.length === 0) return [];
  const byStart = new Map(qs.map((q) => [q.start, q]));
  const out: Quantity[] = [];
  for (const m of matchesOf(re, folded)) {
    const q = byStart.get(m.index + m[0].length);
    // "4 months in engine room and 3 months …": a label right after a time (`afterRe`) is that time's,
    // not the next's.
    const owned =
      afterRe !== undefined &&
      qs.some(
        (p) =>
          p.end <= m.index &&
          LABEL_OF_BEFORE.test(folded.slice(p.end, m.index)) &&
          afterRe.test(folded.slice(p.end, p.end + LOOK_AHEAD)),
      );
    if (q && !owned) out.push(q);
  }
  return out;
}
/** What may stand between a time and the label after it (AFTER_LINK_WORDS: "in", «i», …). */
const LABEL_OF_BEFORE = new RegExp(`^ ?\\(?(?:${word(AFTER_LINK_WORDS)} )*$`);

/** The quantities followed by label `re`. */
const labelledAfter = (folded: string, re: RegExp, qs: readonly Quantity[]) =>
  qs.filter((q) => re.test(folded.slice(q.end, q.end + LOOK_AHEAD)));

/**
 * The limits the rules read each amount against (rules/thresholds.ts). "Around fifty GT" may be 49 or
 * 51, on either side of the 50 GT limit (seed 003), so an approximate amount this near a limit is
 * asked for, never taken.
 */
const LIMITS_OF: ReadonlyMap<string, readonly number[]> = new Map([
  [
    'grossTonnage',
    [
      limit('manningCargoMinGrossTonnage'),
      limit('d6MaxGrossTonnageExclusive'),
      limit('masterRightsMaxGrossTonnageExclusive'),
      limit('matrosCertificateMinGrossTonnage'),
    ],
  ],
  [
    'lengthL',
    [
      limit('manningFishingMinLengthL'),
      limit('d6OfficerMaxLengthLExclusive'),
      limit('d6MasterExtensionMaxLengthLExclusive'),
    ],
  ],
  [
    'lengthOverall',
    [
      limit('d6MasterMaxLengthOverallExclusive'),
      limit('d6MasterExtensionMinLoaOfService'),
      limit('trainingMinLengthOverall'),
    ],
  ],
  ['safetyManning', [limit('cookRequiredMinSafetyManning')]],
  ['crewSize', [limit('cookSkillsCheckMaxCrewExclusive')]],
]);
const nearLimit = (key: string, value: number) =>
  (LIMITS_OF.get(key) ?? []).some((l) => Math.abs(value - l) <= Math.max(1, l * 0.05));

function proposeAmounts(c: Collector, keys: readonly string[], qs: readonly Quantity[], unit: string): void {
  for (const q of qs) {
    const v = convert(q.value, q.unit, unit);
    if (v !== undefined) for (const k of keys) if (!q.approx || !nearLimit(k, v)) c.propose(k, v, q.start, q.end);
  }
}

const SAID_TOTAL = new RegExp(`(?<![a-z])(?:${alternation(TOTAL_AMOUNT_WORDS)}) ?$`);
/**
 * «6 mnd i maskin og totalt 30 mnd i maskin»: of several amounts of one service, the one said to be
 * the total is the amount (the others are parts of it); without one, all stay (and disagree).
 */
function totalOnly(folded: string, list: Quantity[]): Quantity[] {
  if (list.length < 2) return list;
  const totals = list.filter((q) => SAID_TOTAL.test(folded.slice(Math.max(0, q.start - 14), q.start)));
  return totals.length === 1 ? totals : list;
}

/** Between a time served and more of it on another ship: a comma, «og», "and", "+" (nothing else ends it). */
const CONTINUED_BETWEEN = new RegExp(
  `^(?:[^.!?;]|\\.(?=\\d)){0,60}? ?(?:${alternation(SERVICE_CONTINUED_WORDS.joiners)})(?: (?:${alternation(SERVICE_CONTINUED_WORDS.afterwards)}))? $`,
);
/** Right after the second time: the ship it was served on, never another position or place. */
const ON_SHIP_NEXT = new RegExp(
  `^ (?:${alternation(SERVICE_CONTINUED_WORDS.onShip)})(?![a-z])(?! (?:${alternation(SERVICE_CONTINUED_WORDS.notShip)})(?![a-z]))`,
);
/** A time said to be the whole ("3 years at sea in total"): never more of one service. */
const SAID_WHOLE = new RegExp(
  `^[^.!?;]{0,40}?(?<![a-z])(?:${alternation([...TOTAL_AMOUNT_WORDS, ...SERVICE_CONTINUED_WORDS.whole])})(?![a-z])`,
);
/**
 * The one time of a service with the times that continue it on other ships ("8 months OOW on ferry
 * and 5 months on supply ship", «7 mnd som vaktoffiser på ferje og 6 mnd på ein brønnbåt»): summed
 * into one quantity (in months) spanning them. A time labelled as another service, or said to be on
 * a boat too small to count (`small`), ends it; the list is returned as it was otherwise.
 */
function continued(
  folded: string,
  list: Quantity[],
  timeQs: readonly Quantity[],
  labelled: ReadonlySet<Quantity>,
  small: (q: Quantity) => boolean,
): Quantity[] {
  const [q] = list;
  if (list.length !== 1 || !q) return list;
  // ("6 months OOW on a 7 m boat and 12 months on a 10 m boat": the time on the small boat is not
  // counted in, only what follows it.)
  let value = small(q) ? 0 : convert(q.value, q.unit, 'months');
  if (value === undefined) return list;
  let end = q.end;
  let last = q;
  for (const next of timeQs) {
    if (next.start < last.end) continue;
    if (labelled.has(next) || next.range) break;
    if (!CONTINUED_BETWEEN.test(folded.slice(last.end, next.start))) break;
    if (!ON_SHIP_NEXT.test(folded.slice(next.end, next.end + 24)) || small(next)) break;
    if (SAID_WHOLE.test(folded.slice(next.end, next.end + 60))) break;
    const more = convert(next.value, next.unit, 'months');
    if (more === undefined) break;
    value += more;
    end = next.end;
    last = next;
  }
  return last === q || value === 0 ? list : [{ value, unit: 'months', start: q.start, end }];
}

const PART_OF = new RegExp(
  `(?<![a-z])(?:${alternation([...SUBSET_WORDS.whereof, ...PART_OF_SERVICE_WORDS])})(?![a-z])`,
);
const ADDED_ON = new RegExp(`(?<![a-z])(?:${alternation(SERVICE_ADDED_WORDS)})(?![a-z])`);
/**
 * "8 months in engine room, also 30 months service as smører", «6 mnd i maskin og i tillegg 20 mnd som
 * smører»: engine-room service said to come on top of another is their sum, in months (§ 77 service is
 * engine-room service). Without such a word («6 months engine, 30 months as smører»), or when one is
 * said to be part of another («hvorav», "of which"), they disagree, and the months are asked.
 */
function periodsAdded(folded: string, list: Quantity[]): { value: number; start: number; end: number } | undefined {
  if (list.length < 2) return undefined;
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return undefined;
  const between = folded.slice(first.start, last.end);
  if (PART_OF.test(between) || !ADDED_ON.test(between)) return undefined;
  let value = 0;
  for (const q of sorted) {
    const v = convert(q.value, q.unit, 'months');
    if (v === undefined) return undefined;
    value += v;
  }
  return { value, start: first.start, end: last.end };
}

/** The quantities of `list` in metres (or without a unit). Module-level, as tsx names each closure made. */
const metres = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'm' || q.unit === 'cm');
/** The quantities of `list` in persons (or without a unit). */
const persons = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'persons');

/**
 * The amounts the text states; returns the quantities read as the age now. `dated` says the text has a
 * date (a certificate's date an age in the past tense may be had at).
 */
export function amounts(c: Collector, folded: string, all: readonly Quantity[], dated: boolean): Quantity[] {
  // Neither a bound ("over 50") nor one end of a range ("49-50 BT", "between 40 and 60") is the value.
  const qs = all.filter((q) => !isBoundQuantity(folded, q) && !q.range);
  // Gross tonnage: "45 BT", "BT 45", "bruttotonnasje på 450".
  const gt = [
    ...qs.filter((q) => q.unit === 'GT'),
    ...labelledBefore(folded, GT_BEFORE, qs).filter((q) => q.unit === undefined || q.unit === 'GT'),
  ];
  // «ein arbeidsbåt på 48 BT … ho blir truleg mellom 50 og 55 BT etterpå»: a tonnage also given as a
  // range leaves which one is meant open; it is asked, never the one in digits taken.
  if (!all.some((q) => q.range && q.unit === 'GT')) proposeAmounts(c, ['grossTonnage'], gt, 'GT');
  // Lengths only when labelled: a bare "23,5 m" may be L or LOA. Never the boat where time was
  // served ("11 months as OOW on a 10 m LOA cargo boat"): the vessel asked about is another.
  const vessel = (list: Quantity[]) => metres(list).filter((q) => !ofServiceBoat(folded, q, qs));
  proposeAmounts(
    c,
    ['lengthL'],
    vessel([...labelledBefore(folded, L_BEFORE, qs), ...labelledAfter(folded, L_AFTER, qs)]),
    'm',
  );
  proposeAmounts(
    c,
    ['lengthOverall'],
    vessel([...labelledBefore(folded, LOA_BEFORE, qs), ...labelledAfter(folded, LOA_AFTER, qs)]),
    'm',
  );
  // Safety manning and crew.
  const manningLabelled = persons([
    ...labelledBefore(folded, MANNING_BEFORE, qs),
    ...labelledAfter(folded, MANNING_AFTER, qs),
  ]);
  // ("safe manning on our supply boat is 9": the label, a few words on the vessel, then "is" and the count.)
  const manning = manningLabelled.length > 0 || MANNING_DENIED.test(folded) ? manningLabelled : manningIs(folded, qs);
  const crew = persons([...labelledBefore(folded, CREW_BEFORE, qs), ...labelledAfter(folded, CREW_AFTER, qs)]);
  const personQs = qs.filter((q) => q.unit === 'persons');
  proposeAmounts(c, ['safetyManning', 'crewSize'], manning, 'persons');
  proposeAmounts(c, ['crewSize'], crew, 'persons');
  // "12 crew on board but the safe manning is 8": the 12 is the crew (and a crew the safe manning
  // was also proposed as is then unclear, so it is asked).
  if (manning.length > 0 && crew.length === 0)
    proposeAmounts(
      c,
      ['crewSize'],
      personQs.filter((q) => CREW_WORDED.test(folded.slice(q.start, q.end + 1))),
      'persons',
    );
  // One count of people in a text that speaks of the safe manning («Sikkerhetsbemanningen om bord er
  // 8 personer») is the safe manning. Otherwise ("10 crew", «12 mann om bord») it is the crew: the
  // safe manning may be smaller, and the cook rule turns on the safe manning, so that is asked.
  if (manning.length === 0 && crew.length === 0 && personQs.length === 1 && !namesPassengers(folded)) {
    // "12 crew" names the crew even in a text that speaks of the safe manning.
    const crewWorded = personQs.some((q) => CREW_WORDED.test(folded.slice(q.start, q.end + 1)));
    proposeAmounts(
      c,
      MANNING_WORD.test(folded) && !crewWorded && !MANNING_DENIED.test(folded)
        ? ['safetyManning', 'crewSize']
        : ['crewSize'],
      personQs,
      'persons',
    );
  }
  // Age: "19 år gammel", "alder 19", "I am 19".
  const ages = [
    ...labelledAfter(folded, AGE_AFTER, qs).filter((q) => q.unit === 'years' || q.unit === undefined),
    ...labelledBefore(folded, AGE_BEFORE, qs).filter(
      (q) =>
        // «sønnen min (16)»: a closing bracket ends the age as a comma does.
        q.unit === 'years' ||
        (q.unit === undefined && /^(?:[ ,.:!?)]|og |and |$)/.test(folded.slice(q.end, q.end + 5))),
    ),
    // Said without "jeg" («er 17 og vil jobbe som kokk», «…, er 45 år»): at a sentence's start or
    // after a comma; after «og» only with «år» («og er 17 år»), and never of a thing («… år gammelt»).
    ...labelledBefore(folded, AGE_NO_SUBJECT, qs).filter(
      (q) =>
        q.unit === 'years' || (q.unit === undefined && /^(?: og | and |[,.!?]|$)/.test(folded.slice(q.end, q.end + 5))),
    ),
    // «førerrettigheter: 25 aar, 12 mnd vakt etter D5»: years alone as one item of a list, a person's age;
    // or as a sentence of its own («… sidan. 27 år. får eg førarrett?»).
    ...qs.filter(
      (q) =>
        q.unit === 'years' &&
        q.value >= 15 &&
        q.value <= 80 &&
        /(?:^|[:;,(.!?]) ?$/.test(folded.slice(Math.max(0, q.start - 2), q.start)) &&
        /^ ?(?:[,;.)!?–-]|$)/.test(folded.slice(q.end, q.end + 3)),
    ),
    // «… etter første D4 og er 26 - får jeg førerrett?»: a bare number at a clause's end, of a person's age.
    ...labelledBefore(folded, AGE_AND_NO_SUBJECT, qs).filter(
      (q) =>
        q.unit === 'years' ||
        (q.unit === undefined &&
          q.value >= 15 &&
          q.value <= 80 &&
          /^(?: og | and | ?[-–,.!?]|$)/.test(folded.slice(q.end, q.end + 5))),
    ),
  ]
    .filter((q) => !/^ ?(?:gammelt|gamalt)/.test(folded.slice(q.end, q.end + 8)))
    // "I am 20 tomorrow", «eg er 18 neste veke»: the age to come, not the age now (age-answer.ts).
    .filter((q) => !AGE_SOON_AFTER.test(folded.slice(q.end, q.end + 24)));
  // "issued 30.06.2025, 17 years old at the time", «17 år gammel den gang»: the age then, not now.
  // "helseerklæring from 5 december 2024, I was 30 years old": a certificate dated, and «I was»: then.
  const issued =
    ISSUE_WORD.test(folded) ||
    (dated &&
      HEALTH_CERTIFICATE_NAMED.test(folded) &&
      qs.some((q) => (q.unit === undefined || q.unit === 'years') && pastAge(folded, q)));
  const saidThen = issued
    ? ages.filter(
        (q) =>
          AGE_THEN_AFTER.test(folded.slice(q.end, q.end + 24)) ||
          AT_AGE_BEFORE.test(folded.slice(Math.max(0, q.start - 20), q.start)) ||
          pastAge(folded, q),
      )
    : [];
  // «Jeg er 45 og spør for kollegaen min som er 19 …», «Eg er 35, men spør for sonen min på 17»: beside
  // another person's age, the asker's own is not the one asked about; the other's is (or, if it was
  // not read, the age is asked: never the asker's).
  const forOther = OTHER_PERSON.test(folded) && !REPORTS.test(folded);
  const asker = (q: Quantity) => forOther && FIRST_PERSON_AGE.test(folded.slice(Math.max(0, q.start - 16), q.start));
  const agesNow = ages.filter((q) => !saidThen.includes(q) && !asker(q));
  proposeAmounts(c, ['age'], agesNow, 'years');
  // Age at a certificate's issue: "den ble utstedt i fjor, og jeg var 17 år da".
  if (issued) {
    const then = labelledBefore(folded, AGE_THEN_BEFORE, qs).filter(
      (q) =>
        q.unit === 'years' ||
        (q.unit === undefined && /^(?:[ ,.!?]|og |and |da|then|$)/.test(folded.slice(q.end, q.end + 5))),
    );
    proposeAmounts(c, ['ageAtIssue'], [...then, ...saidThen], 'years');
  }
  // Service time: "14 måneder som vaktoffiser", "2 years on deck".
  // ("… on board one day?": «one day», «en dag» in words is when, never a day of service.)
  const timeQs = qs.filter(
    (q) =>
      (q.unit === 'months' || q.unit === 'years' || q.unit === 'days' || q.unit === 'weeks') &&
      !oneDayInWords(folded, q),
  );
  const serviceOnBoard: Quantity[] = [];
  const servedBy = SERVICE_AFTER.map(({ keys, re, first }) => {
    const servedAs = keys.includes('monthsAsOfficerOfTheWatch')
      ? [...labelledBefore(folded, SERVED_AS_OOW, timeQs), ...labelledBefore(folded, SERVED_AS_OOW_NEXT, timeQs)]
      : [];
    const named = first ? labelledBefore(folded, first, timeQs, re) : [];
    return [...new Set([...labelledAfter(folded, re, timeQs), ...servedAs, ...named])];
  });
  const labelled = new Set(servedBy.flat());
  for (const [i, { keys }] of SERVICE_AFTER.entries()) {
    // "8 months OOW on ferry and 5 months on supply ship": a time served on a second ship, said
    // without its position again, is more of the same service (summed).
    const served = continued(folded, servedBy[i] ?? [], timeQs, labelled, (q) =>
      keys.includes('monthsAsOfficerOfTheWatch') ? onSmallBoat(folded, q, qs) : false,
    );
    // "24 months as OOW before I got the certificate": served, but not since the issue.
    // ("7 months as OOW after the issue and 6 months as OOW before the issue": each time's own words,
    // up to the next time.)
    const beforeIssue = served.filter((q) => {
      const next = timeQs.find((t) => t.start >= q.end)?.start ?? q.end + 70;
      // ("… first time in march 2025. before that i had 2 yrs as OOW": said before it in its sentence.)
      const lead =
        folded
          .slice(Math.max(0, q.start - 40), q.start)
          .split(/[.;!?]/)
          .at(-1) ?? '';
      return (
        BEFORE_ISSUE.test(folded.slice(q.end, Math.min(next, q.end + 70)).split(/[.;!?]/)[0] ?? '') ||
        BEFORE_THAT.test(lead)
      );
    });
    // "6 months engine, all of it in a workshop ashore": practice ashore, never service on board.
    const onBoard = keys.some((k) => k.includes('Practice')) ? served : served.filter((q) => !ashoreAfter(folded, q));
    const taken = totalOnly(
      folded,
      onBoard.filter((q) => !onSmallBoat(folded, q, qs)),
    );
    if (keys.includes('monthsEngineService') || keys.includes('monthsDeckService')) serviceOnBoard.push(...taken);
    const summed = keys.includes('monthsEngineService') ? periodsAdded(folded, taken) : undefined;
    if (summed) c.propose('monthsEngineService', summed.value, summed.start, summed.end);
    else
      proposeAmounts(
        c,
        keys.filter((k) => !k.endsWith('SinceIssue')),
        taken,
        'months',
      );
    // («… FØR jeg fikk sertifikatet og 4 mnd etter»: the time after it, its position left unsaid.)
    const firstBefore = beforeIssue[0];
    const afterIssue = firstBefore
      ? timeQs.filter(
          (q) =>
            q.start > firstBefore.end && !served.includes(q) && AFTER_ISSUE_ALONE.test(folded.slice(q.end, q.end + 14)),
        )
      : [];
    proposeAmounts(
      c,
      keys.filter((k) => k.endsWith('SinceIssue')),
      [...served.filter((q) => !beforeIssue.includes(q)), ...afterIssue],
      'months',
    );
  }
  otherServiceFromTotal(c, folded, timeQs, serviceOnBoard);
  // "4 months engine and no other practice", «ingen anna praksis»: none of the other practice asked about.
  const noPractice = NO_PRACTICE.exec(folded);
  if (noPractice) c.propose('monthsMechanicalPractice', 0, noPractice.index, noPractice.index + noPractice[0].length);
  // «har aldri vært vaktoffiser», "never been officer of the watch": no such time, since the issue either.
  const neverWatch = NEVER_WATCH.exec(folded) ?? onlyNotAsOfficer(folded);
  if (neverWatch)
    for (const key of ['monthsAsOfficerOfTheWatch', 'monthsAsOfficerOfTheWatchSinceIssue'])
      c.propose(key, 0, neverWatch.index, neverWatch.index + neverWatch[0].length);
  const deckQs = qs.filter((q) => q.unit === undefined || timeQs.includes(q));
  for (const f of deckSeaTime(folded, deckQs)) c.propose(f.key, f.value, f.start, f.end);
  const hourQs = qs.filter((q) => q.unit === 'hours' && !hoursOfWeekOrMonth(folded, q));
  // One number of hours more than a day has ("how many sea days is 42 hours?") can only be a total.
  // Not beside days worked said otherwise («1250 timer, og jobbet noen dager i tillegg»).
  const daysApart = DAYS_NAMED.test(folded) && !DAYS_ASKED.test(folded);
  const beyondADay = hourQs.length === 1 && !daysApart ? hourQs.filter((q) => q.value > 24) : [];
  const totals = [
    ...labelledBefore(folded, TOTAL_BEFORE, hourQs),
    ...labelledAfter(folded, TOTAL_AFTER, hourQs),
    ...beyondADay,
  ].filter((q, i, all) => all.indexOf(q) === i);
  // Hours or days said to be partly ashore, on the fish farm or on the road are not all sea time
  // (seed 002): the figures are asked for, on board only, instead of counted as given.
  if (!NOT_ON_BOARD.test(folded)) readSeaTime(c.propose, folded, qs, totals);
  return agesNow;
}

const NO_PRACTICE = wholePhrases(NO_OTHER_PRACTICE_WORDS);
const NEVER_WATCH = wholePhrases(NEVER_WATCH_OFFICER_WORDS);
const NOT_AS_OFFICER = new RegExp(
  `(?<![a-z])(?:not as(?: an?)?|ikke som|ikkje som) (?:${alternation(NOT_AS_OFFICER_WORDS.position)})(?![a-z])`,
);
const OFFICER_NAMED = wholePhrases(NOT_AS_OFFICER_WORDS.position);
/**
 * "since then 13 months, but as matros not as styrmann": the time was not served as an officer, so
 * none as officer of the watch, when the text names an officer nowhere else (never "12 months as OOW,
 * not as styrmann").
 */
function onlyNotAsOfficer(folded: string): RegExpExecArray | null {
  const m = NOT_AS_OFFICER.exec(folded);
  if (!m) return null;
  const rest = folded.slice(0, m.index) + ' '.repeat(m[0].length) + folded.slice(m.index + m[0].length);
  return OFFICER_NAMED.test(rest) ? null : m;
}

/** Right after a time: it is the total of all service ("30 måneder totalt", "30 months at sea in total"). */
const TOTAL_TIME_AFTER = new RegExp(
  `^ ?(?:[a-z]+ ){0,2}?${word([...(FACT_LABELS.totalHours?.after ?? []), 'samla', 'sammenlagt', 'samanlagt'])}(?![a-z])`,
);
/** Right before a time: "totalt 30 måneder", "a total of 30 months". */
const TOTAL_TIME_BEFORE = new RegExp(`(?<![a-z])${word(FACT_LABELS.totalHours?.before ?? [])} $`);

/**
 * "7 måneder i maskin og 30 måneder totalt": beside the one time on board in the engine room or on
 * deck, a total of all service. The rest (23 months) is service of another kind, which §§ 77–78 may
 * count as service time only as other practice the Authority assesses: it is proposed as that
 * practice, so the rule answers from it (uncertain where the requirement rests on it) instead of
 * leaving the total unread and deciding on the engine months alone.
 */
function otherServiceFromTotal(
  c: Collector,
  folded: string,
  timeQs: readonly Quantity[],
  onBoard: readonly Quantity[],
) {
  const served = new Set(onBoard);
  const totals = timeQs.filter(
    (q) =>
      !served.has(q) &&
      q.unit !== 'days' &&
      (TOTAL_TIME_AFTER.test(folded.slice(q.end, q.end + 40)) ||
        TOTAL_TIME_BEFORE.test(folded.slice(Math.max(0, q.start - 20), q.start))),
  );
  const [total] = totals;
  const [service] = onBoard;
  if (totals.length !== 1 || onBoard.length !== 1 || !total || !service) return;
  // ("8 months in the engine room and 24 months total as oiler": a total served in a rating is
  // service on board, never other practice beside it.)
  if (TOTAL_AS_RATING.test(folded.slice(total.end, total.end + 40))) return;
  const all = convert(total.value, total.unit, 'months');
  const part = convert(service.value, service.unit, 'months');
  if (all === undefined || part === undefined || all <= part) return;
  c.propose('monthsMechanicalPractice', all - part, total.start, total.end);
}

/** A total said to be served in a rating ("… total as oiler", «… i alt som smørjar»). */
const TOTAL_AS_RATING =
  /^[^.,;!?]{0,20}(?<![a-z])(?:as|som)(?: an?)? (?:oiler|smorer|smorar|smorjar|motorman|motormann|maskinpasser|maskinpassar|lettmatros|ordinary seaman|engine rating)(?![a-z])/;
const DAYS_NAMED = /(?<![a-z])(?:dager|dagar|days|dag|day|dogn)(?![a-z])/;
const DAYS_ASKED =
  /(?:how many|hvor mange|kor mange)(?: [a-z-]+){0,2} (?:days|dager|dagar|fartstidsdager|fartstidsdagar)(?![a-z])/;

const MIN_LOA_OF_SERVICE = limit('d6MasterExtensionMinLoaOfService');

/**
 * Months as officer of the watch said to be on a boat shorter than the D6 master extension counts
 * ("14 months as watch officer, but all on a small 7 m boat"): not the months the rule takes, so
 * they are asked instead (kvalifikasjonsforskriften § 23: ships of LOA 8 m or more).
 */
const TIME_UNITS: ReadonlySet<string> = new Set(['months', 'years', 'weeks', 'days']);
export function onSmallBoat(folded: string, q: Quantity, qs: readonly Quantity[]): boolean {
  // A decimal point («7.5 m») ends no sentence.
  const sentenceEnd = folded.slice(q.end).search(/[;!?]|\.(?!\d)|$/);
  // ("12 months OOW on a 10 m boat and 6 months on a 7 m boat": up to the next time served.)
  const nextTime = qs.find((t) => t.start >= q.end && t.unit !== undefined && TIME_UNITS.has(t.unit));
  const end = Math.min(q.end + Math.min(sentenceEnd < 0 ? 80 : sentenceEnd, 80), nextTime?.start ?? Infinity);
  if (qs.some((l) => l.unit === 'm' && l.start >= q.end && l.end <= end && l.value < MIN_LOA_OF_SERVICE)) return true;
  // "12 months OOW but all on boats under 8 m": a bound is no length of its own, but it says the boats were small.
  const bound = SMALL_BOUND.exec(folded.slice(q.end, end));
  if (bound !== null && Number((bound[1] ?? '').replace(',', '.')) <= MIN_LOA_OF_SERVICE) return true;
  // "14 months as OOW but not on boats over 8 m": the large boats denied, so the boats were small.
  const denied = NOT_OVER_BOUND.exec(folded.slice(q.end, end));
  return denied !== null && Number((denied[1] ?? '').replace(',', '.')) >= MIN_LOA_OF_SERVICE;
}
const NOT_OVER_BOUND = new RegExp(
  `(?<![a-z])(?:${alternation(DENIED_SIZE_WORDS.denied)})(?: [a-z]+){0,3} (?:${alternation(DENIED_SIZE_WORDS.over)}) ?(\\d+(?:[.,]\\d+)?) ?(?:${alternation(DENIED_SIZE_WORDS.metres)})(?![a-z])`,
);
/**
 * Between a time served and a length, in the same clause: a few words and "on a" («11 months as OOW
 * on a 10 m LOA boat», "14 months OOW on 9 m LOA", «14 månader som vaktoffiser på ein 10 m båt»,
 * «12 måneder som vaktoffiser på en båt med 7 meter største lengde»): the length is of the boat served on.
 */
const SERVED_ON =
  /^ ?(?:[a-z()-]+ ){0,5}(?:on|pa|om bord pa|aboard|onboard)(?: (?:a|an|en|ei|et|ein|eit|the|our|var|min|mi|mitt|my))?(?: (?:boats?|bat|baten|bater|batar|ships?|skip|skipet|vessels?|fartoy|sjekte) (?:med|with|of|pa))? ?$/;
/** How far after a time served its boat's length may stand. */
const SERVED_ON_LOOK = 60;
/** "the OOW time was on boats of 7 m LOA", «fartstida var på båtar på 7 m»: a time said in words, then the boat. */
const TIME_WORD_ON =
  /(?<![a-z])(?:time|sea time|service|tid|tida|tiden|fartstid|fartstida|fartstiden)(?: [a-z]+){0,3} (?:on|pa|aboard|om bord pa)(?: (?:a|an|en|ei|et|ein|eit|the|our))? (?:boats?|bater|batar|baten|ships?|skip|skipet|vessels?|fartoy)(?: (?:of|pa|med|with))? ?$/;
export function ofServiceBoat(folded: string, length: Quantity, qs: readonly Quantity[]): boolean {
  if (TIME_WORD_ON.test(folded.slice(Math.max(0, length.start - SERVED_ON_LOOK), length.start))) return true;
  return qs.some(
    (t) =>
      (t.unit === 'months' || t.unit === 'years') &&
      t.end <= length.start &&
      length.start - t.end <= SERVED_ON_LOOK &&
      // ("as a 19 year old on a 20 m one": an age, no time served.)
      !AGE_AFTER.test(folded.slice(t.end, length.start)) &&
      SERVED_ON.test(folded.slice(t.end, length.start)),
  );
}

/** The rest of the time's sentence says it was not served on board ("6 months engine, all of it in a workshop ashore"). */
function ashoreAfter(folded: string, q: Quantity): boolean {
  // Up to the sentence's end or the next amount («7 mnd i maskin og 3 mnd på verksted»: the 3 only).
  const rest = folded.slice(q.end, q.end + 80).split(/[.;!?]|\d/)[0] ?? '';
  return NOT_ON_BOARD.test(rest) || WORKSHOP.test(rest);
}
const WORKSHOP = /(?<![a-z])(?:workshop|verksted|verkstedet|verkstad|verkstaden)(?![a-z])/;

/** "under 8 m", «mindre enn 8 meter»: an upper bound on a boat's length. */
const SMALL_BOUND =
  /(?<![a-z])(?:under|below|less than|mindre enn|kortere enn|shorter than|<) ?(\d+(?:[.,]\d+)?) ?(?:m|meter|metres|meters|metre|meters loa|m loa)(?![a-z])/;

const TWO_VESSELS_SAID = wholePhrases(TWO_VESSELS_WORDS.said);
const VESSEL_NAMED = new RegExp(`(?<![a-z])(?:${alternation(TWO_VESSELS_WORDS.names)}) ([a-z][a-z-]+)`, 'g');
/** The facts of one vessel, which are never another's. */
const VESSEL_KEYS: ReadonlySet<string> = new Set([
  'vesselType',
  'grossTonnage',
  'lengthL',
  'lengthOverall',
  'tradingArea',
]);

/**
 * "Hello, MS Nordkapp Star: passenger 30 pax, Norwegian. MS Fjordtrans: cargo 35 GT Norwegian. which
 * need manning cert?": a message about two vessels gives no one vessel's type, size or trading area
 * (the 35 GT is the cargo ship's, never the passenger ship's); they are asked, one vessel at a time.
 */
export function twoVesselsLeft<F extends { key: string }>(folded: string, found: readonly F[]): F[] {
  if (!found.some((f) => VESSEL_KEYS.has(f.key))) return [...found];
  const names = new Set([...folded.matchAll(VESSEL_NAMED)].map((m) => m[1]));
  if (names.size < 2 && !TWO_VESSELS_SAID.test(folded)) return [...found];
  return found.filter((f) => !VESSEL_KEYS.has(f.key));
}
