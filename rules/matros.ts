/**
 * Qualification requirements for an able seaman (matros) — kvalifikasjonsforskriften §§ 34 and 79
 * (seed 003).
 *
 * - § 34: an able seaman on a seagoing ship of 500 GT or more must hold an able seaman certificate.
 * - § 79, for an able seaman who need not hold that certificate: without a trade certificate, at
 *   least one year as ordinary seaman (lettmatros) and two years of service as in § 78; "Tjenestetid
 *   i stilling som inkluderer dekkstjeneste eller relevant tjeneste på flyttbar innretning kan
 *   erstatte tjenestetid som lettmatros"; with a trade certificate as able seaman, one year on deck.
 *
 * Readings (all listed under "Readings to review" in the rulebook):
 * - `monthsDeckService` is all deck service, the time as ordinary seaman included (the question
 *   says so); a smaller figure than the months as ordinary seaman is read as that figure.
 * - The regulation does not say whether the year as ordinary seaman counts towards the two years
 *   or comes on top of them (three years in all). Service that meets both readings meets § 79;
 *   service that meets only the first is 'uncertain', with both readings given.
 * - Under a year as ordinary seaman, other deck service *may* replace the rest ("kan erstatte"):
 *   with enough deck service in all the answer is 'uncertain', not "no".
 * - "Tjenestetid som nevnt i § 78" may include practical training and trade practice (§ 78, second
 *   sentence), which Sdir assesses: a "no" says so.
 */
