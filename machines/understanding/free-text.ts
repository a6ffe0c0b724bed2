/**
 * Facts stated unambiguously in a free-text question ("20 dager à 12 timer", "lasteskip på 45 BT",
 * "utstedt 1. juni 2024"), so the conversation does not ask for them again. Only labelled or
 * self-explaining patterns count; anything that could be read two ways is left out, and a fact
 * found with two different values is dropped.
 */
import type { FactInfo } from '../../rules/index.js';
import { UNIT_WORDS } from '../../content/synonyms.js';
import { findDates, type DateHit } from './dates.js';
import type { ExtractContext } from './extract.js';
import { alternation, fold, words } from './normalize.js';
import { convert, findQuantities, isBoundQuantity, parseNumeral, type Quantity } from './numbers.js';
import { findEnumInText } from './words.js';

/** Longest text read; a question is a few sentences. */
const MAX_READ = 4000;

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const DAYS = alternation(UNIT_WORDS.days);
const HOURS = alternation(UNIT_WORDS.hours);
const PER_DAY = String.raw`(?:per|pr\.?|i|om|a|an|each|every|\/) ?(?:the )?(?:dag|dagen|day|dogn|dognet)(?![a-z])|daglig|daily`;
const APPROX = String.raw`(?:(?:ca\.?|cirka|omtrent|about|around|approximately) )?`;

/** "20 dager à 12 timer", "20 days of 12 hours", "20 dager, 12 timer per dag". */
const DAYS_AT_HOURS = new RegExp(
  String.raw`(?<![a-z0-9.,])${NUM} ?(?:${DAYS})(?![a-z]) ?(?:a|@|x|×|\*|of|at|med|pa|with|,) ?${APPROX}${NUM} ?(?:${HOURS})(?![a-z])(?: ?(?:${PER_DAY}))?`,
  'g',
);
/** "12 timer per dag i 20 dager", "12 hours a day for 20 days". */
const HOURS_FOR_DAYS = new RegExp(
  String.raw`(?<![a-z0-9.,])${NUM} ?(?:${HOURS}) ?(?:${PER_DAY}) ?(?:,|i|in|for|over|gjennom|pa|during)? ?${APPROX}${NUM} ?(?:${DAYS})(?![a-z])`,
  'g',
);
/** "12 timer per dag", "12 hours a day", "daglig 12 timer". */
const HOURS_PER_DAY = new RegExp(
  String.raw`(?<![a-z0-9.,])${NUM} ?(?:${HOURS}) ?(?:${PER_DAY})|(?:daglig|daily) ${APPROX}${NUM} ?(?:${HOURS})(?![a-z])`,
  'g',
);
const DAY_WORDS = new Set(['dag', 'dager', 'dagen', 'dagar', 'day', 'days', 'dogn', 'daglig', 'daily', 'dagers']);

const CONNECT = String.raw`(?: (?:pa|er|is|of|av|was|var|lik|bestar av|consists of|på|paa|at))?:? ?=? ?${APPROX}`;

/** A number right after one of `labels` (e.g. "BT 45", "største lengde er 14,9 m"). */
const labelBefore = (labels: readonly string[]) => new RegExp(String.raw`(?<![a-z0-9])(?:${alternation(labels)})${CONNECT}(?=-?\d)`, 'g');
/** One of `labels` right after a quantity (e.g. "14,9 m LOA", "10 personer i sikkerhetsbemanningen"). */
const labelAfter = (labels: readonly string[]) => new RegExp(String.raw`^ ?\(?(?:(?:i|in|pa|on|the|som|as) )*(?:${alternation(labels)})(?![a-z0-9])`);

const L_LABELS = ['lengde (l)', 'lengde l', 'length (l)', 'length l', 'registrert lengde', 'registered length', '(l)', 'l'];
const LOA_LABELS = ['største lengde', 'length overall', 'overall length', 'lengde over alt', 'lengde overalt', 'loa', 'l.o.a.', 'l oa'];
const GT_LABELS = ['bruttotonnasje', 'brutto tonnasje', 'bruttotonnasjen', 'gross tonnage', 'bt', 'gt'];
const MANNING_LABELS = [
  'sikkerhetsbemanning', 'sikkerhetsbemanningen', 'minste sikkerhetsbemanning', 'safety manning', 'safe manning',
  'minimum safe manning', 'the safe manning', 'the safety manning',
];
const CREW_LABELS = ['mannskap', 'mannskapet', 'besetning', 'besetningen', 'crew', 'the crew', 'crew size'];
const AGE_LABELS = ['alder', 'age', 'aged', 'jeg er', 'eg er', 'i am', "i'm", 'han er', 'hun er', 'ho er', 'he is', "he's", 'she is', "she's"];

