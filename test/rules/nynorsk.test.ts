/**
 * Every text of the rules core — and the fact questions and outcome headlines of content/, which go
 * with it — is written in nynorsk in its `nn`, not left as a copy of the bokmål (issue 10). Checked
 * on the texts themselves and on the reasons and messages of decisions over generated facts: an
 * `nn` must not hold words that exist only in bokmål.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_QUESTIONS } from '../../content/facts.js';
import { D6_HEALTH_LAPSED_HEADLINE, EVALUATED_NAMES, OUTCOME_HEADLINES } from '../../content/outcomes.js';
import type { FactInfo, RuleInfo, Text } from '../../rules/index.js';
import { SOURCES, THRESHOLDS, decide, listRules } from '../../rules/index.js';

/** Words that are bokmål only (nynorsk: ikkje, kva, korleis, eg, vere, frå, òg, berre, nokon, …). */
const BOKMAL_ONLY =
  /(?<![\p{L}])(ikke|hva|hvilke[nt]?|hvordan|hvor|jeg|være|fra|også|bare|noen|noe|mye|hvis|uten|dager|måneder|timer|gjelder|trenger|krever|kommer|utstedt|utstedes|bekreftelse|fornyelse|sikkerhet|gyldighet|rederiet|skipsfører|innehaveren|ble|mer)(?![\p{L}])/iu;

/** Regulation titles are cited in bokmål (nynorsk-terms.md), so they are taken out before the check. */
const BOKMAL_TITLES = Object.values(SOURCES).map((s) => s.name.nb.replace(/ \([^)]*\)$/, ''));
const withoutTitles = (nn: string) => BOKMAL_TITLES.reduce((t, title) => t.split(title).join(''), nn);

function expectNynorsk(where: string, t: Text): void {
  const found = BOKMAL_ONLY.exec(withoutTitles(t.nn));
  expect(found?.[0], `${where}: "${t.nn}"`).toBeUndefined();
}

const arbitraryValue = (f: FactInfo): fc.Arbitrary<unknown> => {
  const min = f.min ?? 0;
  const max = Math.min(f.max ?? 1000, 1000);
  switch (f.type) {
    case 'number':
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    case 'integer':
      return fc.integer({ min, max });
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc
        .integer({ min: 0, max: 4000 })
        .map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));
    case 'enum':
      return fc.constantFrom(...(f.values ?? []));
    case 'enum-list':
      return fc.subarray([...(f.values ?? [])]);
    case 'text':
      return fc.constantFrom('Kari Nordmann', 'lettmatros', 'røkter');
  }
};

const factsFor = (rule: RuleInfo) =>
  fc.record(Object.fromEntries(rule.facts.map((f) => [f.id, arbitraryValue(f)])), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, unknown>
  >;

describe('nynorsk in the rules core', () => {
  it.each(listRules().map((r) => ({ id: r.id, rule: r })))('$id: title, summary, fact labels', ({ rule }) => {
    expectNynorsk(`${rule.id} title`, rule.title);
    expectNynorsk(`${rule.id} summary`, rule.summary);
    for (const f of rule.facts) expectNynorsk(`${rule.id} fact ${f.id}`, f.label);
  });

  it('threshold descriptions and source names', () => {
    for (const t of Object.values(THRESHOLDS)) expectNynorsk(t.id, t.description);
    for (const s of Object.values(SOURCES)) expectNynorsk(s.id, s.name);
  });

  it.each(listRules().map((r) => ({ id: r.id, rule: r })))(
    '$id: reasons and messages of decisions on generated facts',
    ({ id, rule }) => {
      fc.assert(
        fc.property(factsFor(rule), (facts) => {
          const d = decide(id, facts, { today: '2025-06-01' });
          if (d.status === 'decided') for (const r of d.reasons) expectNynorsk(`${id} reason`, r);
          if (d.status === 'invalid') for (const i of d.issues) expectNynorsk(`${id} issue`, i.message);
        }),
        { numRuns: 150 },
      );
    },
  );
});

describe('nynorsk in the fact questions and outcome headlines', () => {
  it('every question, example and choice label', () => {
    for (const [key, q] of Object.entries(FACT_QUESTIONS)) {
      expectNynorsk(`${key} question`, q.question);
      expectNynorsk(`${key} example`, q.example);
      if ('choices' in q) for (const [v, label] of Object.entries(q.choices)) expectNynorsk(`${key}.${v}`, label);
    }
  });

  it('every outcome headline and evaluated name', () => {
    for (const [key, t] of Object.entries(OUTCOME_HEADLINES)) expectNynorsk(key, t);
    expectNynorsk('d6-privileges:not-allowed (health lapsed)', D6_HEALTH_LAPSED_HEADLINE);
    for (const [key, t] of Object.entries(EVALUATED_NAMES)) expectNynorsk(key, t);
  });
});
