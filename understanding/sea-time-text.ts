/**
 * The sea-time facts a free-text message states: days worked and hours per day ("20 dager à 12
 * timer", «12 timar dagen i 30 dagar», "14 timer x 100 dager", "two hundred days at twelve hours"),
 * a total of hours ("1250 timer totalt", "42 hours, how many sea-time days?") and the sea time
 * wanted when the hours needed are asked («hvor mange timer må jeg ha for 360 dager fartstid»).
 *
 * Read from the quantities of the text (numbers in digits or words, with their units) and the
 * words between them, so a number in words counts as one in digits. A month of sea time is 30
 * days by the rule's own definition (`daysPerMonth`); months worked are never turned into days
 * worked (rotations and days off are unknown), so they leave the days to be asked.
 */
import {
  APPROX_WORDS,
  DAY_WORDS,
  DAYS_ASKED_PHRASES,
  DAYS_AT_HOURS_WORDS,
  DAYS_NEEDED_PHRASES,
  AMOUNT_MISSING_PHRASES,
  EXTRA_HOURS_WORDS,
  HOURS_ASKED_PHRASES,
  HOURS_FOR_DAYS_WORDS,
  HOURS_FOR_DAYS_ONLY_WORDS,
  HOURS_NEEDED_WORDS,
  ON_BOARD_WORDS,
  PER_DAY_WORDS,
  PER_MONTH_WORDS,
  PER_YEAR_WORDS,
  PER_WEEK_WORDS,
  ROTATION_WORDS,
  SPAN_BEFORE_WORDS,
  SEA_TIME_AFTER_WORDS,
  SEA_TIME_COMPARE_FILLERS,
  SEA_TIME_COMPARE_WORDS,
  SEA_TIME_CONVERT_ASKED,
  SEA_TIME_DAY_WORDS,
  SPLIT_DAYS_LINK_WORDS,
  SPLIT_DAYS_WORDS,
  ADDED_PART_WORDS,
  PARTS_TOGETHER_WORDS,
  DAYS_WORKED_WORDS,
  EXTRA_WORK_WORDS,
  HOUR_DAYS_WORDS,
  STOCK_AND_GOAL_WORDS,
  TIMES_WORDS,
  UNIT_WORDS,
  WEEKDAYS_PER_WEEK,
  WEEKDAYS_WORDS,
} from './lexicon/synonyms.js';
import { SEA_TIME_AMOUNT_ASKED } from './lexicon/certificate-words.js';
import { BOTH_ASKED_WORDS, EACH_PERSON_WORDS, OTHER_NUMBER_WORDS, OTHER_SUBJECT_WORDS } from './lexicon/discourse.js';
import { alternation, blankedAll, fold, wholePhrases, matchesOf, words } from './normalize.js';
import { convert, findQuantities, type Quantity } from './numbers.js';
import { EVERY_DAY } from './period.js';
import { type DateHit, findDates } from './dates.js';
import { daysBetween } from '../rules/dates.js';
import { limit } from '../rules/index.js';

/** Proposes fact `key` with `value`, stated at [start, end) of the folded text. */
export type Propose = (key: string, value: unknown, start: number, end: number) => void;

const word = (list: readonly string[]) => `(?:${alternation(list)})`;
const APPROX = `(?:${word(APPROX_WORDS)} ?)?`;
const PER_DAY = `${word(PER_DAY_WORDS)}(?![a-z])`;
const TIMES = `${word(TIMES_WORDS)}`;

/**
 * Between days and hours: "20 dager à 12 timer", "100 days x 12 hours", "20 days, ca 12 hours", "60 days 12 hours",
 * "180 days on board with 12 hour shifts".
 */
const DAYS_THEN_HOURS = new RegExp(
  `^ ?(?:${word(ON_BOARD_WORDS)} ?)?(?:(?:${word(DAYS_AT_HOURS_WORDS)}|${TIMES}) ?)?${APPROX}$`,
);
/** Between hours and days: "12 timer per dag i 20 dager", «12 timar dagen i 30 dagar», "14 timer x 100 dager". */
const HOURS_THEN_DAYS = new RegExp(
  `^ ?(?:${PER_DAY}(?: ?${word(HOURS_FOR_DAYS_WORDS)}(?![a-z]))?|(?:${PER_DAY} ?)?${TIMES}) ?${APPROX}$`,
);
const PER_DAY_NEXT = new RegExp(`^ ?${PER_DAY}`);
const HOURS_IN_A_DAY = 24;
const HOUR_DAYS_NEXT = new RegExp(`^ ?${word(HOUR_DAYS_WORDS)}(?![a-z])`);
/** The words after hours `q` that make them a day's («12 timer per dag», "16 h days"), if any. */
const perDayNext = (folded: string, q: Quantity): RegExpExecArray | null =>
  PER_DAY_NEXT.exec(folded.slice(q.end, q.end + LOOK)) ??
  (q.value <= HOURS_IN_A_DAY ? HOUR_DAYS_NEXT.exec(folded.slice(q.end, q.end + LOOK)) : null);
const HOURS_FOR_DAYS_ONLY = new RegExp(`^ ${word(HOURS_FOR_DAYS_ONLY_WORDS)} $`);
const PER_DAY_ANYWHERE = new RegExp(`(?<![a-z])${PER_DAY}`, 'g');
const PER_WEEK_NEXT = new RegExp(`^,? ?${word(PER_WEEK_WORDS)}(?![a-z])`);
/** «2 t vedlikehold en gang i uka», "2 h maintenance once a week": extra hours that come again each week. */
const EXTRA_WEEKLY_NEXT = new RegExp(
  `^ ?(?:${word(EXTRA_WORK_WORDS)} )?(?:[a-z]+ ){0,2}${word(PER_WEEK_WORDS)}(?![a-z])`,
);
const PER_MONTH_NEXT = new RegExp(`^,? ?${word(PER_MONTH_WORDS)}(?![a-z])`);
/** A year said anywhere ("per year", «på eit år»). */
const PER_YEAR_ANY = new RegExp(`(?<![a-z])${word(PER_YEAR_WORDS)}(?![a-z])`);
/** Days a year ("150 days per year on board"): up to two words may stand between. */
const PER_YEAR_NEXT = new RegExp(`^(?: [a-z]+){0,2},? ?${word(PER_YEAR_WORDS)}(?![a-z])`);
/** Right before extra hours: "plus", "+", and the work they are for («+ vedlikehald 2 t»). */
const EXTRA_BEFORE = new RegExp(`${word(EXTRA_HOURS_WORDS)} ?(?:${word(EXTRA_WORK_WORDS)} )?$`);
/** "… and 2 hours maintenance": hours of extra work on board, named by the work after them. */
const EXTRA_WORK_NEXT = new RegExp(`^ ${word(EXTRA_WORK_WORDS)}(?![a-z])`);
/** A sum written out with its result («… + 2 timer = 42 timer»). */
const SUM_RESULT = /= ?\d/;
const SPAN_UNIT = word([...UNIT_WORDS.days, ...UNIT_WORDS.weeks]);
/** A span of a rotation: «14», «14 dagar», "2 weeks", "two weeks" (a count in words only with its unit). */
const SPAN = `(?:\\d+(?: ?${SPAN_UNIT})?|[a-z]+ ${SPAN_UNIT})`;
/** «14 dagar på og 14 av», "2 weeks on 2 weeks off", «14/14-turnus»: a rotation, not days worked. */
/** A time off said ("2 weeks off", «så 2 veker fri»). */
const TIME_OFF = new RegExp(`(?<![a-z0-9])${SPAN} ${word(ROTATION_WORDS.off)}(?![a-z])`);
/** «14/14», «21/21»: a rotation written as two equal counts of days (never a date: no month 13 or more). */
const EQUAL_ROTATION = /(?<![\d/.])(1[3-9]|2\d|3\d) ?\/ ?\1(?![\d/.])/;
/** Whether `folded` says a rotation («7 on 7 off», «14/14-turnus», «14/14»): not every day of a period was worked. */
export const rotationSaid = (folded: string): boolean => {
  ROTATION.lastIndex = 0;
  return ROTATION.test(folded) || EQUAL_ROTATION.test(folded);
};
const ROTATION = new RegExp(
  `(?<![a-z0-9])(?:${SPAN} ${word(ROTATION_WORDS.on)}(?: ?(?:og|and|,|/|-|–))? ?${SPAN} ${word(ROTATION_WORDS.off)}|\\d+ ?[/-] ?\\d+(?:[ -]?${word(ROTATION_WORDS.named)}))(?![a-z])`,
  'g',
);

