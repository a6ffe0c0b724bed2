/**
 * Sea-time requirements for a first deck officer certificate class 5, 4 or 3 (D5, D4, D3).
 *
 * Sdir "Diverse spørsmål tilknyttet fartstid" (seed 004) gives three alternatives:
 *  A. 36 months (1080 days) on seagoing ships of LOA 15 m or more, of which 6 months bridge watch
 *     and at least 30 days after the diploma, plus an assessment by an approved assessor. The only
 *     alternative for D5 (no approved systematic training exists for D5).
 *  B. 12 months (360 days) in an approved training programme on such ships, documented in webcadet
 *     or the ISF cadet book.
 *  C. 6 months (180 days) in such a programme plus a trade certificate as able seaman or fisher.
 * A cadet (B and C) may apply only when 4 months (120 days) of the sea time with systematic training
 * were earned after the final diploma.
 */
import { fact } from './facts.js';
import type { Alternative } from './requirements.js';
import { checkAlternatives } from './requirements.js';
import { defineRule, missingOf } from './rule.js';
import { cite } from './sources.js';

type Facts = {
  certificate: 'D5' | 'D4' | 'D3';
  seaTimeDays: number;
  bridgeWatchDays: number;
  daysAfterDiploma: number;
  hasAssessment: boolean;
  trainingProgramDays: number;
  tradeCertificate: 'matros' | 'fisker' | 'none';
};

const ALTERNATIVE_A: Alternative = {
  id: 'A',
  name: {
    nb: 'Alternativ A (36 måneders fartstid)',
    nn: 'Alternativ A (36 månaders fartstid)',
    en: 'Alternative A (36 months of sea time)',
  },
  requirements: [
    { fact: 'seaTimeDays', atLeast: 'deckAltAMinSeaTimeDays' },
    { fact: 'bridgeWatchDays', atLeast: 'deckAltAMinBridgeWatchDays' },
    { fact: 'daysAfterDiploma', atLeast: 'deckAltAMinDaysAfterDiploma' },
    {
      fact: 'hasAssessment',
      oneOf: [true],
      says: {
        nb: 'bedømmelse fra godkjent assessor',
        nn: 'bedømming frå godkjend assessor',
        en: 'assessment by an approved assessor',
      },
    },
  ],
};
const ALTERNATIVE_B: Alternative = {
  id: 'B',
  name: {
    nb: 'Alternativ B (12 måneder i godkjent opplæringsprogram)',
    nn: 'Alternativ B (12 månader i godkjent opplæringsprogram)',
    en: 'Alternative B (12 months in an approved training programme)',
  },
  requirements: [
    { fact: 'trainingProgramDays', atLeast: 'deckAltBMinTrainingDays' },
    { fact: 'daysAfterDiploma', atLeast: 'cadetMinDaysAfterDiploma' },
  ],
};
const ALTERNATIVE_C: Alternative = {
  id: 'C',
  name: {
    nb: 'Alternativ C (6 måneder i opplæringsprogram og fagbrev)',
    nn: 'Alternativ C (6 månader i opplæringsprogram og fagbrev)',
    en: 'Alternative C (6 months in a training programme and a trade certificate)',
  },
  requirements: [
    { fact: 'trainingProgramDays', atLeast: 'deckAltCMinTrainingDays' },
    {
      fact: 'tradeCertificate',
      oneOf: ['matros', 'fisker'],
      says: {
        nb: 'fagbrev som matros eller fisker',
        nn: 'fagbrev som matros eller fiskar',
        en: 'trade certificate as able seaman or fisher',
      },
    },
    { fact: 'daysAfterDiploma', atLeast: 'cadetMinDaysAfterDiploma' },
  ],
};

/** The order to ask in: the cadet routes first, as most first-time applicants are cadets. */
const ASK_ORDER: readonly (keyof Facts)[] = [
  'trainingProgramDays',
  'tradeCertificate',
  'daysAfterDiploma',
  'seaTimeDays',
  'bridgeWatchDays',
  'hasAssessment',
];

