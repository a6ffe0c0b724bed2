/**
 * What round 12 found, and the open items of round 11 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«hva om vi gjør den en måned tidligere?» after a renewal verification on 15.05.2027 moves it to 15.04.2027 (nb, round 11 C140)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper 30.06.2027, fornyelsesverifikasjon 15.05.2027. ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-05-15' },
        }),
      ),
      say(
        'hva om vi gjør den en måned tidligere?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-04-15', expiryDate: '2027-06-30' },
        }),
      ),
    ],
  },
  {
    name: '«en uke senere da?» moves the verification a week, never the printed expiry (nb, round 11 C158)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper 30.06.2027, fornyelsesverifikasjon 01.03.2027',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        'en uke senere da?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-03-08', expiryDate: '2027-06-30' },
        }),
      ),
    ],
  },
  {
    name: '"and two weeks later?" after a renewal verification moves it two weeks (en)',
    locale: 'en',
    turns: [
      say(
        'our ISSC expires 30.06.2027, renewal verification on 01.03.2027. new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        'and two weeks later?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-03-15' },
        }),
      ),
    ],
  },
  {
    name: '«ISSC utløper om nøyaktig tre måneder, 05.03.2027» is the expiry date, the time until it said between (nb, round 11 C69)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper om nøyaktig tre måneder, 05.03.2027. Vi gjør fornyelsesverifikasjon 05.12.2026. Ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-03-05', verificationDate: '2026-12-05' },
        }),
      ),
    ],
  },
  {
    name: '«isscen var utlopt 01.02.2027» is the expiry date (nb, round 11 Q16)',
    locale: 'nb',
    turns: [
      say(
        'isscen var utlopt 01.02.2027, vi gjorde fornyelsen 02.01.2027, ny dato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-02-01', verificationDate: '2027-01-02' },
        }),
      ),
    ],
  },
  {
    name: '«10 timer per dag i 2 uker» is 14 days worked (nb, round 11 C138)',
    locale: 'nb',
    turns: [
      say(
        'fartstid 10 timer per dag i 2 uker, hvor mange dager blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 14, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '«jeg har vært ute i 6 uker med 12 timers dager» when the days are asked: 42 days of 12 hours (nb, round 11 C12)',
    locale: 'nb',
    turns: [
      say('regn om fartstid', asks('seatime.calculate', 'days')),
      say(
        'jeg har vært ute i 6 uker med 12 timers dager',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 42, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '"how much sea time is 3 weeks of 12 hour days?": 21 days (en)',
    locale: 'en',
    turns: [
      say(
        'how much sea time is 3 weeks of 12 hour days?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 21, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '"two weeks on, two weeks off for 6 months" is a rotation, never 14 days worked: the days are asked (en)',
    locale: 'en',
    turns: [
      say(
        'I did two weeks on two weeks off for 6 months, 12 h shifts. how much sea time?',
        asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 }, absent: ['days'] }),
      ),
    ],
  },
  {
    name: '«bruttotonnasjen er femti» while the flag is asked: the tonnage is heard, the flag asked again (nb, round 11 C45)',
    locale: 'nb',
    turns: [
      say('trenger vi bemanningssertifikat', { topic: 'manning.which-vessels' }),
      say('lasteskip', asks('manning.which-vessels', 'flag')),
      say('bruttotonnasjen er femti', asks('manning.which-vessels', 'flag', { facts: { grossTonnage: 50 } })),
    ],
  },
  {
    name: "an interim ISSC's date of issue is not carried to a question about a full ISSC (nb, round 11 C157)",
    locale: 'nb',
    turns: [
      say('interim ISSC utstedt 01.07.2026', decides('isps.interim', 'issc-validity', 'dates')),
      say('hvor lenge gjelder et fullt ISSC?', { absent: ['issueDate'] }),
    ],
  },
  {
    name: "«vi er 8 i sikkerhetsbemanningen» while the cook's age is asked is no age of 8: the age is asked again, never «not qualified, age 8» (nn, round 12 B35)",
    locale: 'nn',
    turns: [
      say('kokken vår har ikkje fagbrev, er det ok?', asks('cook.qualification', 'age')),
      say('vi er 8 i sikkerhetsbemanningen', asks('cook.qualification', 'age', { absent: ['age'] })),
    ],
  },
  {
    name: '«kan kokken vaar vaere 17 aar» gives the age: not qualified, never the age asked for (nb, round 12 A52)',
    locale: 'nb',
    turns: [
      say(
        'kan kokken vaar vaere 17 aar',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '«fornyingsverifikasjon …, ny utlopsdato?» in nynorsk is the renewal, no menu of the two calculations (nn, round 12 A20)',
    locale: 'nn',
    turns: [
      say(
        'fornyingsverifikasjon 1. juni 2026, sertifikatet gjekk ut 15. desember 2026, ny utlopsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2026-06-01', expiryDate: '2026-12-15' },
        }),
      ),
    ],
  },
  {
    name: "the intermediate verification is a full ISSC's: never asked whether it is an interim one (nn, round 12 A18)",
    locale: 'nn',
    turns: [
      say(
        'ISSC vart utskrive 12.05.2023, naar maa mellomliggjande verifikasjon vere gjort',
        asks('isps.verification-dates', 'expiryDate', { facts: { certificateKind: 'full', issueDate: '2023-05-12' } }),
      ),
    ],
  },
  {
    name: '«issc fornying ny dato» is Norwegian (nynorsk), not English (nn, round 12 B9)',
    locale: 'nn',
    turns: [say('issc fornying ny dato', { topic: 'isps.verification-dates', locale: 'nn' })],
  },
  {
    name: '«ein månad før jul i fjor» is no date in July: the date of issue is asked again (nn, round 12 B3)',
    locale: 'nn',
    turns: [
      say('når går helseerklæringa ut', asks('health.certificate', 'issueDate', { locale: 'nb' })),
      say('ein månad før jul i fjor', asks('health.certificate', 'issueDate', { absent: ['issueDate'] })),
    ],
  },
  {
    name: '«skal berre brukast til opplæring av elevar» while the flag is asked is a training ship, no question for the fallback (nn, round 12 B32)',
    locale: 'nn',
    turns: [
      say('treng vi bemanningssertifikat', { topic: 'manning.which-vessels' }),
      say('skal berre brukast til opplæring av elevar', {
        topic: 'manning.which-vessels',
        facts: { serviceOnly: 'training' },
      }),
    ],
  },
  {
    name: 'an e-mail of two questions says the second waits while the first flow asks its questions (nb, round 12 B55)',
    locale: 'nb',
    turns: [
      say(
        'Hei. Vi er et lite rederi med to arbeidsbåter (35 BT og 70 BT, liten kystfart). Trenger begge bemanningssertifikat? Og må vi ha kokk når vi er fire om bord? Takk, Geir',
        asks('manning.which-vessels', 'flag', {
          says: (l) => [texts(l).conversation.answeredAfter([texts(l).topics['cook.required'].title])],
        }),
      ),
    ],
  },
  // A number said of something else never answers the question asked (round 12, 20 wrong answers).
  ...(
    [
      ['nb', 'smører krav', 'båten er 12 år gammal', 'ratings.smorer', 'monthsEngineService', 'nb'],
      ['nb', 'lettmatros krav', 'eg er 16 år', 'ratings.lettmatros', 'monthsDeckService', 'nn'],
      ['nn', 'helseerklæring frå 01.06.2025', 'fartsområde 2', 'health.certificate', 'ageAtIssue', 'nn'],
      ['nn', 'helseerklæring frå 01.06.2025', 'eg har vore fiskar i 5 år', 'health.certificate', 'ageAtIssue', 'nn'],
      ['nn', 'helseerklæring frå 01.06.2025', 'ho gjeld i 2 år står det', 'health.certificate', 'ageAtIssue', 'nn'],
      ['nb', 'kokk kvalifikasjon', 'han har jobba 3 år som kokk', 'cook.qualification', 'age', 'nb'],
      ['nb', 'kokk kvalifikasjon', 'han har 2 år på restaurant- og matfag', 'cook.qualification', 'age', 'nb'],
      [
        'nn',
        'kan kokken vår jobbe om bord, han har ikkje fagbrev',
        'sikkerheitsbemanninga vår er 12',
        'cook.qualification',
        'age',
        'nn',
      ],
      ['nb', 'førarrett D4', 'eg har hatt sertifikatet i 3 år', 'deck.master-rights', 'age', 'nn'],
      ['en', 'master rights D4', 'I have had the certificate for 3 years', 'deck.master-rights', 'age', 'en'],
      [
        'en',
        'requirements for oiler (smører)',
        'the boat is 12 years old',
        'ratings.smorer',
        'monthsEngineService',
        'en',
      ],
      [
        'en',
        'how long is my health certificate valid? issued 01.06.2025',
        'I have been fishing for 5 years',
        'health.certificate',
        'ageAtIssue',
        'en',
      ],
    ] as const
  ).map(
    ([locale, first, reply, topic, fact, replyLocale]): Golden => ({
      name: `«${reply}» while ${fact} is asked is no ${fact}: asked again (${replyLocale}, round 12)`,
      locale,
      turns: [say(first, asks(topic, fact)), say(reply, asks(topic, fact, { absent: [fact], locale: replyLocale }))],
    }),
  ),
  {
    name: '«eg har 2 born» while the months since the first issue are asked is no 2 months (nn, round 12 K8)',
    locale: 'nb',
    turns: [
      say('førarrett D5', asks('deck.master-rights', 'age')),
      say('23 år', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say(
        'eg har 2 born',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', {
          absent: ['monthsAsOfficerOfTheWatchSinceIssue'],
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«skipet er bygd 01.01.2010» while the expiry date is asked is the build date, no expiry (nn, round 12 K6b)',
    locale: 'nn',
    turns: [
      say('ISSC ny utløpsdato etter fornying', asks('isps.verification-dates', 'expiryDate')),
      say('skipet er bygd 01.01.2010', asks('isps.verification-dates', 'expiryDate', { absent: ['expiryDate'] })),
    ],
  },
  {
    name: '«eigentleg fylte eg 18 den 20.12.2025» corrects the age at issue, never the date of issue (nn, round 12 G32)',
    locale: 'nn',
    turns: [
      say('helseerklæring frå 1.1.2026, eg er 17', decides('health.certificate', 'health-certificate', 'valid')),
      say(
        'eigentleg fylte eg 18 den 20.12.2025',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2026-01-01', ageAtIssue: 18 },
        }),
      ),
    ],
  },
  {
    name: '"and if we add one more AB to the safe manning?" after 9 is 10: a cook is required (en, round 12 W1)',
    locale: 'en',
    turns: [
      say('is a cook required, we have safe manning of 9', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'and if we add one more AB to the safe manning?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«vi tek inn ein matros til» after a safe manning of 9 is 10 (nn)',
    locale: 'nn',
    turns: [
      say('treng vi kokk? sikkerheitsbemanning 9', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'vi tek inn ein matros til',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '"is a 17 y/o qualified as ships cook?" gives the age: not qualified (en, round 12 W7)',
    locale: 'en',
    turns: [
      say(
        'is a 17 y/o qualified as ships cook? restaurant fagbrev, practical test passed',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '"sorry, the OOW time was on boats of 7 m LOA" is neither the position nor the vessel\'s length (en, round 12 W2)',
    locale: 'en',
    turns: [
      say(
        "D6: master on a 20 m L cargo boat, 150 GT, liten kystfart. I'm 23 with 12 months as OOW",
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'master' } }),
      ),
      say('sorry, the OOW time was on boats of 7 m LOA', { facts: { role: 'master' }, absent: ['lengthOverall'] }),
    ],
  },
  {
    name: 'short English fragments («D6 rights», "ISSC dates", "mobile units") are answered in English (en, round 12)',
    locale: 'en',
    turns: [say('D6 rights', { topic: 'd6.privileges' }), say('ISSC dates', {}), say('mobile units', {})],
  },
  {
    name: 'an e-mail of three numbered questions answers the first and says the other two wait (en, round 12)',
    locale: 'en',
    turns: [
      say(
        'Dear Losen, I am crew manager at Bergen Offshore. Three things: 1) our oiler candidate has 5 months in engine room - enough for smorer? 2) who may sign his sea time letter, can the chief engineer? 3) does the manning cert expire? Regards, Tom',
        asks('ratings.smorer', 'monthsMechanicalPractice', {
          says: (l) => [
            texts(l).conversation.answeredAfter([
              texts(l).topics['seatime.who-can-confirm'].title,
              texts(l).topics['manning.expiry'].title,
            ]),
          ],
        }),
      ),
    ],
  },
  {
    name: '«og skipper? eg er 25 og har 2 år som vaktoffiser» after a D6 decision is the same D6 question as master, never the D5–D3 master rights (nn, round 12 I20)',
    locale: 'nn',
    turns: [
      say('kva kan ein D6 vere på ein brønnbåt på 23 m L, 480 BT, liten kystfart?', asks('d6.privileges', 'role')),
      say('overstyrmann', decides('d6.privileges', 'd6-privileges', 'allowed')),
      say(
        'og skipper? eg er 25 og har 2 år som vaktoffiser',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'master', age: 25 } }),
      ),
    ],
  },
  {
    name: "a period of dates in the first message: the days are asked with the period's days, and «alle» takes them (nb, round 12)",
    locale: 'nb',
    turns: [
      say(
        'fartstid fra 01.03.2026 til 30.06.2026, 12 timer per dag',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(122)] }),
      ),
      say(
        'alle',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '"a year and a half" in the engine room is 18 months, not 12 (en, round 12)',
    locale: 'en',
    turns: [
      say('smorer requirement', asks('ratings.smorer', 'monthsEngineService')),
      say(
        'a year and a half',
        decides('ratings.smorer', 'rating-requirements', 'meets', undefined, { facts: { monthsEngineService: 18 } }),
      ),
    ],
  },
  {
    name: '"I also did a 2 week safety course" while other practice is asked is no practice of 0.47 months (en, round 12)',
    locale: 'en',
    turns: [
      say('lettmatros: 5 months on deck', asks('ratings.lettmatros', 'monthsMechanicalPractice')),
      say(
        'I also did a 2 week safety course',
        asks('ratings.lettmatros', 'monthsMechanicalPractice', { absent: ['monthsMechanicalPractice'] }),
      ),
    ],
  },
  {
    name: '"i am 16" said while the date of issue is asked, then the date: the age at issue follows, not asked (en, round 12)',
    locale: 'en',
    turns: [
      say('how long is helseerklæring valid', asks('health.certificate', 'issueDate')),
      say('i am 16', asks('health.certificate', 'issueDate')),
      say(
        'issued 14.07.2026',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { issueDate: '2026-07-14' } }),
      ),
    ],
  },
  {
    name: '"the renewal verification a month before expiry" beside the expiry date is that date less a month (en, round 12)',
    locale: 'en',
    turns: [
      say(
        'ISSC expires 10.10.2028, we plan the renewal verification a month before expiry. new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2028-10-10', verificationDate: '2028-09-10' },
        }),
      ),
    ],
  },
  {
    name: '«fornyelsesverifikasjonen to måneder før utløpet» beside the expiry date (nb, round 12)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper 30.06.2027, vi tar fornyelsesverifikasjonen to måneder før utløpet. Ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-06-30', verificationDate: '2027-04-30' },
        }),
      ),
    ],
  },
  {
    name: '"by the way do I need a visa …" while a fact is asked is a question outside the catalogue: the fallback, then the question again (en, round 12)',
    locale: 'en',
    turns: [
      say('do I qualify as smorer', asks('ratings.smorer', 'monthsEngineService')),
      say('by the way do I need a visa to work in Norway, I am from Ukraine', {
        topics: ['fallback', 'ratings.smorer'],
        ask: 'monthsEngineService',
      }),
      say('7 months', decides('ratings.smorer', 'rating-requirements', 'meets')),
    ],
  },
];

/** What-ifs with a number of something else: never that number as the fact (the fallback, no new decision). */
const WHAT_IFS_OF_SOMETHING_ELSE: {
  locale: 'nb' | 'nn' | 'en';
  first: string;
  decided: [topic: string, rule: string, outcome: string];
  whatIf: string;
  fact: string;
  was: number;
}[] = [
  {
    locale: 'en',
    first: 'cook needed? safety manning 14',
    decided: ['cook.required', 'ship-cook', 'required'],
    whatIf: 'what if the ship only sails in fartsomrade 2?',
    fact: 'safetyManning',
    was: 14,
  },
  {
    locale: 'en',
    first: 'do we need a cook, safe manning 12',
    decided: ['cook.required', 'ship-cook', 'required'],
    whatIf: 'what if the crew works 2 watches?',
    fact: 'safetyManning',
    was: 12,
  },
  {
    locale: 'en',
    first: 'manning cert for norwegian cargo ship 80 GT',
    decided: ['manning.which-vessels', 'manning-certificate', 'required'],
    whatIf: 'what if it has 2 decks?',
    fact: 'grossTonnage',
    was: 80,
  },
  {
    locale: 'en',
    first: 'master rights D4: 22 years old, 13 months as OOW since first issue',
    decided: ['deck.master-rights', 'master-rights', 'eligible'],
    whatIf: 'what if 2 of those months were on a 12 m boat?',
    fact: 'monthsAsOfficerOfTheWatchSinceIssue',
    was: 13,
  },
  {
    locale: 'en',
    first: 'master rights on my D3: 25 years, 14 months as OOW since first issue',
    decided: ['deck.master-rights', 'master-rights', 'eligible'],
    whatIf: 'what if 3 of those months were as chief mate?',
    fact: 'monthsAsOfficerOfTheWatchSinceIssue',
    was: 14,
  },
  {
    locale: 'en',
    first: "master rights D5, I'm 24 with 13 months as OOW since first issue",
    decided: ['deck.master-rights', 'master-rights', 'eligible'],
    whatIf: 'what if I took 2 weeks holiday?',
    fact: 'monthsAsOfficerOfTheWatchSinceIssue',
    was: 13,
  },
  {
    locale: 'en',
    first: 'sea time 100 days at 12 hours',
    decided: ['seatime.calculate', 'sea-time', 'calculated'],
    whatIf: 'what if I had 10 days off in between?',
    fact: 'days',
    was: 100,
  },
];

