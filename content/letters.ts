/**
 * The staff triage draft: a letter from Sjøfartsdirektoratet to the person who wrote to
 * post@sdir.no, in bokmål, nynorsk and English side by side. The letter speaks as the agency
 * ("vi"), never as the chatbot: no "jeg/eg/I", no "spør meg", and never "contact post@sdir.no"
 * (the letter is sent from that address).
 *
 * A topic's answer in the letter is the chat answer in letter form (`letterAnswer`): sentences in
 * the chatbot's voice (the guided-question intro "Oppgi …, så sjekker jeg", "Tell me …", "My sources
 * do not say …") are left out, and where the chat said its sources are silent a bracketed note asks
 * the caseworker to fill in. Topics whose chat answer cannot be cut down that way have their own
 * letter text in `letter-topics.ts`.
 */
import type { FactInfo } from '../rules/index.js';
import { SOURCES } from '../rules/sources.js';
import { texts } from './index.js';
import { LETTER_QUESTIONS, LETTER_TOPICS } from './letter-topics.js';
import type { Localized } from './localized.js';
import { byLocale } from './localized.js';
import type { Locale, TopicId } from './topic-ids.js';
import type { Citation } from './types.js';

/** The letter's own words, in one language. */
export type LetterTexts = {
  greeting: string;
  /** The opening after the greeting; `questions` is how many questions the letter answers. */
  thanks: (questions: number) => string;
  /** Introduces what the enquirer must still tell us. */
  needIntro: string;
  /** Introduces details in the e-mail that contradict each other or the rules. */
  checkIntro: string;
  sourcesHeading: string;
  /** Closing, with a bracketed placeholder for the caseworker's name. */
  closing: string;
  /** Placeholder for the caseworker where no topic answers `question` (the enquirer's words, redacted). */
  noAnswer: (question: string) => string;
  /** Placeholder where the chat answer said its sources are silent. */
  sourcesGap: string;
  /** Urgency shown above the draft (not part of the letter). */
  urgentWord: (word: string) => string;
  urgentExpiry: (date: string, days: number) => string;
  urgentStart: (date: string, days: number) => string;
  urgentValidUntil: (title: string, date: string, days: number) => string;
  /** Shown above the draft when the e-mail quotes earlier messages that were not analysed. */
  quotedIgnored: string;
};