/** Monday to Friday named: five working days in each week of the span. */
const WEEKDAYS = wholePhrases(WEEKDAYS_WORDS);

/** Right before a time that is the span worked in: «i løpet av (4) uker». */
const SPAN_BEFORE = new RegExp(`(?<![a-z0-9])${word(SPAN_BEFORE_WORDS)} $`);
/** «hvor mye fartstid blir 100 dager?»: the sea time of a number of days asked. */
const AMOUNT_ASKED = wholePhrases(SEA_TIME_AMOUNT_ASKED);

/** Right before an amount compared with: «holder det til (minst) ». */
const COMPARED_BEFORE = new RegExp(
  `(?<![a-z0-9])${word(SEA_TIME_COMPARE_WORDS)} (?:${word(SEA_TIME_COMPARE_FILLERS)} )?(?:${APPROX})$`,
);
const DAY_WORD_SET: ReadonlySet<string> = new Set(DAY_WORDS.map(fold));
const DAYS_ASKED = new RegExp(`(?<![a-z0-9])${word(DAYS_ASKED_PHRASES)}(?![a-z0-9])`, 'g');
/** "vacation days", "days of leave", «dager fri»: days away, never days worked on board. */
const DAYS_AWAY = new RegExp(
  `(?<![a-z0-9])(?:${word(OTHER_NUMBER_WORDS.absence)} ${word(DAY_WORDS)}|${word(DAY_WORDS)} (?:of )?${word(OTHER_NUMBER_WORDS.absence)})(?![a-z0-9])`,
  'g',
);
const HOURS_ASKED = new RegExp(`(?<![a-z0-9])${word(HOURS_ASKED_PHRASES)}(?![a-z0-9])`);
const HOURS_NEEDED = new RegExp(`(?<![a-z0-9])${word(HOURS_NEEDED_WORDS)}(?![a-z0-9])`);
/** «hvor mange dager må jeg jobbe», "how many calendar days do I need": the days on board asked. */
const DAYS_NEEDED = new RegExp(`(?<![a-z0-9])${word(DAYS_NEEDED_PHRASES)}(?![a-z0-9])`);
const AMOUNT_MISSING = new RegExp(`(?<![a-z0-9])${word(AMOUNT_MISSING_PHRASES)}(?![a-z0-9])`);
/** After the wanted sea time: "dager fartstid", "months of sea time". */
const SEA_TIME_NEXT = new RegExp(`^ ?${word(SEA_TIME_AFTER_WORDS)}(?![a-z0-9])`);
/** After a bare number: "360 fartstidsdagar", "360 sea-time days". */
const SEA_TIME_DAYS_NEXT = new RegExp(`^ ?${word(SEA_TIME_DAY_WORDS)}(?![a-z0-9])`);
/**
 * «hvor mange dager à 12 timer», "how many days at 12 h": hours right after a day word with no number
 * before it are the hours of each of the days asked («200 dagar à 12 timar» are days worked).
 */
const AT_HOURS_BEFORE = new RegExp(`(?<![0-9] ?)(?<![a-z0-9])${word(DAY_WORDS)} (?:${word(DAYS_AT_HOURS_WORDS)}) ?$`);
/** "… for 360 dager", "to get 360 days", «for å få 360 dagar». */
const FOR_BEFORE =
  /(?<![a-z0-9])(?:for|til|to get|for a fa|a fa|to reach|to have|til jeg har|til eg har|until i have|till i have) $/;
/** Calendar days named («kalenderdagar», "calendar days"). */
const CALENDAR_DAYS = /(?<![a-z])(?:kalenderdager|kalenderdagar|calendar days)(?![a-z])/;
/** "makes", «blir» right before a time asked in days on board («kor mange kalenderdagar blir 12 mnd»). */
const BECOMES_BEFORE = /(?<![a-z])(?:blir|vert|becomes|makes|is|er) $/;
const SUM_NEXT = /^ ?(?:\+|=|pluss?)/;
const SUM_BEFORE = /(?:\+|=|pluss?) ?$/;
const TIME_UNITS: ReadonlySet<string | undefined> = new Set(['days', 'weeks', 'months', 'years']);
const LOOK = 40;
/** How far before an amount its comparison words may start. */
const LOOK_BACK = 40;

/**
 * «60 timer per uke», "180 hours a month": hours of a week or a month are neither a day's hours nor
 * the total of the time worked (a week's hours are a day's only beside the weekdays worked, as seed
 * 002 writes «2 timer i uken (mandag – fredag)»).
 */
/** One part of a split time: a count of days, then its hours a day («150 of those days was 12 h»). */
const SPLIT_PART = new RegExp(
  `(?<![a-z0-9.,])(\\d+) (?:(?:${alternation([...SPLIT_DAYS_WORDS.of, ...SPLIT_DAYS_WORDS.more])}) )?(?:(?:${alternation(UNIT_WORDS.days)})(?: (?:${alternation(SPLIT_DAYS_WORDS.moreAfter)}))?(?: (?:${alternation(SEA_TIME_AFTER_WORDS)}))?(?: (?:${alternation(SPLIT_DAYS_LINK_WORDS)}))?|(?:${alternation(SPLIT_DAYS_LINK_WORDS)}))(?: (?:${alternation(SPLIT_DAYS_WORDS.only)}))? (\\d+(?:[.,]\\d+)?) ?(?:${alternation(UNIT_WORDS.hours)})(?![a-z])`,
  'g',
);

