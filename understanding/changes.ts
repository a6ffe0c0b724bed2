/**
 * Corrections and what-ifs: a message that changes a fact said before. "sorry, it's 45 GT, not
 * 60", "nei, 45", "actually 45" correct it; «hva om det er 45 BT?», "and if we are 9?" ask about the
 * same case with the fact changed. Either way the fact takes the new value and the rule decides
 * again; the kind only changes how the answer says what changed.
 *
 * A number without a unit or label ("actually 45", "and if we are 9?") is tied to a fact only in
 * such a message, and only when the rule under discussion has exactly one fact it can be: the one
 * number fact already answered that the unit fits (or the only number fact that fits at all).
 */
import {
  BESIDE_MANNING_WORDS,
  MORE_WORDS,
  RAISED_TO_VERBS,
  CORRECTION_OPENERS,
  CORRECTION_WORDS,
  WHAT_IF_CLAUSES,
  WHAT_IF_FILLERS,
  WHAT_IF_OPENERS,
  USE_VALUE_WORDS,
  REJECTED_VALUE_WORDS,
  EXPIRY_WORDS,
  HALF_YEAR_WORDS,
} from './lexicon/discourse.js';
import { limit } from '../rules/index.js';
import { findDates, inYearOf, isoOf, nextOccurrence } from './dates.js';
import { isoParts } from '../rules/dates.js';
import { type ExtractContext, extractAnswer } from './extract.js';
import { type FactFound, rejectedAt, wrongAfter } from './free-text.js';
import { BEFORE_ISSUE, ofServiceBoat, onSmallBoat } from './fact-amounts.js';
import {
  CARRIED_AFTER_WORDS,
  CARRIED_BEFORE_WORDS,
  DEFINITE_UNIT_WORDS,
  FACT_LABELS,
  ISSUE_WORDS,
  NEW_ONE_WORDS,
  OTHER_EVENT_DATE_WORDS,
  PERIOD_END_SAID,
  RELATIVE_YEARS,
  UNIT_WORDS,
  type UnitKind,
} from './lexicon/synonyms.js';
import { alternation, containsTokens, fold, phraseTokens, wholePhrases, words } from './normalize.js';
import {
  convert,
  findNumberWords,
  findQuantities,
  isYear,
  isBoundQuantity,
  oneDayInWords,
  type Quantity,
  wholeCount,
  withoutItemNumbers,
} from './numbers.js';
import { changeableFacts, ruleFacts } from './rule-facts.js';
import { labelledAfter, saidOfThing } from './other-numbers.js';
import { hoursOfWeekOrMonth } from './sea-time-text.js';

/** A fact the message changes: its catalogue key, the new value, and the value it had (if any). */
export type ChangedFact = { key: string; value: unknown; previous?: unknown };

/**
 * A message that changes facts said before. `marked` when it says so ("sorry", "hva om"); an
 * unmarked one just gives a fact a new value: a statement ("45 GT" after 60 GT) counts as a
 * correction, a question ("does a fishing vessel need one?") as a what-if.
 */
export type Change = {
  kind: 'correction' | 'what-if';
  marked: boolean;
  facts: ChangedFact[];
  /**
   * The change is about another person or vessel than the one decided ("and my colleague's was
   * issued 01.06.2025", «og den andre båten, fiskefartøy L 20 m?»): that one's other facts are not
   * known, so they are dropped and asked, never carried over.
   */
  about?: 'person' | 'vessel';
  /**
   * Facts (question keys) the message makes unknown, to be asked again: «nei vent, eg er 18» after a
   * health certificate decided from the age now, when that age can no longer tell the age at issue.
   */
  forget?: string[];
  /**
   * A what-if on the age the person is yet to reach («fyller 20 i mars» after a decision on 19): the
   * answer holds once that age is reached, not now.
   */
  turning?: true;
  /** The message asks whether the change changes the answer («… endrer det noe?», "does that change anything?"). */
  asksChange?: true;
  /**
   * The message goes back to the user's own case after what-ifs («ok, tilbake til båten vår»), with
   * no fact of its own: what the what-ifs supposed is put back.
   */
  back?: true;
};

const CORRECTIONS = CORRECTION_WORDS.map(phraseTokens);
const OPENERS = new Set(CORRECTION_OPENERS.flatMap(phraseTokens));
const WHAT_IFS = WHAT_IF_OPENERS.map(phraseTokens);
const FILLERS = new Set(WHAT_IF_FILLERS.flatMap(phraseTokens));
const CLAUSES = new Set(WHAT_IF_CLAUSES);

/** «og 20 dager?»: an amount after "and" alone, in a message of at most this many words. */
const SHORT_ELLIPTIC = 4;
const ELLIPTIC_AND: ReadonlySet<string> = new Set(['og', 'and', 'enn', 'men', 'but', 'eller', 'or']);
/** «… da?», "… then?" closing such a short message. */
const THEN_LAST: ReadonlySet<string> = new Set(['da', 'then']);

const startsWith = (tokens: readonly string[], phrase: readonly string[]) =>
  phrase.length <= tokens.length && phrase.every((w, i) => tokens[i] === w);

/**
 * Whether the words start with an amount: digits, or a number in words that is not also an everyday
 * word unless a unit follows («tretti dagar», «ni», "twenty days"; not «to» or «en» alone).
 */
function amountFirst(tokens: readonly string[]): boolean {
  if (/^\d/.test(tokens[0] ?? '')) return true;
  const text = tokens.join(' ');
  const first = findNumberWords(text)[0];
  if (first?.start !== 0 || first.kind === 'article') return false;
  return !first.ambiguous || UNIT_START.test(text.slice(first.end));
}
/** How many words follow the amount the words start with (its unit counted in it). */
function wordsAfterAmount(tokens: readonly string[]): number {
  const text = tokens.join(' ');
  const q = findQuantities(text, { words: true })[0];
  return q?.start === 0 ? text.slice(q.end).split(' ').filter(Boolean).length : tokens.length;
}
const UNIT_START = new RegExp(`^ (?:${alternation(Object.values(UNIT_WORDS).flat())})(?![a-z])`);

/**
 * «250 dager da?», «ok 14 da», "20 days then?": an amount and "then" (after a filler too), and at most
 * one word beside them («ok 32 mnd totalt da»).
 */
