/**
 * Values a message corrects: one taken back at once («8, eller egentlig 11») is blanked before the
 * facts are read, and one corrected later in the message («…, nei vent, det er 9», "sorry, 45 not
 * 60") gives its fact the value meant.
 */
import { matchesOf } from './normalize.js';
import {
  CORRECTION_WORDS,
  NO_CORRECTING,
  MEANT_INSTEAD_WORDS,
  REJECTED_VALUE_WORDS,
  SELF_CORRECTION_WORDS,
  TAKEN_BACK_WORDS,
} from './lexicon/discourse.js';
import { findQuantities } from './numbers.js';
import { type FactFound, word } from './fact-collector.js';

/** A value a self-correction may replace: a date, or a number with an optional unit word. */
const VALUE = String.raw`(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\. ?[a-z]+ \d{4}|\d+(?:[.,]\d+)?(?: ?[a-z]{1,12})?)`;
/**
 * «utstedt 01.02.2025 – nei, 01.02.2024», «sikkerhetsbemanning 8, eller egentlig 11», «9, eller vent,
 * vi har fått ny bemanningsoppgave på 10»: a value, a correction word, and a value of the same kind
 * within six words («45 BT men sorry, riktig er 145 BT», "45 GT but sorry, correct is 145 GT"); the first is blanked out (positions kept), so the label before it names the second.
 */
const SUPERSEDED = new RegExp(
  `(?<![a-z0-9.,])(${VALUE})( ?(?:[,;:(–—-]|\\.+|…)* ?(?:(?:eller|or|men|but|og|and) )?(?<![a-z])${word([...SELF_CORRECTION_WORDS, ...CORRECTION_WORDS, ...NO_CORRECTING])}(?![a-z])[ ,:!–—-]*(?:[a-z']+[ ,]+){0,6})(?=${VALUE}(?![a-z0-9]))`,
  'g',
);
const DATE_LIKE = /^\d{1,2}\.(?:\d{1,2}\.\d{2,4}| ?[a-z]+ \d{4})$/;
/** Apologies, which also open a correction («sorry, 45»), but only close to the value meant. */
const APOLOGY = /(?<![a-z])(?:sorry|beklager|unnskyld|orsak|oops)(?![a-z])/;
/** A gap that ends in a word denying the value after it («nei ikke», "no wait, not"). */
const ENDS_REJECTING = new RegExp(`(?<![a-z])${word(REJECTED_VALUE_WORDS)}[ ,]*$`);
/**
 * After a denied value: the value, and the few words and words of meaning that bring the one meant
 * ("18, I was ", «18 men »), when they follow.
 */
const DENIED_THEN_MEANT = new RegExp(`^(${VALUE})((?: [a-z]+){0,3}[ ,]+(?:${word(MEANT_INSTEAD_WORDS)}),? (?=\\d))`);
const DENIED_ALONE = new RegExp(`^(${VALUE})`);
const leadingNumber = (s: string | undefined) => /^\d+(?:[.,]\d+)*/.exec(s?.trim() ?? '')?.[0];
/** Most words an apology's correction may hold before the value meant ("sorry, I mean it's 45"). */
const APOLOGY_REACH = 5;

