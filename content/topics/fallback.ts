/**
 * What Losen says when a question is outside what it knows.
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const fallbackTopics = {
  fallback: {
    title: {
      nb: 'Utenfor det jeg kan svare på',
      nn: 'Utanfor det eg kan svare på',
      en: 'Outside what I can answer',
    },
    answer: {
      nb:
        'Beklager, det kan jeg ikke svare sikkert på. Spørsmålet ligger utenfor det jeg har pålitelige kilder om, og jeg vil ikke gjette.\n\n' +
        'Sjøfartsdirektoratet kan hjelpe deg: send en e-post til post@sdir.no.\n\n' +
        'Du kan også spørre meg om bemanningssertifikat, fartstid, sertifikater for sjøfolk, helseerklæring eller ISPS-sertifisering.',
      nn:
        'Orsak, det kan eg ikkje svare sikkert på. Spørsmålet ligg utanfor det eg har pålitelege kjelder om, og eg vil ikkje gjette.\n\n' +
        'Sjøfartsdirektoratet kan hjelpe deg: send ein e-post til post@sdir.no.\n\n' +
        'Du kan òg spørje meg om bemanningssertifikat, fartstid, sertifikat for sjøfolk, helseerklæring eller ISPS-sertifisering.',
      en:
        'Sorry, I cannot answer that reliably. The question is outside what I have trustworthy sources on, and I do not want to guess.\n\n' +
        'The Norwegian Maritime Authority can help you: send an e-mail to post@sdir.no.\n\n' +
        "You can also ask me about manning certificates, sea time, seafarers' certificates, health certificates or ISPS certification.",
    },
  },
} satisfies Localized<TopicGroup<'fallback'>>;
