/**
 * The catalogue of facts the rules ask for: type, unit, allowed values and range, once each.
 * A rule picks its facts from here (`fact('grossTonnage')`), narrowing a range where its law does.
 * The key is also the question key the conversation layer uses to ask for the fact, so
 * `content/` must hold a question for every key (checked by the type checker).
 */
import { z } from 'zod';
import { isIsoDate } from './dates.js';
import type { FactInfo, FactIssue, FactType, Text } from './types.js';

export type FactSpec = {
  /** The fact's id in `decide()`'s facts object. */
  id: string;
  type: FactType;
  unit?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  /** Longest accepted text for a 'text' fact. */
  maxLength?: number;
  label: Text;
  /** Why a value outside [min, max] cannot be used, from the sources, said after the range. */
  rangeWhy?: Text;
};

const enumFact = <const V extends readonly string[]>(id: string, values: V, label: Text) =>
  ({ id, type: 'enum', values, label }) as const;

/**
 * Vessel categories (facts.md "Vessel categories"): a passenger ship carries more than 12
 * passengers; 'small-passenger' is a commercial boat carrying 12 or fewer (its own category, seed
 * 004); 'cargo' is any other commercial vessel (work boat, tug, supply ship, well boat…); 'leisure'
 * is not used commercially; 'other' is the answer of a user who is unsure.
 */
export const VESSEL_TYPES = ['passenger', 'small-passenger', 'cargo', 'fishing', 'leisure', 'other'] as const;
/** Trading areas, innermost first (forskrift om fartsområder; facts.md "Trading areas"). */
export const TRADING_AREAS = [
  'area-1',
  'area-2',
  'area-3',
  'area-4',
  'liten-kystfart',
  'stor-kystfart',
  'nord-og-ostersjofart',
  'unrestricted',
] as const;
export const SIGNER_ROLES = [
  'company-representative',
  'master',
  'owner',
  'co-owner',
  'accountant',
  'auditor',
  'other',
] as const;
export const TARGET_CERTIFICATES = ['D6', 'D5', 'D4', 'D3', 'D2', 'D1', 'matros', 'tanker', 'igf', 'other'] as const;
export const APS_DOCUMENTS = [
  'sea-time',
  'courses',
  'assessment',
  'additional-competence',
  'health-certificate',
  'education',
] as const;
export const RATING_POSITIONS = ['lettmatros', 'smorer', 'maskinpasser', 'maskinpasser-lettmatros'] as const;

const MAX_LENGTH_M = 500;
const MAX_GT = 1_000_000;
const MAX_MONTHS = 1200;
const MAX_DAYS = 36_500;