/** «14 h per day for 100 days»: a part said hours a day first, then its days. */
const SPLIT_PART_HOURS_FIRST = new RegExp(
  `(?<![a-z0-9.,])(\\d+(?:[.,]\\d+)?) ?(?:${alternation(UNIT_WORDS.hours)}) ${PER_DAY} (?:for|i|in|x|×) (\\d+) (?:${alternation(UNIT_WORDS.days)})(?![a-z])`,
  'g',
);

/** One part of a split time: its days, its hours a day, and where it is said. */
type Part = { days: number; perDay: number; start: number; end: number };

/** The parts of a time with their own hours a day, days first or hours first, in the order said. */
/**
 * "10/1/2026-20/3/2026 with 12h per day": a period and its hours a day, a part of its calendar days
 * at those hours (every day worked, as a part's days are). Dates of a year said only.
 */
const PERIOD_BETWEEN = /^ ?(?:-|–|til|to|until|till) ?$/;
const PERIOD_HOURS_NEXT = new RegExp(
  `^,? ?(?:(?:with|at|på|pa|med|a|à) )?(\\d{1,2}(?:[.,]\\d)?) ?(?:${alternation(UNIT_WORDS.hours)})(?![a-z])(?: (?:per|a|pr|om|i) (?:day|dag|dagen|dogn))?`,
);
function periodParts(folded: string, today: string): { parts: Part[]; dates: DateHit[] } {
  const dates = findDates(folded, today).filter((h) => h.iso !== undefined && !h.relative && !h.yearInferred);
  const parts: Part[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const [from, to] = [dates[i] as DateHit, dates[i + 1] as DateHit];
    if (!from.iso || !to.iso || !PERIOD_BETWEEN.test(folded.slice(from.end, to.start))) continue;
    const m = PERIOD_HOURS_NEXT.exec(folded.slice(to.end, to.end + LOOK));
    const days = daysBetween(from.iso, to.iso) + 1;
    if (!m || days < 1) continue;
    parts.push({ days, perDay: Number((m[1] ?? '').replace(',', '.')), start: from.start, end: to.end + m[0].length });
    i++;
  }
  return { parts, dates };
}

function partsOf(folded: string, today?: string): Part[] {
  // (The numbers of dates are no days: «… 20/3/2026 with 12h» is never 2026 days.)
  const periods = today ? periodParts(folded, today) : { parts: [], dates: [] };
  const read = periods.dates.length > 0 ? blankedAll(folded, periods.dates) : folded;
  return [...periods.parts, ...countedParts(read)].sort((a, b) => a.start - b.start);
}

