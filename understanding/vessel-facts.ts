/**
 * What a free text says of the vessel beyond its type: the category a stated number of passengers
 * makes it, whether the people it carries overrule the vessel word, and its flag listed among its
 * particulars or said before it.
 */
import { limit } from '../rules/index.js';
import {
  AT_MOST_WORDS,
  FLAG_AFTER_VESSEL_WORDS,
  FLAG_BEFORE_VESSEL,
  LISTED_FLAG_WORDS,
  LISTED_REGISTER_CODES,
  LISTED_VESSEL_TYPES,
  AREA_AFTER_TYPE_WORDS,
  FLAG_AFTER_SIZE_NEXT_WORDS,
  NO_PASSENGER_WORDS,
  PASSENGER_WORDS,
  UNIT_WORDS,
  VESSEL_WORDS,
} from './lexicon/synonyms.js';
import {
  ELLIPTIC_OPENERS,
  NEW_VESSEL_WORDS,
  OBJECT_JOINERS,
  TYPE_ALONE_WORDS,
  OLD_VESSEL_WORDS,
  SERVED_ON_WORDS,
  WATCH_SERVED_WORDS,
} from './lexicon/discourse.js';
import { alternation, matchesOf, wholePhrases } from './normalize.js';
import { isBoundQuantity, type Quantity } from './numbers.js';
import { APPROX, type Collector, word } from './fact-collector.js';

const AT_MOST = new RegExp(`(?<![a-z0-9])(?:${alternation(AT_MOST_WORDS)}) ?$`);
/** A word for passengers ("passasjerer", "pax"). */
export const PASSENGERS = new RegExp(`(?<![a-z])${word(PASSENGER_WORDS)}(?![a-z])`);
const PASSENGERS_ALL = new RegExp(PASSENGERS.source, 'g');
const PASSENGERS_DENIED = new RegExp(`(?<![a-z])${word(NO_PASSENGER_WORDS)} $`);

/**
 * Whether the text speaks of passengers on board: a passenger word not denied right before it
 * ("sailing empty to the yard, no cargo, no pax" carries none).
 */
export function namesPassengers(folded: string): boolean {
  for (const m of matchesOf(PASSENGERS_ALL, folded))
    if (!PASSENGERS_DENIED.test(folded.slice(Math.max(0, m.index - 12), m.index))) return true;
  return false;
}

/** A number of passengers: the quantity right before a passenger word ("10 passasjerar", "12 pax"). */
const PASSENGERS_NEXT = new RegExp(`^ ?${word(PASSENGER_WORDS)}(?![a-z])`);

/**
 * The vessel type a stated number of passengers makes it: a passenger ship carries more than 12,
 * a boat with 12 or fewer is its own category (contract §1, seed 003 and 004) — whatever the boat is
 * called («passasjerbåt med 10 passasjerar» is not a passenger ship). Bounds ("over 12") are left.
 */
export function passengerCategory(
  folded: string,
  qs: readonly Quantity[],
): { value: string | undefined; q: Quantity } | undefined {
  const counts = qs.filter((q) => q.unit === undefined && PASSENGERS_NEXT.test(folded.slice(q.end, q.end + 16)));
  const [q] = counts;
  if (q === undefined) return undefined;
  const max = limit('smallPassengerMaxPassengers');
  const bounded = counts.filter((c) => isBoundQuantity(folded, c));
  if (bounded.length > 0) {
    // "maks 12 passasjerer" is 12 or fewer; any other bound («over 10», "at least 8") leaves the
    // category open: the vessel type is asked, not read from «passasjerbåt».
    const atMost = bounded.every(
      (c) => AT_MOST.test(folded.slice(Math.max(0, c.start - 20), c.start)) && c.value <= max,
    );
    return { value: atMost && bounded.length === counts.length ? 'small-passenger' : undefined, q };
  }
  if (counts.some((o) => o.value !== q.value) || !Number.isInteger(q.value)) return undefined;
  return { value: q.value > max ? 'passenger' : 'small-passenger', q };
}

