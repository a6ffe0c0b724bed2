/**
 * What Losen says when it listens: taking a correction or a what-if, answering the further
 * questions of a message in turn, coming back to the question a side question interrupted, a
 * button of an earlier question, and a date given without its day. In bokmål, nynorsk and English.
 */
import type { Localized } from './localized.js';

/** The conversation's own words around corrections, several questions and interruptions. */
export type ConversationTexts = {
  /** Before the answer to a further question of the same message; `title` is the topic's title. */
  alsoAsked: (title: string) => string;
  /** Before the question asked again after a side question was answered (or could not be). */
  beforeWeGoOn: string;
  /** A clicked choice that belongs to a question no longer asked. */
  staleChoice: string;
  /** After a correction: `items` says what is now used (see `correctedItem`). */
  corrected: (items: string) => string;
  /** One corrected fact: its label, the new value, and the value it replaces (if there was one). */
  correctedItem: (label: string, value: string, previous?: string) => string;
  /** Before the answer to a what-if: `items` says what differs (see `whatIfItem`). */
  whatIf: (items: string) => string;
  /** One fact of a what-if: its label, the value asked about, and the value it replaces (if any). */
  whatIfItem: (label: string, value: string, previous?: string) => string;
  /** Joins the last two items of a list ("45 BT og lasteskip"). */
  and: string;
  /** A date was given as a month and year only; `month` is e.g. "juni 2024". */
  needsDay: (month: string) => string;
  /** A new topic starts with facts the user gave earlier: `items` names them ("fartøystype: lasteskip, …"). */
  usingEarlier: (items: string) => string;
};

export const CONVERSATION_TEXTS = {
  alsoAsked: {
    nb: (title) => `Du spurte også om «${title}»:`,
    nn: (title) => `Du spurde òg om «${title}»:`,
    en: (title) => `You also asked about "${title}":`,
  },
  beforeWeGoOn: {
    nb: 'Før vi går videre:',
    nn: 'Før vi går vidare:',
    en: 'Before we go on:',
  },
  staleChoice: {
    nb: 'Det valget hørte til et tidligere spørsmål.',
    nn: 'Det valet høyrde til eit tidlegare spørsmål.',
    en: 'That choice belonged to an earlier question.',
  },
  corrected: {
    nb: (items) => `Greit, jeg har rettet det: ${items}.`,
    nn: (items) => `Greitt, eg har retta det: ${items}.`,
    en: (items) => `All right, I have corrected it: ${items}.`,
  },
  correctedItem: {
    nb: (label, value, previous) => (previous ? `${label} er ${value}, ikke ${previous}` : `${label} er ${value}`),
    nn: (label, value, previous) => (previous ? `${label} er ${value}, ikkje ${previous}` : `${label} er ${value}`),
    en: (label, value, previous) => (previous ? `${label} is ${value}, not ${previous}` : `${label} is ${value}`),
  },
  whatIf: {
    nb: (items) => `Hvis ${items}:`,
    nn: (items) => `Viss ${items}:`,
    en: (items) => `If ${items}:`,
  },
  whatIfItem: {
    nb: (label, value, previous) =>
      previous ? `${label} er ${value} i stedet for ${previous}` : `${label} er ${value}`,
    nn: (label, value, previous) =>
      previous ? `${label} er ${value} i staden for ${previous}` : `${label} er ${value}`,
    en: (label, value, previous) => (previous ? `${label} is ${value} instead of ${previous}` : `${label} is ${value}`),
  },
  and: {
    nb: 'og',
    nn: 'og',
    en: 'and',
  },
  needsDay: {
    nb: (month) => `Jeg trenger hele datoen, også dagen. Hvilken dag i ${month}?`,
    nn: (month) => `Eg treng heile datoen, òg dagen. Kva dag i ${month}?`,
    en: (month) => `I need the full date, including the day. Which day in ${month}?`,
  },
  usingEarlier: {
    nb: (items) => `Jeg bruker det du har fortalt meg tidligere: ${items}.`,
    nn: (items) => `Eg bruker det du har fortalt meg tidlegare: ${items}.`,
    en: (items) => `I am using what you told me earlier: ${items}.`,
  },
} satisfies Localized<ConversationTexts>;
