/**
 * A coarse guard that reading formats stays linear in the length of the text: 10 KB of mixed
 * bokmål, nynorsk and English with dates and numbers goes through findDates, findQuantities and
 * detectLocale well within budget, and four times the text takes roughly four times as long (not
 * sixteen). Figures for the report come from `npx tsx bench/formats.ts`, not from this test.
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../../understanding/dates.js';
import { detectLocale } from '../../understanding/language.js';
import { fold } from '../../understanding/normalize.js';
import { findQuantities, numberWordsToDigits } from '../../understanding/numbers.js';

const MIXED =
  'Hei! Skipet vårt er på ca 120 BT og 23,5 m, vi er tolv mann. Eg har jobba 1 250 timar frå 1. mars 2024 ' +
  'til 31.08.25, i går og i dag. I sent my D6 application on Min side. Forty-five days, twelve and a half ' +
  'hours, 10-12 persons, juni 2024, 31/8-2025, tre og eit halvt år, "constructor" __proto__ toString. ';
/** Text made to make a backtracking regex or a quadratic loop show: long runs of digits, dots and words. */
const HOSTILE = `${'1.'.repeat(400)}${'9'.repeat(400)} ${'tjue '.repeat(200)}${'og '.repeat(200)}${'- 1 '.repeat(200)}`;

const textOf = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * The fastest of a few runs, in ms of this process's CPU time: on a shared machine wall-clock time
 * includes the time other processes held the core, CPU time does not.
 */
function fastest(run: () => void, times = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const readAll = (raw: string) => () => {
  const folded = fold(raw);
  findDates(folded, '2026-03-15', { yearless: true });
  findQuantities(folded, { words: true });
  numberWordsToDigits(folded);
  detectLocale(raw);
};

describe('reading formats is linear in the length of the text', () => {
  test.each([
    { name: 'mixed messages', unit: MIXED },
    { name: 'text built to trip backtracking', unit: HOSTILE },
  ])('$name: 10 KB in well under 50 ms, and 40 KB in about four times that', ({ unit }) => {
    const small = textOf(unit, 10_000);
    const large = textOf(unit, 40_000);
    // Warm up the JIT and the regular expressions' native code.
    for (let i = 0; i < 2; i++) {
      readAll(small)();
      readAll(large)();
    }
    const t10 = fastest(readAll(small));
    const t40 = fastest(readAll(large));
    expect(t10).toBeLessThan(50);
    // Linear: ×4 the text within ×10 the time (quadratic work would be ×16), with 2 ms of slack for timer noise.
    expect(t40).toBeLessThan(10 * t10 + 2);
  });
});