const L_BEFORE = labelBefore(L_LABELS);
const LOA_BEFORE = labelBefore(LOA_LABELS);
const GT_BEFORE = labelBefore(GT_LABELS);
const MANNING_BEFORE = labelBefore(MANNING_LABELS);
const CREW_BEFORE = labelBefore(CREW_LABELS);
const AGE_BEFORE = labelBefore(AGE_LABELS);
const L_AFTER = labelAfter(['(l)', 'lengde (l)', 'length (l)']);
const LOA_AFTER = labelAfter(['loa', 'største lengde', 'length overall', 'overall', 'lengde over alt', 'lengde overalt']);
const MANNING_AFTER = labelAfter(['sikkerhetsbemanning', 'sikkerhetsbemanningen', 'safety manning', 'safe manning']);
const CREW_AFTER = labelAfter(['mannskap', 'mannskapet', 'besetning', 'crew', 'crew members']);
const AGE_AFTER = /^ ?(?:gammel|gamal|gamle|old|of age|gml)(?![a-z])/;

/** "N måneder som vaktoffiser", "N months on deck"… : what follows a time quantity, per fact. */
const SERVICE_AFTER: readonly { keys: readonly string[]; re: RegExp }[] = [
  {
    keys: ['monthsAsOfficerOfTheWatch', 'monthsAsOfficerOfTheWatchSinceIssue'],
    re: labelAfter([
      'fartstid som ansvarshavende vaktoffiser', 'fartstid som vaktoffiser', 'ansvarshavende vaktoffiser', 'vaktoffiser',
      'navigatør', 'styrmann', 'officer of the watch', 'an officer of the watch', 'oow', 'watch officer',
      'officer in charge of a navigational watch', 'sea time as officer of the watch',
    ]),
  },
  { keys: ['monthsAsOrdinarySeaman'], re: labelAfter(['lettmatros', 'ordinary seaman', 'an ordinary seaman', 'fartstid som lettmatros', 'tjenestetid som lettmatros']) },
  {
    keys: ['monthsDeckService'],
    re: labelAfter(['dekk', 'deck', 'dekkstjeneste', 'deck service', 'of deck service', 'tjenestetid på dekk', 'tjeneste på dekk', 'fartstid på dekk']),
  },
  {
    keys: ['monthsEngineService'],
    re: labelAfter([
      'maskin', 'maskinen', 'maskinrommet', 'engine', 'engine room', 'engine-room', 'the engine room', 'engine service',
      'engine-room service', 'of engine service', 'maskintjeneste', 'tjenestetid i maskin', 'tjeneste i maskin',
    ]),
  },
];

/** Date labels: what must come right before a date for it to be that fact. */
const DATE_LABELS: readonly { key: string; re: RegExp }[] = (
  [
    ['issueDate', ['utstedt', 'utstedelsesdato', 'utstedelse', 'utferdiget', 'issued', 'issue date', 'date of issue', 'issuing date']],
    ['expiryDate', ['utløper', 'utløpsdato', 'gyldig til', 'gyldig til og med', 'gyldig tom', 'går ut', 'expires', 'expiry date', 'expiry', 'expiration date', 'expiration', 'valid until', 'valid to', 'valid through', 'expiring']],
    ['verificationDate', ['verifikasjon', 'verifikasjonen', 'fornyelsesverifikasjon', 'fornyelsesverifikasjonen', 'verifisert', 'verification', 'renewal verification', 'verified']],
    ['seafarerBirthDate', ['født', 'fødselsdato', 'born', 'date of birth', 'birth date', 'dob']],
  ] as const
).map(([key, labels]) => ({
  key,
  re: new RegExp(String.raw`(?<![a-z0-9])(?:${alternation(labels)})(?: (?:den|on|the|pa|er|is|was|ble|blir|var|vil|will|be|been|skal|dato|date|at|per|i|gjennomfort|gjennomfores|utfort|utfores|holdt|carried out|held|done|planned|planlagt))*[:,]? ?$`),
}));
const PERIOD_START = /(?<![a-z0-9])(?:fra|fra og med|fom|f\.o\.m\.|from|between|mellom|periode|period)(?: (?:den|the))?:? ?$/;
const PERIOD_BETWEEN = /^ ?(?:til|to|until|-|tom|t\.o\.m\.|og|and|through|til og med) ?(?:den |the )?$/;
const PASSENGER_WORDS = /(?<![a-z])(?:passasjer|passenger)/;

