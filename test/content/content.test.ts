/** The content is complete in all three languages, cited, and in step with the rules. */
import { describe, expect, it } from 'vitest';
import { examplesEn, outOfScopeEn } from '../../understanding/lexicon/examples/en.js';
import { examplesNb, outOfScopeNb } from '../../understanding/lexicon/examples/nb.js';
import { texts, topicMeta } from '../../content/index.js';
import { OUTCOME_KEYS } from '../../content/outcome-keys.js';
import { TOPIC_IDS } from '../../content/topic-ids.js';
import { FACTS, LOCALES, listRules } from '../../rules/index.js';

const locales = LOCALES;

describe('content', () => {
  it.each(locales)('has a title and an answer for every topic in %s', (locale) => {
    for (const id of TOPIC_IDS) {
      const t = texts(locale).topics[id];
      expect(t.title.length, id).toBeGreaterThan(0);
      expect(t.answer.length, id).toBeGreaterThan(20);
    }
  });

  it('cites a source for every topic but the fallback', () => {
    for (const id of TOPIC_IDS) {
      if (id === 'fallback') expect(topicMeta[id].citations).toEqual([]);
      else expect(topicMeta[id].citations.length, id).toBeGreaterThan(0);
    }
  });

  it('writes plain text, never HTML or Markdown', () => {
    for (const locale of locales) {
      const all = [
        ...Object.values(texts(locale).topics).flatMap((t) => [t.title, t.answer]),
        ...Object.values(texts(locale).outcomes),
      ];
      for (const s of all) {
        expect(s).not.toMatch(/<[a-z/!][^>]*>/i);
        expect(s).not.toMatch(/\*\*|^#+ /m);
      }
    }
  });

  it('gives the same sources in every language (one meta table) and answers every topic in each', () => {
    for (const locale of locales) {
      expect(Object.keys(texts(locale).topics).sort()).toEqual([...TOPIC_IDS].sort());
      expect(Object.keys(texts(locale).facts).sort()).toEqual(Object.keys(FACTS).sort());
    }
  });

  it('holds at least 8 routing phrasings per topic per language, and out-of-scope examples', () => {
    for (const examples of [examplesNb, examplesEn]) {
      for (const id of TOPIC_IDS.filter((t) => t !== 'fallback')) {
        expect(examples[id as keyof typeof examples].length, id).toBeGreaterThanOrEqual(8);
      }
    }
    expect(outOfScopeNb.length).toBeGreaterThanOrEqual(8);
    expect(outOfScopeEn.length).toBeGreaterThanOrEqual(8);
  });

  it('has a question and an example answer for every fact, and a label for every value', () => {
    for (const locale of locales) {
      for (const [key, spec] of Object.entries(FACTS)) {
        const q = texts(locale).facts[key as keyof typeof FACTS];
        expect(q.question.length, key).toBeGreaterThan(5);
        expect(q.example.length, key).toBeGreaterThan(0);
        if ('values' in spec) {
          const labels = (q as { choices: Record<string, string> }).choices;
          expect(Object.keys(labels).sort(), key).toEqual([...spec.values].sort());
        }
      }
    }
  });

  it('has a headline for exactly the outcomes the rules can give', () => {
    const fromRules = listRules()
      .flatMap((r) => r.outcomes.map((o) => `${r.id}:${o}`))
      .sort();
    expect([...OUTCOME_KEYS].sort()).toEqual(fromRules);
    for (const locale of locales)
      for (const key of OUTCOME_KEYS) expect(texts(locale).outcomes[key].length, key).toBeGreaterThan(5);
  });

  it('names each rule topic in the catalogue', () => {
    for (const r of listRules()) for (const t of r.topics) expect(TOPIC_IDS).toContain(t);
  });
});
