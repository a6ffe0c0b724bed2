/**
 * Every text exists in bokmål, nynorsk and English (the types require the keys; this catches empty
 * strings), and a sentence's nynorsk is not simply its bokmål copied: identical nb and nn are
 * only expected for short labels (Ja, D6, Fartstid), listed below when longer.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../rules/types.js';
import type { Leaf } from './spelling/texts.js';
import { collectTexts, PENDING_NN } from './spelling/texts.js';

/** From this many words on, the same text in nb and nn (or nb and en) is suspicious. */
const SENTENCE_WORDS = 6;

/** Longer texts that are rightly the same in bokmål and nynorsk, each group with its reason. */
const SAME_IN_NB_AND_NN = new Set([
  // Names and titles that are nynorsk as they stand.
  'Elektronisk rapportering eller manuell fartstidsattest',
  'Svar om regelverket for sjøfolk og fartøy',
  // Titles kept as their publisher wrote them, in bokmål (shared/domain/nynorsk-terms.md): a regulation
  // as Lovdata has it, Sdir's news item in quotes; the ISPS Code and the EU regulation by their names.
  'Forskrift om vakthold på passasjer- og lasteskip',
  'Sjøfartsdirektoratet: «Fartstid skal nå regnes time for time»',
  'ISPS-koden (SOLAS kapittel XI-2) og forordning (EF) nr. 725/2004',
  // Labels made of a channel's name (API, Min side kvalifikasjoner), the same in nynorsk.
  'Kurs: kurssenteret, via API eller Min side kvalifikasjoner',
  'Utdanning: via API eller Min side kvalifikasjoner',
  // Sentences whose nynorsk is word for word the bokmål (første, fylt, oppfyller are nynorsk too).
  'Fartstidskrav for første D5, D4 eller D3',
  'Skipskokken må ha fylt 18 år',
  'Relevant utdanning med bestått praktisk prøve oppfyller utdanningskravet.',
]);

/** Words, not dashes or the dots left around a blanked `${…}` hole. */
const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
// The pages are not kept side by side (one page, a line or two in other languages): spelling only.
const sources = collectTexts().filter((s) => s.id !== 'pages');

/** Leaves whose nn is the nb copied although they are sentences. */
const copiedNn = (leaves: Leaf[]) =>
  leaves
    .filter((l) => l.text.nn === l.text.nb && words(l.text.nb) >= SENTENCE_WORDS && !SAME_IN_NB_AND_NN.has(l.text.nb))
    .map((l) => l.path);

describe.each(sources.map((s) => [s.id, s] as const))('%s', (id, source) => {
  it('has every text in nb, nn and en, none of them empty', () => {
    const empty = source.leaves.flatMap((l) =>
      LOCALES.filter((locale) => !l.text[locale].trim()).map((x) => `${l.path} (${x})`),
    );
    expect(source.leaves.length).toBeGreaterThan(0);
    expect(empty).toEqual([]);
  });

  if (PENDING_NN.has(id)) it.todo(`writes nynorsk, not bokmål copied — pending: ${PENDING_NN.get(id)}`);
  else
    it('writes nynorsk, not bokmål copied', () => {
      expect(copiedNn(source.leaves)).toEqual([]);
    });

  it('writes English, not Norwegian copied', () => {
    const copied = source.leaves
      .filter((l) => l.text.en === l.text.nb && words(l.text.nb) >= SENTENCE_WORDS)
      .map((l) => l.path);
    expect(copied).toEqual([]);
  });
});
