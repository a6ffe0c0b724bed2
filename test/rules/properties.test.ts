/**
 * Properties of every rule, checked with fast-check on generated facts: decide() never throws, its
 * result is well formed plain JSON, deterministic, and minimal in what it asks; and the outcomes move
 * the right way as a quantity grows (a bigger ship never escapes a requirement a smaller one has).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, FactInfo, RuleInfo } from '../../rules/index.js';
import { decide, listRules } from '../../rules/index.js';

/** Runs per property; FC_RUNS raises it for a deeper search by hand. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
const rules = listRules();

/** Rules that compare two facts with each other, so that two valid facts can still conflict. */
const CROSS_CHECKED: Record<string, string[]> = {
  'sea-time': ['totalHours', 'days', 'hoursPerDay'],
  // The kind sets the longest validity an expiry date is checked against (6 months, or 5 years and 3 months).
  'issc-validity': ['certificateKind', 'issueDate', 'expiryDate'],
  // The age decides whether an expiry more than a year after issue is possible (under 18: 1 year).
  'health-certificate': ['issueDate', 'expiryDate', 'onDate', 'ageAtIssue'],
};

const DAY_MS = 86_400_000;
const BASE = Date.UTC(1995, 0, 1);
/** ISO dates from 1995 to about 2035, plus month ends and leap days. */
const isoDate = fc.oneof(
  fc.integer({ min: 0, max: 40 * 365 }).map((n) => new Date(BASE + n * DAY_MS).toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2028-02-29', '2025-02-28', '2025-08-31', '2025-12-31', '2026-01-01', '2025-06-01'),
);

/** Numbers worth trying for a fact: its range ends and each threshold of the rule, on and either side. */
function edgeNumbers(f: FactInfo, rule: RuleInfo, integer: boolean): number[] {
  const min = f.min ?? 0;
  const max = f.max ?? 1e6;
  const around = rule.thresholds.flatMap((t) => [
    t.value,
    t.value - 1,
    t.value + 1,
    ...(integer ? [] : [t.value - 0.01, t.value + 0.01]),
  ]);
  return [...new Set([min, max, ...around])].filter((n) => n >= min && n <= max && (!integer || Number.isInteger(n)));
}

/** A value that is valid for fact `f`. */
function validValue(f: FactInfo, rule: RuleInfo): fc.Arbitrary<unknown> {
  const min = f.min ?? 0;
  const max = f.max ?? 1e6;
  switch (f.type) {
    case 'number':
      return fc.oneof(
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...edgeNumbers(f, rule, false)),
      );
    case 'integer':
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(...edgeNumbers(f, rule, true)));
    case 'boolean':
      return fc.boolean();
    case 'date':
      return isoDate;
    case 'enum':
      return fc.constantFrom(...(f.values ?? []));
    case 'enum-list':
      return fc.subarray([...(f.values ?? [])]);
    case 'text':
      return fc.oneof(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        fc.constantFrom('Kari Nordmann', 'Ola Hansen', 'røkter', 'lettmatros', 'navigatør', 'LABC'),
      );
  }
}

/** A value that is probably not valid for fact `f`: wrong type, out of range or malformed. */
function edgeValue(f: FactInfo): fc.Arbitrary<unknown> {
  const max = f.max ?? 1e6;
  return fc.constantFrom<unknown>(
    null,
    '',
    'bogus',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    max + 1,
    1.5,
    -0,
    true,
    [],
    {},
    '2025-02-29',
    '2026-02-30',
    '2025-1-1',
    ['bogus'],
    [...(f.values ?? []), 'bogus'],
    ' ',
    'x'.repeat(300),
  );
}

