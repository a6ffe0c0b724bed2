/**
 * The widget's own words (its buttons, labels and error messages), in bokmål, nynorsk and English.
 * What Losen says comes from the server; these are only the chrome around it.
 */
import { isLocale } from '../rules/types.js';
import type { Locale } from '../rules/types.js';
import type { Localized } from './localized.js';
import { byLocale } from './localized.js';

/** The languages the widget speaks. */
export type WidgetLocale = Locale;

/** Every string of the widget's own UI in one language. */
export type WidgetStrings = {
  /** The assistant's name, the panel's title. */
  name: string;
  /** Visible text of the launcher button. */
  launcher: string;
  /** One line under the title. */
  tagline: string;
  /** Accessible name of the message log. */
  log: string;
  /** Visually hidden prefix of the user's messages. */
  you: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  close: string;
  startOver: string;
  deleteConversation: string;
  /** Accessible name of the language switch (its buttons name each language in that language). */
  languages: string;
  /** Accessible name of the quick-reply group. */
  choices: string;
  sources: string;
  /** Said in the log while Losen is answering. */
  typing: string;
  /** Appended to link text that opens a new tab (visually hidden). */
  newTab: string;
  deleted: string;
  languageChanged: string;
  errorNetwork: string;
  errorHttp: (status: number) => string;
  errorTooMany: string;
  errorTooLong: string;
  errorDelete: string;
  /** Under the title: what Losen is (an automated assistant) and is not (a decision). */
  disclaimer: string;
  /** Link to the page on how Losen works (its rulebook). */
  howItWorks: string;
  /** Link to the privacy page. */
  privacy: string;
  /** Where a question stands in a long flow: "3 av 11". */
  progress: (step: number, of: number) => string;
  /** Accessible name of the progress (said before "3 av 11"). */
  progressLabel: string;
  /** The visible text of a review row's change button (its accessible name says which answer). */
  change: string;
  /** Heading of the answers listed for review. */
  reviewTitle: string;
  /** Accessible name of the thumbs under an answer. */
  feedbackGroup: string;
  /** Accessible names of 👍 and 👎. */
  feedbackUp: string;
  feedbackDown: string;
  feedbackThanks: string;
  /** The optional comment after 👎. */
  feedbackCommentLabel: string;
  feedbackSend: string;
  feedbackError: string;
  /** Asked before the conversation is deleted. */
  confirmDelete: string;
  confirmDeleteYes: string;
  cancel: string;
  /** Between an earlier conversation and the new one after "start over". */
  newConversation: string;
  downloadTranscript: string;
  /** The transcript file's name (without .txt). */
  transcriptFileName: string;
  /** The e-mail button of a hand-off. */
  emailSdir: string;
  copySummary: string;
  copied: string;
  copyFailed: string;
};

