/**
 * What round 51 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first three were confident wrong answers on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import type { Locale } from '../../content/topic-ids.js';
import { answersTopic, asks, decides, type Expect, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«og om vi blir 10 neste år?» after a safe manning of 9: ten people next year, a cook required; never the decision for 9 again (nb/nn, round 51)',
    locale: 'nb',
    turns: [
      say('vi er 9 i sikkerhetsbemanninga, trengs kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'og om vi blir 10 neste år?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«neste år blir vi 12, kva då?» not read: the fallback, never the decision for 9 again (nb/nn, round 51)',
    locale: 'nb',
    turns: [
      say('vi er 9 i sikkerhetsbemanninga, trengs kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say('neste år blir vi 12, kva då?', answersTopic('fallback', { locale: 'nn' })),
    ],
  },
  {
    name: '«og om han ikkje hadde utdanning?» after a qualified cook with 12 in the safe manning: not qualified; never "the education meets the requirement" (nb/nn, round 51)',
    locale: 'nb',
    turns: [
      say(
        'kokken vår er 30, har restaurant- og matfag med bestått praktisk prøve, vi er 12 i sikkerhetsbemanninga. er han kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'og om han ikkje hadde utdanning?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, {
          facts: { hasRelevantEducation: false },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«og om vi går ned til 9 og han ikke har utdanning?»: both facts changed, the skills check asked (nb, round 51)',
    locale: 'nb',
    turns: [
      say(
        'kokk, vi har 11 i sikkerhetsbemanning, kokken er 19 og har restaurant og matfag med bestått praktisk prøve',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'og om vi går ned til 9 og han ikke har utdanning?',
        asks('cook.qualification', 'documentedSkillsCheck', { facts: { hasRelevantEducation: false } }),
      ),
    ],
  },
  {
    name: '«og kan han då ta med 8 turistar?» was a what-if: the next question (a manning certificate) is decided for the cargo ship the brønnbåt is, never for a boat with 12 or fewer passengers (nn, round 51)',
    locale: 'nn',
    turns: [
      say(
        'hei! eg har ein norsk brønnbåt, 460 bt, L 23 m, største lengde 25. skipperen har D6, er 31 og har 3 år som vaktoffiser. kan han føre båten?',
        asks('d6.privileges', 'tradingArea'),
      ),
      say('skipsførar', asks('d6.privileges', 'tradingArea')),
      say('kva med å gå i stor kystfart neste sommar?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say('og kan han då ta med 8 turistar?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'forresten, treng båten bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { vesselType: 'cargo', grossTonnage: 460 },
        }),
      ),
    ],
  },
  {
    name: 'mixed messages (oos51): pension, NAV benefit days and leave beside a sea-time sum, an ISPS watch beside the manning at the quay: each outside part said to be outside',
    locale: 'nb',
    turns: [
      say(
        'Har dere en regnemaskin for fartstid? 8 timer om dagen i 90 dager. Og hvor lenge kan jeg være borte fra jobb før NAV stopper dagpengene?',
        { topics: ['seatime.calculate', undefined, 'fallback'] },
      ),
      say('Korleis reknar eg om 600 timar til fartstidsdagar? Tel det i pensjonstrygda?', {
        topics: ['seatime.calculate', undefined, 'fallback'],
        locale: 'nn',
      }),
      say('Calculate sea time: 12 hours a day for 45 days. Then how many days of leave do I get?', {
        topics: ['seatime.calculate', undefined, 'fallback'],
        locale: 'en',
      }),
      say('Må alle stillingane vere om bord når vi ligg til kai? Må vi ha vakt for ISPS då?', {
        topics: ['manning.moored', undefined, 'fallback'],
        locale: 'nn',
      }),
    ],
  },
  {
    name: '"Convert 900 hours to sea time days please. Then what\'s that in vacation days owed to me?": the 900 hours calculated, never asked for days worked; the holiday said to be outside (en, oos51)',
    locale: 'en',
    turns: [
      say("Convert 900 hours to sea time days please. Then what's that in vacation days owed to me?", {
        topics: ['seatime.calculate', undefined, 'fallback'],
        ask: null,
        decision: { rule: 'sea-time', outcome: 'calculated' },
        facts: { totalHours: 900 },
      }),
    ],
  },
  {
    name: '«Kan jeg få innsyn i saksdokumentene i D6-søknaden min?»: access to case documents is outside, the fallback; never a menu (nb, oos51)',
    locale: 'nb',
    turns: [say('Kan jeg få innsyn i saksdokumentene i D6-søknaden min?', answersTopic('fallback'))],
  },
  {
    name: '"the combined motorman / ordinary seaman position": the combined position, never the ordinary seaman alone (en, oos51 control)',
    locale: 'en',
    turns: [
      say(
        'what is required for the combined motorman / ordinary seaman position',
        asks('ratings.maskinpasser-lettmatros', 'monthsEngineService'),
      ),
    ],
  },
  {
    name: 'a pasted e-mail (norsk51): «Kan hun være skipper?» read with the statements before it (Kari with D6, 22, a 14.9 m workboat), beside the manning certificate',
    locale: 'nb',
    turns: [
      say(
        'Fikk denne mailen fra en kunde: "Hei! Vi driver med havbruk og har en arbeidsbåt på 14,9 meter største lengde, 35 BT, som går i liten kystfart. Vår ansatte Kari har D6 og er 22 år. Kan hun være skipper? Og må båten ha bemanningssertifikat? Hilsen Per, daglig leder" Hva svarer jeg?',
        {
          topics: ['d6.privileges', 'manning.which-vessels', 'manning.which-vessels', 'manning.which-vessels'],
          ask: 'flag',
          decision: { rule: 'd6-privileges', outcome: 'allowed' },
        },
      ),
    ],
  },
  {
    name: 'a pasted e-mail (norsk51): the renewal verification «i mai 2027, nærmere bestemt 10.05.2027» is 10 May 2027, the new expiry 10 May 2032, beside the electronic plan',
    locale: 'nb',
    turns: [
      say(
        'Kunde skriver: «Hei, vi har et skip med ISSC som utløper 30.09.2027. Vi planlegger fornyelsesverifikasjon i mai 2027, nærmere bestemt 10.05.2027. Hvilken utløpsdato får vi da? Og kan vi ha sikringsplanen kun elektronisk om bord? mvh CSO Rederi AS»',
        {
          topics: ['isps.verification-dates', 'isps.electronic-plan', 'isps.electronic-plan'],
          ask: null,
          decision: { rule: 'issc-renewal', outcome: 'new-expiry', values: { newExpiry: '2032-05-10' } },
        },
      ),
    ],
  },
  {
    name: '«Kan du formulere et svar? «… kontrollromsoperatør på en borerigg uten egen fremdrift …»»: time on a unit without propulsion, never the first D3 flow (nb, round 51)',
    locale: 'nb',
    turns: [
      say(
        'Kan du formulere et svar? «Hei, jeg har vært kontrollromsoperatør på en borerigg uten egen fremdrift i 2 år. Kan jeg bruke den fartstiden til å søke D3? Mvh Terje»',
        answersTopic('seatime.mobile-units'),
      ),
    ],
  },
  {
    name: "«Kva skal eg svare her? «…»» before the e-mail: the e-mail's question answered, the request never said to be outside (nn, round 51)",
    locale: 'nn',
    turns: [
      say(
        'Kva skal eg svare her? «Hei, vi har søkt om ISPS verifikasjon via Altinn for to veker sidan for eit skip vi nettopp har kjøpt frå Tyskland. Verifikasjonen ønskjer vi 1. februar. Er det seint nok? Kva må vi sende til inspektøren?»',
        answersTopic('isps.process'),
      ),
    ],
  },
  {
    name: '«nei vent, det var 2024 ikkje i fjor» during a sea-time sum: a year, never 2,024 hours a day (nn, round 51)',
    locale: 'nn',
    turns: [
      say(
        'eg har jobba frå 1. mars i fjor til 31/8-25 på ein brønnbåt, 12 timar dagen. kor mykje fartstid er det?',
        asks('seatime.calculate', 'days'),
      ),
      say('nei vent, det var 2024 ikkje i fjor', asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 } })),
    ],
  },
  {
    name: 'facts said in the first message, never asked again (english51): "be mate", "11 crew in total on the safe manning", "150 days in webcadet after my final diploma", "no restaurant education"',
    locale: 'en',
    turns: [
      say("I'm D6 and want to know if i can be mate on a 150 GT workboat", {
        topic: 'd6.privileges',
        facts: { role: 'chief-mate' },
      }),
    ],
  },
  {
    name: '"do we need a proper cook on board if we are 11 crew in total on the safe manning?": 11 in the safe manning, a cook required; never asked (en, round 51)',
    locale: 'en',
    turns: [
      say(
        'do we need a proper cook on board if we are 11 crew in total on the safe manning?',
        decides('cook.required', 'ship-cook', 'required'),
      ),
    ],
  },
  {
    name: '"cadet here, I have 150 days in webcadet after my final diploma": the days after the diploma, never asked again (en, round 51)',
    locale: 'en',
    turns: [
      say('cadet here, I have 150 days in webcadet after my final diploma. can I apply for D4?', {
        topic: 'deck.cadet',
        facts: { daysAfterDiploma: 150 },
      }),
    ],
  },
  {
    name: '"passed practical test but no restaurant education … we are 12": not qualified, never the education asked (en, round 51)',
    locale: 'en',
    turns: [
      say(
        'can my 18 yr old with passed practical test but no restaurant education be cook, we are 12 on safe manning',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
];

/**
 * First messages the classifier missed (english51, norsk51), answered after the examples grew with
 * phrasings of the same kinds (written anew, never these messages).
 */
