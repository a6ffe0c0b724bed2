/** The words of Losen's documents and calendar reminders, in bokmål. */
import type { DocumentTexts } from './types.js';

export const documentsNb = {
  confirmation: {
    title: 'Fartstidsbekreftelse',
    subtitle: 'Bekreftelse av fartstid til bruk i søknad om sertifikat hos Sjøfartsdirektoratet',
    fileName: 'fartstidsbekreftelse',
    sections: {
      seafarer: 'Sjøfarer',
      seaTime: 'Fartstid',
      vessel: 'Fartøy',
      signer: 'Bekreftet av',
    },
    rows: {
      targetCertificate: 'Søknad om',
      seafarerName: 'Navn',
      seafarerBirthDate: 'Fødselsdato',
      position: 'Stilling om bord',
      period: 'Periode',
      days: 'Dager arbeidet om bord',
      hoursPerDay: 'Timer arbeidet per dag',
      averageHoursPerDay: 'Timer per dag (gjennomsnitt)',
      totalHours: 'Timer om bord i alt',
      seaTimeDays: 'Fartstid',
      vesselName: 'Fartøyets navn',
      callSign: 'Kallesignal',
      lengthOverall: 'Største lengde',
      grossTonnage: 'Bruttotonnasje',
      tradingArea: 'Sertifisert fartsområde',
      mobileUnit: 'Flyttbar innretning',
      tankerType: 'Type tankskip',
      signerName: 'Navn',
      signerRole: 'Rolle',
    },
    units: { m: 'm', gt: 'BT', hours: 'timer', days: 'fartstidsdager' },
    period: (from, to) => `${from} – ${to}`,
    mobileUnit: { withPropulsion: 'Med egen fremdrift', withoutPropulsion: 'Uten egen fremdrift' },
    statement:
      'Undertegnede bekrefter at opplysningene i denne fartstidsbekreftelsen er riktige, og at fartstiden er opptjent om bord på fartøyet i den stillingen som er oppgitt.',
    placeAndDate: 'Sted og dato',
    signature: 'Signatur',
    calculation: (hoursPerYear, daysPerYear) =>
      `Fartstiden er regnet time for time: timer om bord ÷ ${hoursPerYear} × ${daysPerYear}.`,
    basis: 'Bekreftelsen har opplysningene Sjøfartsdirektoratet krever i en manuell fartstidsbekreftelse. Kilder:',
    prepared: (date) => `Laget med Losen ${date}. Gjelder først når den er signert.`,
    printHint: 'Skriv ut siden, eller lagre den som PDF, med nettleserens utskriftsfunksjon.',
  },
  calendar: {
    name: 'Påminnelser fra Losen',
    title: {
      'issc-intermediate-window': 'ISSC: mellomliggende verifikasjon',
      'issc-expiry': 'ISSC utløper',
      'issc-interim-expiry': 'Midlertidig ISSC utløper',
      'issc-renewed-expiry': 'ISSC utløper (etter fornyelse)',
      'health-expiry': 'Helseerklæringen utløper',
    },
    description: {
      'issc-intermediate-window': (from, to) =>
        `Mellomliggende verifikasjon av ISSC skal gjøres mellom andre og tredje årsdag for utløpsdatoen: fra ${from} til ${to}. Den begjæres gjennom Altinn.`,
      'issc-expiry': (date, renewalMonths) =>
        `ISSC-et gjelder til ${date}. Fornyelsesverifikasjonen må gjøres innen utløpsdatoen; gjøres den inntil ${renewalMonths} måneder før, regnes ny gyldighet fra den gamle utløpsdatoen.`,
      'issc-interim-expiry': (date) => `Det midlertidige ISSC-et gjelder til ${date} og kan ikke forlenges.`,
      'issc-renewed-expiry': (date) => `Etter fornyelsen gjelder ISSC-et til ${date}.`,
      'health-expiry': (date) =>
        `Helseerklæringen gjelder til ${date}. Bestill ny legeundersøkelse hos en godkjent sjømannslege i god tid. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
    },
    alarmBefore: (title, days) => `${title} om ${days} dager`,
    alarmOnStart: (title) => `${title}: vinduet åpner i dag`,
    sources: 'Kilder',
    fileName: 'losen-paminnelser',
  },
  attachments: {
    'sea-time-confirmation.pdf': 'Last ned fartstidsbekreftelsen (PDF)',
    'sea-time-confirmation.html': 'Utskriftsvennlig fartstidsbekreftelse',
    'calendar.ics': 'Legg datoene i kalenderen (.ics)',
  },
  errors: {
    invalid: (problems) => `Dokumentet kan ikke lages: ${problems}`,
    needs: (facts) => `Dokumentet kan ikke lages ennå. Disse opplysningene mangler: ${facts}.`,
    nothingToOffer: (reasons) => `Det er ingen datoer å legge i kalenderen: ${reasons}`,
  },
} satisfies DocumentTexts;
