/**
 * The staff triage page's own words (`/staff`), in bokmål, nynorsk and English side by side.
 * The draft reply itself comes from the server in the enquiry's language; these are the labels,
 * headings and messages around it.
 */
import type { Locale } from '../rules/types.js';
import type { Localized } from './localized.js';
import { byLocale } from './localized.js';

/** Every string of the staff page in one language. */
export type StaffStrings = {
  /** The document title (browser tab). */
  pageTitle: string;
  /** Small text after the brand name. */
  brandSub: string;
  heading: string;
  intro: string;
  /** Accessible name of the language switch. */
  languageSwitch: string;
  enquiryLabel: string;
  enquiryHint: string;
  analyse: string;
  resultsHeading: string;
  /** "The enquiry is in …", followed by the language's name. */
  resultLanguage: (language: string) => string;
  /** Names of the languages an enquiry can be in, as they read inside a sentence. */
  languageNb: string;
  languageNn: string;
  languageEn: string;
  topicsHeading: string;
  /** How sure the ranking is of a topic, e.g. "(score 0.85)". */
  score: (score: string) => string;
  noTopic: string;
  missingHeading: string;
  nothingMissing: string;
  replyHeading: string;
  copy: string;
  sourcesHeading: string;
  noSources: string;
  /** Appended to link text that opens a new tab (visually hidden). */
  newTab: string;
  emptyEnquiry: string;
  analysing: string;
  /** After an analysis: how many topics were found. */
  done: (topics: number) => string;
  tooMany: string;
  tooLong: string;
  failed: (status: number) => string;
  unexpected: string;
  unreachable: string;
  copied: string;
  copyFailed: string;
  /** Staff triage (issue 13): urgency, decisions, how the e-mail was read, the editable draft, the token. */
  urgentHeading: string;
  quotedIgnored: string;
  readHeading: string;
  decisionsHeading: string;
  noDecisions: string;
  replyHint: string;
  /** After copying: the bracketed placeholders still in the draft. */
  placeholdersLeft: (placeholders: string) => string;
  tokenLabel: string;
  tokenHint: string;
  tokenSubmit: string;
  tokenNeeded: string;
  tokenWrong: string;
};

