/**
 * The sea time of a first D5, D4 or D3 stated in free text (seed 004): days after the final
 * diploma, days of bridge watchkeeping, days in an approved training programme, days on ships of
 * 15 m or more — each only with its own label right after the time — and whether the assessment is
 * done. A time in months counts 30 days a month, as seed 004 does ("36 måneder (1080 dager)").
 */
import {
  AFTER_DIPLOMA_WORDS,
  ASSESSMENT_PHRASES,
  DECK_SEA_TIME_LABELS,
  TIME_VERB_LINKS,
  LABEL_BEFORE_LINKS,
  OF_THEM_LINKS,
  ON_DECK_WORDS,
  SHIPS_OF_15_M,
} from './lexicon/deck-words.js';
import { PART_OF_WORDS } from './lexicon/discourse.js';
import { AFTER_LINK_WORDS, UNIT_WORDS } from './lexicon/synonyms.js';
import { alternation, wholePhrases } from './normalize.js';
import { convert, type Quantity } from './numbers.js';
import { deniedBefore } from './denials.js';

/** A fact found: catalogue key, value and where it stands in the folded text. */
type Found = { key: string; value: unknown; start: number; end: number };

/** «på sjøgåande skip over 15 m» in any combination of its parts: the sea time of alternative A. */
const SHIPS_15 = (() => {
  const { lead, on, seagoing, ships, size } = SHIPS_OF_15_M;
  return `(?:(?:${alternation(lead)}) )?(?:${alternation(on)}) (?:(?:${alternation(seagoing)}) )?(?:${alternation(ships)}) (?:${alternation(size)})`;
})();
/**
 * "on 20 m LOA boats", «på skip på 24 meter»: ships whose length written out is 15 m or more, the
 * time on deck or not ("30 months on deck on 20 m LOA boats").
 */
const SHIPS_LONG = (() => {
  const { on, seagoing, ships, articles, lengthWords, sizeLinks } = SHIPS_OF_15_M;
  // A length of 15 m or more, in digits.
  // ("LOA 20-40 m": a range of such lengths.)
  const from = '(?:1[5-9]|[2-9][0-9]|[0-9]{3})(?:[.,][0-9]+)?';
  const long = `${from}(?: ?[-–] ?${from})? ?(?:${alternation(UNIT_WORDS.m)})`;
  // («på 60 m forsyningsskip», "on 20 m supplybåt": a compound ending in a word for ships.)
  // ("on fjord ferries LOA 60 m": one word may name the kind of ship.)
  const vessel = `(?:(?:${alternation(seagoing)}) )?(?:[a-z]{2,20} ?)?(?:${alternation(ships)})`;
  // ("on seagoing ships 16 m LOA": the length after the ships, with or without a link word.)
  // ("on seagoing ships, LOA 20-40 m": the length after a comma, named as the length overall.)
  return `(?:(?:${alternation(ON_DECK_WORDS)}) )?(?:${alternation(on)}) (?:(?:${alternation(articles)}) )?(?:${long}(?: (?:${alternation(lengthWords)}))? ${vessel}|${vessel},? (?:(?:${alternation(sizeLinks)}) )?(?:loa )?${long})`;
})();
/**
 * «100 av dei etter vitnemålet», "130 of them after the final diploma", «130 av dagane er etter
 * vitnemålet»: a part of a time just given (a word of being may come before the label).
 */
const OF_THEM_WORDS = `(?:(?:${alternation(PART_OF_WORDS.of)}) (?:${alternation(PART_OF_WORDS.whole)})|of which)(?: (?:${alternation(OF_THEM_LINKS)}))?`;
/** The label of each fact, as a pattern: its listed phrases (and for alternative A, its ships). */
const LABEL_SOURCES = Object.entries(DECK_SEA_TIME_LABELS).map(([key, words]) => ({
  key,
  source: key === 'seaTimeDays' ? `${alternation(words)}|${SHIPS_15}|${SHIPS_LONG}` : alternation(words),
}));
const LABELS = LABEL_SOURCES.map(({ key, source }) => ({
  key,
  // «180 dagar fartstid som kadett i webcadet»: the words for sea time may stand before the label.
  re: new RegExp(
    `^ ?(?:${OF_THEM_WORDS} )?(?:(?:${alternation(OF_THEM_LINKS)}) )?(?:(?:${alternation(SHIPS_OF_15_M.lead)}) )?(?:(?:${alternation(TIME_VERB_LINKS)}) )?(?:(?:${alternation(AFTER_LINK_WORDS)}) )*(?:${source})(?![a-z0-9])`,
  ),
}));
const AFTER_DIPLOMA = new RegExp(`(?:${alternation(AFTER_DIPLOMA_WORDS)})(?![a-z])`);
const AFTER_THAT = /(?<![a-z])(?:etterpa|etter det|etter dette|sidan|siden|since then|after that|afterwards)(?![a-z])/;
const DIPLOMA_NAMED = /(?<![a-z])(?:vitnemal|vitnemalet|diploma)(?![a-z])/;
const ASSESSED = (['yes', 'no'] as const).map((v) => ({
  value: v === 'yes',
  re: wholePhrases(ASSESSMENT_PHRASES[v]),
}));
const OF_THEM = new RegExp(`^ ?${OF_THEM_WORDS} `);
/** «seks av månedene», "six of the months": a part of a time in months. */
const OF_MONTHS = new RegExp(
  `^ ?(?:${alternation(PART_OF_WORDS.of)}) (?:${alternation(PART_OF_WORDS.months)})(?![a-z])`,
);
/** A label right after a bare number, with nothing between: the number is a count of days. */
// («hva om bare 100 var etter vitnemålet?», "only 100 were after the diploma": a verb may stand between.)
const BARE_DAYS = new RegExp(
  `^ (?:(?:${alternation(OF_THEM_LINKS)}) )?(?:${LABEL_SOURCES.map((l) => l.source).join('|')})(?![a-z0-9])`,
);
/** A label asked about before the time is given («og hva med brovakt? jeg har 200 dager»). */
const ASKED_ABOUT = LABEL_SOURCES.map(({ key, source }) => ({
  key,
  re: new RegExp(`(?<![a-z])(?:hva med|kva med|what about|how about) (?:${source})(?![a-z0-9])`),
}));
/**
 * "wait, bridge watch only 150 days", «brovakt: 150 dagar»: the label right before a time (and a link
 * word or two; only bridge watch and the days after the diploma, whose words name no other time).
 */
