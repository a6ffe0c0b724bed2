/**
 * Sentences the sources do not support stay out (issue 10, findings 5 and 10): FOR-2004-06-22-972 is
 * sikkerhetsforskriften (facts.md "Regulation titles"), not a ship and port facility regulation; no
 * answer says that the flag state issues the manning document of a foreign ship, or that L is the
 * "registered length" — neither is in the seeds or facts.md.
 */
import { describe, expect, it } from 'vitest';
import { texts } from '../../content/index.js';
import { SOURCES, decide } from '../../rules/index.js';

const LOCALES = ['nb', 'nn', 'en'] as const;

describe('regulation titles', () => {
  it('names FOR-2004-06-22-972 by its title in facts.md', () => {
    expect(SOURCES.shipSecurityRegulations.id).toBe('FOR-2004-06-22-972');
    expect(SOURCES.shipSecurityRegulations.name.nb).toBe(
      'Forskrift om sikkerhet, pirat- og terrorberedskapstiltak og bruk av maktmidler om bord på skip og flyttbare boreinnretninger (sikkerhetsforskriften)',
    );
  });

  it.each(LOCALES)('never calls it a ship and port facility regulation (%s)', (locale) => {
    const all = [
      ...Object.values(texts(locale).topics).flatMap((t) => [t.title, t.answer]),
      ...Object.values(SOURCES).map((s) => s.name[locale]),
    ];
    for (const s of all) expect(s).not.toMatch(/sikring av skip og havneanlegg|ship and port facility security/i);
  });
});

describe('unsupported sentences', () => {
  it('a foreign ship is outside the manning regulations, without a claim about what its flag state issues', () => {
    const d = decide('manning-certificate', { flag: 'foreign' }, { today: '2025-06-01' });
    expect(d).toMatchObject({ status: 'decided', outcome: 'not-norwegian' });
    if (d.status === 'decided')
      for (const r of d.reasons) for (const l of LOCALES) expect(r[l]).not.toMatch(/flaggstat|flag state/i);
  });

  it.each(LOCALES)('the length (L) question does not call L the registered length (%s)', (locale) => {
    expect(texts(locale).facts.lengthL.question).not.toMatch(/registrert|registered/i);
  });
});
