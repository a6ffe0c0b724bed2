/**
 * The widget's own words (its buttons, labels and error messages), in bokmål and English.
 * What Losen says comes from the server; these are only the chrome around it.
 */

/** The languages the widget speaks. */
export type WidgetLocale = 'nb' | 'en';

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
  /** Visible text of the language switch: the other language's name, in that language. */
  switchLanguage: string;
  /** Accessible name of the language switch. */
  switchLanguageLabel: string;
  /** `lang` of `switchLanguage` (the language it names). */
  switchLanguageLang: WidgetLocale;
  /** Accessible name of the quick-reply group. */
  choices: string;
  sources: string;
  /** Link text prefix of a download; the attachment's label follows. */
  download: string;
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
};

export const WIDGET_STRINGS = {
  nb: {
    name: 'Losen',
    launcher: 'Spør Losen',
    tagline: 'Svar om regelverket for sjøfolk og fartøy',
    log: 'Samtale med Losen',
    you: 'Du',
    inputLabel: 'Din melding',
    placeholder: 'Skriv et spørsmål …',
    send: 'Send',
    close: 'Lukk',
    startOver: 'Start på nytt',
    deleteConversation: 'Slett samtalen',
    switchLanguage: 'English',
    switchLanguageLabel: 'English (bytt språk til engelsk)',
    switchLanguageLang: 'en',
    choices: 'Svaralternativer',
    sources: 'Kilder',
    download: 'Last ned',
    typing: 'Losen skriver …',
    newTab: '(åpnes i ny fane)',
    deleted: 'Samtalen er slettet. Du kan starte en ny når du vil.',
    languageChanged: 'Språk: norsk. Losen svarer på norsk fra neste melding.',
    errorNetwork:
      'Fikk ikke kontakt med Losen. Sjekk nettforbindelsen og prøv igjen – meldingen din står fortsatt i feltet.',
    errorHttp: (status) => `Noe gikk galt (feil ${status}). Prøv igjen – meldingen din står fortsatt i feltet.`,
    errorTooMany: 'For mange meldinger. Vent litt, og prøv igjen.',
    errorTooLong: 'Meldingen er for lang. Prøv å korte den ned.',
    errorDelete: 'Klarte ikke å slette samtalen. Prøv igjen.',
  },
  en: {
    name: 'Losen',
    launcher: 'Ask Losen',
    tagline: 'Answers on the rules for seafarers and vessels',
    log: 'Conversation with Losen',
    you: 'You',
    inputLabel: 'Your message',
    placeholder: 'Type a question …',
    send: 'Send',
    close: 'Close',
    startOver: 'Start over',
    deleteConversation: 'Delete conversation',
    switchLanguage: 'Norsk',
    switchLanguageLabel: 'Norsk (switch language to Norwegian)',
    switchLanguageLang: 'nb',
    choices: 'Quick replies',
    sources: 'Sources',
    download: 'Download',
    typing: 'Losen is typing …',
    newTab: '(opens in a new tab)',
    deleted: 'The conversation has been deleted. You can start a new one whenever you like.',
    languageChanged: 'Language: English. Losen answers in English from your next message.',
    errorNetwork: 'Could not reach Losen. Check your connection and try again – your message is still in the box.',
    errorHttp: (status) => `Something went wrong (error ${status}). Try again – your message is still in the box.`,
    errorTooMany: 'Too many messages. Wait a moment, then try again.',
    errorTooLong: 'The message is too long. Try to shorten it.',
    errorDelete: 'Could not delete the conversation. Please try again.',
  },
} satisfies Record<WidgetLocale, WidgetStrings>;

/** The widget's strings in `locale`. */
export const stringsFor = (locale: WidgetLocale): WidgetStrings => WIDGET_STRINGS[locale];

/** `value` as a widget locale, or undefined. */
export function asLocale(value: unknown): WidgetLocale | undefined {
  return value === 'nb' || value === 'en' ? value : undefined;
}