function countedParts(folded: string): Part[] {
  const daysFirst = matchesOf(SPLIT_PART, folded).map((m) => ({
    days: Number(m[1]),
    perDay: Number((m[2] ?? '').replace(',', '.')),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hoursFirst = matchesOf(SPLIT_PART_HOURS_FIRST, folded)
    .map((m) => ({
      days: Number(m[2]),
      perDay: Number((m[1] ?? '').replace(',', '.')),
      start: m.index,
      end: m.index + m[0].length,
    }))
    .filter((p) => !daysFirst.some((d) => p.start < d.end && p.end > d.start));
  return [...daysFirst, ...hoursFirst].sort((a, b) => a.start - b.start);
}

/** "… my brother 60 days 8 h. how much each?": parts that are two people's. */
const TWO_PEOPLES = wholePhrases([...BOTH_ASKED_WORDS, ...OTHER_SUBJECT_WORDS.person, ...EACH_PERSON_WORDS]);

/** «… 10 dagar til på 8 timar», "also 10 more days at 8 h": a part said to come on top of the time known. */
const ADDED_PART = new RegExp(`(?<![a-z])(?:${alternation(ADDED_PART_WORDS)})(?![a-z])`);

/**
 * A time split in parts with their own hours a day ("150 of those days was 12 h and 50 days was 6 h"):
 * the days and the hours of all parts together, with where they are said; undefined for fewer than
 * two parts. (One figure of days and one of hours from it would count the parts wrong.)
 */
export function splitSeaTime(
  folded: string,
  known: Readonly<Record<string, unknown>> = {},
  today?: string,
): { days?: number; hours: number; start: number; end: number } | undefined {
  const parts = partsOf(folded, today);
  // (Two people's parts are never one total: each is asked, one at a time.)
  if (parts.length > 1 && TWO_PEOPLES.test(folded)) return undefined;
  // "also 10 more days at 8 h on the same boat" after 30 days at 12 h: a part added to the time known.
  const [one] = parts;
  if (
    parts.length === 1 &&
    one &&
    ADDED_PART.test(folded) &&
    typeof known.days === 'number' &&
    typeof known.hoursPerDay === 'number'
  )
    return {
      days: known.days + one.days,
      hours: known.days * known.hoursPerDay + one.days * one.perDay,
      start: one.start,
      end: one.end,
    };
  const alone = parts.length > 0 && PARTS_TOGETHER.test(folded) ? hoursAlone(folded, parts) : [];
  // («… pluss 2 timer vedlikehold hver uke»: hours each week are no one lot on top; see `readStated`.)
  if (alone.some((q) => EXTRA_WEEKLY_NEXT.test(folded.slice(q.end, q.end + LOOK)))) return undefined;
  const hours = parts.reduce((sum, p) => sum + p.days * p.perDay, 0);
  const start = Math.min(...parts.map((p) => p.start), ...alone.map((q) => q.start));
  const end = Math.max(...parts.map((p) => p.end), ...alone.map((q) => q.end));
  // «300 timer fra én båt og 40 dager på 6 timer fra en annen, totalt?»: the hours of one part and the
  // days at hours of another, together (the days of the hours alone are not told, so none are given).
  if (alone.length > 0) return { hours: hours + alone.reduce((sum, q) => sum + q.value, 0), start, end };
  if (parts.length < 2) return undefined;
  return { days: parts.reduce((sum, p) => sum + p.days, 0), hours, start, end };
}

const PARTS_TOGETHER = new RegExp(`(?<![a-z])(?:${alternation(PARTS_TOGETHER_WORDS)})(?![a-z])`);

/** Hours said alone, outside the parts `parts` (never a day's, a week's or a month's hours, or a range). */
function hoursAlone(folded: string, parts: readonly Part[]): Quantity[] {
  return findQuantities(folded).filter(
    (q) =>
      q.unit === 'hours' &&
      !q.range &&
      !parts.some((p) => q.start < p.end && q.end > p.start) &&
      !PER_DAY_NEXT.test(folded.slice(q.end, q.end + LOOK)) &&
      !hoursOfWeekOrMonth(folded, q),
  );
}

/** "4 days a week", «4 dager i uka»: a count of days said per week (never the days worked in all). */
export const daysOfWeek = (folded: string, end: number): boolean => PER_WEEK_NEXT.test(folded.slice(end, end + LOOK));
/** "count 365 days per year", «200 dagar i året»: a count of days said per year. */
const PER_YEAR_AFTER = new RegExp(`^,? ?${word(PER_YEAR_WORDS)}(?![a-z])`);
export const daysOfYear = (folded: string, end: number): boolean => PER_YEAR_AFTER.test(folded.slice(end, end + LOOK));

export function hoursOfWeekOrMonth(folded: string, q: Quantity): boolean {
  if (q.unit !== 'hours') return false;
  const after = folded.slice(q.end, q.end + LOOK);
  return PER_MONTH_NEXT.test(after) || (PER_WEEK_NEXT.test(after) && !WEEKDAYS.test(folded));
}

/** Whether the text names days other than as the unit asked for or days away (a day word, or a time quantity). */
function mentionsDays(folded: string, qs: readonly Quantity[]): boolean {
  if (qs.some((q) => TIME_UNITS.has(q.unit))) return true;
  // "max hours per day …": a day word that says "each day" names no days worked.
  const rest = folded.replace(DAYS_ASKED, ' ').replace(PER_DAY_ANYWHERE, ' ').replace(DAYS_AWAY, ' ');
  return rest.split(/[^a-z0-9]+/).some((w) => DAY_WORD_SET.has(w));
}

const CONVERT_ASKED: readonly { unit: 'months' | 'days' | 'hours'; re: RegExp }[] = [
  { unit: 'months', re: new RegExp(`(?<![a-z0-9])${word(SEA_TIME_CONVERT_ASKED.months)}(?![a-z0-9])`, 'g') },
  { unit: 'days', re: new RegExp(`(?<![a-z0-9])${word(SEA_TIME_CONVERT_ASKED.days)}(?![a-z0-9])`, 'g') },
  { unit: 'hours', re: new RegExp(`(?<![a-z0-9])${word(HOURS_ASKED_PHRASES)}(?![a-z0-9])`, 'g') },
];
/** Most words between a sea time and the unit it is asked in ("6 months is how many hours", «8 måneder, hvor mange timer»): one, so "6 months at sea, how many hours do I need for D5?" asks no conversion. */
const CONVERT_GAP_WORDS = 1;

/**
 * "how many months is 500 sea-time days?", «14 månader fartstid, kor mange dagar er det?», "and 6
 * months is how many hours?": the one sea time of the text, asked right beside it in another unit (a
 * month of sea time is 30 days). Months are sea time whatever follows them (months worked are never
 * days worked, see above); days only when said to be sea time, since days worked on board are not
 * sea-time days (the hours a day decide those): "how many months is 200 days on board?" is no
 * conversion.
 */
function convertedSeaTime(folded: string, qs: readonly Quantity[]): { q: Quantity; days: number } | undefined {
  const [q] = qs;
  if (q === undefined || qs.length !== 1 || q.range) return undefined;
  const after = folded.slice(q.end, q.end + LOOK);
  const said = SEA_TIME_NEXT.exec(after) ?? SEA_TIME_DAYS_NEXT.exec(after);
  const unit = q.unit ?? (SEA_TIME_DAYS_NEXT.test(after) ? 'days' : undefined);
  if (unit !== 'months' && !(unit === 'days' && said)) return undefined;
  const end = q.end + (said?.[0].length ?? 0);
  const near = (from: number, to: number) => from <= to && words(folded.slice(from, to)).length <= CONVERT_GAP_WORDS;
  const asked = CONVERT_ASKED.filter(
    (a) =>
      a.unit !== unit &&
      matchesOf(a.re, folded).some((m) => near(end, m.index) || near(m.index + m[0].length, q.start)),
  );
  if (asked.length !== 1) return undefined;
  const days = convert(q.value, unit, 'days');
  return days === undefined ? undefined : { q, days };
}

/** The sea time wanted when the hours needed for it are asked, in days (undefined when not asked so). */
function targetDays(folded: string, qs: readonly Quantity[]): { q: Quantity; days: number } | undefined {
  const converted = convertedSeaTime(folded, qs);
  if (converted) return converted;
  // («og kor mange fleire månader til 12 mnd?»: how much more, the unit left to what follows.)
  const needed = HOURS_NEEDED.test(folded) || MORE_SAID.test(folded);
  // «200 dagar à 12 timar. Kor mange dagar manglar eg til 365?»: the days still needed beside those stated.
  const daysAsked = needed && (DAYS_NEEDED.test(folded) || AMOUNT_MISSING.test(folded));
  // (Hours a day beside it are no hours stated: «kor mange timar må eg jobbe for å få 180 dagar fartstid
  // med 12 timar dagleg?» asks the hours for 180 sea-time days.)
  const hoursStated = qs.some((q) => q.unit === 'hours' && !PER_DAY_NEXT.test(folded.slice(q.end, q.end + LOOK)));
  if (!daysAsked && !MORE_SAID.test(folded) && (!HOURS_ASKED.test(folded) || hoursStated)) return undefined;
  const targets = qs.filter((q) => {
    if (q.range) return false;
    const after = folded.slice(q.end, q.end + LOOK);
    const wantedFor = FOR_BEFORE.test(folded.slice(Math.max(0, q.start - 14), q.start));
    // «kor mange dagar manglar eg til 180?»: a bare number the days still missing reach.
    if (q.unit === undefined) return SEA_TIME_DAYS_NEXT.test(after) || (daysAsked && wantedFor);
    if (!TIME_UNITS.has(q.unit)) return false;
    // «hvor mange timer til jeg har 12 måneder?»: the hours asked for a time wanted.
    return SEA_TIME_NEXT.test(after) || ((needed || HOURS_ASKED.test(folded)) && wantedFor);
  });
  const [q] = targets;
  if (q === undefined || targets.length > 1) return undefined;
  const days = convert(q.value, q.unit ?? 'days', 'days');
  return days === undefined ? undefined : { q, days };
}

/**
 * Days, hours per day, total hours and the sea time wanted, from the quantities `qs` of `folded`
 * (none of them a bound: "over 20 dager" is not 20 days). Two adjacent quantities make a pair only
 * with the words between them that say so. `totals` are the hours labelled a total ("1250 timer
 * totalt"); a lone number of hours is the total too when the text names no days worked.
 */
export function readSeaTime(
  propose: Propose,
  folded: string,
  said: readonly Quantity[],
  totals: readonly Quantity[],
): void {
  const qs = hoursAfterTime(folded, said);
  if (hoursAtRate(propose, folded, qs)) return;
  if (stockAndGoal(propose, folded, qs)) return;
  if (daysNeeded(propose, folded, qs)) return;
  const rotations = matchesOf(ROTATION, folded).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // «14 t dagleg i 2 veker, så 2 veker fri. kor mykje fartstid på eit år?»: a year of rotations is
  // not one period on; the days worked in the year are asked, never the two weeks taken for them.
  const yearOfRotations = (rotations.length > 0 || TIME_OFF.test(folded)) && PER_YEAR_ANY.test(folded);
  const all = qs.filter(
    (q) =>
      !q.range &&
      !(yearOfRotations && (q.unit === 'days' || q.unit === 'weeks')) &&
      Number.isFinite(q.value) &&
      !rotations.some((r) => q.start < r.end && q.end > r.start) &&
      !hoursOfWeekOrMonth(folded, q) &&
      !(q.unit === 'days' && PER_YEAR_NEXT.test(folded.slice(q.end, q.end + LOOK))),
  );
  // "2100 hours, is that 12 months?": the amount compared with is the sea time wanted.
  const compared = all.filter(
    (q, i) =>
      i > 0 &&
      q.unit !== undefined &&
      q.unit !== 'hours' &&
      TIME_UNITS.has(q.unit) &&
      COMPARED_BEFORE.test(folded.slice(Math.max(0, q.start - LOOK_BACK), q.start)),
  );
  const target = compared.length === 1 ? compared[0] : undefined;
  const wanted = target ? convert(target.value, target.unit, 'days') : undefined;
  if (target && wanted !== undefined) propose('targetDays', wanted, target.start, target.end);
  // "42 hours over four weeks": the weeks are when, not how many days were worked.
  const spans = all.filter(
    (q) =>
      q.unit !== 'hours' &&
      TIME_UNITS.has(q.unit) &&
      SPAN_BEFORE.test(folded.slice(Math.max(0, q.start - LOOK_BACK), q.start)),
  );
  const kept = all.filter((q) => !spans.includes(q));
  const stated = target && wanted !== undefined ? kept.filter((q) => q !== target) : kept;
  const readable = weekdaysWorked(folded, all, stated);
  // Their words are blanked too: «360 dagar» asked about names no days worked.
  const text = blankedAll(folded, [...spans, ...(target && wanted !== undefined ? [target] : [])]);
  readStated(propose, text, readable, totals);
}

/**
 * «ca 42 timar i mnd, i 3 månader», "20 hours a week for 6 weeks": hours a month (a week) for so many
 * months (weeks) are their product in hours on board (seed 002 adds up the hours of each week),
 * proposed as the total; never the months as sea time wanted. Hours a week for months, or a month for
 * weeks, give no exact total: nothing is read (the sea time asked is asked for again). True when the
 * text states hours so.
 */
function hoursAtRate(propose: Propose, folded: string, qs: readonly Quantity[]): boolean {
  const rates = qs.filter((q) => hoursOfWeekOrMonth(folded, q) && !q.range);
  const [rate] = rates;
  if (!rate || rates.length !== 1 || qs.some((q) => q.unit === 'hours' && q !== rate)) return false;
  const unit = PER_MONTH_NEXT.test(folded.slice(rate.end, rate.end + LOOK)) ? 'months' : 'weeks';
  const spans = qs.filter((q) => q !== rate && q.unit !== undefined && TIME_UNITS.has(q.unit));
  const [span] = spans;
  if (spans.length !== 1 || !span || span.range || qs.some((q) => q.unit === 'days')) return spans.length > 0;
  if (span.unit !== unit) return true;
  propose('totalHours', rate.value * span.value, Math.min(rate.start, span.start), Math.max(rate.end, span.end));
  return true;
}

/**
 * "3 months at 12", «20 dagar à 12»: a time, then "at" right before a bare number (not "with" or "of":
 * "a month with 22 working days" counts days).
 */
const TIME_AT_WORDS = DAYS_AT_HOURS_WORDS.filter((w) => !['of', 'med', 'with'].includes(w));
const TIME_AT_BEFORE = new RegExp(
  `(?<![a-z])${word([...UNIT_WORDS.days, ...UNIT_WORDS.weeks, ...UNIT_WORDS.months])} (?:${word(TIME_AT_WORDS)}) $`,
);
/**
 * Round 56 (english56): "ok back to my case, 3 months at 12": a bare number no greater than a day's
 * hours, right after a time and "at", is the hours of each of its days.
 */
function hoursAfterTime(folded: string, qs: readonly Quantity[]): readonly Quantity[] {
  return qs.map((q) =>
    q.unit === undefined &&
    !q.range &&
    q.value > 0 &&
    q.value <= HOURS_IN_A_DAY &&
    (TIME_AT_BEFORE.test(folded.slice(Math.max(0, q.start - LOOK_BACK), q.start)) ||
      // ("sorry, the hours were 15 per day, not 10": the hours named, then the number, then "per day".)
      (HOURS_WERE_BEFORE.test(folded.slice(Math.max(0, q.start - LOOK_BACK), q.start)) &&
        PER_DAY_NEXT.test(folded.slice(q.end, q.end + LOOK))))
      ? { ...q, unit: 'hours' as const }
      : q,
  );
}
/** The hours named right before a number ("the hours were", «timane var», «timene er»). */
const HOURS_WERE_BEFORE =
  /(?<![a-z])(?:hours|timer|timar|timene|timane|arbeidstimer|arbeidstimar) (?:were|was|are|is|var|er|blir|vart|ble)(?: (?:really|actually|faktisk|eigentleg|egentlig))? $/;

/** How near after days their hours stand to be theirs ("150 days at 12 hours"). */
const HOURS_WITH_DAYS_REACH = 8;
const HAD_BEFORE = new RegExp(`(?<![a-z])${word(STOCK_AND_GOAL_WORDS.had)} $`);
const WANTED_BEFORE = new RegExp(`(?<![a-z])${word(STOCK_AND_GOAL_WORDS.wanted)} $`);
/** What more is asked: the days or hours still to go («hvor mange dager til», "how many more hours"). */
const MORE_SAID = new RegExp(`(?<![a-z0-9])${word(STOCK_AND_GOAL_WORDS.more)}(?![a-z0-9])`);
const MORE_ASKED = new RegExp(
  `(?<![a-z0-9])(?:${word(DAYS_NEEDED_PHRASES)}|${word(HOURS_ASKED_PHRASES)}|${word(HOURS_NEEDED_WORDS)}|${word(STOCK_AND_GOAL_WORDS.more)})(?![a-z0-9])`,
);

/**
 * Sea time had and sea time wanted («jeg trenger 360 fartstidsdager, har 200. hvor mange dager til med
 * 12 timer?», "I have 1500 hours. How many more hours to reach 360 days?"): the sea-time days had (or
 * the hours had, a total), the sea time wanted, and the hours a day said beside them. Returns true
 * when the text says both and asks what is still to go.
 */
function stockAndGoal(propose: Propose, folded: string, qs: readonly Quantity[]): boolean {
  if (!MORE_ASKED.test(folded)) return false;
  const before = (q: Quantity) => folded.slice(Math.max(0, q.start - LOOK_BACK), q.start);
  const timeOrBare = (q: Quantity) => !q.range && (q.unit === undefined || TIME_UNITS.has(q.unit));
  const had = qs.filter((q) => HAD_BEFORE.test(before(q)) && (timeOrBare(q) || q.unit === 'hours'));
  const wanted = qs.filter((q) => !had.includes(q) && timeOrBare(q) && WANTED_BEFORE.test(before(q)));
  const [stock] = had;
  const [goal] = wanted;
  if (had.length !== 1 || wanted.length !== 1 || !stock || !goal) return false;
  // "I have 150 days at 12 hours": days worked, not sea-time days had (read with their hours elsewhere).
  const after = folded.slice(stock.end, stock.end + LOOK);
  const seaTimeSaid = SEA_TIME_NEXT.test(after) || SEA_TIME_DAYS_NEXT.test(after);
  // «treng 360 dagar fartstid. har 210 dagar»: days had beside sea time wanted are sea time too.
  const goalAfter = folded.slice(goal.end, goal.end + LOOK);
  // (Not days said with their hours: "I have 150 days at 12 hours" are days worked.)
  const withHours = qs.some(
    (q) => q.unit === 'hours' && q.start >= stock.end && q.start - stock.end <= HOURS_WITH_DAYS_REACH,
  );
  const goalSeaTime = (SEA_TIME_NEXT.test(goalAfter) || SEA_TIME_DAYS_NEXT.test(goalAfter)) && !withHours;
  // "have 100 days need 180, 14 hours per day": days had beside days needed, neither said with hours of
  // its own, are alike sea-time days.
  const likeGoal = (goal.unit === undefined || goal.unit === stock.unit) && !withHours;
  if (stock.unit !== undefined && stock.unit !== 'hours' && !seaTimeSaid && !goalSeaTime && !likeGoal) return false;
  const goalDays = convert(goal.value, goal.unit ?? 'days', 'days');
  if (goalDays === undefined) return false;
  propose('targetDays', goalDays, goal.start, goal.end);
  if (stock.unit === 'hours') propose('totalHours', stock.value, stock.start, stock.end);
  else {
    const days = convert(stock.value, stock.unit ?? 'days', 'days');
    if (days !== undefined) propose('seaTimeDaysHad', days, stock.start, stock.end);
  }
  // «med 12 timer», "at 10h", «8 timers dager», "10 hours per day": the one other number of hours
  // (said twice alike: "10 hours per day. How many more days at 10h …?").
  const perDay = qs.filter((q) => q.unit === 'hours' && q !== stock);
  const [hours] = perDay;
  if (hours && perDay.every((q) => q.value === hours.value))
    propose('hoursPerDay', hours.value, hours.start, hours.end);
  return true;
}

/**
 * "I need 360 days of sea time. I work 12 h a day. How many calendar days do I need?": the days on
 * board asked for a sea time wanted at so many hours a day. Proposes the sea time wanted and the hours
 * a day (never the 360 as days worked) and returns true; false when the text does not ask so.
 */
function daysNeeded(propose: Propose, folded: string, qs: readonly Quantity[]): boolean {
  // (Calendar days asked say it without a verb of needing: «kor mange kalenderdagar blir 12 mnd?».)
  if (!DAYS_NEEDED.test(folded) || !(HOURS_NEEDED.test(folded) || CALENDAR_DAYS.test(folded))) return false;
  const perDay = qs.filter(
    (q) =>
      q.unit === 'hours' &&
      (PER_DAY_NEXT.test(folded.slice(q.end, q.end + LOOK)) ||
        AT_HOURS_BEFORE.test(folded.slice(Math.max(0, q.start - LOOK_BACK), q.start))),
  );
  const targets = qs.filter(
    (q) =>
      !q.range &&
      // "for 365 fartstidsdagar": a bare number of sea-time days.
      ((q.unit === undefined && SEA_TIME_DAYS_NEXT.test(folded.slice(q.end, q.end + LOOK))) ||
        (q.unit !== undefined &&
          q.unit !== 'hours' &&
          TIME_UNITS.has(q.unit) &&
          (SEA_TIME_NEXT.test(folded.slice(q.end, q.end + LOOK)) ||
            FOR_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start)) ||
            // («kor mange kalenderdagar blir 12 mnd då?»: the days on board that a time of sea time makes.)
            BECOMES_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start))))),
  );
  const [hours] = perDay;
  const [target] = targets;
  if (perDay.length !== 1 || targets.length !== 1 || !hours || !target) return false;
  // "I have 150 days at 12 hours. How many more days at 12 hours …?": days worked are stated beside
  // the ones asked; they are read with their hours, and the days still needed counted from them.
  if (qs.some((q) => q.unit === 'days' && q !== target && !q.range)) return false;
  const days = convert(target.value, target.unit, 'days');
  if (days === undefined) return false;
  propose('targetDays', days, target.start, target.end);
  propose('hoursPerDay', hours.value, hours.start, hours.end);
  // "I have 800 hours on board. How many days more … for 360 days at 8 hours per day?": the hours
  // had so far are the total the days still needed are counted from.
  const had = qs.filter((q) => q.unit === 'hours' && q !== hours && !q.range);
  const [total] = had;
  if (had.length === 1 && total) propose('totalHours', total.value, total.start, total.end);
  return true;
}

