/**
 * The words of the editors' insights page (`/staff/insights`), in bokmål, nynorsk and English.
 * Figures and dates are filled in by the page; topic titles come from the topics' own content.
 */
import type { Localized } from './localized.js';
import type { Locale } from './topic-ids.js';

/** The insights page's texts in one language. */
export type InsightsTexts = {
  title: string;
  intro: (days: number) => string;
  period: (since: string, until: string) => string;
  privacy: (days: number) => string;
  filters: string;
  language: string;
  allLanguages: string;
  days: string;
  lastDays: (days: number) => string;
  show: string;
  pageLanguage: string;
  asJson: string;
  totals: string;
  byTopic: string;
  byDay: string;
  byLanguage: string;
  recent: string;
  recentNote: string;
  topic: string;
  day: string;
  questions: string;
  answers: string;
  menus: string;
  fallbacks: string;
  handoffs: string;
  up: string;
  down: string;
  fallbackRate: string;
  clarifyRate: string;
  when: string;
  why: string;
  question: string;
  comment: string;
  unanswered: string;
  thumbsDown: string;
  noTopic: string;
  noQuestion: string;
  none: string;
  locales: Record<Locale, string>;
  unauthorized: string;
};

export const INSIGHTS_TEXTS = {
  title: { nb: 'Innsikt for redaktører', nn: 'Innsikt for redaktørar', en: 'Insights for editors' },
  intro: {
    nb: (days) =>
      `Hva folk har spurt Losen om de siste ${days} dagene, hva Losen svarte direkte, hvor den måtte spørre «mente du», hva den ikke kunne svare på, og hva brukerne syntes om svarene. Bruk listen nederst til å se hva som bør legges til.`,
    nn: (days) =>
      `Kva folk har spurt Losen om dei siste ${days} dagane, kva Losen svarte direkte, kvar han måtte spørje «meinte du», kva han ikkje kunne svare på, og kva brukarane syntest om svara. Bruk lista nedst til å sjå kva som bør leggjast til.`,
    en: (days) =>
      `What people asked Losen in the last ${days} days, what it answered directly, where it had to ask "did you mean", what it could not answer, and what users thought of the answers. Use the list at the bottom to see what to add.`,
  },
  period: {
    nb: (since, until) => `Fra ${since} til og med ${until}.`,
    nn: (since, until) => `Frå ${since} til og med ${until}.`,
    en: (since, until) => `From ${since} to ${until}, inclusive.`,
  },
  privacy: {
    nb: (days) =>
      `Tallene og spørsmålene slettes etter ${days} dager. Fødselsnumre, e-postadresser, telefonnumre og navn er fjernet fra spørsmålene før de ble lagret.`,
    nn: (days) =>
      `Tala og spørsmåla blir sletta etter ${days} dagar. Fødselsnummer, e-postadresser, telefonnummer og namn er fjerna frå spørsmåla før dei vart lagra.`,
    en: (days) =>
      `Figures and questions are deleted after ${days} days. Identity numbers, e-mail addresses, phone numbers and names were removed from the questions before they were stored.`,
  },
  filters: { nb: 'Utvalg', nn: 'Utval', en: 'Filter' },
  language: { nb: 'Språk', nn: 'Språk', en: 'Language' },
  allLanguages: { nb: 'Alle språk', nn: 'Alle språk', en: 'All languages' },
  days: { nb: 'Periode', nn: 'Periode', en: 'Period' },
  lastDays: {
    nb: (days) => (days === 1 ? 'I dag' : `Siste ${days} dager`),
    nn: (days) => (days === 1 ? 'I dag' : `Siste ${days} dagar`),
    en: (days) => (days === 1 ? 'Today' : `Last ${days} days`),
  },
  show: { nb: 'Vis', nn: 'Vis', en: 'Show' },
  pageLanguage: { nb: 'Sidens språk', nn: 'Språket på sida', en: 'Page language' },
  asJson: { nb: 'De samme tallene som JSON', nn: 'Dei same tala som JSON', en: 'The same figures as JSON' },
  totals: { nb: 'Samlet', nn: 'Samla', en: 'Overall' },
  byTopic: { nb: 'Per tema', nn: 'Per tema', en: 'By topic' },
  byDay: { nb: 'Per dag', nn: 'Per dag', en: 'By day' },
  byLanguage: { nb: 'Per språk', nn: 'Per språk', en: 'By language' },
  recent: {
    nb: 'Spørsmål uten svar eller med tommel ned',
    nn: 'Spørsmål utan svar eller med tommel ned',
    en: 'Questions without an answer or rated down',
  },
  recentNote: {
    nb: 'Nyeste først. For et svar som fikk tommel ned, vises spørsmålet som startet samtalen om temaet.',
    nn: 'Nyaste først. For eit svar som fekk tommel ned, blir spørsmålet som starta samtalen om temaet vist.',
    en: 'Newest first. For an answer rated down, the question that opened the conversation on the topic is shown.',
  },
  topic: { nb: 'Tema', nn: 'Tema', en: 'Topic' },
  day: { nb: 'Dag', nn: 'Dag', en: 'Day' },
  questions: { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Questions' },
  answers: { nb: 'Direkte svar', nn: 'Direkte svar', en: 'Direct answers' },
  menus: { nb: '«Mente du»', nn: '«Meinte du»', en: '"Did you mean"' },
  fallbacks: { nb: 'Uten svar', nn: 'Utan svar', en: 'Not answered' },
  handoffs: { nb: 'Til saksbehandler', nn: 'Til saksbehandlar', en: 'Handovers' },
  up: { nb: 'Tommel opp', nn: 'Tommel opp', en: 'Thumbs up' },
  down: { nb: 'Tommel ned', nn: 'Tommel ned', en: 'Thumbs down' },
  fallbackRate: { nb: 'Andel uten svar', nn: 'Del utan svar', en: 'Not answered, share' },
  clarifyRate: { nb: 'Andel «mente du»', nn: 'Del «meinte du»', en: '"Did you mean", share' },
  when: { nb: 'Når', nn: 'Når', en: 'When' },
  why: { nb: 'Hvorfor', nn: 'Kvifor', en: 'Why' },
  question: { nb: 'Spørsmål (anonymisert)', nn: 'Spørsmål (anonymisert)', en: 'Question (redacted)' },
  comment: { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
  unanswered: { nb: 'Uten svar', nn: 'Utan svar', en: 'Not answered' },
  thumbsDown: { nb: 'Tommel ned', nn: 'Tommel ned', en: 'Rated down' },
  noTopic: { nb: '(uten tema)', nn: '(utan tema)', en: '(no topic)' },
  noQuestion: { nb: '(valgt med en knapp)', nn: '(valt med ein knapp)', en: '(chosen with a button)' },
  none: { nb: 'Ingen ennå.', nn: 'Ingen enno.', en: 'None yet.' },
  locales: {
    nb: { nb: 'Bokmål', nn: 'Bokmål', en: 'Bokmål' },
    nn: { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Nynorsk' },
    en: { nb: 'Engelsk', nn: 'Engelsk', en: 'English' },
  },
  unauthorized: {
    nb: 'Denne siden er bare for Sjøfartsdirektoratets ansatte: logg inn med tilgangsnøkkelen (STAFF_TOKEN) som passord.',
    nn: 'Denne sida er berre for dei tilsette i Sjøfartsdirektoratet: logg inn med tilgangsnøkkelen (STAFF_TOKEN) som passord.',
    en: "This page is for the Norwegian Maritime Authority's staff only: sign in with the staff token (STAFF_TOKEN) as the password.",
  },
} satisfies Localized<InsightsTexts>;
