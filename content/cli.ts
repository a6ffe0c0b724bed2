/** The command line's own words (`losen chat`, `losen ask`), in bokmål, nynorsk and English. */
import type { Localized } from './localized.js';

/** The command line's texts in one language. */
export type CliTexts = {
  /** Said once when a chat starts: how to answer and how to quit. */
  chatHint: string;
  /** After `losen ask` when Losen answered with a question of its own. */
  continueInChat: string;
};

export const CLI_TEXTS = {
  chatHint: {
    nb: '(Svar med tekst, eller velg et alternativ med nummeret. Skriv «avslutt» eller trykk Ctrl-D for å avslutte.)',
    nn: '(Svar med tekst, eller vel eit alternativ med nummeret. Skriv «avslutt» eller trykk Ctrl-D for å avslutte.)',
    en: '(Answer in text, or pick a choice by its number. Type "exit" or press Ctrl-D to quit.)',
  },
  continueInChat: {
    nb: 'Losen trenger mer for å svare. Fortsett i en samtale med: losen chat',
    nn: 'Losen treng meir for å svare. Hald fram i ein samtale med: losen chat',
    en: 'Losen needs more to answer. Continue in a conversation with: losen chat',
  },
} satisfies Localized<CliTexts>;
