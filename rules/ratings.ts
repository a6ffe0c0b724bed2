/**
 * Qualification requirements for ratings — kvalifikasjonsforskriften §§ 34, 77–80 (seed 003).
 *
 * - § 78 Ordinary seaman (lettmatros): six months of deck service.
 * - § 77 Motorman/oiler (smører): at least six months of engine-room service.
 * - § 80 Motormann without a certificate and without a trade certificate, and maskinpasser: at least
 *   six months of engine-room service and 30 months of service as in § 77.
 * - Maskinpasser-lettmatros: both the maskinpasser and the lettmatros requirements (seed 003).
 * - § 34 Able seaman (matros) on seagoing ships of 500 GT or more: able seaman certificate.
 * - § 79 Able seaman who need not hold that certificate: without a trade certificate, at least one
 *   year as ordinary seaman and two years of service as in § 78; with a trade certificate as able
 *   seaman, one year of deck service.
 *
 * Reading of §§ 79–80: the regulation states each minimum separately and does not say whether the
 * shorter period counts towards the longer one; each is checked on its own, as written. (Practical
 * training, vocational practice and relevant service on mobile units can count as service time,
 * §§ 77–78, and are counted in the months the user gives.)
 */
import { type RATING_POSITIONS, fact } from './facts.js';
import type { Requirement, RequirementsCheck } from './requirements.js';
import { checkRequirements } from './requirements.js';
import { defineRule, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

type RatingFacts = {
  position: (typeof RATING_POSITIONS)[number];
  monthsDeckService: number;
  monthsEngineService: number;
};

const LETTMATROS: readonly Requirement[] = [{ fact: 'monthsDeckService', atLeast: 'lettmatrosMinMonthsDeckService' }];
const SMORER: readonly Requirement[] = [{ fact: 'monthsEngineService', atLeast: 'smorerMinMonthsEngineService' }];
const MASKINPASSER: readonly Requirement[] = [
  { fact: 'monthsEngineService', atLeast: 'maskinpasserMinMonthsEngineService' },
  { fact: 'monthsEngineService', atLeast: 'maskinpasserMinMonthsServiceAsIn77' },
];
const REQUIREMENTS: Record<RatingFacts['position'], readonly Requirement[]> = {
  lettmatros: LETTMATROS,
  smorer: SMORER,
  maskinpasser: MASKINPASSER,
  'maskinpasser-lettmatros': [...MASKINPASSER, ...LETTMATROS],
};
const PARAGRAPHS: Record<RatingFacts['position'], string[]> = {
  lettmatros: ['§ 78'],
  smorer: ['§ 77'],
  maskinpasser: ['§ 80', '§ 77'],
  'maskinpasser-lettmatros': ['§ 78', '§ 80', '§ 77'],
};

export const ratingRequirements = defineRule<RatingFacts>({
  id: 'rating-requirements',
  topic: 'ratings.lettmatros',
  topics: ['ratings.lettmatros', 'ratings.smorer', 'ratings.maskinpasser', 'ratings.maskinpasser-lettmatros'],
  title: {
    nb: 'Kvalifikasjonskrav til lettmatros, smører og maskinpasser',
    nn: 'Kvalifikasjonskrav til lettmatros, smører og maskinpasser',
    en: 'Requirements for ordinary seaman, motorman/oiler and maskinpasser',
  },
  summary: {
    nb: 'Avgjør om tjenestetiden oppfyller kravet til stillingen: lettmatros 6 måneder på dekk (§ 78); smører 6 måneder i maskin (§ 77); maskinpasser (og motormann uten sertifikat og fagbrev) minst 6 måneder i maskin og 30 måneder tjenestetid som nevnt i § 77 (§ 80); maskinpasser-lettmatros begge deler.',
    nn: 'Avgjør om tjenestetiden oppfyller kravet til stillingen: lettmatros 6 måneder på dekk (§ 78); smører 6 måneder i maskin (§ 77); maskinpasser (og motormann uten sertifikat og fagbrev) minst 6 måneder i maskin og 30 måneder tjenestetid som nevnt i § 77 (§ 80); maskinpasser-lettmatros begge deler.',
    en: 'Decides whether the service time meets the requirement of the position: ordinary seaman 6 months on deck (§ 78); motorman/oiler 6 months in the engine room (§ 77); maskinpasser (and motorman without certificate or trade certificate) at least 6 months in the engine room and 30 months of service as in § 77 (§ 80); maskinpasser-lettmatros both.',
  },
  facts: [fact('ratingPosition'), fact('monthsDeckService'), fact('monthsEngineService')],
  outcomes: ['meets', 'does-not-meet'],
  thresholds: [
    'lettmatrosMinMonthsDeckService',
    'smorerMinMonthsEngineService',
    'maskinpasserMinMonthsEngineService',
    'maskinpasserMinMonthsServiceAsIn77',
  ],
  citations: [cite('qualificationRegulations', '§§ 77, 78 og 80'), cite('sdirManningFaq')],
  evaluate(f) {
    if (f.position === undefined) return need(f, 'position', 'monthsDeckService', 'monthsEngineService')!;
    const check = checkRequirements(f, REQUIREMENTS[f.position]);
    if (check.status === 'open') return { needs: check.missing };
    const citations = PARAGRAPHS[f.position].map((p) => cite('qualificationRegulations', p));
    return check.status === 'met'
      ? { outcome: 'meets', reasons: check.reasons, citations }
      : { outcome: 'does-not-meet', values: { shortfalls: check.shortfalls }, reasons: check.reasons, citations };
  },
});

const WITH_TRADE_CERTIFICATE: readonly Requirement[] = [
  { fact: 'monthsDeckService', atLeast: 'matrosTradeCertMinMonthsDeckService' },
];
const WITHOUT_TRADE_CERTIFICATE: readonly Requirement[] = [
  { fact: 'monthsAsOrdinarySeaman', atLeast: 'matrosMinMonthsAsOrdinarySeaman' },
  { fact: 'monthsDeckService', atLeast: 'matrosMinMonthsDeckService' },
];

/**
 * § 79 on partly known facts. Without knowing whether there is a trade certificate, a result both
 * routes agree on still decides (e.g. under 12 months on deck fails either way).
 */
function section79(f: Partial<MatrosFacts>): RequirementsCheck {
  if (f.hasTradeCertificate !== undefined)
    return checkRequirements(f, f.hasTradeCertificate ? WITH_TRADE_CERTIFICATE : WITHOUT_TRADE_CERTIFICATE);
  const withCert = checkRequirements(f, WITH_TRADE_CERTIFICATE);
  const without = checkRequirements(f, WITHOUT_TRADE_CERTIFICATE);
  if (withCert.status === 'failed' && without.status === 'failed') return without;
  if (withCert.status === 'met' && without.status === 'met') return without;
  const missing = [
    ...new Set([
      'hasTradeCertificate',
      ...(without.status === 'open' ? without.missing : []),
      ...(withCert.status === 'open' ? withCert.missing : []),
    ]),
  ];
  return { status: 'open', missing };
}

type MatrosFacts = {
  grossTonnage: number;
  seagoing: boolean;
  hasTradeCertificate: boolean;
  monthsAsOrdinarySeaman: number;
  monthsDeckService: number;
};

export const matros = defineRule<MatrosFacts>({
  id: 'matros',
  topic: 'ratings.matros',
  title: {
    nb: 'Kvalifikasjonskrav til matros',
    nn: 'Kvalifikasjonskrav til matros',
    en: 'Requirements for able seaman (matros)',
  },
  summary: {
    nb: 'Matros på sjøgående skip med bruttotonnasje 500 eller mer må ha ferdighetssertifikat matros (§ 34). Ellers gjelder § 79: uten fagbrev minst ett års tjenestetid som lettmatros og to års tjenestetid på dekk som nevnt i § 78; med fagbrev som matros ett års tjenestetid på dekk.',
    nn: 'Matros på sjøgående skip med bruttotonnasje 500 eller mer må ha ferdighetssertifikat matros (§ 34). Ellers gjelder § 79: uten fagbrev minst ett års tjenestetid som lettmatros og to års tjenestetid på dekk som nevnt i § 78; med fagbrev som matros ett års tjenestetid på dekk.',
    en: 'An able seaman on seagoing ships of 500 GT or more must hold an able seaman certificate (§ 34). Otherwise § 79 applies: without a trade certificate, at least one year as ordinary seaman and two years of deck service as in § 78; with a trade certificate as able seaman, one year of deck service.',
  },
  facts: [
    fact('seagoing'),
    fact('grossTonnage'),
    fact('hasTradeCertificate'),
    fact('monthsAsOrdinarySeaman'),
    fact('monthsDeckService'),
  ],
  outcomes: ['certificate-required', 'meets', 'does-not-meet'],
  thresholds: [
    'matrosCertificateMinGrossTonnage',
    'matrosMinMonthsAsOrdinarySeaman',
    'matrosMinMonthsDeckService',
    'matrosTradeCertMinMonthsDeckService',
  ],
  citations: [
    cite('qualificationRegulations', '§ 34'),
    cite('qualificationRegulations', '§ 79'),
    cite('sdirManningFaq'),
  ],
  evaluate(f) {
    const minGt = limit('matrosCertificateMinGrossTonnage');
    if (f.seagoing === true && f.grossTonnage !== undefined && f.grossTonnage >= minGt) {
      return {
        outcome: 'certificate-required',
        reasons: [
          {
            nb: `På sjøgående skip med bruttotonnasje ${num(minGt).nb} eller mer (her ${num(f.grossTonnage).nb} BT) skal matros ha ferdighetssertifikat matros.`,
            nn: `På sjøgående skip med bruttotonnasje ${num(minGt).nn} eller mer (her ${num(f.grossTonnage).nn} BT) skal matros ha ferdighetssertifikat matros.`,
            en: `On seagoing ships of ${num(minGt).en} GT or more (here ${num(f.grossTonnage).en} GT) an able seaman must hold an able seaman certificate.`,
          },
        ],
        citations: [cite('qualificationRegulations', '§ 34')],
      };
    }
    const rules79 = section79(f);
    const outside = f.seagoing === false || (f.grossTonnage !== undefined && f.grossTonnage < minGt);
    if (!outside) {
      const scope = need(f, 'seagoing', 'grossTonnage')?.needs ?? [];
      return { needs: [...scope, ...(rules79.status === 'open' ? rules79.missing : [])] };
    }
    if (rules79.status === 'open') return { needs: rules79.missing };
    const scopeReason = {
      nb: `Skipet er ikke et sjøgående skip med bruttotonnasje ${num(minGt).nb} eller mer, så kravene i § 79 gjelder.`,
      nn: `Skipet er ikke et sjøgående skip med bruttotonnasje ${num(minGt).nn} eller mer, så kravene i § 79 gjelder.`,
      en: `The ship is not a seagoing ship of ${num(minGt).en} GT or more, so the requirements of § 79 apply.`,
    };
    const citations = [cite('qualificationRegulations', '§ 79')];
    return rules79.status === 'met'
      ? { outcome: 'meets', reasons: [scopeReason, ...rules79.reasons], citations }
      : {
          outcome: 'does-not-meet',
          values: { shortfalls: rules79.shortfalls },
          reasons: [scopeReason, ...rules79.reasons],
          citations,
        };
  },
});