/**
 * "2 hours a day mon-fri … over 4 weeks": Monday to Friday over a number of weeks are the days
 * worked (5 a week), and a day named after hours on top ("plus 2 hours maintenance one day") is no
 * day count of its own. Unchanged when the text names no weekdays; without exactly one number of
 * weeks, the days are left to be asked.
 */
function weekdaysWorked(folded: string, all: readonly Quantity[], stated: readonly Quantity[]): readonly Quantity[] {
  if (!WEEKDAYS.test(folded)) return stated;
  const weeks = all.filter((q) => q.unit === 'weeks');
  const [span] = weeks;
  const extraDays = (q: Quantity) =>
    q.unit === 'days' &&
    stated.some(
      (h) =>
        h.unit === 'hours' &&
        h.end <= q.start &&
        q.start - h.end <= LOOK &&
        EXTRA_BEFORE.test(folded.slice(Math.max(0, h.start - 20), h.start)),
    );
  // Without the weeks, the days worked are asked: never a day on top read as the days worked.
  if (weeks.length !== 1 || !span || !Number.isInteger(span.value)) return stated.filter((q) => !extraDays(q));
  const days: Quantity = { ...span, value: span.value * WEEKDAYS_PER_WEEK, unit: 'days' };
  return [...stated.filter((q) => q !== span && q.unit !== 'weeks' && !extraDays(q) && q.unit !== 'days'), days].sort(
    (a, b) => a.start - b.start,
  );
}

