/**
 * The words of the Slack and Teams adapters around what Losen says: the 👍/👎 feedback on an
 * answer, the progress line of a long flow, the hand-off e-mail link, and what is said about a
 * document sent into the chat. In bokmål, nynorsk and English side by side.
 *
 * Which turns are rated is decided here too (`offersFeedback`), so every chat channel asks alike.
 */
import type { Locale } from '../rules/types.js';
import type { Localized } from './localized.js';
import { byLocale } from './localized.js';
import type { BotMessage } from './types.js';

/** The channel texts in one language. */
export type ChannelTexts = {
  /** Above the two feedback buttons. */
  feedbackQuestion: string;
  /** The 👍 button. */
  feedbackUp: string;
  /** The 👎 button. */
  feedbackDown: string;
  /** Shown in place of the buttons once an answer is rated. */
  feedbackThanks: string;
  /** Title of the comment form (Slack allows at most 24 characters). */
  feedbackTitle: string;
  /** The comment field's label. */
  commentLabel: string;
  /** Under the comment field. */
  commentHint: string;
  send: string;
  cancel: string;
  /** The progress line of a long guided flow. */
  progress: (step: number, of: number) => string;
  /** The link that opens the prefilled e-mail of a hand-off. */
  handoffEmail: string;
  /** Shown where a document cannot be sent (an ephemeral answer, a Teams channel). */
  documentElsewhere: string;
  /** The description on Teams' request to save a document (Teams asks the user first). */
  documentConsent: string;
  /** The user declined to receive the document. */
  documentDeclined: string;
  /** The document could not be made or sent. */
  documentFailed: string;
};

/** The channel texts, in bokmål, nynorsk and English side by side. */
export const CHANNEL_TEXTS = {
  feedbackQuestion: {
    nb: 'Var svaret til hjelp?',
    nn: 'Var svaret til hjelp?',
    en: 'Was this answer helpful?',
  },
  feedbackUp: { nb: '👍 Ja', nn: '👍 Ja', en: '👍 Yes' },
  feedbackDown: { nb: '👎 Nei', nn: '👎 Nei', en: '👎 No' },
  feedbackThanks: {
    nb: 'Takk for tilbakemeldingen!',
    nn: 'Takk for tilbakemeldinga!',
    en: 'Thank you for the feedback!',
  },
  feedbackTitle: { nb: 'Tilbakemelding', nn: 'Tilbakemelding', en: 'Feedback' },
  commentLabel: {
    nb: 'Hva manglet eller var feil? (valgfritt)',
    nn: 'Kva mangla eller var feil? (valfritt)',
    en: 'What was missing or wrong? (optional)',
  },
  commentHint: {
    nb: 'Ikke skriv navn, fødselsnummer eller andre personopplysninger.',
    nn: 'Ikkje skriv namn, fødselsnummer eller andre personopplysningar.',
    en: 'Please leave out names, identity numbers and other personal details.',
  },
  send: { nb: 'Send', nn: 'Send', en: 'Send' },
  cancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  progress: {
    nb: (step, of) => `Spørsmål ${step} av ${of}`,
    nn: (step, of) => `Spørsmål ${step} av ${of}`,
    en: (step, of) => `Question ${step} of ${of}`,
  },
  handoffEmail: {
    nb: 'Send e-post til Sjøfartsdirektoratet',
    nn: 'Send e-post til Sjøfartsdirektoratet',
    en: 'E-mail the Norwegian Maritime Authority',
  },
  documentElsewhere: {
    nb: 'Skriv til Losen i en privat samtale for å få dokumentet.',
    nn: 'Skriv til Losen i ein privat samtale for å få dokumentet.',
    en: 'Write to Losen in a private conversation to get the document.',
  },
  documentConsent: {
    nb: 'Dokumentet fra Losen, klart til å lagre og åpne',
    nn: 'Dokumentet frå Losen, klart til å lagre og opne',
    en: 'The document from Losen, ready to save and open',
  },
  documentDeclined: {
    nb: 'Greit, jeg sendte ikke dokumentet.',
    nn: 'Greitt, eg sende ikkje dokumentet.',
    en: 'All right, I did not send the document.',
  },
  documentFailed: {
    nb: 'Dokumentet kunne ikke sendes nå. Prøv igjen senere.',
    nn: 'Dokumentet kunne ikkje sendast no. Prøv igjen seinare.',
    en: 'The document could not be sent just now. Please try again later.',
  },
} satisfies Localized<ChannelTexts>;

const BY_LOCALE = byLocale<ChannelTexts>(CHANNEL_TEXTS);

/** The channel texts in `locale`. */
export const channelTexts = (locale: Locale): ChannelTexts => BY_LOCALE[locale];

/**
 * Whether a turn's answer is offered 👍/👎: a turn that answers (a topic, a decision, a hand-off),
 * not one that asks the next question of a flow or shows its review.
 */
export function offersFeedback(messages: readonly BotMessage[]): boolean {
  if (messages.some((m) => m.ask || m.review)) return false;
  return messages.some((m) => m.decision || m.handoff || m.topic);
}
