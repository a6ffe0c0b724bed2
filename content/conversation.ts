/**
 * What Losen says when it listens: taking a correction or a what-if, answering the further
 * questions of a message in turn, coming back to the question a side question interrupted, a
 * button of an earlier question, and a date given without its day; the review of the answers
 * before a document is made; and the parts of the hand-off to a person (the summary, the e-mail,
 * where to follow one's own case). In bokmål, nynorsk and English.
 */
import { joinedWith } from '../rules/rule.js';
import type { Localized } from './localized.js';

/** «A», «B» og «C»: titles quoted and joined with `and` before the last. */
function quotedList(titles: readonly string[], and: string, open = '«', close = '»'): string {
  return joinedWith(
    titles.map((t) => `${open}${t}${close}`),
    and,
  );
}

/** The conversation's own words around corrections, several questions and interruptions. */
export type ConversationTexts = {
  /** Before the answer to a further question of the same message; `title` is the topic's title. */
  alsoAsked: (title: string) => string;
  /** Before the fallback to a further question of the same message that is outside the catalogue. */
  alsoAskedOutside: string;
  /**
   * Before the first question of a guided flow, when the message asked more: the further questions
   * (`titles`, the topics' titles; none for a question outside the catalogue) wait until this one is done.
   */
  answeredAfter: (titles: readonly string[]) => string;
  /** Before the question of the days worked, when a period was given: its days, and how to say all were worked. */
  periodDays: (days: number) => string;
  /** Before the question asked again after a side question was answered (or could not be). */
  beforeWeGoOn: string;
  /** A clicked choice that belongs to a question no longer asked. */
  staleChoice: string;
  /** After a stale choice with nothing pending: how to change an earlier answer. */
  staleChoiceHint: string;
  /** After a correction: `items` says what is now used (see `correctedItem`). */
  corrected: (items: string) => string;
  /** One corrected fact: its label, the new value, and the value it replaces (if there was one). */
  correctedItem: (label: string, value: string, previous?: string) => string;
  /** Before the answer to a what-if: `items` says what differs (see `whatIfItem`). */
  whatIf: (items: string) => string;
  /** One fact of a what-if: its label, the value asked about, and the value it replaces (if any). */
  whatIfItem: (label: string, value: string, previous?: string) => string;
  /** Before the answer to a what-if on the age the person is yet to reach («fyller 20 i mars»): `age` as said. */
  whatIfTurning: (age: string) => string;
  /** Back to the user's own case after what-ifs («tilbake til båten vår»): `items` the facts put back (`correctedItem`). */
  backToCase: (items: string) => string;
  /** Joins the last two items of a list ("45 BT og lasteskip"). */
  and: string;
  /** A date was given as a month and year only; `month` is e.g. "juni 2024". */
  needsDay: (month: string) => string;
  /** A new topic starts with facts the user gave earlier: `items` names them ("fartøystype: lasteskip, …"). */
  usingEarlier: (items: string) => string;
  /**
   * A message gave facts of the rule but not the answer asked for: `items` names what was taken,
   * before the same question is asked again.
   */
  noted: (items: string) => string;
  /** Before the answers are listed for review, ahead of the document. */
  reviewIntro: string;
  /** The choice that accepts the answers and makes the document. */
  reviewAccept: string;
  /** The choice that changes one answer; `label` is the fact's name ("fartøyets navn"). */
  reviewChange: (label: string) => string;
  /** Before a question asked again to change its answer; `value` is the answer given before. */
  changing: (value: string) => string;
  /** Heading of the hand-off summary's decisions, each with its topic and outcome. */
  handoffDecisions: string;
  /** A question the user asked that Losen could not answer (redacted). */
  handoffUnanswered: (question: string) => string;
  /** The question Losen asked and is still waiting for an answer to. */
  handoffWaiting: (question: string) => string;
  /** The answers were being reviewed before a document was made. */
  handoffReviewing: string;
  /** Where to follow one's own case (an application, a certificate, sea time): Min side sjøfolk and eDialog. */
  handoffOwnCase: string;
  /** The link to Sdir's page on how seafarers' qualifications are registered. */
  handoffQualificationsLink: string;
  /** The subject of the prefilled e-mail; `topic` is the title of the topic last discussed, if any. */
  emailSubject: (topic?: string) => string;
};

