/** Losen's own words around the topics (greeting, help, commands, hand-off), in bokmål, nynorsk and English. */
import type { Localized } from './localized.js';
import type { UiTexts } from './types.js';

export const UI_TEXTS = {
  greeting: {
    nb: 'Hei! Jeg er Losen. Jeg svarer på spørsmål om regelverket til Sjøfartsdirektoratet, for eksempel bemanningssertifikat, skipskokk, D6, fartstid, helseerklæring og ISSC. Hva lurer du på?',
    nn: 'Hei! Eg er Losen. Eg svarar på spørsmål om regelverket til Sjøfartsdirektoratet, til dømes om bemanningssertifikat, skipskokk, D6, fartstid, helseerklæring og ISSC. Kva lurer du på?',
    en: "Hi! I'm Losen. I answer questions about the Norwegian Maritime Authority's regulations, such as manning certificates, ship's cooks, D6, sea time, health certificates and the ISSC. What would you like to know?",
  },
  help: {
    nb: 'Still et spørsmål med egne ord, for eksempel «Trenger båten min bemanningssertifikat?» eller «Hvor mye fartstid gir 20 dager à 12 timer?». Når jeg spør om noe, kan du svare med tekst eller trykke på et valg. Skriv «tilbake» for å rette forrige svar, «start på nytt» for å begynne igjen, eller «snakke med et menneske» for å få kontakt med Sjøfartsdirektoratet.',
    nn: 'Still eit spørsmål med eigne ord, til dømes «Treng båten min bemanningssertifikat?» eller «Kor mykje fartstid gir 20 dagar à 12 timar?». Når eg spør om noko, kan du svare med tekst eller trykkje på eit val. Skriv «tilbake» for å rette det førre svaret, «start på nytt» for å byrje på nytt, eller «snakk med eit menneske» for å få kontakt med Sjøfartsdirektoratet.',
    en: 'Ask in your own words, for example "Does my boat need a manning certificate?" or "How much sea time do 20 days at 12 hours give?". When I ask something, answer in text or tap a choice. Type "back" to correct your last answer, "start over" to begin again, or "talk to a person" to contact the Norwegian Maritime Authority.',
  },
  restarted: {
    nb: 'Greit, vi begynner på nytt. Hva lurer du på?',
    nn: 'Greitt, vi byrjar på nytt. Kva lurer du på?',
    en: "All right, let's start over. What would you like to know?",
  },
  thanks: {
    nb: 'Bare hyggelig! Spør gjerne om noe mer.',
    nn: 'Berre hyggeleg! Spør gjerne om meir.',
    en: "You're welcome! Feel free to ask something else.",
  },
  goodbye: {
    nb: 'Ha det bra, og lykke til!',
    nn: 'Ha det bra, og lukke til!',
    en: 'Goodbye, and good luck!',
  },
  identity: {
    nb: 'Jeg er Losen, en automatisk assistent – ikke et menneske. Jeg gir veiledning ut fra kildene til Sjøfartsdirektoratet, ikke vedtak. Vil du snakke med en saksbehandler, skriv «snakke med et menneske».',
    nn: 'Eg er Losen, ein automatisk assistent – ikkje eit menneske. Eg gir rettleiing ut frå kjeldene til Sjøfartsdirektoratet, ikkje vedtak. Vil du snakke med ein saksbehandlar, skriv «snakk med eit menneske».',
    en: 'I\'m Losen, an automated assistant, not a person. I give guidance from the Norwegian Maritime Authority\'s sources, not decisions. To talk to a caseworker, type "talk to a person".',
  },
  sure: {
    nb: 'Svaret bygger på kildene som står under det. Det er veiledning, ikke et vedtak: er du i tvil om hva som gjelder for deg, kan du spørre Sjøfartsdirektoratet på post@sdir.no, eller skrive «snakke med et menneske».',
    nn: 'Svaret byggjer på kjeldene som står under det. Det er rettleiing, ikkje vedtak: er du i tvil om kva som gjeld for deg, kan du spørje Sjøfartsdirektoratet på post@sdir.no, eller skrive «snakk med eit menneske».',
    en: 'The answer rests on the sources listed under it. It is guidance, not a decision: if you are unsure what applies to you, ask the Norwegian Maritime Authority at post@sdir.no, or type "talk to a person".',
  },
  languageSwitched: {
    nb: 'Greit, jeg svarer på bokmål.',
    nn: 'Greitt, eg svarar på nynorsk.',
    en: "Sure, I'll answer in English.",
  },
  nothingToGoBack: {
    nb: 'Det er ikke noe svar å gå tilbake til ennå.',
    nn: 'Det er ikkje noko svar å gå tilbake til enno.',
    en: 'There is no answer to go back to yet.',
  },
  goingBack: {
    nb: 'Greit, vi tar det forrige spørsmålet på nytt.',
    nn: 'Greitt, vi tek det førre spørsmålet på nytt.',
    en: "All right, let's take the previous question again.",
  },
  notUnderstood: {
    nb: (example) => `Det svaret forsto jeg ikke. Prøv for eksempel slik: «${example}».`,
    nn: (example) => `Det svaret forstod eg ikkje. Prøv til dømes slik: «${example}».`,
    en: (example) => `I didn't understand that answer. Try it like this, for example: "${example}".`,
  },
  stuck: {
    nb: (example) =>
      `Jeg forstår fortsatt ikke svaret. Jeg trenger et svar som «${example}». Hvis du heller vil, kan du få kontakt med en saksbehandler hos Sjøfartsdirektoratet.`,
    nn: (example) =>
      `Eg forstår framleis ikkje svaret. Eg treng eit svar som «${example}». Om du heller vil, kan du få kontakt med ein saksbehandlar i Sjøfartsdirektoratet.`,
    en: (example) =>
      `I still don't understand the answer. I need an answer like "${example}". If you prefer, you can contact a case officer at the Norwegian Maritime Authority.`,
  },
  unknownNeeded: {
    nb: 'Uten dette kan jeg ikke gi et sikkert svar. Finn opplysningen (for eksempel i fartøyets sertifikater), eller få hjelp hos Sjøfartsdirektoratet.',
    nn: 'Utan dette kan eg ikkje gi eit sikkert svar. Finn opplysninga (til dømes i sertifikata til fartøyet), eller få hjelp frå Sjøfartsdirektoratet.',
    en: "Without this I can't give a reliable answer. Look it up (for example in the vessel's certificates), or get help from the Norwegian Maritime Authority.",
  },
  invalidAnswer: {
    nb: (message) => `Den opplysningen kan jeg ikke bruke: ${message}`,
    nn: (message) => `Den opplysninga kan eg ikkje bruke: ${message}`,
    en: (message) => `I can't use that value: ${message}`,
  },
  clarify: {
    nb: 'Jeg er ikke helt sikker på hva du spør om. Mener du ett av disse?',
    nn: 'Eg er ikkje heilt sikker på kva du spør om. Meiner du eitt av desse?',
    en: "I'm not quite sure what you're asking. Do you mean one of these?",
  },
  fallbackLead: {
    nb: 'Det spørsmålet kan jeg ikke svare sikkert på.',
    nn: 'Det spørsmålet kan eg ikkje svare sikkert på.',
    en: "I can't answer that question reliably.",
  },
  handoff: {
    nb: 'Du kan få hjelp hos Sjøfartsdirektoratet: send e-post til post@sdir.no (spørsmål om API til apiinfo@sdir.no), eller skriv til Sjøfartsdirektoratet, Postboks 2222, 5509 Haugesund. Ta gjerne med sammendraget nedenfor.',
    nn: 'Du kan få hjelp frå Sjøfartsdirektoratet: send e-post til post@sdir.no (spørsmål om API til apiinfo@sdir.no), eller skriv til Sjøfartsdirektoratet, Postboks 2222, 5509 Haugesund. Ta gjerne med samandraget nedanfor.',
    en: 'You can get help from the Norwegian Maritime Authority: e-mail post@sdir.no (API questions to apiinfo@sdir.no), or write to Sjøfartsdirektoratet, Postboks 2222, 5509 Haugesund, Norway. Feel free to include the summary below.',
  },
  handoffSummaryHeading: {
    nb: 'Sammendrag av samtalen',
    nn: 'Samandrag av samtalen',
    en: 'Summary of the conversation',
  },
  handoffTopic: {
    nb: (title) => `Tema: ${title}`,
    nn: (title) => `Tema: ${title}`,
    en: (title) => `Topic: ${title}`,
  },
  handoffAnswers: {
    nb: 'Opplysninger du har gitt:',
    nn: 'Opplysningar du har gitt:',
    en: 'Information you have given:',
  },
  handoffNothingYet: {
    nb: 'Ingen spørsmål er besvart ennå.',
    nn: 'Du har ikkje svart på nokon spørsmål enno.',
    en: 'No questions have been answered yet.',
  },
  sources: {
    nb: 'Kilder',
    nn: 'Kjelder',
    en: 'Sources',
  },
  chooseRule: {
    nb: 'Hva vil du regne ut?',
    nn: 'Kva vil du rekne ut?',
    en: 'What would you like to work out?',
  },
  choiceYes: {
    nb: 'Ja',
    nn: 'Ja',
    en: 'Yes',
  },
  choiceNo: {
    nb: 'Nei',
    nn: 'Nei',
    en: 'No',
  },
  choiceNone: {
    nb: 'Ingen',
    nn: 'Ingen',
    en: 'None',
  },
  commandRestart: {
    nb: 'Start på nytt',
    nn: 'Start på nytt',
    en: 'Start over',
  },
  commandBack: {
    nb: 'Tilbake',
    nn: 'Tilbake',
    en: 'Back',
  },
  commandHelp: {
    nb: 'Hjelp',
    nn: 'Hjelp',
    en: 'Help',
  },
  commandHandoff: {
    nb: 'Snakk med et menneske',
    nn: 'Snakk med eit menneske',
    en: 'Talk to a person',
  },
  somethingWrong: {
    nb: 'Noe gikk galt da jeg skulle svare. Prøv igjen, eller kontakt Sjøfartsdirektoratet på post@sdir.no.',
    nn: 'Noko gjekk gale då eg skulle svare. Prøv igjen, eller kontakt Sjøfartsdirektoratet på post@sdir.no.',
    en: 'Something went wrong while answering. Please try again, or contact the Norwegian Maritime Authority at post@sdir.no.',
  },
} satisfies Localized<UiTexts>;
