/**
 * A part of a time stated: "20 mnd som styrmann, men bare 8 av dem etter at jeg fikk D4", «hvorav 5
 * mnd etter første D3», «14 månader …, men tre av dei var som dekksgut», and after a decision on 7
 * months on deck, "men 1 av dem var egentlig i maskin". The part said to count after a word of only
 * («bare 8 av dem»), or one in a time after something («… av dem etter at …»), is the time that
 * counts; any other part («tre av dei var som dekksgut») is taken off the whole. Never is the part
 * read as the whole, nor as any other fact (an age of 3 in «3 av mnd var jeg dekksgutt»).
 */
import { alternation, fold, matchesOf } from './normalize.js';
import { convert } from './numbers.js';
import { ALL_FACTS, ruleFacts } from './rule-facts.js';
import type { FactFound } from './free-text.js';
import { SUBSET_WORDS } from './lexicon/discourse.js';
import { ARTICLE_ONE, FACT_LABELS, NUMBER_WORDS as NUMBERS, UNIT_WORDS } from './lexicon/synonyms.js';

/** The time facts (in months or days), by catalogue key. */
const TIME_UNIT = new Map(
  ALL_FACTS.filter((f) => f.unit === 'months' || f.unit === 'days').map((f) => [f.questionKey, f.unit as string]),
);

// «tre av dei», "one of them": a number in words up to nineteen, and «en»/«ein»/«ei» as one.
const NUMBER_WORDS = new Map([
  ...Object.entries(NUMBERS).map(([w, n]) => [fold(w), n] as const),
  ...ARTICLE_ONE.map((w) => [fold(w), 1] as const),
]);
const NUMBER = `(\\d{1,3}|${alternation([...NUMBER_WORDS.keys()])})`;
const ONLY = alternation(SUBSET_WORDS.only);
const UNIT = alternation([...UNIT_WORDS.months, ...UNIT_WORDS.days, ...UNIT_WORDS.years]);
/** «(bare) 8 (mnd) av dem», "(only) 8 of them", «3 av mnd». */
const PART_OF = new RegExp(
  `(?<![a-z0-9])(?:(${ONLY}) )?${NUMBER}(?: (${UNIT}))? (?:${alternation(SUBSET_WORDS.ofThem)})(?![a-z])`,
  'g',
);
/** «hvorav (bare) 5 mnd», "of which 5 months". */
const WHEREOF = new RegExp(
  `(?<![a-z])(?:${alternation(SUBSET_WORDS.whereof)}) (?:(${ONLY}) )?${NUMBER}(?: (${UNIT}))?(?![a-z0-9])`,
  'g',
);
/** After the part: a time after something («etter at jeg fikk D4», "since my first D5") counts. */
const AFTER = new RegExp(`^[^.!?;]{0,30}?(?<![a-z])(?:${alternation(SUBSET_WORDS.after)})(?![a-z])`);
/** "Only" a few words before a part, in its clause («berre var om bord 60 av dagane»). */
const ONLY_BEFORE = new RegExp(`(?<![a-z])(?:${ONLY})(?: [a-z]+){0,4} $`);
const ONLY_LOOK_BACK = 40;
/** After the part: a boat, a length or an officer's position, whose bearing the words cannot settle. */
const UNJUDGED = new RegExp(
  `^[^.!?;]{0,40}?(?:(?<![a-z])(?:${alternation(SUBSET_WORDS.unjudged)})(?![a-z])|\\d+(?:[.,]\\d+)? ?(?:m|meter|metre|meters|metres)(?![a-z]))`,
);
const MONTH_WORDS: ReadonlySet<string> = new Set(UNIT_WORDS.months.map(fold));
/** «hvorav 1 år som lettmatros»: a part in years, counted as months (12 to a year). */
const YEAR_WORDS: ReadonlySet<string> = new Set(UNIT_WORDS.years.map(fold));
const MONTHS_PER_YEAR = 12;

