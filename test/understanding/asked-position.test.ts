/**
 * The rating position a question asks about (understanding/questions.ts `askedPosition`): named
 * alone or as the first part of a compound («matrossertifikat»), and never a position named as
 * time served («8 månader som lettmatros»). It settles the topic among the rating topics.
 */
import { describe, expect, it } from 'vitest';
import { askedPosition, askedPositions } from '../../understanding/questions.js';
import { understand } from '../../understanding/understand.js';

const CASES: [string, string | undefined][] = [
  ['Hva er kravet til matros?', 'ratings.matros'],
  ['kan eg få matrossertifikat med 8 månader som lettmatros?', 'ratings.matros'],
  ['Hva kreves for lettmatrossertifikatet?', 'ratings.lettmatros'],
  ['krav til smørersertifikat', 'ratings.smorer'],
  ['jeg har 7 måneder som lettmatros, hva er kravet til matros?', 'ratings.matros'],
  ['I have 8 months as ordinary seaman, what do I need for able seaman?', 'ratings.matros'],
  [
    'kva krav er det til maskinpassar-lettmatros? eg har 8 månader på dekk og 7 i maskin',
    'ratings.maskinpasser-lettmatros',
  ],
  ['krav til maskinpasser/lettmatros?', 'ratings.maskinpasser-lettmatros'],
  // Named in another word, or two positions asked: none is settled.
  ['matrosen om bord sa noe annet', undefined],
  ['hva er forskjellen på matros og lettmatros?', undefined],
];

describe('the position a question asks about', () => {
  it.each(CASES)('%s → %s', (text, topic) => {
    expect(askedPosition(text)).toBe(topic);
  });

  it('routes «kan eg få matrossertifikat med 8 månader som lettmatros?» to matros, not lettmatros', () => {
    const u = understand('kan eg få matrossertifikat med 8 månader som lettmatros?', { today: '2026-12-04' });
    const verdict = u.questions[0]?.verdict;
    expect(verdict?.kind === 'answer' ? verdict.topic : verdict?.kind).toBe('ratings.matros');
  });

  it('asks which is meant when a question names two positions («matros eller lettmatros?»)', () => {
    const text = 'Hva kreves for å bli matros eller lettmatros?';
    expect(askedPositions(text)).toEqual(['ratings.matros', 'ratings.lettmatros']);
    const verdict = understand(text, { today: '2026-12-04' }).questions[0]?.verdict;
    expect(verdict?.kind).toBe('clarify');
    expect(verdict?.kind === 'clarify' ? verdict.topics : []).toEqual(['ratings.matros', 'ratings.lettmatros']);
  });
});