const AFTER_AMOUNT_THEN = 2;
export function amountThen(tokens: readonly string[]): boolean {
  if (!THEN_LAST.has(tokens.at(-1) ?? '')) return false;
  const rest = FILLERS.has(tokens[0] ?? '') ? tokens.slice(1) : tokens;
  return [tokens, rest].some((t) => amountFirst(t) && wordsAfterAmount(t) <= AFTER_AMOUNT_THEN);
}

/** How the message marks itself: a what-if opening, a correction word, or neither. */
export function changeMarker(tokens: readonly string[]): Change['kind'] | undefined {
  const rest = FILLERS.has(tokens[0] ?? '') ? tokens.slice(1) : tokens;
  if (WHAT_IFS.some((p) => startsWith(rest, p) || startsWith(tokens, p))) return 'what-if';
  // «og 20 dager?», "and 45 GT?": "and" with an amount and little else asks the same for it.
  // («ok, men 8 da?», «ok 14 da»: after a filler too.)
  const starts = rest === tokens ? [tokens] : [tokens, rest];
  if (starts.some((t) => t.length <= SHORT_ELLIPTIC && ELLIPTIC_AND.has(t[0] ?? '') && amountFirst(t.slice(1))))
    return 'what-if';
  // «250 dager da?», «to hundre og femti dager da?», "20 days then?": an amount and "then", the same
  // asked for it.
  if (amountThen(tokens)) return 'what-if';
  if (CORRECTIONS.some((p) => containsTokens(tokens, p))) return 'correction';
  if (OPENERS.has(rest[0] ?? '') && rest.length > 1) return 'correction';
  // "ok take 11", «si 9 timar», "use 70 days": a value to use instead of the case's.
  if (usesValue(tokens)) return 'correction';
  return undefined;
}
/** "ok take 11", «si 9 timar»: a value to use, said with USE_VALUE_WORDS (after a filler too). */
export function usesValue(tokens: readonly string[]): boolean {
  const rest = FILLERS.has(tokens[0] ?? '') ? tokens.slice(1) : tokens;
  return USE_VALUE.has(rest[0] ?? '') && amountFirst(rest.slice(1));
}
/** "take", «bruk», «si» before an amount: the value to use (USE_VALUE_WORDS). */
const USE_VALUE: ReadonlySet<string> = new Set(USE_VALUE_WORDS);

/**
 * A question that turns into a what-if in its middle: a conditional word (`WHAT_IF_CLAUSES`) after
 * its first word, with a number after it. The caller asks only after a decision, with no question
 * pending.
 */
export function conditionalWhatIf(tokens: readonly string[]): 'what-if' | undefined {
  const at = tokens.findIndex((t, i) => i > 0 && CLAUSES.has(t));
  return at > 0 && tokens.slice(at + 1).some((t) => /\d/.test(t)) ? 'what-if' : undefined;
}

/**
 * The fact a bare number in a change message is about, for rule `ruleId`: among the rule's number
 * facts the unit converts to, the one already known, or else the only one. Numbers that are part
 * of a fact already found, bounds, and taken-back values ("not 60") are skipped.
 */
