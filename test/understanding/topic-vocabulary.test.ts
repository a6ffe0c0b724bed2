/**
 * The committed vocabulary (understanding/topic-vocabulary.json) is written by `npm run vocabulary`
 * from the training examples; it must match them, and it must tell a family's own words from words
 * beyond it.
 */
import { describe, expect, it } from 'vitest';
import { trainingExamples } from '../../understanding/classifier/data.js';
import { buildVocabulary, wordsBeyond } from '../../understanding/topic-vocabulary.js';
import vocabularyFile from '../../understanding/topic-vocabulary.json' with { type: 'json' };

describe('topic vocabulary', () => {
  it('matches the current examples (run `npm run vocabulary` after changing them)', () => {
    expect(vocabularyFile).toEqual(buildVocabulary(trainingExamples()));
  });

  it.each([
    ['health.certificate', 'kan jeg få den refundert av Helfo?', ['refundert', 'helfo']],
    ['manning.which-vessels', 'må den ha radar?', ['radar']],
    ['cook.required', 'må kokken ha hygienebevis fra Mattilsynet?', ['hygienebevis', 'mattilsynet']],
  ])('names the words no example of the family uses (%s: "%s")', (topic, text, beyond) => {
    expect(wordsBeyond(topic, text)).toEqual(beyond);
  });

  it.each([
    ['health.certificate', 'hvor lenge er helseerklæringen gyldig?'],
    ['manning.which-vessels', 'trenger vi bemanningssertifikat for lasteskipet?'],
    ['seatime.employer-reporting', 'hvilken rolle i Altinn trenger vi?'],
  ])('finds nothing beyond the family in its own words (%s: "%s")', (topic, text) => {
    expect(wordsBeyond(topic, text)).toEqual([]);
  });
});