/** Every fact any rule asks for, keyed by its question key. */
export const FACTS = {
  flag: enumFact('flag', ['NO', 'foreign'], { nb: 'flaggstat', nn: 'flaggstat', en: 'flag state' }),
  vesselType: enumFact('vesselType', VESSEL_TYPES, { nb: 'fartøystype', nn: 'fartøytype', en: 'vessel type' }),
  grossTonnage: {
    id: 'grossTonnage',
    type: 'number',
    unit: 'GT',
    min: 0,
    max: MAX_GT,
    label: { nb: 'bruttotonnasje (BT)', nn: 'bruttotonnasje (BT)', en: 'gross tonnage (GT)' },
  },
  lengthL: {
    id: 'lengthL',
    type: 'number',
    unit: 'm',
    min: 0,
    max: MAX_LENGTH_M,
    label: { nb: 'lengde (L)', nn: 'lengde (L)', en: 'length (L)' },
  },
  lengthOverall: {
    id: 'lengthOverall',
    type: 'number',
    unit: 'm',
    min: 0,
    max: MAX_LENGTH_M,
    label: { nb: 'største lengde', nn: 'største lengde', en: 'length overall (LOA)' },
  },
  serviceOnly: enumFact('serviceOnly', ['none', 'training', 'pilot', 'rescue'], {
    nb: 'særskilt bruk',
    nn: 'særskild bruk',
    en: 'special service',
  }),
  safetyManning: {
    id: 'safetyManning',
    type: 'integer',
    unit: 'persons',
    min: 1,
    max: 1000,
    label: { nb: 'sikkerhetsbemanning', nn: 'sikkerheitsbemanning', en: 'safe manning' },
  },
  age: { id: 'age', type: 'integer', unit: 'years', min: 0, max: 120, label: { nb: 'alder', nn: 'alder', en: 'age' } },
  hasRelevantEducation: {
    id: 'hasRelevantEducation',
    type: 'boolean',
    label: { nb: 'relevant utdanning', nn: 'relevant utdanning', en: 'relevant education' },
  },
  passedPracticalTest: {
    id: 'passedPracticalTest',
    type: 'boolean',
    label: { nb: 'bestått praktisk prøve', nn: 'bestått praktisk prøve', en: 'practical test passed' },
  },
  crewSize: {
    id: 'crewSize',
    type: 'integer',
    unit: 'persons',
    min: 1,
    max: 1000,
    label: {
      nb: 'sikkerhetsbemanning (eller bemanning)',
      nn: 'sikkerheitsbemanning (eller bemanning)',
      en: 'safe manning (or crew)',
    },
  },
  documentedSkillsCheck: {
    id: 'documentedSkillsCheck',
    type: 'boolean',
    label: {
      nb: 'dokumentert utsjekk av kokkeferdigheter',
      nn: 'dokumentert sjekk av kokkeferdigheiter',
      en: 'documented check of cooking skills',
    },
  },
  role: enumFact('role', ['master', 'chief-mate', 'officer-of-the-watch'], {
    nb: 'stilling',
    nn: 'stilling',
    en: 'position',
  }),
  tradingArea: enumFact('tradingArea', TRADING_AREAS, { nb: 'fartsområde', nn: 'fartsområde', en: 'trading area' }),
  monthsAsOfficerOfTheWatch: {
    id: 'monthsAsOfficerOfTheWatch',
    type: 'number',
    unit: 'months',
    min: 0,
    max: MAX_MONTHS,
    label: {
      nb: 'måneder som ansvarshavende vaktoffiser (skip med største lengde 8 m eller mer)',
      nn: 'månader som ansvarshavande vaktoffiser (skip med største lengde 8 m eller meir)',
      en: 'months as officer of the watch (ships of LOA 8 m or more)',
    },
  },
  totalHours: {
    id: 'totalHours',
    type: 'number',
    unit: 'hours',
    min: 0,
    max: MAX_DAYS * 24,
    label: { nb: 'timer totalt', nn: 'timar i alt', en: 'total hours' },
  },
  days: {
    id: 'days',
    type: 'integer',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: { nb: 'antall dager', nn: 'talet på dagar', en: 'number of days' },
  },
  hoursPerDay: {
    id: 'hoursPerDay',
    type: 'number',
    unit: 'hours',
    min: 1,
    max: 14,
    label: { nb: 'timer per dag', nn: 'timar per dag', en: 'hours per day' },
    // Seed 002: «Maks arbeidstid i løpet av et døgn er 14 timer»; the form takes 1–14 hours a day.
    rangeWhy: {
      nb: 'Maks arbeidstid i løpet av et døgn er 14 timer, så det er det høyeste som kan føres som fartstid per dag.',
      nn: 'Maks arbeidstid i løpet av eit døgn er 14 timar, så det er det høgste som kan førast som fartstid per dag.',
      en: 'The maximum working time in a day is 14 hours, so that is the most that can be entered as sea time per day.',
    },
  },
  targetDays: {
    id: 'targetDays',
    type: 'number',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: { nb: 'ønsket antall fartstidsdager', nn: 'ønskt tal på fartstidsdagar', en: 'target sea-time days' },
  },
  seaTimeDaysHad: {
    id: 'seaTimeDaysHad',
    type: 'number',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: {
      nb: 'fartstidsdager du allerede har',
      nn: 'fartstidsdagar du alt har',
      en: 'sea-time days you already have',
    },
  },
  seafarerName: {
    id: 'seafarerName',
    type: 'text',
    maxLength: 200,
    label: { nb: 'sjøfarerens navn', nn: 'namnet til sjøfararen', en: "seafarer's name" },
  },
  seafarerBirthDate: {
    id: 'seafarerBirthDate',
    type: 'date',
    label: { nb: 'sjøfarerens fødselsdato', nn: 'fødselsdatoen til sjøfararen', en: "seafarer's date of birth" },
  },
  position: {
    id: 'position',
    type: 'text',
    maxLength: 200,
    label: { nb: 'stilling om bord', nn: 'stilling om bord', en: 'position on board' },
  },
  periodFrom: {
    id: 'periodFrom',
    type: 'date',
    label: { nb: 'periodens første dag', nn: 'første dagen i perioden', en: 'first day of the period' },
  },
  periodTo: {
    id: 'periodTo',
    type: 'date',
    label: { nb: 'periodens siste dag', nn: 'siste dagen i perioden', en: 'last day of the period' },
  },
  vesselName: {
    id: 'vesselName',
    type: 'text',
    maxLength: 200,
    label: { nb: 'fartøyets navn', nn: 'namnet på fartøyet', en: "vessel's name" },
  },
  callSign: {
    id: 'callSign',
    type: 'text',
    maxLength: 20,
    label: { nb: 'kallesignal', nn: 'kallesignal', en: 'call sign' },
  },
  signerName: {
    id: 'signerName',
    type: 'text',
    maxLength: 200,
    label: { nb: 'navnet til den som bekrefter', nn: 'namnet til den som stadfestar', en: "signer's name" },
  },
  signerRole: enumFact('signerRole', SIGNER_ROLES, {
    nb: 'rollen til den som bekrefter',
    nn: 'rolla til den som stadfestar',
    en: "signer's role",
  }),
  signerIsSeafarer: {
    id: 'signerIsSeafarer',
    type: 'boolean',
    label: { nb: 'sjøfareren signerer selv', nn: 'sjøfararen skriv under sjølv', en: 'the seafarer signs it themself' },
  },
  targetCertificate: enumFact('targetCertificate', TARGET_CERTIFICATES, {
    nb: 'sertifikatet det søkes om',
    nn: 'sertifikatet det blir søkt om',
    en: 'certificate applied for',
  }),
  onMobileUnit: {
    id: 'onMobileUnit',
    type: 'boolean',
    label: {
      nb: 'opptjent på flyttbar innretning',
      nn: 'opptent på flyttbar innretning',
      en: 'earned on a mobile unit',
    },
  },
  mobileUnitHasPropulsion: {
    id: 'mobileUnitHasPropulsion',
    type: 'boolean',
    label: {
      nb: 'innretningen har egen fremdrift',
      nn: 'innretninga har eiga framdrift',
      en: 'the unit has its own propulsion',
    },
  },
  tankerType: enumFact('tankerType', ['oil', 'chemical', 'gas'], {
    nb: 'type tankskip',
    nn: 'type tankskip',
    en: 'type of tanker',
  }),
  certificate: enumFact('certificate', ['D5', 'D4', 'D3'], { nb: 'sertifikat', nn: 'sertifikat', en: 'certificate' }),
  seaTimeDays: {
    id: 'seaTimeDays',
    type: 'number',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: {
      nb: 'fartstid i dager (sjøgående skip med største lengde 15 m eller mer)',
      nn: 'fartstid i dagar (sjøgåande skip med største lengde 15 m eller meir)',
      en: 'sea time in days (seagoing ships of LOA 15 m or more)',
    },
  },
  bridgeWatchDays: {
    id: 'bridgeWatchDays',
    type: 'number',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: { nb: 'dager med brovakttjeneste', nn: 'dagar med bruvaktteneste', en: 'days of bridge watchkeeping' },
  },
  daysAfterDiploma: {
    id: 'daysAfterDiploma',
    type: 'number',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: {
      nb: 'fartstidsdager etter endelig vitnemål',
      nn: 'fartstidsdagar etter endeleg vitnemål',
      en: 'sea-time days after the final diploma',
    },
  },
  hasAssessment: {
    id: 'hasAssessment',
    type: 'boolean',
    label: {
      nb: 'bedømmelse fra godkjent assessor',
      nn: 'bedømming frå godkjend assessor',
      en: 'assessment by an approved assessor',
    },
  },
  trainingProgramDays: {
    id: 'trainingProgramDays',
    type: 'number',
    unit: 'days',
    min: 0,
    max: MAX_DAYS,
    label: {
      nb: 'dager i godkjent opplæringsprogram (webcadet/ISF)',
      nn: 'dagar i godkjent opplæringsprogram (webcadet/ISF)',
      en: 'days in an approved training programme (webcadet/ISF)',
    },
  },
  tradeCertificate: enumFact('tradeCertificate', ['matros', 'fisker', 'none'], {
    nb: 'fagbrev',
    nn: 'fagbrev',
    en: 'trade certificate',
  }),
  monthsAsOfficerOfTheWatchSinceIssue: {
    id: 'monthsAsOfficerOfTheWatchSinceIssue',
    type: 'number',
    unit: 'months',
    min: 0,
    max: MAX_MONTHS,
    label: {
      nb: 'måneder i sertifikatpliktig stilling som vaktoffiser etter første utstedelse',
      nn: 'månader i sertifikatpliktig stilling som vaktoffiser etter at sertifikatet vart skrive ut første gong',
      en: 'months as officer of the watch since the first issue',
    },
  },
  certificateKind: enumFact('certificateKind', ['interim', 'full'], {
    nb: 'type ISSC',
    nn: 'type ISSC',
    en: 'kind of ISSC',
  }),
  issueDate: {
    id: 'issueDate',
    type: 'date',
    label: { nb: 'utstedelsesdato', nn: 'utskrivingsdato', en: 'date of issue' },
  },
  expiryDate: { id: 'expiryDate', type: 'date', label: { nb: 'utløpsdato', nn: 'utløpsdato', en: 'expiry date' } },
  verificationDate: {
    id: 'verificationDate',
    type: 'date',
    label: {
      nb: 'dato for fornyelsesverifikasjonen',
      nn: 'dato for fornyingsverifikasjonen',
      en: 'date of the renewal verification',
    },
  },
  intermediateDate: {
    id: 'intermediateDate',
    type: 'date',
    label: {
      nb: 'dato for mellomliggende verifikasjon',
      nn: 'dato for mellomliggjande verifikasjon',
      en: 'date of the intermediate verification',
    },
  },
  ageAtIssue: {
    id: 'ageAtIssue',
    type: 'integer',
    unit: 'years',
    min: 0,
    max: 120,
    label: {
      nb: 'alder da helseerklæringen ble utstedt',
      nn: 'alder då helseerklæringa vart skriven ut',
      en: 'age when the health certificate was issued',
    },
  },
  onDate: {
    id: 'onDate',
    type: 'date',
    label: { nb: 'dato det gjelder', nn: 'datoen det gjeld', en: 'date in question' },
  },
  uploadedDocuments: {
    id: 'uploadedDocuments',
    type: 'enum-list',
    values: APS_DOCUMENTS,
    label: {
      nb: 'dokumentasjon lastet opp manuelt',
      nn: 'dokumentasjon lasta opp manuelt',
      en: 'documents uploaded by hand',
    },
  },
  seagoing: {
    id: 'seagoing',
    type: 'boolean',
    label: { nb: 'sjøgående skip', nn: 'sjøgåande skip', en: 'seagoing ship' },
  },
  hasTradeCertificate: {
    id: 'hasTradeCertificate',
    type: 'boolean',
    label: { nb: 'fagbrev som matros', nn: 'fagbrev som matros', en: 'trade certificate as able seaman' },
  },
  monthsAsOrdinarySeaman: {
    id: 'monthsAsOrdinarySeaman',
    type: 'number',
    unit: 'months',
    min: 0,
    max: MAX_MONTHS,
    label: { nb: 'måneder som lettmatros', nn: 'månader som lettmatros', en: 'months as ordinary seaman' },
  },
  monthsDeckService: {
    id: 'monthsDeckService',
    type: 'number',
    unit: 'months',
    min: 0,
    max: MAX_MONTHS,
    label: {
      nb: 'måneder tjenestetid på dekk i alt (medregnet tiden som lettmatros)',
      nn: 'månader tenestetid på dekk i alt (medrekna tida som lettmatros)',
      en: 'months of deck service in all (time as ordinary seaman included)',
    },
  },
  monthsEngineService: {
    id: 'monthsEngineService',
    type: 'number',
    unit: 'months',
    min: 0,
    max: MAX_MONTHS,
    label: {
      nb: 'måneder tjenestetid i maskin',
      nn: 'månader tenestetid i maskin',
      en: 'months of engine-room service',
    },
  },
  monthsMechanicalPractice: {
    id: 'monthsMechanicalPractice',
    type: 'number',
    unit: 'months',
    min: 0,
    max: MAX_MONTHS,
    label: {
      nb: 'måneder annen praksis som kan regnes som tjenestetid (praktisk opplæring, yrkespraksis i mekaniske eller maritime fag, tjeneste på flyttbar innretning)',
      nn: 'månader anna praksis som kan reknast som tenestetid (praktisk opplæring, yrkespraksis i mekaniske eller maritime fag, teneste på flyttbar innretning)',
      en: 'months of other practice that may count as service time (practical training, vocational practice in mechanical or maritime trades, service on mobile units)',
    },
  },
  ratingPosition: enumFact('position', RATING_POSITIONS, { nb: 'stilling', nn: 'stilling', en: 'position' }),
} as const satisfies Record<string, FactSpec>;

