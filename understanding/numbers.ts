/**
 * Numbers in a reply: digits with decimal commas and thousands separators ("23,5", "1 867",
 * "1,867"), small numbers in words ("tolv", "twenty-four", "ett år", "halvannet år"), a unit after
 * the number ("45 BT", "12t", "6 mnd") and conversion to the unit of the fact.
 *
 * Time conversions follow Sdir's sea-time practice (the `daysPerMonth` threshold: 12 months = 360 days).
 * Hours never convert to or from days (that depends on the hours worked per day).
 */
import {
  APPROX_WORDS,
  ARTICLE_ONE,
  COMPARATIVE_WORDS,
  FRACTION_WORDS,
  NUMBER_WORDS,
  TENS_WORDS,
  TRAILING_COMPARATIVE_WORDS,
  UNIT_WORDS,
  ZERO_WORDS,
  type UnitKind,
} from './lexicon/synonyms.js';
import { limit } from '../rules/index.js';
import { alternation, fold } from './normalize.js';

/** A number found in folded text, with the unit written after it (if any). */
export type Quantity = { value: number; unit: UnitKind | undefined; start: number; end: number };

const UNIT_BY_WORD = new Map<string, UnitKind>();
for (const [kind, list] of Object.entries(UNIT_WORDS) as [UnitKind, readonly string[]][]) {
  for (const w of list) UNIT_BY_WORD.set(fold(w).replace(/\s+/g, ''), kind);
}
const UNIT_ALT = alternation([...Object.values(UNIT_WORDS)].flat());
/** A unit right after a number (at most one space between). */
const UNIT_AFTER = new RegExp(`^ ?(${UNIT_ALT})(?![a-z0-9])`);

/** A numeral: space-grouped thousands ("1 867"), or digits with . and , separators. */
const NUMERAL = /(?<![a-z0-9])(?<!\d[.,])(?:(-) ?)?(\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*)/g;

/**
 * The value of a numeral, deciding which separator is decimal: with two kinds, the last one; with
 * one kind used once, a group of exactly three digits after a non-zero integer part is thousands
 * ("1,867", "1.500"), anything else is decimal ("23,5", "0,500"). NaN when malformed ("1.2.3").
 */
export function parseNumeral(raw: string): number {
  const s = raw.replace(/ /g, '');
  const seps = s.replace(/\d/g, '');
  const groups = s.split(/[.,]/);
  if (seps.length === 0) return Number(s);
  const lastSep = seps[seps.length - 1]!;
  const mixed = new Set(seps).size > 1;
  const allThousands = (gs: string[]) =>
    gs.slice(1).every((g) => g.length === 3) && gs[0]!.length <= 3 && gs[0] !== '0';
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

/**
 * Every number in folded text with the unit after it. A number glued to letters that are not a
 * unit ("3rd", "12abc") gets unit 'other', and a malformed one value NaN, so callers reject them.
 * Numbers inside words ("D6", "LK2345") are not numbers.
 */
export function findQuantities(folded: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of folded.matchAll(NUMERAL)) {
    const start = m.index;
    let end = start + m[0].length;
    const sign = m[1] === '-' ? -1 : 1;
    const value = sign * parseNumeral(m[2]!);
    const rest = folded.slice(end);
    const u = UNIT_AFTER.exec(rest);
    let unit: UnitKind | undefined;
    if (u) {
      unit = UNIT_BY_WORD.get(u[1]!.replace(/\s+/g, '')) ?? 'other';
      end += u[0].length;
    } else if (/^[a-z]/.test(rest)) unit = 'other';
    out.push({ value, unit, start, end });
  }
  return out;
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

const foldKeys = (r: Readonly<Record<string, number>>) => new Map(Object.entries(r).map(([k, v]) => [fold(k), v]));
const NUMBER_MAP = foldKeys(NUMBER_WORDS);
const TENS_MAP = foldKeys(TENS_WORDS);
const FRACTION_MAP = new Map([...foldKeys(FRACTION_WORDS)].map(([k, v]) => [k.replace(/\s+/g, ' '), v]));
const ONES_ALT = alternation([
  'en',
  'ett',
  'ein',
  'eitt',
  'one',
  ...Object.keys(NUMBER_WORDS).filter((k) => NUMBER_WORDS[k]! >= 2 && NUMBER_WORDS[k]! <= 9),
]);
const TENS_ALT = alternation(Object.keys(TENS_WORDS));
const BASE = `(?:${TENS_ALT})(?:[- ]?(?:${ONES_ALT}))?|${alternation(Object.keys(NUMBER_WORDS))}`;
const HALF = `(?:og|and) (?:a|en|et|ei|eit|ein) (?:halvt|halv|half)`;
const NUMBER_PHRASE = new RegExp(
  `(?<![a-z0-9])(?:(\\d+|${BASE}) ${HALF}|(${alternation(Object.keys(FRACTION_WORDS))})|(${BASE})|(${alternation(ARTICLE_ONE)}))(?![a-z0-9])`,
  'g',
);
const APPROX_RE = new RegExp(`(?<![a-z0-9])(?:${alternation(APPROX_WORDS)})(?![a-z0-9])`, 'g');

/** The value of a base number phrase: digits, "tolv", "tjuefire", "twenty-four". */
function baseValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const direct = NUMBER_MAP.get(s);
  if (direct !== undefined) return direct;
  for (const [tens, tv] of TENS_MAP) {
    if (!s.startsWith(tens)) continue;
    const rest = s.slice(tens.length).replace(/^[- ]/, '');
    if (rest === '') return tv;
    const ones =
      rest === 'en' || rest === 'ett' || rest === 'ein' || rest === 'eitt' || rest === 'one' ? 1 : NUMBER_MAP.get(rest);
    if (ones !== undefined && ones >= 1 && ones <= 9) return tv + ones;
  }
  return undefined;
}

