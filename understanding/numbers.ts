/**
 * Numbers in a reply: digits with decimal commas or points and thousands separators ("23,5",
 * "23.5", "1 250", "1.250", "1250"), numbers in words (number-words.ts: "tolv", "tjueto",
 * "forty-five", "tre og eit halvt", "a year"), a unit after the number with or without a space
 * ("45BT", "23,5 m", "12 timar", "6 mnd", "11 mann"), approximate numbers ("ca 60", "~60": the
 * number, marked `approx`), ranges ("10-12", "mellom 10 og 12": marked `range`, never one value),
 * and conversion to the unit of the fact.
 *
 * Time conversions follow Sdir's sea-time practice (the `daysPerMonth` threshold: 12 months = 360 days).
 * Hours never convert to or from days (that depends on the hours worked per day).
 */
import {
  APPROX_WORDS,
  COMPARATIVE_WORDS,
  RELATIVE_YEARS,
  TRAILING_COMPARATIVE_WORDS,
  UNIT_WORDS,
  ZERO_WORDS,
  type UnitKind,
} from './lexicon/synonyms.js';
import { limit } from '../rules/index.js';
import {
  ALTERNATIVE_AMOUNT_WORDS,
  ITEM_NUMBER_WORDS,
  TAKEN_BACK_WORDS,
  YEAR_BEFORE_WORDS,
} from './lexicon/discourse.js';
import { alternation, fold, matchesOf } from './normalize.js';
import { findNumberWords } from './number-words.js';

export { findNumberWords, type NumberWordHit } from './number-words.js';

/** A number found in folded text, with the unit written after it (if any). */
export type Quantity = {
  value: number;
  unit: UnitKind | undefined;
  start: number;
  end: number;
  /** Said to be approximate ("ca 60", "about 60", "~60"); the value is the number as written. */
  approx?: boolean;
  /** One end of a range ("10-12", "10 til 12", "between 10 and 12"): not a single value. */
  range?: boolean;
  /** Written in words ("tolv", "forty-five"), found only with `{ words: true }`. */
  words?: boolean;
};

/** Options of `findQuantities`. */
export type FindQuantitiesOptions = {
  /**
   * Also numbers in words: before a unit ("tolv timer", "a year"), as the whole text ("tolv"), or
   * anywhere when the word is only a number ("tolv", "forty-five"; not "to", "tre", "fire", "en").
   */
  words?: boolean;
};

const UNIT_BY_WORD = new Map<string, UnitKind>();
for (const [kind, list] of Object.entries(UNIT_WORDS) as [UnitKind, readonly string[]][]) {
  for (const w of list) UNIT_BY_WORD.set(fold(w).replace(/\s+/g, ''), kind);
}
const UNIT_ALT = alternation([...Object.values(UNIT_WORDS)].flat());
/** A unit right after a number (at most one space or a hyphen between: "12-hour shifts"), read at `lastIndex`. */
const UNIT_AT = new RegExp(`(?: |-)?(${UNIT_ALT})(?![a-z0-9])`, 'y');

/** The unit written at `at` in `folded` and where it ends, or undefined. */
function unitAt(folded: string, at: number): { unit: UnitKind; end: number } | undefined {
  UNIT_AT.lastIndex = at;
  const u = UNIT_AT.exec(folded);
  if (!u) return undefined;
  return { unit: UNIT_BY_WORD.get((u[1] ?? '').replace(/\s+/g, '')) ?? 'other', end: at + u[0].length };
}

