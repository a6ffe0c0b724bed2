/**
 * Facts stated unambiguously in a free-text question ("20 dager à 12 timer", "lasteskip på 45 BT",
 * "utstedt 1. juni 2024"), so the conversation does not ask for them again. Only labelled or
 * self-explaining patterns count; anything that could be read two ways is left out, and a fact
 * found with two different values is dropped.
 *
 * The readers live beside it: the collector and label patterns (fact-collector.ts), amounts
 * (fact-amounts.ts), dates (fact-dates.ts), the vessel's passengers and flag (vessel-facts.ts) and
 * values the message corrects (corrections.ts).
 */
import { type FactInfo, limit, NO_CERTIFICATE_TRADING_AREAS } from '../rules/index.js';
import {
  APPROX_WORDS,
  ENUM_SYNONYMS,
  ARTICLE_ONE,
  DECK_BESIDES_WORDS,
  FACT_LABELS,
  SERVICE_TIME_WORDS,
  SPLIT_DAYS_WORDS,
  UNIT_WORDS,
} from './lexicon/synonyms.js';
import { findDates } from './dates.js';
import type { ExtractContext } from './extract.js';
import { alternation, fold, wholePhrases, matchesOf } from './normalize.js';
import { convert, findQuantities, type Quantity } from './numbers.js';
import { plusMonths } from '../rules/dates.js';
import { readPeriod } from './period.js';
import { findBooleanInText, findEnumHitInText, type EnumHit } from './words.js';
import { uploadedDocuments } from './uploads.js';
import { INTERMEDIATE_VERIFICATION_WORDS, INTERMEDIATE_WORDS, ISSC_WORDS } from './lexicon/certificate-words.js';
import { askedBefore, deniedBefore } from './denials.js';
import { doctorLimitedExpiry } from './doctor-limit.js';
import {
  ALL_OF_IT_WORDS,
  REJECTED_VALUE_WORDS,
  WRONG_VALUE_WORDS,
  HELD_BEFORE_WORDS,
  HELD_NOW_WORDS,
  SERVED_AS_WORDS,
} from './lexicon/discourse.js';
import { type FactFound, collector, word } from './fact-collector.js';
import { amounts } from './fact-amounts.js';
import { ageAtIssue, dates, yearlessDates } from './fact-dates.js';
import { carriesPeople, listedFlag, listedType, passengerCategory } from './vessel-facts.js';
import { correctedAfter, withoutSuperseded } from './corrections.js';

export type { FactFound } from './fact-collector.js';
export { withoutSuperseded } from './corrections.js';

/** Longest text read; a question or an e-mail is a few paragraphs. */
const MAX_READ = 4000;