/** Facts for `rule` of valid types and in range, any subset of them. */
const validFacts = (rule: RuleInfo) =>
  fc.record(Object.fromEntries(rule.facts.map((f) => [f.id, validValue(f, rule)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, unknown>>;

/** Anything: the rule's facts with valid, edge or arbitrary JSON values, mixed with arbitrary keys. */
function anyFacts(rule: RuleInfo): fc.Arbitrary<Record<string, unknown>> {
  const ids = rule.facts.map((f) => f.id);
  const typed = fc.record(
    Object.fromEntries(
      rule.facts.map((f) => [
        f.id,
        fc.oneof(
          { weight: 6, arbitrary: validValue(f, rule) },
          { weight: 1, arbitrary: edgeValue(f) },
          { weight: 1, arbitrary: fc.jsonValue() },
        ),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;
  const anyTyped = fc.oneof(...rule.facts.map((f) => fc.oneof(validValue(f, rule), edgeValue(f))));
  const loose = fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), fc.oneof(fc.jsonValue(), anyTyped), {
    maxKeys: 12,
  });
  return fc.oneof(
    typed,
    loose,
    fc.tuple(typed, loose).map(([a, b]) => ({ ...b, ...a })),
  );
}

const STATUSES = ['decided', 'needs', 'invalid'];
const present = (facts: Record<string, unknown>, id: string) =>
  Object.hasOwn(facts, id) && facts[id] !== null && facts[id] !== undefined;
const filled = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

/** `v` is plain JSON: objects, arrays, strings, booleans, null and finite numbers only. */
function expectPlainJson(v: unknown): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    expect(Number.isFinite(v)).toBe(true);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach(expectPlainJson);
    return;
  }
  expect(typeof v).toBe('object');
  expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  Object.values(v as object).forEach(expectPlainJson);
}

/** Everything the contract promises about the shape of one decision. */
function checkShape(rule: RuleInfo, facts: Record<string, unknown>, d: Decision): void {
  const ids = rule.facts.map((f) => f.id);
  expect(d.rule).toBe(rule.id);
  expect(STATUSES).toContain(d.status);
  expectPlainJson(d);
  if (d.status === 'decided') {
    expect(rule.outcomes).toContain(d.outcome);
    expect(d.reasons.length).toBeGreaterThan(0);
    for (const r of d.reasons) expect(filled(r.nb) && filled(r.en)).toBe(true);
    expect(d.citations.length).toBeGreaterThan(0);
    for (const c of d.citations) expect(filled(c.source)).toBe(true);
  } else if (d.status === 'needs') {
    expect(d.facts.length).toBeGreaterThan(0);
    expect(new Set(d.facts).size).toBe(d.facts.length);
    for (const f of d.facts) {
      expect(ids).toContain(f);
      // Every supplied fact was valid (else: invalid), so a needed fact is one not supplied.
      expect(present(facts, f)).toBe(false);
    }
  } else {
    expect(d.issues.length).toBeGreaterThan(0);
    for (const i of d.issues) {
      expect([...ids, 'today']).toContain(i.fact);
      expect(filled(i.message.nb) && filled(i.message.en)).toBe(true);
    }
  }
}

describe.each(rules.map((rule) => ({ id: rule.id, rule })))('$id', ({ id, rule }) => {
  it('never throws on arbitrary facts, and always returns a well-formed decision', () => {
    fc.assert(
      fc.property(anyFacts(rule), isoDate, (facts, today) => {
        checkShape(rule, facts, decide(id, facts, { today }));
      }),
      RUNS,
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(anyFacts(rule), isoDate, (facts, today) => {
        const before = structuredClone(facts);
        const first = decide(id, facts, { today });
        expect(facts).toEqual(before);
        expect(decide(id, structuredClone(facts), { today })).toEqual(first);
      }),
      RUNS,
    );
  });

  it('never reports a fact of the right type and range as invalid (apart from facts compared with each other)', () => {
    const cross = CROSS_CHECKED[id] ?? [];
    fc.assert(
      fc.property(validFacts(rule), isoDate, (facts, today) => {
        const d = decide(id, facts, { today });
        if (d.status === 'invalid') for (const i of d.issues) expect(cross).toContain(i.fact);
      }),
      RUNS,
    );
  });

  it('after the first needed fact is supplied, asks it no more and does not turn the known facts invalid', () => {
    const cross = CROSS_CHECKED[id] ?? [];
    const all = fc.record(Object.fromEntries(rule.facts.map((f) => [f.id, validValue(f, rule)]))) as fc.Arbitrary<
      Record<string, unknown>
    >;
    fc.assert(
      fc.property(validFacts(rule), all, isoDate, (facts, answers, today) => {
        const before = decide(id, facts, { today });
        if (before.status !== 'needs') return;
        const next = before.facts[0]!;
        const after = decide(id, { ...facts, [next]: answers[next] }, { today });
        if (after.status === 'needs') expect(after.facts).not.toContain(next);
        if (after.status === 'invalid') {
          // Only a genuine conflict between facts compared with each other can do that.
          expect(cross).toContain(next);
          for (const i of after.issues) expect(cross).toContain(i.fact);
        }
      }),
      RUNS,
    );
  });
});

/** Decide with a fixed date. */
const at = (ruleId: string, facts: Record<string, unknown>) => decide(ruleId, facts, { today: '2025-06-01' });
const outcomeOf = (d: Decision) => (d.status === 'decided' ? d.outcome : d.status);
const ordered = <T extends number | string>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, arb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [T, T]);

describe('monotonicity', () => {
  const gt = fc.oneof(
    fc.double({ min: 0, max: 1_000_000, noNaN: true }),
    fc.constantFrom(0, 49, 49.99, 50, 50.01, 499, 500),
  );
  const length = fc.oneof(
    fc.double({ min: 0, max: 500, noNaN: true }),
    fc.constantFrom(0, 14.99, 15, 23.99, 24, 24.01),
  );

  it('a bigger Norwegian cargo ship never loses a manning-certificate requirement', () => {
    fc.assert(
      fc.property(ordered(gt), ([small, big]) => {
        const facts = { flag: 'NO', vesselType: 'cargo' };
        if (outcomeOf(at('manning-certificate', { ...facts, grossTonnage: small })) === 'required') {
          expect(outcomeOf(at('manning-certificate', { ...facts, grossTonnage: big }))).toBe('required');
        }
      }),
      RUNS,
    );
  });

  it('a longer Norwegian fishing vessel never loses a manning-certificate requirement', () => {
    fc.assert(
      fc.property(ordered(length), ([short, long]) => {
        const facts = { flag: 'NO', vesselType: 'fishing' };
        if (outcomeOf(at('manning-certificate', { ...facts, lengthL: short })) === 'required') {
          expect(outcomeOf(at('manning-certificate', { ...facts, lengthL: long }))).toBe('required');
        }
      }),
      RUNS,
    );
  });

  it("a larger safety manning never loses the ship's-cook requirement", () => {
    fc.assert(
      fc.property(ordered(fc.integer({ min: 1, max: 1000 })), ([few, many]) => {
        if (outcomeOf(at('ship-cook', { safetyManning: few })) === 'required')
          expect(outcomeOf(at('ship-cook', { safetyManning: many }))).toBe('required');
      }),
      RUNS,
    );
  });

  it('more hours on board never give fewer sea-time days', () => {
    fc.assert(
      fc.property(ordered(fc.double({ min: 0, max: 876_000, noNaN: true })), ([less, more]) => {
        const a = at('sea-time', { totalHours: less });
        const b = at('sea-time', { totalHours: more });
        if (a.status !== 'decided' || b.status !== 'decided') throw new Error('expected decisions');
        expect(b.values!.seaTimeDays as number).toBeGreaterThanOrEqual(a.values!.seaTimeDays as number);
      }),
      RUNS,
    );
  });

  it('a bigger ship never gains D6 privileges a smaller one lacks', () => {
    const role = fc.constantFrom('master', 'chief-mate', 'officer-of-the-watch');
    fc.assert(
      fc.property(role, ordered(gt), (r, [small, big]) => {
        const facts = {
          role: r,
          vesselType: 'cargo',
          tradingArea: 'liten-kystfart',
          lengthOverall: 12,
          lengthL: 11,
          age: 30,
          monthsAsOfficerOfTheWatch: 24,
        };
        if (outcomeOf(at('d6-privileges', { ...facts, grossTonnage: small })) === 'not-allowed') {
          expect(outcomeOf(at('d6-privileges', { ...facts, grossTonnage: big }))).toBe('not-allowed');
        }
      }),
      RUNS,
    );
  });

  it('more service time never turns "meets" into "does-not-meet" (ratings, matros, master rights, first deck certificate)', () => {
    const months = fc.double({ min: 0, max: 1200, noNaN: true });
    const days = fc.double({ min: 0, max: 36_500, noNaN: true });
    const cases: {
      rule: string;
      fixed: fc.Arbitrary<Record<string, unknown>>;
      grow: Record<string, fc.Arbitrary<number>>;
      positive: string;
    }[] = [
      {
        rule: 'rating-requirements',
        fixed: fc.record({
          position: fc.constantFrom('lettmatros', 'smorer', 'maskinpasser', 'maskinpasser-lettmatros'),
        }),
        grow: { monthsDeckService: months, monthsEngineService: months },
        positive: 'meets',
      },
      {
        rule: 'matros',
        fixed: fc.record({
          seagoing: fc.boolean(),
          grossTonnage: fc.constantFrom(100, 499),
          hasTradeCertificate: fc.boolean(),
        }),
        grow: { monthsAsOrdinarySeaman: months, monthsDeckService: months },
        positive: 'meets',
      },
      {
        rule: 'master-rights',
        fixed: fc.record({ certificate: fc.constantFrom('D5', 'D4', 'D3') }),
        grow: { age: fc.integer({ min: 0, max: 120 }), monthsAsOfficerOfTheWatchSinceIssue: months },
        positive: 'eligible',
      },
      {
        rule: 'deck-officer-first-issue',
        fixed: fc.record({
          certificate: fc.constantFrom('D5', 'D4', 'D3'),
          tradeCertificate: fc.constantFrom('matros', 'fisker', 'none'),
          hasAssessment: fc.boolean(),
        }),
        grow: { seaTimeDays: days, bridgeWatchDays: days, daysAfterDiploma: days, trainingProgramDays: days },
        positive: 'meets',
      },
    ];
    for (const c of cases) {
      const pair = fc.record(
        Object.fromEntries(Object.entries(c.grow).map(([k, arb]) => [k, ordered(arb as fc.Arbitrary<number>)])),
      ) as fc.Arbitrary<Record<string, [number, number]>>;
      fc.assert(
        fc.property(c.fixed, pair, (fixed, pairs) => {
          const low = Object.fromEntries(Object.entries(pairs).map(([k, [a]]) => [k, a]));
          const high = Object.fromEntries(Object.entries(pairs).map(([k, [, b]]) => [k, b]));
          if (outcomeOf(at(c.rule, { ...fixed, ...low })) === c.positive)
            expect(outcomeOf(at(c.rule, { ...fixed, ...high }))).toBe(c.positive);
        }),
        { numRuns: 100 },
      );
    }
  });

  it('a later renewal verification never gives an earlier new ISSC expiry', () => {
    fc.assert(
      fc.property(isoDate, ordered(isoDate), (expiryDate, [early, late]) => {
        const a = at('issc-renewal', { expiryDate, verificationDate: early });
        const b = at('issc-renewal', { expiryDate, verificationDate: late });
        if (a.status !== 'decided' || b.status !== 'decided') throw new Error('expected decisions');
        if (b.outcome === 'new-expiry') {
          expect(a.outcome).toBe('new-expiry');
          expect(String(b.values!.newExpiry) >= String(a.values!.newExpiry)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a health certificate once expired never becomes valid again on a later date', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 120 }), ordered(isoDate), (issueDate, ageAtIssue, [on1, on2]) => {
        fc.pre(on1 >= issueDate);
        if (outcomeOf(at('health-certificate', { issueDate, ageAtIssue, onDate: on1 })) === 'expired') {
          expect(outcomeOf(at('health-certificate', { issueDate, ageAtIssue, onDate: on2 }))).toBe('expired');
        }
      }),
      RUNS,
    );
  });
});