/** A numeral: space-grouped thousands ("1 867"), or digits with . and , separators. */
const NUMERAL = /(?<![a-z0-9])(?<!\d[.,])(?:(-) ?)?(\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*)/g;
/** An approximation word right before a number (the text before it ends with it). */
const APPROX_BEFORE = new RegExp(`(?:^|[^a-z0-9])(?:${alternation(APPROX_WORDS)}) ?$`);
/** What may stand between the two ends of a range ("10-12", "10 til 12", "10 to 12"). */
const RANGE_GAP = /^(?: ?- ?| (?:til|to|till|-) )$/;
/** «45 eller 55», "48 or 52": two values, either of which may be meant. */
const OR_GAP = /^ (?:eller|or) $/;
/** "mellom 10 og 12", "between 10 and 12": the word before the first end, and the gap. */
const BETWEEN_BEFORE = /(?:^|[^a-z0-9])(?:mellom|between) $/;
const BETWEEN_GAP = /^ (?:og|and) $/;
/** "fra 60 til 45", "from 45 to 60" say what changed, not a range. */
const FROM_BEFORE = /(?:^|[^a-z0-9])(?:fra|from) $/;

/** A count written as one word or in digits, the whole of `word` («2», «en», "two"); undefined otherwise. */
export function wholeCount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const hit = findNumberWords(word)[0];
  return hit && hit.start === 0 && hit.end === word.length ? hit.value : undefined;
}

/**
 * The value of a numeral, deciding which separator is decimal: with two kinds, the last one; with
 * one kind used once, a group of exactly three digits after a non-zero integer part is thousands
 * ("1,867", "1.500": nobody writes a length or a tonnage with three decimals), anything else is
 * decimal ("23,5", "23.5", "0,500"). NaN when malformed ("1.2.3").
 */
export function parseNumeral(raw: string): number {
  const s = raw.replace(/ /g, '');
  const seps = s.replace(/\d/g, '');
  const groups = s.split(/[.,]/);
  if (seps.length === 0) return Number(s);
  const lastSep = seps[seps.length - 1] ?? '';
  const mixed = new Set(seps).size > 1;
  const allThousands = (gs: string[]) =>
    gs.slice(1).every((g) => g.length === 3) && (gs[0]?.length ?? 0) <= 3 && gs[0] !== '0';
  if (mixed) {
    if (new Set(seps.slice(0, -1)).size !== 1 || seps.slice(0, -1).includes(lastSep)) return NaN;
    const intGroups = groups.slice(0, -1);
    if (!allThousands(intGroups)) return NaN;
    return Number(`${intGroups.join('')}.${groups[groups.length - 1]}`);
  }
  if (seps.length === 1) {
    return allThousands(groups) ? Number(groups.join('')) : Number(`${groups[0]}.${groups[1]}`);
  }
  return allThousands(groups) ? Number(groups.join('')) : NaN;
}

/** Numbers in digits, with the unit after each. */
function digitQuantities(folded: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesOf(NUMERAL, folded)) {
    let start = m.index;
    let sign = m[1] === '-' ? -1 : 1;
    // A dash after a number is a range ("10 - 12"), not a minus; nor is a dash with a space after it
    // between words and a number ("cargo ship - 60 GT"): a minus is written against its number.
    if (
      sign === -1 &&
      (/\d ?$/.test(folded.slice(Math.max(0, start - 2), start)) ||
        (folded.charAt(start + 1) === ' ' && /[a-z,;:] ?$/.test(folded.slice(Math.max(0, start - 2), start))))
    ) {
      sign = 1;
      start = m.index + m[0].length - (m[2] ?? '').length;
    }
    const value = sign * parseNumeral(m[2] ?? '');
    const end = m.index + m[0].length;
    const u = unitFields(folded, end);
    out.push({ value, unit: u.unit, start, end: u.end });
  }
  return out;
}

/** The unit after a number ending at `end` (glued letters that are no unit: 'other'). */
function unitFields(folded: string, end: number): { unit: UnitKind | undefined; end: number } {
  const u = unitAt(folded, end);
  if (u) return u;
  return { unit: /[a-z]/.test(folded[end] ?? '') ? 'other' : undefined, end };
}

/** Numbers in words that count as quantities (see `FindQuantitiesOptions.words`). */
function wordQuantities(folded: string): Quantity[] {
  const whole = wholeReply(folded);
  const out: Quantity[] = [];
  for (const h of findNumberWords(folded)) {
    const u = unitAt(folded, h.end);
    const trusted = h.kind !== 'article' && !h.ambiguous;
    if (!u && !trusted && (h.kind === 'article' || !whole(h))) continue;
    out.push({ value: h.value, unit: u?.unit, start: h.start, end: u?.end ?? h.end, words: true });
  }
  return out;
}

