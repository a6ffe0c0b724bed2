/**
 * Checking a manual sea-time confirmation (fartstidsbekreftelse / fartstidsattest).
 *
 * Sources: Sdir "Diverse spørsmål tilknyttet fartstid" (seed 004) and the Sdir–Sjømat Norge minutes
 * (seed 002), with the guidance page (facts.md). A confirmation must state: the seafarer's name and
 * date of birth; the position on board; the number of sea-time days and the period; the hours
 * worked on board per day (1–14); the vessel's name, call sign and length overall; the name and
 * signature of the employer's representative. Extra items: gross tonnage and certified trading
 * area for an able seaman (matros) certificate or a higher deck officer certificate; with
 * or without own propulsion for time on a mobile unit; gas, oil or chemical tanker for a tanker or
 * IGF certificate. It may be signed by a representative of the company office, the master, the
 * owner, a co-owner, or an accountant or auditor tied to the vessel — never by the seafarer
 * themself, whatever role they hold. Fish-farm titles (røkter, akvatekniker) are not positions Sdir
 * registers sea time in (seed 002). Sdir's own spreadsheet rejects dates in the future (facts.md).
 *
 * Reading of "høyere dekksoffisersertifikat" (seed 004: "Hvis du søker ferdighetssertifikat matros
 * eller høyere dekksoffisersertifikat behøver vi i tillegg bekreftelse på fartøyets bruttotonnasje
 * (BT) og hvilket fartsområde"): the deck officer certificates above D6, D5 to D1, need the gross
 * tonnage and trading area; a D6 does not. The other reading — every deck officer certificate
 * higher than one the applicant already holds, a D6 included — is listed under "Readings to review".
 */
import { FACTS, fact } from './facts.js';
import { daysBetween, isAfter } from './dates.js';
import type { RuleContext } from './rule.js';
import { defineRule, joinedWith, need, num, round2 } from './rule.js';
import { seaTimeDaysFromHours } from './sea-time.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type Facts = {
  seafarerName: string;
  seafarerBirthDate: string;
  position: string;
  periodFrom: string;
  periodTo: string;
  days: number;
  hoursPerDay: number;
  totalHours: number;
  vesselName: string;
  callSign: string;
  lengthOverall: number;
  signerName: string;
  signerRole: 'company-representative' | 'master' | 'owner' | 'co-owner' | 'accountant' | 'auditor' | 'other';
  signerIsSeafarer: boolean;
  targetCertificate: 'D6' | 'D5' | 'D4' | 'D3' | 'D2' | 'D1' | 'matros' | 'tanker' | 'igf' | 'other';
  grossTonnage: number;
  tradingArea: string;
  onMobileUnit: boolean;
  mobileUnitHasPropulsion: boolean;
  tankerType: 'oil' | 'chemical' | 'gas';
};

/** Targets that need the vessel's GT and certified trading area (able seaman, higher deck officer). */
export const TARGETS_NEEDING_GT_AND_AREA: readonly Facts['targetCertificate'][] = [
  'matros',
  'D5',
  'D4',
  'D3',
  'D2',
  'D1',
];
/** Targets that need the kind of tanker. */
export const TARGETS_NEEDING_TANKER_TYPE: readonly Facts['targetCertificate'][] = ['tanker', 'igf'];
/** Titles Sdir does not register sea time in (seed 002), lower case, with English equivalents. */
export const POSITIONS_NOT_ACCEPTED = [
  'røkter',
  'rokter',
  'røktar',
  'roktar',
  'akvatekniker',
  'akvateknikar',
  'aquaculture technician',
  'fish farm technician',
] as const;

export type ConfirmationProblem =
  | 'self-signed'
  | 'signer-role-not-accepted'
  | 'hours-per-day-out-of-range'
  | 'position-not-accepted'
  | 'days-exceed-period'
  | 'period-in-future'
  | 'period-reversed'
  | 'born-in-future';

/**
 * The problems one new answer can mend, and the fact it answers: a position Sdir does not register
 * sea time in is mended by naming the position held on board, a signer's role not accepted by
 * naming another signer's role, days more than a period has by the days again (the period is the
 * one last given), a date of birth ahead of today by the date again. The others involve several
 * facts (a name and who signs), so they are reported as they are.
 */
