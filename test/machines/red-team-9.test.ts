/**
 * What round 9 found, played through the real turn core after the fix.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  ...(
    [
      ['maa vi levere tilbake bemanningssertifikatet naar skipet selges til utlandet?', 'nb'],
      ['Kor lang tid tek det å få svar på ein klage på fartstida?', 'nn'],
      ['skal det vaere CSO-kurs for den som begjarer verifikasjon i Altinn? hvilket kurs', 'nb'],
      ['hvor lenge maa rederiet oppbevare fartstidsattester?', 'nb'],
      ['trenger jeg helseerklaering for aa soke D5?', 'nb'],
      ['Går fartstida mi ut på dato? Eg har fartstid frå 2012 som eg vil bruke til D5.', 'nn'],
      ['kan fartstidsbekreftelsen signeres digitalt med BankID?', 'nb'],
      ['hvor lang tid tar det foer fartstida rederiet har rapportert dukker opp paa min side sjofolk?', 'nb'],
    ] as const
  ).map(
    ([text, locale]): Golden => ({
      name: `outside the sources, so the fallback: «${text}» (${locale}, N9-W8)`,
      locale,
      turns: [say(text, { topic: 'fallback' })],
    }),
  ),
  {
    name: '«20 mnd, men bare 8 av dem etter at jeg fikk D4» counts the 8: no master rights yet (nb, N9-W1)',
    locale: 'nb',
    turns: [
      say(
        'har 20 mnd som styrmann, men bare 8 av dem etter at jeg fikk D4. er 29. forerrett?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 8 },
        }),
      ),
    ],
  },
  {
    name: '«hvorav 5 mnd etter forste D3» counts the 5; «men tre av dei var som dekksgut» takes 3 off 14 (nb, nn, N9-W1)',
    locale: 'nb',
    turns: [
      say(
        'jeg er 24 og har 15 mnd som styrmann totalt, hvorav 5 mnd etter forste D3. forerrettigheter?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 5 },
        }),
      ),
      say('start på nytt', { ask: null }),
      say(
        'Eg har 14 månader som vaktoffiser etter første D4, men tre av dei var som dekksgut. Eg er 25. Får eg førarrettar?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 11 },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«men 1 av dem var egentlig i maskin» after 7 months on deck leaves 6: still met (nb, N9-W3)',
    locale: 'nb',
    turns: [
      say(
        'lettmatros, har 7 mnd paa dekk. oppfyller jeg kravet?',
        decides('ratings.lettmatros', 'rating-requirements', 'meets'),
      ),
      say(
        'men 1 av dem var egentlig i maskin',
        decides('ratings.lettmatros', 'rating-requirements', 'meets', undefined, { facts: { monthsDeckService: 6 } }),
      ),
    ],
  },
  {
    name: '«3 av mnd var jeg bare dekksgutt» while the age is asked takes 3 off the months, never an age of 3 (nb, N9-W2)',
    locale: 'nb',
    turns: [
      say('jeg har 13 mnd som styrmann etter forste D4 - faar jeg forerrett?', asks('deck.master-rights', 'age')),
      say(
        'ah, glemte aa si at 3 av mnd var jeg bare dekksgutt, ikke i sertifikatpliktig stilling',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 10 },
          absent: ['age'],
        }),
      ),
    ],
  },
  {
    name: 'matros on 1 200 GT in trading area 2: no certificate requirement, so § 79 is asked, never «you must hold the certificate» (nb, nn, N9-W4)',
    locale: 'nb',
    turns: [
      say(
        'matros paa ferge paa 1200 BT i fartsomraade 2, maa jeg ha ferdighetssertifikat matros?',
        asks('ratings.matros', 'hasTradeCertificate', { facts: { seagoing: false, grossTonnage: 1200 } }),
      ),
      say('start på nytt', { ask: null }),
      say(
        'Matros på ein båt på 700 BT i fartsområde 1. Treng eg ferdigheitssertifikat?',
        asks('ratings.matros', 'hasTradeCertificate', { facts: { seagoing: false }, locale: 'nn' }),
      ),
    ],
  },
  {
    name: '«hva om jeg laster opp kursbeviset selv?» after «alt er rapportert elektronisk» is an upload: manual processing (nb, nn, N9-W6)',
    locale: 'nb',
    turns: [
      say(
        'alt er rapportert elektronisk, blir soknaden automatisk?',
        decides('aps.processing', 'aps-processing', 'automatic'),
      ),
      say('hva om jeg laster opp kursbeviset selv?', decides('aps.processing', 'aps-processing', 'manual')),
    ],
  },
  {
    name: 'an interim ISSC issued 1 January 2027 is not called valid on 22 November 2026 (nb, N9-W7)',
    locale: 'nb',
    turns: [
      say('I-ISSC utstedt 01.01.2027, gyldig i dag?', {
        ...decides('isps.interim', 'issc-validity', 'dates'),
        says: () => ['ennå ikke utstedt'],
        never: () => ['er det gyldig'],
      }),
    ],
  },
  {
    name: '"I have fagbrev matros and 11 months on deck, ship 300 GT" is § 79 with a trade certificate: one year on deck, not met (en, E9-W5)',
    locale: 'en',
    turns: [
      say(
        'matros requirement, I have fagbrev matros and 11 months on deck, ship 300 GT',
        decides('ratings.matros', 'matros', 'does-not-meet', undefined, { facts: { hasTradeCertificate: true } }),
      ),
    ],
  },
  {
    name: '"Our ship changes to Maltese flag next month. What happens to the Norwegian ISSC?" is when the ISSC is returned (en, E9-W7)',
    locale: 'en',
    turns: [
      say('Our ship changes to Maltese flag next month. What happens to the Norwegian ISSC?', {
        topic: 'isps.invalid',
      }),
    ],
  },
  {
    name: '"what is the API for course centres?" while the uploads are asked is a question, not courses uploaded (en, E9-W11)',
    locale: 'en',
    turns: [
      say('will my application be automatic?', asks('aps.processing', 'uploadedDocuments')),
      say('what is the API for course centres?', {
        topics: ['fallback', 'aps.processing'],
        ask: 'uploadedDocuments',
      }),
      say('none', decides('aps.processing', 'aps-processing', 'automatic')),
    ],
  },
  {
    name: '"what if he turns 18 next month?" after a health certificate issued at 17 never makes him 18 at issue: the same answer again (en, E9-W3)',
    locale: 'en',
    turns: [
      say('health cert issued 15.08.2026, I am 17', decides('health.certificate', 'health-certificate', 'valid')),
      say(
        'what if he turns 18 next month?',
        decides(
          'health.certificate',
          'health-certificate',
          'valid',
          { validUntil: '2027-08-15' },
          {
            facts: { ageAtIssue: 17 },
          },
        ),
      ),
    ],
  },
  ...(
    [
      'ISSC for a mobile offshore unit, same process?',
      'bemanningssertifikat for a mobile drilling unit - what positions?',
      'how many certificates did Sdir issue in 2023',
      'where do I get a cadet berth (kadettplass)? any list of companies?',
      'requirements for motormann with fagbrev',
      'my health certificate was issued in Philippines, is it valid on Norwegian ship?',
      'Does sea time on a ship in lay-up count?',
    ] as const
  ).map(
    (text): Golden => ({
      name: `outside the sources, so the fallback: "${text}" (en, E9-W8)`,
      locale: 'en',
      turns: [say(text, { topic: 'fallback' })],
    }),
  ),
  {
    name: 'webcadet days on a 12 m boat are no days on ships of 15 m or more: asked, never a «Ja» (nb, nn, N9-W5)',
    locale: 'nb',
    turns: [
      say(
        '360 dager i webcadet paa en baat paa 12 meter, 150 etter vitnemaal. kan jeg soke D4?',
        asks('deck.cadet', 'trainingProgramDays', { absent: ['trainingProgramDays'] }),
      ),
    ],
  },
  {
    name: 'English fragments ("first D4", "ISSC intermediate window") are answered in English (en, E9 LANG)',
    locale: 'en',
    turns: [say('first D4', { locale: 'en' })],
  },
  {
    name: '"what if I do 20 more days?" while the sea time is asked is no answer of 20 days (en, E9-W10)',
    locale: 'en',
    turns: [
      say('cadet D4, 365 days webcadet, 100 days after diploma', asks('deck.cadet', 'seaTimeDays')),
      say('what if I do 20 more days?', { ask: 'seaTimeDays', absent: ['seaTimeDays'] }),
    ],
  },
  {
    name: '«helseerklaeringa mi gikk ut i gaar, er D6 sertifikatet fortsatt gyldig?» is bokmål («gikk», «fortsatt»), answered in bokmål (nb, N9 LANG)',
    locale: 'nb',
    turns: [
      say(
        'helseerklaeringa mi gikk ut i gaar, er D6 sertifikatet fortsatt gyldig? skal paa jobb mandag',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
    ],
  },
  {
    name: '«forerrettigheter: 25 aar, 12 mnd vakt etter D5» and «fylte 20 i dag» give the age and the months: no fact asked again (nb, N9 ASKED-AGAIN)',
    locale: 'nb',
    turns: [
      say(
        'forerrettigheter: 25 aar, 12 mnd vakt etter D5',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 25 } }),
      ),
      say('start på nytt', { ask: null }),
      say(
        'nøyaktig 12 mnd som vaktoffiser etter forste D5, fylte 20 i dag. forerrett?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"and what if the doctor wrote only 1 year?" is never an age of 1 (en, E9 3.1)',
    locale: 'en',
    turns: [
      // (Round 25: "certificate date" is read as the date of issue, so the age at issue is asked.)
      say(
        'my health certificate date is 01.06.2025',
        asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2025-06-01' } }),
      ),
      say(
        'and what if the doctor wrote only 1 year?',
        decides(
          'health.certificate',
          'health-certificate',
          'expired',
          { validUntil: '2026-06-01' },
          {
            absent: ['ageAtIssue', 'age'],
          },
        ),
      ),
    ],
  },
  {
    name: "«forresten var skipet bare 14 meter» after a cadet's «Ja» takes the training days away: the «Ja» does not stand (nb, N9 FALLBACK-IN-SCOPE)",
    locale: 'nb',
    turns: [
      say(
        'kadett D4: 360 dager webcadet, 125 etter vitnemaal. kan jeg soke?',
        decides('deck.cadet', 'deck-officer-first-issue', 'meets'),
      ),
      say(
        'forresten var skipet bare 14 meter',
        asks('deck.cadet', 'seaTimeDays', { facts: { trainingProgramDays: 0 } }),
      ),
    ],
  },
  {
    name: '"what about if it was before 2016?" after 2,000 hours is a year, never 2,016 hours (en, E9-W1)',
    locale: 'en',
    turns: [
      say(
        'how many days is 2000 hours of fartstid',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2000 }),
      ),
      say(
        'what about if it was before 2016?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2000 }, { facts: { totalHours: 2000 } }),
      ),
    ],
  },
  {
    name: 'a complaint about a decision still gets the contact card (nb)',
    locale: 'nb',
    turns: [say('Jeg vil klage på et vedtak, hvem kontakter jeg?', { topic: 'contact' })],
  },
];

describe('round 9: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