/** The widget's strings, in bokmål, nynorsk and English side by side. */
export const WIDGET_TEXTS = {
  name: {
    nb: 'Losen',
    nn: 'Losen',
    en: 'Losen',
  },
  launcher: {
    nb: 'Spør Losen',
    nn: 'Spør Losen',
    en: 'Ask Losen',
  },
  tagline: {
    nb: 'Svar om regelverket for sjøfolk og fartøy',
    nn: 'Svar om regelverket for sjøfolk og fartøy',
    en: 'Answers on the rules for seafarers and vessels',
  },
  log: {
    nb: 'Samtale med Losen',
    nn: 'Samtale med Losen',
    en: 'Conversation with Losen',
  },
  you: {
    nb: 'Du',
    nn: 'Du',
    en: 'You',
  },
  inputLabel: {
    nb: 'Din melding',
    nn: 'Meldinga di',
    en: 'Your message',
  },
  placeholder: {
    nb: 'Skriv et spørsmål …',
    nn: 'Skriv eit spørsmål …',
    en: 'Type a question …',
  },
  send: {
    nb: 'Send',
    nn: 'Send',
    en: 'Send',
  },
  close: {
    nb: 'Lukk',
    nn: 'Lukk',
    en: 'Close',
  },
  startOver: {
    nb: 'Start på nytt',
    nn: 'Start på nytt',
    en: 'Start over',
  },
  deleteConversation: {
    nb: 'Slett samtalen',
    nn: 'Slett samtalen',
    en: 'Delete conversation',
  },
  languages: {
    nb: 'Språk',
    nn: 'Språk',
    en: 'Language',
  },
  choices: {
    nb: 'Svaralternativer',
    nn: 'Svaralternativ',
    en: 'Quick replies',
  },
  sources: {
    nb: 'Kilder',
    nn: 'Kjelder',
    en: 'Sources',
  },
  typing: {
    nb: 'Losen skriver …',
    nn: 'Losen skriv …',
    en: 'Losen is typing …',
  },
  newTab: {
    nb: '(åpnes i ny fane)',
    nn: '(opnar i ei ny fane)',
    en: '(opens in a new tab)',
  },
  deleted: {
    nb: 'Samtalen er slettet. Du kan starte en ny når du vil.',
    nn: 'Samtalen er sletta. Du kan starte ein ny når du vil.',
    en: 'The conversation has been deleted. You can start a new one whenever you like.',
  },
  languageChanged: {
    nb: 'Språk: bokmål. Losen svarer på bokmål fra neste melding.',
    nn: 'Språk: nynorsk. Losen svarar på nynorsk frå neste melding.',
    en: 'Language: English. Losen answers in English from your next message.',
  },
  errorNetwork: {
    nb: 'Fikk ikke kontakt med Losen. Sjekk nettforbindelsen og prøv igjen – meldingen din står fortsatt i feltet.',
    nn: 'Fekk ikkje kontakt med Losen. Sjekk nettilkoplinga og prøv igjen – meldinga di står framleis i feltet.',
    en: 'Could not reach Losen. Check your connection and try again – your message is still in the box.',
  },
  errorHttp: {
    nb: (status) => `Noe gikk galt (feil ${status}). Prøv igjen – meldingen din står fortsatt i feltet.`,
    nn: (status) => `Noko gjekk gale (feil ${status}). Prøv igjen – meldinga di står framleis i feltet.`,
    en: (status) => `Something went wrong (error ${status}). Try again – your message is still in the box.`,
  },
  errorTooMany: {
    nb: 'For mange meldinger. Vent litt, og prøv igjen.',
    nn: 'For mange meldingar. Vent litt, og prøv igjen.',
    en: 'Too many messages. Wait a moment, then try again.',
  },
  errorTooLong: {
    nb: 'Meldingen er for lang. Prøv å korte den ned.',
    nn: 'Meldinga er for lang. Prøv å gjere ho kortare.',
    en: 'The message is too long. Try to shorten it.',
  },
  errorDelete: {
    nb: 'Klarte ikke å slette samtalen. Prøv igjen.',
    nn: 'Klarte ikkje å slette samtalen. Prøv igjen.',
    en: 'Could not delete the conversation. Please try again.',
  },
  disclaimer: {
    nb: 'Losen er en automatisk assistent. Svarene er veiledning, ikke vedtak.',
    nn: 'Losen er ein automatisk assistent. Svara er rettleiing, ikkje vedtak.',
    en: 'Losen is an automated assistant. Its answers are guidance, not a decision.',
  },
  howItWorks: {
    nb: 'Slik virker Losen',
    nn: 'Slik verkar Losen',
    en: 'How Losen works',
  },
  privacy: {
    nb: 'Personvern',
    nn: 'Personvern',
    en: 'Privacy',
  },
  progress: {
    nb: (step, of) => `${step} av ${of}`,
    nn: (step, of) => `${step} av ${of}`,
    en: (step, of) => `${step} of ${of}`,
  },
  progressLabel: {
    nb: 'Spørsmål',
    nn: 'Spørsmål',
    en: 'Question',
  },
  change: {
    nb: 'Endre',
    nn: 'Endre',
    en: 'Change',
  },
  reviewTitle: {
    nb: 'Svarene dine',
    nn: 'Svara dine',
    en: 'Your answers',
  },
  feedbackGroup: {
    nb: 'Var svaret nyttig?',
    nn: 'Var svaret nyttig?',
    en: 'Was this answer helpful?',
  },
  feedbackUp: {
    nb: 'Nyttig svar',
    nn: 'Nyttig svar',
    en: 'Helpful answer',
  },
  feedbackDown: {
    nb: 'Ikke nyttig svar',
    nn: 'Ikkje nyttig svar',
    en: 'Unhelpful answer',
  },
  feedbackThanks: {
    nb: 'Takk for tilbakemeldingen!',
    nn: 'Takk for tilbakemeldinga!',
    en: 'Thank you for your feedback!',
  },
  feedbackCommentLabel: {
    nb: 'Hva var galt med svaret? (valgfritt)',
    nn: 'Kva var gale med svaret? (valfritt)',
    en: 'What was wrong with the answer? (optional)',
  },
  feedbackSend: {
    nb: 'Send kommentaren',
    nn: 'Send kommentaren',
    en: 'Send the comment',
  },
  feedbackError: {
    nb: 'Tilbakemeldingen kom ikke fram. Prøv igjen.',
    nn: 'Tilbakemeldinga kom ikkje fram. Prøv igjen.',
    en: 'Your feedback did not get through. Please try again.',
  },
  confirmDelete: {
    nb: 'Vil du slette samtalen? Den kan ikke hentes tilbake.',
    nn: 'Vil du slette samtalen? Han kan ikkje hentast tilbake.',
    en: 'Delete the conversation? It cannot be brought back.',
  },
  confirmDeleteYes: {
    nb: 'Ja, slett',
    nn: 'Ja, slett',
    en: 'Yes, delete',
  },
  cancel: {
    nb: 'Avbryt',
    nn: 'Avbryt',
    en: 'Cancel',
  },
  newConversation: {
    nb: 'Ny samtale',
    nn: 'Ny samtale',
    en: 'New conversation',
  },
  downloadTranscript: {
    nb: 'Last ned samtalen',
    nn: 'Last ned samtalen',
    en: 'Download the conversation',
  },
  transcriptFileName: {
    nb: 'losen-samtale',
    nn: 'losen-samtale',
    en: 'losen-conversation',
  },
  emailSdir: {
    nb: 'Send e-post til Sjøfartsdirektoratet',
    nn: 'Send e-post til Sjøfartsdirektoratet',
    en: 'E-mail the Norwegian Maritime Authority',
  },
  copySummary: {
    nb: 'Kopier sammendraget',
    nn: 'Kopier samandraget',
    en: 'Copy the summary',
  },
  copied: {
    nb: 'Sammendraget er kopiert.',
    nn: 'Samandraget er kopiert.',
    en: 'The summary has been copied.',
  },
  copyFailed: {
    nb: 'Klarte ikke å kopiere. Merk teksten i sammendraget og kopier den selv.',
    nn: 'Klarte ikkje å kopiere. Merk teksten i samandraget og kopier han sjølv.',
    en: 'Could not copy. Select the text of the summary and copy it yourself.',
  },
} satisfies Localized<WidgetStrings>;

/** Each language's name in that language, for the language switch (Bokmål · Nynorsk · English). */
export const LANGUAGE_NAMES: Readonly<Record<WidgetLocale, string>> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The widget's strings per language. */
export const WIDGET_STRINGS: Record<WidgetLocale, WidgetStrings> = byLocale(WIDGET_TEXTS);

/** The widget's strings in `locale`. */
export const stringsFor = (locale: WidgetLocale): WidgetStrings => WIDGET_STRINGS[locale];

/** `value` as a widget locale, or undefined. */
export function asLocale(value: unknown): WidgetLocale | undefined {
  return isLocale(value) ? value : undefined;
}