/** `readSeaTime` on the quantities left once rotations, spans and an amount compared with are taken out. */
function readStated(
  propose: Propose,
  folded: string,
  readable: readonly Quantity[],
  totals: readonly Quantity[],
): void {
  // A sum written out ("2 timer x 20 dager + 2 timer = 42 timer"): its result is the total.
  const result = readable.find(
    (q) => q.unit === 'hours' && /= ?$/.test(folded.slice(Math.max(0, q.start - 3), q.start)),
  );
  if (result && totals.length === 0) {
    propose('totalHours', result.value, result.start, result.end);
    return;
  }
  const perWeek = readable.filter((q) => q.unit === 'days' && PER_WEEK_NEXT.test(folded.slice(q.end, q.end + LOOK)));
  const extra =
    totals.length === 0
      ? readable.filter(
          (q) =>
            q.unit === 'hours' &&
            (EXTRA_BEFORE.test(folded.slice(Math.max(0, q.start - 20), q.start)) ||
              EXTRA_WORK_NEXT.test(folded.slice(q.end, q.end + LOOK))),
        )
      : [];
  if (perWeek.length === 0 && extra.length === 0) {
    readDaysAndHours(propose, folded, readable, totals);
    return;
  }
  // "4 days a week, for 10 weeks" is 40 days; days a week without the weeks are no days worked.
  // Hours on top of days × hours ("plus 2 hours maintenance") make a total, as the seed counts it.
  const found = new Map<string, { value: number; start: number; end: number }>();
  const rest = readable.filter((q) => !extra.includes(q) && (perWeek.length === 0 || q.unit !== 'days'));
  readDaysAndHours(
    (key, value, start, end) => {
      if (typeof value === 'number') found.set(key, { value, start, end });
    },
    folded,
    rest.filter((q) => perWeek.length === 0 || q.unit !== 'weeks'),
    totals,
  );
  if (perWeek.length > 0) {
    found.delete('days');
    const weeks = readable.filter((q) => q.unit === 'weeks');
    const [days, span] = [perWeek[0], weeks[0]];
    if (perWeek.length === 1 && weeks.length === 1 && days && span)
      found.set('days', {
        value: days.value * span.value,
        start: Math.min(days.start, span.start),
        end: Math.max(days.end, span.end),
      });
  }
  const days = found.get('days');
  const perDay = found.get('hoursPerDay');
  if (extra.length > 0) {
    // (Extra hours each week are never one lot on top: how many weeks and days is asked.)
    if (!days || !perDay || extra.some((q) => EXTRA_WEEKLY_NEXT.test(folded.slice(q.end, q.end + LOOK)))) return;
    const last = extra.at(-1);
    const total = days.value * perDay.value + extra.reduce((sum, q) => sum + q.value, 0);
    propose('totalHours', total, Math.min(days.start, perDay.start), last?.end ?? days.end);
    return;
  }
  for (const [key, f] of found) propose(key, f.value, f.start, f.end);
}

