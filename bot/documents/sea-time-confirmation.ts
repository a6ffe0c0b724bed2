/**
 * The content of a sea-time confirmation (fartstidsbekreftelse), independent of how it is printed:
 * title, sections of label–value rows, the signer's statement and signature block, and a footer
 * with how sea time is counted and the sources the document follows.
 *
 * It is built only from a `complete` decision of `sea-time-confirmation`, whose `items` list every
 * item the rule requires for the target certificate (seeds 002 and 004): each becomes a row, so the
 * document holds exactly what Sdir asks for. The PDF (`pdf.ts`) and the printable page (`html.ts`)
 * both render this model.
 */
import { documentTexts } from '../../content/documents/index.js';
import type { ConfirmationRow, ConfirmationSection } from '../../content/documents/index.js';
import { texts } from '../../content/index.js';
import type { Locale } from '../../content/topic-ids.js';
import type { DecidedDecision } from '../../rules/index.js';
import { limit } from '../../rules/index.js';
import { formatCitation, formatDate, formatNumber } from './format.js';

/** One printed line: a label and its value, both in the document's language. */
export type DocumentRow = { key: ConfirmationRow; label: string; value: string };
/** A headed group of rows (seafarer, sea time, vessel, signer). */
export type DocumentSection = { key: ConfirmationSection; heading: string; rows: DocumentRow[] };

/** A sea-time confirmation ready to print, every word in `locale`. */
export type ConfirmationDocument = {
  locale: Locale;
  title: string;
  subtitle: string;
  /** Seafarer, sea time and vessel. */
  sections: DocumentSection[];
  statement: string;
  /** The signer's name and role, with the lines to sign on. */
  signer: DocumentSection;
  placeAndDate: string;
  signature: string;
  footer: { calculation: string; basis: string; sources: string[]; prepared: string };
  /** File name without extension. */
  fileName: string;
};

/** Facts of a confirmation the rule has found complete (so present and of the right type). */
type Facts = Record<string, unknown>;
const text = (facts: Facts, key: string) => String(facts[key] ?? '').trim();
const number = (facts: Facts, key: string) => Number(facts[key]);

/** The item of `requiredItems` each row prints; items without a row are `signerIsSeafarer` (always "no" here). */
export const ROW_FOR_ITEM: Readonly<Record<string, ConfirmationRow>> = {
  targetCertificate: 'targetCertificate',
  seafarerName: 'seafarerName',
  seafarerBirthDate: 'seafarerBirthDate',
  position: 'position',
  periodFrom: 'period',
  periodTo: 'period',
  days: 'days',
  hoursPerDay: 'hoursPerDay',
  totalHours: 'totalHours',
  vesselName: 'vesselName',
  callSign: 'callSign',
  lengthOverall: 'lengthOverall',
  grossTonnage: 'grossTonnage',
  tradingArea: 'tradingArea',
  mobileUnitHasPropulsion: 'mobileUnit',
  tankerType: 'tankerType',
  signerName: 'signerName',
  signerRole: 'signerRole',
};

/**
 * The confirmation for `facts`, which `decision` (`sea-time-confirmation`, outcome `complete`)
 * was made on; `today` is the date it is prepared.
 */
export function confirmationDocument(
  facts: Facts,
  decision: DecidedDecision,
  locale: Locale,
  today: string,
): ConfirmationDocument {
  if (decision.rule !== 'sea-time-confirmation' || decision.outcome !== 'complete') {
    throw new Error(
      `A sea-time confirmation needs a complete sea-time-confirmation decision, not ${decision.rule}:${decision.outcome}`,
    );
  }
  const t = documentTexts(locale).confirmation;
  const choices = texts(locale).facts;
  const values = decision.values ?? {};
  const items = new Set(Array.isArray(values.items) ? (values.items as string[]) : []);
  const n = (x: number) => formatNumber(x, locale);
  const d = (iso: string) => formatDate(iso, locale);

  const row = (key: ConfirmationRow, value: string): DocumentRow => ({ key, label: t.rows[key], value });
  const when = (item: string, make: () => DocumentRow): DocumentRow[] => (items.has(item) ? [make()] : []);

  const seafarer: DocumentRow[] = [
    row('seafarerName', text(facts, 'seafarerName')),
    row('seafarerBirthDate', d(text(facts, 'seafarerBirthDate'))),
    row('position', text(facts, 'position')),
    row(
      'targetCertificate',
      choices.targetCertificate.choices[
        text(facts, 'targetCertificate') as keyof typeof choices.targetCertificate.choices
      ] ?? text(facts, 'targetCertificate'),
    ),
  ];
  const hours = Number(values.hours);
  const seaTime: DocumentRow[] = [
    row('period', t.period(d(text(facts, 'periodFrom')), d(text(facts, 'periodTo')))),
    row('days', n(number(facts, 'days'))),
    ...(items.has('totalHours')
      ? [
          row('totalHours', `${n(hours)} ${t.units.hours}`),
          row('averageHoursPerDay', `${n(Number(values.averageHoursPerDay))} ${t.units.hours}`),
        ]
      : [
          row('hoursPerDay', `${n(number(facts, 'hoursPerDay'))} ${t.units.hours}`),
          row('totalHours', `${n(hours)} ${t.units.hours}`),
        ]),
    row('seaTimeDays', `${n(Number(values.seaTimeDays))} ${t.units.days}`),
  ];
  const vessel: DocumentRow[] = [
    row('vesselName', text(facts, 'vesselName')),
    row('callSign', text(facts, 'callSign')),
    row('lengthOverall', `${n(number(facts, 'lengthOverall'))} ${t.units.m}`),
    ...when('grossTonnage', () => row('grossTonnage', `${n(number(facts, 'grossTonnage'))} ${t.units.gt}`)),
    ...when('tradingArea', () =>
      row(
        'tradingArea',
        choices.tradingArea.choices[text(facts, 'tradingArea') as keyof typeof choices.tradingArea.choices] ??
          text(facts, 'tradingArea'),
      ),
    ),
    ...when('mobileUnitHasPropulsion', () =>
      row(
        'mobileUnit',
        facts.mobileUnitHasPropulsion === true ? t.mobileUnit.withPropulsion : t.mobileUnit.withoutPropulsion,
      ),
    ),
    ...when('tankerType', () =>
      row(
        'tankerType',
        choices.tankerType.choices[text(facts, 'tankerType') as keyof typeof choices.tankerType.choices] ??
          text(facts, 'tankerType'),
      ),
    ),
  ];
  const signer: DocumentRow[] = [
    row('signerName', text(facts, 'signerName')),
    row(
      'signerRole',
      choices.signerRole.choices[text(facts, 'signerRole') as keyof typeof choices.signerRole.choices] ??
        text(facts, 'signerRole'),
    ),
  ];

  return {
    locale,
    title: t.title,
    subtitle: t.subtitle,
    sections: [
      { key: 'seafarer', heading: t.sections.seafarer, rows: seafarer },
      { key: 'seaTime', heading: t.sections.seaTime, rows: seaTime },
      { key: 'vessel', heading: t.sections.vessel, rows: vessel },
    ],
    statement: t.statement,
    signer: { key: 'signer', heading: t.sections.signer, rows: signer },
    placeAndDate: t.placeAndDate,
    signature: t.signature,
    footer: {
      calculation: t.calculation(String(limit('seaTimeHoursPerYear')), String(limit('seaTimeDaysPerYear'))),
      basis: t.basis,
      sources: decision.citations.map((c) => formatCitation(c, locale)),
      prepared: t.prepared(d(today)),
    },
    fileName: t.fileName,
  };
}
