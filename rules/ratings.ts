/**
 * Qualification requirements for ratings — kvalifikasjonsforskriften §§ 77, 78 and 80 (seed 003).
 *
 * - § 78 Ordinary seaman (lettmatros): six months of deck service.
 * - § 77 Oiler (smører): at least six months of engine-room service.
 * - § 80 Motormann without a certificate and without a trade certificate, and maskinpasser: at
 *   least six months of engine-room service and 30 months of service as in § 77.
 * - Maskinpasser-lettmatros: both the maskinpasser and the lettmatros requirements (seed 003).
 *
 * §§ 77 and 78 add: "Praktisk opplæring, yrkespraksis i mekaniske fag, maritime fag eller relevant
 * tjeneste på flyttbare innretninger kan anses som tjenestetid." Such practice *may* count; Sdir
 * assesses it. So it is asked for (`monthsMechanicalPractice`) whenever the service on board alone
 * falls short, and an answer that rests on it is 'uncertain', never a flat yes or no.
 *
 * Reading of § 80: the six months "i maskin" are engine-room service proper (the practice sentence
 * belongs to § 77, whose service the 30 months refer to). The regulation does not say whether the
 * six months count towards the 30 or come on top of them (36 in all). Service that meets both
 * readings meets § 80; service that meets only the first is 'uncertain', with both readings given.
 */
import type { RATING_POSITIONS } from './facts.js';
import { fact } from './facts.js';
import type { Evaluation } from './rule.js';
import { defineRule, missingOf, num } from './rule.js';
import { cite } from './sources.js';
import type { ThresholdKey } from './thresholds.js';
import { THRESHOLDS, limit } from './thresholds.js';
import type { Citation, Text } from './types.js';

type Position = (typeof RATING_POSITIONS)[number];
type RatingFacts = {
  position: Position;
  monthsDeckService: number;
  monthsEngineService: number;
  monthsMechanicalPractice: number;
};

/** What a part of the requirements comes to on the facts known so far. */
export type PartResult =
  | { status: 'met'; reasons: Text[] }
  | { status: 'failed'; reasons: Text[]; shortfalls: { fact: string; required: number; actual: number }[] }
  | { status: 'uncertain'; reasons: Text[]; unsettled: string[] }
  | { status: 'open'; missing: string[] };

/** §§ 77–78: other practice may count as service time, as Sdir assesses it. */
export const PRACTICE_MAY_COUNT: Text = {
  nb: 'Praktisk opplæring, yrkespraksis i mekaniske eller maritime fag og relevant tjeneste på flyttbare innretninger kan regnes som tjenestetid, men det er Sjøfartsdirektoratet som vurderer om, og hvor mye av, praksisen din teller.',
  nn: 'Praktisk opplæring, yrkespraksis i mekaniske eller maritime fag og relevant teneste på flyttbare innretningar kan reknast som tenestetid, men det er Sjøfartsdirektoratet som vurderer om, og kor mykje av, praksisen din tel.',
  en: 'Practical training, vocational practice in mechanical or maritime trades and relevant service on mobile units can count as service time, but it is the Norwegian Maritime Authority that decides whether, and how much of, your practice counts.',
};

/** "7 måneder" / "7 månader" / "7 months". */
export const months = (n: number): Text => {
  const v = num(n);
  return { nb: `${v.nb} måneder`, nn: `${v.nn} månader`, en: `${v.en} months` };
};

/** A threshold in its own words, then what was given and whether it is met. */
export const described = (key: ThresholdKey, given: Text, met: boolean): Text => {
  const d = THRESHOLDS[key].description;
  return met
    ? {
        nb: `${d.nb}. Oppgitt: ${given.nb} – oppfylt.`,
        nn: `${d.nn}. Oppgitt: ${given.nn} – oppfylt.`,
        en: `${d.en}. Given: ${given.en} – met.`,
      }
    : {
        nb: `${d.nb}. Oppgitt: ${given.nb} – ikke oppfylt.`,
        nn: `${d.nn}. Oppgitt: ${given.nn} – ikkje oppfylt.`,
        en: `${d.en}. Given: ${given.en} – not met.`,
      };
};