/**
 * Every number in folded text with the unit after it, in order. A number glued to letters that are
 * not a unit ("3rd", "12abc") gets unit 'other', and a malformed one value NaN, so callers reject
 * them. Numbers inside words ("D6", "LK2345") are not numbers. Each quantity says whether it was
 * approximate ("ca 60") and whether it is one end of a range ("10-12 personer").
 */
export function findQuantities(folded: string, options: FindQuantitiesOptions = {}): Quantity[] {
  let qs = digitQuantities(folded);
  if (options.words) qs = mergeWords(qs, wordQuantities(folded));
  qs = restatedInBrackets(folded, yearsAndMonths(folded, qs));
  // «og spørsmål 2?», "question 3": a number that numbers an item is no amount.
  qs = qs.filter((q) => q.unit !== undefined || !ITEM_BEFORE.test(folded.slice(Math.max(0, q.start - 14), q.start)));
  for (const [i, q] of qs.entries()) {
    // "a year and a half", «eitt år og eit halvt»: the half said after the unit.
    const half = q.unit !== undefined ? HALF_AFTER_UNIT.exec(folded.slice(q.end, q.end + 16)) : null;
    if (half) {
      q.value += 0.5;
      q.end += half[0].length;
    }
    if (APPROX_BEFORE.test(folded.slice(Math.max(0, q.start - 24), q.start))) q.approx = true;
    const next = qs[i + 1];
    if (next && isRange(folded, q, next)) {
      q.range = true;
      next.range = true;
    }
  }
  return qs;
}

