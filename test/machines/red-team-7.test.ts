/**
 * What round 7 found (and what was seen while preparing it), played through the real turn core
 * after the fix.
 */
import { describe, it } from 'vitest';
import { LETTER_QUESTIONS } from '../../content/letter-topics.js';
import { asks, decides, type Golden, pick, playGolden, say } from './golden-helpers.js';

const HEALTH = 'health.certificate';
const ruleQuestion = (key: string) => (l: 'nb' | 'nn' | 'en') => [
  (LETTER_QUESTIONS.get(key)?.[l] ?? key).replace(/\?$/, ''),
];

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«når må ISSC-en fornyes?» is the ISSC with its ending, not the fallback (nb)',
    locale: 'nb',
    turns: [say('når må ISSC-en fornyes?', { topic: 'isps.verification-dates' })],
  },
  {
    name: '«gjelder D6-en min på fiskebåt?» is what D6 gives: not on a fishing vessel (nb)',
    locale: 'nb',
    turns: [say('gjelder D6-en min på fiskebåt?', decides('d6.privileges', 'd6-privileges', 'not-allowed'))],
  },
  {
    name: 'the date of issue asked for a health certificate names the health certificate, not «the document» (en, nn)',
    locale: 'en',
    turns: [
      say(
        'is my health certificate still valid?',
        asks(HEALTH, 'issueDate', { says: ruleQuestion('health-certificate:issueDate') }),
      ),
      say(
        'kor lenge gjeld helseerklæringa mi?',
        asks(HEALTH, 'issueDate', { locale: 'nn', says: ruleQuestion('health-certificate:issueDate') }),
      ),
    ],
  },
  {
    name: '«arbeidsbaat» typed without å is a work boat, a cargo ship: only the length is asked (nb, A-L5)',
    locale: 'nb',
    turns: [
      say(
        'd6 skipper paa arbeidsbaat 14 m bt 40 liten kystfart, e d lov?',
        asks('d6.privileges', 'lengthOverall', { facts: { vesselType: 'cargo', role: 'master', grossTonnage: 40 } }),
      ),
    ],
  },
  {
    name: '«kan jeg være fører på lasteskip» names the master: the position is not asked again (nb, A-L6)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har D6, er 23 år og har 14 måneder som vaktsjef på båter over 8 m. Kan jeg være fører på lasteskip med L 20 m, 150 BT i liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { facts: { role: 'master', lengthL: 20 } }),
      ),
    ],
  },
  {
    name: 'what the verification costs, asked beside the ISSC, is said to be outside the catalogue after the dates (nn, A-L4)',
    locale: 'nn',
    turns: [
      say(
        'Kor lenge gjeld eit fullt ISSC, og kva kostar verifikasjonen?',
        asks('isps.verification-dates', 'issueDate'),
      ),
      say('10.01.2024', asks('isps.verification-dates', 'expiryDate')),
      say('14.01.2029', {
        topics: ['isps.verification-dates', undefined, 'fallback'],
        decision: { rule: 'issc-validity', outcome: 'dates' },
        ask: null,
      }),
    ],
  },
  {
    name: '«når utløper ISSC som vart utferda 10.01.2022» asks which kind of ISSC, with no menu first (nn, A-R1)',
    locale: 'nn',
    turns: [
      say(
        'når utløper ISSC som vart utferda 10.01.2022',
        asks('isps.verification-dates', 'certificateKind', { facts: { issueDate: '2022-01-10' } }),
      ),
    ],
  },
  {
    name: 'what a motorman with a trade certificate needs for the certificate of proficiency is the fallback, not § 80 (nb, A-W1)',
    locale: 'nb',
    turns: [
      say('hva krever dere av en motormann med fagbrev for å få ferdighetssertifikat motormann', {
        topic: 'fallback',
      }),
    ],
  },
  {
    name: '«1 år og 2 mnd» as mate after the first D4 is 14 months: master rights, never "2 months, not met" (nb, B-W3)',
    locale: 'nb',
    turns: [
      say(
        'jeg har fått D4, har 1 år og 2 mnd som styrmann etter utstedelse og er 24 år, kan jeg få førerrett',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 14 },
        }),
      ),
    ],
  },
  {
    name: '«2 år og 6 mnd i maskin» is 30 months of engine-room service (nn, B-W3)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 2 år og 6 mnd i maskin. Oppfyller eg krava til smørjar?',
        decides('ratings.smorer', 'rating-requirements', 'meets', undefined, { facts: { monthsEngineService: 30 } }),
      ),
    ],
  },
  {
    name: '"2 years and 5 months as OOW" is 29 months (en, B-W3)',
    locale: 'en',
    turns: [
      say(
        'I have 2 years and 5 months as OOW since my D5 was issued, I am 30. can I get master rights?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 29 },
        }),
      ),
    ],
  },
  {
    name: '«9, eller vent, vi har fått ny bemanningsoppgave på 10» is 10: a cook is required (nb, B-W6)',
    locale: 'nb',
    turns: [
      say(
        'trenger vi skipskokk? sikkerhetsbemanning 9, eller vent, vi har fått ny bemanningsoppgave på 10',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«20 dager à 12 timer, nei 10 timer» is 20 days of 10 hours (nb, B-L2)',
    locale: 'nb',
    turns: [
      say(
        'fartstid: 20 dager à 12 timer, nei 10 timer. hvor mye blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 20, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '«11 – nei, 13 – månader» as officer of the watch is 13 months: master rights (nn, B-L16)',
    locale: 'nn',
    turns: [
      say(
        'Eg har D4 utan førarrett, er 22, og har 11 – nei, 13 – månader som vaktoffiser sidan utferding. Får eg førarrett?',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
    ],
  },
  {
    name: '«kva om han er utanlandsk?» after a Norwegian fishing boat is the foreign flag: not covered (nn, B-W5)',
    locale: 'nb',
    turns: [
      say(
        'Må fiskebåten vår ha bemanningssertifikat? L 23 m, norsk.',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say('kva om han er utanlandsk?', {
        ...decides('manning.which-vessels', 'manning-certificate', 'not-norwegian'),
        locale: 'nn',
      }),
    ],
  },
  {
    name: '«kva om han er 25 m og utanlandsk?» changes the flag too: not covered, never "yes" (nn, B-W5)',
    locale: 'nb',
    turns: [
      say(
        'Må fiskebåten vår ha bemanningssertifikat? L 23 m, norsk.',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say('kva om han er 25 m og utanlandsk?', {
        ...decides('manning.which-vessels', 'manning-certificate', 'not-norwegian'),
        locale: 'nn',
      }),
    ],
  },
  {
    name: '«kva med om vi berre tek 12?» after 40 passengers is 12 passengers: the sources leave it open (nn, B-W1)',
    locale: 'nn',
    turns: [
      say('treng passasjerbåten vår med 40 passasjerar bemanningssertifikat', asks('manning.which-vessels', 'flag')),
      pick('answer:NO', decides('manning.which-vessels', 'manning-certificate', 'required')),
      say('kva med om vi berre tek 12?', decides('manning.which-vessels', 'manning-certificate', 'uncertain')),
    ],
  },
  {
    name: '"hva om vi tar 13?" after a boat with 12 passengers is a passenger ship: required (nb, B-L4)',
    locale: 'nb',
    turns: [
      say(
        'Vi har en båt med 12 passasjerer, norsk. Trenger den bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'uncertain'),
      ),
      say('hva om vi tar 13?', decides('manning.which-vessels', 'manning-certificate', 'required')),
    ],
  },
  {
    name: '"safe manning 11 persons, no wait, it\'s 9" is 9: no cook (en, W6)',
    locale: 'en',
    turns: [
      say(
        "do we need a ship's cook? safe manning 11 persons, no wait, it's 9",
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
      ),
    ],
  },
  {
    name: '"LOA 14 m... actually 16 m" is 16 m: D6 master is no plain yes (en, W6)',
    locale: 'en',
    turns: [
      say(
        'Can a D6 be master on a cargo boat LOA 14 m... actually 16 m, 80 GT, liten kystfart?',
        asks('d6.privileges', 'lengthL', { facts: { lengthOverall: 16 } }),
      ),
    ],
  },
  {
    name: '"8 hours a day for 100 days? oops, I meant 10 hours a day" is 100 days of 10 hours (en, W6)',
    locale: 'en',
    turns: [
      say(
        'How many sea-time days is 8 hours a day for 100 days? oops, I meant 10 hours a day',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 100, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '"60 days at 12 hours a day, sorry, 45 days" is 45 days of 12 hours, never 45 hours a day (en, W6)',
    locale: 'en',
    turns: [
      say(
        'I worked 60 days at 12 hours a day, sorry, 45 days. How many sea time days?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 45, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '"we are 9 in the safe manning, sorry 11" as the answer is 11: a cook is required (en, W6)',
    locale: 'en',
    turns: [
      say("when is a ship's cook required?", asks('cook.required', 'safetyManning')),
      say(
        'we are 9 in the safe manning, sorry 11',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } }),
      ),
    ],
  },
  {
    name: '"what if he is only 19?" after a D6 master yes at 23 is the age: no (en, W5)',
    locale: 'en',
    turns: [
      say(
        'Can a D6 holder be master on a cargo boat, LOA 20 m, L 18 m, 200 GT, liten kystfart? He is 23 with 2 years as OOW on 12 m boats',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'what if he is only 19?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say('and if he was 21?', decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 21 } })),
    ],
  },
  {
    name: '"the doctor wrote valid only 1 year" from 10.10.2025 has expired by December 2026 (en, W18)',
    locale: 'en',
    turns: [
      say(
        "Health certificate issued 10.10.2025, I'm 45, but the doctor wrote valid only 1 year. Is it valid today?",
        decides(HEALTH, 'health-certificate', 'expired', undefined, { facts: { expiryDate: '2026-10-10' } }),
      ),
    ],
  },
  {
    name: '"fagbrev as matros" is the trade certificate: one year on deck, not two (en, W17)',
    locale: 'en',
    turns: [
      say(
        'I have fagbrev as matros and 13 months on deck, can I work as able seaman on 400 GT ship in liten kystfart?',
        decides('ratings.matros', 'matros', 'meets', undefined, { facts: { hasTradeCertificate: true } }),
      ),
    ],
  },
  {
    name: '«eg har eit spørsmål om bemanning» offers the manning topics, never the contact card (nn, B-L12)',
    locale: 'nn',
    turns: [
      say('hei', { ask: null, locale: 'nb' }),
      say('eg har eit spørsmål om bemanning', {
        offers: ['topic:manning.repositioning', 'topic:manning.how-to-apply', 'topic:manning.expiry'],
      }),
    ],
  },
  {
    name: '"I have a question about sea time" and «kan du hjelpe meg med ISSC?» offer that subject\'s topics (en, nb, B-L12)',
    locale: 'en',
    turns: [
      say('I have a question about sea time', {
        offers: ['topic:seatime.employer-reporting', 'topic:seatime.calculate', 'topic:seatime.how-to-document'],
      }),
      say('kan du hjelpe meg med ISSC?', {
        locale: 'nb',
        offers: ['topic:isps.invalid', 'topic:isps.interim'],
      }),
    ],
  },
  {
    name: '«Kan jeg signere selv som eier?» after a period in an e-mail is who may confirm, not the calculator (nb, B-W2)',
    locale: 'nb',
    turns: [
      say(
        'Hei,\njeg skal skrive fartstidsattest for meg selv. Jeg er eier og skipper på MS Havbris (LK4321, 11 m). Har vært om bord fra 1. mars til 31. oktober 2025, 8 timer om dagen. Kan jeg signere selv som eier?',
        { topic: 'seatime.who-can-confirm' },
      ),
    ],
  },
  {
    name: '«kven skal rapportere helseerklæringa då?» after the application answer stays with the application (nn, B-W4b)',
    locale: 'nn',
    turns: [
      say('Eg lasta opp helseerklæringa og kursbevis sjølv. Går søknaden automatisk?', {
        ...decides('aps.processing', 'aps-processing', 'manual'),
      }),
      say('kven skal rapportere helseerklæringa då?', decides('aps.processing', 'aps-processing', 'manual')),
    ],
  },
  {
    name: 'a cook of 25 «utan utdanning», safe manning 7 and a documented check, all given at once, is decided (nn, B-L3)',
    locale: 'nn',
    turns: [
      say(
        'Vi har ein kokk som er 25 år, utan utdanning, sikkerheitsbemanninga er 7, og reiarlaget har dokumentert utsjekk. Held det?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, {
          facts: { age: 25, hasRelevantEducation: false, documentedSkillsCheck: true },
        }),
      ),
    ],
  },
  {
    name: 'a cook of 19 with «fagbrev i restaurant- og matfag» who passed the practical test is decided (nb, B-L3)',
    locale: 'nb',
    turns: [
      say(
        'Kokken vår er 19 år, har fagbrev i restaurant- og matfag og har bestått praktisk prøve. Er han kvalifisert som skipskokk?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, {
          facts: { age: 19, hasRelevantEducation: true, passedPracticalTest: true },
        }),
      ),
    ],
  },
  {
    name: '"ok, what do we need to send?" after the manning certificate is how to apply (en, L5)',
    locale: 'en',
    turns: [
      say(
        '300 GT cargo ship, Norwegian flag. Does it need a manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('ok, what do we need to send?', { topic: 'manning.how-to-apply' }),
    ],
  },
  {
    name: "«kva må søknaden innehalde?» after the update with D6 is that update's application, not the personal certificates (nn, B-W4)",
    locale: 'nn',
    turns: [
      say('Korleis oppdaterer vi bemanningssertifikatet med D6?', { topic: 'manning.d6-update' }),
      say('kva må søknaden innehalde?', { topic: 'manning.d6-update' }),
    ],
  },
  {
    name: '"what do we need to send?" after the STCW update is that update (en, L5)',
    locale: 'en',
    turns: [
      say('We need to update the manning cert after STCW revision', { topic: 'manning.stcw-update' }),
      say('what do we need to send?', { topic: 'manning.stcw-update' }),
    ],
  },
  {
    name: '"we are selling the ship to another company, must we return it then?" after when the ISSC is returned is that again (en, B-L15)',
    locale: 'en',
    turns: [
      say('when must the ISSC be returned?', { topic: 'isps.invalid' }),
      say('we are selling the ship to another company, must we return it then?', { topic: 'isps.invalid' }),
    ],
  },
  {
    name: "out-of-scope questions that borrow a topic's words get the fallback (en, nn: W1, W2, W4, W12, W19, A-W2)",
    locale: 'en',
    turns: [
      say('Who can sign sea time confirmation in Denmark for Danish certificate?', { topic: 'fallback' }),
      say("what's the requirements for D6 sea time? I have 8 months as deckhand on a workboat in Hitra", {
        topic: 'fallback',
      }),
      say('How many sea time days do I need for the seamans pension (sjømannspensjon)? I have 140 months', {
        topic: 'fallback',
      }),
      say('Can the sea time confirmation be written in English?', { topic: 'fallback' }),
      say('Is the health certificate valid for working on an oil platform (offshore health certificate)?', {
        topic: 'fallback',
      }),
      say('kor lenge må ein vente på ny helseerklæring etter sjukmelding?', { topic: 'fallback', locale: 'nn' }),
    ],
  },
  {
    name: '«gir overtid mer fartstid?» is the sea-time calculation, not pay (nb)',
    locale: 'nb',
    turns: [say('Gir overtid mer fartstid?', { topic: 'seatime.calculate' })],
  },
  {
    name: '«og hva med brovakt? jeg har 200 dager» is the bridge watch, never the sea time asked (nb, B-W7)',
    locale: 'nb',
    turns: [
      say('Hvilke krav til fartstid gjelder for første D5?', asks('deck.first-issue', 'daysAfterDiploma')),
      say('jeg har 800 dager', asks('deck.first-issue', 'seaTimeDays')),
      say('og hva med brovakt? jeg har 200 dager', {
        topic: 'deck.first-issue',
        facts: { bridgeWatchDays: 200 },
        absent: ['seaTimeDays'],
      }),
    ],
  },
  {
    name: '«gjeld det same for D5?» after D6 without a health certificate is the fallback: the sources say it of D6 only (nn, B-W8)',
    locale: 'nn',
    turns: [
      say('Er D6-sertifikatet gyldig utan helseerklæring?', { topic: HEALTH }),
      say('gjeld det same for D5?', { topics: ['fallback', HEALTH] }),
    ],
  },
  {
    name: "positions on a jack-up are the mobile units' topic, not the fish-farm list (en, W11)",
    locale: 'en',
    turns: [
      say('We have a jack-up without propulsion. Which positions can earn sea time there?', {
        topic: 'seatime.mobile-units',
      }),
    ],
  },
  {
    name: '«helseerklæring fra 5.12.2024, jeg var 20» gives the age at issue: decided, not asked again (nb, B-L8)',
    locale: 'nb',
    turns: [
      say(
        'helseerklæring fra 5.12.2024, jeg var 20. gyldig i dag?',
        decides(HEALTH, 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2024-12-05', ageAtIssue: 20 },
        }),
      ),
    ],
  },
  {
    name: '«Skipet er 550 BT, sjøgåande, og eg har fagbrev» says the ship is seagoing (nn, B-L16)',
    locale: 'nn',
    turns: [
      say(
        'Kan eg vere matros? Skipet er 550 BT, sjøgåande, og eg har fagbrev',
        decides('ratings.matros', 'matros', 'certificate-required', undefined, {
          facts: { seagoing: true, grossTonnage: 550 },
        }),
      ),
    ],
  },
  {
    name: '"80 tonnes gross" is the gross tonnage (en, L13)',
    locale: 'en',
    turns: [
      say('Norwegian cargo ship, 80 tonnes gross. Does it need a manning certificate?', {
        ...decides('manning.which-vessels', 'manning-certificate', 'required'),
        facts: { grossTonnage: 80 },
      }),
    ],
  },
  {
    name: '"we are 14 on board but the safe manning in the certificate is 8" answers the cook question: not required (en, L24)',
    locale: 'en',
    turns: [
      say('Do we need a cook?', asks('cook.required', 'safetyManning')),
      say(
        'we are 14 on board but the safe manning in the certificate is 8',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: 'a validity question after context, with a price after "and", answers the validity first (en, L3)',
    locale: 'en',
    turns: [
      say(
        'hello i am from lithuania working on fishing boat in Batsfjord. how long is helseerklaering valid and how much cost the doctor?',
        asks(HEALTH, 'issueDate'),
      ),
    ],
  },
  {
    name: 'follow-ups on a manning answer are that answer again: «and clean the saloon?», "who decides it then?", "can we sail at night?" (en, L16)',
    locale: 'en',
    turns: [
      say('can our safety crew sell tickets?', { topic: 'manning.other-duties' }),
      say('and clean the passenger saloon?', { topic: 'manning.other-duties' }),
      say('what does maskinkyndig mean?', { topic: 'manning.engine-knowledgeable' }),
      say('so who decides it then?', { topic: 'manning.engine-knowledgeable' }),
      say('What is dagordning?', { topic: 'manning.day-schedule' }),
      say('can we then sail at night?', { topic: 'manning.day-schedule' }),
    ],
  },
  {
    name: '«kva med for dei under 18 år?» while the date of issue is asked gets the health answer, then the date again (nn, L15)',
    locale: 'en',
    turns: [
      say('how long is helseerklæring valid?', asks(HEALTH, 'issueDate')),
      say('kva med for dei under 18 år?', { ...asks(HEALTH, 'issueDate'), locale: 'nn', topics: [HEALTH, HEALTH] }),
    ],
  },
  {
    name: '«kva stillingar blir godkjende?» after sea time on a mobile unit is that topic (nn, B-L11)',
    locale: 'nn',
    turns: [
      say('Kan eg bruke fartstid frå ei flyttbar innretning med eigen framdrift for å søkje D3?', {
        topic: 'seatime.mobile-units',
      }),
      say('kva stillingar blir godkjende?', { topic: 'seatime.mobile-units' }),
    ],
  },
  {
    name: 'how much sea time a first D4 or D5 takes is the first issue, while how much D6 takes is the fallback (nb, en)',
    locale: 'nb',
    turns: [
      say('Hvor mye fartstid trenger jeg for å få D4?', { topic: 'deck.first-issue' }),
      say('hvor mye fartstid trenger jeg for å få D6 første gang?', { topics: ['fallback', 'deck.first-issue'] }),
    ],
  },
  {
    name: '«er 24 år, 14 måneder som vaktoffiser» is an age and a time, never 302 months (nb, review of B-W3)',
    locale: 'nb',
    turns: [
      say(
        'jeg har D4, er 24 år, 14 måneder som vaktoffiser etter utstedelse. kan jeg få førerrett?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { age: 24, monthsAsOfficerOfTheWatchSinceIssue: 14 },
        }),
      ),
    ],
  },
  {
    name: '"60 GT, sorry for all the questions, we are 12 …" takes nothing back: an apology far from a number is no correction (en, review of W6)',
    locale: 'en',
    turns: [
      say(
        'norwegian cargo ship 60 GT, sorry for all the questions, we are 12 in the safe manning. do we need a manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 60 } }),
      ),
    ],
  },
  {
    name: '"help with sea time calculation" names one side of the subject: that topic, no menu (en, review of B-L12)',
    locale: 'en',
    turns: [say('help with sea time calculation', { topic: 'seatime.calculate' })],
  },
];

describe('the round-7 red team, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