import { fact } from './facts.js';
import type { PartResult } from './ratings.js';
import { CONTACT_SDIR, described, months } from './ratings.js';
import { defineRule, missingOf, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type MatrosFacts = {
  grossTonnage: number;
  seagoing: boolean;
  hasTradeCertificate: boolean;
  monthsAsOrdinarySeaman: number;
  monthsDeckService: number;
  tradingArea: string;
};

const SECTION_78_PRACTICE: Text = {
  nb: 'Tjenestetid som nevnt i § 78 kan også være praktisk opplæring, yrkespraksis i mekaniske eller maritime fag eller relevant tjeneste på flyttbare innretninger. Har du slik praksis som ikke er regnet med her, kan Sjøfartsdirektoratet vurdere om den teller.',
  nn: 'Tenestetid som nemnd i § 78 kan òg vere praktisk opplæring, yrkespraksis i mekaniske eller maritime fag eller relevant teneste på flyttbare innretningar. Har du slik praksis som ikkje er rekna med her, kan Sjøfartsdirektoratet vurdere om ho tel.',
  en: 'Service as in § 78 can also be practical training, vocational practice in mechanical or maritime trades or relevant service on mobile units. If you have such practice that is not counted here, the Norwegian Maritime Authority can assess whether it counts.',
};

/** § 79 with a trade certificate as able seaman: one year of deck service. */
function withTradeCertificate(f: Partial<MatrosFacts>): PartResult {
  const deck = f.monthsDeckService;
  if (deck === undefined) return { status: 'open', missing: ['monthsDeckService'] };
  const min = limit('matrosTradeCertMinMonthsDeckService');
  return deck >= min
    ? { status: 'met', reasons: [described('matrosTradeCertMinMonthsDeckService', months(deck), true)] }
    : {
        status: 'failed',
        reasons: [described('matrosTradeCertMinMonthsDeckService', months(deck), false)],
        shortfalls: [{ fact: 'monthsDeckService', required: min, actual: deck }],
      };
}

/** § 79 without a trade certificate: a year as ordinary seaman and two years as in § 78. */
function withoutTradeCertificate(f: Partial<MatrosFacts>): PartResult {
  if (f.monthsDeckService === undefined)
    return { status: 'open', missing: missingOf(f, 'monthsAsOrdinarySeaman', 'monthsDeckService') };
  const asOrdinary = f.monthsAsOrdinarySeaman;
  // Deck service in all includes the time as ordinary seaman, so it is never less than that.
  const deck = Math.max(f.monthsDeckService, asOrdinary ?? 0);
  const minOrdinary = limit('matrosMinMonthsAsOrdinarySeaman');
  const minDeck = limit('matrosMinMonthsDeckService');
  const cumulative = minOrdinary + minDeck;
  if (deck < minDeck)
    return {
      status: 'failed',
      reasons: [described('matrosMinMonthsDeckService', months(deck), false), SECTION_78_PRACTICE],
      shortfalls: [{ fact: 'monthsDeckService', required: minDeck, actual: deck }],
    };
  if (asOrdinary === undefined) return { status: 'open', missing: ['monthsAsOrdinarySeaman'] };
  const deckMet = described('matrosMinMonthsDeckService', months(deck), true);
  const twoReadings: Text = {
    nb: `Forskriften sier ikke om året som lettmatros inngår i de to årene, eller kommer i tillegg (${cumulative} måneder i alt). Med ${months(deck).nb} på dekk i alt er kravet oppfylt etter den første lesemåten, men ikke etter den andre.`,
    nn: `Forskrifta seier ikkje om året som lettmatros går inn i dei to åra, eller kjem i tillegg (${cumulative} månader i alt). Med ${months(deck).nn} på dekk i alt er kravet oppfylt etter den første lesemåten, men ikkje etter den andre.`,
    en: `The regulation does not say whether the year as ordinary seaman is part of the two years or comes on top of them (${cumulative} months in all). With ${months(deck).en} on deck in all the requirement is met on the first reading but not on the second.`,
  };
  const addsUp = deck >= cumulative;
  if (asOrdinary >= minOrdinary) {
    const ordinaryMet = described('matrosMinMonthsAsOrdinarySeaman', months(asOrdinary), true);
    return addsUp
      ? {
          status: 'met',
          reasons: [
            ordinaryMet,
            deckMet,
            {
              nb: `${months(deck).nb} på dekk i alt dekker også de to periodene lagt sammen (${cumulative} måneder).`,
              nn: `${months(deck).nn} på dekk i alt dekkjer òg dei to periodane lagde saman (${cumulative} månader).`,
              en: `${months(deck).en} on deck in all also cover the two periods added together (${cumulative} months).`,
            },
          ],
        }
      : { status: 'uncertain', unsettled: ['periods-may-add-up'], reasons: [ordinaryMet, deckMet, twoReadings] };
  }
  return {
    status: 'uncertain',
    unsettled: ['deck-service-may-replace-ordinary-seaman', ...(addsUp ? [] : ['periods-may-add-up'])],
    reasons: [
      described('matrosMinMonthsAsOrdinarySeaman', months(asOrdinary), false),
      {
        nb: 'Tjenestetid i en stilling som omfatter dekkstjeneste, eller relevant tjeneste på flyttbar innretning, kan erstatte tjenestetid som lettmatros (§ 79). Om, og hvor mye av, din øvrige dekkstjeneste som godtas i stedet, vurderer Sjøfartsdirektoratet.',
        nn: 'Tenestetid i ei stilling som omfattar dekksteneste, eller relevant teneste på flyttbar innretning, kan erstatte tenestetid som lettmatros (§ 79). Om, og kor mykje av, den andre dekkstenesta di som blir godteken i staden, vurderer Sjøfartsdirektoratet.',
        en: 'Service in a position that includes deck service, or relevant service on a mobile unit, can replace service as ordinary seaman (§ 79). Whether, and how much of, your other deck service is accepted instead is for the Norwegian Maritime Authority to assess.',
      },
      deckMet,
      ...(addsUp ? [] : [twoReadings]),
    ],
  };
}

/** § 79 on partly known facts: without knowing of a trade certificate, a result both routes agree on still decides. */
function section79(f: Partial<MatrosFacts>): PartResult {
  if (f.hasTradeCertificate !== undefined)
    return f.hasTradeCertificate ? withTradeCertificate(f) : withoutTradeCertificate(f);
  const withCert = withTradeCertificate(f);
  const without = withoutTradeCertificate(f);
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

/**
 * The trading areas in which the manning certificate states no certificate requirement for the
 * position, so § 34 does not apply (seed 003: «Hvis fartøyet har fartsområde 2 eller mindre, eller
 * har en bruttotonnasje under 500, vil det ikke være oppgitt sertifikatkrav knyttet til stillingen på
 * bemanningssertifikatet»). Understanding reads a ship in them as not seagoing for this rule.
 */
export const NO_CERTIFICATE_TRADING_AREAS: readonly string[] = ['area-1', 'area-2'];

export const matros = defineRule<MatrosFacts>({
  id: 'matros',
  topic: 'ratings.matros',
  title: {
    nb: 'Kvalifikasjonskrav til matros',
    nn: 'Kvalifikasjonskrav til matros',
    en: 'Requirements for able seaman (matros)',
  },
  summary: {
    nb: 'Matros på sjøgående skip med bruttotonnasje 500 eller mer må ha ferdighetssertifikat matros (§ 34). Ellers gjelder § 79: uten fagbrev minst ett års tjenestetid som lettmatros og to års tjenestetid som nevnt i § 78; med fagbrev som matros ett års tjenestetid på dekk. Forskriften sier ikke om året som lettmatros inngår i de to årene; der det avgjør svaret, er svaret usikkert. Det samme gjelder når annen dekkstjeneste må erstatte tid som lettmatros.',
    nn: 'Matros på sjøgåande skip med bruttotonnasje 500 eller meir må ha ferdigheitssertifikat matros (§ 34). Elles gjeld § 79: utan fagbrev minst eitt års tenestetid som lettmatros og to års tenestetid som nemnd i § 78; med fagbrev som matros eitt års tenestetid på dekk. Forskrifta seier ikkje om året som lettmatros går inn i dei to åra; der det avgjer svaret, er svaret usikkert. Det same gjeld når anna dekksteneste må erstatte tid som lettmatros.',
    en: 'An able seaman on seagoing ships of 500 GT or more must hold an able seaman certificate (§ 34). Otherwise § 79 applies: without a trade certificate, at least one year as ordinary seaman and two years of service as in § 78; with a trade certificate as able seaman, one year of deck service. The regulation does not say whether the year as ordinary seaman is part of the two years; where that decides the answer, the answer is uncertain. So it is when other deck service must replace time as ordinary seaman.',
  },
  facts: [
    fact('seagoing'),
    fact('grossTonnage'),
    fact('hasTradeCertificate'),
    fact('monthsAsOrdinarySeaman'),
    fact('monthsDeckService'),
    fact('tradingArea', { optional: true }),
  ],
  outcomes: ['certificate-required', 'meets', 'does-not-meet', 'uncertain'],
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
    const m = num(minGt);
    // Trading area 2 or lower: the manning certificate states no certificate requirement for the
    // position (seed 003), seagoing or not.
    const lowArea = f.tradingArea !== undefined && NO_CERTIFICATE_TRADING_AREAS.includes(f.tradingArea);
    if (!lowArea && f.seagoing === true && f.grossTonnage !== undefined && f.grossTonnage >= minGt) {
      const gt = num(f.grossTonnage);
      return {
        outcome: 'certificate-required',
        values: { evaluated: 'matros' },
        reasons: [
          {
            nb: `På sjøgående skip med bruttotonnasje ${m.nb} eller mer (her ${gt.nb} BT) skal matros ha ferdighetssertifikat matros.`,
            nn: `På sjøgåande skip med bruttotonnasje ${m.nn} eller meir (her ${gt.nn} BT) skal matros ha ferdigheitssertifikat matros.`,
            en: `On seagoing ships of ${m.en} GT or more (here ${gt.en} GT) an able seaman must hold an able seaman certificate.`,
          },
        ],
        citations: [cite('qualificationRegulations', '§ 34')],
      };
    }
    const rules79 = section79(f);
    const outside = lowArea || f.seagoing === false || (f.grossTonnage !== undefined && f.grossTonnage < minGt);
    if (!outside)
      return {
        needs: [...missingOf(f, 'seagoing', 'grossTonnage'), ...(rules79.status === 'open' ? rules79.missing : [])],
      };
    if (rules79.status === 'open') return { needs: rules79.missing };
    const scopeReason: Text = lowArea
      ? {
          nb: 'Med fartsområde 2 eller lavere står det ikke noe sertifikatkrav for stillingen i bemanningssertifikatet, så kravene i § 79 gjelder.',
          nn: 'Med fartsområde 2 eller lågare står det ikkje noko sertifikatkrav for stillinga i bemanningssertifikatet, så krava i § 79 gjeld.',
          en: 'In trading area 2 or lower the manning certificate states no certificate requirement for the position, so the requirements of § 79 apply.',
        }
      : {
          nb: `Skipet er ikke et sjøgående skip med bruttotonnasje ${m.nb} eller mer, så kravene i § 79 gjelder.`,
          nn: `Skipet er ikkje eit sjøgåande skip med bruttotonnasje ${m.nn} eller meir, så krava i § 79 gjeld.`,
          en: `The ship is not a seagoing ship of ${m.en} GT or more, so the requirements of § 79 apply.`,
        };
    const citations = [cite('qualificationRegulations', '§ 79'), cite('qualificationRegulations', '§ 78')];
    switch (rules79.status) {
      case 'met':
        return {
          outcome: 'meets',
          values: { evaluated: 'matros' },
          reasons: [scopeReason, ...rules79.reasons],
          citations,
        };
      case 'failed':
        return {
          outcome: 'does-not-meet',
          values: { evaluated: 'matros', shortfalls: rules79.shortfalls },
          reasons: [scopeReason, ...rules79.reasons],
          citations,
        };
      case 'uncertain':
        return {
          outcome: 'uncertain',
          values: { evaluated: 'matros', unsettled: rules79.unsettled },
          reasons: [scopeReason, ...rules79.reasons, CONTACT_SDIR],
          citations,
        };
    }
  },
});
