/**
 * Sdir's application system: automatic and manual processing, digital certificates (seeds 000 and 002).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const apsTopics = {
  'aps.processing': {
    title: {
      nb: 'Automatisk eller manuell behandling av søknaden',
      nn: 'Blir søknaden behandla automatisk eller manuelt?',
      en: 'Automatic or manual processing of your application',
    },
    answer: {
      nb:
        'Et sertifikat kan bli utstedt automatisk, eller søknaden kan bli tatt ut til stikkprøvekontroll, når kravene er rapportert elektronisk av riktig kilde:\n\n' +
        '• fartstid og tilleggskompetanse: rederiet\n' +
        '• kurs: kurssenteret\n' +
        '• bedømmelse: assessor\n' +
        '• utdanning: via API eller «Min side kvalifikasjoner»\n' +
        '• helseerklæring: en godkjent sjømannslege\n\n' +
        'Søknader med manuelt opplastet dokumentasjon går alltid til manuell behandling. Bilde og signatur legger du selv ved søknaden.\n\n' +
        'Fortell meg hvilke dokumenter du lastet opp som vedlegg, så forklarer jeg hvordan søknaden blir behandlet.',
      nn:
        'Eit sertifikat kan bli skrive ut automatisk, eller søknaden kan bli teken ut til stikkprøvekontroll, når krava er rapporterte elektronisk av rett kjelde:\n\n' +
        '• fartstid og tilleggskompetanse: reiarlaget\n' +
        '• kurs: kurssenteret\n' +
        '• bedømming: assessoren\n' +
        '• utdanning: via API eller «Min side kvalifikasjoner»\n' +
        '• helseerklæring: ein godkjend sjømannslege\n\n' +
        'Søknader med manuelt opplasta dokumentasjon går alltid til manuell behandling. Bilete og signatur legg du sjølv ved søknaden.\n\n' +
        'Fortel meg kva dokument du lasta opp som vedlegg, så forklarer eg korleis søknaden blir behandla.',
      en:
        'A certificate can be issued automatically, or the application picked for a spot check, when the requirements have been reported electronically by the right source:\n\n' +
        '• sea time and additional competence: the company\n' +
        '• courses: the course centre\n' +
        '• assessment: the assessor\n' +
        '• education: through the API or "Min side kvalifikasjoner"\n' +
        "• health certificate: an approved seafarers' doctor (sjømannslege)\n\n" +
        'Applications with documentation uploaded by hand always go to manual processing. You attach your photo and signature yourself.\n\n' +
        'Tell me which documents you uploaded as attachments, and I will explain how the application will be processed.',
    },
  },
  'aps.processing-time': {
    title: {
      nb: 'Saksbehandlingstid',
      nn: 'Saksbehandlingstid',
      en: 'Processing time',
    },
    answer: {
      nb:
        'Kildene mine gir ingen fast saksbehandlingstid for sertifikatsøknader. Dette vet jeg:\n\n' +
        '• Er alt rapportert elektronisk, kan søknaden behandles automatisk. Det første automatisk utstedte sertifikatet, i september 2023, tok 47 sekunder.\n' +
        '• Bekreftes fartstiden i en manuell fartstidsattest, kan behandlingstiden bli opptil en måned.\n' +
        '• Har arbeidsgiveren rapportert oppdatert fartstid før du søker, går det raskere, og du slipper brev om at fartstid mangler.\n\n' +
        'Lurer du på behandlingstiden for din søknad, kan du kontakte Sjøfartsdirektoratet på post@sdir.no.',
      nn:
        'Kjeldene mine gir inga fast saksbehandlingstid for sertifikatsøknader. Dette veit eg:\n\n' +
        '• Er alt rapportert elektronisk, kan søknaden bli behandla automatisk. Det første sertifikatet som vart skrive ut automatisk, i september 2023, tok 47 sekund.\n' +
        '• Blir fartstida stadfesta i ein manuell fartstidsattest, kan behandlingstida bli opptil ein månad.\n' +
        '• Har arbeidsgivaren rapportert oppdatert fartstid før du søkjer, går det raskare, og du slepp brev om at det manglar fartstid.\n\n' +
        'Lurer du på behandlingstida for søknaden din, kan du kontakte Sjøfartsdirektoratet på post@sdir.no.',
      en:
        'My sources give no fixed processing time for certificate applications. This is what I know:\n\n' +
        '• If everything is reported electronically, the application can be processed automatically. The first certificate issued automatically, in September 2023, took 47 seconds.\n' +
        '• If sea time is confirmed in a manual sea-time confirmation, processing can take up to a month.\n' +
        '• If your employer has reported up-to-date sea time before you apply, it goes faster, and you avoid a letter saying sea time is missing.\n\n' +
        'For the processing time of your own application, contact the Norwegian Maritime Authority at post@sdir.no.',
    },
  },
  'aps.digital-certificates': {
    title: {
      nb: 'Digitale sertifikater og appen',
      nn: 'Digitale sertifikat og appen',
      en: 'Digital certificates and the app',
    },
    answer: {
      nb:
        'Digitale sertifikater godtas om bord på norske fartøy i norsk farvann. Sjøfartsdirektoratet har også utviklet en egen app for å vise sertifikatet.\n\n' +
        'For at digitale sertifikater skal få full virkning internasjonalt, må IMO endre regelverket. Kildene mine sier ikke hva som gjelder om bord utenfor norsk farvann, og heller ikke hvor appen kan lastes ned. Spør Sjøfartsdirektoratet på post@sdir.no om dette.',
      nn:
        'Digitale sertifikat blir godtekne om bord på norske fartøy i norsk farvatn. Sjøfartsdirektoratet har òg utvikla ein eigen app for å vise sertifikatet.\n\n' +
        'For at digitale sertifikat skal få full verknad internasjonalt, må IMO endre regelverket. Kjeldene mine seier ikkje kva som gjeld om bord utanfor norsk farvatn, og heller ikkje kvar appen kan lastast ned. Spør Sjøfartsdirektoratet på post@sdir.no om dette.',
      en:
        'Digital certificates are accepted on board Norwegian vessels in Norwegian waters. The Norwegian Maritime Authority has also developed its own app for showing the certificate.\n\n' +
        'For digital certificates to take full effect internationally, IMO must change its rules. My sources do not say what applies on board outside Norwegian waters, nor where the app can be downloaded. Ask the Authority at post@sdir.no about this.',
    },
  },
} satisfies Localized<TopicGroup<'aps'>>;
