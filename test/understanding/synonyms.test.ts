/**
 * The language data of content/synonyms.ts agrees with itself and with the rest of content/:
 * every synonym reads back as its own value, no phrase stands for two values, and every choice
 * label and example answer Losen shows is understood.
 */
import { describe, expect, it } from 'vitest';
import { DELIBERATELY_UNMAPPED, ENUM_SYNONYMS, FREE_TEXT_SYNONYMS } from '../../understanding/lexicon/synonyms.js';
import { texts } from '../../content/index.js';
import { extractAnswer } from '../../understanding/extract.js';
import { phraseTokens } from '../../understanding/normalize.js';
import { allFacts, NB } from './helpers.js';

const facts = allFacts();
const byKey = new Map(facts.map((f) => [f.questionKey, f]));
type Table = Record<string, Record<string, readonly string[]>>;

const synonymCases = (table: Table) =>
  Object.entries(table).flatMap(([key, byValue]) =>
    Object.entries(byValue).flatMap(([value, list]) => list.map((phrase) => ({ key, value, phrase }))),
  );

describe('content/synonyms', () => {
  it('has synonyms for every value of every enum fact', () => {
    for (const f of facts.filter((x) => x.type === 'enum' || x.type === 'enum-list')) {
      const table = (ENUM_SYNONYMS as unknown as Table)[f.questionKey];
      expect(table, f.questionKey).toBeDefined();
      for (const value of f.values ?? [])
        expect(table?.[value]?.length ?? 0, `${f.questionKey}.${value}`).toBeGreaterThan(0);
    }
  });

  it('never lists one phrase for two values of a fact', () => {
    for (const [key, byValue] of Object.entries(ENUM_SYNONYMS as unknown as Table)) {
      const seen = new Map<string, string>();
      for (const [value, list] of Object.entries(byValue)) {
        for (const phrase of list) {
          const folded = phraseTokens(phrase).join(' ');
          const other = seen.get(folded);
          expect(other === undefined || other === value, `${key}: "${phrase}" is both ${other} and ${value}`).toBe(
            true,
          );
          seen.set(folded, value);
        }
      }
    }
  });

  it.each(synonymCases(ENUM_SYNONYMS as unknown as Table))(
    'answer synonym "$phrase" reads back as $key = $value',
    ({ key, value, phrase }) => {
      const f = byKey.get(key)!;
      const r = extractAnswer(f, phrase, NB);
      expect(r).toEqual({ kind: 'value', value: f.type === 'enum-list' ? [value] : value });
    },
  );

  it.each(synonymCases(FREE_TEXT_SYNONYMS as unknown as Table))(
    'free-text synonym "$phrase" also answers $key = $value',
    ({ key, value, phrase }) => {
      const f = byKey.get(key)!;
      expect(extractAnswer(f, phrase, NB)).toEqual({ kind: 'value', value });
    },
  );
});

describe('replies deliberately left unmapped', () => {
  const cases = DELIBERATELY_UNMAPPED.flatMap(({ fact, replies, why }) =>
    replies.map((reply) => ({ fact, reply, why })),
  );
  it.each(cases)('"$reply" for $fact is not understood: $why', ({ fact, reply }) => {
    expect(extractAnswer(byKey.get(fact)!, reply, NB)).toEqual({ kind: 'not-understood' });
  });
});

describe('content/facts questions are understood', () => {
  const choiceCases = (['nb', 'en'] as const).flatMap((lang) =>
    Object.entries(texts(lang).facts).flatMap(([key, q]) =>
      'choices' in q
        ? Object.entries(q.choices as Record<string, string>).map(([value, label]) => ({ lang, key, value, label }))
        : [],
    ),
  );
  it.each(choiceCases)('the $lang choice label "$label" means $key = $value', ({ key, value, label }) => {
    const f = byKey.get(key)!;
    expect(extractAnswer(f, label, NB)).toEqual({ kind: 'value', value: f.type === 'enum-list' ? [value] : value });
  });

  const exampleCases = (['nb', 'en'] as const).flatMap((lang) =>
    Object.entries(texts(lang).facts).map(([key, q]) => ({ lang, key, example: q.example })),
  );
  it.each(exampleCases)('the $lang example answer "$example" for $key is understood', ({ key, example }) => {
    expect(extractAnswer(byKey.get(key)!, example, NB).kind).toBe('value');
  });
});