export type FactKey = keyof typeof FACTS;

/** A rule's use of a catalogue fact: optionally narrowed, optionally not required. */
export type RuleFact = { key: FactKey; spec: FactSpec; optional: boolean };

/** Pick fact `key` from the catalogue for a rule, with `overrides` (e.g. a narrower range). */
export function fact(key: FactKey, overrides: { min?: number; max?: number; optional?: boolean } = {}): RuleFact {
  const { optional = false, ...narrowing } = overrides;
  return { key, spec: { ...FACTS[key], ...narrowing }, optional };
}

/** The fact as `listRules()` describes it. */
export function factInfo(f: RuleFact): FactInfo {
  const { id, type, unit, values, min, max, label } = f.spec;
  return {
    id,
    type,
    ...(unit === undefined ? {} : { unit }),
    ...(values === undefined ? {} : { values }),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    optional: f.optional,
    label,
    questionKey: f.key,
  };
}

const isoDate = z.string().refine(isIsoDate);

/** A character that shows: not a space, control, format or combining mark, filler or blank. */
const VISIBLE = /[^\s\p{C}\p{M}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** The zod schema that checks one value of fact `spec`. */
function schemaFor(spec: FactSpec): z.ZodType {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      let n = spec.type === 'integer' ? z.number().int() : z.number().finite();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.max !== undefined) n = n.max(spec.max);
      return n;
    }
    case 'boolean':
      return z.boolean();
    case 'date':
      return isoDate;
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
    case 'enum-list':
      return z.array(z.enum(spec.values as [string, ...string[]])).max(spec.values?.length ?? 0);
    case 'text':
      return z
        .string()
        .trim()
        .min(1)
        .max(spec.maxLength ?? 200)
        .refine((s) => VISIBLE.test(s)); // only invisible characters is not filled in
  }
}