const inDays = {
  nb: (days: number) => (days === 0 ? 'i dag' : days === 1 ? 'i morgen' : `om ${days} dager`),
  nn: (days: number) => (days === 0 ? 'i dag' : days === 1 ? 'i morgon' : `om ${days} dagar`),
  en: (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`),
};

/** The letter frame in bokmål, nynorsk and English. */
export const LETTER_TEXTS = {
  greeting: { nb: 'Hei,', nn: 'Hei,', en: 'Hello,' },
  thanks: {
    nb: (n) => (n > 1 ? 'Takk for e-posten din. Her er svar på spørsmålene dine.' : 'Takk for e-posten din.'),
    nn: (n) => (n > 1 ? 'Takk for e-posten din. Her er svar på spørsmåla dine.' : 'Takk for e-posten din.'),
    en: (n) =>
      n > 1 ? 'Thank you for your e-mail. Here are our answers to your questions.' : 'Thank you for your e-mail.',
  },
  needIntro: {
    nb: 'For å kunne svare trenger vi å vite:',
    nn: 'For å kunne svare treng vi å vite:',
    en: 'To be able to answer, we need to know:',
  },
  checkIntro: {
    nb: 'Noen av opplysningene i e-posten stemmer ikke med hverandre eller med regelverket. Kan du se på dette?',
    nn: 'Nokre av opplysningane i e-posten stemmer ikkje med kvarandre eller med regelverket. Kan du sjå på dette?',
    en: 'Some of the details in your e-mail do not agree with each other or with the rules. Could you check the following?',
  },
  sourcesHeading: { nb: 'Kilder:', nn: 'Kjelder:', en: 'Sources:' },
  closing: {
    nb: 'Med vennlig hilsen\n[Navn på saksbehandler]\nSjøfartsdirektoratet',
    nn: 'Med venleg helsing\n[Namn på saksbehandlar]\nSjøfartsdirektoratet',
    en: 'Kind regards\n[Name of caseworker]\nNorwegian Maritime Authority (Sjøfartsdirektoratet)',
  },
  noAnswer: {
    nb: (q) => `[Skriv svaret her på «${q}». Spørsmålet ligger utenfor det Losen har sikre kilder om.]`,
    nn: (q) => `[Skriv svaret her på «${q}». Spørsmålet ligg utanfor det Losen har sikre kjelder om.]`,
    en: (q) => `[Write the answer to "${q}" here. The question is outside what Losen has reliable sources on.]`,
  },
  sourcesGap: {
    nb: '[Fyll inn eller fjern: kildene til Losen dekker ikke hele dette spørsmålet.]',
    nn: '[Fyll inn eller fjern: kjeldene til Losen dekkjer ikkje heile dette spørsmålet.]',
    en: '[Fill in or remove: the sources Losen draws on do not cover all of this question.]',
  },
  urgentWord: {
    nb: (word) => `Avsenderen ber om rask behandling («${word}»).`,
    nn: (word) => `Avsendaren ber om rask behandling («${word}»).`,
    en: (word) => `The sender asks for a quick reply ("${word}").`,
  },
  urgentExpiry: {
    nb: (date, days) => `Utløpsdato ${inDays.nb(days)} (${date}).`,
    nn: (date, days) => `Utløpsdato ${inDays.nn(days)} (${date}).`,
    en: (date, days) => `Expiry date ${inDays.en(days)} (${date}).`,
  },
  urgentStart: {
    nb: (date, days) => `Påmønstring eller oppstart ${inDays.nb(days)} (${date}).`,
    nn: (date, days) => `Påmønstring eller oppstart ${inDays.nn(days)} (${date}).`,
    en: (date, days) => `Signing on or starting ${inDays.en(days)} (${date}).`,
  },
  urgentValidUntil: {
    nb: (title, date, days) => `${title} gjelder bare til ${date} (${inDays.nb(days)}).`,
    nn: (title, date, days) => `${title} gjeld berre til ${date} (${inDays.nn(days)}).`,
    en: (title, date, days) => `${title} is valid only until ${date} (${inDays.en(days)}).`,
  },
  quotedIgnored: {
    nb: 'Siterte og videresendte meldinger er ikke analysert.',
    nn: 'Siterte og vidaresende meldingar er ikkje analyserte.',
    en: 'Quoted and forwarded messages were not analysed.',
  },
} satisfies Localized<LetterTexts>;

const LETTER = byLocale(LETTER_TEXTS);

/** The letter's words in `locale`. */
export const letterTexts = (locale: Locale): LetterTexts => LETTER[locale];

/**
 * Sentences in the chatbot's voice, per language of the text they are found in: first person
 * singular, "ask/tell me", the guided-question intro, and sending the reader to post@sdir.no.
 * Nynorsk texts are checked with the bokmål patterns too (many are still bokmål copies).
 */
const NB_VOICE = [
  /(?<![\p{L}-])(?:jeg|meg|kildene mine)(?![\p{L}-])/iu,
  /svar på noen (?:korte )?spørsmål/iu,
  /(?:kontakt\p{L}*|spør\p{L}*)\s[^.]*post@sdir\.no/iu,
];
export const CHATBOT_VOICE: Record<Locale, readonly RegExp[]> = {
  nb: NB_VOICE,
  nn: [
    ...NB_VOICE,
    /(?<![\p{L}-])(?:eg|kjeldene mine)(?![\p{L}-])/iu,
    /svar på nokre (?:korte )?spørsmål/iu,
    /(?:kontakt\p{L}*|spør\p{L}*)\s[^.]*post@sdir\.no/iu,
  ],
  en: [
    /(?<![\p{L}-])(?:I|I'm|I'll|I've)(?![\p{L}-])/u,
    /(?<![\p{L}-])(?:me|my)(?![\p{L}-])/iu,
    /answer a few (?:short )?questions/iu,
    /(?:contact|ask)\s[^.]*post@sdir\.no/iu,
  ],
};

/** Sentences that said the chat's sources are silent (replaced by a note to the caseworker). */
const SOURCES_SILENT: Record<Locale, RegExp> = {
  nb: /kildene mine (?:sier|gir)/iu,
  nn: /(?:kildene|kjeldene) mine (?:sier|seier|gir|gjev)/iu,
  en: /my sources (?:say|do not|don't|give)/iu,
};

/** Does `sentence` speak in the chatbot's voice (for a text in `locale`)? */
export const isChatbotVoice = (locale: Locale, sentence: string): boolean =>
  CHATBOT_VOICE[locale].some((re) => re.test(sentence));

/** Sentence boundaries within one line: after . ! ? when a new sentence (capital, quote, digit) follows. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}«"\d])/u;

/** `text` (paragraphs, list lines) without its chatbot-voice sentences; `gap` when one said the sources are silent. */
function letterForm(locale: Locale, text: string): { text: string; gap: boolean } {
  let gap = false;
  const paragraphs = text.split(/\n{2,}/).map((paragraph) =>
    paragraph
      .split('\n')
      .map((line) => {
        const sentences = line.split(SENTENCE_END);
        if (sentences.some((s) => SOURCES_SILENT[locale].test(s))) gap = true;
        return sentences
          .filter((s) => !isChatbotVoice(locale, s))
          .join(' ')
          .trim();
      })
      .filter((line) => line.length > 0)
      .join('\n'),
  );
  return { text: paragraphs.filter((p) => p.length > 0).join('\n\n'), gap };
}

/** The heading of `topic`'s section in the letter. */
export function letterTitle(locale: Locale, topic: TopicId): string {
  const own = Object.hasOwn(LETTER_TOPICS, topic) ? LETTER_TOPICS[topic]?.title : undefined;
  return own ? own[locale] : texts(locale).topics[topic].title;
}

/** `topic`'s general answer in letter form: the letter text where there is one, else the chat answer cut down. */
export function letterAnswer(locale: Locale, topic: TopicId): string {
  const own = Object.hasOwn(LETTER_TOPICS, topic) ? LETTER_TOPICS[topic]?.answer : undefined;
  if (own) return own[locale];
  const { text, gap } = letterForm(locale, texts(locale).topics[topic].answer);
  return gap ? `${text}\n\n${LETTER[locale].sourcesGap}` : text;
}

/** Format hints for chat input ("(ÅÅÅÅ-MM-DD)") and "choose" or "answer 0" instructions have no place in a letter. */
const FORMAT_HINT = /\s*\((?:ÅÅÅÅ-MM-DD|YYYY-MM-DD|dd\.mm\.åååå|dd\.mm\.yyyy)\)/giu;
const CHOOSE = /^(?:velg|vel|choose|svar 0|answer 0)\b/iu;

/** The question that asks the enquirer for `fact` of rule `ruleId`, in letter form. */
export function letterQuestion(locale: Locale, ruleId: string, fact: FactInfo): string {
  const own = LETTER_QUESTIONS.get(`${ruleId}:${fact.id}`);
  if (own) return own[locale];
  const chat = (texts(locale).facts as Record<string, { question: string }>)[fact.questionKey]?.question;
  const question = chat ?? fact.label[locale];
  return question
    .replace(FORMAT_HINT, '')
    .split(SENTENCE_END)
    .filter((s) => !isChatbotVoice(locale, s) && !CHOOSE.test(s))
    .join(' ')
    .trim();
}

const SOURCE_BY_ID = new Map(Object.values(SOURCES).map((s) => [s.id as string, s]));

/** One line per source: its name in `locale`, the paragraph, and the address written out. */
export function sourceLines(locale: Locale, citations: readonly Citation[]): string[] {
  return citations.map((c) => {
    const source = SOURCE_BY_ID.get(c.source);
    const name = source ? source.name[locale] : c.source;
    const where = c.ref ? `${name} ${c.ref}` : name;
    return c.url ? `• ${where}: ${c.url}` : `• ${where}`;
  });
}
