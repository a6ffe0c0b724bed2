/**
 * What users type to steer the conversation, in both languages (lower case, whole message).
 * Matched against the whole message after trimming punctuation, so "tilbake" is a command but
 * "kan jeg gå tilbake til D6?" is a question.
 */
import type { Command, SmallTalk } from '../../content/render.js';
import type { Locale } from '../../content/topic-ids.js';

export const COMMAND_PHRASES: Readonly<Record<Command, readonly string[]>> = {
  restart: [
    'start på nytt',
    'start pa nytt',
    'begynn på nytt',
    'begynn pa nytt',
    'start om igjen',
    'nytt spørsmål',
    'nullstill',
    'byrj på nytt',
    'start over',
    'restart',
    'reset',
    'new question',
    'begin again',
    'start again',
  ],
  back: [
    'tilbake',
    'gå tilbake',
    'ga tilbake',
    'angre',
    'endre svar',
    'endre forrige svar',
    'rett forrige svar',
    'back',
    'go back',
    'undo',
    'change my answer',
    'previous',
  ],
  help: ['hjelp', 'hjelp meg', 'hjelp!', 'hva kan du', 'kva kan du', 'help', 'help me', 'what can you do'],
  handoff: [
    'snakke med et menneske',
    'snakk med et menneske',
    'snakke med en person',
    'menneske',
    'saksbehandler',
    'snakke med saksbehandler',
    'kontakt sjøfartsdirektoratet',
    'få kontakt med sjøfartsdirektoratet',
    'snakke med nokon',
    'snakk med eit menneske',
    'snakke med eit menneske',
    'snakke med ein person',
    'snakk med ein saksbehandlar',
    'saksbehandlar',
    'få kontakt med ein person',
    'talk to a person',
    'talk to a human',
    'human',
    'person',
    'agent',
    'real person',
    'speak to someone',
    'contact a person',
  ],
};

/**
 * Whole messages that are only courtesy, in bokmål, nynorsk and English, also without æøå. A
 * greeting or a thanks inside a question is part of the question and does not count.
 */
export const SMALL_TALK_PHRASES: Readonly<Record<Exclude<SmallTalk, 'language'>, readonly string[]>> = {
  hello: [
    'hei',
    'hei hei',
    'heisann',
    'hallo',
    'hallaisen',
    'god morgen',
    'god dag',
    'god kveld',
    'morn',
    'hei losen',
    'hallo losen',
    'hi',
    'hello',
    'hey',
    'hiya',
    'good morning',
    'good afternoon',
    'good evening',
    'hi losen',
    'hello losen',
  ],
  thanks: [
    'takk',
    'takk skal du ha',
    'tusen takk',
    'mange takk',
    'takk for hjelpen',
    'takk for svaret',
    'takk for svar',
    'tusen takk for hjelpen',
    'flott takk',
    'supert takk',
    'topp takk',
    'ok takk',
    'okei takk',
    'greit takk',
    'takk takk',
    'takk for hjelpa',
    'tusen takk for hjelpa',
    'takk skal du ha for hjelpa',
    'thanks',
    'thank you',
    'thanks a lot',
    'thank you very much',
    'thanks for the help',
    'thanks for your help',
    'many thanks',
    'great thanks',
    'ok thanks',
    'cheers',
    'thx',
    'ty',
  ],
  identity: [
    'er du en robot',
    'er du ein robot',
    'er du en bot',
    'er du ein bot',
    'er du et menneske',
    'er du eit menneske',
    'er du ekte',
    'er du ai',
    'er du kunstig intelligens',
    'er dette en chatbot',
    'er dette ein chatbot',
    'snakker jeg med en robot',
    'snakkar eg med ein robot',
    'snakker jeg med et menneske',
    'are you a bot',
    'are you a robot',
    'are you human',
    'are you a human',
    'are you a real person',
    'are you ai',
    'are you an ai',
    'is this a bot',
    'is this a chatbot',
    'am i talking to a bot',
    'am i talking to a human',
  ],
  bye: [
    'ha det',
    'ha det bra',
    'hade',
    'hadet',
    'snakkes',
    'farvel',
    'takk og ha det',
    'bye',
    'goodbye',
    'good bye',
    'bye bye',
    'see you',
  ],
};

/** Verbs of answering that make "in English" / «på nynorsk» a request to Losen, not about a document. */
const ANSWER_VERBS_EN = ['answer', 'reply', 'respond', 'write', 'continue', 'speak', 'talk', 'switch to', 'change to'];
const ANSWER_VERBS_NO = [
  'svar',
  'svare',
  'svarar',
  'skriv',
  'skrive',
  'fortsett',
  'fortsette',
  'halde fram',
  'snakk',
  'snakke',
  'ta det',
  'bytt til',
  'byt til',
  'byte til',
];
const requests = (verbs: readonly string[], objects: readonly string[], tails: readonly string[]): string[] => [
  ...verbs.flatMap((v) => objects.flatMap((o) => [`${v} ${o}`, `${v} me ${o}`, `${v} meg ${o}`, `${v} to me ${o}`])),
  ...tails,
];

/**
 * A request to be answered in another language, anywhere in a message ("can we continue in
 * English?", «kan du svare på nynorsk?», "English please"). Only with a verb of answering or a
 * "please": «kan attesten skrives på engelsk?» asks about a document.
 */
export const LANGUAGE_REQUESTS: Readonly<Record<Locale, readonly string[]>> = {
  en: requests(
    [...ANSWER_VERBS_EN, ...ANSWER_VERBS_NO],
    ['in english', 'på engelsk', 'english'],
    ['in english please', 'in english pls', 'english please', 'english pls', 'på engelsk takk', 'på engelsk, takk'],
  ),
  nb: requests(
    [...ANSWER_VERBS_NO, ...ANSWER_VERBS_EN],
    ['på bokmål', 'på norsk', 'in norwegian', 'bokmål', 'norsk'],
    ['på bokmål takk', 'på bokmål, takk', 'på norsk takk', 'på norsk, takk', 'norwegian please', 'in norwegian please'],
  ),
  nn: requests(
    [...ANSWER_VERBS_NO, ...ANSWER_VERBS_EN],
    ['på nynorsk', 'in nynorsk', 'nynorsk'],
    ['på nynorsk takk', 'på nynorsk, takk', 'nynorsk takk', 'nynorsk please', 'in nynorsk please'],
  ),
};
