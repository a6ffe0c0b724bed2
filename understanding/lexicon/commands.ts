/**
 * What users type to steer the conversation, in both languages (lower case, whole message).
 * Matched against the whole message after trimming punctuation, so "tilbake" is a command but
 * "kan jeg gå tilbake til D6?" is a question.
 */
import type { Command, SmallTalk } from '../../content/render.js';
import type { Locale } from '../../content/topic-ids.js';
import { QUESTION_ITEM_WORDS } from './discourse.js';

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
    'byrje på nytt',
    'byrja på nytt',
    'begynne på nytt',
    'starte på nytt',
    'start forfra',
    'begynn forfra',
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
  help: [
    'hjelp',
    'hjelp meg',
    'hjelp!',
    'hva kan du',
    'kva kan du',
    'help',
    'help me',
    'what can you do',
    // A first message that only asks what Losen can do (round-4 red team: they got the fallback)
    'hva kan du hjelpe med',
    'hva kan du hjelpe meg med',
    'kva kan du hjelpe med',
    'kva kan du hjelpe meg med',
    'kan du hjelpe meg',
    'hei kan du hjelpe meg',
    'hei, kan du hjelpe meg',
    'hei! kan du hjelpe meg',
    'what can you help me with',
    'what can you help with',
    'can you help me',
    'hi can you help me',
    'hi, can you help me',
  ],
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
  // "are you sure?" after an answer: never the fallback, which would read as taking the answer back.
  sure: [
    'are you sure',
    'hmm are you sure',
    'are you sure about that',
    'you sure',
    'really',
    'is that really right',
    'is that correct',
    'is that really so',
    'er du sikker',
    'hmm er du sikker',
    'er du sikker på det',
    'er du heilt sikker',
    'er du helt sikker',
    'stemmer det',
    'stemmer det virkelig',
    'stemmer det verkeleg',
    'er det riktig',
    'er det rett',
    'er det sikkert',
    'sikker',
    'sikkert',
    'virkelig',
    'verkeleg',
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
    'thanks bye',
    'thank you bye',
    'ok thanks bye',
    'thanks goodbye',
    'takk ha det',
    'takk ha det bra',
    'ok takk ha det',
    // "sorry wrong chat": a message not meant for Losen ends the talk politely.
    'sorry wrong chat',
    'wrong chat',
    'sorry wrong window',
    'beklager feil chat',
    'feil chat',
    'orsak feil chat',
  ],
};

/** Verbs of answering that make "in English" / «på nynorsk» a request to Losen, not about a document. */
const ANSWER_VERBS_EN = [
  'answer',
  'reply',
  'respond',
  'write',
  'continue',
  'speak',
  'talk',
  'switch to',
  'change to',
  'switch back to',
  'go back to',
  'use',
  // "can I get it in English?", "can I have the answer in English?"
  'get it',
  'have it',
  'get that',
  'have that',
  'get the answer',
  'have the answer',
];
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
  'gå tilbake til',
  'gå tilbake på',
  'gå over til',
  'gå attende til',
  'bruk',
  'bruke',
  // Round 19: «takk, og kan eg få det på nynorsk?», «kan jeg få svaret på engelsk?»
  'få det',
  'få dette',
  'få svaret',
  'få svar',
  'få svaret ditt',
];
/**
 * Between a verb of answering and the language, the words that may stand there: who is answered
 * ("to me", «meg»), or what is written («kan du skrive det på bokmål?», "write it in English").
 */
export const LANGUAGE_OBJECT_WORDS: readonly string[] = ['me', 'meg', 'to me', 'det', 'dette', 'it', 'that'];
/**
 * Round 56 (oos56): «sertifikatet mitt er på bokmål, kan jeg få det på engelsk …»: "get it" in a
 * language after a document is named asks for the document in that language, not for the chat's.
 * The verbs that take "it" (`LANGUAGE_GET_IT_WORDS`), and the documents (`LANGUAGE_DOCUMENT_WORDS`).
 */
export const LANGUAGE_GET_IT_WORDS: readonly string[] = [
  'få det',
  'få dette',
  'get it',
  'have it',
  'get that',
  'have that',
];
export const LANGUAGE_DOCUMENT_WORDS: readonly string[] = [
  'sertifikat',
  'sertifikatet',
  'certificate',
  'cert',
  'attest',
  'attesten',
  'bekreftelse',
  'bekreftelsen',
  'stadfesting',
  'stadfestinga',
  'erklæring',
  'erklæringen',
  'erklæringa',
  'helseerklæring',
  'helseerklæringen',
  'helseerklæringa',
  'vitnemål',
  'vitnemålet',
  'diploma',
  'dokument',
  'dokumentet',
  'document',
  'kopi',
  'copy',
  'issc',
  'd6',
];
/** After the language asked for, the words that say it replaces the one used («… på bokmål i staden?»). */
export const LANGUAGE_INSTEAD_WORDS: readonly string[] = ['i staden', 'i stedet', 'istedenfor', 'instead'];
/** A request for a language: a verb, then the language («svar på nynorsk»), or a phrase of its own. */
export type LanguageRequest = { verbs: readonly string[]; languages: readonly string[]; tails: readonly string[] };
const requests = (
  verbs: readonly string[],
  languages: readonly string[],
  tails: readonly string[],
): LanguageRequest => ({
  verbs,
  languages,
  tails,
});

/**
 * A request to be answered in another language, anywhere in a message ("can we continue in
 * English?", «kan du svare på nynorsk?», "English please"). Only with a verb of answering or a
 * "please": «kan attesten skrives på engelsk?» asks about a document.
 */