/** The days of a week worked through. */
const DAYS_A_WEEK = 7;
/** Between months and the days of each («3 mnd à 30 dagar», "2 months of 25 days", "3 months x 30 days"). */
const DAYS_A_MONTH_GAP = /^ ?(?:a|@|x|of|med|with|pa|på) ?$/;
/** The words that join two parts of one time ("and", «og», "+"). */
const PART_JOIN = '(?:og|and|\\+|pluss|plus)';
/** Between two parts of one time ("3 months and 2 weeks", «tre månader og to veker»). */
const JOINED_TIME = new RegExp(`^ ?(?:,|${PART_JOIN})? ?$`);
/** Days, hours per day and total hours from plain quantities (see `readSeaTime`). */
function readDaysAndHours(
  propose: Propose,
  folded: string,
  quantities: readonly Quantity[],
  totals: readonly Quantity[],
): void {
  // «10 timer per dag i 2 uker», "6 weeks of 12-hour days": a week worked is seven days (a rotation,
  // a span "over four weeks" and days a week are read before this and never come here). Months are
  // days worked only when every day is said to be worked («3 månader, 8 timar kvar dag»: 90 days, a
  // month counted as 30 days, facts.md), as a period's days are (period.ts).
  const everyDay = EVERY_DAY.test(folded);
  // «tre månader og to veker»: weeks right after months are part of one longer time.
  const joinedWeeks = (i: number): boolean => {
    const [prev, q] = [quantities[i - 1], quantities[i]];
    return (
      prev !== undefined &&
      q !== undefined &&
      q.unit === 'weeks' &&
      Number.isInteger(q.value) &&
      (prev.unit === 'months' || prev.unit === 'years') &&
      JOINED_TIME.test(folded.slice(prev.end, q.start))
    );
  };
  const mapped = quantities.map((q, i) => {
    // The weeks of a longer time are never the days worked alone.
    if (q.unit === 'weeks' && Number.isInteger(q.value) && !joinedWeeks(i))
      return { ...q, unit: 'days' as const, value: q.value * DAYS_A_WEEK };
    // «eit halvt år … kvar dag»: half a year is six months of 30 days (a year or more is never every day).
    const whole =
      (q.unit === 'months' && Number.isInteger(q.value * 2)) ||
      (q.unit === 'years' && q.value < 1 && Number.isInteger(q.value * 12));
    const days = everyDay && whole ? convert(q.value, q.unit ?? 'days', 'days') : undefined;
    return days === undefined ? q : { ...q, unit: 'days' as const, value: days };
  });
  // «tre månader og to veker, … kvar dag»: the months' days and the weeks' are one time (104 days).
  // «3 mnd à 30 dagar», "2 months of 25 days": the days of each month said, so the months' days are
  // worked days (90), never the days of one month alone.
  let usable: Quantity[] = [];
  for (const [i, q] of mapped.entries()) {
    const last = usable.at(-1);
    const before = quantities[i - 1];
    if (
      last &&
      before?.unit === 'months' &&
      last === mapped[i - 1] &&
      q.unit === 'days' &&
      Number.isInteger(before.value) &&
      DAYS_A_MONTH_GAP.test(folded.slice(before.end, q.start))
    ) {
      usable[usable.length - 1] = { ...q, start: before.start, value: before.value * q.value };
      continue;
    }
    if (last && last.unit === 'days' && joinedWeeks(i))
      usable[usable.length - 1] = { ...last, value: last.value + q.value * DAYS_A_WEEK, end: q.end };
    else usable.push(q);
  }
  usable = joinedDays(folded, usable);
  let pair = false;
  // The sea time wanted is never half of a pair of days worked and hours a day.
  const target = targetDays(folded, usable);
  for (const [i, a] of usable.entries()) {
    const b = usable[i + 1];
    if (b === undefined) break;
    if (target && (a === target.q || b === target.q)) continue;
    // Spaces in a row are a value taken back and blanked («20 dager à 12 timer, nei 10 timer»).
    const gap = folded.slice(a.end, b.start).replace(/ {2,}/g, ' ');
    // A product inside a sum written out with its result ("2 timer x 20 dager + 2 timer = 42 timer")
    // is left alone (the result is the total); without one, the extra hours are added below.
    if (
      SUM_RESULT.test(folded) &&
      (SUM_NEXT.test(folded.slice(b.end, b.end + LOOK)) || SUM_BEFORE.test(folded.slice(0, a.start)))
    )
      continue;
    const perDayAfter = PER_DAY_NEXT.exec(folded.slice(b.end, b.end + LOOK));
    const end = b.end + (perDayAfter?.[0].length ?? 0);
    if (a.unit === 'days' && b.unit === 'hours' && DAYS_THEN_HOURS.test(gap)) {
      propose('days', a.value, a.start, end);
      propose('hoursPerDay', b.value, a.start, end);
      pair = true;
    } else if (
      a.unit === 'hours' &&
      b.unit === 'days' &&
      (HOURS_THEN_DAYS.test(gap) ||
        // "12 hours for 30 days": a day's hours (no more than a day has) for so many days.
        (a.value <= HOURS_IN_A_DAY && HOURS_FOR_DAYS_ONLY.test(gap)))
    ) {
      propose('hoursPerDay', a.value, a.start, b.end);
      propose('days', b.value, a.start, b.end);
      pair = true;
    }
  }
  const hourQs = usable.filter((q) => q.unit === 'hours');
  for (const q of totals) propose('totalHours', q.value, q.start, q.end);
  if (target) propose('targetDays', target.days, target.q.start, target.q.end);
  // «… for å få 180 dagar fartstid med 12 timar dagleg?»: the hours a day it is worked at.
  // (Never beside other days said and not read: those would be counted from nothing.)
  const otherDays = usable.some((q) => q.unit === 'days' && q !== target?.q);
  if (target && !pair && !otherDays)
    for (const q of hourQs) {
      const m = perDayNext(folded, q);
      if (m) propose('hoursPerDay', q.value, q.start, q.end + m[0].length);
    }
  // "90 days on board, total 1400 hours": the days beside a total are kept too, so the rule can check
  // the total against the most hours a day that count (more than 14 a day is no sea time).
  const totalDays = usable.filter((q) => q.unit === 'days');
  const [onlyDays] = totalDays;
  if (!pair && !target && totals.length === 1 && totalDays.length === 1 && onlyDays)
    propose('days', onlyDays.value, onlyDays.start, onlyDays.end);
  if (pair || totals.length > 0 || target) return;
  const perDay = hourQs.flatMap((q) => {
    const m = perDayNext(folded, q);
    return m ? [{ q, end: q.end + m[0].length }] : [];
  });
  for (const { q, end } of perDay) propose('hoursPerDay', q.value, q.start, end);
  const dayQs = usable.filter((q) => q.unit === 'days');
  const day = dayQs[0];
  if (perDay.length > 0 && dayQs.length === 1 && day) propose('days', day.value, day.start, day.end);
  // «Hvor mye fartstid blir 100 dager?»: the days of the sea time asked; the hours a day come next.
  // So are «01.02.2026 til 31.05.2026, 100 dagar»: the days worked in a period of two full dates.
  else if (
    perDay.length === 0 &&
    hourQs.length === 0 &&
    dayQs.length === 1 &&
    day &&
    usable.length === 1 &&
    (AMOUNT_ASKED.test(folded) || TWO_FULL_DATES.test(folded) || saidWorked(folded, day))
  )
    propose('days', day.value, day.start, day.end);
  const hours = hourQs[0];
  if (perDay.length !== 0 || hourQs.length !== 1 || !hours) return;
  // «12 timar», «6 timer», "12 hours, 2 weeks on 2 off, 01.01–30.06": no more hours than a day counts
  // are a day's, never a total of 12 (2,35 sea-time days); more are the total.
  if (hours.value <= MAX_HOURS_PER_DAY) propose('hoursPerDay', hours.value, hours.start, hours.end);
  else if (!mentionsDays(folded, usable)) propose('totalHours', hours.value, hours.start, hours.end);
}
/** The word before where or when a count of days was worked («i januar», "on the other boat"). */
const PART_WHERE = '(?:i|in|on|pa|om|during|ved|at|fra|from)';
/** Between the day counts of one time said in parts («20 dagar i januar og 25 i februar», "20 and 25 days"). */
const DAYS_JOINED = new RegExp(`^(?: ${PART_WHERE} [a-z]+(?: [a-z]+){0,2})?,? ${PART_JOIN} $`);
/** A bare number joined right before a count of days ("20 and 25 days"). */
const DAYS_NEXT = new RegExp(`^ ?${PART_JOIN} $`);
/** After a bare number that is a further part's days: the end, a comma, or where or when it was worked. */
const DAYS_PART_END = new RegExp(`^(?:$|\\.$|[,?!;:]| ${PART_WHERE} [a-z])`);

