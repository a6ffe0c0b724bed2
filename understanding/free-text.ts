/**
 * Facts stated unambiguously in a free-text question ("20 dager à 12 timer", "lasteskip på 45 BT",
 * "utstedt 1. juni 2024"), so the conversation does not ask for them again. Only labelled or
 * self-explaining patterns count; anything that could be read two ways is left out, and a fact
 * found with two different values is dropped.
 */
import { type FactInfo, limit } from '../rules/index.js';
import {
  AFTER_LINK_WORDS,
  ARTICLE_ONE,
  AT_MOST_WORDS,
  APPROX_WORDS,
  DATE_LINK_WORDS,
  FLAG_BEFORE_VESSEL,
  FACT_LABELS,
  ISSUE_WORDS,
  LISTED_FLAG_WORDS,
  NOT_ON_BOARD_WORDS,
  NUMBER_LINK_WORDS,
  PASSENGER_WORDS,
  UNIT_WORDS,
  VESSEL_WORDS,
} from './lexicon/synonyms.js';
import { findDates, type DateHit } from './dates.js';
import type { ExtractContext } from './extract.js';
import { alternation, fold, wholePhrases } from './normalize.js';
import { convert, findQuantities, isBoundQuantity, type Quantity } from './numbers.js';
import { plusMonths } from '../rules/dates.js';
import { PERIOD_BETWEEN, PERIOD_START, readPeriod } from './period.js';
import { readSeaTime } from './sea-time-text.js';
import { ageAtIssueFromAgeNow, ageAtIssueFromBirth } from './age-at-issue.js';
import { findBooleanInText, findEnumHitInText, type EnumHit } from './words.js';
import { uploadedDocuments } from './uploads.js';
import { ABSENCE_WORDS, ANY_WORDS, BEFORE_ISSUE_WORDS, ISSC_WORDS } from './lexicon/certificate-words.js';
import { deckSeaTime } from './deck-facts.js';
import { doctorLimitedExpiry } from './doctor-limit.js';
import {
  CORRECTION_WORDS,
  OBJECT_JOINERS,
  REJECTED_VALUE_WORDS,
  NO_CORRECTING,
  SELF_CORRECTION_WORDS,
  TAKEN_BACK_WORDS,
  HELD_BEFORE_WORDS,
  SERVED_AS_WORDS,
} from './lexicon/discourse.js';

/** Longest text read; a question or an e-mail is a few paragraphs. */
const MAX_READ = 4000;

const APPROX = `(?:(?:${alternation(APPROX_WORDS)}) ?)?`;
const word = (list: readonly string[]) => `(?:${alternation(list)})`;

const AT_MOST = new RegExp(`(?<![a-z0-9])(?:${alternation(AT_MOST_WORDS)}) ?$`);
const PASSENGERS = new RegExp(`(?<![a-z])${word(PASSENGER_WORDS)}(?![a-z])`);

/** A number right after one of `labels` ("BT 45", "største lengde er 14,9 m"); the match ends where it starts. */
const labelBefore = (labels: readonly string[]) =>
  new RegExp(
    String.raw`(?<![a-z0-9])${word(labels)}(?: ${word(NUMBER_LINK_WORDS)})?:? ?=?\s*${APPROX}(?=-?\d|[a-z])`,
    'g',
  );
/** One of `labels` right after a quantity ("14,9 m LOA", "10 personer i sikkerhetsbemanningen"). */
const labelAfter = (labels: readonly string[]) =>
  new RegExp(String.raw`^ ?\(?(?:${word(AFTER_LINK_WORDS)} )*${word(labels)}(?![a-z0-9])`);
/** A label (and link words) right before a date: the text before the date ends with it. */
const dateLabel = (labels: readonly string[]) =>
  new RegExp(String.raw`(?<![a-z0-9])${word(labels)}(?: ${word(DATE_LINK_WORDS)})*[:,]?\s*$`);

const NEVER = /(?!)/;
const before = (key: string) => (FACT_LABELS[key]?.before ? labelBefore(FACT_LABELS[key].before) : NEVER);
const after = (key: string) => (FACT_LABELS[key]?.after ? labelAfter(FACT_LABELS[key].after) : NEVER);

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
const CREW_AFTER = after('crewSize');
const AGE_AFTER = after('age');
const AGE_NO_SUBJECT = /(?:^|[.!?,;:]) ?er (?=\d|[a-z])/g;
const AGE_AND_NO_SUBJECT = /(?<![a-z])og er (?=\d|[a-z])/g;
const AGE_THEN_BEFORE = before('ageAtIssue');
const ISSUE_WORD = new RegExp(`(?<![a-z0-9])${word(ISSUE_WORDS)}(?![a-z0-9])`);
const TOTAL_BEFORE = before('totalHours');
const NOT_ON_BOARD = wholePhrases(NOT_ON_BOARD_WORDS);
/** Time served said to be before the certificate was issued («før jeg fikk sertifikatet», "before I got it"). */
const BEFORE_ISSUE = wholePhrases(BEFORE_ISSUE_WORDS);
const TOTAL_AFTER = after('totalHours');

