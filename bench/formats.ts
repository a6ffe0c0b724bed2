/**
 * How long reading formats takes (dates, quantities with number words, language), per message:
 *
 *   npx tsx bench/formats.ts            — a short message, 2,000 characters, 10 KB and 40 KB
 *
 * CPU time per operation, median of timed rounds (bench/lib/harness.ts). The 10 KB → 40 KB ratio
 * shows that the work is linear in the length (about 4×; quadratic work would be 16×). Not part of
 * `npm run bench` (yet): understanding as a whole gets its own section there.
 */
import { findDates } from '../understanding/dates.js';
import { detectLanguage } from '../understanding/language.js';
import { fold } from '../understanding/normalize.js';
import { findQuantities } from '../understanding/numbers.js';
import { measure } from './lib/harness.js';

const TODAY = '2026-03-15';
const SHORT = 'Hva om skipet bare er på 45 BT? Vi er tolv mann om bord fra 1. mars.';
const MIXED =
  'Hei! Skipet vårt er på ca 120 BT og 23,5 m, vi er tolv mann. Eg har jobba 1 250 timar frå 1. mars 2024 ' +
  'til 31.08.25, i går og i dag. I sent my D6 application on Min side. Forty-five days, twelve and a half ' +
  'hours, 10-12 persons, juni 2024, 31/8-2025, tre og eit halvt år. ';
const PROSE =
  'Vi har et lasteskip som går langs kysten, og lurer på hva som gjelder for bemanning når vi skal ha med oss ' +
  'flere folk på turen neste sommer, og hvem som må ha hvilke sertifikater om bord. ';
const textOf = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const subjects: { name: string; text: string }[] = [
  { name: `short message (${SHORT.length} chars)`, text: SHORT },
  { name: '2,000 chars, dense with dates and numbers', text: textOf(MIXED, 2000) },
  { name: '2,000 chars, plain prose', text: textOf(PROSE, 2000) },
  { name: '10 KB, dense', text: textOf(MIXED, 10_000) },
  { name: '40 KB, dense', text: textOf(MIXED, 40_000) },
];

const ops = {
  fold: (t: string) => fold(t),
  findDates: (t: string) => findDates(fold(t), TODAY, { yearless: true }),
  findQuantities: (t: string) => findQuantities(fold(t), { words: true }),
  detectLanguage: (t: string) => detectLanguage(t),
  all: (t: string) => {
    const f = fold(t);
    return [findDates(f, TODAY, { yearless: true }), findQuantities(f, { words: true }), detectLanguage(t)];
  },
};

const quick = process.argv.includes('--quick');
const options = quick ? { rounds: 3, msPerRound: 100, warmupMs: 100 } : { rounds: 7, msPerRound: 300, warmupMs: 300 };
const fmt = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);

const rows: string[][] = [['text', ...Object.keys(ops)]];
const byName = new Map<string, Record<string, number>>();
for (const s of subjects) {
  const row = [s.name];
  const times: Record<string, number> = {};
  for (const [op, fn] of Object.entries(ops)) {
    const t = await measure({ sync: () => fn(s.text) }, options);
    times[op] = t.nsPerOp;
    row.push(fmt(t.nsPerOp));
  }
  byName.set(s.name, times);
  rows.push(row);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`);
const t10 = byName.get('10 KB, dense')?.all ?? 0;
const t40 = byName.get('40 KB, dense')?.all ?? 0;
console.log(`\n40 KB ÷ 10 KB (all): ${(t40 / t10).toFixed(1)}× (linear ≈ 4×)`);