/**
 * A quick check of one value of fact `spec` that accepts only values its zod schema accepts, and
 * returns what the schema would return; `undefined` for anything else, which then goes to the
 * schema (so every refusal, and every message about it, is still zod's). Parsing every fact with
 * zod on every decision cost more than the decision itself.
 */
function quickCheck(spec: FactSpec, raw: unknown): { value: unknown } | undefined {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      if (typeof raw !== 'number') return undefined;
      if (spec.type === 'integer' ? !Number.isSafeInteger(raw) : !Number.isFinite(raw)) return undefined;
      if ((spec.min !== undefined && raw < spec.min) || (spec.max !== undefined && raw > spec.max)) return undefined;
      return { value: raw };
    }
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : undefined;
    case 'date':
      return typeof raw === 'string' && isIsoDate(raw) ? { value: raw } : undefined;
    case 'enum':
      return typeof raw === 'string' && spec.values?.includes(raw) ? { value: raw } : undefined;
    case 'enum-list': {
      const values = spec.values ?? [];
      if (!Array.isArray(raw) || raw.length > values.length) return undefined;
      for (const v of raw) if (typeof v !== 'string' || !values.includes(v)) return undefined;
      return { value: [...raw] };
    }
    case 'text':
      return undefined;
  }
}

const schemaCache = new WeakMap<FactSpec, z.ZodType>();
/** The zod schema of fact `spec`: what a value must be (the reference the quick check is tested against). */
export function cachedSchema(spec: FactSpec): z.ZodType {
  let s = schemaCache.get(spec);
  if (!s) {
    s = schemaFor(spec);
    schemaCache.set(spec, s);
  }
  return s;
}