const FIRST_MESSAGES: [text: string, expect: Expect, locale: Locale][] = [
  ["what's required to be a greaser in the engine room", { topic: 'ratings.smorer' }, 'en'],
  ['hello, how long is a health cert good for?', { topic: 'health.certificate' }, 'en'],
  ['applied for D6 renewal, went to manual. why?', { topic: 'aps.processing' }, 'en'],
  [
    'seatime pls: from 1. mars 2025 to 31/8-25, 12 hrs/day, every day',
    decides('seatime.calculate', 'sea-time', 'calculated'),
    'en',
  ],
  ['D6 question, boat is 200 GT cargo', { topic: 'd6.privileges' }, 'en'],
  ['kan eg ta kadettida mi på ein båt under panama flagg', answersTopic('deck.foreign-cadet'), 'nn'],
  [
    'vi har kjøpt ein gammal sjark som vi skal bruke til turisttransport, tar med ca 20 pax om sommaren. må vi ha minimumsbemanning-papir fra dere?',
    { topic: 'manning.which-vessels' },
    'nb',
  ],
  [
    'me har kjøpt eit skip frå utlandet og skal ha det i norsk register. korleis får me ISSC?',
    answersTopic('isps.process'),
    'nn',
  ],
];

describe('Round 51, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
  for (const [text, expect, locale] of FIRST_MESSAGES)
    it(`first message «${text}» is answered, never the fallback (${locale}, round 51)`, () =>
      playGolden({ name: text, locale, turns: [say(text, expect)] }));
});