/** ", not 9", «, ikkje 9» right after a value (a unit word may stand between): the number taken back. */
const DENIED_NEXT = new RegExp(
  `^(?: ?[a-z]{1,8})?,? (?:${alternation(REJECTED_VALUE_WORDS)}) (\\d+(?:[.,]\\d+)?)(?![0-9])`,
);
/** The number taken back right after a value ending at `end` of `folded` ("11 not 9": 9), if any. */
export function deniedAfter(folded: string, end: number): number | undefined {
  const m = DENIED_NEXT.exec(folded.slice(end, end + 30));
  const n = m?.[1] === undefined ? Number.NaN : Number(m[1].replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** The first end of a range right before a number ("20-40": "20-"). */
const RANGE_END_BEFORE = /[0-9] ?[-–] ?$/;

export function bareNumberFacts(
  folded: string,
  found: readonly FactFound[],
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
): FactFound[] {
  const numeric = ruleFacts(ruleId).filter((f) => f.type === 'number' || f.type === 'integer');
  const out: FactFound[] = [];
  // «og med ni?», «enn med åtte?»: a number in words counts too (an article only before a unit).
  const qs = findQuantities(folded, { words: true });
  for (const q of qs) {
    if (!Number.isFinite(q.value) || q.unit === 'other' || isBoundQuantity(folded, q)) continue;
    // "no wait, the 2 years were on a 7 m boat": the length of the boat the time was served on, never
    // the vessel's; and the time held as officer of the watch, served on a boat under 8 m LOA, counts
    // none of its months (kvalifikasjonsforskriften § 23).
    if (q.unit === 'm' && ofServiceBoat(folded, q, qs)) continue;
    const held = known.monthsAsOfficerOfTheWatch;
    if (
      typeof held === 'number' &&
      held > 0 &&
      convert(q.value, q.unit, 'months') === held &&
      onSmallBoat(folded, q, qs) &&
      numeric.some((f) => f.questionKey === 'monthsAsOfficerOfTheWatch')
    ) {
      out.push({ key: 'monthsAsOfficerOfTheWatch', value: 0, start: q.start, end: q.end });
      continue;
    }
    if (found.some((f) => q.start < f.end && q.end > f.start)) continue;
    // ("… 12-14 m LOA, not 20-40": a range, or either end of one, is no bare value.)
    if (q.range || RANGE_END_BEFORE.test(folded.slice(Math.max(0, q.start - 4), q.start))) continue;
    // "what if it has 2 decks?", "what if I took 2 weeks holiday?": a number of something else.
    if (saidOfThing(folded, q)) continue;
    // "… on board one day?": «one day», «en dag» in words is when, never an amount of time.
    if (oneDayInWords(folded, q)) continue;
    // «og hvis det var 42 timer i uka?»: a week's hours are neither a day's nor the total.
    if (q.unit === 'hours' && hoursOfWeekOrMonth(folded, q)) continue;
    // "what about if it was before 2016?", «og i 2019?»: a year, no amount.
    if (isYear(folded, q)) continue;
    // "not 60", «ikkje 60», "I don't have 7", "45 for 60" take a value back; «og for 180?» opens a what-if.
    if (
      rejectedAt(folded, q.start) ||
      wrongAfter(folded, q.end) ||
      /(?<!(?:^|[^a-z])(?:og|and|same|samme|totalt|total|det) )for ?$/.test(
        folded.slice(Math.max(0, q.start - 12), q.start),
      )
    )
      continue;
    // "change hours to 11", «endre timane til 11»: the unit named right before the number is its unit.
    // "earlier i said 45 days, it was 54": a bare number right after an amount with a unit is in that unit.
    const before = qs.findLast((p) => p.end <= q.start);
    const unit =
      q.unit ??
      unitNamedBefore(folded.slice(Math.max(0, q.start - 24), q.start)) ??
      (before?.unit !== undefined && q.start - before.end <= SAME_UNIT_GAP ? before.unit : undefined);
    const fits = numeric.flatMap((f) => {
      const v = convert(q.value, unit, f.unit);
      return v === undefined || (f.type === 'integer' && !Number.isInteger(v)) ? [] : [{ f, v }];
    });
    const knownFits = fits.filter(({ f }) => Object.hasOwn(known, f.questionKey));
    // "the hours were 11, not 9": the fact that holds the value taken back is the one meant.
    const denied = deniedAfter(folded, q.end);
    const byDenied = knownFits.filter(
      ({ f }) =>
        denied !== undefined &&
        (known[f.questionKey] === denied || known[f.questionKey] === convert(denied, unit, f.unit)),
    );
    // «båten eg gjekk vakt på var 9 m, ikkje 7» after L 26 m: a value taken back that no fact known
    // holds is of something else (the boat the watch was kept on), never a new value for a fact.
    if (denied !== undefined && byDenied.length === 0 && knownFits.length > 0) continue;
    const one =
      byDenied.length === 1
        ? byDenied[0]
        : knownFits.length === 1
          ? knownFits[0]
          : knownFits.length === 0 && fits.length === 1
            ? fits[0]
            : nearest(knownFits, known);
    // «og 3?» after a 62 BT boat (question 3 of the e-mail before): a lone small number a tenth of
    // the value known or less, with no unit, is no what-if on it.
    const was = one ? known[one.f.questionKey] : undefined;
    if (
      one &&
      unit === undefined &&
      q.value < ITEM_NUMBER_MAX &&
      typeof was === 'number' &&
      was >= FAR_APART * q.value &&
      words(folded).length <= SHORT_ELLIPTIC
    )
      continue;
    // "what if 1 month was in the engine room?" after 7 months on deck: a time labelled as another
    // fact is that fact's, never the deck months made 1.
    const labelled = one ? labelledAfter(folded, q) : [];
    if (one && labelled.length > 0 && !labelled.includes(one.f.questionKey)) continue;
    // A fact the message names with its label («9 i sikkerheitsbemanninga») is not also a bare number
    // («… men 12 totalt»): the labelled value is the one meant.
    // "I wrote 48 GT before, it is 84 GT": the value known said again beside another is the one taken
    // back; the other is the new one.
    const taken = one ? out.findIndex((o) => o.key === one.f.questionKey) : -1;
    if (
      one &&
      taken >= 0 &&
      out[taken]?.value === was &&
      one.v !== was &&
      !found.some((f) => f.key === one.f.questionKey)
    )
      out[taken] = { key: one.f.questionKey, value: one.v, start: q.start, end: q.end };
    else if (
      one &&
      taken < 0 &&
      !found.some((f) => f.key === one.f.questionKey) &&
      !(carried(folded, q) && passengersCounted(ruleId, known, found, q))
    )
      out.push({ key: one.f.questionKey, value: one.v, start: q.start, end: q.end });
    else if (passengersCounted(ruleId, known, found, q) && ((!one && knownFits.length === 0) || carried(folded, q)))
      out.push({
        key: 'vesselType',
        value: q.value > SMALL_PASSENGER_MAX ? 'passenger' : 'small-passenger',
        start: q.start,
        end: q.end,
      });
  }
  return out;
}

const SMALL_PASSENGER_MAX = limit('smallPassengerMaxPassengers');
const OTHER_EVENT = wholePhrases(OTHER_EVENT_DATE_WORDS);
const BESIDE_MANNING = wholePhrases(BESIDE_MANNING_WORDS);
const ISSUED = wholePhrases(ISSUE_WORDS);
const NEW_ONE = wholePhrases(NEW_ONE_WORDS);

const CARRIED_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(CARRIED_BEFORE_WORDS)}) $`);
const CARRIED_AFTER = new RegExp(`^ (?:${alternation(CARRIED_AFTER_WORDS)})(?![a-z])`);
/** «kva om vi tek med 13?», «… har 13 om bord?», "what if we carry 20?": a number of people taken along. */
const carried = (folded: string, q: Quantity): boolean =>
  CARRIED_BEFORE.test(folded.slice(Math.max(0, q.start - 20), q.start)) ||
  CARRIED_AFTER.test(folded.slice(q.end, q.end + 12));

/**
 * «kva med om vi berre tek 12?» after a boat with 40 passengers: where the vessel's kind was told by
 * its passengers and no size of it is known, a bare whole number is the passengers again; with a
 * size known, only a number of people taken along (`carried`) is.
 */
function passengersCounted(
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  found: readonly FactFound[],
  q: Quantity,
): boolean {
  return (
    q.unit === undefined &&
    Number.isInteger(q.value) &&
    q.value > 0 &&
    (known.vesselType === 'passenger' || known.vesselType === 'small-passenger') &&
    !found.some((f) => f.key === 'vesselType') &&
    ruleFacts(ruleId).some((f) => f.questionKey === 'vesselType')
  );
}

/** Most characters between an amount with a unit and a bare number that takes its unit ("45 days, it was 54"). */
const SAME_UNIT_GAP = 16;
/** A bare number below this may number an item («og 3?»); one FAR_APART times smaller than the value known does. */
const ITEM_NUMBER_MAX = 10;
const FAR_APART = 10;
/** How many times closer the nearest known value must be than the next for a bare number to be about it. */
const CLEARLY_NEARER = 3;

/**
 * Of several known facts a bare number fits ("sorry its 36 months" after 30 months of sea time, 6
 * of bridge watch and 30 days after the diploma), the one whose value it is clearly nearest to, by
 * ratio: a correction or what-if moves a figure, it does not swap one for a figure of another
 * size. None when two are about as near (which one is meant is then not clear).
 */
function nearest<T extends { f: { questionKey: string }; v: number }>(
  fits: readonly T[],
  known: Readonly<Record<string, unknown>>,
): T | undefined {
  const distance = ({ f, v }: T) => {
    const was = known[f.questionKey];
    return typeof was === 'number' && was > 0 && v > 0 ? Math.abs(Math.log(v / was)) : Number.POSITIVE_INFINITY;
  };
  const ranked = fits.map((fit) => ({ fit, d: distance(fit) })).sort((a, b) => a.d - b.d);
  const [first, second] = ranked;
  if (!first || !second || !Number.isFinite(first.d)) return undefined;
  return second.d >= CLEARLY_NEARER * Math.max(first.d, 0.05) ? first.fit : undefined;
}

/**
 * The fact a bare date in a change message is about («beklager, det var 15.04.2025»), for rule
 * `ruleId`: the one date fact of the rule already known. Nothing when the message holds several
 * dates, a date already read as a fact, or the rule knows several dates (which one is meant?).
 */
export function bareDateFacts(
  folded: string,
  found: readonly FactFound[],
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  today: string,
  whatIf = false,
): FactFound[] {
  const knownDates = changeableFacts(ruleId).filter((f) => f.type === 'date' && Object.hasOwn(known, f.questionKey));
  // "the period end was 30 April not 31 May": the date taken back is no date said.
  // "actually the weather is nice today": a day said relative to today counts only said (nearly) alone
  // ("sorry, yesterday", «nei, i går»); in a longer sentence it is when something else happens.
  const many = words(folded).length > BARE_RELATIVE_WORDS;
  const hits = findDates(folded, today, { yearless: true }).filter(
    (h) =>
      !(h.relative && many) &&
      !found.some((f) => h.start < f.end && h.end > f.start) &&
      !/(?:ikke|ikkje|not|isnt) ?$/.test(folded.slice(Math.max(0, h.start - 8), h.start)),
  );
  const [hit] = hits;
  if (hits.length !== 1 || hit?.iso === undefined || knownDates.length === 0) return [];
  if (/(?:ikke|ikkje|not|isnt) ?$/.test(folded.slice(Math.max(0, hit.start - 8), hit.start))) return [];
  // «eigentleg fylte eg 18 den 20.12.2025»: a birthday (or a delivery, a build) is no certificate's date.
  if (OTHER_EVENT.test(folded.slice(0, hit.start)) && !ISSUED.test(folded)) return [];
  // «nei vent, 1. juni» after «1. juli i år»: a date without its year takes the year of the date it
  // corrects, not the one nearest today.
  const [, month, day] = isoParts(hit.iso) ?? [];
  const dateFor = (f: (typeof knownDates)[number]): string | undefined => {
    if (!hit.yearInferred) return hit.iso;
    // «kva om eg får ny 1. januar?»: a new certificate's day is the next such day from today.
    if (NEW_ONE.test(folded))
      return month === undefined || day === undefined ? undefined : nextOccurrence(month, day, today);
    return inYearOf(hit.iso ?? '', String(known[f.questionKey]));
  };
  // "sorry, 10.02.2027" after an expiry and a verification date: the date known nearest to the new one
  // is the one corrected (a slip of the date said, not another fact), when one is clearly nearest.
  const apart = (f: (typeof knownDates)[number]) =>
    Math.abs(Date.parse(String(known[f.questionKey])) - Date.parse(dateFor(f) ?? ''));
  // "sorry, the period ended 30.06.2026": the end said is the end corrected, however near the start.
  const before = folded.slice(0, hit.start);
  const endSaid = ENDS_SAID.test(before) ? 'periodTo' : STARTS_SAID.test(before) ? 'periodFrom' : undefined;
  const said = endSaid ? knownDates.find((f) => f.questionKey === endSaid) : undefined;
  if (said) {
    const iso = dateFor(said);
    return iso === undefined ? [] : [{ key: said.questionKey, value: iso, start: hit.start, end: hit.end }];
  }
  // «og om vi gjorde den 1. desember 2026?» after a renewal's new expiry: a what-if plans the
  // verification; the expiry is the certificate's, changed only when it is named.
  // So does a correction of a renewal's date to one before the expiry («ops, 01.07.2027 meinte eg»):
  // the verification planned, however near the expiry.
  const verification = knownDates.find((f) => f.questionKey === 'verificationDate');
  const beforeExpiry =
    verification !== undefined &&
    typeof known.expiryDate === 'string' &&
    (dateFor(verification) ?? '') < known.expiryDate;
  const planned =
    !EXPIRY_NAMED.test(folded) && (whatIf || beforeExpiry)
      ? whatIf
        ? knownDates.find((f) => PLANNED_DATES.has(f.questionKey))
        : verification
      : undefined;
  if (planned) {
    const iso = dateFor(planned);
    return iso === undefined ? [] : [{ key: planned.questionKey, value: iso, start: hit.start, end: hit.end }];
  }
  // "and if we wait to 2 January 2027?" after a renewal described from the expiry alone: a what-if
  // date plans the verification not yet given, never a new expiry (unless the expiry is named).
  // (Round 56, english56: not of an interim ISSC, which has no intermediate verification (seed 001): "and
  // if it was 28 feb?" after one issued 31/8-2025 moves its date of issue. Nor where the issue is named.)
  const open =
    whatIf && !EXPIRY_NAMED.test(folded) && known.certificateKind !== 'interim' && !ISSUED.test(folded)
      ? ruleFacts(ruleId).find((f) => PLANNED_DATES.has(f.questionKey) && !Object.hasOwn(known, f.questionKey))
      : undefined;
  if (open) return [{ key: open.questionKey, value: hit.iso, start: hit.start, end: hit.end }];
  const byDistance = [...knownDates].sort((a, b) => apart(a) - apart(b));
  const [fact, next] = byDistance;
  if (fact === undefined || Number.isNaN(apart(fact)) || (next !== undefined && apart(next) <= apart(fact))) return [];
  const iso = dateFor(fact);
  return iso === undefined ? [] : [{ key: fact.questionKey, value: iso, start: hit.start, end: hit.end }];
}

/** Most words of a change whose day said relative to today («i går», "today") is a date fact's. */
const BARE_RELATIVE_WORDS = 4;

/**
 * A date said alone after a decision («15.03.2027» after the renewal window) when rule `ruleId` has
 * exactly one date fact not yet known (the verification's date, a day asked about): that fact.
 */
export function openDateFacts(
  folded: string,
  found: readonly FactFound[],
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  today: string,
): FactFound[] {
  const open = ruleFacts(ruleId).filter((f) => f.type === 'date' && !Object.hasOwn(known, f.questionKey));
  const hits = findDates(folded, today).filter((h) => !found.some((f) => h.start < f.end && h.end > f.start));
  const [fact] = open;
  const [hit] = hits;
  return open.length === 1 && fact && hits.length === 1 && hit?.iso !== undefined
    ? [{ key: fact.questionKey, value: hit.iso, start: hit.start, end: hit.end }]
    : [];
}

/** A fact's labels anywhere in a text (FACT_LABELS), by fact key. */
const LABELLED = new Map<string, RegExp>();
function labelled(key: string): RegExp {
  let re = LABELLED.get(key);
  if (!re) {
    const words = [...(FACT_LABELS[key]?.before ?? []), ...(FACT_LABELS[key]?.after ?? [])];
    re = words.length > 0 ? wholePhrases(words) : /(?!)/;
    LABELLED.set(key, re);
  }
  return re;
}

/** "expiry is 2028 not 2027", «året er 2028, ikkje 2027»: a year said in place of another. */
const YEAR_NOT_YEAR = new RegExp(
  `(?<![0-9.])((?:19|20)\\d\\d),? (?:${alternation(REJECTED_VALUE_WORDS)}) ((?:19|20)?\\d\\d)(?![0-9.])`,
);

/**
 * The date facts of rule `ruleId` whose year a message corrects ("sorry, expiry is 2028 not 2027"):
 * the one date known in the year taken back, moved to the year meant (29 February to the 28th).
 */
export function yearCorrectedFacts(
  folded: string,
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  today?: string,
): FactFound[] {
  const said = yearSaidInstead(folded, ruleId, known, today);
  if (!said) return [];
  const { m, meant, denied } = said;
  const inYear = changeableFacts(ruleId).filter(
    (f) =>
      f.type === 'date' &&
      typeof known[f.questionKey] === 'string' &&
      isoParts(String(known[f.questionKey]))?.[0] === denied,
  );
  // Several in that year: the one named before the year ("expiry is 2028 not 2027").
  const before = folded.slice(0, m.index);
  const named = inYear.filter((f) => labelled(f.questionKey).test(before));
  // «det var 2024 ikke 25» of a period wholly in 2025: the whole period moves.
  const period =
    inYear.length === 2 && inYear.every((f) => f.questionKey === 'periodFrom' || f.questionKey === 'periodTo');
  const moved = period ? inYear : inYear.length === 1 ? inYear : named.length === 1 ? named : [];
  return moved.flatMap((fact) => {
    const [, month, day] = isoParts(String(known[fact.questionKey])) ?? [];
    if (month === undefined || day === undefined) return [];
    const iso = isoOf(meant, month, day) ?? isoOf(meant, month, day - 1);
    return iso ? [{ key: fact.questionKey, value: iso, start: m.index, end: m.index + m[0].length }] : [];
  });
}

/** «2024 ikkje i fjor», "2024 not last year": a year said in place of one said relative to today's. */
const YEAR_NOT_RELATIVE = new RegExp(
  `(?<![0-9.])((?:19|20)\\d\\d),? (?:${alternation(REJECTED_VALUE_WORDS)}) (${alternation(Object.keys(RELATIVE_YEARS))})(?![a-z])`,
);
const RELATIVE_YEAR_BY = new Map(Object.entries(RELATIVE_YEARS).map(([words, by]) => [fold(words), by]));
/** «nei vent, det var i 2024», "sorry, it was 2024": a correction that says only a year. */
const YEAR_ALONE =
  /^(?:nei|no|sorry|beklager|orsak|unnskyld)?[ ,.!]*(?:vent|wait)?[ ,.!]*(?:(?:det|den|ho|han|it|that) (?:var|was|er|is) )?(?:i |in )?((?:19|20)\d\d)[ .!]*$/;

/**
 * The year a correction says in place of another: "2028 not 2027", «2024 ikkje i fjor» (a year relative
 * to today), or a year alone («nei vent, det var i 2024») when one date of the rule is known.
 */
function yearSaidInstead(
  folded: string,
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  today: string | undefined,
): { m: RegExpExecArray; meant: number; denied: number } | undefined {
  const m = YEAR_NOT_YEAR.exec(folded);
  if (m) {
    // («2024 ikke 25»: the year taken back written short, in the century of the one meant.)
    const short = Number(m[2]);
    return { m, meant: Number(m[1]), denied: short < 100 ? Math.floor(Number(m[1]) / 100) * 100 + short : short };
  }
  const thisYear = today ? isoParts(today)?.[0] : undefined;
  if (thisYear === undefined) return undefined;
  const relative = YEAR_NOT_RELATIVE.exec(folded);
  const by = relative ? RELATIVE_YEAR_BY.get(relative[2] ?? '') : undefined;
  if (relative && by !== undefined) return { m: relative, meant: Number(relative[1]), denied: thisYear + by };
  const alone = YEAR_ALONE.exec(folded.trim());
  const dates = changeableFacts(ruleId).filter((f) => f.type === 'date' && typeof known[f.questionKey] === 'string');
  const [only] = dates;
  const year = only ? isoParts(String(known[only.questionKey]))?.[0] : undefined;
  if (!alone || dates.length !== 1 || year === undefined || year === Number(alone[1])) return undefined;
  return { m: alone, meant: Number(alone[1]), denied: year };
}

/** The dates a what-if plans (a verification), rather than dates a certificate carries. */
const PLANNED_DATES: ReadonlySet<string> = new Set(['verificationDate', 'intermediateDate']);
/** The expiry named («utløp», "expiry", "expires"): a what-if about it changes it. */
const EXPIRY_NAMED = wholePhrases(EXPIRY_WORDS);
const ENDS_SAID = wholePhrases(PERIOD_END_SAID.end);
const STARTS_SAID = wholePhrases(PERIOD_END_SAID.start);

/** The "nei" a correction opens with («nei vent, …»): not part of the answer it gives. */
const LEADING_NO = /^\s*(?:nei|no|nope)(?![a-z])[\s,.!]*/;
/** Most words a correction may have for its words to be read as an earlier answer ("actually I meant foreign"). */
const SHORT_CORRECTION_WORDS = 8;

/**
 * The earlier choice a short correction takes back («nei vent, den er utenlandsk», "actually I meant
 * foreign"): the message read as the answer to each choice of rule `ruleId` already answered; taken
 * only when exactly one such choice gets a new value from it. Yes/no facts are left out: the "nei"
 * of «nei vent, …» is not an answer.
 */
export function bareChoiceFacts(
  text: string,
  words: number,
  found: readonly FactFound[],
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  ctx: ExtractContext,
): FactFound[] {
  if (words > SHORT_CORRECTION_WORDS || found.length > 0) return [];
  const hits = choicesAnsweredAnew(text.replace(LEADING_NO, ''), text.length, ruleId, known, ctx);
  return hits.length === 1 ? hits : [];
}

/** Most words of a what-if or correction whose other words are read as answers to choices already made. */
const RESTATED_CHOICE_WORDS = 12;

/**
 * "and what if norwegian but 60 GT?" after «what if foreign flag?», "and cargo again but 400 GT?": beside
 * a fact a short what-if or correction states, a choice of rule `ruleId` already made, said back in the
 * words of an answer (which alone would not be read from free text: "norwegian" is also a seafarer's),
 * when it gives that choice another value. Never a choice the message already states.
 */
export function restatedChoices(
  text: string,
  words: number,
  found: readonly FactFound[],
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  ctx: ExtractContext,
): FactFound[] {
  if (words > RESTATED_CHOICE_WORDS || found.length === 0) return [];
  return choicesAnsweredAnew(
    text,
    text.length,
    ruleId,
    known,
    ctx,
    found.map((f) => f.key),
  );
}

/**
 * Each choice of rule `ruleId` already made (`known`) that `text`, read as its answer, gives another
 * value (spanning the message, `end` long); never one of `stated`.
 */
function choicesAnsweredAnew(
  text: string,
  end: number,
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  ctx: ExtractContext,
  stated: readonly string[] = [],
): FactFound[] {
  // («og spørsmål 2 om kor lenge D6 gjeld?»: the 2 numbers a question, never trading area 2.)
  const read = withoutItemNumbers(text);
  return ruleFacts(ruleId).flatMap((f) => {
    if (f.type !== 'enum' || !Object.hasOwn(known, f.questionKey) || stated.includes(f.questionKey)) return [];
    const value = extractAnswer(f, read, ctx);
    return value.kind === 'value' && !sameValue(value.value, known[f.questionKey])
      ? [{ key: f.questionKey, value: value.value, start: 0, end }]
      : [];
  });
}

/** True when `known` holds fact `f` with another value (module-level: tsx names each closure made). */
const differs = (known: Readonly<Record<string, unknown>>, f: FactFound): boolean =>
  Object.hasOwn(known, f.key) && !sameValue(known[f.key], f.value);

/**
 * The change a message makes to the facts `known` (by catalogue key), given the facts it states
 * and how it marks itself (`unmarked`: the kind when it does not). A marked message changes every
 * fact it states; an unmarked one only those it gives a new value. Undefined when it changes nothing.
 */
export function changeOf(
  marker: Change['kind'] | undefined,
  facts: readonly FactFound[],
  known: Readonly<Record<string, unknown>>,
  unmarked: Change['kind'] = 'correction',
): Change | undefined {
  const changed = facts
    .filter((f) => (marker ? !Object.hasOwn(known, f.key) || differs(known, f) : differs(known, f)))
    .map((f) => ({ key: f.key, value: f.value, ...(Object.hasOwn(known, f.key) ? { previous: known[f.key] } : {}) }));
  if (changed.length === 0) return undefined;
  return { kind: marker ?? unmarked, marked: marker !== undefined, facts: changed };
}

/**
 * Facts that one statement gives together as the same amount («9 i sikkerhetsbemanningen» is the
 * ship's cook rule's safe manning and the cook qualification's crew): a change to one changes the
 * other too while they still agree, so a corrected value is the one a later topic takes.
 */
const SAME_AMOUNT: ReadonlyMap<string, readonly string[]> = new Map([
  ['safetyManning', ['crewSize']],
  ['crewSize', ['safetyManning']],
]);

/** `change` with the facts stated as the same amount (`SAME_AMOUNT`) changed alongside. */
export function withSameAmounts(
  change: Change | undefined,
  known: Readonly<Record<string, unknown>>,
  folded = '',
): Change | undefined {
  // "2 cadets on board extra, so 11 persons total on board": the crew beside the safe manning.
  if (!change || BESIDE_MANNING.test(folded)) return change;
  const extra: ChangedFact[] = [];
  for (const f of change.facts) {
    if (!Object.hasOwn(f, 'previous')) continue;
    for (const twin of SAME_AMOUNT.get(f.key) ?? []) {
      const taken = change.facts.some((c) => c.key === twin) || extra.some((c) => c.key === twin);
      if (!taken && Object.hasOwn(known, twin) && sameValue(known[twin], f.previous))
        extra.push({ key: twin, value: f.value, previous: f.previous });
    }
  }
  return extra.length === 0 ? change : { ...change, facts: [...change.facts, ...extra] };
}

/** Values of a fact are equal when they are the same number, text, flag or list. */
export const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

const TIME_UNIT = alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.weeks, ...UNIT_WORDS.days]);
/** «3 stillinger» with its count in digits, the rest as written. */
function inDigitsLead(amount: string): string {
  const [count = '', ...rest] = amount.split(' ');
  return [inDigits(count), ...rest].join(' ');
}
/** A count written in words as digits («to» alone is a number here: "two more", not the word "to"). */
function inDigits(count: string): string {
  const n = wholeCount(count);
  return n === undefined ? count : String(n);
}

/** The units an amount added to a fact may have: a time, hours, metres, gross tonnage. */
const ADDED_UNIT = alternation([
  ...UNIT_WORDS.months,
  ...UNIT_WORDS.years,
  ...UNIT_WORDS.weeks,
  ...UNIT_WORDS.days,
  ...UNIT_WORDS.hours,
  ...UNIT_WORDS.m,
  ...UNIT_WORDS.GT,
]);
const COUNT = String.raw`(?:\d+(?:[.,]\d+)?|[a-z]+)`;
/** After «til» only the end of the clause or a label's link word: «2 måneder til sjøs» is at sea. */
const CLAUSE_END = `(?=[ ,]*(?:[?.!,;]|$| (?:${alternation(MORE_WORDS.clauseGoesOn)})(?![a-z])))`;
/** One way of writing an addition, and what to write instead so the time reads as a plain quantity. */
const MORE: readonly { re: RegExp; keep: (m: RegExpExecArray) => string; sign?: -1 }[] = [
  {
    // "and in half year more?", «om eit halvt år til?»: six months ahead, added to the months served.
    re: new RegExp(
      `(?<![a-z])(?:(?:${alternation(HALF_YEAR_WORDS.ahead)}) (?:${alternation(HALF_YEAR_WORDS.half)})(?: (?:${alternation(HALF_YEAR_WORDS.more)}))?|(?:${alternation(HALF_YEAR_WORDS.half)}) (?:${alternation(HALF_YEAR_WORDS.more)}))(?![a-z])`,
    ),
    keep: () => '6 months',
  },
  {
    // «hva med en måned mindre?», "2 GT less", «1 meter kortere»: the amount taken off.
    re: new RegExp(
      `(?<![a-z0-9])(${COUNT} (?:${ADDED_UNIT})) (?:${alternation(MORE_WORDS.lessAfterUnit)})${CLAUSE_END}`,
    ),
    keep: (m) => `${m[1]}`,
    sign: -1,
  },
  {
    // "2 persons less", «to personar færre»: people taken off the count known.
    re: new RegExp(
      `(?<![a-z0-9])(${COUNT}) (?:${alternation(MORE_WORDS.persons)}|${alternation(MORE_WORDS.posts)}) (?:${alternation(MORE_WORDS.lessAfterUnit)})${CLAUSE_END}`,
    ),
    keep: (m) => inDigits(m[1] ?? ''),
    sign: -1,
  },
  {
    // "we reduce crew by 2 persons", "we shorten her by 3 m": a verb of taking off, then the amount.
    re: new RegExp(
      `(?<![a-z0-9])(?:${alternation(MORE_WORDS.lessVerbs)})(?: [a-z]+){0,2} (?:${alternation(MORE_WORDS.addLinks)}) ((?:${COUNT} )?(?:${ADDED_UNIT}|${alternation(MORE_WORDS.persons)}|${alternation(MORE_WORDS.posts)})(?![a-z]))`,
    ),
    keep: (m) => (m[1]?.includes(' ') ? inDigitsLead(m[1]) : `1 ${m[1] ?? ''}`),
    sign: -1,
  },
  {
    // "40 more days", "40 more bridge days" (a word of what the time is may stand before its unit).
    re: new RegExp(
      `(?<![a-z0-9])(${COUNT}) (?:${alternation(MORE_WORDS.beforeUnit)}) ((?:[a-z]+ )?(?:${ADDED_UNIT})(?![a-z]))`,
    ),
    keep: (m) => `${m[1]} ${m[2]}`,
  },
  {
    re: new RegExp(`(?<![a-z0-9])(${COUNT} (?:${ADDED_UNIT})) (?:${alternation(MORE_WORDS.afterUnit)})${CLAUSE_END}`),
    keep: (m) => `${m[1]}`,
  },
  {
    // "and 400 hours on the second boat, total?": time on another vessel, added to the time given.
    re: new RegExp(`(?<![a-z0-9])(${COUNT} (?:${ADDED_UNIT})) (?:${alternation(MORE_WORDS.onAnotherVessel)})(?![a-z])`),
    keep: (m) => `${m[1]}`,
  },
  {
    re: new RegExp(
      `(?<![a-z0-9])(?:${alternation(MORE_WORDS.beforeNumber)}) ((?:${COUNT} )?(?:${ADDED_UNIT}|${alternation(MORE_WORDS.persons)})(?![a-z]))`,
    ),
    // "another month" is one month more.
    keep: (m) => (m[1]?.includes(' ') ? m[1] : `1 ${m[1] ?? ''}`),
  },
  {
    // "and if we forlenger it with 1,5 meter?", «forlengjer båten med 2 m»: a verb of adding, the
    // vessel, then the amount added.
    re: new RegExp(
      `(?<![a-z0-9])(?:${alternation(MORE_WORDS.addVerbs)})(?: [a-z]+){0,2} (?:${alternation(MORE_WORDS.addLinks)}) ((?:${COUNT} )?(?:${ADDED_UNIT})(?![a-z]))`,
    ),
    keep: (m) => (m[1]?.includes(' ') ? m[1] : `1 ${m[1] ?? ''}`),
  },
  {
    // «tek bort 15 BT», «kutter 3 stillinger», "remove 2 GT": the amount taken off.
    re: new RegExp(
      `(?<![a-z0-9])(?:${alternation(MORE_WORDS.lessBeforeNumber)}) ((?:${COUNT} )?(?:${ADDED_UNIT}|${alternation(MORE_WORDS.persons)}|${alternation(MORE_WORDS.posts)})(?![a-z]))`,
    ),
    keep: (m) => (m[1]?.includes(' ') ? inDigitsLead(m[1]) : `1 ${m[1] ?? ''}`),
    sign: -1,
  },
  {
    // "we plan extension +10 GT": an amount with a plus sign before it is added.
    re: new RegExp(`(?<![a-z0-9])\\+ ?(${COUNT} (?:${ADDED_UNIT}))(?![a-z])`),
    keep: (m) => `${m[1]}`,
  },
  {
    // «kva om vi får 2 ekstra til neste sesong?»: a count said to come extra, added to the one the rule knows.
    re: new RegExp(`(?<![a-z0-9])(${COUNT}) (?:${alternation(MORE_WORDS.extraAfterCount)})(?![a-z])`),
    keep: (m) => inDigits(m[1] ?? ''),
  },
  {
    // «hva om vi blir to færre?», "two fewer": without a unit, taken off the one number the rule knows.
    re: new RegExp(`(?<![a-z0-9])(${COUNT}) (?:${alternation(MORE_WORDS.lessAfterCount)})(?![a-z])`),
    keep: (m) => inDigits(m[1] ?? ''),
    sign: -1,
  },
  {
    // "and if we add one more AB?", «ein matros til», «to personar ekstra»: people added to the count known.
    re: new RegExp(
      `(?<![a-z0-9])(${COUNT}) (?:(?:${alternation(MORE_WORDS.beforeUnit)}|${alternation(MORE_WORDS.moreAfterCount)}) (?:${alternation(MORE_WORDS.persons)})|(?:${alternation(MORE_WORDS.persons)}) (?:${alternation(MORE_WORDS.personsAfter)}))(?![a-z])`,
    ),
    keep: (m) => inDigits(m[1] ?? ''),
  },
  {
    // «vi tar inn to til», "and 20 more?": without a unit, added to the one number the rule knows
    // (a time or a size says its unit and is read above).
    // («1 til i sikkerhetsbemanninga»: the clause may go on with where the count is.)
    re: new RegExp(
      `(?<![a-z0-9])(${COUNT}) (?:${alternation(MORE_WORDS.moreAfterCount)})(?:(?= ?[?.!]*$)|${CLAUSE_END})`,
    ),
    keep: (m) => inDigits(m[1] ?? ''),
  },
  {
    // «og om to månader?», "and in 2 months?": the time that will have passed then (never «hva om 2 måneder»).
    re: new RegExp(`^(?:(?:og|and|men|but|enn) )?(?:om|in) (${COUNT} (?:${TIME_UNIT}))(?![a-z])`),
    keep: (m) => `${m[1]}`,
  },
];

/**
 * A relative what-if ("what if he gets 3 more months on deck?", "if I sail one more month?", «hva om
 * jeg seiler 2 måneder til?»): the time it adds to a fact of rule `ruleId` already known, as that
 * fact's new value. The fact is the one the time is labelled as («på dekk»), or else the only known
 * time fact of the rule its unit fits; none when it is unclear or not yet known (nothing to add to).
 * `read` gives the facts a text states (free-text.ts).
 */
/** Where a time is said to come on top («20 dager til», "20 more days"), if anywhere: [start, end). */
export function addedSpan(folded: string): { start: number; end: number } | undefined {
  for (const { re } of MORE) {
    const m = re.exec(folded);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const RAISED_TO = new RegExp(
  `(?<![a-z0-9])(?:${alternation(RAISED_TO_VERBS)})(?: [a-z]+){0,3} (?:til|to) (${COUNT})(?![a-z0-9])`,
);
/** The facts of a count of people a rule takes (the safe manning, the crew). */
const COUNTS_OF_PEOPLE: ReadonlySet<string> = new Set(['safetyManning', 'crewSize']);

/**
 * «vi skal øke til 10 fra nyttår», "we will increase safety manning to 10 next year": the one count of
 * people of rule `ruleId` already known, set to the new number (a what-if); none when the rule knows
 * no such count, or the number is no whole count.
 */
export function raisedToFacts(folded: string, ruleId: string, known: Readonly<Record<string, unknown>>): FactFound[] {
  const m = RAISED_TO.exec(folded);
  const n = m ? wholeCount(m[1] ?? '') : undefined;
  if (!m || n === undefined) return [];
  const counts = ruleFacts(ruleId).filter(
    (f) => COUNTS_OF_PEOPLE.has(f.questionKey) && typeof known[f.questionKey] === 'number',
  );
  const [count] = counts;
  return counts.length === 1 && count
    ? [{ key: count.questionKey, value: n, start: m.index, end: m.index + m[0].length }]
    : [];
}

/** A unit's word (or with its article) right before a number, with a link word ("hours to", «timane til»). */
const UNIT_BEFORE: readonly { unit: UnitKind; re: RegExp }[] = Object.entries(UNIT_WORDS).map(([unit, list]) => ({
  unit: unit as UnitKind,
  re: new RegExp(
    `(?<![a-z])(?:${alternation([...list, ...(DEFINITE_UNIT_WORDS[unit as keyof typeof DEFINITE_UNIT_WORDS] ?? [])].filter((w) => w.length > 2))})(?: (?:to|til|is|er|was|var))? ?[:=]? ?$`,
  ),
}));
const unitNamedBefore = (before: string): UnitKind | undefined => UNIT_BEFORE.find(({ re }) => re.test(before))?.unit;

/** The unit words, and those with an article, by unit: the amount a text names. */
const UNIT_NAMED: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(UNIT_WORDS).map(([unit, list]) => [
    unit,
    wholePhrases([...list, ...(DEFINITE_UNIT_WORDS[unit as keyof typeof DEFINITE_UNIT_WORDS] ?? [])]),
  ]),
);

/**
 * An amount added that fits several known facts: the one whose unit the text names before it ("the
 * hours was 2 less" beside days and hours a day), or every length when all are lengths («båten er 3 m
 * lengre» beside L and LOA: the hull is longer by either measure); none otherwise.
 */
function amongSeveral<T extends { info: { unit?: string | undefined } }>(fits: readonly T[], before: string): T[] {
  const named = fits.filter(({ info }) => info.unit !== undefined && UNIT_NAMED.get(info.unit)?.test(before));
  if (named.length === 1) return named;
  return fits.length > 1 && fits.every(({ info }) => info.unit === 'm') ? [...fits] : [];
}

export function addedFacts(
  folded: string,
  ruleId: string,
  known: Readonly<Record<string, unknown>>,
  read: (text: string) => FactFound[],
): FactFound[] {
  for (const { re, keep, sign = 1 } of MORE) {
    const m = re.exec(folded);
    if (!m) continue;
    const insert = keep(m);
    const rewritten = folded.slice(0, m.index) + insert + folded.slice(m.index + m[0].length);
    const q = findQuantities(rewritten, { words: true }).find(
      (x) => x.start < m.index + insert.length && x.end > m.index,
    );
    if (!q) return [];
    const numeric = ruleFacts(ruleId).filter((f) => f.type === 'number' || f.type === 'integer');
    const labelled = read(rewritten).filter((f) => f.start < q.end && f.end > q.start);
    // A label read on a fact not yet known («legg til tolv timar»: 12 read as hours a day when only the
    // total is known) leaves the known fact the amount fits.
    const byKey = labelled.flatMap((f) => {
      const info = numeric.find((n) => n.questionKey === f.key);
      return info && typeof f.value === 'number' && Object.hasOwn(known, info.questionKey)
        ? [{ info, delta: f.value }]
        : [];
    });
    // "in two months" adds to the months served, not a sixth of a year to the age.
    const bare = numeric.flatMap((info) => {
      const delta = convert(q.value, q.unit, info.unit);
      return delta === undefined ||
        !Object.hasOwn(known, info.questionKey) ||
        (info.type === 'integer' && !Number.isInteger(delta))
        ? []
        : [{ info, delta }];
    });
    const picked = byKey.length > 0 ? byKey : bare.length === 1 ? bare : amongSeveral(bare, folded.slice(0, m.index));
    const end = m.index + m[0].length;
    // "plus 5 months more from before I got the certificate": time before the first issue is never
    // time since it (seed 004).
    const beforeIssue = BEFORE_ISSUE.test(rewritten.slice(q.end).split(/[.,;!?]/)[0] ?? '');
    return picked.flatMap(({ info, delta }) => {
      const was = known[info.questionKey];
      if (typeof was !== 'number') return [];
      if (beforeIssue && info.questionKey.endsWith('SinceIssue')) return [];
      const value = was + sign * delta;
      if (value <= 0) return [];
      if (info.type === 'integer' && !Number.isInteger(value)) return [];
      return [{ key: info.questionKey, value, start: m.index, end }];
    });
  }
  return [];
}