/** Units as written in each language. */
const UNIT_NAMES: Record<string, Text> = {
  GT: { nb: 'BT', nn: 'BT', en: 'GT' },
  m: { nb: 'm', nn: 'm', en: 'm' },
  hours: { nb: 'timer', nn: 'timar', en: 'hours' },
  days: { nb: 'dager', nn: 'dagar', en: 'days' },
  months: { nb: 'måneder', nn: 'månader', en: 'months' },
  years: { nb: 'år', nn: 'år', en: 'years' },
  persons: { nb: 'personer', nn: 'personar', en: 'persons' },
};

/** A unit as written in each language ('GT' is 'BT' in Norwegian). */
export const unitName = (unit: string): Text => UNIT_NAMES[unit] ?? { nb: unit, nn: unit, en: unit };

/** What a valid value of `spec` looks like, in both languages. */
export function expectation(spec: FactSpec): Text {
  const range = (unit: string) => {
    const name = unitName(unit);
    const u = unit ? { nb: ` ${name.nb}`, nn: ` ${name.nn}`, en: ` ${name.en}` } : { nb: '', nn: '', en: '' };
    if (spec.min !== undefined && spec.max !== undefined)
      return {
        nb: `mellom ${spec.min} og ${spec.max}${u.nb}`,
        nn: `mellom ${spec.min} og ${spec.max}${u.nn}`,
        en: `between ${spec.min} and ${spec.max}${u.en}`,
      };
    if (spec.min !== undefined)
      return { nb: `minst ${spec.min}${u.nb}`, nn: `minst ${spec.min}${u.nn}`, en: `at least ${spec.min}${u.en}` };
    return { nb: '', nn: '', en: '' };
  };
  switch (spec.type) {
    case 'number': {
      const r = range(spec.unit ?? '');
      return { nb: `et tall ${r.nb}`.trim(), nn: `eit tal ${r.nn}`.trim(), en: `a number ${r.en}`.trim() };
    }
    case 'integer': {
      const r = range(spec.unit ?? '');
      return {
        nb: `et helt tall ${r.nb}`.trim(),
        nn: `eit heilt tal ${r.nn}`.trim(),
        en: `a whole number ${r.en}`.trim(),
      };
    }
    case 'boolean':
      return { nb: 'ja eller nei (true/false)', nn: 'ja eller nei (true/false)', en: 'yes or no (true/false)' };
    case 'date':
      return {
        nb: 'en gyldig dato på formen ÅÅÅÅ-MM-DD',
        nn: 'ein gyldig dato på forma ÅÅÅÅ-MM-DD',
        en: 'a valid date in the form YYYY-MM-DD',
      };
    case 'enum':
      return {
        nb: `én av: ${spec.values?.join(', ')}`,
        nn: `éin av: ${spec.values?.join(', ')}`,
        en: `one of: ${spec.values?.join(', ')}`,
      };
    case 'enum-list':
      return {
        nb: `en liste med verdier blant: ${spec.values?.join(', ')}`,
        nn: `ei liste med verdiar blant: ${spec.values?.join(', ')}`,
        en: `a list of values among: ${spec.values?.join(', ')}`,
      };
    case 'text':
      return {
        nb: `en tekst på 1 til ${spec.maxLength ?? 200} tegn`,
        nn: `ein tekst på 1 til ${spec.maxLength ?? 200} teikn`,
        en: `a text of 1 to ${spec.maxLength ?? 200} characters`,
      };
  }
}