const VESSEL_WORD = new RegExp(`(?<![a-z])${word(VESSEL_WORDS)}(?:en|et|er|a|ene)?(?![a-z])`);
const LIST_END = `(?=[,;.!?)]| [-–] | ${word(OBJECT_JOINERS)} |$)`;
// Right after a size ("passenger ferry 15 gt norwegian, …"): the flag is one more particular.
// "fishing boat 23.9 m L norwegian": a length may carry its kind.
const AFTER_QUANTITY = `\\d ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?: (?:l|loa|lengde))?(?= )`;
const LISTED_FLAGS = [
  ...(['NO', 'foreign'] as const).map((value) => ({
    value,
    re: new RegExp(
      `(?:[,;(]|${AFTER_QUANTITY}) ?(?:${word(OBJECT_JOINERS)} )?${word(LISTED_FLAG_WORDS[value])} ?(?:${LIST_END}|(?= ${word(FLAG_AFTER_SIZE_NEXT_WORDS)}(?![a-z])))`,
      'g',
    ),
  })),
  // "tug, 180 GT, NOR.", "tug 48 GT NOR": a Norwegian register's code, ending an item of the list
  // (never before a word: "…, nor passenger").
  {
    value: 'NO' as const,
    re: new RegExp(`(?:[,;(]|${AFTER_QUANTITY}) ?${word(LISTED_REGISTER_CODES)} ?${LIST_END}`, 'g'),
  },
];

const SIZE_IN = new RegExp(`\\d ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?![a-z])`);
/** "…? norwegian, around fifty GT": a flag opening a list of the vessel's sizes after the question. */
const SIZE_NEXT = new RegExp(
  `^ ?${APPROX}(?:\\d+(?:[.,]\\d+)?|[a-z]+(?:[ -][a-z]+)?) ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?![a-z])`,
);
const FLAG_OPENS_LIST = (['NO', 'foreign'] as const).map((value) => ({
  value,
  re: new RegExp(`(?:^|[.!?] )${word(LISTED_FLAG_WORDS[value])} ?,`, 'g'),
}));
/** "45 GT, cargo, fartsområde 4": a vessel type listed alone among the particulars. */
const LISTED_TYPES = Object.entries(LISTED_VESSEL_TYPES).map(([value, words]) => ({
  value,
  re: new RegExp(`(?:^|[,;(]) ?(?:${word(OBJECT_JOINERS)} )?${word(words)} ?${LIST_END}`, 'g'),
}));
/** Round 30: a flag between a listed type and its size ("ship cargo norsk flagg 70 GT"), or after both ("60 GT cargo norwegian"). */
const LISTED_FLAGS_ALL = [...LISTED_FLAG_WORDS.NO, ...LISTED_FLAG_WORDS.foreign];
const SIZED_TYPES = Object.entries(LISTED_VESSEL_TYPES).map(([value, words]) => ({
  value,
  re: new RegExp(
    `(?<![a-z])${word(words)}(?= (?:${word(LISTED_FLAGS_ALL)} )?(?:${word(TYPE_ALONE_WORDS.lengthLabels)} )?\\d+(?:[.,]\\d+)? ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?![a-z]))`,
    'g',
  ),
}));
/** "and on cargo?", «og fiske?», "what about fishing then?": the whole message names a listed type alone. */
const TYPE_ALONE = Object.entries(LISTED_VESSEL_TYPES).map(([value, words]) => ({
  value,
  re: new RegExp(
    `^(?:${word(ELLIPTIC_OPENERS)} )?(?:${word(TYPE_ALONE_WORDS.before)} ){0,2}(${word(words)})(?: ${word(TYPE_ALONE_WORDS.after)})? ?[?.!]*$`,
  ),
}));
/** A flag word as the message's last sentence ("…? norwegian", «… ? norsk.»). */
const FLAG_ALONE = (['NO', 'foreign'] as const).map((value) => ({
  value,
  re: new RegExp(`[.!?] ?(${word(LISTED_FLAG_WORDS[value])})[.!]?$`),
}));
/**
 * "40 GT cargo, liten kystfart": the type right after a size, ending an item of the list; or right
 * before the trading area ("150 GT cargo liten kystfart").
 */