export const ANSWERABLE_PROBLEMS: ReadonlyMap<ConfirmationProblem, keyof Facts> = new Map([
  ['position-not-accepted', 'position'],
  ['signer-role-not-accepted', 'signerRole'],
  // Round 21: a period made shorter at the review after «alle» (every day): the days asked again.
  ['days-exceed-period', 'days'],
  ['born-in-future', 'seafarerBirthDate'],
]);

const PROBLEM_TEXT: Record<ConfirmationProblem, Text> = {
  'self-signed': {
    nb: 'Du kan ikke bekrefte din egen fartstid, uansett hvilken rolle du har (også som eier eller leder).',
    nn: 'Du kan ikkje stadfeste di eiga fartstid, same kva rolle du har (òg som eigar eller leiar).',
    en: 'You cannot confirm your own sea time, whatever role you hold (owner or manager included).',
  },
  'signer-role-not-accepted': {
    nb: 'Bekreftelsen må skrives av en representant for rederikontoret, skipsføreren, eier, medeier, regnskapsfører eller revisor knyttet til fartøyet.',
    nn: 'Stadfestinga må skrivast av ein representant for kontoret til reiarlaget, skipsføraren, eigaren, ein medeigar, rekneskapsføraren eller revisoren som er knytt til fartøyet.',
    en: 'The confirmation must be written by a representative of the company office, the master, the owner, a co-owner, or an accountant or auditor tied to the vessel.',
  },
  'hours-per-day-out-of-range': {
    nb: `Timer arbeidet per dag må være mellom ${limit('seaTimeMinHoursPerDay')} og ${limit('seaTimeMaxHoursPerDay')}.`,
    nn: `Timar arbeidde per dag må vere mellom ${limit('seaTimeMinHoursPerDay')} og ${limit('seaTimeMaxHoursPerDay')}.`,
    en: `Hours worked per day must be between ${limit('seaTimeMinHoursPerDay')} and ${limit('seaTimeMaxHoursPerDay')}.`,
  },
  'position-not-accepted': {
    nb: 'Røkter og akvatekniker er ikke stillinger Sjøfartsdirektoratet registrerer fartstid i; oppgi stillingen om bord, for eksempel skipsfører, navigatør eller lettmatros.',
    nn: 'Røktar og akvateknikar er ikkje stillingar Sjøfartsdirektoratet registrerer fartstid i; oppgi stillinga om bord, til dømes skipsførar, navigatør eller lettmatros.',
    en: 'Fish-farm titles (røkter, akvatekniker) are not positions the Authority registers sea time in; give the position on board, such as master, navigator or ordinary seaman.',
  },
  'days-exceed-period': {
    nb: 'Antall dager fartstid er flere enn dagene i perioden.',
    nn: 'Talet på dagar med fartstid er større enn talet på dagar i perioden.',
    en: 'The number of sea-time days is more than the days in the period.',
  },
  'period-in-future': {
    nb: 'Perioden slutter etter dagens dato; fartstid kan bare bekreftes når den er opptjent.',
    nn: 'Perioden sluttar etter dagens dato; fartstid kan berre stadfestast når ho er opptent.',
    en: 'The period ends after today; sea time can only be confirmed once it has been earned.',
  },
  'born-in-future': {
    nb: 'Fødselsdatoen er etter dagens dato.',
    nn: 'Fødselsdatoen er etter dagens dato.',
    en: 'The date of birth is after today.',
  },
  'period-reversed': {
    nb: 'Periodens første dag er etter den siste.',
    nn: 'Den første dagen i perioden er etter den siste.',
    en: 'The first day of the period is after the last.',
  },
};

const normaliseName = (s: string) => s.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');