/** Round 12's out-of-scope first messages that borrowed a topic's words. */
const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  { locale: 'en', text: 'is the ISSC needed while the ship is in cold lay-up' },
  { locale: 'en', text: 'can I get a dispensation to sail as master with D6 on a 16 m LOA boat' },
  {
    locale: 'en',
    text: "the sjømannslege put a limitation 'daylight only' on my health certificate, how can i get it removed",
  },
  { locale: 'en', text: 'my D6 expired last month, can I still sail as master for 2 weeks on a 12m boat' },
  { locale: 'en', text: 'my D6 expires in 2 weeks, can I still take a 3 week job as master on a 12 m workboat?' },
  { locale: 'nn', text: 'vi har ISSC, kven skal vere CSO hos oss og kva kurs treng han?' },
  { locale: 'nb', text: 'hvor lang tid tar det å få time hos sjømannslege for helseerklæring' },
  { locale: 'nn', text: 'Er helseerklæringa mi registrert hos dykk? Eg finn ho ikkje på Mi side' },
  { locale: 'nn', text: 'skal fartstidsattesten stemplast av reiarlaget?' },
  { locale: 'en', text: 'our ships cook is 18 and has fagbrev, how many hours can he work per day?' },
  { locale: 'en', text: 'what is the minimum rest for the lettmatros if the vessel operates dagordning' },
  { locale: 'en', text: 'my health certificate is valid but I broke my leg, can I still sail?' },
  { locale: 'en', text: 'our I-ISSC expired yesterday and the ship is at sea, what happens?' },
  { locale: 'en', text: 'can the CSO do the internal ISPS audit himself?' },
  {
    locale: 'en',
    text: 'my sea time from 2010 was counted as whole days, can I have it recalculated with hours for my old D3?',
  },
];

describe('round 12: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const w of WHAT_IFS_OF_SOMETHING_ELSE)
    it(`"${w.whatIf}" after "${w.first}" keeps ${w.fact} ${w.was}: the fallback, no decision on a number of something else`, () =>
      playGolden({
        name: w.whatIf,
        locale: w.locale,
        turns: [
          say(w.first, decides(...w.decided, undefined, { facts: { [w.fact]: w.was } })),
          say(w.whatIf, { topics: ['fallback'], facts: { [w.fact]: w.was } }),
        ],
      }));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