const TYPE_AFTER_SIZE = Object.entries(LISTED_VESSEL_TYPES).map(([value, words]) => ({
  value,
  re: new RegExp(
    `${AFTER_QUANTITY} (${word(words)})(?: ?${LIST_END}| (?=${word(AREA_AFTER_TYPE_WORDS)})| (?=${word(LISTED_FLAGS_ALL)}(?![a-z])))`,
    'g',
  ),
}));
const LISTED_TYPE_WORD = new RegExp(`(?<![a-z])${word(Object.values(LISTED_VESSEL_TYPES).flat())}(?![a-z])`);
const LISTED_TYPE_NEXT = new RegExp(`^ ?${word(Object.values(LISTED_VESSEL_TYPES).flat())} ?[,;.!?]`);

/** What a listed flag or type comes after (see `listedFlag`), and a digit (a size says one). */
const LISTED = /[,;(\d]/;
const DIGIT = /\d/;

const FLAG_VESSEL = `(?:${word(FLAG_BEFORE_VESSEL.vessels)}|[a-z]*(?:${word(FLAG_BEFORE_VESSEL.endings)}))`;
const NOT_BETWEEN = `(?!(?:${word(FLAG_BEFORE_VESSEL.between)})[ ,.])`;
const NEGATED = /(?:ikke|ikkje|not) $/;
const FLAG_BEFORE = (['NO', 'foreign'] as const).map((value) => ({
  value,
  // The flag word alone: most texts have none, and the whole pattern need not run then.
  named: new RegExp(`(?<![a-z])${word(FLAG_BEFORE_VESSEL[value])} `),
  re: new RegExp(
    `(?<![a-z])${word(FLAG_BEFORE_VESSEL[value])} (?:${NOT_BETWEEN}[a-z0-9][a-z0-9.,]* ){0,3}${FLAG_VESSEL}(?:s|er|ar|a|ne)?(?![a-z])`,
    'g',
  ),
}));

/**
 * The flag said right after the vessel, ending its clause: «Ferja vår er norsk.», «fiskebåt norsk,
 * 14 m», "ferry norwegian, 8 m" (round 15), or before its size («lasteskip norsk 45 BT», round 28). Never
 * before another word («norsk bemanningssertifikat»).
 */
const FLAG_AFTER_VESSEL = new RegExp(
  `(?<![a-z])${FLAG_VESSEL}(?:s|er|ar|a|ne|en|et)?(?: ${word(FLAG_AFTER_VESSEL_WORDS.possessives)})?(?: ${word(FLAG_AFTER_VESSEL_WORDS.copulas)})? (${word(FLAG_AFTER_VESSEL_WORDS.NO)})(?= *(?:[,.;!?]|$)| \\d)`,
  'g',
);

/**
 * The flag listed among the particulars after the vessel is named, in the same sentence («en
 * fiskebåt på 14 meter, norsk, og …»), or said a word or two before it ("a Norwegian research
 * vessel"): proposed like any other mention, so two flags cancel.
 */
export function listedFlag(c: Collector, folded: string): void {
  for (const { value, named, re } of FLAG_BEFORE) {
    if (!named.test(folded)) continue;
    for (const m of matchesOf(re, folded))
      if (!NEGATED.test(folded.slice(Math.max(0, m.index - 7), m.index)))
        c.propose('flag', value, m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(FLAG_AFTER_VESSEL, folded)) {
    const at = m.index + m[0].length - (m[1]?.length ?? 0);
    c.propose('flag', 'NO', at, m.index + m[0].length);
  }
  // A listed flag follows a comma, semicolon or parenthesis, or a size in digits; a flag opening a
  // list is followed by a comma. Without these, neither is looked for.
  if (LISTED.test(folded))
    for (const { value, re } of LISTED_FLAGS)
      for (const m of matchesOf(re, folded)) {
        // A sentence ends at a stop followed by a space, never inside a number ("23.9 m").
        const sentence =
          folded
            .slice(0, m.index)
            .split(/[.!?](?= )|\n/)
            .pop() ?? '';
        // «… på lasteskipet vårt? det er ca 60 bruttotonn, norsk»: a size listed before it, the vessel
        // named in the sentence before.
        const sized = SIZE_IN.test(sentence) && VESSEL_WORD.test(folded.slice(0, m.index));
        // "cargo 60 GT norwegian, …": a listed type and a size in the sentence name the vessel too.
        const typed = LISTED_TYPE_WORD.test(sentence) && (SIZE_IN.test(sentence) || DIGIT.test(m[0]));
        if (VESSEL_WORD.test(sentence) || sized || typed) c.propose('flag', value, m.index + 1, m.index + m[0].length);
      }
  // "does our 60 GT boat need a manning certificate? norwegian": the flag said alone after the question.
  for (const { value, re } of FLAG_ALONE) {
    const m = re.exec(folded);
    const before = m ? folded.slice(0, m.index) : '';
    if (m && (VESSEL_WORD.test(before) || SIZE_IN.test(before)))
      c.propose('flag', value, m.index + m[0].indexOf(m[1] ?? '', 1), m.index + m[0].length);
  }
  if (folded.includes(','))
    for (const { value, re } of FLAG_OPENS_LIST)
      for (const m of matchesOf(re, folded)) {
        const end = m.index + m[0].length;
        const next = folded.slice(end, end + 40);
        // «Norwegian, cargo, 49,5 GT, …»: the list may open the message, with the vessel's type next.
        if ((VESSEL_WORD.test(folded.slice(0, m.index)) || LISTED_TYPE_NEXT.test(next)) && SIZE_NEXT.test(next))
          c.propose('flag', value, m.index, end - 1);
        else if (LISTED_TYPE_NEXT.test(next) && SIZE_IN.test(folded.slice(end, end + 60)))
          c.propose('flag', value, m.index, end - 1);
      }
}

/**
 * The vessel's type listed alone among its particulars, next to a size ("45 GT, cargo, fartsområde 4"),
 * right before its size ("norwegian cargo 80 GT"), or right after it ("40 GT cargo, liten kystfart").
 */
export function listedType(c: Collector, folded: string): void {
  for (const { value, re } of TYPE_ALONE) {
    const m = re.exec(folded);
    const start = m ? m.index + m[0].indexOf(m[1] ?? '') : 0;
    if (m) c.propose('vesselType', value, start, start + (m[1] ?? '').length);
  }
  // Either reading needs a size in digits beside the type.
  if (!DIGIT.test(folded)) return;
  for (const { value, re } of LISTED_TYPES)
    for (const m of matchesOf(re, folded)) {
      const around = folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
      if (SIZE_IN.test(around)) c.propose('vesselType', value, m.index + 1, m.index + m[0].length);
    }
  for (const { value, re } of SIZED_TYPES)
    for (const m of matchesOf(re, folded)) c.propose('vesselType', value, m.index, m.index + m[0].length);
  for (const { value, re } of TYPE_AFTER_SIZE)
    for (const m of matchesOf(re, folded)) {
      const start = m.index + m[0].indexOf(m[1] ?? '', 1);
      c.propose('vesselType', value, start, start + (m[1] ?? '').length);
    }
}

/**
 * Whether the vessel word is overruled by the people it carries: a counted number of passengers
 * settles the category («arbeidsbåt … 20 turister» is a passenger ship), and passengers mentioned
 * without a count leave a work or fishing boat's category to be asked — it may carry passengers
 * commercially, and "cargo ship" or "fishing vessel" would then be a wrong answer.
 */
export function carriesPeople(value: string, counted: unknown, folded: string): boolean {
  if (counted) return true;
  return (value === 'cargo' || value === 'fishing') && namesPassengers(folded);
}

const NEW_VESSEL = wholePhrases(NEW_VESSEL_WORDS);
const OLD_VESSEL = wholePhrases(OLD_VESSEL_WORDS);
/**
 * The facts (catalogue keys) that describe a vessel, not the person or the time served: those of an
 * old boat are not a new one's, and a change about another vessel asks them again (machines).
 */
export const VESSEL_FACT_KEYS: ReadonlySet<string> = new Set([
  'grossTonnage',
  'lengthL',
  'lengthOverall',
  'vesselType',
  'flag',
  'tradingArea',
  'safetyManning',
  'crewSize',
  'seagoing',
]);

const TIME_UNITS = word([...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.days, ...UNIT_WORDS.weeks]);
/** A time served "as" a position "on" a vessel: the clause that describes that vessel starts after it. */
const SERVED_ON = new RegExp(
  `(?<![a-z0-9])(?:\\d+(?:[.,]\\d+)?|[a-z]+) ?${TIME_UNITS}(?![a-z])[^.?!]{0,40}?(?<![a-z])${word(SERVED_ON_WORDS.as)} [^.?!]{0,40}?(?<![a-z])${word(SERVED_ON_WORDS.on)} `,
  'g',
);
/** Where the clause about the vessel served on ends: a sentence's end, or the question that follows. */
const CLAUSE_END = /[?!]|\.(?:\s|$)|(?<![a-z])(?:kan|can|could|may|får|far)(?: jeg| eg| i| me| vi| we)(?![a-z])/;
/**
 * The sizes of the vessel served on, which are never the other's. (Its type, flag and trading area
 * are often the same boat's; where another is said of the vessel asked about, the two conflict and
 * are asked.)
 */
const SIZE_KEYS: ReadonlySet<string> = new Set(['lengthOverall', 'lengthL', 'grossTonnage']);
/** The months a D6 master extension counts (on ships of LOA 8 m or more, § 23). */
const EXTENSION_MONTHS = 'monthsAsOfficerOfTheWatch';

/**
 * «Jeg har … 12 måneder som vaktoffiser på en båt med største lengde 7,9 m. Kan jeg være skipper på
 * en arbeidsbåt med L 20 m …?»: the sizes of the vessel the time was served on are not the sizes of
 * the vessel asked about (named after it), so they are left out. Served on a boat shorter than the
 * D6 extension counts (LOA 8 m), the months as officer of the watch are not that extension's either.
 */
export function servedOnVesselLeft<F extends { key: string; start: number; value: unknown }>(
  folded: string,
  found: readonly F[],
): F[] {
  let out = [...found];
  for (const m of matchesOf(SERVED_ON, folded)) {
    const from = m.index + m[0].length;
    const end = CLAUSE_END.exec(folded.slice(from));
    const clauseTo = end ? from + end.index : folded.length;
    // Only where another vessel is named after it, or its own size before the time served («D6 master
    // 20 m L, …, 13 months as OOW on boats LOA 9 m, cargo, GT 120»): otherwise it is the vessel asked about.
    const sizedBefore = out.some((f) => SIZE_KEYS.has(f.key) && f.start < m.index);
    // (The boats served on end at a comma after their size: "… OOW on boats 12 m LOA, want to be master
    // on cargo boat L 22 m"; said before, the vessel asked about may be listed on after them.)
    const firstSize = out.find((f) => SIZE_KEYS.has(f.key) && f.start >= from && f.start < clauseTo);
    const comma = firstSize ? folded.slice(firstSize.start, clauseTo).search(/[,;]/) : -1;
    const cut = comma >= 0 && firstSize ? firstSize.start + comma : clauseTo;
    if (!VESSEL_WORD.test(folded.slice(clauseTo)) && !VESSEL_WORD.test(folded.slice(cut)) && !sizedBefore) continue;
    const to = VESSEL_WORD.test(folded.slice(clauseTo)) && !sizedBefore ? clauseTo : cut;
    const served = out.filter((f) => SIZE_KEYS.has(f.key) && f.start >= from && f.start < to);
    if (served.length === 0) continue;
    const short = served.some(
      (f) =>
        f.key === 'lengthOverall' && typeof f.value === 'number' && f.value < limit('d6MasterExtensionMinLoaOfService'),
    );
    out = out.filter(
      (f) => !served.includes(f) && !(short && f.key === EXTENSION_MONTHS && f.start >= m.index && f.start < to),
    );
  }
  return out;
}

/** "OOW was on 7 m boats", «vaktoffiser-tida var på ein 7 m båt»: where the watch time was served, by length. */
const WATCH_SERVED_ON = new RegExp(
  `(?<![a-z])${word(WATCH_SERVED_WORDS.position)}(?:[ -](?:time|tida|tiden|tid))? ${word(WATCH_SERVED_WORDS.on)} (?:a |an |en |ein |ei )?(?:(?:boats?|bater|baten|skip) (?:of |pa |with )?)?(\\d+(?:[.,]\\d+)?) ?${word(UNIT_WORDS.m)}(?![a-z])`,
);

/**
 * "sorry, OOW was on 7 m boats" after a D6 decision: the watch time was served on boats shorter than
 * the LOA 8 m the D6 master extension counts (§ 23), so its months no longer count as given.
 */
export function watchServedOnShortBoat(folded: string): boolean {
  const m = WATCH_SERVED_ON.exec(folded) ?? WATCH_SERVED_WHERE.exec(folded) ?? WATCH_SERVED_THERE.exec(folded);
  const loa = m ? Number((m[1] ?? '').replace(',', '.')) : Number.NaN;
  return Number.isFinite(loa) && loa < limit('d6MasterExtensionMinLoaOfService');
}

/** "the boat where I was OOW is only 7 m LOA": the boat the watch time was served on, by length. */
const WATCH_SERVED_WHERE = new RegExp(
  `(?<![a-z])${word(WATCH_SERVED_WORDS.vessel)} ${word(WATCH_SERVED_WORDS.where)} ${word(WATCH_SERVED_WORDS.position)}(?: ${word(WATCH_SERVED_WORDS.after)})? ${word(WATCH_SERVED_WORDS.is)} (\\d+(?:[.,]\\d+)?) ?${word(UNIT_WORDS.m)}(?: loa)?(?![a-z])`,
);

/** «hva om båten bare var 7 m LOA der jeg seilte?», "if the boat was 7 m where I sailed": said after the length. */
const WATCH_SERVED_THERE = new RegExp(
  `(?<![a-z])${word(WATCH_SERVED_WORDS.vessel)} (?:(?:bare|berre|only|just) )?${word(WATCH_SERVED_WORDS.is)} (\\d+(?:[.,]\\d+)?) ?${word(UNIT_WORDS.m)}(?: (?:loa|l))? ${word(WATCH_SERVED_WORDS.there)}(?![a-z])`,
);

/** Whether the text says the length of the boat the watch time was served on ("the boat where I was OOW was 7 m"). */
export const namesWatchBoat = (folded: string): boolean =>
  WATCH_SERVED_WHERE.test(folded) || WATCH_SERVED_ON.test(folded) || WATCH_SERVED_THERE.test(folded);

/**
 * The facts said inside "the boat where I was OOW is only 7 m LOA": neither the position asked about
 * nor the size of the vessel asked about; they are left out.
 */
export function watchBoatFactsLeft<F extends { start: number; end: number }>(folded: string, found: readonly F[]): F[] {
  // (So are those of "… if my OOW time was on 7 m LOA boats?": the boats the watch was kept on.)
  const m = WATCH_SERVED_WHERE.exec(folded) ?? WATCH_SERVED_ON.exec(folded) ?? WATCH_SERVED_THERE.exec(folded);
  if (!m) return [...found];
  const end = m.index + m[0].length + (WATCH_BOAT_AFTER.exec(folded.slice(m.index + m[0].length))?.[0].length ?? 0);
  return found.filter((f) => !(f.start >= m.index && f.end <= end));
}
/** " LOA boats", " l": the length's label or the boats right after the watch boat's length. */
const WATCH_BOAT_AFTER = /^(?: (?:loa|l|lengde|length))?(?: (?:boats?|bater|baten|batar|skip))?(?![a-z])/;

/**
 * «Jeg er skipper på en 14 m arbeidsbåt (lasteskip, 40 BT) i liten kystfart … Sjefen vil at jeg skal
 * føre den nye båten vår som er 21 meter (L) … 11 mnd på den gamle»: where a message speaks of an old
 * boat and a new one, the vessel facts said before the new one is named are the old boat's, never
 * the new one's; they are left out, so what the new boat is gets asked.
 */
export function newVesselOnly<F extends { key: string; start: number }>(folded: string, found: readonly F[]): F[] {
  const fresh = NEW_VESSEL.exec(folded);
  if (!fresh || !OLD_VESSEL.test(folded)) return [...found];
  return found.filter((f) => !(VESSEL_FACT_KEYS.has(f.key) && f.start < fresh.index));
}
