/** Losen's own words in bokmål. */
import type { UiTexts } from '../types.js';

export const uiNb = {
  greeting:
    'Hei! Jeg er Losen. Jeg svarer på spørsmål om regelverket til Sjøfartsdirektoratet, for eksempel bemanningssertifikat, skipskokk, D6, fartstid, helseerklæring og ISSC. Hva lurer du på?',
  help: 'Still et spørsmål med egne ord, for eksempel «Trenger båten min bemanningssertifikat?» eller «Hvor mye fartstid gir 20 dager à 12 timer?». Når jeg spør om noe, kan du svare med tekst eller trykke på et valg. Skriv «tilbake» for å rette forrige svar, «start på nytt» for å begynne igjen, eller «snakke med et menneske» for å få kontakt med Sjøfartsdirektoratet.',
  restarted: 'Greit, vi begynner på nytt. Hva lurer du på?',
  nothingToGoBack: 'Det er ikke noe svar å gå tilbake til ennå.',
  goingBack: 'Greit, vi tar det forrige spørsmålet på nytt.',
  notUnderstood: (example) => `Det svaret forsto jeg ikke. Prøv for eksempel slik: «${example}».`,
  stuck: (example) =>
    `Jeg forstår fortsatt ikke svaret. Jeg trenger et svar som «${example}». Hvis du heller vil, kan du få kontakt med en saksbehandler hos Sjøfartsdirektoratet.`,
  unknownNeeded:
    'Uten dette kan jeg ikke gi et sikkert svar. Finn opplysningen (for eksempel i fartøyets sertifikater), eller få hjelp hos Sjøfartsdirektoratet.',
  invalidAnswer: (message) => `Det svaret kan jeg ikke bruke: ${message}`,
  clarify: 'Jeg er ikke helt sikker på hva du spør om. Mener du ett av disse?',
  fallbackLead: 'Det spørsmålet kan jeg ikke svare sikkert på.',
  handoff:
    'Du kan få hjelp hos Sjøfartsdirektoratet: send e-post til post@sdir.no (spørsmål om API til apiinfo@sdir.no), eller skriv til Sjøfartsdirektoratet, Postboks 2222, 5509 Haugesund. Ta gjerne med sammendraget nedenfor.',
  handoffSummaryHeading: 'Sammendrag av samtalen',
  handoffTopic: (title) => `Tema: ${title}`,
  handoffAnswers: 'Opplysninger du har gitt:',
  handoffNothingYet: 'Ingen spørsmål er besvart ennå.',
  sources: 'Kilder',
  chooseRule: 'Hva vil du regne ut?',
  choiceYes: 'Ja',
  choiceNo: 'Nei',
  choiceNone: 'Ingen',
  commandRestart: 'Start på nytt',
  commandBack: 'Tilbake',
  commandHelp: 'Hjelp',
  commandHandoff: 'Snakk med et menneske',
  somethingWrong: 'Noe gikk galt da jeg skulle svare. Prøv igjen, eller kontakt Sjøfartsdirektoratet på post@sdir.no.',
  triageGreeting: 'Hei,\n\nTakk for henvendelsen.',
  triageAskFor: (facts) => `For å kunne svare sikkert trenger vi disse opplysningene: ${facts}.`,
  triageNoTopic:
    'Spørsmålet ditt dekkes ikke av informasjonen vi kan gi et sikkert svar på her. En saksbehandler vil se nærmere på saken.',
  triageClosing: 'Med vennlig hilsen\nSjøfartsdirektoratet',
} satisfies UiTexts;