/** A word token of folded text, apostrophes included (see `tokensAt`). */
const TOKEN = /[a-z0-9']+/g;

/** Word tokens of folded text (as `words` gives them) with where each starts and ends. */
function tokensAt(folded: string): { tokens: string[]; at: [number, number][] } {
  const tokens: string[] = [];
  const at: [number, number][] = [];
  for (const m of matchesOf(TOKEN, folded)) {
    const t = m[0].replace(/'/g, '');
    if (t.length === 0) continue;
    tokens.push(t);
    at.push([m.index, m.index + m[0].length]);
  }
  return { tokens, at };
}

/**
 * "7 måneder som lettmatros", "14 mnd som vaktoffiser": a time served in a position names the
 * position without asking about it, so for the position asked about (the rating position, the role
 * on board a D6 question asks about) such a mention does not count.
 */
const POSITION_KEYS: ReadonlySet<string> = new Set(['ratingPosition', 'role']);
// "3 months on deck as lettmatros": where the time was served may stand between it and the position;
// "6 months OOW": the word "as" may be left out; «trettiein månader som smørjar»: the number in words.
const SERVED_AS = new RegExp(
  String.raw`(?:\d(?:[.,]\d+)? ?|[a-z]+ )(?:${alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.weeks, ...UNIT_WORDS.days])}),? (?:(?:${alternation(SERVICE_TIME_WORDS)}) )?(?:(?:${alternation(ALL_OF_IT_WORDS)}),? )?(?:(?:${alternation(SERVED_AS_WORDS)}) [a-z]+ )?(?:(?:${alternation(SERVED_AS_WORDS)}) ?)?$`,
);

/**
 * "16 months as navigator (", "14 months as vakthavende/", "I have been navigator (": a position
 * served in, named again in brackets or after a slash.
 */
const SERVED_AS_BRACKETED = new RegExp(
  `(?<![a-z])(?:as|som|${alternation(HELD_BEFORE_WORDS)}) (?:an? )?[a-z-]+ ?[(/] ?$`,
);

/**
 * A position held before («har vært styrmann», "I've been navigator (OOW) on our 11 m boat for 15
 * months"): named with a word of having held it, or followed in its clause by a time served in it.
 */
const HELD_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(HELD_BEFORE_WORDS)}) (?:(?:a|an|som) )?$`);
const TIME_AFTER = new RegExp(
  String.raw`^[^.!?;,]{0,60}?(?<![a-z])(?:for|i|in) (?:about |ca |omtrent |rundt )?\d+(?:[.,]\d+)? ?(?:${alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years])})(?![a-z])`,
);

/** Right before a trading area, a word that says it is left («utanfor liten kystfart», "outside", "beyond"). */
const OUTSIDE_BEFORE = /(?<![a-z])(?:outside|beyond|out of|utenfor|utanfor|utafor|ut av|ut over)(?: (?:the|of))? $/;

/** "ikke 60", "not 60 GT", "i stedet for 60": a value the user takes back, never a fact. */
const REJECTED = new RegExp(
  `(?<![a-z0-9])(?:${alternation(REJECTED_VALUE_WORDS)}) ?(?:(?:${alternation(APPROX_WORDS)}) ?)?$`,
);
/** A value right after words that reject it («ikke 60», "don't have 12 months"). */
export const rejectedAt = (folded: string, start: number) =>
  REJECTED.test(folded.slice(Math.max(0, start - 24), start));
/** «12 timar var feil», "the 60 GT was wrong": a value (with its unit) said to be wrong right after it. */
const WRONG_NEXT = new RegExp(`^(?: ?[a-z]{1,10})? (?:${alternation(WRONG_VALUE_WORDS)})(?![a-z])`);
/** A value that words right after it take back («12 timar var feil»). */
export const wrongAfter = (folded: string, end: number) => WRONG_NEXT.test(folded.slice(end, end + 30));

const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_ONE.map(fold));

/**
 * The quantities of a text, in digits or in words ("ti mann", «førti bruttotonn», "two hundred
 * days"). An article is no count ("12 hours a day", «en måned»), and in English "to" is the
 * preposition ("convert 2000 hours to days"), not two.
 */
function spokenQuantities(folded: string, ctx: ExtractContext): Quantity[] {
  return findQuantities(folded, { words: true }).filter((q) => {
    if (!q.words) return true;
    const first = /^[a-z]+/.exec(folded.slice(q.start, q.end))?.[0] ?? '';
    if (q.value === 1 && ARTICLES.has(first)) return false;
    return !(first === 'to' && q.value === 2 && ctx.locale === 'en');
  });
}

/**
 * True when the position named at `hit` (tokens, placed in `folded` by `at`) is one served in or held
 * before, not asked about (see POSITION_KEYS). A module-level function: tsx names each closure made.
 */
function servedAs(folded: string, at: readonly [number, number][], hit: EnumHit): boolean {
  const start = at[hit.start]?.[0] ?? 0;
  const before = folded.slice(Math.max(0, start - 40), start);
  const end = at[hit.end - 1]?.[1] ?? start;
  return (
    SERVED_AS.test(before) ||
    HELD_BEFORE.test(before) ||
    // "16 months as navigator (OOW)": the position named again in brackets.
    SERVED_AS_BRACKETED.test(before) ||
    TIME_AFTER.test(folded.slice(end, end + 90)) ||
    // "the OOW time was on boats of 7 m", «vaktoffiser-tida»: the time in the position, not the position.
    TIME_IN_POSITION.test(folded.slice(end, end + 20))
  );
}
/**
 * True when every mention of a value of position fact `key` in `folded` is of a position served in
 * or held before ("I have 2 years as navigator on an 11 m boat"): while the position is asked, that
 * is time served, never the answer.
 */
export function onlyServedAs(folded: string, key: string, values: readonly string[]): boolean {
  if (!POSITION_KEYS.has(key)) return false;
  const { tokens, at } = tokensAt(folded);
  return (
    findEnumHitInText(key, values, tokens) !== undefined &&
    findEnumHitInText(key, values, tokens, (h) => servedAs(folded, at, h)) === undefined
  );
}

/** See HELD_NOW_WORDS. */
const HELD_NOW_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(HELD_NOW_WORDS.before)}) $`);
const HELD_NOW_AFTER = new RegExp(`^[ ,]+(?:${alternation(HELD_NOW_WORDS.after)})(?![a-z])`);
function heldNow(folded: string, at: readonly [number, number][], hit: EnumHit): boolean {
  const start = at[hit.start]?.[0] ?? 0;
  const end = at[hit.end - 1]?.[1] ?? start;
  return (
    HELD_NOW_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) ||
    HELD_NOW_AFTER.test(folded.slice(end, end + 8))
  );
}
const TIME_IN_POSITION =
  /^(?: |-)(?:time|sea time|service|experience|tid|tida|tiden|fartstid|fartstida|fartstiden|erfaring|(?:was|were|var) (?:on|onboard|aboard|pa|om bord pa))(?![a-z])/;

