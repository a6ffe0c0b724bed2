/**
 * The letter texts of staff triage for every topic, every fact question and the letter frame, in
 * bokmål, nynorsk and English: in the agency's voice, never the chatbot's.
 */
import { describe, expect, it } from 'vitest';
import { LETTER_TEXTS, letterAnswer, letterQuestion, letterTitle, sourceLines } from '../../content/letters.js';
import { LOCALES, TOPIC_IDS } from '../../content/topic-ids.js';
import { topicMeta } from '../../content/topics/meta.js';
import { listRules } from '../../rules/index.js';
import { chatbotPhrases } from './triage-voice.js';

const topicCases = LOCALES.flatMap((locale) => TOPIC_IDS.map((topic) => [topic, locale] as const));
const questionCases = LOCALES.flatMap((locale) =>
  listRules().flatMap((rule) => rule.facts.map((fact) => [`${rule.id}:${fact.id}`, locale, rule.id, fact] as const)),
);

describe('letter texts', () => {
  it.each(topicCases)('%s (%s): the answer and heading read as a letter from the agency', (topic, locale) => {
    const answer = letterAnswer(locale, topic);
    expect(answer.trim().length).toBeGreaterThan(20);
    expect(chatbotPhrases(answer, locale)).toEqual([]);
    expect(chatbotPhrases(letterTitle(locale, topic), locale)).toEqual([]);
  });

  it.each(questionCases)(
    '%s (%s): the question to the enquirer has no chat instructions',
    (_key, locale, rule, fact) => {
      const q = letterQuestion(locale, rule, fact);
      expect(q).toMatch(/\?/);
      expect(chatbotPhrases(q, locale)).toEqual([]);
      expect(q).not.toMatch(/ÅÅÅÅ|YYYY|velg|choose/i);
    },
  );

  it.each(LOCALES)('the letter frame (%s) speaks as the agency and leaves the name to the caseworker', (locale) => {
    const frame = [
      LETTER_TEXTS.greeting[locale],
      LETTER_TEXTS.thanks[locale](1),
      LETTER_TEXTS.thanks[locale](2),
      LETTER_TEXTS.needIntro[locale],
      LETTER_TEXTS.checkIntro[locale],
      LETTER_TEXTS.closing[locale],
    ].join('\n');
    expect(chatbotPhrases(frame, locale)).toEqual([]);
    expect(LETTER_TEXTS.closing[locale]).toMatch(/\n\[[^\]]+\]\n/);
  });

  it('keeps the content of a topic whose chat answer ends with the guided-question intro', () => {
    // health.certificate: "Oppgi når helseerklæringen ble utstedt, så sjekker jeg …" goes; the rule stays.
    expect(letterAnswer('nb', 'health.certificate')).toMatch(/inntil 2 år/);
    expect(letterAnswer('en', 'd6.privileges')).toMatch(/only valid together with a valid health certificate/);
  });

  it('leaves a note for the caseworker where the chat said its sources are silent', () => {
    expect(letterAnswer('nb', 'manning.expiry')).toMatch(/\[Fyll inn eller fjern/);
    expect(letterAnswer('en', 'aps.digital-certificates')).toMatch(/\[Fill in or remove/);
  });

  it('writes sources with their names and addresses', () => {
    const lines = sourceLines('nb', topicMeta['seatime.calculate'].citations);
    expect(lines[0]).toMatch(/^• Forskrift om kvalifikasjoner .* § 16: https:\/\/lovdata\.no\//);
    expect(sourceLines('nn', topicMeta['isps.process'].citations).every((l) => l.startsWith('• '))).toBe(true);
  });
});