/**
 * A minimum of service that §§ 77–78 practice may help reach: met by service on board alone;
 * otherwise the practice is asked for, and if service and practice together reach it, the answer is
 * 'uncertain' (Sdir assesses the practice).
 */
function serviceWithPractice(
  f: Partial<RatingFacts>,
  factId: 'monthsDeckService' | 'monthsEngineService',
  key: ThresholdKey,
): PartResult {
  const service = f[factId];
  if (service === undefined) return { status: 'open', missing: [factId] };
  const min = limit(key);
  if (service >= min) return { status: 'met', reasons: [described(key, months(service), true)] };
  const practice = f.monthsMechanicalPractice;
  if (practice === undefined) return { status: 'open', missing: ['monthsMechanicalPractice'] };
  const total = service + practice;
  if (total < min || practice === 0)
    return {
      status: 'failed',
      reasons: [described(key, months(service), false), ...(practice > 0 ? [withPractice(service, practice)] : [])],
      shortfalls: [{ fact: factId, required: min, actual: service }],
    };
  return {
    status: 'uncertain',
    unsettled: ['practice-may-count'],
    reasons: [described(key, months(service), false), withPractice(service, practice), PRACTICE_MAY_COUNT],
  };
}

const withPractice = (service: number, practice: number): Text => {
  const s = months(service);
  const p = months(practice);
  const t = months(service + practice);
  return {
    nb: `Med ${p.nb} annen praksis i tillegg til ${s.nb} om bord blir det ${t.nb} i alt.`,
    nn: `Med ${p.nn} anna praksis i tillegg til ${s.nn} om bord blir det ${t.nn} i alt.`,
    en: `With ${p.en} of other practice on top of ${s.en} on board, that is ${t.en} in all.`,
  };
};

/** § 80 for maskinpasser: six months in the engine room, and 30 months of § 77 service (or 36, read cumulatively). */
function section80(f: Partial<RatingFacts>): PartResult {
  const engine = f.monthsEngineService;
  if (engine === undefined) return { status: 'open', missing: ['monthsEngineService'] };
  const inEngine = limit('maskinpasserMinMonthsEngineService');
  const asIn77 = limit('maskinpasserMinMonthsServiceAsIn77');
  const cumulative = inEngine + asIn77;
  if (engine < inEngine)
    return {
      status: 'failed',
      reasons: [described('maskinpasserMinMonthsEngineService', months(engine), false)],
      shortfalls: [{ fact: 'monthsEngineService', required: inEngine, actual: engine }],
    };
  const sixMet = described('maskinpasserMinMonthsEngineService', months(engine), true);
  if (engine >= cumulative)
    return {
      status: 'met',
      reasons: [
        sixMet,
        described('maskinpasserMinMonthsServiceAsIn77', months(engine), true),
        {
          nb: `${months(engine).nb} i maskin dekker også de to periodene lagt sammen (${cumulative} måneder).`,
          nn: `${months(engine).nn} i maskin dekkjer òg dei to periodane lagde saman (${cumulative} månader).`,
          en: `${months(engine).en} in the engine room also cover the two periods added together (${cumulative} months).`,
        },
      ],
    };
  const twoReadings: Text = {
    nb: `Forskriften sier ikke om de seks månedene i maskin inngår i de 30 månedene, eller kommer i tillegg (${cumulative} måneder i alt). Med ${months(engine).nb} i maskin er kravet oppfylt etter den første lesemåten, men ikke etter den andre.`,
    nn: `Forskrifta seier ikkje om dei seks månadene i maskin går inn i dei 30 månadene, eller kjem i tillegg (${cumulative} månader i alt). Med ${months(engine).nn} i maskin er kravet oppfylt etter den første lesemåten, men ikkje etter den andre.`,
    en: `The regulation does not say whether the six months in the engine room are part of the 30 months or come on top of them (${cumulative} months in all). With ${months(engine).en} in the engine room the requirement is met on the first reading but not on the second.`,
  };
  if (engine >= asIn77)
    return {
      status: 'uncertain',
      unsettled: ['periods-may-add-up'],
      reasons: [sixMet, described('maskinpasserMinMonthsServiceAsIn77', months(engine), true), twoReadings],
    };
  const practice = f.monthsMechanicalPractice;
  if (practice === undefined) return { status: 'open', missing: ['monthsMechanicalPractice'] };
  if (practice === 0 || engine + practice < asIn77)
    return {
      status: 'failed',
      reasons: [
        sixMet,
        described('maskinpasserMinMonthsServiceAsIn77', months(engine), false),
        ...(practice > 0 ? [withPractice(engine, practice)] : []),
      ],
      shortfalls: [{ fact: 'monthsEngineService', required: asIn77, actual: engine }],
    };
  return {
    status: 'uncertain',
    unsettled: ['practice-may-count', ...(engine + practice < cumulative ? ['periods-may-add-up'] : [])],
    reasons: [
      sixMet,
      described('maskinpasserMinMonthsServiceAsIn77', months(engine), false),
      withPractice(engine, practice),
      PRACTICE_MAY_COUNT,
      ...(engine + practice < cumulative ? [twoReadings] : []),
    ],
  };
}

