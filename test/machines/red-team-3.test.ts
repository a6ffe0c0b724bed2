/**
 * Conversations a third blind red team (round 3) saw end in a wrong answer, played through the real
 * turn core after the fix: a corrected amount that a later topic took in its old value, a correction
 * or what-if said while the next question waited, an age supposed in a what-if read as a length, a
 * person of 17 asked about as the cook, and sea time asked against an amount.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, pick, playGolden, say } from './golden-helpers.js';

const CADET = 'deck.cadet';
const DECK = 'deck-officer-first-issue';

const CONVERSATIONS: Golden[] = [
  {
    name: 'a safe manning corrected from 9 to 10 is the value the cook-qualification topic takes next (en, B-1)',
    locale: 'en',
    turns: [
      say('we have 9 persons in safe manning, need a cook?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        "sorry, it's 10",
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
      say('and what qualifications does the cook need?', {
        ...asks('cook.qualification', 'age'),
        facts: { crewSize: 10 },
      }),
    ],
  },
  {
    name: '«Kan en på 17 være skipskokk hos oss?» is whether he may be the cook (§ 52: 18 years), and «han fyller 18» is his age, never the safe manning (nb, B-W1)',
    locale: 'nb',
    turns: [
      say(
        'Kan en på 17 være skipskokk hos oss? Vi er 6 i sikkerhetsbemanningen.',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
      say('beklager, han fyller 18 i morgen, så han er 18 når han mønstrer på', {
        ...asks('cook.qualification', 'hasRelevantEducation'),
        facts: { age: 18, crewSize: 6 },
      }),
    ],
  },
  {
    name: 'cadet: «nei vent, det er 120» right after «119 dager etter vitnemålet» corrects those days; the question asked stays open (nb, B-W2)',
    locale: 'nb',
    turns: [
      say('Jeg er kadett og vil søke D4. Når kan jeg søke?', { topic: CADET }),
      say('119 dager etter vitnemålet', { topic: CADET, facts: { daysAfterDiploma: 119 } }),
      say('nei vent, det er 120', { topic: CADET, facts: { daysAfterDiploma: 120 }, absent: ['seaTimeDays'] }),
    ],
  },
  {
    name: 'lettmatros: «nei, eg rekna feil, det er 6» after 5 months on deck is 6 months on deck, not other practice (nn, B-W2)',
    locale: 'nn',
    turns: [
      say('Kva krav er det til lettmatros?', asks('ratings.lettmatros', 'monthsDeckService')),
      say('5 månader', { topic: 'ratings.lettmatros', facts: { monthsDeckService: 5 } }),
      say(
        'nei, eg rekna feil, det er 6',
        decides('ratings.lettmatros', 'rating-requirements', 'meets', undefined, { facts: { monthsDeckService: 6 } }),
      ),
    ],
  },
  {
    name: 'cadet: "what if it\'s 120?" while the next question waits is about the 110 days after the diploma just given (en, B-7)',
    locale: 'en',
    turns: [
      say('I am a cadet, I want to apply for D4', { topic: CADET }),
      say('400 days in webcadet', { topic: CADET, facts: { trainingProgramDays: 400 } }),
      say('110 days after diploma', { topic: CADET, facts: { daysAfterDiploma: 110 } }),
      say("what if it's 120?", {
        ...decides(CADET, DECK, 'meets'),
        facts: { daysAfterDiploma: 120, trainingProgramDays: 400 },
      }),
    ],
  },
  {
    name: 'D6: "what if I was 19?" supposes the age, never a length of 19 m: master needs 20 (en, B-6)',
    locale: 'en',
    turns: [
      // L 18 m: the length overall is at least that, so it is not asked (round 4, B-L1).
      say(
        'D6 master on 18 m L workboat, 120 GT, liten kystfart. I am 20 and have exactly 12 months as OOW on 9 m boats',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'what if I was 19?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19, lengthL: 18 } }),
      ),
    ],
  },
  {
    name: '«nei, 10 timer» after 12 hours a day corrects the hours a day, never a total of 10 hours; the days come next (nb, B-W5)',
    locale: 'nb',
    turns: [
      say('Hvor mye fartstid blir 12 timer om dagen?', asks('seatime.calculate', 'days')),
      say('nei, 10 timer', {
        ...asks('seatime.calculate', 'days'),
        facts: { hoursPerDay: 10 },
        absent: ['totalHours'],
      }),
      say('50 dager', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 500, seaTimeDays: 97.75 })),
    ],
  },
  {
    name: 'a 14-on/14-off rotation in an e-mail is no 14 days worked: the days are asked (nn, A-W1)',
    locale: 'nn',
    turns: [
      say(
        'Hei!\n\nEg har jobba på ein brønnbåt frå 1. mars til 31. mai i år, 12 timar dagen, 14 dagar på og 14 av.\nKor mange fartstidsdagar blir det?\n\nHelsing Ola',
        { ...asks('seatime.calculate', 'days'), facts: { hoursPerDay: 12 } },
      ),
    ],
  },
  {
    name: 'builder: a question outside the catalogue while the name is asked gets the fallback and the name is asked again, never taken as the name (en, B-10)',
    locale: 'en',
    turns: [
      say('I need help writing a sea time confirmation', asks('seatime.confirmation', 'targetCertificate')),
      say('D6', asks('seatime.confirmation', 'seafarerName')),
      say('what does it cost to apply for D6 by the way?', {
        topics: ['fallback', 'seatime.confirmation'],
        ask: 'seafarerName',
        absent: ['seafarerName'],
      }),
      say('Per Olsen', { ...asks('seatime.confirmation', 'seafarerBirthDate'), facts: { seafarerName: 'Per Olsen' } }),
    ],
  },
  {
    name: 'maskinpasser: "he has 30 months total at sea in engine" is engine-room service, not other practice (en, B-14)',
    locale: 'en',
    turns: [
      say(
        'Hello. Our oiler has exactly 6 months in the engine room. Is that enough for smører?',
        decides('ratings.smorer', 'rating-requirements', 'meets'),
      ),
      say('and to be maskinpasser later, how much more?', asks('ratings.maskinpasser', 'monthsMechanicalPractice')),
      say('he has 30 months total at sea in engine', {
        ...decides('ratings.maskinpasser', 'rating-requirements', 'uncertain'),
        facts: { monthsEngineService: 30 },
        absent: ['monthsMechanicalPractice'],
      }),
    ],
  },
  {
    name: 'a short follow-up that names nothing is read with the topic at hand: «kan vi forlenge det?» after the interim ISSC (nb, B-L1)',
    locale: 'nb',
    turns: [
      say(
        'Vi fikk interim ISSC 15. juni 2026. Når går det ut?',
        decides('isps.interim', 'issc-validity', 'dates', undefined, { facts: { issueDate: '2026-06-15' } }),
      ),
      say('kan vi forlenge det?', decides('isps.interim', 'issc-validity', 'dates')),
    ],
  },
  {
    name: '«hva med regnskapsføreren vår da?» after who may confirm sea time is that question again (nb, B-L1)',
    locale: 'nb',
    turns: [
      say('Jeg eier båten og er skipper selv. Kan jeg skrive fartstidsattesten min?', {
        topic: 'seatime.who-can-confirm',
      }),
      say('hva med regnskapsføreren vår da?', { topic: 'seatime.who-can-confirm' }),
    ],
  },
  {
    name: 'a short follow-up "ok. how do we apply then?" after the manning certificate is how to apply (en, B-2)',
    locale: 'en',
    turns: [
      say(
        'Hi, workboat under Norwegian flag, 49.5 GT. Need minimum safe manning doc?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say('ok. how do we apply then?', { topic: 'manning.how-to-apply' }),
    ],
  },
  {
    name: 'a short follow-up outside the catalogue stays outside it: "what does it cost?" after the manning certificate (en)',
    locale: 'en',
    turns: [
      say(
        'Hi, workboat under Norwegian flag, 49.5 GT. Need minimum safe manning doc?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say('what does it cost?', { topic: 'fallback' }),
    ],
  },
  ...(
    [
      ['nn', 'ka om han va 50?'],
      ['nn', 'viss han hadde vore 50 bt då?'],
    ] as const
  ).map(
    ([locale, text]): Golden => ({
      name: `a what-if in dialect or nynorsk («${text}») decides again at 50 GT (${locale}, B-L7)`,
      locale,
      turns: [
        say(
          'treng me bemanningssertifikat? lastebåt 48 bt norsk flagg',
          decides('manning.which-vessels', 'manning-certificate', 'not-required'),
        ),
        say(
          text,
          decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
            facts: { grossTonnage: 50 },
          }),
        ),
      ],
    }),
  ),
  {
    name: '«og for 180?» after the hours for 360 sea-time days asks the same for 180 (nn, B-L7)',
    locale: 'nn',
    turns: [
      say(
        'Kor mange timar må eg ha for 360 fartstidsdagar?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42 }),
      ),
      say('og for 180?', decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 920.71 })),
    ],
  },
  {
    name: '«og hvis vi venter til 2. desember?» moves the renewal verification and decides again (nb, B-L7)',
    locale: 'nb',
    turns: [
      say(
        'ISSC går ut 1. mars 2027 og vi tar fornyelsesverifikasjon 1. desember 2026. Ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say('og hvis vi venter til 2. desember?', {
        ...decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
        facts: { verificationDate: '2026-12-02' },
      }),
    ],
  },
  {
    name: '"and D4, same?" after master rights for D5 decides master rights again for D4, never a first D4 (en, B-16)',
    locale: 'en',
    turns: [
      say(
        'I have D5 first issue, want master rights. I am 20 years old today, 12 months OOW since first issue',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
      say('and D4, same?', {
        ...decides('deck.master-rights', 'master-rights', 'eligible'),
        facts: { certificate: 'D4' },
      }),
    ],
  },
  {
    name: 'a fact said again with the value it has («fiskebåt» of a fishing boat) is acknowledged as noted, never beside "not understood" (nn, B-R1)',
    locale: 'nn',
    turns: [
      say('Treng fiskebåten vår bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      pick('answer:NO', asks('manning.which-vessels', 'lengthL')),
      say('fiskebåt', {
        ...asks('manning.which-vessels', 'lengthL'),
        says: (l) => [texts(l).conversation.noted('').split(':')[0] ?? ''],
        never: (l) => [texts(l).ui.notUnderstood('').split('.')[0] ?? ''],
      }),
    ],
  },
  {
    name: 'the vessel type Losen took from «arbeidsbåten», confirmed while the tonnage is asked («lasteskip»), is acknowledged and the tonnage asked again (nb, round 4 B-R1)',
    locale: 'nb',
    turns: [
      say('må arbeidsbåten vår ha bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      say('norsk', asks('manning.which-vessels', 'grossTonnage')),
      say('lasteskip', {
        ...asks('manning.which-vessels', 'grossTonnage'),
        says: (l) => [texts(l).conversation.noted('').split(':')[0] ?? ''],
        never: (l) => [texts(l).ui.notUnderstood('').split('.')[0] ?? ''],
      }),
      say('45', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: '«og vedlikehold om bord ved kai?» after what counts as sea time is that question again, never the manning at the quay (nb, B-W4)',
    locale: 'nb',
    turns: [
      say('Teller tid på verft som fartstid?', { topic: 'seatime.what-counts' }),
      say('og vedlikehold om bord ved kai?', { topic: 'seatime.what-counts' }),
    ],
  },
  {
    name: 'an elliptic follow-up that clearly asks about another family keeps it: «og hva med bemanningen når vi ligger ved kai?» (nb)',
    locale: 'nb',
    turns: [
      say('Teller vedlikehold som fartstid?', { topic: 'seatime.what-counts' }),
      say('og hva med bemanningen når vi ligger ved kai?', { topic: 'manning.moored' }),
    ],
  },
  {
    name: 'a correction inside the answer («vi er 12, nei vent, 8») answers with the number meant (nb, round 4 B-W1)',
    locale: 'nb',
    turns: [
      say('trengs det kokk om bord?', asks('cook.required', 'safetyManning')),
      say(
        'vi er 12, nei vent, 8',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: 'a number corrected after its label («12 i sikkerheitsbemanninga, nei vent, det er 9») is the number meant (nn, round 4 B-W1)',
    locale: 'nn',
    turns: [
      say(
        'treng vi kokk? vi er 12 i sikkerheitsbemanninga, nei vent, det er 9',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
      ),
    ],
  },
  {
    name: 'a value taken back later in the message ("60 GT … sorry, 45 not 60") is the corrected one: no certificate (en, round 4 B-W1)',
    locale: 'en',
    turns: [
      say(
        'Does our Norwegian cargo ship of 60 GT need a manning certificate? sorry, 45 not 60',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 45 },
        }),
      ),
    ],
  },
  {
    name: '«og med D5?» after D6 as skipper is master rights: a first D5 has none (nb, round 2 and 4)',
    locale: 'nb',
    turns: [
      say('Kan jeg være skipper med D6 på en arbeidsbåt på 12 meter, 25 BT, liten kystfart?', {
        topic: 'd6.privileges',
      }),
      say('og med D5?', { topic: 'deck.master-rights' }),
    ],
  },
  ...(
    [
      ['nb', 'Jeg har 2100 timer fartstid, holder det til 12 måneder?', 2100, true],
      ['nn', 'eg har 2000 timar, held det til 360 dagar?', 2000, true],
      ['en', 'I have 1800 hours on board, is that enough for 12 months of sea time?', 1800, false],
    ] as const
  ).map(
    ([locale, text, hours, reaches]): Golden => ({
      name: `«${text}» calculates the hours against 360 sea-time days (${locale})`,
      locale,
      turns: [
        say(
          text,
          decides('seatime.calculate', 'sea-time', 'calculated', {
            hours,
            hoursNeeded: 1841.42,
            reachesTarget: reaches,
          }),
        ),
      ],
    }),
  ),
];

describe('the round-3 red team, replayed', () => {
  it.each(CONVERSATIONS)('$name', playGolden);
});
