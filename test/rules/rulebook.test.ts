/**
 * docs/rulebook.md is generated from the code (scripts/rulebook.ts). This test regenerates it in
 * memory and compares it with the committed file, so the rulebook cannot go stale: after changing a
 * rule, run `npm run rulebook`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRules, READINGS, THRESHOLDS } from '../../rules/index.js';
import { RULEBOOK_PATH, leadingDocComment, renderRulebook } from '../../scripts/rulebook.js';

describe('rulebook', () => {
  const markdown = renderRulebook();

  it('matches the committed docs/rulebook.md (run `npm run rulebook` after changing a rule)', () => {
    expect(readFileSync(RULEBOOK_PATH, 'utf8')).toBe(markdown);
  });

  it('is deterministic', () => {
    expect(renderRulebook()).toBe(markdown);
  });

  it('has a section for every rule with its facts, thresholds, outcomes and sources', () => {
    for (const rule of listRules()) {
      const start = markdown.indexOf(`<a id="rule-${rule.id}"></a>`);
      expect(start).toBeGreaterThan(-1);
      const end = markdown.indexOf('<a id="rule-', start + 1);
      const section = markdown.slice(start, end === -1 ? undefined : end);
      expect(section).toContain(rule.title.nb);
      expect(section).toContain(rule.title.en);
      expect(section).toContain('**Legal reading, as written in the code**');
      for (const f of rule.facts) expect(section).toContain(`| \`${f.id}\` | ${f.label.nb.replace(/\|/g, '\\|')} |`);
      for (const o of rule.outcomes) expect(section).toContain(`- \`${o}\``);
      for (const c of rule.citations)
        expect(section).toContain(c.ref === undefined ? c.source : `${c.source} ${c.ref}`);
    }
  });

  it('copies the date policy from rules/dates.ts and lists every threshold', () => {
    expect(markdown).toContain('## Date policy');
    expect(markdown).toContain('> Month-end policy');
    for (const t of Object.values(THRESHOLDS)) expect(markdown).toContain(`| \`${t.id}\` | ${t.value} |`);
  });

  it('has a "Readings to review" section with every reading: the sentence, the chosen and the other reading', () => {
    const start = markdown.indexOf('## Readings to review');
    const end = markdown.indexOf('\n## ', start + 1);
    expect(start).toBeGreaterThan(-1);
    const section = markdown.slice(start, end);
    for (const r of READINGS) {
      expect(section).toContain(`<a id="reading-${r.id}"></a>`);
      expect(section).toContain(`> ${r.quote}`);
      expect(section).toContain(r.chosen.en);
      expect(section).toContain(r.alternative.en);
      expect(section).toContain(r.alternative.nb);
      for (const id of r.rules) expect(listRules().map((x) => x.id)).toContain(id);
    }
  });

  it('lists a reading for each choice the legal review named (issue 10)', () => {
    const ids = READINGS.map((r) => r.id);
    for (const id of [
      'matros-periods-add-up',
      'maskinpasser-six-and-thirty',
      'practice-may-count',
      'issc-anniversaries',
      'valid-n-years',
      'higher-deck-officer-certificate',
      'master-rights-sources',
      'vessel-categories',
    ])
      expect(ids).toContain(id);
  });

  // The project's source documents sit beside the repository (../shared); where they are present,
  // every quoted sentence must be found in them word for word.
  const shared = ['../../../shared/', '../../../../shared/']
    .map((rel) => new URL(rel, import.meta.url))
    .find((u) => existsSync(new URL('seeds/', u)));
  it.skipIf(shared === undefined)('quotes each reading word for word from its seed or facts.md', () => {
    if (shared === undefined) return;
    const seeds = new URL('seeds/', shared);
    const text = (from: string) =>
      from === 'facts.md'
        ? readFileSync(new URL('domain/facts.md', shared), 'utf8')
        : readFileSync(
            new URL(readdirSync(seeds).find((f) => f.startsWith(from.replace('seed ', ''))) ?? 'missing', seeds),
            'utf8',
          );
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const r of READINGS) expect(flat(text(r.from)), r.id).toContain(flat(r.quote));
  });

  it('reads a leading doc comment without its comment markers', () => {
    expect(leadingDocComment('/**\n * First line.\n *\n * - item\n */\nexport const x = 1;')).toBe(
      'First line.\n\n- item',
    );
    expect(leadingDocComment('export const x = 1;')).toBeUndefined();
  });
});
