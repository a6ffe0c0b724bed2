/** The words of Losen's documents and calendar reminders, in bokmål, nynorsk and English. */
import type { Localized } from '../localized.js';
import type { DocumentTexts } from './types.js';

export const DOCUMENT_TEXTS = {
  confirmation: {
    title: {
      nb: 'Fartstidsbekreftelse',
      nn: 'Stadfesting av fartstid',
      en: 'Sea-time confirmation',
    },
    subtitle: {
      nb: 'Bekreftelse av fartstid til bruk i søknad om sertifikat hos Sjøfartsdirektoratet',
      nn: 'Stadfesting av fartstid til bruk i ein søknad til Sjøfartsdirektoratet om sertifikat',
      en: 'Confirmation of sea time for an application for a certificate to the Norwegian Maritime Authority',
    },
    fileName: {
      nb: 'fartstidsbekreftelse',
      nn: 'stadfesting-av-fartstid',
      en: 'sea-time-confirmation',
    },
    sections: {
      seafarer: {
        nb: 'Sjøfarer',
        nn: 'Sjøfarar',
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
        nn: 'Stadfesta av',
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
        nn: 'Namn',
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
        nn: 'Dagar arbeidd om bord',
        en: 'Days worked on board',
      },
      hoursPerDay: {
        nb: 'Timer arbeidet per dag',
        nn: 'Timar arbeidd per dag',
        en: 'Hours worked per day',
      },
      averageHoursPerDay: {
        nb: 'Timer per dag (gjennomsnitt)',
        nn: 'Timar per dag (gjennomsnitt)',
        en: 'Hours per day (average)',
      },
      totalHours: {
        nb: 'Timer om bord i alt',
        nn: 'Timar om bord i alt',
        en: 'Total hours on board',
      },
      seaTimeDays: {
        nb: 'Fartstid',
        nn: 'Fartstid',
        en: 'Sea time',
      },
      vesselName: {
        nb: 'Fartøyets navn',
        nn: 'Namnet på fartøyet',
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
        nn: 'Namn',
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
        nn: 'timar',
        en: 'hours',
      },
      days: {
        nb: 'fartstidsdager',
        nn: 'fartstidsdagar',
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
        nn: 'Med eigen framdrift',
        en: 'With its own propulsion',
      },
      withoutPropulsion: {
        nb: 'Uten egen fremdrift',
        nn: 'Utan eigen framdrift',
        en: 'Without its own propulsion',
      },
    },
    statement: {
      nb: 'Undertegnede bekrefter at opplysningene i denne fartstidsbekreftelsen er riktige, og at fartstiden er opptjent om bord på fartøyet i den stillingen som er oppgitt.',
      nn: 'Underteikna stadfestar at opplysningane i denne stadfestinga av fartstid er rette, og at fartstida er frå arbeid om bord på fartøyet i den stillinga som er oppgitt.',
      en: 'The undersigned confirms that the information in this sea-time confirmation is correct, and that the sea time was earned on board the vessel in the position stated.',
    },
    placeAndDate: {
      nb: 'Sted og dato',
      nn: 'Stad og dato',
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
        `Fartstida er rekna time for time: timar om bord ÷ ${hoursPerYear} × ${daysPerYear}.`,
      en: (hoursPerYear, daysPerYear) =>
        `Sea time is counted hour by hour: hours on board ÷ ${hoursPerYear} × ${daysPerYear}.`,
    },
    basis: {
      nb: 'Bekreftelsen har opplysningene Sjøfartsdirektoratet krever i en manuell fartstidsbekreftelse. Kilder:',
      nn: 'Stadfestinga har dei opplysningane Sjøfartsdirektoratet krev i ei manuell stadfesting av fartstid. Kjelder:',
      en: 'This confirmation holds the information the Norwegian Maritime Authority requires in a manual sea-time confirmation. Sources:',
    },
    prepared: {
      nb: (date) => `Laget med Losen ${date}. Gjelder først når den er signert.`,
      nn: (date) => `Laga med Losen ${date}. Gjeld først når ho er signert.`,
      en: (date) => `Prepared with Losen on ${date}. Valid only when signed.`,
    },
    printHint: {
      nb: 'Skriv ut siden, eller lagre den som PDF, med nettleserens utskriftsfunksjon.',
      nn: 'Skriv ut sida, eller lagre ho som PDF, med utskriftsfunksjonen i nettlesaren.',
      en: "Print this page, or save it as a PDF, with your browser's print function.",
    },
  },
  calendar: {
    name: {
      nb: 'Påminnelser fra Losen',
      nn: 'Påminningar frå Losen',
      en: 'Reminders from Losen',
    },
    title: {
      'issc-intermediate-window': {
        nb: 'ISSC: mellomliggende verifikasjon',
        nn: 'ISSC: mellomliggjande verifikasjon',
        en: 'ISSC: intermediate verification',
      },
      'issc-expiry': {
        nb: 'ISSC utløper',
        nn: 'ISSC går ut',
        en: 'ISSC expires',
      },
      'issc-interim-expiry': {
        nb: 'Midlertidig ISSC utløper',
        nn: 'Mellombels ISSC går ut',
        en: 'Interim ISSC expires',
      },
      'issc-renewed-expiry': {
        nb: 'ISSC utløper (etter fornyelse)',
        nn: 'ISSC går ut (etter fornying)',
        en: 'ISSC expires (after renewal)',
      },
      'health-expiry': {
        nb: 'Helseerklæringen utløper',
        nn: 'Helseerklæringa går ut',
        en: 'Health certificate expires',
      },
    },
    description: {
      'issc-intermediate-window': {
        nb: (from, to) =>
          `Mellomliggende verifikasjon av ISSC skal gjøres mellom andre og tredje årsdag for utløpsdatoen: fra ${from} til ${to}. Den begjæres gjennom Altinn.`,
        nn: (from, to) =>
          `Den mellomliggjande verifikasjonen av ISSC skal gjerast mellom andre og tredje årsdagen for utløpsdatoen: frå ${from} til ${to}. Han blir bestilt gjennom Altinn.`,
        en: (from, to) =>
          `The intermediate verification of the ISSC must take place between the second and third anniversary dates of the expiry date: from ${from} to ${to}. It is requested through Altinn.`,
      },
      'issc-expiry': {
        nb: (date, renewalMonths) =>
          `ISSC-et gjelder til ${date}. Fornyelsesverifikasjonen må gjøres innen utløpsdatoen; gjøres den inntil ${renewalMonths} måneder før, regnes ny gyldighet fra den gamle utløpsdatoen.`,
        nn: (date, renewalMonths) =>
          `ISSC-et gjeld til ${date}. Fornyingsverifikasjonen må gjerast innan utløpsdatoen. Blir han gjort inntil ${renewalMonths} månader før, blir den nye gyldigheitstida rekna frå den gamle utløpsdatoen.`,
        en: (date, renewalMonths) =>
          `The ISSC is valid until ${date}. The renewal verification must take place by the expiry date; done within ${renewalMonths} months before it, the new validity counts from the old expiry date.`,
      },
      'issc-interim-expiry': {
        nb: (date) => `Det midlertidige ISSC-et gjelder til ${date} og kan ikke forlenges.`,
        nn: (date) => `I-ISSC-et gjeld til ${date} og kan ikkje forlengjast.`,
        en: (date) => `The interim ISSC is valid until ${date} and cannot be extended.`,
      },
      'issc-renewed-expiry': {
        nb: (date) => `Etter fornyelsen gjelder ISSC-et til ${date}.`,
        nn: (date) => `Etter fornyinga gjeld ISSC-et til ${date}.`,
        en: (date) => `After the renewal the ISSC is valid until ${date}.`,
      },
      'health-expiry': {
        nb: (date) =>
          `Helseerklæringen gjelder til ${date}. Bestill ny legeundersøkelse hos en godkjent sjømannslege i god tid. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
        nn: (date) =>
          `Helseerklæringa gjeld til ${date}. Bestill ny legeundersøking hos ein godkjend sjømannslege i god tid. Utan gyldig helseerklæring er heller ikkje D6-sertifikatet gyldig.`,
        en: (date) =>
          `The health certificate is valid until ${date}. Book a new medical examination with an approved seafarers' doctor in good time. Without a valid health certificate a D6 certificate is not valid either.`,
      },
    },
    alarmBefore: {
      nb: (title, days) => `${title} om ${days} dager`,
      nn: (title, days) => `${title} om ${days} dagar`,
      en: (title, days) => `${title} in ${days} days`,
    },
    alarmOnStart: {
      nb: (title) => `${title}: vinduet åpner i dag`,
      nn: (title) => `${title}: tidsrommet byrjar i dag`,
      en: (title) => `${title}: the window opens today`,
    },
    sources: {
      nb: 'Kilder',
      nn: 'Kjelder',
      en: 'Sources',
    },
    fileName: {
      nb: 'losen-paminnelser',
      nn: 'losen-paaminningar',
      en: 'losen-reminders',
    },
  },
  attachments: {
    'sea-time-confirmation.pdf': {
      nb: 'Last ned fartstidsbekreftelsen (PDF)',
      nn: 'Last ned stadfestinga av fartstid (PDF)',
      en: 'Download the sea-time confirmation (PDF)',
    },
    'sea-time-confirmation.html': {
      nb: 'Utskriftsvennlig fartstidsbekreftelse',
      nn: 'Stadfesting av fartstid til utskrift',
      en: 'Printable sea-time confirmation',
    },
    'calendar.ics': {
      nb: 'Legg datoene i kalenderen (.ics)',
      nn: 'Legg datoane inn i kalenderen (.ics)',
      en: 'Add the dates to your calendar (.ics)',
    },
  },
  errors: {
    invalid: {
      nb: (problems) => `Dokumentet kan ikke lages: ${problems}`,
      nn: (problems) => `Dokumentet kan ikkje lagast: ${problems}`,
      en: (problems) => `The document cannot be made: ${problems}`,
    },
    needs: {
      nb: (facts) => `Dokumentet kan ikke lages ennå. Disse opplysningene mangler: ${facts}.`,
      nn: (facts) => `Dokumentet kan ikkje lagast enno. Desse opplysningane manglar: ${facts}.`,
      en: (facts) => `The document cannot be made yet. This information is missing: ${facts}.`,
    },
    nothingToOffer: {
      nb: (reasons) => `Det er ingen datoer å legge i kalenderen: ${reasons}`,
      nn: (reasons) => `Det er ingen datoar å leggje inn i kalenderen: ${reasons}`,
      en: (reasons) => `There are no dates to put in a calendar: ${reasons}`,
    },
  },
} satisfies Localized<DocumentTexts>;
