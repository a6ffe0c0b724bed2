/**
 * The voice check for staff triage letters, written independently of the code it checks: phrases
 * that belong to the chatbot (first person singular, "ask me", "tell me", the guided-question
 * intro) or that send the reader to post@sdir.no (the letter is sent from there). Bracketed notes
 * to the caseworker ("[Navn på saksbehandler]", the enquirer's own question) are not the letter's
 * voice: they are replaced before sending.
 */
import type { Locale } from '../../content/topic-ids.js';

const NORWEGIAN = [
  /(?<![\p{L}-])(?:jeg|meg|eg)(?![\p{L}-])/iu,
  /spør meg|fortell meg|fortel meg|spør losen/iu,
  /så (?:sjekker|sjekkar|regner|reknar|sier|seier|forklarer|forklarar) (?:jeg|eg)/iu,
  /svar på (?:noen|nokre) (?:korte )?spørsmål/iu,
  /kildene mine|kjeldene mine/iu,
  /(?:kontakt\p{L}*|spør\p{L}*|send\p{L}*)\s(?:[^.\n]*\s)?(?:sjøfartsdirektoratet\s)?(?:på\s)?post@sdir\.no/iu,
  /sjøfartsdirektoratet kan hjelpe deg/iu,
];
const ENGLISH = [
  /(?<![\p{L}-])(?:I|I'm|I'll|I've)(?![\p{L}-])/u,
  /(?<![\p{L}-])(?:me|my)(?![\p{L}-])/iu,
  /ask me|tell me|give me/iu,
  /answer a few (?:short )?questions/iu,
  /(?:contact|ask)\s[^.\n]*post@sdir\.no/iu,
  /authority can help you/iu,
];

/** Applications go to post@sdir.no; that instruction is the agency's, not a hand-off. */
const SEND_APPLICATION = /send\p{L}*\s(?:dem|den|dei|han|ho|søknaden|them|it|the application)\s/iu;

/** The chatbot phrases in `text` (a letter or a letter text in `locale`), outside caseworker notes. */
export function chatbotPhrases(text: string, locale: Locale): string[] {
  const letter = text.replace(/\[[^\]]*\]/g, '');
  const patterns = locale === 'en' ? ENGLISH : NORWEGIAN;
  const found: string[] = [];
  for (const line of letter.split('\n'))
    for (const re of patterns) {
      const m = re.exec(line);
      if (m && !(m[0].includes('post@sdir.no') && SEND_APPLICATION.test(m[0]))) found.push(m[0]);
    }
  return found;
}