/** The reply without approximation words and punctuation, to see if a number phrase is all of it. */
const bareOf = (folded: string) =>
  folded
    .replace(APPROX_RE, ' ')
    .replace(/[^a-z0-9.\- ]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .trim();

/**
 * Folded text with number words turned into digits, where that is safe: when a unit follows
 * ("tolv timer", "a year", "halvannet år") or the number is the whole reply ("tolv", "twenty").
 * An article ("en", "a") counts as one only before a unit.
 */
export function numberWordsToDigits(folded: string): string {
  const bare = bareOf(folded);
  return folded.replace(
    NUMBER_PHRASE,
    (match: string, halfBase?: string, fraction?: string, base?: string, article?: string, offset?: number) => {
      let value: number | undefined;
      if (halfBase !== undefined) {
        const b = baseValue(halfBase);
        value = b === undefined ? undefined : b + 0.5;
      } else if (fraction !== undefined) value = FRACTION_MAP.get(fraction.replace(/\s+/g, ' '));
      else if (base !== undefined) {
        if (/^\d+$/.test(base)) return match;
        value = baseValue(base);
      } else if (article !== undefined) value = 1;
      if (value === undefined) return match;
      const rest = folded.slice((offset ?? 0) + match.length);
      const unitFollows = UNIT_AFTER.test(rest);
      const whole = article === undefined && bare === match.trim();
      return unitFollows || whole ? String(value) : match;
    },
  );
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
export function parseAmount(text: string, unit: string | undefined): number | undefined {
  const folded = numberWordsToDigits(fold(text));
  if (isBound(folded)) return undefined;
  const qs = findQuantities(folded);
  if (qs.length === 0) {
    return unit !== undefined && TIME_UNITS.has(unit) && ZERO_RE.test(bareOf(folded)) ? 0 : undefined;
  }
  if (qs.some((q) => !Number.isFinite(q.value) || q.unit === 'other')) return undefined;
  if (qs.length === 1) {
    const q = qs[0]!;
    return convert(q.value, q.unit, unit);
  }
  const units = qs.map((q) => q.unit);
  if (units.some((u) => u === undefined) || new Set(units).size !== units.length) return undefined;
  let sum = 0;
  for (const q of qs) {
    const v = convert(q.value, q.unit, unit);
    if (v === undefined) return undefined;
    sum += v;
  }
  return Math.round(sum * 100) / 100;
}

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
