/**
 * The rules' fast paths give exactly what the slower reference gives: integer date arithmetic vs
 * date-fns on local midnight, the written dates vs date-fns' format, numbers vs Intl.NumberFormat,
 * and the quick fact check vs the fact's zod schema — over every day of decades, grids of numbers,
 * and generated values.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, parseIsoDate, plusDays, plusMonths, plusYears, toIsoDate } from '../../rules/dates.js';
import { cachedSchema, FACTS, parseFacts } from '../../rules/facts.js';
import type { FactSpec, RuleFact } from '../../rules/facts.js';
import { date, num } from '../../rules/rule.js';

const nbFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const enFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const ref = {
  toIso: (d: Date) => formatISO(d, { representation: 'date' }),
  isIso: (s: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const d = parseIsoDate(s);
    return isValid(d) && formatISO(d, { representation: 'date' }) === s;
  },
  plusMonths: (s: string, n: number) => formatISO(addMonths(parseIsoDate(s), n), { representation: 'date' }),
  plusDays: (s: string, n: number) => formatISO(addDays(parseIsoDate(s), n), { representation: 'date' }),
  daysBetween: (a: string, b: string) => differenceInCalendarDays(parseIsoDate(b), parseIsoDate(a)),
  date: (s: string) => ({
    nb: format(parseIsoDate(s), 'd. MMMM yyyy', { locale: nb }),
    nn: format(parseIsoDate(s), 'd. MMMM yyyy', { locale: nn }),
    en: format(parseIsoDate(s), 'd MMMM yyyy', { locale: enGB }),
  }),
  num: (n: number) => ({ nb: nbFormat.format(n), nn: nbFormat.format(n), en: enFormat.format(n) }),
};

/** Every day from `from` to `to`, as ISO dates. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = parseIsoDate(from); ref.toIso(d) <= to; d = addDays(d, 1)) out.push(ref.toIso(d));
  return out;
}

describe('date arithmetic without date-fns gives what date-fns gives', () => {
  const every = days('1999-01-01', '2033-12-31');

  it('writes, validates and moves every day of 1999–2033 as date-fns does', () => {
    const shifts = [-63, -36, -24, -12, -6, -3, -1, 1, 2, 3, 6, 12, 24, 36, 60, 63];
    for (const day of every) {
      expect(isIsoDate(day)).toBe(true);
      expect(date(day)).toEqual(ref.date(day));
      for (const n of shifts) expect(plusMonths(day, n)).toBe(ref.plusMonths(day, n));
      for (const n of [-5, -3, -2, 1, 5]) expect(plusYears(day, n)).toBe(ref.plusMonths(day, n * 12));
      for (const n of [-400, -1, 1, 30, 365, 366]) expect(plusDays(day, n)).toBe(ref.plusDays(day, n));
    }
    // About 12,800 days × 30 comparisons each: a few seconds alone, longer on a shared, loaded machine.
  }, 120_000);

  it('counts calendar days between any two days as date-fns does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: every.length - 1 }),
        fc.integer({ min: 0, max: every.length - 1 }),
        (i, j) => {
          const a = every[i] ?? '';
          const b = every[j] ?? '';
          expect(daysBetween(a, b)).toBe(ref.daysBetween(a, b));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    '2025-02-29',
    '2024-02-29',
    '2100-02-29',
    '2000-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-01',
    '0099-12-31',
    '0100-01-01',
    '0999-06-15',
    '9999-12-31',
    '2025-1-01',
    ' 2025-01-01',
    '2025-01-01T00:00',
  ])('validates %s as date-fns does', (s) => {
    expect(isIsoDate(s)).toBe(ref.isIso(s));
  });

  it('writes today the way formatISO does', () => {
    for (const d of [new Date(2025, 0, 1, 0, 0), new Date(2025, 11, 31, 23, 59), new Date(2024, 1, 29, 12)])
      expect(toIsoDate(d)).toBe(ref.toIso(d));
  });

  it('goes the date-fns way outside ordinary years, with the same result', () => {
    for (const [day, n] of [
      ['0100-01-31', 1],
      ['9999-12-31', 1],
      ['1000-01-01', -1],
    ] as const) {
      expect(plusMonths(day, n)).toBe(ref.plusMonths(day, n));
      expect(plusDays(day, n)).toBe(ref.plusDays(day, n));
    }
  });
});

describe('numbers written without Intl give what Intl gives', () => {
  it('writes every thousandth from 0 to 1000 as Intl does', () => {
    const wrong: number[] = [];
    for (let k = 0; k <= 1_000_000; k += 1) {
      const n = k / 1000;
      const a = num(n);
      const b = ref.num(n);
      if (a.nb !== b.nb || a.nn !== b.nn || a.en !== b.en) wrong.push(n);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('writes whole numbers and hundredths with thousands grouped as Intl does', () => {
    const wrong: number[] = [];
    const check = (n: number) => {
      const a = num(n);
      const b = ref.num(n);
      if (a.nb !== b.nb || a.nn !== b.nn || a.en !== b.en) wrong.push(n);
    };
    for (let k = 0; k <= 2_000_000; k += 7) check(k);
    for (let k = 0; k <= 2_000_000; k += 13) check(k / 100 + 999);
    for (const n of [999_999.995, 9_999_999.999, 1e15 - 1, 1e15, 2 ** 53, 123_456_789.125]) check(n);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it.each([
    0,
    -0,
    1,
    -1,
    0.005,
    1.005,
    2.675,
    0.125,
    0.375,
    999.99,
    999.994,
    999.995,
    999.999,
    1000,
    1867,
    12_345,
    0.1 + 0.2,
    1e-7,
    5e-7,
    123.456789,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1 / 3,
    2 / 3,
    46.92,
    13.333333333333334,
  ])('writes %d as Intl does', (n) => {
    expect(num(n)).toEqual(ref.num(n));
  });

  it('writes any double as Intl does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -2000, max: 2000 }),
          fc.double({ min: 0, max: 1000 }),
          fc.double({ min: 0, max: 1e7 }),
          fc.double(),
        ),
        (n) => {
          expect(num(n)).toEqual(ref.num(n));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('the quick fact check agrees with the zod schema', () => {
  /** What parseFacts returned before the quick check: zod for every value. */
  const zodOnly = (spec: FactSpec, raw: unknown) => {
    const r = cachedSchema(spec).safeParse(raw);
    return r.success ? { ok: true, value: r.data } : { ok: false };
  };
  const viaParseFacts = (spec: FactSpec, raw: unknown) => {
    const rf: RuleFact[] = [{ key: 'grossTonnage', spec, optional: false }];
    const r = parseFacts({ [spec.id]: raw }, rf);
    return r.ok ? { ok: true, value: r.known[spec.id] } : { ok: false };
  };
  const specs = Object.values(FACTS) as FactSpec[];
  const interesting = (spec: FactSpec): unknown[] => [
    0,
    -0,
    1,
    -1,
    0.5,
    1e21,
    2 ** 53,
    2 ** 53 - 1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    spec.min,
    spec.max,
    (spec.min ?? 0) - 1e-9,
    (spec.max ?? 0) + 1e-9,
    (spec.max ?? 0) + 1,
    true,
    false,
    '1',
    '',
    ' ',
    'ja',
    '2025-02-29',
    '2024-02-29',
    '2025-06-01',
    '0099-01-01',
    ...(spec.values ?? []),
    ...(spec.values ?? []).map((v) => v.toUpperCase()),
    [],
    spec.values ? [...spec.values] : [],
    spec.values ? [...spec.values, ...spec.values] : [],
    spec.values ? [spec.values[0], 1] : [1],
    // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the values a client may send
    [, 'x'],
    {},
    { length: 0 },
    'constructor',
    '__proto__',
  ];

  it.each(specs.map((s) => [s.id, s] as const))('%s: chosen values', (_id, spec) => {
    for (const raw of interesting(spec)) {
      if (raw === undefined || raw === null) continue;
      expect(viaParseFacts(spec, raw), JSON.stringify(raw)).toEqual(zodOnly(spec, raw));
    }
  });

  it('every fact: generated values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.oneof(fc.anything(), fc.double(), fc.integer()), (spec, raw) => {
        if (raw === undefined || raw === null) return;
        expect(viaParseFacts(spec, raw)).toEqual(zodOnly(spec, raw));
      }),
      { numRuns: 20_000 },
    );
  });
});