/** A time said in days («1100 dager», "200 days"). */
const DAYS_SAID = new RegExp(`(?<![a-z])(?:${alternation(UNIT_WORDS.days)})(?![a-z])`);
/** «seks av månedene»: a part whose whole is said in months. */
const OF_MONTHS = new RegExp(`(?:${alternation(SUBSET_WORDS.ofMonths)})$`);

/** «halvparten av dem», "half of that time": a part that is half the whole. */
const HALF_OF = new RegExp(`(?<![a-z])(?:(${ONLY}) )?(?:${alternation(SUBSET_WORDS.half)})(?![a-z])`, 'g');

/** A part: so many of the whole (`value`), or a share of it (`share`, with `value` 0). */
type Part = {
  value: number;
  share?: number;
  counts: boolean;
  unit: 'months' | 'days' | undefined;
  start: number;
  end: number;
  /** Said of a boat, a length or an officer's position: neither counted nor taken off. */
  unjudged?: boolean;
};
/** The part's own amount, out of a whole of `whole`. */
const amountOf = (part: Part, whole: number): number => (part.share === undefined ? part.value : whole * part.share);

/** The words «av dem», "of them" alone (the end of every PART_OF): most texts have none, and PART_OF is not run. */
const OF_THEM = new RegExp(`(?:${alternation(SUBSET_WORDS.ofThem)})(?![a-z])`);

function partsIn(folded: string): Part[] {
  const out: Part[] = [];
  for (const re of OF_THEM.test(folded) ? [PART_OF, WHEREOF] : [WHEREOF])
    for (const m of matchesOf(re, folded)) {
      const raw = m[2] ?? '';
      const said = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS.get(raw);
      if (said === undefined) continue;
      const inYears = m[3] !== undefined && YEAR_WORDS.has(m[3]);
      const value = inYears ? said * MONTHS_PER_YEAR : said;
      const end = m.index + m[0].length;
      // The nearer word decides: «7 av dei med brovakt, 40 dagar etter vitnemålet» is said of the
      // bridge watch, not of a time after the diploma.
      const after = AFTER.exec(folded.slice(end))?.[0].length;
      const unjudged = UNJUDGED.exec(folded.slice(end))?.[0].length;
      // («og om eg berre var om bord 60 av dagane?»: "only" a few words before the part, in its clause.)
      const counts =
        m[1] !== undefined ||
        ONLY_BEFORE.test(folded.slice(Math.max(0, m.index - ONLY_LOOK_BACK), m.index)) ||
        (after !== undefined && (unjudged === undefined || after < unjudged));
      const unit =
        m[3] === undefined
          ? OF_MONTHS.test(m[0])
            ? 'months'
            : undefined
          : MONTH_WORDS.has(m[3]) || inYears
            ? 'months'
            : 'days';
      out.push({ value, counts, unit, start: m.index, end, unjudged: !counts && unjudged !== undefined });
    }
  for (const m of matchesOf(HALF_OF, folded)) {
    const end = m.index + m[0].length;
    out.push({
      value: 0,
      share: 0.5,
      counts: m[1] !== undefined || AFTER.test(folded.slice(end)),
      unit: undefined,
      start: m.index,
      end,
    });
  }
  return out;
}

/** After a part, "as" and a position that labels a time fact other than `wholeKey` (FACT_LABELS), if any. */
const SERVED_AS_TIME = [...TIME_UNIT.keys()].flatMap((key) => {
  const labels = FACT_LABELS[key]?.after ?? [];
  return labels.length > 0
    ? [{ key, re: new RegExp(`^(?: (?:var|were|was))? (?:as|som) (?:an? )?(?:${alternation(labels)})(?![a-z])`) }]
    : [];
});
function servedAsOwnTime(after: string, wholeKey: string): string | undefined {
  return SERVED_AS_TIME.find(({ key, re }) => key !== wholeKey && re.test(after))?.key;
}

/** Whether `folded` states a part of a time (its number is no answer of its own: «3 av mnd …»). */
export const statesPart = (folded: string): boolean => partsIn(folded).length > 0;

