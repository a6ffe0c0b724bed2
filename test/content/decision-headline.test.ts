/**
 * The headline of a decision names what was evaluated (issue 10, finding 1): a question about matros
 * that is answered from the lettmatros rule shows "For lettmatros: …", so the mismatch is visible on
 * every channel. Asserts on the name the content gives each evaluated id, not on copied sentences.
 */
import { describe, expect, it } from 'vitest';
import { EVALUATED_NAMES } from '../../content/outcomes.js';
import { texts } from '../../content/index.js';
import { decisionMessage } from '../../content/render.js';
import type { DecidedDecision } from '../../rules/index.js';
import { EVALUATED_IDS, decide } from '../../rules/index.js';

const decided = (rule: string, facts: Record<string, unknown>): DecidedDecision => {
  const d = decide(rule, facts, { today: '2025-06-01' });
  if (d.status !== 'decided') throw new Error(`expected a decision from ${rule}, got ${d.status}`);
  return d;
};

/** The facts of the message of finding 1. */
const MATROS_MESSAGE = {
  seagoing: true,
  grossTonnage: 400,
  hasTradeCertificate: false,
  monthsAsOrdinarySeaman: 7,
  monthsDeckService: 7,
};

describe('decision headlines name what was evaluated', () => {
  it.each(['nb', 'nn', 'en'] as const)('the matros message of finding 1 is headed "For matros" in %s', (locale) => {
    const d = decided('matros', MATROS_MESSAGE);
    expect(d.outcome).toBe('does-not-meet');
    const text = decisionMessage(locale, 'ratings.matros', d).text;
    expect(
      text.startsWith(`For ${EVALUATED_NAMES.matros[locale]}: ${texts(locale).outcomes['matros:does-not-meet']}`),
    ).toBe(true);
  });

  it('an answer from the lettmatros rule says it is about lettmatros, so it cannot pass for matros', () => {
    const d = decided('rating-requirements', { position: 'lettmatros', monthsDeckService: 7 });
    const text = decisionMessage('nb', 'ratings.lettmatros', d).text;
    expect(text.startsWith(`For ${EVALUATED_NAMES.lettmatros.nb}:`)).toBe(true);
    expect(text.startsWith(`For ${EVALUATED_NAMES.matros.nb}:`)).toBe(false);
  });

  it.each([
    { rule: 'd6-privileges', facts: { role: 'master', vesselType: 'small-passenger' }, id: 'master' },
    {
      rule: 'deck-officer-first-issue',
      facts: { certificate: 'D4', trainingProgramDays: 360, daysAfterDiploma: 120 },
      id: 'D4',
    },
    { rule: 'master-rights', facts: { certificate: 'D3', age: 19 }, id: 'D3' },
  ] as const)('$rule names $id', ({ rule, facts, id }) => {
    const d = decided(rule, facts);
    expect(d.values?.evaluated).toBe(id);
    expect(decisionMessage('en', 'contact', d).text.startsWith(`For ${EVALUATED_NAMES[id].en}:`)).toBe(true);
  });

  it('a decision about a vessel or a date keeps its plain headline', () => {
    const d = decided('ship-cook', { safetyManning: 12 });
    expect(decisionMessage('nb', 'cook.required', d).text.startsWith(texts('nb').outcomes['ship-cook:required'])).toBe(
      true,
    );
  });

  it('has a name for every id a rule can name as evaluated, in every language', () => {
    for (const id of EVALUATED_IDS)
      for (const locale of ['nb', 'nn', 'en'] as const) expect(EVALUATED_NAMES[id][locale].length).toBeGreaterThan(0);
  });
});

describe('the vessel category question (finding 2)', () => {
  it.each(['nb', 'nn', 'en'] as const)('explains every choice on a line of its own in %s', (locale) => {
    const q = texts(locale).facts.vesselType;
    const lines = q.question.split('\n').filter((l) => l.startsWith('• '));
    expect(lines).toHaveLength(Object.keys(q.choices).length);
    for (const label of Object.values(q.choices)) expect(lines.some((l) => l.startsWith(`• ${label}:`))).toBe(true);
  });
});
