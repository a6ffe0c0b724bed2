/**
 * Golden conversations through the real turn core: one table row per conversation, every rule
 * topic at least once, in bokmål and English. Each turn is checked on keys, never on sentences:
 * the topic of the messages, the fact asked (or that none is), the decision's rule, outcome and
 * selected values, and that the decision cites its sources.
 */
import { describe, expect, it } from 'vitest';
import { asks, decides, type Golden, pick, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

const GOLDEN: Golden[] = [
  {
    name: 'a Norwegian cargo boat of 45 GT needs no manning certificate (nb)',
    locale: 'nb',
    turns: [
      say('Trenger båten min bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      pick('answer:NO', asks('manning.which-vessels', 'vesselType')),
      say('lasteskip', asks('manning.which-vessels', 'grossTonnage')),
      say('45 BT', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'a Norwegian cargo ship of 45 GT needs no minimum safe manning document, answered in free text (en)',
    locale: 'en',
    turns: [
      say('Does my ship need a minimum safe manning document?', asks('manning.which-vessels', 'flag')),
      say('Norwegian', asks('manning.which-vessels', 'vesselType')),
      say('cargo ship', asks('manning.which-vessels', 'grossTonnage')),
      say('45 GT', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'a Norwegian fishing vessel named in the question is only asked its length (nb)',
    locale: 'nb',
    turns: [
      say('Trenger et norsk fiskefartøy bemanningssertifikat?', asks('manning.which-vessels', 'lengthL')),
      say('23,5 m', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'a Norwegian cargo ship of 300 GT in one question needs a manning certificate at once (en)',
    locale: 'en',
    turns: [
      say(
        'Does a Norwegian cargo ship of 300 GT need a manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
    ],
  },
  {
    name: '20 days at 12 hours is 46.92 sea-time days, asking nothing (en)',
    locale: 'en',
    turns: [
      say(
        'How much sea time for 20 days at 12 hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 240, seaTimeDays: 46.92 }),
      ),
    ],
  },
  {
    name: '20 dager à 12 timer gir 46,92 fartstidsdager (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hvor mye fartstid blir 20 dager à 12 timer?',
        decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 46.92 }),
      ),
    ],
  },
  {
    name: 'sea time asked step by step: days, then hours a day (en)',
    locale: 'en',
    turns: [
      say('Convert sea time for me', asks('seatime.calculate', 'days')),
      say('20', asks('seatime.calculate', 'hoursPerDay')),
      say('12', decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 46.92 })),
    ],
  },
  {
    name: "a safe manning of 6 needs no ship's cook (en)",
    locale: 'en',
    turns: [
      say("Do I need a ship's cook on board?", asks('cook.required', 'safetyManning')),
      say('6', decides('cook.required', 'ship-cook', 'not-required')),
    ],
  },
  {
    name: "a safe manning of 12 given in the question needs a ship's cook (nb)",
    locale: 'nb',
    turns: [
      say(
        'Trenger vi skipskokk om bord når sikkerhetsbemanningen er 12 personer?',
        decides('cook.required', 'ship-cook', 'required'),
      ),
    ],
  },
  {
    name: 'a 30-year-old cook with education and a practical test is qualified (nb)',
    locale: 'nb',
    turns: [
      say('Hvilke kvalifikasjoner må en skipskokk ha?', asks('cook.qualification', 'age')),
      say('30', asks('cook.qualification', 'hasRelevantEducation')),
      say('ja', asks('cook.qualification', 'passedPracticalTest')),
      say('ja', decides('cook.qualification', 'cook-qualification', 'qualified', { basis: 'education' })),
    ],
  },
  {
    name: 'a cook without education on a small crew qualifies by a documented skills check (en)',
    locale: 'en',
    turns: [
      say("Is my cook qualified to work as a ship's cook?", asks('cook.qualification', 'age')),
      say('25', asks('cook.qualification', 'hasRelevantEducation')),
      say('no', asks('cook.qualification', 'crewSize')),
      say('8', asks('cook.qualification', 'documentedSkillsCheck')),
      say('yes', decides('cook.qualification', 'cook-qualification', 'qualified', { basis: 'skills-check' })),
    ],
  },
  {
    name: 'D6 does not cover master on a fishing vessel (nb)',
    locale: 'nb',
    turns: [
      say('Kan jeg være skipsfører på en fiskebåt med D6?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
    ],
  },
  {
    name: 'D6 covers master on a small cargo ship in area 2 (en)',
    locale: 'en',
    turns: [
      say('May a D6 holder serve as master on a cargo ship?', asks('d6.privileges', 'grossTonnage')),
      say('50', asks('d6.privileges', 'tradingArea')),
      pick('answer:area-2', asks('d6.privileges', 'lengthOverall')),
      say('14 m', decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6' })),
    ],
  },
  {
    name: 'a complete sea-time confirmation signed by the company (nb)',
    locale: 'nb',
    turns: [
      say('Hva må en fartstidsbekreftelse inneholde?', asks('seatime.confirmation', 'targetCertificate')),
      pick('answer:D6', asks('seatime.confirmation', 'seafarerName')),
      say('Ola Nordmann', asks('seatime.confirmation', 'seafarerBirthDate')),
      say('1990-04-12', asks('seatime.confirmation', 'position')),
      say('skipsfører', asks('seatime.confirmation', 'periodFrom')),
      say('2026-01-01', asks('seatime.confirmation', 'periodTo')),
      say('2026-03-31', asks('seatime.confirmation', 'days')),
      say('60', asks('seatime.confirmation', 'hoursPerDay')),
      say('12', asks('seatime.confirmation', 'vesselName')),
      say('MS Fjordbris', asks('seatime.confirmation', 'callSign')),
      say('LABC', asks('seatime.confirmation', 'lengthOverall')),
      say('14', asks('seatime.confirmation', 'signerName')),
      say('Kari Hansen', asks('seatime.confirmation', 'signerRole')),
      pick('answer:company-representative', asks('seatime.confirmation', 'signerIsSeafarer')),
      say('nei', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
      pick('review:ok', decides('seatime.confirmation', 'sea-time-confirmation', 'complete')),
    ],
  },
  {
    name: 'a sea-time confirmation signed by the seafarer is not accepted, and English names keep English (en)',
    locale: 'en',
    turns: [
      say('Can you check my sea-time confirmation?', asks('seatime.confirmation', 'targetCertificate')),
      pick('answer:D6', asks('seatime.confirmation', 'seafarerName')),
      say('Ola Nordmann', asks('seatime.confirmation', 'seafarerBirthDate')),
      say('1990-04-12', asks('seatime.confirmation', 'position')),
      say('master', asks('seatime.confirmation', 'periodFrom')),
      say('2026-01-01', asks('seatime.confirmation', 'periodTo')),
      say('2026-03-31', asks('seatime.confirmation', 'days')),
      say('60', asks('seatime.confirmation', 'hoursPerDay')),
      say('12', asks('seatime.confirmation', 'vesselName')),
      say('MS Fjordbris', asks('seatime.confirmation', 'callSign')),
      say('LABC', asks('seatime.confirmation', 'lengthOverall')),
      say('14 m', asks('seatime.confirmation', 'signerName')),
      say(
        'Ola Nordmann',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
      ),
    ],
  },
  {
    name: 'a first D5 with 500 days of sea time falls short of alternative A (nb)',
    locale: 'nb',
    turns: [
      say('Hvor mye fartstid krever D5 første gang?', asks('deck.first-issue', 'daysAfterDiploma')),
      say('200', asks('deck.first-issue', 'seaTimeDays')),
      say('500', decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet')),
    ],
  },
  {
    name: 'a cadet with 400 training days, 130 of them after the diploma, meets alternative B for D4 (en)',
    locale: 'en',
    turns: [
      say('When can a cadet apply for the first certificate?', asks('deck.cadet', 'certificate')),
      say('D4', asks('deck.cadet', 'trainingProgramDays')),
      say('400', asks('deck.cadet', 'tradeCertificate')),
      pick('answer:none', asks('deck.cadet', 'daysAfterDiploma')),
      say('130', decides('deck.cadet', 'deck-officer-first-issue', 'meets', { alternative: 'B' })),
    ],
  },
  {
    name: 'a 30-year-old with 12 months as officer of the watch on D5 may get master rights (nb)',
    locale: 'nb',
    turns: [
      say('Har jeg seilingsrettigheter som skipsfører med D5?', asks('deck.master-rights', 'age')),
      say('30', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say('12', decides('deck.master-rights', 'master-rights', 'eligible')),
    ],
  },
  {
    name: 'six months as officer of the watch is not enough for master rights (en)',
    locale: 'en',
    turns: [
      say('Can I get master rights on my first D4?', asks('deck.master-rights', 'age')),
      say('30', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say('6', decides('deck.master-rights', 'master-rights', 'not-eligible')),
    ],
  },
  {
    name: 'an interim ISSC issued 1 June 2026 expires at the latest on 1 December 2026 (nb)',
    locale: 'nb',
    turns: [
      say('Hvor lenge gjelder et interim ISSC?', asks('isps.interim', 'issueDate')),
      say('1. juni 2026', decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2026-12-01' })),
    ],
  },
  {
    name: 'intermediate verification dates of a full ISSC, chosen among two calculations (en)',
    locale: 'en',
    turns: [
      say('When are the verification dates for our ISSC?', {
        topic: 'isps.verification-dates',
        ask: null,
        rules: ['rule:issc-validity', 'rule:issc-renewal'],
      }),
      pick('rule:issc-validity', asks('isps.verification-dates', 'certificateKind')),
      say('full', asks('isps.verification-dates', 'issueDate')),
      // The window comes from the expiry date printed on the certificate, never a guessed one.
      say('2026-01-15', asks('isps.verification-dates', 'expiryDate')),
      say(
        '2031-01-15',
        decides('isps.verification-dates', 'issc-validity', 'dates', {
          latestExpiry: '2031-01-15',
          intermediateFrom: '2028-01-15',
          intermediateTo: '2029-01-15',
        }),
      ),
    ],
  },
  {
    name: 'an ISSC renewed within three months of expiry keeps the old expiry as base, chosen among two calculations (nb)',
    locale: 'nb',
    turns: [
      say('Hvilke verifikasjonsdatoer gjelder for ISSC-en vår?', {
        topic: 'isps.verification-dates',
        ask: null,
        rules: ['rule:issc-validity', 'rule:issc-renewal'],
      }),
      pick('rule:issc-renewal', asks('isps.verification-dates', 'expiryDate')),
      // The window first (the date of the verification is not needed for it), then the date said.
      say(
        '2027-05-02',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', {
          windowStart: '2027-02-02',
          windowOnly: true,
        }),
      ),
      say('2027-03-01', decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-05-02' })),
    ],
  },
  {
    name: 'a question about the new expiry after renewal goes straight to the renewal calculation (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hvordan regner jeg ut ny utløpsdato for ISSC etter fornyelsesverifikasjon?',
        asks('isps.verification-dates', 'expiryDate'),
      ),
      say(
        '2027-05-02',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-05-02', windowOnly: true }),
      ),
      say('2027-03-01', decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-05-02' })),
    ],
  },
  {
    name: 'a health certificate issued at 30 in March 2025 is still valid (en)',
    locale: 'en',
    turns: [
      say('How long is my health certificate valid?', asks('health.certificate', 'issueDate')),
      say('2025-03-01', asks('health.certificate', 'ageAtIssue')),
      say(
        '30',
        decides('health.certificate', 'health-certificate', 'valid', {
          validUntil: expect.stringMatching(/^2027-0[23]-\d\d$/),
        }),
      ),
    ],
  },
  {
    name: 'a health certificate issued at 17 in March 2024 has expired (nb)',
    locale: 'nb',
    turns: [
      say('Hvor lenge gjelder helseerklæringen min?', asks('health.certificate', 'issueDate')),
      say('1. mars 2024', asks('health.certificate', 'ageAtIssue')),
      say(
        '17',
        decides('health.certificate', 'health-certificate', 'expired', {
          validUntil: expect.stringMatching(/^2025-0[23]-\d\d$/),
        }),
      ),
    ],
  },
  {
    name: 'uploaded sea time sends the application to manual processing (en)',
    locale: 'en',
    turns: [
      say('Why did my application go to manual processing?', asks('aps.processing', 'uploadedDocuments')),
      pick('answer:sea-time', decides('aps.processing', 'aps-processing', 'manual', { manualBecause: ['sea-time'] })),
    ],
  },
  {
    name: 'nothing uploaded by hand gives automatic processing (nb)',
    locale: 'nb',
    turns: [
      say('Blir søknaden min behandlet automatisk?', asks('aps.processing', 'uploadedDocuments')),
      pick('answer:none', decides('aps.processing', 'aps-processing', 'automatic')),
    ],
  },
  {
    name: 'an able seaman below 500 GT meets § 79 by service time (nb)',
    locale: 'nb',
    turns: [
      say('Trenger jeg ferdighetssertifikat som matros?', asks('ratings.matros', 'seagoing')),
      say('ja', asks('ratings.matros', 'grossTonnage')),
      say('300', asks('ratings.matros', 'hasTradeCertificate')),
      say('nei', asks('ratings.matros', 'monthsAsOrdinarySeaman')),
      say('14', asks('ratings.matros', 'monthsDeckService')),
      // 36 months on deck in all meet § 79 whether or not the lettmatros year counts towards the two years.
      say('36', decides('ratings.matros', 'matros', 'meets')),
    ],
  },
  {
    name: 'an able seaman on a seagoing ship of 600 GT needs the certificate (en)',
    locale: 'en',
    turns: [
      say('What are the requirements for an able seaman?', asks('ratings.matros', 'seagoing')),
      say('yes', asks('ratings.matros', 'grossTonnage')),
      say('600', decides('ratings.matros', 'matros', 'certificate-required')),
    ],
  },
  {
    name: 'eight months in the engine room meets the smører requirement (nb)',
    locale: 'nb',
    turns: [
      say('Hvilke krav gjelder for smører?', asks('ratings.smorer', 'monthsEngineService')),
      say('8', decides('ratings.smorer', 'rating-requirements', 'meets')),
    ],
  },
  {
    name: 'four months in the engine room falls short for an oiler (en)',
    locale: 'en',
    turns: [
      say('What are the requirements for a motorman/oiler (smører)?', asks('ratings.smorer', 'monthsEngineService')),
      // § 77 lets practice in mechanical trades count, so it is asked before any "no".
      say('4', asks('ratings.smorer', 'monthsMechanicalPractice')),
      say(
        '0',
        decides('ratings.smorer', 'rating-requirements', 'does-not-meet', {
          shortfalls: [{ fact: 'monthsEngineService', required: 6, actual: 4 }],
        }),
      ),
    ],
  },
  {
    name: 'the position asked about settles the topic: an ordinary seaman with seven months on deck (nb)',
    locale: 'nb',
    turns: [
      say('Hva kreves for å bli lettmatros?', asks('ratings.lettmatros', 'monthsDeckService')),
      say('7', decides('ratings.lettmatros', 'rating-requirements', 'meets')),
    ],
  },
];

describe('golden conversations through the turn core', () => {
  it('covers every rule at least once, in both languages', async () => {
    const { listRules } = await import('../../rules/index.js');
    const covered = new Set(
      GOLDEN.flatMap((g) => g.turns.flatMap((t) => (t.expect.decision ? [t.expect.decision.rule] : []))),
    );
    expect([...covered].sort()).toEqual(
      listRules()
        .map((r) => r.id)
        .sort(),
    );
    expect(new Set(GOLDEN.map((g) => g.locale))).toEqual(new Set(['nb', 'en']));
  });

  it.each(GOLDEN)('$name', playGolden);
});