const LABEL_BEFORE = LABEL_SOURCES.filter(({ key }) => key === 'bridgeWatchDays' || key === 'daysAfterDiploma').map(
  ({ key, source }) => ({
    key,
    re: new RegExp(`(?<![a-z])(?:${source})(?: (?:${alternation(LABEL_BEFORE_LINKS)}))?[ :]*$`),
  }),
);
/** How far after a time its label is read. */
const LOOK_AHEAD = 60;

/** The deck sea-time facts `folded` states, from its quantities (not bounds): times, or a bare number "of them". */
export function deckSeaTime(folded: string, times: readonly Quantity[]): Found[] {
  const out: Found[] = [];
  for (const q of times) {
    const after = folded.slice(q.end, q.end + LOOK_AHEAD);
    for (const { key, re } of LABELS) {
      if (!re.test(after)) continue;
      // «100 dager som kadett etter vitnemålet»: the days after the diploma, not the programme's.
      // «vitnemål som D4 og 90 dagar med webcadet etterpå», "diploma in June … 130 days in webcadet since
      // then": after the diploma named before the time.
      const clause = after.split(/[,.;!?]/)[0] ?? '';
      const afterDiploma =
        key === 'trainingProgramDays' &&
        (AFTER_DIPLOMA.test(clause) || (AFTER_THAT.test(clause) && DIPLOMA_NAMED.test(folded.slice(0, q.start))));
      // A bare number counts with its label right after it («100 av dei etter vitnemålet», "only 119
      // after diploma"): every such time is in days (seed 004); not one that is a size ("over 15 m").
      if (q.unit === undefined && !OF_THEM.test(after) && !BARE_DAYS.test(after)) continue;
      const days = convert(q.value, q.unit ?? (OF_MONTHS.test(after) ? 'months' : 'days'), 'days');
      if (days !== undefined)
        out.push({ key: afterDiploma ? 'daysAfterDiploma' : key, value: days, start: q.start, end: q.end });
    }
  }
  // "wait, bridge watch only 150 days": the label right before the time.
  for (const q of times) {
    if (q.unit === undefined || out.some((f) => f.start === q.start)) continue;
    const before = folded.slice(Math.max(0, q.start - LOOK_AHEAD), q.start);
    const named = LABEL_BEFORE.find(({ re }) => re.test(before));
    const days = named ? convert(q.value, q.unit, 'days') : undefined;
    if (named && days !== undefined) out.push({ key: named.key, value: days, start: q.start, end: q.end });
  }
  // «og hva med brovakt? jeg har 200 dager»: the label asked about first, the one time after it.
  const [only] = times;
  if (out.length === 0 && times.length === 1 && only && only.unit !== undefined) {
    const before = folded.slice(0, only.start);
    const named = ASKED_ABOUT.filter(({ re }) => re.test(before));
    const one = named.length === 1 ? named[0] : undefined;
    const days = one ? convert(only.value, only.unit, 'days') : undefined;
    if (one && days !== undefined) out.push({ key: one.key, value: days, start: only.start, end: only.end });
  }
  const assessed = ASSESSED.filter(({ re }) => re.test(folded));
  const one = assessed.length === 1 ? assessed[0] : undefined;
  if (one) {
    const m = one.re.exec(folded);
    // («har ikkje assessor-bedømming»: a yes-phrase denied right before it is a no.)
    const value = one.value && m && deniedBefore(folded, m.index) ? false : one.value;
    if (m) out.push({ key: 'hasAssessment', value, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
