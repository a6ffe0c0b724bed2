/**
 * ISPS: the ship security certificate (ISSC) and its verifications (seed 001).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import { INTERIM_LETTER } from '../../rules/issc.js';
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const ispsTopics = {
  'isps.process': {
    title: {
      nb: 'ISPS-sertifisering (ISSC)',
      nn: 'ISPS-sertifisering (ISSC)',
      en: 'ISPS certification (ISSC)',
    },
    answer: {
      nb:
        'For skip som ikke har norsk ISSC, går sertifiseringen slik:\n\n' +
        '• Rederiet lager en sårbarhetsvurdering (SSA) og en sikkerhetsplan (SSP) etter SOLAS, ISPS-koden, forordning (EF) nr. 725/2004 og sikkerhetsforskriften (forskrift om sikkerhet, pirat- og terrorberedskapstiltak og bruk av maktmidler om bord på skip og flyttbare boreinnretninger).\n' +
        '• Selskapets sikkerhetsansvarlige (CSO) ber om verifikasjon via Altinn, senest tre måneder før ønsket dato.\n' +
        '• Sjøfartsdirektoratet utpeker en ISPS-inspektør, som kontakter CSO og sender varsel om verifikasjonen.\n' +
        '• CSO sender SSA og SSP til inspektøren for godkjenning. Dokumentene behandles fortrolig.\n' +
        '• Inspektøren verifiserer om bord. Er kravene oppfylt, utstedes et midlertidig ISSC (I-ISSC).\n\n' +
        'Når SSP er godkjent, ber CSO om førstegangsverifikasjon via Altinn. Er alt i orden, utstedes et fullt ISSC som gjelder i inntil 5 år.',
      nn:
        'For skip som ikkje har norsk ISSC, går sertifiseringa slik:\n\n' +
        '• Reiarlaget lagar ei sårbarheitsvurdering (SSA) og ein sikkerheitsplan (SSP) etter SOLAS, ISPS-koden, forordning (EF) nr. 725/2004 og sikkerheitsforskrifta (forskrift om sikkerhet, pirat- og terrorberedskapstiltak og bruk av maktmidler om bord på skip og flyttbare boreinnretninger).\n' +
        '• Den som har ansvaret for sikkerheita i selskapet (CSO), ber om verifikasjon via Altinn, seinast tre månader før ønskt dato.\n' +
        '• Sjøfartsdirektoratet peikar ut ein ISPS-inspektør, som kontaktar CSO og sender varsel om verifikasjonen.\n' +
        '• CSO sender SSA og SSP til inspektøren for godkjenning. Dokumenta blir behandla fortruleg.\n' +
        '• Inspektøren verifiserer om bord. Er krava oppfylte, blir det skrive ut eit mellombels ISSC (I-ISSC).\n\n' +
        'Når SSP er godkjend, ber CSO om førstegongsverifikasjon via Altinn. Er alt i orden, blir det skrive ut eit fulltids ISSC som gjeld i inntil 5 år.',
      en:
        'For ships without a Norwegian ISSC, certification works like this:\n\n' +
        '• The company prepares a ship security assessment (SSA) and a ship security plan (SSP) under SOLAS, the ISPS Code, Regulation (EC) No 725/2004 and the Norwegian Security Regulations (the regulations on security, anti-piracy and anti-terrorism preparedness measures and the use of force on board ships and mobile drilling units).\n' +
        '• The company security officer (CSO) requests a verification through Altinn, at least three months before the wanted date.\n' +
        '• The Norwegian Maritime Authority appoints an ISPS inspector, who contacts the CSO and sends a verification notice.\n' +
        '• The CSO sends the SSA and SSP to the inspector for approval. The documents are handled confidentially.\n' +
        '• The inspector carries out a verification on board. If the requirements are met, an interim ISSC (I-ISSC) is issued.\n\n' +
        'Once the SSP is approved, the CSO requests an initial verification through Altinn. If all is in order, a full-term ISSC valid for up to 5 years is issued.',
    },
  },
  'isps.interim': {
    title: {
      nb: 'Midlertidig ISSC (I-ISSC)',
      nn: 'Mellombels ISSC (I-ISSC)',
      en: 'Interim ISSC (I-ISSC)',
    },
    answer: {
      nb:
        'Et midlertidig ISSC (I-ISSC) gjelder i høyst 6 måneder og kan ikke forlenges. (Et fullt ISSC gjelder i inntil 5 år.)\n\n' +
        `${INTERIM_LETTER.nb}\n\n` +
        'Oppgi utstedelsesdatoen, så regner jeg ut siste mulige utløpsdato.',
      nn:
        'Eit mellombels ISSC (I-ISSC) gjeld i høgst 6 månader og kan ikkje forlengjast. (Eit fullt ISSC gjeld i inntil 5 år.)\n\n' +
        `${INTERIM_LETTER.nn}\n\n` +
        'Oppgi utskrivingsdatoen, så reknar eg ut den seinaste moglege utløpsdatoen.',
      en:
        'An interim ISSC (I-ISSC) is valid for at most 6 months and cannot be extended. (A full-term ISSC is valid for up to 5 years.)\n\n' +
        `${INTERIM_LETTER.en}\n\n` +
        'Give me the date of issue and I will work out the latest possible expiry date.',
    },
  },
  'isps.verification-dates': {
    title: {
      nb: 'ISSC: mellomliggende verifikasjon og fornyelse',
      nn: 'ISSC: mellomliggjande verifikasjon og fornying',
      en: 'ISSC: intermediate verification and renewal',
    },
    answer: {
      nb:
        'Et fullt ISSC gjelder i inntil 5 år.\n\n' +
        '• Mellomliggende verifikasjon skal gjøres mellom andre og tredje årsdag for sertifikatets gyldighetsdato. Den bestilles via Altinn.\n' +
        '• Fornyelsesverifikasjonen må gjøres før sertifikatet utløper. Gjøres den inntil 3 måneder før utløpet, blir ny utløpsdato den gamle utløpsdatoen pluss fem år. Gjøres den mer enn 3 måneder før, blir ny utløpsdato verifikasjonsdatoen pluss fem år.\n\n' +
        'Sjøfartsdirektoratet kan også kreve tilleggsverifikasjoner ved behov.\n\n' +
        'Oppgi datoene, så regner jeg ut tidsrommet eller den nye utløpsdatoen.',
      nn:
        'Eit fullt ISSC gjeld i inntil 5 år.\n\n' +
        '• Den mellomliggjande verifikasjonen skal gjerast mellom andre og tredje årsdagen for gyldigheitsdatoen til sertifikatet. Han blir bestilt via Altinn.\n' +
        '• Fornyingsverifikasjonen må gjerast før sertifikatet går ut. Blir han gjort inntil 3 månader før utløpet, blir den nye utløpsdatoen den gamle utløpsdatoen pluss fem år. Blir han gjort meir enn 3 månader før, blir den nye utløpsdatoen verifikasjonsdatoen pluss fem år.\n\n' +
        'Sjøfartsdirektoratet kan òg krevje tilleggsverifikasjonar ved behov.\n\n' +
        'Oppgi datoane, så reknar eg ut tidsrommet eller den nye utløpsdatoen.',
      en:
        'A full-term ISSC is valid for up to 5 years.\n\n' +
        "• The intermediate verification must take place between the second and third anniversary of the certificate's validity date. It is requested through Altinn.\n" +
        '• The renewal verification must take place before the certificate expires. If it is done up to 3 months before expiry, the new expiry date is the old expiry date plus five years. If it is done more than 3 months before, the new expiry date is the verification date plus five years.\n\n' +
        'The Norwegian Maritime Authority may also require additional verifications when needed.\n\n' +
        'Give me the dates and I will work out the window or the new expiry date.',
    },
  },
  'isps.invalid': {
    title: {
      nb: 'Når ISSC må leveres tilbake',
      nn: 'Når ISSC må leverast tilbake',
      en: 'When the ISSC must be returned',
    },
    answer: {
      nb:
        'ISSC skal leveres tilbake til Sjøfartsdirektoratet når:\n\n' +
        '• verifikasjonene ikke er gjennomført slik ISPS-koden A19.1.1 krever, eller sertifikatet ikke er påtegnet etter A19.1.1.3 og/eller 19.3.7.1\n' +
        '• et annet selskap overtar driften av skipet\n' +
        '• skipet skifter flagg',
      nn:
        'ISSC skal leverast tilbake til Sjøfartsdirektoratet når:\n\n' +
        '• verifikasjonane ikkje er gjennomførte slik ISPS-koden A19.1.1 krev, eller sertifikatet ikkje har fått påteikning etter A19.1.1.3 og/eller 19.3.7.1\n' +
        '• eit anna selskap tek over drifta av skipet\n' +
        '• skipet byter flagg',
      en:
        'The ISSC must be returned to the Norwegian Maritime Authority when:\n\n' +
        '• the verifications have not been carried out as required by the ISPS Code A19.1.1, or the certificate has not been endorsed under A19.1.1.3 and/or 19.3.7.1\n' +
        '• another company takes over the operation of the ship\n' +
        '• the ship changes flag',
    },
  },
  'isps.electronic-plan': {
    title: {
      nb: 'Elektronisk sikkerhetsplan (SSP)',
      nn: 'Elektronisk sikkerheitsplan (SSP)',
      en: 'Electronic ship security plan (SSP)',
    },
    answer: {
      nb:
        'Sjøfartsdirektoratet godtar elektronisk sikkerhetsplan. Om bord må det likevel finnes det originale godkjennelsesbrevet med eventuelle vedlegg, stemplet og signert, sammen med sertifikatet og den elektroniske planen.\n\n' +
        'Når sikkerhetsplanen er godkjent, får rederiet stemplet og signert forside og innholdsfortegnelse, og et originalt godkjennelsesbrev som viser datoen for den første godkjenningen. Brevet skal følge sertifikatet så lenge det er gyldig under norsk flagg.',
      nn:
        'Sjøfartsdirektoratet godtek elektronisk sikkerheitsplan. Om bord må det likevel finnast det originale godkjenningsbrevet med eventuelle vedlegg, stempla og signert, saman med sertifikatet og den elektroniske planen.\n\n' +
        'Når sikkerheitsplanen er godkjend, får reiarlaget stempla og signert framside og innhaldsliste, og eit originalt godkjenningsbrev som viser datoen for den første godkjenninga. Brevet skal følgje sertifikatet så lenge det er gyldig under norsk flagg.',
      en:
        'The Norwegian Maritime Authority accepts an electronic ship security plan. The original approval letter with any attachments, stamped and signed, must still be available on board, together with the certificate and the electronic plan.\n\n' +
        'Once the security plan is approved, the company receives a stamped and signed front page and table of contents, and an original approval letter showing the date of the first approval. The letter must accompany the certificate for as long as it is valid under the Norwegian flag.',
    },
  },
} satisfies Localized<TopicGroup<'isps'>>;
