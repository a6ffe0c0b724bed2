/**
 * What round 10 found, and the open items of round 9 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«og tretti dagar?», «enn ni timar?» after 20 days at 12 hours ask the same with the number in words (nn)',
    locale: 'nn',
    turns: [
      say('kor mykje fartstid blir 20 dagar med 12 timar', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og tretti dagar?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 30, hoursPerDay: 12 } }),
      ),
      say(
        'enn ni timar?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 30, hoursPerDay: 9 } }),
      ),
    ],
  },
  {
    name: '"and twenty days?" after 60 days at 10 hours asks the same for 20 days (en)',
    locale: 'en',
    turns: [
      say('how much sea time is 60 days at 10 hours', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'and twenty days?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 20, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '"I-ISSC issued 05/06/2026 (american format, May 6)" is issued 6 May (en, round 9 W9)',
    locale: 'en',
    turns: [
      say(
        'I-ISSC issued 05/06/2026 (american format, May 6)',
        decides(
          'isps.interim',
          'issc-validity',
          'dates',
          { latestExpiry: '2026-11-06' },
          {
            facts: { issueDate: '2026-05-06' },
          },
        ),
      ),
    ],
  },
  {
    name: '"health certificate issued 12/01/2025 (that\'s December 1st)" is issued 1 December 2025 (en, round 9 W9)',
    locale: 'en',
    turns: [
      say(
        "health certificate issued 12/01/2025 (that's December 1st), I'm 30",
        decides(
          'health.certificate',
          'health-certificate',
          'valid',
          { validUntil: '2027-12-01' },
          {
            facts: { issueDate: '2025-12-01' },
          },
        ),
      ),
    ],
  },
  {
    // Round 40: a what-if about the age to come supposes it ("what if I turn 20?"), said as such
    // («Ved fylte 18 år:»), never the age now changed.
    name: '«hva om hun fyller 18 neste uke?» after a cook of 17 is not qualified: the case at 18, framed as the age to come (nb)',
    locale: 'nb',
    turns: [
      say(
        'kokken er 17 aar, har fagbrev, er hun kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
      say(
        'hva om hun fyller 18 neste uke?',
        asks('cook.qualification', 'hasRelevantEducation', {
          facts: { age: 18 },
          says: (l) => [texts(l).conversation.whatIfTurning(l === 'en' ? '18 years' : '18 år')],
        }),
      ),
    ],
  },
  {
    name: '«sonnen min (16) har faatt helseerklaering 3. november 2026» gives the age and the date of issue: valid a year (nb, round 9 L03)',
    locale: 'nb',
    turns: [
      say(
        'heisann. sonnen min (16) har faatt helseerklaering 3. november 2026 fra sjomannslegen. hvor lenge gjelder den? legen sa ingenting',
        decides(
          'health.certificate',
          'health-certificate',
          'valid',
          { validUntil: '2027-11-03' },
          {
            facts: { issueDate: '2026-11-03', ageAtIssue: 16 },
          },
        ),
      ),
    ],
  },
  {
    name: '"my son (17) starts as deckhand, his medical is from 01.10.2026" is under 18 at issue: valid a year (en)',
    locale: 'en',
    turns: [
      say(
        'my son (17) starts as deckhand, his medical is from 01.10.2026, valid how long?',
        decides(
          'health.certificate',
          'health-certificate',
          'valid',
          { validUntil: '2027-10-01' },
          {
            facts: { issueDate: '2026-10-01', ageAtIssue: 17 },
          },
        ),
      ),
    ],
  },
  {
    name: '"sorry I\'m actually 20 since last week" after a D6 master refused at 19 corrects the age to 20 (en, E10-W3c)',
    locale: 'en',
    turns: [
      say('D6 master on 22 m L boat?', { topic: 'd6.privileges' }),
      say("I'm 19", decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say("sorry I'm actually 20 since last week", { topic: 'd6.privileges', facts: { age: 20 } }),
    ],
  },
  {
    name: '"oh the doctor limited it to 1 year" after a health certificate valid to 2027 is the doctor\'s date: no longer valid (en, E10-W3b)',
    locale: 'en',
    turns: [
      say("health cert issued 10.01.2025, I'm 30", decides('health.certificate', 'health-certificate', 'valid')),
      say(
        'oh the doctor limited it to 1 year',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { expiryDate: '2026-01-10' },
        }),
      ),
    ],
  },
  {
    name: '"everything was reported electronically except the health certificate I uploaded" is an upload: manual processing (en, E10-W1)',
    locale: 'en',
    turns: [
      say(
        'why did my application go to manual processing? everything was reported electronically except the health certificate I uploaded',
        decides('aps.processing', 'aps-processing', 'manual', undefined, {
          facts: { uploadedDocuments: ['health-certificate'] },
        }),
      ),
    ],
  },
  ...(
    [
      [
        'what is the fee for applying for a minimum safe manning document with Sdir? and how long does it take',
        'E10-W2',
      ],
      ['how many cadets can one assessor follow on board at the same time?', 'E10-W5a'],
      ['our ship is in cold lay-up, do we still need to do the ISSC intermediate verification?', 'E10-W5b'],
    ] as const
  ).map(
    ([text, id]): Golden => ({
      name: `outside the sources, so the fallback: "${text}" (en, ${id})`,
      locale: 'en',
      turns: [say(text, { topic: 'fallback' })],
    }),
  ),
  ...(
    [
      ['kan kokken på ferga vår også være matros i sikkerhetsbemanningen?', 'N10-W4'],
      ['hvor mange timer hviletid må jeg ha i døgnet når vi går dagordning', 'N10-W5'],
      ['hvilke sjømannsleger i Tromsø kan utstede helseerklæring', 'N10-W6'],
      ['hva er kravet for å fornye D3 med førerrett når sertifikatet går ut neste år', 'N10-W7'],
      ['kan SSP-en sendes inn på engelsk til ISPS-inspektøren', 'N10-W8'],
      ['kan jeg bli ISPS-inspektør hos dere, hvilke krav?', 'N10-W9'],
      ['hvilke skoler tilbyr webcadet og kadettplass', 'N10-W10'],
    ] as const
  ).map(
    ([text, id]): Golden => ({
      name: `outside the sources, so the fallback: «${text}» (nb, ${id})`,
      locale: 'nb',
      turns: [say(text, { topic: 'fallback' })],
    }),
  ),
  {
    name: '«og hva med sikkerhetsplanen, må den godkjennes på nytt?» after a change of company is outside the sources (nb, N10-W11)',
    locale: 'nb',
    turns: [
      say('Vi overtar driften av MS Nordlys fra et annet rederi neste uke. Må ISSC leveres tilbake?', {
        topic: 'isps.invalid',
      }),
      say('og hva med sikkerhetsplanen, må den godkjennes på nytt?', { topic: 'fallback' }),
    ],
  },
  {
    name: '"issued 2 years ago today" is 5 December 2024, never today (en, E10-W10)',
    locale: 'en',
    turns: [
      say('is my health cert valid', asks('health.certificate', 'issueDate')),
      say('issued 2 years ago today', asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2024-11-22' } })),
    ],
  },
  {
    name: '"17 years old at the time" is the age at issue, never 16; "and if the doctor set only 6 months?" takes the doctor\'s date (en, E10-W6)',
    locale: 'en',
    turns: [
      say(
        'health: issued 30.06.2025, 17 years old at the time',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 17 } }),
      ),
      say(
        'and if the doctor set only 6 months?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { ageAtIssue: 17, expiryDate: '2025-12-30' },
        }),
      ),
    ],
  },
  {
    name: '«hva om legen ga den bare 6 måneder?» after a health certificate issued 1 October 2026 is valid to 1 April 2027 (nb)',
    locale: 'nb',
    turns: [
      say('helseerklæring utstedt 01.10.2026, jeg er 30', decides('health.certificate', 'health-certificate', 'valid')),
      say(
        'hva om legen ga den bare 6 måneder?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { expiryDate: '2027-04-01' },
        }),
      ),
    ],
  },
  {
    name: '"yes seagoing" while the trade certificate is asked says the ship is seagoing; the trade certificate is asked again, never taken as yes (en, E10-W4)',
    locale: 'en',
    turns: [
      say('matros certificate needed?', asks('ratings.matros', 'seagoing')),
      say("it's 480 GT", asks('ratings.matros', 'hasTradeCertificate')),
      say(
        'yes seagoing',
        asks('ratings.matros', 'hasTradeCertificate', { facts: { seagoing: true }, absent: ['hasTradeCertificate'] }),
      ),
    ],
  },
  {
    name: "«trettien måneder som smører» in a motorman check is time in the engine room, never the oiler's position (nb, N10-W15)",
    locale: 'nb',
    turns: [
      say('maskinpasser', asks('ratings.maskinpasser', 'monthsEngineService')),
      say('8 måneder', asks('ratings.maskinpasser', 'monthsMechanicalPractice')),
      say(
        'trettien måneder som smører',
        decides('ratings.maskinpasser', 'rating-requirements', 'uncertain', undefined, {
          facts: { position: 'maskinpasser', monthsEngineService: 31 },
        }),
      ),
    ],
  },
  {
    name: '"6 months engine, 30 months as smører" gives two engine times: asked, never decided on 6 months (en, E10-W9)',
    locale: 'en',
    turns: [
      say('maskinpasser: 6 months engine, 30 months as smører', asks('ratings.maskinpasser', 'monthsEngineService')),
    ],
  },
  {
    name: "«kor skal vi sende han?» after the STCW update is that update's own procedure, never the KS-0308 forms (nn, N10-W13)",
    locale: 'nn',
    turns: [
      say('vi har fått pålegg om å oppdatere bemanningssertifikatet etter STCW, kva må søknaden innehalde?', {
        topic: 'manning.stcw-update',
      }),
      say('kor skal vi sende han?', { topic: 'manning.stcw-update' }),
    ],
  },
  {
    name: '"and what ships can I then be master on?" after master rights on a D3 is that answer again, never the D6 rule (en, E10-W7)',
    locale: 'en',
    turns: [
      say(
        'master rights: got D3 first issue 2024, 12 months as OOW since, age 26',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
      say('and what ships can I then be master on?', decides('deck.master-rights', 'master-rights', 'eligible')),
    ],
  },
  ...(
    [
      ['ISPS: the ship is under 500 GT, do we need ISSC at all?', 'en', 'E10-W8'],
      ['we need a CSO, what qualifications must the CSO have?', 'en', 'E10-W8'],
      ['kor mange ISPS-inspektørar har Sdir?', 'nn', 'N10-W14'],
      ['kan sikkerheitsplanen sendast på e-post til inspektøren?', 'nn', 'N10-W16'],
    ] as const
  ).map(
    ([text, locale, id]): Golden => ({
      name: `outside the sources, so the fallback: "${text}" (${locale}, ${id})`,
      locale,
      turns: [say(text, { topic: 'fallback' })],
    }),
  ),
  {
    name: '"I didn\'t upload anything, all reported by the company and course centre" is nothing uploaded: never manual for courses (en, E10-W11)',
    locale: 'en',
    turns: [
      say(
        "I didn't upload anything, all reported by the company and course centre. automatic?",
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    name: '"all reported electronically, only my health certificate I uploaded as pdf" is an upload: manual (en, E10-W1)',
    locale: 'en',
    turns: [
      say(
        'will my application be automatic? all reported electronically, only my health certificate I uploaded as pdf',
        decides('aps.processing', 'aps-processing', 'manual'),
      ),
    ],
  },
  {
    name: '"12 months OOW but all on boats under 8 m" is no time on boats of LOA 8 m or more: asked, never a «Yes» (en, E10-W12)',
    locale: 'en',
    turns: [
      say(
        "D6 master on 20 m L cargo 100 GT liten kystfart, I'm 20 with 12 months OOW but all on boats under 8 m",
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch'),
      ),
    ],
  },
  {
    name: '"fagbrev yes" is a trade certificate: one year on deck, 10 months not met (en, E10-W13)',
    locale: 'en',
    turns: [
      say(
        'matros 300 GT: fagbrev yes, 10 months deck',
        decides('ratings.matros', 'matros', 'does-not-meet', undefined, { facts: { hasTradeCertificate: true } }),
      ),
    ],
  },
  {
    name: '"6 months engine, all of it in a workshop ashore" is no engine-room service on board: asked, never a «Yes» (en, E10-W14)',
    locale: 'en',
    turns: [
      say(
        'smører: 6 months engine, all of it in a workshop ashore, nothing on board',
        asks('ratings.smorer', 'monthsEngineService'),
      ),
    ],
  },
  {
    name: '"365 days webcadet but not on seagoing ships, only inland lake ferry" counts no training days: asked, never a «Yes» (en, E10-W15)',
    locale: 'en',
    turns: [
      say(
        'first D4 cadet: 365 days webcadet but not on seagoing ships, only inland lake ferry, 130 after diploma',
        asks('deck.cadet', 'trainingProgramDays'),
      ),
    ],
  },
  {
    name: '"D6 master …, but I don\'t have a valid health certificate": a D6 is not valid without one, never a «Yes» (en, E10-W16)',
    locale: 'en',
    turns: [
      say("D6 master on 13 m LOA cargo 30 GT liten kystfart, but I don't have a valid health certificate", {
        topic: 'health.certificate',
        says: (l) => [texts(l).topics['health.certificate'].answer],
      }),
    ],
  },
  {
    name: '"600 GT, seagoing? no it\'s only in fartsområde 2" is no seagoing ship: never "you need the certificate" (en, E10-W17)',
    locale: 'en',
    turns: [
      say("matros 600 GT, seagoing? no it's only in fartsområde 2 fjord ferry", {
        topic: 'ratings.matros',
        facts: { seagoing: false },
      }),
    ],
  },
  {
    name: "«når går det ut?» after an interim ISSC's dates gives those dates again, never the fallback (nb, N10)",
    locale: 'nb',
    turns: [
      say('I-ISSC utstedt 31.08.2026', decides('isps.interim', 'issc-validity', 'dates')),
      say('når går det ut?', decides('isps.interim', 'issc-validity', 'dates')),
    ],
  },
  {
    name: '«hva med godkjenningsbrevet?» after the electronic security plan is that answer: the original letter on board (nb, N10)',
    locale: 'nb',
    turns: [
      say('trenger vi sikkerhetsplanen på papir om bord?', { topic: 'isps.electronic-plan' }),
      say('hva med godkjenningsbrevet?', { topic: 'isps.electronic-plan' }),
    ],
  },
  {
    name: '«enn når jeg fyller 20 i januar?» after master rights refused at 19 supposes 20: yes then (nb, N10)',
    locale: 'nb',
    turns: [
      say(
        'min D5 ble utstedt uten førerrett, jeg er 19, har 15 mnd som styrmann etter',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'enn når jeg fyller 20 i januar?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«mellomliggjande verifikasjon» with both dates gives the window, never a menu of the two ISSC rules (nn, N10)',
    locale: 'nn',
    turns: [
      say(
        'skipet vårt har ISSC utskrive 10.03.2024 som går ut 10.03.2029. Når er vindauget for mellomliggjande verifikasjon?',
        decides('isps.verification-dates', 'issc-validity', 'dates'),
      ),
    ],
  },
  {
    name: '"the API gives error 401 when we report fartstid, who do we contact?" is the contact card with the API address (en, E10-W5d)',
    locale: 'en',
    turns: [
      say('the API gives error 401 when we report fartstid, who do we contact?', {
        topic: 'contact',
        says: (l) => [texts(l).topics.contact.answer],
      }),
    ],
  },
  {
    name: '"does time when the boat is moored and I work at the fish farm count as fartstid?" is what counts as sea time only, never the crew at the quay (en, E10-W5e)',
    locale: 'en',
    turns: [
      say('does time when the boat is moored and I work at the fish farm count as fartstid?', {
        topics: ['seatime.what-counts'],
      }),
    ],
  },
  {
    name: '"actually half of that time was as deckhand not OOW" after master rights on 12 months leaves 6: no (en, E10-W3a)',
    locale: 'en',
    turns: [
      say('I got D5 in Feb 2025, have 12 months as OOW since then, can I get master rights?', {
        topic: 'deck.master-rights',
      }),
      say("I'm 22", decides('deck.master-rights', 'master-rights', 'eligible')),
      say(
        'actually half of that time was as deckhand not OOW',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 6 },
        }),
      ),
    ],
  },
  {
    name: '«og bemanningssertifikatet?» after the ISSC on a change of flag is outside the sources, never "it has no expiry" (nb, N10-W3)',
    locale: 'nb',
    turns: [
      say('skipet skifter flagg til Malta neste måned, hva skjer med ISSC?', { topic: 'isps.invalid' }),
      say('og bemanningssertifikatet?', { topic: 'fallback' }),
    ],
  },
  {
    name: '"health cert issued 01.03.2025 at age 17" is 17 at issue: a year, expired (en, E10)',
    locale: 'en',
    turns: [
      say(
        'health cert issued 01.03.2025 at age 17',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 17 } }),
      ),
    ],
  },
  {
    name: '«7 mnd dekk» while other practice is asked corrects the deck time only, never 7 months of practice too (nb, N10-W2)',
    locale: 'nb',
    turns: [
      say('maskinpasser-lettmatros krav', asks('ratings.maskinpasser-lettmatros', 'monthsEngineService')),
      say('8 mnd maskin', asks('ratings.maskinpasser-lettmatros', 'monthsDeckService')),
      say('31 mnd', asks('ratings.maskinpasser-lettmatros', 'monthsMechanicalPractice')),
      say(
        '7 mnd dekk',
        asks('ratings.maskinpasser-lettmatros', 'monthsMechanicalPractice', {
          facts: { monthsDeckService: 7 },
          absent: ['monthsMechanicalPractice'],
        }),
      ),
    ],
  },
  {
    name: '"manning cert needed for our tug? flag is Malta" is a foreign ship: decided, never asks the flag (en, E10)',
    locale: 'en',
    turns: [
      say(
        'manning cert needed for our tug? flag is Malta',
        decides('manning.which-vessels', 'manning-certificate', 'not-norwegian', undefined, {
          facts: { flag: 'foreign' },
        }),
      ),
    ],
  },
  {
    name: '"does our 60 GT boat need a manning certificate? norwegian" takes the flag said alone after the question (en, E10)',
    locale: 'en',
    turns: [
      say('does our 60 GT boat need a manning certificate? norwegian', {
        topic: 'manning.which-vessels',
        facts: { flag: 'NO', grossTonnage: 60 },
      }),
    ],
  },
  {
    name: '"overstyrmann on 30 m supply boat 400 GT" and "40 GT cargo, liten kystfart" give the vessel type: never asked (en, E10)',
    locale: 'en',
    turns: [
      say('D6 holder want to be overstyrmann on 30 m supply boat 400 GT', {
        topic: 'd6.privileges',
        facts: { vesselType: 'cargo' },
      }),
    ],
  },
  {
    name: '"D6 master, boat 15 m LOA exactly, 40 GT cargo, liten kystfart" takes the type after the size (en, E10)',
    locale: 'en',
    turns: [
      say('D6 master, boat 15 m LOA exactly, 40 GT cargo, liten kystfart', {
        topic: 'd6.privileges',
        facts: { vesselType: 'cargo' },
      }),
    ],
  },
  {
    name: '"the cook on our ship is only 17, can he work as skipskokk?" gives the age: not qualified, under 18 (en, E10)',
    locale: 'en',
    turns: [
      say(
        'the cook on our ship is only 17, can he work as skipskokk?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '"the cook on our vessel is 17 years old, is that ok?" is the cook\'s qualification: no menu (en, E10)',
    locale: 'en',
    turns: [
      say(
        'the cook on our vessel is 17 years old, is that ok?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
  {
    name: '"I-ISSC was issued 10 Sept 2026, can it be extended …?" is the interim ISSC\'s answer: it cannot be extended (en, E10)',
    locale: 'en',
    turns: [
      say(
        'I-ISSC was issued 10 Sept 2026, can it be extended 3 months after expiry as we wait for the full verification?',
        decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2027-03-10' }),
      ),
    ],
  },
];

describe('round 10: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