/** Right before a number that numbers an item (ITEM_NUMBER_WORDS): «spørsmål 2», "question 3", «nr. 2». */
const ITEM_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(ITEM_NUMBER_WORDS)}) ?$`);
const ITEM_NUMBERED = new RegExp(`(?<![a-z])(?:${alternation(ITEM_NUMBER_WORDS)}) ?\\d{1,2}(?![0-9])`, 'g');
/** `folded` without the numbers that number an item («og spørsmål 2 om …»: never trading area 2). */
export const withoutItemNumbers = (folded: string): string =>
  folded.replace(ITEM_NUMBERED, (m) => ' '.repeat(m.length));

/** Between an amount and the same amount restated in brackets: «6 months (180 days)», "12 mnd (= 360 dager)". */
const BRACKET_OPEN = /^ ?\( ?(?:=|ca\.?|approx\.?|dvs\.?|i\.e\.?|ie) ?$/;
const BRACKET_OPEN_BARE = /^ ?\( ?$/;
const BRACKET_CLOSE = /^ ?\)/;
/** How near (as a share) a restated amount must be to the amount before it. */
const RESTATED_WITHIN = 0.02;

/**
 * "I have 6 months (180 days) in approved training programme": an amount restated in another unit in
 * brackets right after it is that amount, never a second one; the first stands, reaching past the
 * brackets (what follows them is said of it).
 */
function restatedInBrackets(folded: string, qs: Quantity[]): Quantity[] {
  if (qs.length < 2 || !folded.includes('(')) return qs;
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    const next = qs[i + 1];
    const between = next ? folded.slice(q.end, next.start) : '';
    const close = next ? BRACKET_CLOSE.exec(folded.slice(next.end, next.end + 3)) : null;
    const again = next?.unit !== undefined && q.unit !== undefined ? convert(next.value, next.unit, q.unit) : undefined;
    if (
      next &&
      close &&
      (BRACKET_OPEN_BARE.test(between) || BRACKET_OPEN.test(between)) &&
      again !== undefined &&
      Math.abs(again - q.value) <= RESTATED_WITHIN * q.value
    ) {
      out.push({ ...q, end: next.end + close[0].length });
      i++;
      continue;
    }
    out.push(q);
  }
  return out;
}

/** "and a half", «og et halvt» right after a unit ("a year and a half"). */
const HALF_AFTER_UNIT = /^ (?:and a half|og et halvt|og eit halvt|og en halv|og ein halv|og ei halv)(?![a-z])/;
/** What may stand between the years and the months of one amount: «1 år og 2 mnd», "2 years 6 months". */
const YEARS_MONTHS_GAP = /^ ?(?:og|and|&|\+)? ?$/;
/** Years from which a count of years next to months reads as an age rather than part of one time. */
const AGE_LIKE_YEARS = 16;
/** Words right before an age («er 24 år og 6 måneder …» may be an age beside a time): no compound then. */
const AGE_BEFORE = /(?:^|[^a-z])(?:er|i am|im|i'm|he is|she is|aged|alder)\s*$/;

/**
 * «1 år og 2 mnd», "2 years and 6 months": one amount in months (14, 30), never two readings of
 * which one would be the months alone.
 */
function yearsAndMonths(folded: string, qs: Quantity[]): Quantity[] {
  if (qs.length < 2) return qs;
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    const next = qs[i + 1];
    if (
      q.unit === 'years' &&
      next?.unit === 'months' &&
      next.value < 12 &&
      // "22 years and 10 months OOW": years in a seafarer's age range are the age beside a time.
      q.value < AGE_LIKE_YEARS &&
      YEARS_MONTHS_GAP.test(folded.slice(q.end, next.start)) &&
      !AGE_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start))
    ) {
      out.push({ ...q, value: q.value * 12 + next.value, unit: 'months', end: next.end });
      i++;
    } else out.push(q);
  }
  return out;
}

/** Digit and word quantities in order; a word hit over digits ("2 og et halvt") replaces them. */
function mergeWords(digits: readonly Quantity[], ws: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let w = 0;
  for (const q of digits) {
    while (w < ws.length && (ws[w]?.end ?? 0) <= q.start) out.push(ws[w++] as Quantity);
    const cur = ws[w];
    if (cur && q.start < cur.end && q.end > cur.start) continue;
    out.push(q);
  }
  while (w < ws.length) out.push(ws[w++] as Quantity);
  return out;
}

/** Two numbers that make a range: "10-12", "10 til 12 personer", "mellom 10 og 12" (not "fra 60 til 45"). */
function isRange(folded: string, a: Quantity, b: Quantity): boolean {
  if (a.unit !== undefined && a.unit !== b.unit) return false;
  const gap = folded.slice(a.end, b.start);
  // «kanskje 45 eller 55 BT», "48 or 52 GT": either, in any order.
  if (OR_GAP.test(gap)) return a.value !== b.value;
  if (!(a.value < b.value)) return false;
  const before = folded.slice(Math.max(0, a.start - 16), a.start);
  if (BETWEEN_GAP.test(gap)) return BETWEEN_BEFORE.test(before);
  return RANGE_GAP.test(gap) && !FROM_BEFORE.test(before);
}

/** How a stated unit converts into a fact's unit (missing: not convertible). */
const DAYS_PER_MONTH = limit('daysPerMonth');
const CONVERSIONS: Readonly<Record<string, Partial<Record<UnitKind, number>>>> = {
  m: { m: 1, cm: 0.01 },
  GT: { GT: 1 },
  persons: { persons: 1 },
  years: { years: 1 },
  months: { months: 1, years: 12, days: 1 / DAYS_PER_MONTH, weeks: 7 / DAYS_PER_MONTH },
  days: { days: 1, weeks: 7, months: DAYS_PER_MONTH, years: 12 * DAYS_PER_MONTH },
  hours: { hours: 1, minutes: 1 / 60 },
};

/**
 * `value` stated in `from` (or without unit) expressed in `to`, the fact's unit. Converted values
 * are rounded to 2 decimals (a whole number of days never rounds across a whole number of months).
 */
export function convert(value: number, from: UnitKind | undefined, to: string | undefined): number | undefined {
  if (from === undefined) return value;
  if (to === undefined) return undefined;
  const factor = CONVERSIONS[to]?.[from];
  if (factor === undefined) return undefined;
  return factor === 1 ? value : Math.round(value * factor * 100) / 100;
}

// --- numbers in words ---------------------------------------------------------------------------

const APPROX_RE = new RegExp(`(?<![a-z0-9])(?:${alternation(APPROX_WORDS)})(?![a-z0-9])`, 'g');

/** The reply without approximation words and punctuation, to see if a number phrase is all of it. */
const bareOf = (folded: string) =>
  folded
    .replace(APPROX_RE, ' ')
    .replace(/[^a-z0-9.\- ]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .trim();

/**
 * Whether a span is the whole reply but for approximation words and punctuation ("ca. tolv").
 * The bare reply is computed once, and only for a short text: a long one is never a bare number.
 */
function wholeReply(folded: string): (span: { start: number; end: number }) => boolean {
  let bare: string | undefined;
  return (span) => {
    if (folded.length > 200) return false;
    bare ??= bareOf(folded);
    return bare === folded.slice(span.start, span.end);
  };
}

/**
 * Folded text with number words turned into digits, where that is safe: when a unit follows
 * ("tolv timer", "a year", "halvannet år") or the number is the whole reply ("tolv", "twenty").
 * An article ("en", "a") counts as one only before a unit.
 */
export function numberWordsToDigits(folded: string): string {
  const whole = wholeReply(folded);
  let out = '';
  let at = 0;
  for (const h of findNumberWords(folded)) {
    if (!unitAt(folded, h.end) && (h.kind === 'article' || !whole(h))) continue;
    out += folded.slice(at, h.start) + String(h.value);
    at = h.end;
  }
  return out + folded.slice(at);
}

// --- an amount as the answer to a number question -----------------------------------------------

const COMPARATIVE_BEFORE = new RegExp(
  `(?<![a-z0-9])(?:${alternation(COMPARATIVE_WORDS)}) ?(?:(?:${alternation(APPROX_WORDS)}) ?)?(?=-?\\d)`,
);
const COMPARATIVE_AFTER = new RegExp(
  `\\d(?: ?(?:${UNIT_ALT}))? ?(?:${alternation(TRAILING_COMPARATIVE_WORDS)})(?![a-z0-9])`,
);
/** A "+" or "plus" after a number that no other number follows ("45+", "45 BT pluss"). */
const PLUS_AFTER = new RegExp(`\\d(?: ?(?:${UNIT_ALT}))? ?(?:\\+|pluss?)(?! ?\\d)`);
const ZERO_RE = new RegExp(`^(?:${alternation(ZERO_WORDS)})(?: (?:${UNIT_ALT}))?$`);
const TIME_UNITS = new Set(['months', 'days', 'hours']);

/** True when the text states a bound ("over 500", "12 or more") rather than a value. */
export const isBound = (folded: string): boolean =>
  COMPARATIVE_BEFORE.test(folded.replace(/\bover ?alt\b/g, ' ')) ||
  COMPARATIVE_AFTER.test(folded) ||
  PLUS_AFTER.test(folded);

/**
 * The amount a reply states, in `unit` (the fact's unit), or undefined when there is none, more
 * than one, a bound, or a unit that does not convert. Several amounts with different units add up
 * ("1 år og 6 måneder" = 18 months).
 */
export function parseAmount(
  text: string,
  unit: string | undefined,
  options: { oneInUnit?: boolean } = {},
): number | undefined {
  const folded = numberWordsToDigits(fold(text));
  if (isBound(folded)) return undefined;
  const qs = findQuantities(folded);
  if (qs.length === 0) {
    return unit !== undefined && TIME_UNITS.has(unit) && ZERO_RE.test(bareOf(folded)) ? 0 : undefined;
  }
  if (qs.some((q) => !Number.isFinite(q.value) || q.unit === 'other')) return undefined;
  const [only] = qs;
  if (qs.length === 1 && only) return convert(only.value, only.unit, unit);
  const units = qs.map((q) => q.unit);
  if (units.some((u) => u === undefined) || new Set(units).size !== units.length) return undefined;
  // «ca 5 mnd, kanskje et halvt år»: one or the other, never the two added up.
  if (qs.some((q, i) => i > 0 && ALTERNATIVE_BETWEEN.test(folded.slice(qs[i - 1]?.end ?? 0, q.start))))
    return undefined;
  // «trålar 40 m, 12 mann» as the reply when the crew is asked (`oneInUnit`): the one amount in the unit
  // asked (the others are in units that never are it).
  const inUnit =
    unit === undefined || !options.oneInUnit ? [] : qs.filter((q) => convert(q.value, q.unit, unit) !== undefined);
  const [one] = inUnit;
  if (inUnit.length === 1 && one) return convert(one.value, one.unit, unit);
  let sum = 0;
  for (const q of qs) {
    const v = convert(q.value, q.unit, unit);
    if (v === undefined) return undefined;
    sum += v;
  }
  return Math.round(sum * 100) / 100;
}

/** Words between two amounts that make them alternatives (ALTERNATIVE_AMOUNT_WORDS). */
const ALTERNATIVE_BETWEEN = new RegExp(`(?<![a-z])(?:${alternation(ALTERNATIVE_AMOUNT_WORDS)})(?![a-z])`);
const BOUND_BEFORE = new RegExp(
  `(?<![a-z0-9])(?:${alternation(COMPARATIVE_WORDS)}) ?(?:(?:${alternation(APPROX_WORDS)}) ?)?$`,
);
const BOUND_AFTER = new RegExp(
  `^ ?(?:(?:${alternation(TRAILING_COMPARATIVE_WORDS)})(?![a-z0-9])|(?:\\+|pluss?)(?! ?\\d))`,
);

/** True when quantity `q` of `folded` is a bound ("over 500 BT", "45 BT eller mer"). */
export function isBoundQuantity(folded: string, q: Quantity): boolean {
  const before = folded.slice(Math.max(0, q.start - 40), q.start).replace(/\bover ?alt ?$/, '');
  return BOUND_BEFORE.test(before) || BOUND_AFTER.test(folded.slice(q.end, q.end + 40));
}

/** «one day», «en dag», «ein dag» in words: when something happened, never an amount of time. */
export const oneDayInWords = (folded: string, q: Quantity): boolean =>
  q.unit === 'days' && q.value === 1 && !/\d/.test(folded.slice(q.start, q.end));

/** Right before a year (YEAR_BEFORE_WORDS), the word and one space. */
const YEAR_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(YEAR_BEFORE_WORDS)}) $`);
/** Years a whole number may be (1950–2100). */
const YEARS = { first: 1950, last: 2100 };

/** «2024 ikkje i fjor», "2024, not last year": a year said against a year said relative to today's. */
const YEAR_AGAINST_NEXT = new RegExp(
  `^,? (?:${alternation(TAKEN_BACK_WORDS)}) (?:${alternation(Object.keys(RELATIVE_YEARS))})(?![a-z])`,
);

/** «2024 ikke 25», "2024 not 25": a year said against another year, written short. */
const YEAR_AGAINST_SHORT = new RegExp(`^,? (?:${alternation(TAKEN_BACK_WORDS)}) (?:19|20)?\\d\\d(?![0-9.,])`);
/** True when quantity `q` of `folded`, without a unit, is a year («fra 2014», "before 2016"), no amount. */
export const isYear = (folded: string, q: Quantity): boolean =>
  q.unit === undefined &&
  Number.isInteger(q.value) &&
  q.value >= YEARS.first &&
  q.value <= YEARS.last &&
  (YEAR_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start)) ||
    YEAR_AGAINST_NEXT.test(folded.slice(q.end, q.end + 24)) ||
    YEAR_AGAINST_SHORT.test(folded.slice(q.end, q.end + 16)));