type Collector = { propose(key: string, value: unknown): void; result(): Record<string, unknown> };

function collector(facts: readonly FactInfo[]): Collector {
  const byKey = new Map<string, FactInfo>();
  for (const f of facts) {
    byKey.set(f.questionKey, f);
    if (!byKey.has(f.id)) byKey.set(f.id, f);
  }
  const found = new Map<string, unknown[]>();
  return {
    propose(key, value) {
      const f = byKey.get(key);
      if (!f) return;
      if (typeof value === 'number' && (!Number.isFinite(value) || (f.type === 'integer' && !Number.isInteger(value)))) return;
      found.set(f.id, [...(found.get(f.id) ?? []), value]);
    },
    result() {
      const out: Record<string, unknown> = {};
      for (const [id, values] of found) if (values.every((v) => v === values[0])) out[id] = values[0];
      return out;
    },
  };
}

/** The quantity that starts exactly where a label match ends. */
const quantityAt = (qs: readonly Quantity[], index: number) => qs.find((q) => q.start === index);

function labelledBefore(folded: string, re: RegExp, qs: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of folded.matchAll(re)) {
    const q = quantityAt(qs, m.index + m[0].length);
    if (q) out.push(q);
  }
  return out;
}

const labelledAfter = (folded: string, re: RegExp, qs: readonly Quantity[]) => qs.filter((q) => re.test(folded.slice(q.end)));

function proposeAmounts(c: Collector, keys: readonly string[], qs: readonly Quantity[], unit: string): void {
  for (const q of qs) {
    const v = convert(q.value, q.unit, unit);
    if (v !== undefined) for (const k of keys) c.propose(k, v);
  }
}

function seaTime(c: Collector, folded: string, qs: readonly Quantity[]): void {
  const num = (s: string | undefined) => parseNumeral(s ?? '');
  let pair = false;
  for (const m of folded.matchAll(DAYS_AT_HOURS)) {
    c.propose('days', num(m[1]));
    c.propose('hoursPerDay', num(m[2]));
    pair = true;
  }
  for (const m of folded.matchAll(HOURS_FOR_DAYS)) {
    c.propose('hoursPerDay', num(m[1]));
    c.propose('days', num(m[2]));
    pair = true;
  }
  if (pair) return;
  const perDay = [...folded.matchAll(HOURS_PER_DAY)].map((m) => num(m[1] ?? m[2]));
  const dayQs = qs.filter((q) => q.unit === 'days');
  const hourQs = qs.filter((q) => q.unit === 'hours');
  for (const h of perDay) c.propose('hoursPerDay', h);
  if (perDay.length > 0 && dayQs.length === 1) c.propose('days', dayQs[0]!.value);
  const mentionsDays = words(folded).some((w) => DAY_WORDS.has(w)) || qs.some((q) => q.unit === 'weeks' || q.unit === 'months' || q.unit === 'years');
  if (perDay.length === 0 && !mentionsDays && hourQs.length === 1) c.propose('totalHours', hourQs[0]!.value);
}