const PARTS: Record<Position, readonly ((f: Partial<RatingFacts>) => PartResult)[]> = {
  lettmatros: [(f) => serviceWithPractice(f, 'monthsDeckService', 'lettmatrosMinMonthsDeckService')],
  smorer: [(f) => serviceWithPractice(f, 'monthsEngineService', 'smorerMinMonthsEngineService')],
  maskinpasser: [section80],
  'maskinpasser-lettmatros': [
    section80,
    (f) => serviceWithPractice(f, 'monthsDeckService', 'lettmatrosMinMonthsDeckService'),
  ],
};
const PARAGRAPHS: Record<Position, string[]> = {
  lettmatros: ['§ 78'],
  smorer: ['§ 77'],
  maskinpasser: ['§ 80', '§ 77'],
  'maskinpasser-lettmatros': ['§ 78', '§ 80', '§ 77'],
};

/**
 * Combine the parts of a position: one failed part fails it; all met meets it; otherwise the open
 * parts are asked (service first, practice last), and what remains is 'uncertain'.
 */
export function combineParts(
  results: readonly PartResult[],
  evaluated: string,
  citations: Citation[],
  order: readonly string[],
): Evaluation {
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length > 0)
    return {
      outcome: 'does-not-meet',
      values: { evaluated, shortfalls: failed.flatMap((r) => r.shortfalls) },
      reasons: failed.flatMap((r) => r.reasons),
      citations,
    };
  const open = results.flatMap((r) => (r.status === 'open' ? r.missing : []));
  if (open.length > 0) return { needs: order.filter((id) => open.includes(id)) };
  const uncertain = results.filter((r) => r.status === 'uncertain');
  if (uncertain.length > 0)
    return {
      outcome: 'uncertain',
      values: { evaluated, unsettled: [...new Set(uncertain.flatMap((r) => r.unsettled))] },
      reasons: [
        ...results.flatMap((r) => (r.status === 'met' || r.status === 'uncertain' ? r.reasons : [])),
        CONTACT_SDIR,
      ],
      citations,
    };
  return {
    outcome: 'meets',
    values: { evaluated },
    reasons: results.flatMap((r) => (r.status === 'met' ? r.reasons : [])),
    citations,
  };
}