/** `folded` with every value it corrects at once blanked out (see SUPERSEDED). */
export function withoutSuperseded(folded: string): string {
  if (!/\d/.test(folded)) return folded;
  let out = '';
  let from = 0;
  for (const m of matchesOf(SUPERSEDED, folded)) {
    const [all, first = '', gap = ''] = m;
    const at = m.index + all.length;
    const next = folded.slice(at).match(new RegExp(`^${VALUE}`))?.[0] ?? '';
    // "60 GT, sorry for all the questions, we are 12 …": an apology far from the next value takes
    // nothing back; only a word of correcting («eller vent, vi har fått … på 10») reaches that far.
    if (APOLOGY.test(gap) && (gap.match(/[a-z']+/g)?.length ?? 0) > APOLOGY_REACH) continue;
    // «18, nei ikke 18 men 17», "17 — no wait, not 17, I was 16": the next value is the one denied,
    // and the one meant may follow it. All from the first value to the one meant goes (the unit of
    // the first goes with a bare value meant), so the label before the first names the one meant;
    // with no value meant ("18 — no wait, not 18."), both go and the fact is asked.
    if (ENDS_REJECTING.test(gap)) {
      const denied = DENIED_THEN_MEANT.exec(folded.slice(at)) ?? DENIED_ALONE.exec(folded.slice(at));
      if (!denied || leadingNumber(denied[1]) !== leadingNumber(first)) continue;
      const meant = new RegExp(`^${VALUE}`).exec(folded.slice(at + denied[0].length))?.[0].trim() ?? '';
      const unit = denied[2] ? / ([a-z]{1,12})$/.exec(first.trim())?.[1] : undefined;
      const gone = all.length + denied[0].length;
      if (unit && /^\d+(?:[.,]\d+)?$/.test(meant) && gone > unit.length + 1) {
        out += `${folded.slice(from, m.index)}${' '.repeat(gone - unit.length - 1)}${meant} ${unit}`;
        from = at + denied[0].length + meant.length;
      } else {
        out += `${folded.slice(from, m.index)}${' '.repeat(gone)}`;
        from = at + denied[0].length;
      }
      continue;
    }
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

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;

/** A value and the one it takes back after it ("4 months not 3", "4 months, not 3", «45 BT ikkje 60»). */
const MEANT_NOT_DENIED = new RegExp(
  `(?<![a-z0-9.,])(${VALUE}),? ${word(TAKEN_BACK_WORDS)} ${NUMBER}(?: ?[a-z]{1,12})?(?![0-9.,]*[0-9])`,
  'g',
);

/**
 * `folded` with the value a reply takes back after the one meant blanked out (positions kept):
 * "sorry it was 4 months not 3", the days asked, is 4 months — never the 4 without its unit.
 */
export function withoutTakenBack(folded: string): string {
  if (!/\d/.test(folded)) return folded;
  return folded.replace(MEANT_NOT_DENIED, (all, meant: string) => meant + ' '.repeat(all.length - meant.length));
}
const CORRECTING = word([...SELF_CORRECTION_WORDS, ...CORRECTION_WORDS]);
/**
 * A number corrected after its label («vi er 12 i sikkerheitsbemanninga, nei vent, det er 9») or
 * taken back later ("60 GT … sorry, 45 not 60"): the value found first, and the one meant.
 */
const CORRECTED_AFTER: readonly { re: RegExp; was: number; now: number }[] = [
  {
    re: new RegExp(
      `(?<![a-z0-9.,])(${NUMBER})(?: [a-z]+){1,5} ?(?:[,;:–—-]+|[?!.]{2,}) ?(?<![a-z])${CORRECTING}(?![a-z])[ ,:!–—-]*(?:[a-z]+[ ,]+){0,4}(${NUMBER})(?![0-9.,]*[0-9])`,
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
  {
    // "sorry, I don't have 7, only 5", «vi har ikkje 10, berre 8», "not 17, I was 16": the number
    // denied, and the one meant.
    re: new RegExp(
      `(?<![a-z])${word(REJECTED_VALUE_WORDS)} (${NUMBER})(?: [a-z]+){0,3}[ ,]+(?:${word(MEANT_INSTEAD_WORDS)}),? (${NUMBER})(?![0-9.,]*[0-9])`,
      'g',
    ),
    was: 1,
    now: 2,
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
  for (const m of matchesOf(MEANT, folded)) {
    const at = m.index + m[0].length;
    const meant = qs.find((q) => q.start === at);
    if (!meant?.unit || meant.unit === 'other') continue;
    const before = qs.filter((q) => q.end <= m.index && q.unit === meant.unit && q.value !== meant.value);
    const old = before[before.length - 1];
    if (!old) continue;
    const target = out.find((f) => f.value === old.value && typeof f.value === 'number' && f.start <= old.start + 1);
    if (!target) continue;
    // The amount meant may have been read as another fact of its own: it is this one's new value.
    // (Every fact read from the same amount takes it: "14 months as OOW since then" is both the
    // months as OOW and those since the issue.)
    const same = (f: FactFound) =>
      f === target || (f.start === target.start && f.end === target.end && f.value === target.value);
    out = out
      .filter((f) => same(f) || !(f.start < meant.end && f.end > meant.start))
      .map((f) => (same(f) ? { ...f, value: meant.value } : f));
    done.add(meant.start);
  }
  return { out, done };
}

/** `found` with a number the message corrects later in the same message given its corrected value. */
export function correctedAfter(found: FactFound[], folded: string): FactFound[] {
  if (!/\d/.test(folded) || found.length === 0) return found;
  const byUnit = correctedByUnit(found, folded);
  let out = byUnit.out;
  for (const { re, was, now } of CORRECTED_AFTER) {
    for (const m of matchesOf(re, folded)) {
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