export const CONVERSATION_TEXTS = {
  alsoAsked: {
    nb: (title) => `Du spurte også om «${title}»:`,
    nn: (title) => `Du spurde òg om «${title}»:`,
    en: (title) => `You also asked about "${title}":`,
  },
  alsoAskedOutside: {
    nb: 'Du spurte også om noe annet:',
    nn: 'Du spurde òg om noko anna:',
    en: 'You also asked about something else:',
  },
  periodDays: {
    nb: (days) => `Perioden du oppga, har ${days} dager. Svar «alle» om det ble arbeidet om bord hver dag.`,
    nn: (days) => `Perioden du oppgav, har ${days} dagar. Svar «alle» om det vart arbeidd om bord kvar dag.`,
    en: (days) => `The period you gave has ${days} days. Answer "all" if every day was worked on board.`,
  },
  // A question outside the catalogue (no title) is not promised an answer: it is come back to.
  answeredAfter: {
    nb: (titles) =>
      titles.length > 0
        ? `Du spurte også om ${quotedList(titles, 'og')}. Det svarer jeg på når dette spørsmålet er avklart.`
        : 'Du spurte også om noe annet. Det kommer jeg tilbake til når dette spørsmålet er avklart.',
    nn: (titles) =>
      titles.length > 0
        ? `Du spurde òg om ${quotedList(titles, 'og')}. Det svarar eg på når dette spørsmålet er avklart.`
        : 'Du spurde òg om noko anna. Det kjem eg tilbake til når dette spørsmålet er avklart.',
    en: (titles) =>
      titles.length > 0
        ? `You also asked about ${quotedList(titles, 'and', '"', '"')}. I will answer that once this question is settled.`
        : 'You also asked about something else. I will come back to it once this question is settled.',
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
  staleChoiceHint: {
    nb: 'Vil du endre et svar, skriv det som er riktig (for eksempel «nei, 45 BT»), eller gå tilbake.',
    nn: 'Vil du endre eit svar, skriv det som er rett (til dømes «nei, 45 BT»), eller gå tilbake.',
    en: 'To change an answer, type the right one (for example "no, 45 GT"), or go back.',
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
  whatIfTurning: {
    nb: (age) => `Ved fylte ${age}:`,
    nn: (age) => `Ved fylte ${age}:`,
    en: (age) => `At ${age} of age:`,
  },
  backToCase: {
    nb: (items) => `Tilbake til ditt eget tilfelle, slik du oppga det: ${items}.`,
    nn: (items) => `Attende til ditt eige tilfelle, slik du gav det opp: ${items}.`,
    en: (items) => `Back to your own case, as you gave it: ${items}.`,
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
    nn: (items) => `Eg brukar det du har fortalt meg tidlegare: ${items}.`,
    en: (items) => `I am using what you told me earlier: ${items}.`,
  },
  noted: {
    nb: (items) => `Det har jeg notert: ${items}.`,
    nn: (items) => `Det har eg notert: ${items}.`,
    en: (items) => `I have noted that: ${items}.`,
  },
  reviewIntro: {
    nb: 'Før jeg lager dokumentet: se over svarene dine. Stemmer alt?',
    nn: 'Før eg lagar dokumentet: sjå over svara dine. Stemmer alt?',
    en: 'Before I make the document, please check your answers. Is everything right?',
  },
  reviewAccept: {
    nb: 'Alt stemmer – lag dokumentet',
    nn: 'Alt stemmer – lag dokumentet',
    en: 'All correct – make the document',
  },
  reviewChange: {
    nb: (label) => `Endre ${label}`,
    nn: (label) => `Endre ${label}`,
    en: (label) => `Change ${label}`,
  },
  changing: {
    nb: (value) => `Nå står det «${value}».`,
    nn: (value) => `No står det «${value}».`,
    en: (value) => `It now says "${value}".`,
  },
  handoffDecisions: {
    nb: 'Svar fra Losen:',
    nn: 'Svar frå Losen:',
    en: "Losen's answers:",
  },
  handoffUnanswered: {
    nb: (question) => `Spørsmål Losen ikke kunne svare på: «${question}»`,
    nn: (question) => `Spørsmål Losen ikkje kunne svare på: «${question}»`,
    en: (question) => `A question Losen could not answer: "${question}"`,
  },
  handoffWaiting: {
    nb: (question) => `Spørsmålet som står åpent: ${question}`,
    nn: (question) => `Spørsmålet som står ope: ${question}`,
    en: (question) => `The question still open: ${question}`,
  },
  handoffReviewing: {
    nb: 'Står åpent: svarene skulle kontrolleres før dokumentet ble laget.',
    nn: 'Står ope: svara skulle kontrollerast før dokumentet vart laga.',
    en: 'Still open: the answers were being checked before the document was made.',
  },
  handoffOwnCase: {
    nb: 'Gjelder det din egen sak – en søknad, et sertifikat eller fartstiden din? Søknadene dine og fartstiden som er rapportert, finner du på Min side sjøfolk. Dokumenter med personopplysninger sender du tryggere gjennom Sjøfartsdirektoratets eDialog enn med vanlig e-post.',
    nn: 'Gjeld det di eiga sak – ein søknad, eit sertifikat eller fartstida di? Søknadene dine og fartstida som er rapportert, finn du på Mi side sjøfolk. Dokument med personopplysningar sender du tryggare gjennom eDialog hos Sjøfartsdirektoratet enn med vanleg e-post.',
    en: 'Is it about your own case – an application, a certificate or your sea time? Your applications and the sea time reported for you are on "Min side sjøfolk" (My page for seafarers). Documents with personal data are safer sent through the Authority\'s eDialog than by ordinary e-mail.',
  },
  handoffQualificationsLink: {
    nb: 'Sjøfartsdirektoratet: registrering av sjøfolks kvalifikasjoner',
    nn: 'Sjøfartsdirektoratet: registrering av kvalifikasjonane til sjøfolk',
    en: "Norwegian Maritime Authority: registering seafarers' qualifications",
  },
  emailSubject: {
    nb: (topic) => (topic ? `Spørsmål om «${topic}»` : 'Spørsmål til Sjøfartsdirektoratet'),
    nn: (topic) => (topic ? `Spørsmål om «${topic}»` : 'Spørsmål til Sjøfartsdirektoratet'),
    en: (topic) => (topic ? `Question about "${topic}"` : 'Question for the Norwegian Maritime Authority'),
  },
} satisfies Localized<ConversationTexts>;