/**
 * «20 dagar i januar og 25 i februar», "20 and 25 days", «20 dager på båt A og 25 dager på båt B»:
 * the days of one time said in parts are its days together (45). A bare number joined so to a count
 * of days is a count of days. Two people's days are never added (each is asked, one at a time).
 */
function joinedDays(folded: string, usable: readonly Quantity[]): Quantity[] {
  if (TWO_PEOPLES.test(folded)) return [...usable];
  const isDays = (q: Quantity | undefined): q is Quantity => q?.unit === 'days';
  const bare = (q: Quantity | undefined): q is Quantity =>
    q !== undefined && q.unit === undefined && !q.range && Number.isInteger(q.value) && q.value > 0;
  const asDays = usable.map((q, i) => {
    const [before, after] = [usable[i - 1], usable[i + 1]];
    const afterPart =
      isDays(before) &&
      DAYS_JOINED.test(folded.slice(before.end, q.start)) &&
      DAYS_PART_END.test(folded.slice(q.end, q.end + 12));
    const beforePart = isDays(after) && DAYS_NEXT.test(folded.slice(q.end, after.start));
    return bare(q) && (afterPart || beforePart) ? { ...q, unit: 'days' as const } : q;
  });
  const out: Quantity[] = [];
  for (const q of asDays) {
    const last = out.at(-1);
    if (isDays(last) && isDays(q) && DAYS_JOINED.test(folded.slice(last.end, q.start)))
      out[out.length - 1] = { ...last, value: last.value + q.value, end: q.end };
    else out.push(q);
  }
  return out;
}

const WORKED_BEFORE = new RegExp(
  `(?<![a-z])(?:${alternation(DAYS_WORKED_WORDS.before)})(?: (?:ca|about|around|omtrent|om lag|rundt|i))? $`,
);
const WORKED_AFTER = new RegExp(`^ (?:${alternation([...DAYS_WORKED_WORDS.after, ...ON_BOARD_WORDS])})(?![a-z])`);
/**
 * Days stated as worked («jobbet 130 dager», "130 days worked", «130 dagar om bord»); not in a
 * question ("how many months is 200 days on board?" asks what days on board are, which it is not told).
 */
const saidWorked = (folded: string, q: Quantity): boolean =>
  !folded.includes('?') &&
  (WORKED_BEFORE.test(folded.slice(Math.max(0, q.start - 30), q.start)) ||
    WORKED_AFTER.test(folded.slice(q.end, q.end + 20)));
/** Two full dates (a period's), in either common form. */
const TWO_FULL_DATES =
  /\d{1,2}[./]\d{1,2}[./]\d{2,4}\D{1,20}\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}\D{1,20}\d{4}-\d{2}-\d{2}/;
/** Most hours a day that count as sea time (skipssikkerhetsloven § 24). */
const MAX_HOURS_PER_DAY = limit('seaTimeMaxHoursPerDay');