/** The problems already visible in the known facts. */
function problemsIn(f: Partial<Facts>, ctx: RuleContext): ConfirmationProblem[] {
  const p: ConfirmationProblem[] = [];
  const signedBySelf =
    f.signerIsSeafarer === true ||
    (f.signerName !== undefined &&
      f.seafarerName !== undefined &&
      normaliseName(f.signerName) === normaliseName(f.seafarerName));
  if (signedBySelf) p.push('self-signed');
  if (f.signerRole === 'other') p.push('signer-role-not-accepted');
  const perDay = f.hoursPerDay ?? (f.totalHours !== undefined && f.days ? f.totalHours / f.days : undefined);
  if (perDay !== undefined && (perDay < limit('seaTimeMinHoursPerDay') || perDay > limit('seaTimeMaxHoursPerDay')))
    p.push('hours-per-day-out-of-range');
  if (f.position !== undefined) {
    const pos = f.position.toLocaleLowerCase('nb');
    if (POSITIONS_NOT_ACCEPTED.some((t) => pos.includes(t))) p.push('position-not-accepted');
  }
  if (f.periodFrom !== undefined && f.periodTo !== undefined) {
    if (isAfter(f.periodFrom, f.periodTo)) p.push('period-reversed');
    else if (f.days !== undefined && f.days > daysBetween(f.periodFrom, f.periodTo) + 1) p.push('days-exceed-period');
  }
  if (f.seafarerBirthDate !== undefined && isAfter(f.seafarerBirthDate, ctx.today)) p.push('born-in-future');
  if (
    (f.periodTo !== undefined && isAfter(f.periodTo, ctx.today)) ||
    (f.periodFrom !== undefined && isAfter(f.periodFrom, ctx.today))
  )
    p.push('period-in-future');
  return p;
}

/** Every item the confirmation must hold for the facts known so far, in the order to ask them. */
export function requiredItems(f: Partial<Facts>): (keyof Facts)[] {
  const items: (keyof Facts)[] = [
    'targetCertificate',
    'seafarerName',
    'seafarerBirthDate',
    'position',
    'periodFrom',
    'periodTo',
    'days',
  ];
  if (f.totalHours === undefined) items.push('hoursPerDay');
  else items.push('totalHours');
  items.push('vesselName', 'callSign', 'lengthOverall');
  if (f.targetCertificate !== undefined && TARGETS_NEEDING_GT_AND_AREA.includes(f.targetCertificate))
    items.push('grossTonnage', 'tradingArea');
  if (f.targetCertificate !== undefined && TARGETS_NEEDING_TANKER_TYPE.includes(f.targetCertificate))
    items.push('tankerType');
  if (f.onMobileUnit === true) items.push('mobileUnitHasPropulsion');
  items.push('signerName', 'signerRole', 'signerIsSeafarer');
  return items;
}

/** Facts of the check that are no item written on the confirmation (what it is for, who the signer is). */
const NOT_ON_THE_PAPER: ReadonlySet<keyof Facts> = new Set(['targetCertificate', 'signerRole', 'signerIsSeafarer']);

/** The required items not given, named: not checked, and still required (seeds 002 and 004). */
function uncheckedText(ids: readonly (keyof Facts)[]): Text {
  const labels = ids.map((id) => FACTS[id].label);
  return {
    nb: `Disse opplysningene har jeg ikke fått, så jeg har ikke kontrollert dem, men bekreftelsen må ha dem: ${joinedWith(
      labels.map((l) => l.nb),
      'og',
    )}.`,
    nn: `Desse opplysningane har eg ikkje fått, så eg har ikkje kontrollert dei, men stadfestinga må ha dei: ${joinedWith(
      labels.map((l) => l.nn),
      'og',
    )}.`,
    en: `I was not given these items, so I have not checked them, but the confirmation must have them: ${joinedWith(
      labels.map((l) => l.en),
      'and',
    )}.`,
  };
}

