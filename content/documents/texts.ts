/** The words of Losen's documents and calendar reminders, in bokmål, nynorsk and English. */
import type { Localized } from '../localized.js';
import type { DocumentTexts } from './types.js';

export const DOCUMENT_TEXTS = {
  confirmation: {
    title: {
      nb: 'Fartstidsbekreftelse',
      nn: 'Fartstidsbekreftelse',
      en: 'Sea-time confirmation',
    },
    subtitle: {
      nb: 'Bekreftelse av fartstid til bruk i søknad om sertifikat hos Sjøfartsdirektoratet',
      nn: 'Bekreftelse av fartstid til bruk i søknad om sertifikat hos Sjøfartsdirektoratet',
      en: 'Confirmation of sea time for an application for a certificate to the Norwegian Maritime Authority',
    },
    fileName: {
      nb: 'fartstidsbekreftelse',
      nn: 'fartstidsbekreftelse',
      en: 'sea-time-confirmation',
    },
    sections: {
      seafarer: {
        nb: 'Sjøfarer',
        nn: 'Sjøfarer',
        en: 'Seafarer',
      },
      seaTime: {
        nb: 'Fartstid',
        nn: 'Fartstid',
        en: 'Sea time',
      },
      vessel: {
        nb: 'Fartøy',
        nn: 'Fartøy',
        en: 'Vessel',
      },
      signer: {
        nb: 'Bekreftet av',
        nn: 'Bekreftet av',
        en: 'Confirmed by',
      },
    },
    rows: {
      targetCertificate: {
        nb: 'Søknad om',
        nn: 'Søknad om',
        en: 'Application for',
      },
      seafarerName: {
        nb: 'Navn',
        nn: 'Navn',
        en: 'Name',
      },
      seafarerBirthDate: {
        nb: 'Fødselsdato',
        nn: 'Fødselsdato',
        en: 'Date of birth',
      },
      position: {
        nb: 'Stilling om bord',
        nn: 'Stilling om bord',
        en: 'Position on board',
      },
      period: {
        nb: 'Periode',
        nn: 'Periode',
        en: 'Period',
      },
      days: {
        nb: 'Dager arbeidet om bord',
        nn: 'Dager arbeidet om bord',
        en: 'Days worked on board',
      },
      hoursPerDay: {
        nb: 'Timer arbeidet per dag',
        nn: 'Timer arbeidet per dag',
        en: 'Hours worked per day',
      },
      averageHoursPerDay: {
        nb: 'Timer per dag (gjennomsnitt)',
        nn: 'Timer per dag (gjennomsnitt)',
        en: 'Hours per day (average)',
      },
      totalHours: {
        nb: 'Timer om bord i alt',
        nn: 'Timer om bord i alt',
        en: 'Total hours on board',
      },
      seaTimeDays: {
        nb: 'Fartstid',
        nn: 'Fartstid',
        en: 'Sea time',
      },
      vesselName: {
        nb: 'Fartøyets navn',
        nn: 'Fartøyets navn',
        en: "Vessel's name",
      },
      callSign: {
        nb: 'Kallesignal',
        nn: 'Kallesignal',
        en: 'Call sign',
      },
      lengthOverall: {
        nb: 'Største lengde',
        nn: 'Største lengde',
        en: 'Length overall (LOA)',
      },
      grossTonnage: {
        nb: 'Bruttotonnasje',
        nn: 'Bruttotonnasje',
        en: 'Gross tonnage',
      },
      tradingArea: {
        nb: 'Sertifisert fartsområde',
        nn: 'Sertifisert fartsområde',
        en: 'Certified trading area',
      },
      mobileUnit: {
        nb: 'Flyttbar innretning',
        nn: 'Flyttbar innretning',
        en: 'Mobile unit',
      },
      tankerType: {
        nb: 'Type tankskip',
        nn: 'Type tankskip',
        en: 'Type of tanker',
      },
      signerName: {
        nb: 'Navn',
        nn: 'Navn',
        en: 'Name',
      },
      signerRole: {
        nb: 'Rolle',
        nn: 'Rolle',
        en: 'Role',
      },
    },
    units: {
      m: {
        nb: 'm',
        nn: 'm',
        en: 'm',
      },
      gt: {
        nb: 'BT',
        nn: 'BT',
        en: 'GT',
      },
      hours: {
        nb: 'timer',
        nn: 'timer',
        en: 'hours',
      },
      days: {
        nb: 'fartstidsdager',
        nn: 'fartstidsdager',
        en: 'sea-time days',
      },
    },
    period: {
      nb: (from, to) => `${from} – ${to}`,
      nn: (from, to) => `${from} – ${to}`,
      en: (from, to) => `${from} – ${to}`,
    },
    mobileUnit: {
      withPropulsion: {
        nb: 'Med egen fremdrift',
        nn: 'Med egen fremdrift',
        en: 'With its own propulsion',
      },
      withoutPropulsion: {
        nb: 'Uten egen fremdrift',
        nn: 'Uten egen fremdrift',
        en: 'Without its own propulsion',
      },
    },
    statement: {
      nb: 'Undertegnede bekrefter at opplysningene i denne fartstidsbekreftelsen er riktige, og at fartstiden er opptjent om bord på fartøyet i den stillingen som er oppgitt.',
      nn: 'Undertegnede bekrefter at opplysningene i denne fartstidsbekreftelsen er riktige, og at fartstiden er opptjent om bord på fartøyet i den stillingen som er oppgitt.',
      en: 'The undersigned confirms that the information in this sea-time confirmation is correct, and that the sea time was earned on board the vessel in the position stated.',
    },
    placeAndDate: {
      nb: 'Sted og dato',
      nn: 'Sted og dato',
      en: 'Place and date',
    },
    signature: {
      nb: 'Signatur',
      nn: 'Signatur',
      en: 'Signature',
    },
    calculation: {
      nb: (hoursPerYear, daysPerYear) =>
        `Fartstiden er regnet time for time: timer om bord ÷ ${hoursPerYear} × ${daysPerYear}.`,
      nn: (hoursPerYear, daysPerYear) =>
        `Fartstiden er regnet time for time: timer om bord ÷ ${hoursPerYear} × ${daysPerYear}.`,
      en: (hoursPerYear, daysPerYear) =>
        `Sea time is counted hour by hour: hours on board ÷ ${hoursPerYear} × ${daysPerYear}.`,
    },
    basis: {
      nb: 'Bekreftelsen har opplysningene Sjøfartsdirektoratet krever i en manuell fartstidsbekreftelse. Kilder:',
      nn: 'Bekreftelsen har opplysningene Sjøfartsdirektoratet krever i en manuell fartstidsbekreftelse. Kilder:',
      en: 'This confirmation holds the information the Norwegian Maritime Authority requires in a manual sea-time confirmation. Sources:',
    },
    prepared: {
      nb: (date) => `Laget med Losen ${date}. Gjelder først når den er signert.`,
      nn: (date) => `Laget med Losen ${date}. Gjelder først når den er signert.`,
      en: (date) => `Prepared with Losen on ${date}. Valid only when signed.`,
    },
    printHint: {
      nb: 'Skriv ut siden, eller lagre den som PDF, med nettleserens utskriftsfunksjon.',
      nn: 'Skriv ut siden, eller lagre den som PDF, med nettleserens utskriftsfunksjon.',
      en: "Print this page, or save it as a PDF, with your browser's print function.",
    },
  },
  calendar: {
    name: {
      nb: 'Påminnelser fra Losen',
      nn: 'Påminnelser fra Losen',
      en: 'Reminders from Losen',
    },
    title: {
      'issc-intermediate-window': {
        nb: 'ISSC: mellomliggende verifikasjon',
        nn: 'ISSC: mellomliggende verifikasjon',
        en: 'ISSC: intermediate verification',
      },
      'issc-expiry': {
        nb: 'ISSC utløper',
        nn: 'ISSC utløper',
        en: 'ISSC expires',
      },
      'issc-interim-expiry': {
        nb: 'Midlertidig ISSC utløper',
        nn: 'Midlertidig ISSC utløper',
        en: 'Interim ISSC expires',
      },
      'issc-renewed-expiry': {
        nb: 'ISSC utløper (etter fornyelse)',
        nn: 'ISSC utløper (etter fornyelse)',
        en: 'ISSC expires (after renewal)',
      },
      'health-expiry': {
        nb: 'Helseerklæringen utløper',
        nn: 'Helseerklæringen utløper',
        en: 'Health certificate expires',
      },
    },
    description: {
      'issc-intermediate-window': {
        nb: (from, to) =>
          `Mellomliggende verifikasjon av ISSC skal gjøres mellom andre og tredje årsdag for utløpsdatoen: fra ${from} til ${to}. Den begjæres gjennom Altinn.`,
        nn: (from, to) =>
          `Mellomliggende verifikasjon av ISSC skal gjøres mellom andre og tredje årsdag for utløpsdatoen: fra ${from} til ${to}. Den begjæres gjennom Altinn.`,
        en: (from, to) =>
          `The intermediate verification of the ISSC must take place between the second and third anniversary dates of the expiry date: from ${from} to ${to}. It is requested through Altinn.`,
      },
      'issc-expiry': {
        nb: (date, renewalMonths) =>
          `ISSC-et gjelder til ${date}. Fornyelsesverifikasjonen må gjøres innen utløpsdatoen; gjøres den inntil ${renewalMonths} måneder før, regnes ny gyldighet fra den gamle utløpsdatoen.`,
        nn: (date, renewalMonths) =>
          `ISSC-et gjelder til ${date}. Fornyelsesverifikasjonen må gjøres innen utløpsdatoen; gjøres den inntil ${renewalMonths} måneder før, regnes ny gyldighet fra den gamle utløpsdatoen.`,
        en: (date, renewalMonths) =>
          `The ISSC is valid until ${date}. The renewal verification must take place by the expiry date; done within ${renewalMonths} months before it, the new validity counts from the old expiry date.`,
      },
      'issc-interim-expiry': {
        nb: (date) => `Det midlertidige ISSC-et gjelder til ${date} og kan ikke forlenges.`,
        nn: (date) => `Det midlertidige ISSC-et gjelder til ${date} og kan ikke forlenges.`,
        en: (date) => `The interim ISSC is valid until ${date} and cannot be extended.`,
      },
      'issc-renewed-expiry': {
        nb: (date) => `Etter fornyelsen gjelder ISSC-et til ${date}.`,
        nn: (date) => `Etter fornyelsen gjelder ISSC-et til ${date}.`,
        en: (date) => `After the renewal the ISSC is valid until ${date}.`,
      },
      'health-expiry': {
        nb: (date) =>
          `Helseerklæringen gjelder til ${date}. Bestill ny legeundersøkelse hos en godkjent sjømannslege i god tid. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
        nn: (date) =>
          `Helseerklæringen gjelder til ${date}. Bestill ny legeundersøkelse hos en godkjent sjømannslege i god tid. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
        en: (date) =>
          `The health certificate is valid until ${date}. Book a new medical examination with an approved seafarers' doctor in good time. Without a valid health certificate a D6 certificate is not valid either.`,
      },
    },
    alarmBefore: {
      nb: (title, days) => `${title} om ${days} dager`,
      nn: (title, days) => `${title} om ${days} dager`,
      en: (title, days) => `${title} in ${days} days`,
    },
    alarmOnStart: {
      nb: (title) => `${title}: vinduet åpner i dag`,
      nn: (title) => `${title}: vinduet åpner i dag`,
      en: (title) => `${title}: the window opens today`,
    },
    sources: {
      nb: 'Kilder',
      nn: 'Kilder',
      en: 'Sources',
    },
    fileName: {
      nb: 'losen-paminnelser',
      nn: 'losen-paminnelser',
      en: 'losen-reminders',
    },
  },
  attachments: {
    'sea-time-confirmation.pdf': {
      nb: 'Last ned fartstidsbekreftelsen (PDF)',
      nn: 'Last ned fartstidsbekreftelsen (PDF)',
      en: 'Download the sea-time confirmation (PDF)',
    },
    'sea-time-confirmation.html': {
      nb: 'Utskriftsvennlig fartstidsbekreftelse',
      nn: 'Utskriftsvennlig fartstidsbekreftelse',
      en: 'Printable sea-time confirmation',
    },
    'calendar.ics': {
      nb: 'Legg datoene i kalenderen (.ics)',
      nn: 'Legg datoene i kalenderen (.ics)',
      en: 'Add the dates to your calendar (.ics)',
    },
  },
  errors: {
    invalid: {
      nb: (problems) => `Dokumentet kan ikke lages: ${problems}`,
      nn: (problems) => `Dokumentet kan ikke lages: ${problems}`,
      en: (problems) => `The document cannot be made: ${problems}`,
    },
    needs: {
      nb: (facts) => `Dokumentet kan ikke lages ennå. Disse opplysningene mangler: ${facts}.`,
      nn: (facts) => `Dokumentet kan ikke lages ennå. Disse opplysningene mangler: ${facts}.`,
      en: (facts) => `The document cannot be made yet. This information is missing: ${facts}.`,
    },
    nothingToOffer: {
      nb: (reasons) => `Det er ingen datoer å legge i kalenderen: ${reasons}`,
      nn: (reasons) => `Det er ingen datoer å legge i kalenderen: ${reasons}`,
      en: (reasons) => `There are no dates to put in a calendar: ${reasons}`,
    },
  },
} satisfies Localized<DocumentTexts>;
