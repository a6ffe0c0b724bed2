/**
 * The parts of a pasted e-mail: its own header (subject kept as context), the new message, and
 * what is not new — quoted lines ("> …"), earlier messages below "Fra:", "From:", "Sendt:",
 * "-----Original Message-----" or "On … wrote:", and the signature below the sign-off. Then the
 * new message's questions, each with the sentences around it that give its facts.
 *
 * Pure text handling: no topic or fact is read here.
 */

/** Header fields of the pasted message itself, before its body. */
const OWN_HEADER = /^\s*(?:fra|from|sendt|sent|til|to|kopi|cc|dato|date|emne|subject|vedlegg|attachments?)\s*:/iu;
const SUBJECT = /^\s*(?:emne|subject)\s*:\s*(?:(?:sv|re|vs|fw|fwd|vb)\s*:\s*)*(.*)$/iu;

/** Where an earlier, quoted or forwarded message starts: nothing from here on is new. */
const EARLIER_MESSAGE = [
  /^\s*-{2,}\s*(?:original message|opprinnelig melding|opphavleg melding|videresendt melding|vidaresend melding|forwarded message)\s*-{2,}/iu,
  /^\s*(?:fra|from|sendt|sent)\s*:/iu,
  /^\s*(?:den|on)\s.{0,160}\s(?:skrev|skreiv|wrote)\s*:?\s*$/iu,
  /^\s*begin forwarded message/iu,
  /^\s*_{8,}\s*$/u,
];
const QUOTED_LINE = /^\s*>/u;

/** The sign-off: the signature (names, titles, phone numbers) follows it. */
const SIGN_OFF =
  /^\s*(?:med (?:vennlig|venleg|beste) (?:hilsen|helsing)|vennlig hilsen|venleg helsing|beste hilsen|mvh|hilsen|helsing|kind regards|best regards|warm regards|regards|best wishes|yours sincerely|yours faithfully|sincerely|sendt fra min|sendt frå min|sent from my)\b/iu;
const GREETING =
  /^\s*(?:hei|hallo|heisann|god dag|goddag|dear|hello|hi|good (?:morning|afternoon))\b[^.?!\n]{0,60}[,!.:]?\s*$/iu;

export type Message = {
  /** The new message's body: no header, greeting, quoted parts or signature. */
  body: string;
  /** The subject line, when the paste began with the message's header. */
  subject?: string;
  /** Whether quoted or forwarded text was left out. */
  quoted: boolean;
};

/** The new part of a pasted e-mail. */
export function newMessage(text: string): Message {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let subject: string | undefined;
  // A paste that starts with the message's own header: skip it, keep the subject as context.
  while (i < lines.length && (OWN_HEADER.test(lines[i] ?? '') || (lines[i] ?? '').trim() === '')) {
    const s = SUBJECT.exec(lines[i] ?? '');
    if (s?.[1]?.trim()) subject = s[1].trim();
    i += 1;
  }
  const body: string[] = [];
  let quoted = false;
  let seenText = false;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (QUOTED_LINE.test(line)) {
      quoted = true;
      continue;
    }
    if (EARLIER_MESSAGE.some((re) => re.test(line))) {
      quoted = true;
      break;
    }
    if (seenText && SIGN_OFF.test(line)) {
      // The signature is not analysed; an earlier message below it still counts as quoted.
      quoted = lines.slice(i + 1).some((l) => QUOTED_LINE.test(l) || EARLIER_MESSAGE.some((re) => re.test(l)));
      break;
    }
    if (!seenText && line.trim() === '') continue;
    if (!seenText && GREETING.test(line)) continue;
    if (line.trim() !== '') seenText = true;
    body.push(line);
  }
  return { body: body.join('\n').trim(), ...(subject ? { subject } : {}), quoted };
}

/** One question of the message, with the sentences of its paragraph that surround it. */
export type QuestionText = {
  /** The question sentence(s) as written. */
  question: string;
  /** The question with the context sentences of its paragraph: what its topic and facts are read from. */
  text: string;
};

/** A sentence that asks: a question mark, or a request ("Jeg lurer på …", "Please confirm …"). */
const ASKS = [
  /\?\s*$/u,
  /^(?:(?:jeg|eg|vi) )?lurer (?:på|pa)\b/iu,
  /^(?:kan|vil|kunne) (?:dere|de|du) (?:bekrefte|stadfeste|svare|si|opplyse|gi|hjelpe|sjekke|fortelje|fortelle)\b/iu,
  /^(?:vennligst|venlegast|please) (?:bekreft|stadfest|oppgi|opplys|svar|confirm|advise|let us know|tell|clarify)\b/iu,
  /^(?:i|we) (?:would like to|want to|wish to|need to) (?:know|ask|confirm|check)\b/iu,
  /^(?:i|we) (?:am|are)? ?wondering\b/iu,
  /^(?:jeg|eg|vi) (?:vil gjerne|ønsker å|ynskjer å|trenger å|treng å) (?:vite|spørre|spørje|få vite)\b/iu,
  // Doubt asks too: «Den går snart ut, tror jeg.», "We are not sure whether …".
  /(?:^|\s)(?:tror jeg|trur eg|trur vi|tror vi)(?=\s|[.,!]|$)/iu,
  /(?:i think|i believe)\s*[.!]?\s*$/iu,
  /(?:^|\s)(?:usikker|usikre|ikke sikker|ikkje sikker|ikke sikre|ikkje sikre|not sure|unsure)(?:\s|[.,!]|$)/iu,
];
const asks = (sentence: string) => ASKS.some((re) => re.test(sentence.trim()));

/** Sentence ends: . ! ? followed by space and a capital, quote or bracket (not "1. juni", not "ca. 45"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}«"(])/u;

/**
 * The questions of `body` in order, and the paragraphs that ask nothing (shared context, such as
 * "We operate a 14 m work boat in trading area 2."). A message that asks nothing in so many words
 * ("I want to update the manning certificate with D6.") is one question: the whole body.
 */
export function splitQuestions(body: string): { questions: QuestionText[]; context: string } {
  const questions: QuestionText[] = [];
  const context: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/)) {
    const flat = paragraph.replace(/\s*\n\s*/g, ' ').trim();
    if (!flat) continue;
    const own: QuestionText[] = [];
    let pending: string[] = [];
    for (const sentence of flat.split(SENTENCE_END)) {
      if (asks(sentence)) {
        own.push({ question: sentence.trim(), text: [...pending, sentence].join(' ').trim() });
        pending = [];
      } else pending.push(sentence);
    }
    const last = own.at(-1);
    if (!last) context.push(flat);
    else if (pending.length > 0) last.text = `${last.text} ${pending.join(' ')}`.trim();
    questions.push(...own);
  }
  if (questions.length === 0 && context.length > 0) {
    const all = context.join('\n\n');
    return { questions: [{ question: all, text: all }], context: '' };
  }
  return { questions, context: context.join('\n\n') };
}
