/**
 * Letter texts for the few topics whose chat answer cannot simply be cut down to letter form
 * (see `letters.ts`), and letter wording for questions to the enquirer where the chat's question
 * is too general ("the document") or addresses the wrong person. Bokmål, nynorsk and English side
 * by side; every statement is the chat answer's own (seeds 000 and 002), in the agency's voice.
 */
import type { FactKey } from '../rules/facts.js';
import type { RuleId } from '../rules/registry.js';
import type { Localized } from './localized.js';
import type { TopicId } from './topic-ids.js';

/** A topic's heading and general answer in a letter. */
export type LetterTopic = { title: string; answer: string };

const NO_ANSWER = {
  nb: '[Skriv svaret her. Spørsmålet ligger utenfor det Losen har sikre kilder om.]',
  nn: '[Skriv svaret her. Spørsmålet ligg utanfor det Losen har sikre kjelder om.]',
  en: '[Write the answer here. The question is outside what Losen has reliable sources on.]',
} as const;

/** Letter texts that replace the chat answer (and title) of a topic. */
export const LETTER_TOPICS: Partial<Record<TopicId, Partial<Localized<LetterTopic>>>> = {
  'aps.processing-time': {
    answer: {
      nb:
        'Hvor lang tid behandlingen tar, avhenger blant annet av dette:\n\n' +
        '• Er alt rapportert elektronisk, kan søknaden behandles automatisk. Det første automatisk utstedte sertifikatet, i september 2023, tok 47 sekunder.\n' +
        '• Bekreftes fartstiden i en manuell fartstidsattest, kan behandlingstiden bli opptil en måned.\n' +
        '• Har arbeidsgiveren rapportert oppdatert fartstid før du søker, går det raskere, og du slipper brev om at fartstid mangler.\n\n' +
        '[Fyll inn status for søknaden hvis e-posten spør om en bestemt søknad.]',
      nn:
        'Kor lang tid behandlinga tek, kjem mellom anna an på dette:\n\n' +
        '• Er alt rapportert elektronisk, kan søknaden bli behandla automatisk. Det første sertifikatet som vart skrive ut automatisk, i september 2023, tok 47 sekund.\n' +
        '• Blir fartstida stadfesta i ein manuell fartstidsattest, kan behandlingstida bli opptil ein månad.\n' +
        '• Har arbeidsgivaren rapportert oppdatert fartstid før du søkjer, går det raskare, og du slepp brev om at fartstid manglar.\n\n' +
        '[Fyll inn status for søknaden dersom e-posten spør om ein bestemd søknad.]',
      en:
        'How long processing takes depends, among other things, on this:\n\n' +
        '• If everything is reported electronically, the application can be processed automatically. The first certificate issued automatically, in September 2023, took 47 seconds.\n' +
        '• If sea time is confirmed in a manual sea-time confirmation, processing can take up to a month.\n' +
        '• If your employer has reported up-to-date sea time before you apply, it goes faster, and you avoid a letter saying sea time is missing.\n\n' +
        '[Fill in the status of the application if the e-mail asks about a specific one.]',
    },
  },
  contact: {
    title: { nb: 'Hvordan du når oss', nn: 'Korleis du når oss', en: 'How to reach us' },
    answer: {
      nb: 'Du kan svare direkte på denne e-posten. Spørsmål om API-et for innrapportering sender du til apiinfo@sdir.no, og brev til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND.',
      nn: 'Du kan svare direkte på denne e-posten. Spørsmål om API-et for innrapportering kan du sende til apiinfo@sdir.no, og brev kan du sende til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND.',
      en: 'You can reply directly to this e-mail. Questions about the reporting API go to apiinfo@sdir.no, and letters to Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway.',
    },
  },
  fallback: {
    title: { nb: 'Andre spørsmål', nn: 'Andre spørsmål', en: 'Other questions' },
    answer: NO_ANSWER,
  },
};

/** Questions to the enquirer in letter wording, by `rule:fact`. */
const QUESTIONS: Partial<Record<`${RuleId}:${FactKey}`, Localized<string>>> = {
  'health-certificate:issueDate': {
    nb: 'Hvilken dato ble helseerklæringen utstedt?',
    nn: 'Kva dato vart helseerklæringa skriven ut?',
    en: 'On what date was the health certificate issued?',
  },
  'health-certificate:ageAtIssue': {
    nb: 'Hvor gammel var den som har helseerklæringen, da den ble utstedt?',
    nn: 'Kor gammal var den som har helseerklæringa, då ho vart skriven ut?',
    en: 'How old was the holder of the health certificate when it was issued?',
  },
  'health-certificate:expiryDate': {
    nb: 'Hvilken utløpsdato har legen skrevet på helseerklæringen?',
    nn: 'Kva utløpsdato har legen skrive på helseerklæringa?',
    en: 'What expiry date did the doctor write on the health certificate?',
  },
  'issc-validity:issueDate': {
    nb: 'Hvilken dato ble ISSC-sertifikatet utstedt?',
    nn: 'Kva dato vart ISSC-sertifikatet skrive ut?',
    en: 'On what date was the ISSC issued?',
  },
  'issc-validity:expiryDate': {
    nb: 'Hvilken utløpsdato står på ISSC-sertifikatet?',
    nn: 'Kva utløpsdato står på ISSC-sertifikatet?',
    en: 'What expiry date is stated on the ISSC?',
  },
  'issc-renewal:expiryDate': {
    nb: 'Hvilken utløpsdato står på ISSC-sertifikatet?',
    nn: 'Kva utløpsdato står på ISSC-sertifikatet?',
    en: 'What expiry date is stated on the ISSC?',
  },
};

/** Letter questions by `rule:fact` (a Map: keys are looked up from decisions, never from user text). */
export const LETTER_QUESTIONS: ReadonlyMap<string, Localized<string>> = new Map(
  Object.entries(QUESTIONS).filter((e): e is [string, Localized<string>] => e[1] !== undefined),
);