/** The staff page's strings, in bokmål, nynorsk and English side by side. */
export const STAFF_TEXTS = {
  pageTitle: {
    nb: 'Losen – analyse av henvendelser',
    nn: 'Losen – analyse av førespurnader',
    en: 'Losen – enquiry triage',
  },
  brandSub: {
    nb: 'for saksbehandlere',
    nn: 'for saksbehandlarar',
    en: 'for case officers',
  },
  heading: {
    nb: 'Analyse av henvendelse',
    nn: 'Analyse av førespurnad',
    en: 'Enquiry triage',
  },
  intro: {
    nb: 'Lim inn en e-post på bokmål, nynorsk eller engelsk. Losen finner temaene og opplysningene som mangler, og lager et svarutkast med kilder på samme språk som henvendelsen. Les alltid gjennom utkastet før du sender det.',
    nn: 'Lim inn ein e-post på bokmål, nynorsk eller engelsk. Losen finn temaa og opplysningane som manglar, og lagar eit svarutkast med kjelder på same språk som førespurnaden. Les alltid gjennom utkastet før du sender det.',
    en: 'Paste an e-mail in Norwegian (bokmål or nynorsk) or English. Losen finds the topics and the missing information, and drafts a reply with sources in the language of the enquiry. Always read the draft before you send it.',
  },
  languageSwitch: {
    nb: 'Språk på siden',
    nn: 'Språk på sida',
    en: 'Page language',
  },
  enquiryLabel: {
    nb: 'Henvendelse',
    nn: 'Førespurnad',
    en: 'Enquiry',
  },
  enquiryHint: {
    nb: 'Teksten sendes bare til Losen for analyse og lagres ikke.',
    nn: 'Teksten blir berre send til Losen for analyse og blir ikkje lagra.',
    en: 'The text is only sent to Losen to be analysed, and is not stored.',
  },
  analyse: {
    nb: 'Analyser',
    nn: 'Analyser',
    en: 'Analyse',
  },
  resultsHeading: {
    nb: 'Resultat',
    nn: 'Resultat',
    en: 'Result',
  },
  resultLanguage: {
    nb: (language) => `Henvendelsen er skrevet på ${language}.`,
    nn: (language) => `Førespurnaden er skriven på ${language}.`,
    en: (language) => `The enquiry is written in ${language}.`,
  },
  languageNb: {
    nb: 'bokmål',
    nn: 'bokmål',
    en: 'Norwegian (bokmål)',
  },
  languageNn: {
    nb: 'nynorsk',
    nn: 'nynorsk',
    en: 'Norwegian (nynorsk)',
  },
  languageEn: {
    nb: 'engelsk',
    nn: 'engelsk',
    en: 'English',
  },
  topicsHeading: {
    nb: 'Tema',
    nn: 'Tema',
    en: 'Topics',
  },
  score: {
    nb: (score) => `(treffverdi ${score})`,
    nn: (score) => `(treffverdi ${score})`,
    en: (score) => `(score ${score})`,
  },
  noTopic: {
    nb: 'Fant ikke noe tema.',
    nn: 'Fann ikkje noko tema.',
    en: 'No topic found.',
  },
  missingHeading: {
    nb: 'Mangler for å avgjøre',
    nn: 'Manglar for å avgjere',
    en: 'Missing facts',
  },
  nothingMissing: {
    nb: 'Ingenting mangler.',
    nn: 'Ingenting manglar.',
    en: 'Nothing is missing.',
  },
  replyHeading: {
    nb: 'Svarutkast',
    nn: 'Svarutkast',
    en: 'Draft reply',
  },
  copy: {
    nb: 'Kopier svaret',
    nn: 'Kopier svaret',
    en: 'Copy the reply',
  },
  sourcesHeading: {
    nb: 'Kilder',
    nn: 'Kjelder',
    en: 'Sources',
  },
  noSources: {
    nb: 'Ingen kilder.',
    nn: 'Ingen kjelder.',
    en: 'No sources.',
  },
  newTab: {
    nb: '(åpnes i ny fane)',
    nn: '(opnar i ei ny fane)',
    en: '(opens in a new tab)',
  },
  emptyEnquiry: {
    nb: 'Lim inn en henvendelse først.',
    nn: 'Lim inn ein førespurnad først.',
    en: 'Paste an enquiry first.',
  },
  analysing: {
    nb: 'Analyserer …',
    nn: 'Analyserer …',
    en: 'Analysing …',
  },
  done: {
    nb: (topics) => `Analysen er ferdig: ${topics} tema.`,
    nn: (topics) => `Analysen er ferdig: ${topics} tema.`,
    en: (topics) => `Analysis done: ${topics} ${topics === 1 ? 'topic' : 'topics'}.`,
  },
  tooMany: {
    nb: 'For mange forespørsler. Vent litt, og prøv igjen.',
    nn: 'For mange førespurnader. Vent litt, og prøv igjen.',
    en: 'Too many requests. Wait a moment, then try again.',
  },
  tooLong: {
    nb: 'Teksten er for lang.',
    nn: 'Teksten er for lang.',
    en: 'The text is too long.',
  },
  failed: {
    nb: (status) => `Analysen feilet (feil ${status}). Prøv igjen.`,
    nn: (status) => `Analysen feila (feil ${status}). Prøv igjen.`,
    en: (status) => `The analysis failed (error ${status}). Please try again.`,
  },
  unexpected: {
    nb: 'Uventet svar fra serveren.',
    nn: 'Uventa svar frå serveren.',
    en: 'Unexpected response from the server.',
  },
  unreachable: {
    nb: 'Fikk ikke kontakt med serveren. Prøv igjen.',
    nn: 'Fekk ikkje kontakt med serveren. Prøv igjen.',
    en: 'Could not reach the server. Please try again.',
  },
  copied: {
    nb: 'Svaret er kopiert.',
    nn: 'Svaret er kopiert.',
    en: 'The reply has been copied.',
  },
  copyFailed: {
    nb: 'Kunne ikke kopiere automatisk. Teksten er merket: trykk Ctrl+C.',
    nn: 'Kunne ikkje kopiere automatisk. Teksten er merkt: trykk Ctrl+C.',
    en: 'Could not copy automatically. The text is selected: press Ctrl+C.',
  },
  urgentHeading: {
    nb: 'Haster',
    nn: 'Hastar',
    en: 'Urgent',
  },
  quotedIgnored: {
    nb: 'Siterte og videresendte meldinger i e-posten er ikke analysert.',
    nn: 'Siterte og vidaresende meldingar i e-posten er ikkje analyserte.',
    en: 'Quoted and forwarded messages in the e-mail were not analysed.',
  },
  readHeading: {
    nb: 'Spørsmålene i e-posten',
    nn: 'Spørsmåla i e-posten',
    en: 'The questions in the e-mail',
  },
  decisionsHeading: {
    nb: 'Avgjort ut fra opplysningene i e-posten',
    nn: 'Avgjort ut frå opplysningane i e-posten',
    en: 'Decided from the details in the e-mail',
  },
  noDecisions: {
    nb: 'E-posten gir ikke nok opplysninger til å avgjøre noe.',
    nn: 'E-posten gir ikkje nok opplysningar til å avgjere noko.',
    en: 'The e-mail does not give enough details to decide anything.',
  },
  replyHint: {
    nb: 'Du kan redigere utkastet. Fyll inn det som står i [hakeparenteser] før du sender.',
    nn: 'Du kan redigere utkastet. Fyll inn det som står i [hakeparentesar] før du sender.',
    en: 'You can edit the draft. Fill in what is in [square brackets] before you send it.',
  },
  placeholdersLeft: {
    nb: (placeholders) => `Husk å fylle inn: ${placeholders}`,
    nn: (placeholders) => `Hugs å fylle inn: ${placeholders}`,
    en: (placeholders) => `Remember to fill in: ${placeholders}`,
  },
  tokenLabel: {
    nb: 'Tilgangsnøkkel for saksbehandlere',
    nn: 'Tilgangsnøkkel for saksbehandlarar',
    en: 'Access token for case officers',
  },
  tokenHint: {
    nb: 'Nøkkelen huskes bare til du lukker fanen.',
    nn: 'Nøkkelen blir berre hugsa til du lukkar fana.',
    en: 'The token is kept only until you close this tab.',
  },
  tokenSubmit: {
    nb: 'Bruk nøkkelen',
    nn: 'Bruk nøkkelen',
    en: 'Use the token',
  },
  tokenNeeded: {
    nb: 'Denne siden krever en tilgangsnøkkel. Skriv den inn nedenfor.',
    nn: 'Denne sida krev ein tilgangsnøkkel. Skriv han inn nedanfor.',
    en: 'This page needs an access token. Enter it below.',
  },
  tokenWrong: {
    nb: 'Nøkkelen ble ikke godtatt. Prøv igjen.',
    nn: 'Nøkkelen vart ikkje godteken. Prøv igjen.',
    en: 'The token was not accepted. Please try again.',
  },
} satisfies Localized<StaffStrings>;

/** The staff page's strings per language. */
export const STAFF_STRINGS: Record<Locale, StaffStrings> = byLocale(STAFF_TEXTS);