function amounts(c: Collector, folded: string, all: readonly Quantity[]): void {
  const qs = all.filter((q) => !isBoundQuantity(folded, q));
  // Gross tonnage: "45 BT", "BT 45", "bruttotonnasje på 450".
  const gt = [...qs.filter((q) => q.unit === 'GT'), ...labelledBefore(folded, GT_BEFORE, qs).filter((q) => q.unit === undefined || q.unit === 'GT')];
  proposeAmounts(c, ['grossTonnage'], gt, 'GT');
  // Lengths only when labelled: a bare "23,5 m" may be L or LOA.
  const metres = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'm' || q.unit === 'cm');
  proposeAmounts(c, ['lengthL'], metres([...labelledBefore(folded, L_BEFORE, qs), ...labelledAfter(folded, L_AFTER, qs)]), 'm');
  proposeAmounts(c, ['lengthOverall'], metres([...labelledBefore(folded, LOA_BEFORE, qs), ...labelledAfter(folded, LOA_AFTER, qs)]), 'm');
  // Safety manning and crew.
  const persons = (list: Quantity[]) => list.filter((q) => q.unit === undefined || q.unit === 'persons');
  const manning = persons([...labelledBefore(folded, MANNING_BEFORE, qs), ...labelledAfter(folded, MANNING_AFTER, qs)]);
  const crew = persons([...labelledBefore(folded, CREW_BEFORE, qs), ...labelledAfter(folded, CREW_AFTER, qs)]);
  const personQs = qs.filter((q) => q.unit === 'persons');
  proposeAmounts(c, ['safetyManning', 'crewSize'], manning, 'persons');
  proposeAmounts(c, ['crewSize'], crew, 'persons');
  if (manning.length === 0 && crew.length === 0 && personQs.length === 1 && !PASSENGER_WORDS.test(folded)) {
    proposeAmounts(c, ['safetyManning', 'crewSize'], personQs, 'persons');
  }
  // Age: "19 år gammel", "alder 19", "I am 19".
  const ages = [
    ...qs.filter((q) => (q.unit === 'years' || q.unit === undefined) && AGE_AFTER.test(folded.slice(q.end))),
    ...labelledBefore(folded, AGE_BEFORE, qs).filter((q) => q.unit === 'years' || (q.unit === undefined && /^(?:[ ,.!?]|og |and |$)/.test(`${folded.slice(q.end)}`))),
  ];
  proposeAmounts(c, ['age'], ages, 'years');
  // Service time: "14 måneder som vaktoffiser", "2 years on deck".
  const timeQs = qs.filter((q) => q.unit === 'months' || q.unit === 'years' || q.unit === 'days' || q.unit === 'weeks');
  for (const { keys, re } of SERVICE_AFTER) proposeAmounts(c, keys, labelledAfter(folded, re, timeQs), 'months');
  seaTime(c, folded, qs);
}

function dates(c: Collector, folded: string, hits: readonly DateHit[]): void {
  for (const [i, h] of hits.entries()) {
    if (h.iso === undefined) continue;
    const before = folded.slice(Math.max(0, h.start - 60), h.start);
    for (const { key, re } of DATE_LABELS) if (re.test(before)) c.propose(key, h.iso);
    const next = hits[i + 1];
    if (next?.iso !== undefined && PERIOD_START.test(before) && PERIOD_BETWEEN.test(folded.slice(h.end, next.start))) {
      c.propose('periodFrom', h.iso);
      c.propose('periodTo', next.iso);
    }
  }
}

function extract(text: string, facts: readonly FactInfo[], ctx: ExtractContext): Record<string, unknown> {
  if (facts.length === 0 || text.trim().length === 0) return {};
  const folded = fold(text.slice(0, MAX_READ));
  const tokens = words(folded);
  const c = collector(facts);
  for (const f of facts) {
    if (f.type !== 'enum' || !f.values) continue;
    const v = findEnumInText(f.questionKey, f.values, tokens) ?? (f.questionKey === f.id ? undefined : findEnumInText(f.id, f.values, tokens));
    if (v !== undefined) c.propose(f.questionKey, v);
  }
  const hits = findDates(folded, ctx.today);
  const qs = findQuantities(folded).filter((q) => !hits.some((h) => q.start < h.end && q.end > h.start));
  amounts(c, folded, qs);
  dates(c, folded, hits);
  return c.result();
}

/**
 * The facts of `facts` that `text` (a free-text question) states unambiguously, keyed by fact id.
 * Never guesses and never throws; a fact it is unsure of is simply absent.
 */
export function extractFacts(text: string, facts: readonly FactInfo[], ctx: ExtractContext): Record<string, unknown> {
  try {
    return typeof text === 'string' && Array.isArray(facts) ? extract(text, facts, ctx) : {};
  } catch {
    // Defensive only: a parser bug must not break the chat.
    return {};
  }
}
