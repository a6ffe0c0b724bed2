/**
 * How to reach the Norwegian Maritime Authority.
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const contactTopics = {
  contact: {
    title: {
      nb: 'Kontakt Sjøfartsdirektoratet',
      nn: 'Kontakt Sjøfartsdirektoratet',
      en: 'Contact the Norwegian Maritime Authority',
    },
    answer: {
      nb:
        'Slik når du Sjøfartsdirektoratet:\n\n' +
        '• generelle spørsmål: e-post til post@sdir.no\n' +
        '• spørsmål om API-et for innrapportering: apiinfo@sdir.no\n' +
        '• brev: Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND\n\n' +
        'Vil du ha svar fra en person hos Sjøfartsdirektoratet, er e-post til post@sdir.no riktig vei. Jeg har ikke noe telefonnummer i kildene mine.',
      nn:
        'Slik når du Sjøfartsdirektoratet:\n\n' +
        '• generelle spørsmål: e-post til post@sdir.no\n' +
        '• spørsmål om API-et for innrapportering: apiinfo@sdir.no\n' +
        '• brev: Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND\n\n' +
        'Vil du ha svar frå ein person i Sjøfartsdirektoratet, er e-post til post@sdir.no rett veg. Eg har ikkje noko telefonnummer i kjeldene mine.',
      en:
        'This is how to reach the Norwegian Maritime Authority (Sjøfartsdirektoratet):\n\n' +
        '• general questions: e-mail post@sdir.no\n' +
        '• questions about the reporting API: apiinfo@sdir.no\n' +
        '• letters: Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway\n\n' +
        'If you want an answer from a person at the Authority, e-mail to post@sdir.no is the way to go. I have no phone number in my sources.',
    },
  },
} satisfies Localized<TopicGroup<'contact'>>;