/** A bare "no" at `end` that belongs to the noun after it ("seagoing, no fagbrev"), not to the fact before. */
const NO_BEFORE_NOUN = /(?<![a-z])(?:no|nei|ingen)$/;
const NO_ANSWER_GOES_ON =
  /^[ ,]*(?:\d|it|its|it's|itis|det|den|han|ho|hun|only|bare|berre|just|kun|not|ikke|ikkje|[.!?;:]|$)/;
const noOfNextNoun = (folded: string, end: number): boolean =>
  NO_BEFORE_NOUN.test(folded.slice(Math.max(0, end - 6), end)) && !NO_ANSWER_GOES_ON.test(folded.slice(end));

function scan(folded: string, facts: readonly FactInfo[], ctx: ExtractContext): FactFound[] {
  const { tokens, at } = tokensAt(folded);
  const c = collector(facts);
  const quantities = spokenQuantities(folded, ctx);
  const passengers = passengerCategory(folded, quantities);
  for (const f of facts) {
    // («eg har D6 men er ikkje skipper»: a position denied is not the one asked about either.)
    // ("and if the boat go to Sweden, outside liten kystfart?": an area said to be left is not the one sailed.)
    const skip = POSITION_KEYS.has(f.questionKey)
      ? (hit: EnumHit) => servedAs(folded, at, hit) || deniedBefore(folded, at[hit.start]?.[0] ?? 0)
      : f.questionKey === 'tradingArea'
        ? // («fartsområde 4, not liten kystfart»: an area taken back is not the one sailed either.)
          (hit: EnumHit) =>
            OUTSIDE_BEFORE.test(folded.slice(0, at[hit.start]?.[0] ?? 0)) ||
            deniedBefore(folded, at[hit.start]?.[0] ?? 0)
        : undefined;
    if (f.type === 'boolean') {
      const b = findBooleanInText(f.questionKey, tokens);
      const end = at[b ? b.end - 1 : 0]?.[1] ?? 0;
      const start = at[b?.start ?? 0]?.[0] ?? 0;
      // («reiarlaget har ikkje dokumentert utsjekk»: a yes-phrase denied right before it is a no.)
      const value = b?.value === true && deniedBefore(folded, start) ? false : b?.value;
      // ("can he sign it himself?": a yes-phrase asked about says nothing.)
      if (b?.value === true && askedBefore(folded, start)) continue;
      if (b && value !== undefined && !(value === false && b.value === false && noOfNextNoun(folded, end)))
        c.propose(f.questionKey, value, start, end);
    }
    if (f.type !== 'enum' || !f.values) continue;
    const hit =
      findEnumHitInText(f.questionKey, f.values, tokens, skip) ??
      (f.questionKey === f.id ? undefined : findEnumHitInText(f.id, f.values, tokens, skip)) ??
      // "D6 navigator here. Can I be master …?": beside the position held now, the other one named.
      (skip ? findEnumHitInText(f.questionKey, f.values, tokens, (h) => skip(h) || heldNow(folded, at, h)) : undefined);
    if (f.questionKey === 'vesselType' && hit && carriesPeople(hit.value, passengers, folded)) {
      // A leisure boat stays one whatever it carries: with a count of people, the type is unclear.
      if (hit.value === 'leisure' && passengers) c.propose('vesselType', 'leisure', 0, 0);
      continue;
    }
    if (f.questionKey === 'vesselType' && passengers) continue;
    if (hit) c.propose(f.questionKey, hit.value, at[hit.start]?.[0] ?? 0, at[hit.end - 1]?.[1] ?? 0);
  }
  if (passengers?.value) c.propose('vesselType', passengers.value, passengers.q.start, passengers.q.end);
  listedFlag(c, folded);
  if (!passengers && facts.some((f) => f.questionKey === 'vesselType')) listedType(c, folded);
  const uploads = facts.find((f) => f.questionKey === 'uploadedDocuments');
  const uploaded = uploads?.values ? uploadedDocuments(folded, uploads.values) : undefined;
  if (uploaded) c.propose('uploadedDocuments', uploaded.value, uploaded.start, uploaded.end);
  const found = findDates(folded, ctx.today);
  const hits = found.filter((h) => !rejectedAt(folded, h.start));
  const qs = quantities.filter(
    (q) =>
      !found.some((h) => q.start < h.end && q.end > h.start) &&
      !rejectedAt(folded, q.start) &&
      !wrongAfter(folded, q.end),
  );
  const ages = amounts(c, folded, qs, hits.length > 0);
  dates(c, folded, hits);
  // The dates again with those written without a year, read once for both.
  const withYearless = findDates(folded, ctx.today, { yearless: true });
  readPeriod(c.propose, folded, withYearless, qs, ctx.today);
  yearlessDates(c, folded, withYearless, facts);
  ageAtIssue(c, folded, ages, hits, ctx.today);
  const stated = withIsscKind(c.result(), folded, facts);
  const limited = facts.some((f) => f.questionKey === 'expiryDate') ? doctorLimitedExpiry(folded, stated) : undefined;
  return limited ? [...stated, limited].sort((a, b) => a.start - b.start) : stated;
}

const ISSC_NAMED = wholePhrases(ISSC_WORDS);
// («når er mellomliggjande?»: the word alone names it too.)
const INTERMEDIATE_NAMED = wholePhrases([...INTERMEDIATE_VERIFICATION_WORDS, ...INTERMEDIATE_WORDS]);
const INTERIM_MAX_MONTHS = limit('isscInterimMaxMonths');
const INTERIM_NAMED = wholePhrases(ENUM_SYNONYMS.certificateKind?.interim ?? []);

/**
 * An ISSC whose dates of issue and expiry lie further apart than an interim ISSC can be valid
 * («ISSC issued 10.05.2024 valid to 09.05.2029») is a full-term one (seed 001: an interim ISSC is
 * valid for at most 6 months), and so is one whose intermediate verification is asked about.
 */
function withIsscKind(stated: FactFound[], folded: string, facts: readonly FactInfo[]): FactFound[] {
  if (!facts.some((f) => f.questionKey === 'certificateKind') || stated.some((f) => f.key === 'certificateKind'))
    return stated;
  // «når må mellomliggjande verifikasjon vere gjort?»: only a full ISSC has one.
  const intermediate = INTERMEDIATE_NAMED.exec(folded);
  if (intermediate)
    return [
      ...stated,
      {
        key: 'certificateKind',
        value: 'full',
        start: intermediate.index,
        end: intermediate.index + intermediate[0].length,
      },
    ].sort((a, b) => a.start - b.start);
  const issued = stated.find((f) => f.key === 'issueDate');
  const expires = stated.find((f) => f.key === 'expiryDate');
  if (!issued || !expires || typeof issued.value !== 'string' || typeof expires.value !== 'string') return stated;
  if (!ISSC_NAMED.test(folded) || expires.value <= plusMonths(issued.value, INTERIM_MAX_MONTHS)) return stated;
  // ("Our I-ISSC was issued 01.09.2025 and the paper says valid to 31.03.2026. Is that right?": an
  // interim one named before its dates is interim, its printed date checked against the 6 months.)
  const interim = INTERIM_NAMED.exec(folded);
  const kind = interim && interim.index < issued.start ? 'interim' : 'full';
  return [...stated, { key: 'certificateKind', value: kind, start: expires.start, end: expires.end }].sort(
    (a, b) => a.start - b.start,
  );
}

const TOTAL_LABEL = new RegExp(
  `(?<![a-z0-9])${word([...(FACT_LABELS.totalHours?.before ?? []), ...(FACT_LABELS.totalHours?.after ?? [])])}(?![a-z0-9])`,
);

/**
 * A lone number of hours about a calculation from hours per day («hva om det var 8 timer?», «nei,
 * 10 timer»): at most a day's hours and not called a total, it is the hours per day, not a total that
 * would contradict the hours a day already given.
 */
export function loneHoursAsPerDay(
  found: readonly FactFound[],
  folded: string,
  known: Readonly<Record<string, unknown>>,
  pending?: string,
  topic?: string | null,
): FactFound[] {
  // Hours a day already given: a lone number of hours changes them («12 timer om dagen» … «nei, 10
  // timer»), whether or not the days are known yet. And «8 timer» sent while the days worked (or the
  // hours a day) are asked is a working day's hours: a total of 8 hours over the days about to be given is no
  // reading anyone means (seed 002: hours a day are 1–14).
  const daysAsked = (pending === 'days' || pending === 'hoursPerDay') && known.hoursPerDay === undefined;
  // "and if 16 hours?" after the most hours a day that count (seatime.what-counts): a day's hours too.
  const dayLimitSaid = topic === 'seatime.what-counts' && pending === undefined;
  if ((known.hoursPerDay === undefined && !daysAsked && !dayLimitSaid) || known.totalHours !== undefined)
    return [...found];
  const totals = found.filter((f) => f.key === 'totalHours');
  const total = totals[0];
  if (totals.length !== 1 || total === undefined || found.some((f) => f.key === 'hoursPerDay' || f.key === 'days'))
    return [...found];
  if (typeof total.value !== 'number' || total.value > 24 || TOTAL_LABEL.test(folded)) return [...found];
  return found.map((f) => (f === total ? { ...f, key: 'hoursPerDay' } : f));
}

/**
 * Every fact of `facts` that `folded` (text already folded with `fold`) states unambiguously, by
 * catalogue key, with its place in the folded text. Reads at most the first 4,000 characters. A
 * value the message corrects at once («8, eller egentlig 11») gives way to its correction.
 */
export function findFacts(folded: string, facts: readonly FactInfo[], ctx: ExtractContext): FactFound[] {
  if (facts.length === 0 || folded.trim().length === 0) return [];
  const read = withoutSuperseded(folded.slice(0, MAX_READ));
  return onSmallShip(
    withDeckBesides(
      withTradeCertificate(inLowTradingArea(correctedAfter(scan(read, facts, ctx), read), facts), facts),
      read,
      facts,
    ),
    read,
  );
}

/** How far after a time its deck label and the words besides it are looked for. */
const DECK_LOOK = 40;
const DECK_BESIDES_AFTER = new RegExp(`(?<![a-z])(?:${alternation(DECK_BESIDES_WORDS.after)})(?![a-z])`);
const DECK_MORE_NEXT = new RegExp(
  `^ (?:${alternation(SPLIT_DAYS_WORDS.moreAfter)}) (?:${alternation(DECK_BESIDES_WORDS.deck)})(?![a-z])`,
);
const DECK_NEXT = new RegExp(`^ (?:${alternation(DECK_BESIDES_WORDS.deck)})(?![a-z])`);
const ANOTHER_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(DECK_BESIDES_WORDS.another)}) $`);

/**
 * "1 year as lettmatros and 2 years on deck before that", «1 år som lettmatros og 1 år til på dekk»:
 * deck service said to be besides the time as ordinary seaman. § 79 counts the time as ordinary
 * seaman in the deck service (the question asks for it "in all"), so the deck service is the two
 * added. Without such words the two are left as read, and the rule says where the readings part.
 */
function withDeckBesides(found: FactFound[], read: string, facts: readonly FactInfo[]): FactFound[] {
  const seaman = found.find((f) => f.key === 'monthsAsOrdinarySeaman');
  if (typeof seaman?.value !== 'number' || !facts.some((f) => f.questionKey === 'monthsDeckService')) return found;
  const deck = found.find((f) => f.key === 'monthsDeckService');
  if (deck) {
    const clause = read.slice(deck.end, deck.end + DECK_LOOK).split(/[,.;!?]/)[0] ?? '';
    const besides =
      DECK_BESIDES_AFTER.test(clause) || ANOTHER_BEFORE.test(read.slice(Math.max(0, deck.start - 8), deck.start));
    if (typeof deck.value !== 'number' || deck.start < seaman.end || !besides) return found;
    return found.map((f) => (f === deck ? { ...f, value: (deck.value as number) + (seaman.value as number) } : f));
  }
  // («… og 1 år til på dekk», "and another 2 years on deck": a time the deck label reads for only with the «til» before it.)
  const more = findQuantities(read).find(
    (q) =>
      q.start >= seaman.end &&
      (q.unit === 'months' || q.unit === 'years') &&
      !q.range &&
      (DECK_MORE_NEXT.test(read.slice(q.end, q.end + DECK_LOOK)) ||
        (ANOTHER_BEFORE.test(read.slice(Math.max(0, q.start - 8), q.start)) &&
          DECK_NEXT.test(read.slice(q.end, q.end + DECK_LOOK)))),
  );
  const months = more ? convert(more.value, more.unit ?? 'months', 'months') : undefined;
  if (!more || months === undefined) return found;
  return [...found, { key: 'monthsDeckService', value: seaman.value + months, start: more.start, end: more.end }].sort(
    (a, b) => a.start - b.start,
  );
}

/** The sea time that counts for a first D5/D4/D3 only on ships of this length overall or more (seed 004). */
const TRAINING_MIN_LOA = limit('trainingMinLengthOverall');
const ON_LARGE_SHIPS: ReadonlySet<string> = new Set(['trainingProgramDays', 'seaTimeDays']);

/**
 * «360 dager i webcadet paa en baat paa 12 meter»: days said of a boat under 15 m are no days on ships
 * of 15 m or more, which is what these facts count; they are left to be asked, never taken as such.
 */
function onSmallShip(found: FactFound[], read: string): FactFound[] {
  if (!found.some((f) => ON_LARGE_SHIPS.has(f.key))) return found;
  const uncounted = uncountedShipIn(read);
  if (!uncounted) return found;
  // "40 months on fjord ferries LOA 60 m (not seagoing, …)": the one sea time said, on such a ship
  // right after it, is no day on seagoing ships of 15 m or more (0), not a number to ask again.
  const seaTime = found.filter((f) => f.key === 'seaTimeDays');
  const [only] = seaTime;
  const onIt =
    seaTime.length === 1 && only && uncounted.start >= only.end && uncounted.start - only.end <= UNCOUNTED_NEAR;
  return found.flatMap((f) => (!ON_LARGE_SHIPS.has(f.key) ? [f] : onIt && f === only ? [{ ...f, value: 0 }] : []));
}
/** How far after a sea time the ship that does not count for it may be named («… (not seagoing)»). */
const UNCOUNTED_NEAR = 60;

/**
 * Where a text names a ship whose sea time counts for no first D5/D4/D3 (seed 004: seagoing ships of
 * 15 m or more): a length under 15 m, or no seagoing ship at all; undefined when it names none.
 */
export function uncountedShipIn(folded: string): { start: number; end: number } | undefined {
  const q = findQuantities(folded).find((x) => x.unit === 'm' && x.value < TRAINING_MIN_LOA);
  if (q) return { start: q.start, end: q.end };
  // "365 days webcadet but not on seagoing ships, only inland lake ferry": no seagoing ship either.
  const inland = NOT_SEAGOING.exec(folded);
  return inland ? { start: inland.index, end: inland.index + inland[0].length } : undefined;
}
/** Sea time said to be on no seagoing ship (seed 004 counts seagoing ships of 15 m or more only). */
const NOT_SEAGOING =
  /(?<![a-z])(?:not on (?:a )?seagoing|not seagoing|no seagoing|ikke pa sjogaende|ikke sjogaende|ikkje pa sjogaande|ikkje sjogaande|inland|innsjo|innsjoen|on a lake|lake ferry|river)(?![a-z])/;

/** The facts that count days on ships of 15 m or more only. */
export const DAYS_ON_LARGE_SHIPS: ReadonlySet<string> = ON_LARGE_SHIPS;

/** "I have fagbrev matros": a trade certificate as able seaman is, for § 79, having one (`hasTradeCertificate`). */
function withTradeCertificate(found: FactFound[], facts: readonly FactInfo[]): FactFound[] {
  const trade = found.find((f) => f.key === 'tradeCertificate' && f.value === 'matros');
  if (
    !trade ||
    found.some((f) => f.key === 'hasTradeCertificate') ||
    !facts.some((f) => f.questionKey === 'hasTradeCertificate')
  )
    return found;
  return [...found, { key: 'hasTradeCertificate', value: true, start: trade.start, end: trade.end }].sort(
    (a, b) => a.start - b.start,
  );
}

/** The trading areas in which no certificate requirement is set for a position (rules/matros.ts). */
export const LOW_TRADING_AREAS: ReadonlySet<unknown> = new Set(NO_CERTIFICATE_TRADING_AREAS);

/**
 * A ship in such a trading area is read as not seagoing for § 34, even when the text calls it
 * seagoing («sjøgående skip 800 BT i fartsområde 2»): seed 003 says the manning certificate then
 * states no certificate requirement for the position, so § 79 applies.
 */
function inLowTradingArea(found: FactFound[], facts: readonly FactInfo[]): FactFound[] {
  const area = found.find((f) => f.key === 'tradingArea' && LOW_TRADING_AREAS.has(f.value));
  if (
    !area ||
    found.some((f) => f.key === 'seagoing' && f.value === false) ||
    !facts.some((f) => f.questionKey === 'seagoing')
  )
    return found;
  return [
    ...found.filter((f) => f.key !== 'seagoing'),
    { key: 'seagoing', value: false, start: area.start, end: area.end },
  ].sort((a, b) => a.start - b.start);
}

/** `extractFacts` without its safety net: a parser bug throws here (the property tests use this). */
export function readFacts(text: string, facts: readonly FactInfo[], ctx: ExtractContext): Record<string, unknown> {
  if (facts.length === 0 || text.trim().length === 0) return {};
  const idOf = new Map(facts.map((f) => [f.questionKey, f.id]));
  const out: Record<string, unknown> = {};
  for (const { key, value } of scan(fold(text.slice(0, MAX_READ)), facts, ctx)) {
    const id = idOf.get(key);
    if (id !== undefined) out[id] = value;
  }
  return out;
}

/**
 * The facts of `facts` that `text` (a free-text question) states unambiguously, keyed by fact id.
 * Never guesses and never throws; a fact it is unsure of is simply absent.
 */
export function extractFacts(text: string, facts: readonly FactInfo[], ctx: ExtractContext): Record<string, unknown> {
  try {
    return typeof text === 'string' && Array.isArray(facts) ? readFacts(text, facts, ctx) : {};
  } catch {
    // Defensive only: a parser bug must not break the chat.
    return {};
  }
}