export const LANGUAGE_REQUESTS: Readonly<Record<Locale, LanguageRequest>> = {
  en: requests(
    [...ANSWER_VERBS_EN, ...ANSWER_VERBS_NO],
    ['in english', 'på engelsk', 'english', 'engelsk'],
    [
      'in english please',
      'in english pls',
      'english please',
      'english pls',
      'på engelsk takk',
      'på engelsk, takk',
      'back to english',
      'tilbake til engelsk',
      // Round 24: "and in english: our cook is 17, ok?"
      'and in english:',
      'in english:',
      'på engelsk:',
    ],
  ),
  nb: requests(
    [...ANSWER_VERBS_NO, ...ANSWER_VERBS_EN],
    ['på bokmål', 'på norsk', 'in norwegian', 'bokmål', 'norsk'],
    [
      'på bokmål takk',
      'på bokmål, takk',
      'på norsk takk',
      'på norsk, takk',
      'norwegian please',
      'in norwegian please',
      'tilbake til bokmål',
      'på norsk:',
      'på bokmål:',
      'in norwegian:',
    ],
  ),
  nn: requests(
    [...ANSWER_VERBS_NO, ...ANSWER_VERBS_EN],
    ['på nynorsk', 'in nynorsk', 'nynorsk'],
    [
      'på nynorsk takk',
      'på nynorsk, takk',
      'nynorsk takk',
      'nynorsk please',
      'in nynorsk please',
      'tilbake til nynorsk',
      'attende til nynorsk',
      'back to nynorsk',
      'på nynorsk:',
      'og på nynorsk:',
      'in nynorsk:',
    ],
  ),
};

/** "and", "but", "ok" opening a short message that only names something («og i nynorsk?», «og spm 2?»). */
const SHORT_OPENERS: readonly string[] = ['og', 'and', 'men', 'but', 'ok', 'okay'];

/**
 * A message that is only a language's name, with a few words around it («og i nynorsk?», "and in
 * English?", «nynorsk takk», "norwegian?"): a request for that language.
 */
export const LANGUAGE_ALONE: {
  readonly openers: readonly string[];
  readonly prepositions: readonly string[];
  readonly names: Readonly<Record<Locale, readonly string[]>>;
  readonly bare: readonly string[];
  readonly closers: readonly string[];
} = {
  openers: [
    ...SHORT_OPENERS,
    'same',
    'samme',
    'det same',
    'det samme',
    'same thing',
    'kan eg få det',
    'kan jeg få det',
    'can i get it',
    'can i have it',
  ],
  prepositions: ['på', 'i', 'in', 'paa'],
  names: {
    nn: ['nynorsk'],
    nb: ['bokmål', 'norsk', 'norwegian'],
    en: ['engelsk', 'english'],
  },
  /** Names that ask for the language even alone («nynorsk?»); «norsk» or "English" alone may name a flag. */
  bare: ['nynorsk', 'bokmål'],
  closers: [
    'takk',
    'please',
    'pls',
    'også',
    'òg',
    'too',
    'as well',
    'then',
    'da',
    'då',
    'no',
    'now',
    'nå',
    'igjen',
    'again',
  ],
};

/**
 * A reply that picks an option of a menu by its place («den andre», "the first one", «nr 2», "2"):
 * the words of each place, 1-based, and of the last. Read as the whole message, with the words
 * around them in `PICK_BEFORE` and `PICK_AFTER`.
 */
export const PICK_WORDS: Readonly<Record<'1' | '2' | '3' | 'last', readonly string[]>> = {
  '1': ['1', '1.', 'første', 'forste', 'fyrste', 'first', '1st', 'en', 'ein', 'one'],
  '2': ['2', '2.', 'andre', 'second', '2nd', 'to', 'two'],
  '3': ['3', '3.', 'tredje', 'third', '3rd', 'tre', 'three'],
  last: ['siste', 'last', 'sist'],
};
/** What may open a pick: «den», "the", «nr», "option", «alternativ» … */
export const PICK_BEFORE: readonly string[] = [
  'den',
  'det',
  'the',
  'nr',
  'nummer',
  'number',
  'option',
  'alternativ',
  'alternativet',
  'valg',
  'punkt',
  'jeg vil ha',
  'eg vil ha',
  'i want',
  "i'll take",
  'i take',
  'ta',
  'tar',
  'jeg tar',
  'eg tek',
];
/** What may close a pick: "one", «alternativet», "please", «takk» … */
export const PICK_AFTER: readonly string[] = [
  'one',
  'option',
  'alternativ',
  'alternativet',
  'valget',
  'knappen',
  'button',
  'please',
  'pls',
  'takk',
  'der',
  'her',
];

/**
 * Round 57/58: «og spm 2?», "and question 3?", «svar paa spm 2», "q2?" after a message of several
 * (often numbered) questions: that question named by its number. `before` may open the message,
 * `item` names the question (QUESTION_ITEM_WORDS, «spm nr»), `after` may close it.
 */
export const ITEM_ASKED_WORDS: {
  readonly before: readonly string[];
  readonly item: readonly string[];
  readonly after: readonly string[];
} = {
  before: [
    ...SHORT_OPENERS,
    'what about',
    'how about',
    'hva med',
    'kva med',
    'svar på',
    'svar paa',
    'answer',
    'please answer',
    // Round 61 (english61): "can you answer in english please, Q1?" (the language asked aside).
    'can you',
    'could you',
    'kan du',
    'please',
    'det',
    'the',
    'om',
    'on',
    'to',
  ],
  item: [...QUESTION_ITEM_WORDS.flatMap((w) => [w, `${w} nr`]), 'question no'],
  after: ['da', 'då', 'then', 'please', 'pls', 'takk', 'thanks', 'også', 'òg', 'too', 'also'],
};