export const seaTimeConfirmation = defineRule<Facts>({
  id: 'sea-time-confirmation',
  topic: 'seatime.confirmation',
  topics: ['seatime.confirmation', 'seatime.who-can-confirm'],
  title: {
    nb: 'Kontroll av fartstidsbekreftelse',
    nn: 'Kontroll av stadfesting av fartstid',
    en: 'Sea-time confirmation check',
  },
  summary: {
    nb: 'Kontrollerer at en manuell fartstidsbekreftelse har alt Sjøfartsdirektoratet krever for sertifikatet det søkes om, og at den er skrevet av en som kan bekrefte fartstid (aldri sjøfareren selv). Finner feil: egen signatur, rolle som ikke godtas, timer per dag utenfor 1–14, stilling som ikke godtas, flere dager enn perioden har, periode frem i tid.',
    nn: 'Kontrollerer at ei manuell stadfesting av fartstid har alt Sjøfartsdirektoratet krev for sertifikatet det blir søkt om, og at ho er skriven av ein som kan stadfeste fartstid (aldri sjøfararen sjølv). Finn feil: eigen signatur, rolle som ikkje blir godteken, timar per dag utanfor 1–14, stilling som ikkje blir godteken, fleire dagar enn perioden har, periode fram i tid.',
    en: "Checks that a manual sea-time confirmation holds everything the Authority requires for the certificate applied for, and that it is written by someone who may confirm sea time (never the seafarer). Finds problems: self-signed, signer's role not accepted, hours per day outside 1–14, position not accepted, more days than the period has, period in the future.",
  },
  facts: [
    fact('targetCertificate'),
    fact('seafarerName'),
    fact('seafarerBirthDate'),
    fact('position'),
    fact('periodFrom'),
    fact('periodTo'),
    fact('days', { min: 1 }),
    fact('hoursPerDay', { min: 0, max: 24 }),
    fact('totalHours', { optional: true }),
    fact('vesselName'),
    fact('callSign'),
    fact('lengthOverall'),
    fact('grossTonnage'),
    fact('tradingArea'),
    fact('tankerType'),
    fact('onMobileUnit', { optional: true }),
    fact('mobileUnitHasPropulsion'),
    fact('signerName'),
    fact('signerRole'),
    fact('signerIsSeafarer'),
  ],
  outcomes: ['complete', 'invalid'],
  thresholds: ['seaTimeMinHoursPerDay', 'seaTimeMaxHoursPerDay', 'seaTimeHoursPerYear', 'seaTimeDaysPerYear'],
  citations: [cite('sdirSeaTimeFaq'), cite('sdirSeaTimeMinutes'), cite('sdirSeaTimeGuide')],
  evaluate(f, ctx) {
    const problems = problemsIn(f, ctx);
    if (problems.length > 0) {
      // A problem ends the check, but the items not yet given are still required: said, so mending
      // the problem alone never passes for a complete confirmation.
      const unchecked = requiredItems(f).filter((id) => f[id] === undefined && !NOT_ON_THE_PAPER.has(id));
      const reasons = problems.map((p) => PROBLEM_TEXT[p]);
      if (unchecked.length > 0) reasons.push(uncheckedText(unchecked));
      return { outcome: 'invalid', values: { problems, ...(unchecked.length > 0 ? { unchecked } : {}) }, reasons };
    }
    const items = requiredItems(f);
    const missing = items.filter((id) => f[id] === undefined);
    if (missing.length > 0) return { needs: missing };
    const g = need(f, 'days');
    if (!g.ok) return g;
    const days = g.facts.days;
    const hours = f.totalHours ?? (f.hoursPerDay === undefined ? undefined : days * f.hoursPerDay);
    if (hours === undefined) return { needs: ['hoursPerDay'] };
    const seaTimeDays = round2(seaTimeDaysFromHours(hours));
    const reasons: Text[] = [
      {
        nb: `Bekreftelsen har alle opplysningene som kreves for ${f.targetCertificate}: ${items.length} punkter.`,
        nn: `Stadfestinga har alle opplysningane som trengst for ${f.targetCertificate}: ${items.length} punkt.`,
        en: `The confirmation holds every item required for ${f.targetCertificate}: ${items.length} items.`,
      },
      {
        nb: `${num(hours).nb} timer om bord gir ${num(seaTimeDays).nb} fartstidsdager.`,
        nn: `${num(hours).nn} timar om bord gir ${num(seaTimeDays).nn} fartstidsdagar.`,
        en: `${num(hours).en} hours on board give ${num(seaTimeDays).en} sea-time days.`,
      },
    ];
    if (f.onMobileUnit === undefined) {
      reasons.push({
        nb: 'Er fartstiden opptjent på en flyttbar innretning, må bekreftelsen også si om den har egen fremdrift.',
        nn: 'Er fartstida opptent på ei flyttbar innretning, må stadfestinga òg seie om innretninga har eiga framdrift.',
        en: 'If the sea time was earned on a mobile unit, the confirmation must also state whether it has its own propulsion.',
      });
    }
    return {
      outcome: 'complete',
      values: { hours: round2(hours), seaTimeDays, averageHoursPerDay: round2(hours / days), items },
      reasons,
    };
  },
});