export const deckOfficerFirstIssue = defineRule<Facts>({
  id: 'deck-officer-first-issue',
  topic: 'deck.first-issue',
  topics: ['deck.first-issue', 'deck.cadet'],
  title: {
    nb: 'Fartstidskrav for første D5, D4 eller D3',
    nn: 'Fartstidskrav for første D5, D4 eller D3',
    en: 'Sea-time requirements for a first D5, D4 or D3',
  },
  summary: {
    nb: 'Avgjør om søkeren oppfyller ett av tre alternative fartstidskrav for første utstedelse av D5, D4 eller D3: (A) 36 måneder på sjøgående skip med største lengde 15 m eller mer, med 6 måneder brovakt, 30 dager etter vitnemål og bedømmelse; (B) 12 måneder i godkjent opplæringsprogram; (C) 6 måneder i opplæringsprogram og fagbrev som matros eller fisker. B og C gjelder ikke D5, og krever at 120 dager er opptjent etter endelig vitnemål.',
    nn: 'Avgjer om søkjaren oppfyller eitt av tre alternative fartstidskrav for første utskriving av D5, D4 eller D3: (A) 36 månader på sjøgåande skip med største lengde 15 m eller meir, med 6 månader bruvakt, 30 dagar etter vitnemålet og bedømming; (B) 12 månader i godkjent opplæringsprogram; (C) 6 månader i opplæringsprogram og fagbrev som matros eller fiskar. B og C gjeld ikkje D5, og krev at 120 dagar er opptente etter endeleg vitnemål.',
    en: 'Decides whether the applicant meets one of three alternative sea-time requirements for a first D5, D4 or D3: (A) 36 months on seagoing ships of LOA 15 m or more, with 6 months of bridge watch, 30 days after the diploma and an assessment; (B) 12 months in an approved training programme; (C) 6 months in a training programme plus a trade certificate as able seaman or fisher. B and C are not open for D5, and need 120 days earned after the final diploma.',
  },
  facts: [
    fact('certificate'),
    fact('trainingProgramDays'),
    fact('tradeCertificate'),
    fact('daysAfterDiploma'),
    fact('seaTimeDays'),
    fact('bridgeWatchDays'),
    fact('hasAssessment'),
  ],
  outcomes: ['meets', 'does-not-meet'],
  thresholds: [
    'deckAltAMinSeaTimeDays',
    'deckAltAMinBridgeWatchDays',
    'deckAltAMinDaysAfterDiploma',
    'deckAltBMinTrainingDays',
    'deckAltCMinTrainingDays',
    'cadetMinDaysAfterDiploma',
    'trainingMinLengthOverall',
  ],
  citations: [cite('sdirSeaTimeFaq'), cite('qualificationRegulations')],
  evaluate(f) {
    if (f.certificate === undefined) return { needs: missingOf(f, 'certificate', ...ASK_ORDER) };
    const alternatives = f.certificate === 'D5' ? [ALTERNATIVE_A] : [ALTERNATIVE_B, ALTERNATIVE_C, ALTERNATIVE_A];
    const check = checkAlternatives(f, alternatives, f.certificate === 'D5' ? ASK_ORDER.slice(2) : ASK_ORDER);
    const d5Note = {
      nb: 'For D5 finnes det i dag ikke godkjent systematisk opplæring, så bare alternativ A kan brukes.',
      nn: 'For D5 finst det i dag inga godkjend systematisk opplæring, så berre alternativ A kan brukast.',
      en: 'For D5 there is no approved systematic training today, so only alternative A can be used.',
    };
    if (check.status === 'open') return { needs: check.missing };
    if (check.status === 'met') {
      return {
        outcome: 'meets',
        values: { evaluated: f.certificate, alternative: check.alternative.id },
        reasons: [
          {
            nb: `${check.alternative.name.nb} er oppfylt.`,
            nn: `${check.alternative.name.nn} er oppfylt.`,
            en: `${check.alternative.name.en} is met.`,
          },
          ...check.reasons,
        ],
      };
    }
    return {
      outcome: 'does-not-meet',
      values: {
        evaluated: f.certificate,
        shortfalls: check.shortfalls,
        ...(check.notGiven.length > 0 ? { notGiven: check.notGiven } : {}),
      },
      reasons: [...(f.certificate === 'D5' ? [d5Note] : []), ...check.reasons],
    };
  },
});