/**
 * `facts` with each part of a time read: the time it is part of (stated before it in the message,
 * or else the one time of `ruleId` known) takes the part that counts, or loses the part that does
 * not; facts read from the part's own number are dropped. Unchanged when the text states no part.
 */
export function withParts(
  folded: string,
  facts: readonly FactFound[],
  ruleId: string | undefined,
  known: Readonly<Record<string, unknown>>,
  lastAnswered: string | null | undefined,
): FactFound[] {
  const parts = partsIn(folded);
  if (parts.length !== 1) return [...facts];
  const [part] = parts;
  if (!part) return [...facts];
  const rest = facts.filter((f) => f.end <= part.start || f.start >= part.end);
  // "400 days in webcadet, 130 of them after the final diploma": a part its words already name as a
  // fact of its own (the days after the diploma) is that fact, not a part to count or take off.
  // («3 år på dekk i alt, hvorav 1 år som lettmatros»: so is one that names another time than the whole
  // before it — the time as ordinary seaman inside the deck service, never taken off it.)
  const own = facts.filter(
    (f) => TIME_UNIT.has(f.key) && f.start < part.end && f.end > part.start && f.start >= part.start - 1,
  );
  const wholeBefore = facts.filter((w) => TIME_UNIT.has(w.key) && w.end <= part.start).at(-1);
  // "what if 2 of those months were on a 12 m boat?": the whole stays as it was, the part is no fact.
  // (Round 49: a part whose unit is known, «seks av månedene» or «200 av dem» of a whole said in days,
  // keeps the fact its own words name: «1100 dager …, 200 av dem med brovakt» is 200 days of bridge watch.)
  if (part.unjudged) {
    const inDays = wholeBefore !== undefined && DAYS_SAID.test(folded.slice(wholeBefore.start, wholeBefore.end));
    return part.unit !== undefined || inDays ? [...rest, ...own].sort((a, b) => a.start - b.start) : rest;
  }
  // "14 months on deck, 10 of them as lettmatros": a part served in a position that is a time of its
  // own (the months as ordinary seaman) is that time, inside the whole, never taken off it.
  const served = wholeBefore ? servedAsOwnTime(folded.slice(part.end), wholeBefore.key) : undefined;
  if (wholeBefore && served && part.share === undefined) {
    const value = convert(part.value, part.unit, TIME_UNIT.get(served)) ?? part.value;
    return [...rest, { key: served, value, start: part.start, end: part.end }].sort((a, b) => a.start - b.start);
  }
  if (own.length > 0 && (part.counts || (wholeBefore && own.some((f) => f.key !== wholeBefore.key)))) return [...facts];
  const fits = (key: string) => TIME_UNIT.has(key) && (part.unit === undefined || TIME_UNIT.get(key) === part.unit);
  const whole = rest.filter((f) => fits(f.key) && f.end <= part.start && typeof f.value === 'number').at(-1);
  if (whole) {
    const amount = amountOf(part, whole.value as number);
    const value = part.counts ? amount : (whole.value as number) - amount;
    if (value < 0) return rest.filter((f) => f !== whole);
    return rest.map((f) => (f === whole ? { ...f, value, end: part.end } : f));
  }
  // After a decision: the one time of the rule known, or the one answered last.
  const times = ruleId
    ? ruleFacts(ruleId)
        .map((f) => f.questionKey)
        .filter((k) => fits(k) && typeof known[k] === 'number')
    : [];
  const last = ruleId ? ruleFacts(ruleId).find((f) => f.id === lastAnswered)?.questionKey : undefined;
  const key = times.length === 1 ? times[0] : last !== undefined && times.includes(last) ? last : undefined;
  if (key === undefined) return rest;
  const amount = amountOf(part, known[key] as number);
  const value = part.counts ? amount : (known[key] as number) - amount;
  return value < 0
    ? rest
    : [...rest, { key, value, start: part.start, end: part.end }].sort((a, b) => a.start - b.start);
}