/** "N måneder som vaktoffiser", "N months on deck": the label after a time quantity, per fact. */
const SERVICE_AFTER: readonly { keys: readonly string[]; re: RegExp }[] = [
  {
    keys: ['monthsAsOfficerOfTheWatch', 'monthsAsOfficerOfTheWatchSinceIssue'],
    re: after('monthsAsOfficerOfTheWatch'),
  },
  { keys: ['monthsAsOrdinarySeaman'], re: after('monthsAsOrdinarySeaman') },
  { keys: ['monthsDeckService'], re: after('monthsDeckService') },
  { keys: ['monthsEngineService'], re: after('monthsEngineService') },
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

/** Date labels: what must come right before a date for it to be that fact. */
const DATE_LABELS: readonly { key: string; re: RegExp }[] = [
  'issueDate',
  'expiryDate',
  'verificationDate',
  'seafarerBirthDate',
  'onDate',
].map((key) => ({
  key,
  re: dateLabel(FACT_LABELS[key]?.before ?? []),
}));

/** A fact a text states: its catalogue key, value and where it stands in the folded text [start, end). */
export type FactFound = { key: string; value: unknown; start: number; end: number };

type Collector = {
  propose(key: string, value: unknown, start: number, end: number): void;
  result(): FactFound[];
};

/**
 * Collects proposed facts by catalogue key. A fact proposed with two different values is dropped
 * (the text is unclear); its place is where it is first named.
 */
function collector(facts: readonly FactInfo[]): Collector {
  const byKey = new Map<string, FactInfo>();
  for (const f of facts) byKey.set(f.questionKey, f);
  for (const f of facts) if (!byKey.has(f.id)) byKey.set(f.id, f);
  const found = new Map<string, { values: unknown[]; start: number; end: number }>();
  return {
    propose(key, value, start, end) {
      const f = byKey.get(key);
      if (!f) return;
      if (typeof value === 'number' && (!Number.isFinite(value) || (f.type === 'integer' && !Number.isInteger(value))))
        return;
      const seen = found.get(f.questionKey);
      if (seen) {
        seen.values.push(value);
        if (start < seen.start) Object.assign(seen, { start, end });
      } else found.set(f.questionKey, { values: [value], start, end });
    },
    result() {
      const out: FactFound[] = [];
      for (const [key, { values, start, end }] of found)
        if (values.every((v) => v === values[0])) out.push({ key, value: values[0], start, end });
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/** How far after a quantity its label may be looked for (labels are a few words). */
const LOOK_AHEAD = 80;

/** The quantities that start exactly where a match of label `re` ends. */
function labelledBefore(folded: string, re: RegExp, qs: readonly Quantity[]): Quantity[] {
  const byStart = new Map(qs.map((q) => [q.start, q]));
  const out: Quantity[] = [];
  for (const m of folded.matchAll(re)) {
    const q = byStart.get(m.index + m[0].length);
    if (q) out.push(q);
  }
  return out;
}

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

/** The amounts the text states; returns the quantities read as the age now. */
function amounts(c: Collector, folded: string, all: readonly Quantity[]): Quantity[] {
  // Neither a bound ("over 50") nor one end of a range ("49-50 BT", "between 40 and 60") is the value.
  const qs = all.filter((q) => !isBoundQuantity(folded, q) && !q.range);
  // Gross tonnage: "45 BT", "BT 45", "bruttotonnasje på 450".
  const gt = [
    ...qs.filter((q) => q.unit === 'GT'),
    ...labelledBefore(folded, GT_BEFORE, qs).filter((q) => q.unit === undefined || q.unit === 'GT'),
  ];
  proposeAmounts(c, ['grossTonnage'], gt, 'GT');
  // Lengths only when labelled: a bare "23,5 m" may be L or LOA.
  const metres = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'm' || q.unit === 'cm');
  proposeAmounts(
    c,
    ['lengthL'],
    metres([...labelledBefore(folded, L_BEFORE, qs), ...labelledAfter(folded, L_AFTER, qs)]),
    'm',
  );
  proposeAmounts(
    c,
    ['lengthOverall'],
    metres([...labelledBefore(folded, LOA_BEFORE, qs), ...labelledAfter(folded, LOA_AFTER, qs)]),
    'm',
  );
  // Safety manning and crew.
  const persons = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'persons');
  const manning = persons([...labelledBefore(folded, MANNING_BEFORE, qs), ...labelledAfter(folded, MANNING_AFTER, qs)]);
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
  if (manning.length === 0 && crew.length === 0 && personQs.length === 1 && !PASSENGERS.test(folded)) {
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
        q.unit === 'years' || (q.unit === undefined && /^(?:[ ,.!?]|og |and |$)/.test(folded.slice(q.end, q.end + 5))),
    ),
    // Said without "jeg" («er 17 og vil jobbe som kokk», «…, er 45 år»): at a sentence's start or
    // after a comma; after «og» only with «år» («og er 17 år»), and never of a thing («… år gammelt»).
    ...labelledBefore(folded, AGE_NO_SUBJECT, qs).filter(
      (q) =>
        q.unit === 'years' || (q.unit === undefined && /^(?: og | and |[,.!?]|$)/.test(folded.slice(q.end, q.end + 5))),
    ),
    ...labelledBefore(folded, AGE_AND_NO_SUBJECT, qs).filter((q) => q.unit === 'years'),
  ].filter((q) => !/^ ?(?:gammelt|gamalt)/.test(folded.slice(q.end, q.end + 8)));
  proposeAmounts(c, ['age'], ages, 'years');
  // Age at a certificate's issue: "den ble utstedt i fjor, og jeg var 17 år da".
  if (ISSUE_WORD.test(folded)) {
    const then = labelledBefore(folded, AGE_THEN_BEFORE, qs).filter(
      (q) =>
        q.unit === 'years' ||
        (q.unit === undefined && /^(?:[ ,.!?]|og |and |da|then|$)/.test(folded.slice(q.end, q.end + 5))),
    );
    proposeAmounts(c, ['ageAtIssue'], then, 'years');
  }
  // Service time: "14 måneder som vaktoffiser", "2 years on deck".
  const timeQs = qs.filter((q) => q.unit === 'months' || q.unit === 'years' || q.unit === 'days' || q.unit === 'weeks');
  for (const { keys, re } of SERVICE_AFTER) {
    const servedAs = keys.includes('monthsAsOfficerOfTheWatch') ? labelledBefore(folded, SERVED_AS_OOW, timeQs) : [];
    const served = [...new Set([...labelledAfter(folded, re, timeQs), ...servedAs])];
    // "24 months as OOW before I got the certificate": served, but not since the issue.
    const beforeIssue = served.filter((q) =>
      BEFORE_ISSUE.test(folded.slice(q.end, q.end + 70).split(/[.;!?]/)[0] ?? ''),
    );
    proposeAmounts(
      c,
      keys.filter((k) => !k.endsWith('SinceIssue')),
      served.filter((q) => !onSmallBoat(folded, q, qs)),
      'months',
    );
    proposeAmounts(
      c,
      keys.filter((k) => k.endsWith('SinceIssue')),
      served.filter((q) => !beforeIssue.includes(q)),
      'months',
    );
  }
  const deckQs = qs.filter((q) => q.unit === undefined || timeQs.includes(q));
  for (const f of deckSeaTime(folded, deckQs)) c.propose(f.key, f.value, f.start, f.end);
  const hourQs = qs.filter((q) => q.unit === 'hours');
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
  return ages;
}

const DAYS_NAMED = /(?<![a-z])(?:dager|dagar|days|dag|day|dogn)(?![a-z])/;
const DAYS_ASKED =
  /(?:how many|hvor mange|kor mange)(?: [a-z-]+){0,2} (?:days|dager|dagar|fartstidsdager|fartstidsdagar)(?![a-z])/;

/**
 * The text a date's label ends: the text before it, with the «den» a date may begin with («fikk
 * den 3. mai»: the date is «den 3. mai», the label «fikk den»).
 */
function textBefore(folded: string, h: DateHit): string {
  const lead = /^(?:den|the) /.exec(folded.slice(h.start, h.end))?.[0] ?? '';
  return folded.slice(Math.max(0, h.start - 100), h.start) + lead;
}

function dates(c: Collector, folded: string, hits: readonly DateHit[]): void {
  for (const [i, h] of hits.entries()) {
    if (h.iso === undefined) continue;
    const before = textBefore(folded, h);
    for (const { key, re } of DATE_LABELS) if (re.test(before)) c.propose(key, h.iso, h.start, h.end);
    const next = hits[i + 1];
    if (next?.iso !== undefined && PERIOD_START.test(before) && PERIOD_BETWEEN.test(folded.slice(h.end, next.start))) {
      c.propose('periodFrom', h.iso, h.start, h.end);
      c.propose('periodTo', next.iso, next.start, next.end);
    }
  }
}

const ISSUE_LABEL = dateLabel(FACT_LABELS.issueDate?.before ?? []);
const BIRTH_LABEL = dateLabel(FACT_LABELS.seafarerBirthDate?.before ?? []);
const MIN_LOA_OF_SERVICE = limit('d6MasterExtensionMinLoaOfService');

/**
 * Months as officer of the watch said to be on a boat shorter than the D6 master extension counts
 * ("14 months as watch officer, but all on a small 7 m boat"): not the months the rule takes, so
 * they are asked instead (kvalifikasjonsforskriften § 23: ships of LOA 8 m or more).
 */
function onSmallBoat(folded: string, q: Quantity, qs: readonly Quantity[]): boolean {
  const sentenceEnd = folded.slice(q.end).search(/[.;!?]|$/);
  const end = q.end + Math.min(sentenceEnd < 0 ? 80 : sentenceEnd, 80);
  return qs.some((l) => l.unit === 'm' && l.start >= q.end && l.end <= end && l.value < MIN_LOA_OF_SERVICE);
}
/** Dates that may be written without their year: a day soon, asked about or planned. */
const YEARLESS_KEYS: ReadonlySet<string> = new Set(['onDate', 'verificationDate']);
const YEARLESS_LABELS = DATE_LABELS.filter((l) => YEARLESS_KEYS.has(l.key));

/**
 * The date a validity is asked for, or a verification planned, written without its year ("valid for
 * my trip 1 Jan?", «hva om vi tar den 30. desember?»): the year nearest to today, as a day and month
 * about a date soon is meant.
 */
function yearlessDates(c: Collector, folded: string, today: string, facts: readonly FactInfo[]): void {
  const wanted = YEARLESS_LABELS.filter((l) => facts.some((f) => f.questionKey === l.key));
  if (wanted.length === 0) return;
  for (const h of findDates(folded, today, { yearless: true })) {
    if (!h.yearInferred || h.iso === undefined) continue;
    const before = textBefore(folded, h);
    for (const { key, re } of wanted) if (re.test(before)) c.propose(key, h.iso, h.start, h.end);
  }
}

/**
 * The age at a certificate's issue from the age now and the labelled date of issue (a whole date
 * or a month), when the age-at-issue rule makes it safe (age-at-issue.ts).
 */
function ageAtIssue(c: Collector, folded: string, ages: readonly Quantity[], hits: readonly DateHit[], today: string) {
  const issuedOn = hits.find((h) => h.iso !== undefined && ISSUE_LABEL.test(textBefore(folded, h)));
  const born = hits.find((h) => h.iso !== undefined && BIRTH_LABEL.test(textBefore(folded, h)));
  // The date of birth gives the exact age at issue.
  if (issuedOn?.iso && born?.iso && born !== issuedOn) {
    const exact = ageAtIssueFromBirth(born.iso, issuedOn.iso);
    if (exact !== undefined) c.propose('ageAtIssue', exact, born.start, born.end);
    return;
  }
  const [age] = ages;
  if (age === undefined || ages.some((q) => q.value !== age.value)) return;
  const issued = hits.find((h) => (h.iso !== undefined || h.partial) && ISSUE_LABEL.test(textBefore(folded, h)));
  if (!issued) return;
  const value = ageAtIssueFromAgeNow(age.value, issued, today);
  if (value !== undefined) c.propose('ageAtIssue', value, age.start, age.end);
}

/** Word tokens of folded text (as `words` gives them) with where each starts and ends. */
function tokensAt(folded: string): { tokens: string[]; at: [number, number][] } {
  const tokens: string[] = [];
  const at: [number, number][] = [];
  for (const m of folded.matchAll(/[a-z0-9']+/g)) {
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
// "3 months on deck as lettmatros": where the time was served may stand between it and the position.
const SERVED_AS = new RegExp(
  String.raw`\d(?:[.,]\d+)? ?(?:${alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years, ...UNIT_WORDS.weeks, ...UNIT_WORDS.days])}) (?:(?:${alternation(SERVED_AS_WORDS)}) [a-z]+ )?(?:${alternation(SERVED_AS_WORDS)}) ?$`,
);

/**
 * A position held before («har vært styrmann», "I've been navigator (OOW) on our 11 m boat for 15
 * months"): named with a word of having held it, or followed in its clause by a time served in it.
 */
const HELD_BEFORE = new RegExp(`(?<![a-z])(?:${alternation(HELD_BEFORE_WORDS)}) (?:(?:a|an|som) )?$`);
const TIME_AFTER = new RegExp(
  String.raw`^[^.!?;,]{0,60}?(?<![a-z])(?:for|i|in) (?:about |ca |omtrent |rundt )?\d+(?:[.,]\d+)? ?(?:${alternation([...UNIT_WORDS.months, ...UNIT_WORDS.years])})(?![a-z])`,
);

/** "ikke 60", "not 60 GT", "i stedet for 60": a value the user takes back, never a fact. */
const REJECTED = new RegExp(
  `(?<![a-z0-9])(?:${alternation(REJECTED_VALUE_WORDS)}) ?(?:(?:${alternation(APPROX_WORDS)}) ?)?$`,
);
const rejectedAt = (folded: string, start: number) => REJECTED.test(folded.slice(Math.max(0, start - 24), start));

/** A number of passengers: the quantity right before a passenger word ("10 passasjerar", "12 pax"). */
const PASSENGERS_NEXT = new RegExp(`^ ?${word(PASSENGER_WORDS)}(?![a-z])`);

/**
 * The vessel type a stated number of passengers makes it: a passenger ship carries more than 12,
 * a boat with 12 or fewer is its own category (contract §1, seed 003 and 004) — whatever the boat is
 * called («passasjerbåt med 10 passasjerar» is not a passenger ship). Bounds ("over 12") are left.
 */
function passengerCategory(
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
const AFTER_QUANTITY = `\\d ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?= )`;
const LISTED_FLAGS = (['NO', 'foreign'] as const).map((value) => ({
  value,
  re: new RegExp(
    `(?:[,;(]|${AFTER_QUANTITY}) ?(?:${word(OBJECT_JOINERS)} )?${word(LISTED_FLAG_WORDS[value])} ?${LIST_END}`,
    'g',
  ),
}));

const SIZE_IN = new RegExp(`\\d ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?![a-z])`);
/** "…? norwegian, around fifty GT": a flag opening a list of the vessel's sizes after the question. */
const SIZE_NEXT = new RegExp(
  `^ ?${APPROX}(?:\\d+(?:[.,]\\d+)?|[a-z]+(?:[ -][a-z]+)?) ?${word([...UNIT_WORDS.GT, ...UNIT_WORDS.m])}(?![a-z])`,
);
const FLAG_OPENS_LIST = (['NO', 'foreign'] as const).map((value) => ({
  value,
  re: new RegExp(`(?:^|[.!?] )${word(LISTED_FLAG_WORDS[value])} ?,`, 'g'),
}));

const FLAG_VESSEL = `(?:${word(FLAG_BEFORE_VESSEL.vessels)}|[a-z]*(?:${word(FLAG_BEFORE_VESSEL.endings)}))`;
const NOT_BETWEEN = `(?!(?:${word(FLAG_BEFORE_VESSEL.between)})[ ,.])`;
const NEGATED = /(?:ikke|ikkje|not) $/;
const FLAG_BEFORE = (['NO', 'foreign'] as const).map((value) => ({
  value,
  re: new RegExp(
    `(?<![a-z])${word(FLAG_BEFORE_VESSEL[value])} (?:${NOT_BETWEEN}[a-z]+ ){0,2}${FLAG_VESSEL}(?:s|er|ar|a|ne)?(?![a-z])`,
    'g',
  ),
}));

/**
 * The flag listed among the particulars after the vessel is named, in the same sentence («en
 * fiskebåt på 14 meter, norsk, og …»), or said a word or two before it ("a Norwegian research
 * vessel"): proposed like any other mention, so two flags cancel.
 */
function listedFlag(c: Collector, folded: string): void {
  for (const { value, re } of FLAG_BEFORE)
    for (const m of folded.matchAll(re))
      if (!NEGATED.test(folded.slice(Math.max(0, m.index - 7), m.index)))
        c.propose('flag', value, m.index, m.index + m[0].length);
  for (const { value, re } of LISTED_FLAGS)
    for (const m of folded.matchAll(re)) {
      const sentence =
        folded
          .slice(0, m.index)
          .split(/[.!?\n]/)
          .pop() ?? '';
      // «… på lasteskipet vårt? det er ca 60 bruttotonn, norsk»: a size listed before it, the vessel
      // named in the sentence before.
      const sized = SIZE_IN.test(sentence) && VESSEL_WORD.test(folded.slice(0, m.index));
      if (VESSEL_WORD.test(sentence) || sized) c.propose('flag', value, m.index + 1, m.index + m[0].length);
    }
  for (const { value, re } of FLAG_OPENS_LIST)
    for (const m of folded.matchAll(re)) {
      const end = m.index + m[0].length;
      if (VESSEL_WORD.test(folded.slice(0, m.index)) && SIZE_NEXT.test(folded.slice(end, end + 40)))
        c.propose('flag', value, m.index, end - 1);
    }
}

/**
 * Whether the vessel word is overruled by the people it carries: a counted number of passengers
 * settles the category («arbeidsbåt … 20 turister» is a passenger ship), and passengers mentioned
 * without a count leave a work or fishing boat's category to be asked — it may carry passengers
 * commercially, and "cargo ship" or "fishing vessel" would then be a wrong answer.
 */
function carriesPeople(value: string, counted: unknown, folded: string): boolean {
  if (counted) return true;
  return (value === 'cargo' || value === 'fishing') && PASSENGERS.test(folded);
}

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

function scan(folded: string, facts: readonly FactInfo[], ctx: ExtractContext): FactFound[] {
  const { tokens, at } = tokensAt(folded);
  const c = collector(facts);
  const quantities = spokenQuantities(folded, ctx);
  const passengers = passengerCategory(folded, quantities);
  const servedAs = (hit: EnumHit) => {
    const start = at[hit.start]?.[0] ?? 0;
    const before = folded.slice(Math.max(0, start - 40), start);
    const end = at[hit.end - 1]?.[1] ?? start;
    return SERVED_AS.test(before) || HELD_BEFORE.test(before) || TIME_AFTER.test(folded.slice(end, end + 90));
  };
  for (const f of facts) {
    const skip = POSITION_KEYS.has(f.questionKey) ? servedAs : undefined;
    if (f.type === 'boolean') {
      const b = findBooleanInText(f.questionKey, tokens);
      if (b) c.propose(f.questionKey, b.value, at[b.start]?.[0] ?? 0, at[b.end - 1]?.[1] ?? 0);
    }
    if (f.type !== 'enum' || !f.values) continue;
    const hit =
      findEnumHitInText(f.questionKey, f.values, tokens, skip) ??
      (f.questionKey === f.id ? undefined : findEnumHitInText(f.id, f.values, tokens, skip));
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
  const uploads = facts.find((f) => f.questionKey === 'uploadedDocuments');
  const uploaded = uploads?.values ? uploadedDocuments(folded, uploads.values) : undefined;
  if (uploaded) c.propose('uploadedDocuments', uploaded.value, uploaded.start, uploaded.end);
  const found = findDates(folded, ctx.today);
  const hits = found.filter((h) => !rejectedAt(folded, h.start));
  const qs = quantities.filter(
    (q) => !found.some((h) => q.start < h.end && q.end > h.start) && !rejectedAt(folded, q.start),
  );
  const ages = amounts(c, folded, qs);
  dates(c, folded, hits);
  readPeriod(c.propose, folded, ctx.today, qs);
  yearlessDates(c, folded, ctx.today, facts);
  ageAtIssue(c, folded, ages, hits, ctx.today);
  const stated = withIsscKind(c.result(), folded, facts);
  const limited = facts.some((f) => f.questionKey === 'expiryDate') ? doctorLimitedExpiry(folded, stated) : undefined;
  return limited ? [...stated, limited].sort((a, b) => a.start - b.start) : stated;
}

const ISSC_NAMED = wholePhrases(ISSC_WORDS);
const INTERIM_MAX_MONTHS = limit('isscInterimMaxMonths');

/**
 * An ISSC whose dates of issue and expiry lie further apart than an interim ISSC can be valid
 * («ISSC issued 10.05.2024 valid to 09.05.2029») is a full-term one (seed 001: an interim ISSC is
 * valid for at most 6 months).
 */
function withIsscKind(stated: FactFound[], folded: string, facts: readonly FactInfo[]): FactFound[] {
  if (!facts.some((f) => f.questionKey === 'certificateKind') || stated.some((f) => f.key === 'certificateKind'))
    return stated;
  const issued = stated.find((f) => f.key === 'issueDate');
  const expires = stated.find((f) => f.key === 'expiryDate');
  if (!issued || !expires || typeof issued.value !== 'string' || typeof expires.value !== 'string') return stated;
  if (!ISSC_NAMED.test(folded) || expires.value <= plusMonths(issued.value, INTERIM_MAX_MONTHS)) return stated;
  return [...stated, { key: 'certificateKind', value: 'full', start: expires.start, end: expires.end }].sort(
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
): FactFound[] {
  // Hours a day already given: a lone number of hours changes them («12 timer om dagen» … «nei, 10
  // timer»), whether or not the days are known yet. And «8 timer» sent while the days worked (or the
  // hours a day) are asked is a working day's hours: a total of 8 hours over the days about to be given is no
  // reading anyone means (seed 002: hours a day are 1–14).
  const daysAsked = (pending === 'days' || pending === 'hoursPerDay') && known.hoursPerDay === undefined;
  if ((known.hoursPerDay === undefined && !daysAsked) || known.totalHours !== undefined) return [...found];
  const totals = found.filter((f) => f.key === 'totalHours');
  const total = totals[0];
  if (totals.length !== 1 || total === undefined || found.some((f) => f.key === 'hoursPerDay' || f.key === 'days'))
    return [...found];
  if (typeof total.value !== 'number' || total.value > 24 || TOTAL_LABEL.test(folded)) return [...found];
  return found.map((f) => (f === total ? { ...f, key: 'hoursPerDay' } : f));
}

/** A value a self-correction may replace: a date, or a number with an optional unit word. */
const VALUE = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\. ?[a-z]+ \d{4}|\d+(?:[.,]\d+)?(?: ?[a-z]{1,12})?)`;
/**
 * «utstedt 01.02.2025 – nei, 01.02.2024», «sikkerhetsbemanning 8, eller egentlig 11», «9, eller vent,
 * vi har fått ny bemanningsoppgave på 10»: a value, a correction word, and a value of the same kind
 * within six words; the first is blanked out (positions kept), so the label before it names the second.
 */
const SUPERSEDED = new RegExp(
  `(?<![a-z0-9.,])(${VALUE})( ?(?:[,;:(–—-]|\\.{2,}|…)* ?(?:eller |or )?(?<![a-z])${word([...SELF_CORRECTION_WORDS, ...CORRECTION_WORDS, ...NO_CORRECTING])}(?![a-z])[ ,:!–—-]*(?:[a-z']+[ ,]+){0,6})(?=${VALUE}(?![a-z0-9]))`,
  'g',
);
const DATE_LIKE = /^\d{1,2}\.(?:\d{1,2}\.\d{2,4}| ?[a-z]+ \d{4})$/;
/** Apologies, which also open a correction («sorry, 45»), but only close to the value meant. */
const APOLOGY = /(?<![a-z])(?:sorry|beklager|unnskyld|orsak|oops)(?![a-z])/;
/** Most words an apology's correction may hold before the value meant ("sorry, I mean it's 45"). */
const APOLOGY_REACH = 5;

/** `folded` with every value it corrects at once blanked out (see SUPERSEDED). */
export function withoutSuperseded(folded: string): string {
  if (!/\d/.test(folded)) return folded;
  let out = '';
  let from = 0;
  for (const m of folded.matchAll(SUPERSEDED)) {
    const [all, first = '', gap = ''] = m;
    const at = m.index + all.length;
    const next = folded.slice(at).match(new RegExp(`^${VALUE}`))?.[0] ?? '';
    // "60 GT, sorry for all the questions, we are 12 …": an apology far from the next value takes
    // nothing back; only a word of correcting («eller vent, vi har fått … på 10») reaches that far.
    if (APOLOGY.test(gap) && (gap.match(/[a-z']+/g)?.length ?? 0) > APOLOGY_REACH) continue;
    // A date replaces a date, a number a number.
    if (DATE_LIKE.test(first.trim()) !== DATE_LIKE.test(next.trim())) continue;
    // «60 brutto, nei vent det er 48»: the unit of the value taken back goes with the one meant, so
    // the 48 is gross tonnage too (the text keeps its length: the unit takes the place of blanks).
    const unit = / ([a-z]{1,12})$/.exec(first.trim())?.[1];
    const bare = /^\d+(?:[.,]\d+)?$/.test(next.trim());
    if (unit && bare && !DATE_LIKE.test(first.trim()) && all.length > unit.length + 1) {
      out += `${folded.slice(from, m.index)}${' '.repeat(all.length - unit.length - 1)}${next} ${unit}`;
      from = at + next.length;
    } else {
      out += `${folded.slice(from, m.index)}${' '.repeat(all.length)}`;
      from = at;
      // «11 – nei, 13 – månader»: the dash that closes the aside goes too, so the unit follows the value.
      const closing = /^ ?- (?=[a-z])/.exec(folded.slice(at + next.length));
      if (closing && /^\d+(?:[.,]\d+)?$/.test(next) && /^ ?-/.test(all.slice(first.length))) {
        out += `${' '.repeat(closing[0].length - 1)}${next} `;
        from = at + next.length + closing[0].length;
      }
    }
  }
  return out + folded.slice(from);
}

/**
 * Every fact of `facts` that `folded` (text already folded with `fold`) states unambiguously, by
 * catalogue key, with its place in the folded text. Reads at most the first 4,000 characters. A
 * value the message corrects at once («8, eller egentlig 11») gives way to its correction.
 */
export function findFacts(folded: string, facts: readonly FactInfo[], ctx: ExtractContext): FactFound[] {
  if (facts.length === 0 || folded.trim().length === 0) return [];
  const read = withoutSuperseded(folded.slice(0, MAX_READ));
  return correctedAfter(scan(read, facts, ctx), read);
}

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const CORRECTING = word([...SELF_CORRECTION_WORDS, ...CORRECTION_WORDS]);
/**
 * A number corrected after its label («vi er 12 i sikkerheitsbemanninga, nei vent, det er 9») or
 * taken back later ("60 GT … sorry, 45 not 60"): the value found first, and the one meant.
 */
const CORRECTED_AFTER: readonly { re: RegExp; was: number; now: number }[] = [
  {
    re: new RegExp(
      `(?<![a-z0-9.,])(${NUMBER})(?: [a-z]+){1,4} ?[,;:–—-]+ ?(?<![a-z])${CORRECTING}(?![a-z])[ ,:!–—-]*(?:[a-z]+[ ,]+){0,4}(${NUMBER})(?![0-9.,]*[0-9])`,
      'g',
    ),
    was: 1,
    now: 2,
  },
  {
    re: new RegExp(
      `(?<![a-z0-9.,])(${NUMBER})(?: [a-z]{1,12})? ${word(TAKEN_BACK_WORDS)} (${NUMBER})(?![0-9.,]*[0-9])`,
      'g',
    ),
    was: 2,
    now: 1,
  },
];
const numberOf = (s: string | undefined) => (s === undefined ? Number.NaN : Number(s.replace(',', '.')));

/** A word of correcting and the amount meant right after it ("oops, I meant 10 hours", "sorry, 45 days"). */
const MEANT = new RegExp(`(?<![a-z])${CORRECTING}(?![a-z])[ ,:!–—-]*(?:[a-z']+[ ,]+){0,3}(?=\\d)`, 'g');

/**
 * "8 hours a day for 100 days? oops, I meant 10 hours a day", "60 days at 12 hours a day, sorry, 45
 * days": the amount meant has a unit, and it takes the place of the last amount before it in that
 * unit — not of whatever number stands right before the correction.
 */
function correctedByUnit(found: FactFound[], folded: string): { out: FactFound[]; done: Set<number> } {
  const done = new Set<number>();
  let out = found;
  const qs = findQuantities(folded);
  for (const m of folded.matchAll(MEANT)) {
    const at = m.index + m[0].length;
    const meant = qs.find((q) => q.start === at);
    if (!meant?.unit || meant.unit === 'other') continue;
    const before = qs.filter((q) => q.end <= m.index && q.unit === meant.unit && q.value !== meant.value);
    const old = before[before.length - 1];
    if (!old) continue;
    const target = out.find((f) => f.value === old.value && typeof f.value === 'number' && f.start <= old.start + 1);
    if (!target) continue;
    // The amount meant may have been read as another fact of its own: it is this one's new value.
    out = out
      .filter((f) => f === target || !(f.start < meant.end && f.end > meant.start))
      .map((f) => (f === target ? { ...f, value: meant.value } : f));
    done.add(meant.start);
  }
  return { out, done };
}

/** `found` with a number the message corrects later in the same message given its corrected value. */
function correctedAfter(found: FactFound[], folded: string): FactFound[] {
  if (!/\d/.test(folded) || found.length === 0) return found;
  const byUnit = correctedByUnit(found, folded);
  let out = byUnit.out;
  for (const { re, was, now } of CORRECTED_AFTER) {
    for (const m of folded.matchAll(re)) {
      const old = numberOf(m[was]);
      const value = numberOf(m[now]);
      if (!Number.isFinite(old) || !Number.isFinite(value) || old === value) continue;
      const nowAt = m.index + (m[0].lastIndexOf(m[now] ?? '') ?? 0);
      if (was === 1 && byUnit.done.has(nowAt)) continue;
      // The fact that holds the number taken back, and no fact already holds the one meant.
      const target = out.find((f) => f.value === old && typeof f.value === 'number');
      if (!target || out.some((f) => f.value === value && f !== target)) continue;
      out = out.map((f) => (f.value === old && typeof f.value === 'number' ? { ...f, value } : f));
    }
  }
  return out;
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