/** An issue about fact `spec` with the given explanation. */
export function issue(spec: FactSpec, problem: Text): FactIssue {
  return {
    fact: spec.id,
    message: {
      nb: `${capitalise(spec.label.nb)}: ${problem.nb}`,
      nn: `${capitalise(spec.label.nn)}: ${problem.nn}`,
      en: `${capitalise(spec.label.en)}: ${problem.en}`,
    },
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Validate the supplied facts of a rule. Facts that are absent, `null` or `undefined` are missing,
 * not invalid; facts the rule does not know are ignored. Returns the parsed known facts, or issues.
 */
export function parseFacts(
  facts: Record<string, unknown>,
  ruleFacts: readonly RuleFact[],
): { ok: true; known: Record<string, unknown> } | { ok: false; issues: FactIssue[] } {
  const known: Record<string, unknown> = {};
  const issues: FactIssue[] = [];
  for (const f of ruleFacts) {
    const raw = Object.hasOwn(facts, f.spec.id) ? facts[f.spec.id] : undefined;
    if (raw === undefined || raw === null) continue;
    const quick = quickCheck(f.spec, raw);
    if (quick) {
      known[f.spec.id] = quick.value;
      continue;
    }
    const parsed = cachedSchema(f.spec).safeParse(raw);
    if (parsed.success) known[f.spec.id] = parsed.data;
    else {
      const e = expectation(f.spec);
      const why = f.spec.rangeWhy;
      const w = why ? { nb: ` ${why.nb}`, nn: ` ${why.nn}`, en: ` ${why.en}` } : { nb: '', nn: '', en: '' };
      issues.push(
        issue(f.spec, { nb: `må være ${e.nb}.${w.nb}`, nn: `må vere ${e.nn}.${w.nn}`, en: `must be ${e.en}.${w.en}` }),
      );
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, known };
}

/**
 * Facts that say the same thing two ways: the hours on board as a total, or as days × hours per day
 * (the sea-time rules take either). A conversation that is given one way drops the other.
 */
export const ALTERNATIVE_FACTS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['totalHours'], ['days', 'hoursPerDay']],
];

/**
 * Facts about one document, whose value depends on which document a rule is about: the date of
 * issue of an ISSC is not that of a health certificate. A conversation carries them only between
 * rules about the same document (`DOCUMENT_OF`); other facts (the vessel, the person) carry to every
 * rule that takes them.
 */
export const DOCUMENT_FACTS: ReadonlySet<string> = new Set(['issueDate', 'expiryDate']);

/**
 * Facts that hold only for the certificate a rule is about: months "since the first issue" said in a
 * D6 question are no months since a D5's first issue. Carried into a rule only from the rules listed
 * (or from a message on no rule).
 */
export const RULE_BOUND_FACTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['monthsAsOfficerOfTheWatchSinceIssue', new Set(['master-rights'])],
]);

/** The document a rule that takes a `DOCUMENT_FACTS` fact is about. */
export const DOCUMENT_OF: ReadonlyMap<string, string> = new Map([
  ['issc-validity', 'issc'],
  ['issc-renewal', 'issc'],
  ['health-certificate', 'health-certificate'],
]);
