/**
 * Shapes of the words in Losen's documents (the sea-time confirmation) and calendar reminders.
 * Each language file is checked with `satisfies DocumentTexts`, and every label map is a
 * `Record` over a closed key union, so a missing translation fails the type check.
 */

/** The rows a sea-time confirmation can hold (not all of them for every target certificate). */
export type ConfirmationRow =
  | 'targetCertificate'
  | 'seafarerName'
  | 'seafarerBirthDate'
  | 'position'
  | 'period'
  | 'days'
  | 'hoursPerDay'
  | 'averageHoursPerDay'
  | 'totalHours'
  | 'seaTimeDays'
  | 'vesselName'
  | 'callSign'
  | 'lengthOverall'
  | 'grossTonnage'
  | 'tradingArea'
  | 'mobileUnit'
  | 'tankerType'
  | 'signerName'
  | 'signerRole';

/** The confirmation's sections, in the order they are printed. */
export type ConfirmationSection = 'seafarer' | 'seaTime' | 'vessel' | 'signer';

/** Units written after numbers. */
export type DocumentUnit = 'm' | 'gt' | 'hours' | 'days';

/** The kinds of calendar event Losen offers. */
export type ReminderKind =
  | 'issc-intermediate-window'
  | 'issc-expiry'
  | 'issc-interim-expiry'
  | 'issc-renewed-expiry'
  | 'health-expiry';

/** What a download link in the chat offers. */
export type AttachmentLabelKey = 'sea-time-confirmation.pdf' | 'sea-time-confirmation.html' | 'calendar.ics';

export type DocumentTexts = {
  confirmation: {
    /** Document title, e.g. "Fartstidsbekreftelse". */
    title: string;
    /** Line under the title: what the document is for. */
    subtitle: string;
    /** File name without extension (ASCII, no spaces). */
    fileName: string;
    sections: Record<ConfirmationSection, string>;
    rows: Record<ConfirmationRow, string>;
    units: Record<DocumentUnit, string>;
    /** "1. januar 2025 – 31. mars 2025" */
    period: (from: string, to: string) => string;
    /** The mobile unit row's value. */
    mobileUnit: { withPropulsion: string; withoutPropulsion: string };
    /** The signer's statement above the signature. */
    statement: string;
    placeAndDate: string;
    signature: string;
    /** How the sea-time days were worked out; `hoursPerYear` and `daysPerYear` are the law's figures. */
    calculation: (hoursPerYear: string, daysPerYear: string) => string;
    /** Lead-in to the list of sources the document follows. */
    basis: string;
    /** Bottom line: when and with what it was prepared. */
    prepared: (date: string) => string;
    /** Printable page only: how to print it. */
    printHint: string;
  };
  calendar: {
    /** Calendar name shown by calendar apps. */
    name: string;
    title: Record<ReminderKind, string>;
    /** The event's description (the sources are added after it). */
    description: {
      'issc-intermediate-window': (from: string, to: string) => string;
      /** `renewalMonths`: how long before expiry a renewal keeps the old expiry date as its base. */
      'issc-expiry': (date: string, renewalMonths: number) => string;
      'issc-interim-expiry': (date: string) => string;
      'issc-renewed-expiry': (date: string) => string;
      'health-expiry': (date: string) => string;
    };
    /** Alarm `days` days before the event. */
    alarmBefore: (title: string, days: number) => string;
    /** Alarm on the event's first day (a window opening). */
    alarmOnStart: (title: string) => string;
    sources: string;
    fileName: string;
  };
  /** Labels of the chat's download links. */
  attachments: Record<AttachmentLabelKey, string>;
  errors: {
    /** The rule found problems; `problems` are the rule's own messages. */
    invalid: (problems: string) => string;
    /** Facts are missing; `facts` names them. */
    needs: (facts: string) => string;
    /** The rule decided, but its outcome gives nothing to put in a document or calendar. */
    nothingToOffer: (reasons: string) => string;
  };
};