/** The closing line of every 'uncertain' answer. */
export const CONTACT_SDIR: Text = {
  nb: 'Kontakt Sjøfartsdirektoratet for en sikker vurdering.',
  nn: 'Kontakt Sjøfartsdirektoratet for ei sikker vurdering.',
  en: 'Contact the Norwegian Maritime Authority for a reliable assessment.',
};

const ASK_ORDER = ['monthsEngineService', 'monthsDeckService', 'monthsMechanicalPractice'] as const;

export const ratingRequirements = defineRule<RatingFacts>({
  id: 'rating-requirements',
  topic: 'ratings.lettmatros',
  topics: ['ratings.lettmatros', 'ratings.smorer', 'ratings.maskinpasser', 'ratings.maskinpasser-lettmatros'],
  title: {
    nb: 'Kvalifikasjonskrav til lettmatros, smører og maskinpasser',
    nn: 'Kvalifikasjonskrav til lettmatros, smørjar og maskinpassar',
    en: 'Requirements for ordinary seaman, oiler and maskinpasser',
  },
  summary: {
    nb: 'Avgjør om tjenestetiden oppfyller kravet til stillingen: lettmatros 6 måneder på dekk (§ 78); smører 6 måneder i maskin (§ 77); maskinpasser (og motormann uten sertifikat og fagbrev) minst 6 måneder i maskin og 30 måneders tjenestetid som nevnt i § 77 (§ 80); maskinpasser-lettmatros begge deler. Annen praksis som §§ 77–78 sier kan regnes som tjenestetid, vurderer Sjøfartsdirektoratet; et svar som hviler på den, er usikkert. Om de 6 og de 30 månedene i § 80 skal legges sammen, sier ikke forskriften; da er svaret også usikkert.',
    nn: 'Avgjer om tenestetida oppfyller kravet til stillinga: lettmatros 6 månader på dekk (§ 78); smørjar 6 månader i maskin (§ 77); maskinpassar (og motormann utan sertifikat og fagbrev) minst 6 månader i maskin og 30 månaders tenestetid som nemnd i § 77 (§ 80); maskinpassar-lettmatros begge delar. Anna praksis som §§ 77–78 seier kan reknast som tenestetid, vurderer Sjøfartsdirektoratet; eit svar som kviler på ho, er usikkert. Om dei 6 og dei 30 månadene i § 80 skal leggjast saman, seier ikkje forskrifta; då er svaret òg usikkert.',
    en: 'Decides whether the service time meets the requirement of the position: ordinary seaman 6 months on deck (§ 78); oiler 6 months in the engine room (§ 77); maskinpasser (and motorman without certificate or trade certificate) at least 6 months in the engine room and 30 months of service as in § 77 (§ 80); maskinpasser-lettmatros both. Other practice that §§ 77–78 say can count as service time is assessed by the Authority; an answer that rests on it is uncertain. The regulation does not say whether the 6 and the 30 months of § 80 add up; where that matters, the answer is uncertain too.',
  },
  facts: [
    fact('ratingPosition'),
    fact('monthsDeckService'),
    fact('monthsEngineService'),
    fact('monthsMechanicalPractice', { optional: true }),
  ],
  outcomes: ['meets', 'does-not-meet', 'uncertain'],
  thresholds: [
    'lettmatrosMinMonthsDeckService',
    'smorerMinMonthsEngineService',
    'maskinpasserMinMonthsEngineService',
    'maskinpasserMinMonthsServiceAsIn77',
  ],
  citations: [cite('qualificationRegulations', '§§ 77, 78 og 80'), cite('sdirManningFaq')],
  evaluate(f) {
    if (f.position === undefined)
      return { needs: missingOf(f, 'position', 'monthsDeckService', 'monthsEngineService') };
    const position = f.position;
    const citations = PARAGRAPHS[position].map((p) => cite('qualificationRegulations', p));
    return combineParts(
      PARTS[position].map((part) => part(f)),
      position,
      citations,
      ASK_ORDER,
    );
  },
});
