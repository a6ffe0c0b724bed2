/** The words of Losen's documents and calendar reminders, in English. */
import type { DocumentTexts } from './types.js';

export const documentsEn = {
  confirmation: {
    title: 'Sea-time confirmation',
    subtitle: 'Confirmation of sea time for an application for a certificate to the Norwegian Maritime Authority',
    fileName: 'sea-time-confirmation',
    sections: {
      seafarer: 'Seafarer',
      seaTime: 'Sea time',
      vessel: 'Vessel',
      signer: 'Confirmed by',
    },
    rows: {
      targetCertificate: 'Application for',
      seafarerName: 'Name',
      seafarerBirthDate: 'Date of birth',
      position: 'Position on board',
      period: 'Period',
      days: 'Days worked on board',
      hoursPerDay: 'Hours worked per day',
      averageHoursPerDay: 'Hours per day (average)',
      totalHours: 'Total hours on board',
      seaTimeDays: 'Sea time',
      vesselName: "Vessel's name",
      callSign: 'Call sign',
      lengthOverall: 'Length overall (LOA)',
      grossTonnage: 'Gross tonnage',
      tradingArea: 'Certified trading area',
      mobileUnit: 'Mobile unit',
      tankerType: 'Type of tanker',
      signerName: 'Name',
      signerRole: 'Role',
    },
    units: { m: 'm', gt: 'GT', hours: 'hours', days: 'sea-time days' },
    period: (from, to) => `${from} – ${to}`,
    mobileUnit: { withPropulsion: 'With its own propulsion', withoutPropulsion: 'Without its own propulsion' },
    statement:
      'The undersigned confirms that the information in this sea-time confirmation is correct, and that the sea time was earned on board the vessel in the position stated.',
    placeAndDate: 'Place and date',
    signature: 'Signature',
    calculation: (hoursPerYear, daysPerYear) =>
      `Sea time is counted hour by hour: hours on board ÷ ${hoursPerYear} × ${daysPerYear}.`,
    basis:
      'This confirmation holds the information the Norwegian Maritime Authority requires in a manual sea-time confirmation. Sources:',
    prepared: (date) => `Prepared with Losen on ${date}. Valid only when signed.`,
    printHint: "Print this page, or save it as a PDF, with your browser's print function.",
  },
  calendar: {
    name: 'Reminders from Losen',
    title: {
      'issc-intermediate-window': 'ISSC: intermediate verification',
      'issc-expiry': 'ISSC expires',
      'issc-interim-expiry': 'Interim ISSC expires',
      'issc-renewed-expiry': 'ISSC expires (after renewal)',
      'health-expiry': 'Health certificate expires',
    },
    description: {
      'issc-intermediate-window': (from, to) =>
        `The intermediate verification of the ISSC must take place between the second and third anniversary dates of the expiry date: from ${from} to ${to}. It is requested through Altinn.`,
      'issc-expiry': (date, renewalMonths) =>
        `The ISSC is valid until ${date}. The renewal verification must take place by the expiry date; done within ${renewalMonths} months before it, the new validity counts from the old expiry date.`,
      'issc-interim-expiry': (date) => `The interim ISSC is valid until ${date} and cannot be extended.`,
      'issc-renewed-expiry': (date) => `After the renewal the ISSC is valid until ${date}.`,
      'health-expiry': (date) =>
        `The health certificate is valid until ${date}. Book a new medical examination with an approved seafarers' doctor in good time. Without a valid health certificate a D6 certificate is not valid either.`,
    },
    alarmBefore: (title, days) => `${title} in ${days} days`,
    alarmOnStart: (title) => `${title}: the window opens today`,
    sources: 'Sources',
    fileName: 'losen-reminders',
  },
  attachments: {
    'sea-time-confirmation.pdf': 'Download the sea-time confirmation (PDF)',
    'sea-time-confirmation.html': 'Printable sea-time confirmation',
    'calendar.ics': 'Add the dates to your calendar (.ics)',
  },
  errors: {
    invalid: (problems) => `The document cannot be made: ${problems}`,
    needs: (facts) => `The document cannot be made yet. This information is missing: ${facts}.`,
    nothingToOffer: (reasons) => `There are no dates to put in a calendar: ${reasons}`,
  },
} satisfies DocumentTexts;
