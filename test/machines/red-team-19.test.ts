/**
 * What rounds 17 and 18 left open and what rounds 19 and 20 found, played through the real turn core
 * after the fix: the red team's texts verbatim.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«Mellombels ISSC utferda 5. juni 2026»: «utferda» is issued; the interim certificate's last day (nn, round 18)",
    locale: 'nn',
    turns: [
      say(
        'Mellombels ISSC utferda 5. juni 2026. Kva er siste utløpsdato?',
        decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2026-12-05' }),
      ),
    ],
  },
  {
    name: '«norsk lastebåt på femti BT»: the size of the vessel asked about is its tonnage, not a quoted limit (nb, round 18)',
    locale: 'nb',
    turns: [
      say(
        'Trenger en norsk lastebåt på femti BT bemanningssertifikat? Den går bare i fjorden.',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 50 },
        }),
      ),
    ],
  },
  {
    name: '"does a 50 GT cargo ship need a manning certificate?": the ship\'s tonnage is taken (en)',
    locale: 'en',
    turns: [
      say(
        'does a 50 GT cargo ship need a manning certificate?',
        asks('manning.which-vessels', 'flag', { facts: { vesselType: 'cargo', grossTonnage: 50 } }),
      ),
    ],
  },
  {
    name: '«frå midten av mars til slutten av mai 2026»: no whole months, so the days worked are asked (nn, round 18)',
    locale: 'nn',
    turns: [
      say(
        'Var om bord frå midten av mars til slutten av mai 2026, 8 t kvar dag. Kor mykje fartstid?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '"from mid-March to end of May 2026, 12 h every day": the days worked are asked, not May\'s 31 (en)',
    locale: 'en',
    turns: [
      say(
        'I was onboard from mid-March to end of May 2026, 12 h every day, how much sea time?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '«frå mars til mai 2026, kvar dag»: whole months are still counted (nn)',
    locale: 'nn',
    turns: [
      say(
        'Var om bord frå mars til mai 2026, 8 t kvar dag. Kor mykje fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 736 }),
      ),
    ],
  },
  {
    name: "«kva om eg får ny 1. januar?»: a new certificate's day is ahead, never the old year's (nn, round 18)",
    locale: 'nn',
    turns: [
      say(
        'Kor lenge gjeld helseerklæringa mi? Skriven ut 20.12.2024, eg var 30.',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say('kva om eg får ny 1. januar?', { topic: 'health.certificate', absent: ['issueDate'] }),
    ],
  },
  {
    name: '"30 months on deck on 20 m LOA boats" is sea time on ships of 15 m or more; "sorry, the boats were 13 m LOA" takes it back (en, round 18)',
    locale: 'en',
    turns: [
      say(
        'sea time for first D4: I have 30 months on deck on 20 m LOA boats, 6 months bridge watch',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { seaTimeDays: 900, bridgeWatchDays: 180 } }),
      ),
      say(
        'sorry, the boats were 13 m LOA',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { seaTimeDays: 0 } }),
      ),
    ],
  },
  {
    name: '"no trained cook, the mate is cooking. Is this allowed and what we need to document?": the cook\'s topics, never how sea time is documented (en, round 19)',
    locale: 'en',
    turns: [
      // (The cook's qualification directly since the model retrained in round 22.)
      say('We have crew of 6 and no trained cook, the mate is cooking. Is this allowed and what we need to document?', {
        topic: 'cook.qualification',
      }),
    ],
  },
  {
    name: '«kan eg mønstre på som lettmatros når eg er 15?»: an age limit the sources do not give, the fallback (nn, round 19)',
    locale: 'nn',
    turns: [say('kan eg mønstre på som lettmatros når eg er 15?', { topic: 'fallback', ask: null })],
  },
  {
    name: "«Sønnen min på 17 … og min egen er fra 1.2.2025, jeg er 52»: the father's date is never the son's (nb, round 19)",
    locale: 'nb',
    turns: [
      say(
        'Hei! Sønnen min på 17 har akkurat fått helseerklæring hos sjømannslegen 3. november. Hvor lenge gjelder den? og min egen er fra 1.2.2025, jeg er 52',
        asks('health.certificate', 'issueDate', { absent: ['issueDate'] }),
      ),
    ],
  },
  {
    name: '«har det midlertidige ISSC blitt forlengt …?»: the interim certificate, which cannot be extended (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'har det midlertidige ISSC blitt forlengt for oss? går ut om 2 veker og SSP er fortsatt ikkje godkjent, kan vi få 3 mnd til',
        asks('isps.interim', 'issueDate'),
      ),
    ],
  },
  {
    name: '«bemanningssertifikatet sier D5 for fører, men vi går bare i fartsområde 3. holder det med D6?»: which certificates are accepted (nb, round 19)',
    locale: 'nb',
    turns: [
      say('bemanningssertifikatet sier D5 for fører, men vi går bare i fartsområde 3. holder det med D6?', {
        topic: 'manning.accepted-certificates',
        ask: null,
      }),
    ],
  },
  {
    name: '«enn når eg fyller 20 i mars?» while the length is asked: the age to come, never a length of 20 m (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'eg er 19, har D6 og har gått 14 månader som vaktoffiser på ein 11 m arbeidsbåt. kan eg vere skipper på ein 20 m båt i liten kystfart?',
        asks('d6.privileges', 'grossTonnage'),
      ),
      say('ca 90 BT', asks('d6.privileges', 'lengthOverall')),
      say(
        'enn når eg fyller 20 i mars?',
        asks('d6.privileges', 'lengthOverall', { facts: { age: 20 }, absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '«enn når eg fyller 20?» after a D6 "no" at 19: yes at 20 (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'eg er 19, har D6 og har gått 14 månader som vaktoffiser på ein 11 m arbeidsbåt. kan eg vere skipper på ein arbeidsbåt med største lengde 20 m og L 18 m, 90 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say(
        'enn når eg fyller 20?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«i februar har eg 12 månader, kva då?» after master rights with 10: the months to come (nb → nn, round 19)',
    locale: 'nb',
    turns: [
      say(
        'Hei! Jeg heter Per og har D3 første gang fra 10. februar 2025. Jeg er 23 og har hatt 10 måneder som vaktoffiser etter det. Har jeg førerrett nå?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'i februar har eg 12 månader, kva då?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«hva med for meg selv da, jeg er også skipper?» after who may sign: that answer again (nb, round 19)',
    locale: 'nb',
    turns: [
      say('Kan jeg som eier av båten skrive fartstidsbekreftelse for sønnen min?', {
        topic: 'seatime.who-can-confirm',
      }),
      say('hva med for meg selv da, jeg er også skipper?', { topic: 'seatime.who-can-confirm' }),
    ],
  },
  {
    name: '«… og har fått bedømming frå godkjend assessor»: the assessment is not asked again (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 36 månader på sjøgåande skip over 15 m, 6 mnd brovakt, 40 dagar etter vitnemål og har fått bedømming frå godkjend assessor. kan eg søkje D5?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets'),
      ),
    ],
  },
  {
    name: '«takk, og kan eg få det på nynorsk?» mid-flow: the language changes, no fallback (en → nn, round 19)',
    locale: 'en',
    turns: [
      say('ISSC expiry 20 March 2028, intermediate verification when?', asks('isps.verification-dates', 'issueDate')),
      say('takk, og kan eg få det på nynorsk?', asks('isps.verification-dates', 'issueDate', { locale: 'nn' })),
    ],
  },
  {
    name: '"my employer reports only once per year. Is there a rule how often?": the employer decides (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'Hei, my employer says they report sea time only once per year. Is there a rule how often they must report?',
        { topic: 'seatime.employer-reporting' },
      ),
    ],
  },
  {
    name: '"ISSC expire 30 March 2027" with a renewal verification: the new expiry, nothing asked again (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'Renewal verification is planned 2 February 2027, ISSC expire 30 March 2027. What new expiry date we get?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
    ],
  },
  {
    name: '«ISSC-en … ikkje er påteikna etter mellomliggjande verifikasjon»: when it must be returned (nn, round 19)',
    locale: 'nn',
    turns: [
      say('kva må eg gjere om ISSC-en vår ikkje er påteikna etter mellomliggjande verifikasjon?', {
        topic: 'isps.invalid',
      }),
    ],
  },
  {
    name: '«maskinpasser: 6 mnd i maskin og totalt 30 mnd i maskin»: the total is the engine time (nb, round 19)',
    locale: 'nb',
    turns: [
      say(
        'maskinpasser: 6 mnd i maskin og totalt 30 mnd i maskin. nok?',
        decides('ratings.maskinpasser', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 30 },
        }),
      ),
    ],
  },
  {
    name: '«har fagbrev matros og 180 dagar i kadettbok … kan eg få D4?»: a statement, then one question about D4 (nn, round 19)',
    locale: 'nn',
    turns: [
      say('har fagbrev matros og 180 dagar i kadettbok (ISF) på skip over 15 m. kan eg få D4?', {
        topic: 'deck.first-issue',
      }),
    ],
  },
  {
    name: '«kva om vi får 2 ekstra til neste sesong?» after a safe manning of 9: 11, a cook required (nn, round 19)',
    locale: 'nn',
    turns: [
      say('sikkerheitsbemanning er 9, må vi ha kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'kva om vi får 2 ekstra til neste sesong?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } }),
      ),
    ],
  },
  {
    name: '«og om eg jobba 2 timar meir kvar dag?» after 10 hours: 12 hours a day (nn, round 19)',
    locale: 'nn',
    turns: [
      say('jobba 100 dagar med 10 timar, kor mykje fartstid?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og om eg jobba 2 timar meir kvar dag?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1200 }, { facts: { hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '«og om eg jobba 3 timar mindre kvar dag?» after 12 hours: 9 hours a day (nn, round 19)',
    locale: 'nn',
    turns: [
      say('jobba 40 dagar med 12 timar', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og om eg jobba 3 timar mindre kvar dag?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { hoursPerDay: 9 } }),
      ),
    ],
  },
  {
    name: '«vi legg på 5 BT med nytt styrehus» after 48 GT: 53 GT, a manning certificate required (nb, round 19)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 48 BT norsk, bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'vi legg på 5 BT med nytt styrehus',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 53 } }),
      ),
    ],
  },
  {
    name: '«kva om vi forlengjer båten med 4 meter?» after L 21 m: L 25 m, D6 no longer covers it (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'kan D6 vere overstyrmann på ein lasteskip med L 21 m, 300 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'kva om vi forlengjer båten med 4 meter?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { lengthL: 25 } }),
      ),
    ],
  },
  {
    name: '«og om vi byggjer på 60 BT?» after 450 GT: 510 GT (nb, round 19)',
    locale: 'nb',
    turns: [
      say(
        'D6 overstyrmann, lasteskip L 20 m, 450 BT, liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'og om vi byggjer på 60 BT?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { grossTonnage: 510 } }),
      ),
    ],
  },
  {
    name: '«hva om vi kutter 3 stillinger?» after a safe manning of 11: 8 (nb, round 19)',
    locale: 'nb',
    turns: [
      say('sikkerhetsbemanning 11, trenger vi kokk?', decides('cook.required', 'ship-cook', 'required')),
      say(
        'hva om vi kutter 3 stillinger?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: '"and on passenger boat same size?" after a cargo boat: the vessel type asked again, never the cargo ship kept (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'D6, can I be mate (overstyrmann) on L 20 m cargo boat, 150 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('and on passenger boat same size?', asks('d6.privileges', 'vesselType', { absent: ['vesselType'] })),
    ],
  },
  {
    name: '"the boat where I was OOW is only 7 m LOA": the OOW months asked again; the position and the vessel stay (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'D6 holder, 25 years, 14 months as OOW on 10 m LOA boat, can I be master on L 20 m workboat 100 GT liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'sorry, I was wrong, the boat where I was OOW is only 7 m LOA',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { facts: { role: 'master', lengthL: 20 } }),
      ),
    ],
  },
  {
    name: '"2 cadets on board extra, so 11 persons total on board": never a safe manning of 11 (en, round 19)',
    locale: 'en',
    turns: [
      say('safety manning nine persons, cook needed?', decides('cook.required', 'ship-cook', 'not-required')),
      say('oh and we also have 2 cadets on board extra, so 11 persons total on board', {
        ask: null,
        facts: { safetyManning: 9 },
      }),
    ],
  },
  {
    name: '«sorry, månadene var som matros, ikkje vaktoffiser» after a D6 master "yes": the OOW months asked again (nn, round 18)',
    locale: 'nn',
    turns: [
      say(
        'Eg har D6, er 20 år og har 12 månader som vaktoffiser på båt over 8 m. Kan eg vere skipper på lastebåt L 20 m, 200 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'sorry, månadene var som matros, ikkje vaktoffiser',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['monthsAsOfficerOfTheWatch'] }),
      ),
    ],
  },
  {
    name: '«det var som matros, ikkje vaktoffiser» after master rights "yes": the months asked again (nb → nn, round 19)',
    locale: 'nb',
    turns: [
      say(
        'Har D5 fra første gang mars 2025, er 22 og har 12 mnd som vaktoffiser etter det. Førerrett?',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
      say(
        'det var som matros, ikkje vaktoffiser',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', { locale: 'nn' }),
      ),
    ],
  },
  {
    name: '"those 12 months was as AB, not as officer" while the months are asked: never 12 months as officer (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'master rights: first D4 2025, age 22, 12 months after issue',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue'),
      ),
      // (Round 60: the time since the issue said to be served as no officer is none as officer of the
      // watch, decided on; before, it was asked again and a user typed the 12 months in.)
      say(
        'sorry, those 12 months was as AB (matros), not as officer',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 0 },
        }),
      ),
    ],
  },
  {
    name: '"oh wait, I also have 3 months as OOW from before I got the certificate": the master-rights answer stands (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'master rights: first D4 in 2025, I am 21, 11 months as OOW after',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'oh wait, I also have 3 months as OOW from before I got the certificate',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
    ],
  },
  {
    name: '"My D5 first issue came without førerrettigheter … When can I apply and how?": master rights, not the cadet rule (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'My D5 first issue came without førerrettigheter. I am 24 and have 8 months as styrmann since. When can I apply and how?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
    ],
  },
  {
    name: '"and renewal if done 1 May 2027?" while the issue date is asked: never taken as the issue date; the renewal worked out instead (en, round 19; round 49)',
    locale: 'en',
    turns: [
      say('ISSC expiry 15.08.2027. intermediate verification window?', asks('isps.verification-dates', 'issueDate')),
      say(
        'and renewal if done 1 May 2027?',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { newExpiry: '2032-05-01' },
          { absent: ['issueDate'] },
        ),
      ),
    ],
  },
  {
    name: '«eller 31. desember 2027?» after a renewal on 1 January 2028: the same for that date (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'ISSC går ut 1. april 2028. fornying 1. januar 2028?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        'eller 31. desember 2027?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-12-31' },
        }),
      ),
    ],
  },
  {
    name: '"I turn 20 in February 2027, what then?" after master rights at 19: yes at 20 (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'first D3 issued in 2025, I am 19, 12 months OOW after. can I get master rights?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'I turn 20 in February 2027, what then?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"which portal do they use?" after the employer\'s reporting: that answer again (en, round 19)',
    locale: 'en',
    turns: [
      say('employer must report my fartstid, ok', { topic: 'seatime.employer-reporting' }),
      say('which portal do they use?', { topic: 'seatime.employer-reporting' }),
    ],
  },
  {
    name: '"helseerklæring signed 5 December 2024, I am 25": signed is the date of issue (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'helseerklæring signed 5 December 2024, I am 25',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { issueDate: '2024-12-05' } }),
      ),
    ],
  },
  {
    name: '«har 180 dagar fartstid som kadett i webcadet og fagbrev matros, D4?»: the webcadet days are not asked again (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'har 180 dagar fartstid som kadett i webcadet og fagbrev matros, D4?',
        asks('deck.first-issue', 'daysAfterDiploma', { facts: { trainingProgramDays: 180 } }),
      ),
    ],
  },
  {
    name: "«min helseerklæring … eg er 50. sonen min på 17 fekk si 1. mars 2026. gjeld begge i dag?»: neither person's facts mixed into one answer (nn, round 19)",
    locale: 'nn',
    turns: [
      say(
        'min helseerklæring er frå 1. mars 2025. eg er 50. sonen min på 17 fekk si 1. mars 2026. gjeld begge i dag?',
        asks('health.certificate', 'issueDate', { absent: ['issueDate', 'age', 'ageAtIssue'] }),
      ),
    ],
  },
  {
    name: "«Eg har D6 og er 25 … Sonen min er 18 … Kan vi vere skipper …?»: two people, so the age is asked, never one's answer for both (nn, round 19)",
    locale: 'nn',
    turns: [
      say(
        'Eg har D6 og er 25 med 2 år som vaktoffiser. Sonen min er 18 med D6 og ingen fartstid. Kan vi vere skipper på ein 20 m (L) arbeidsbåt, 100 BT, liten kystfart?',
        asks('d6.privileges', 'age', { absent: ['age'] }),
      ),
    ],
  },
  {
    name: '"correction: 150 of those days was 12 h and 50 days was 6 h": both parts, 2,100 hours (en, round 19)',
    locale: 'en',
    turns: [
      say('sea time: 200 days at 12 h per day', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'correction: 150 of those days was 12 h and 50 days was 6 h',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2100 }, { absent: ['hoursPerDay'] }),
      ),
    ],
  },
  {
    name: '"60 of those days were 12 h and 40 were 8 h": 1,040 hours, never 40 days at 12 h (en, round 19)',
    locale: 'en',
    turns: [
      say('sea time: 100 days at 12 h', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'correction: 60 of those days were 12 h and 40 were 8 h',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1040 }),
      ),
    ],
  },
  {
    name: '"also 10 more days at 8 h on the same boat" after 30 days at 12 h: 440 hours over 40 days (en, round 19)',
    locale: 'en',
    turns: [
      say('sea time: 30 days at 12 h', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'also 10 more days at 8 h on the same boat',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 440 }, { facts: { days: 40 } }),
      ),
    ],
  },
  {
    name: '«fartstid: 100 dagar var 12 timar og 20 dagar 8 timar»: the parts together in one message (nn)',
    locale: 'nn',
    turns: [
      say(
        'fartstid: 100 dagar var 12 timar og 20 dagar 8 timar, kor mykje blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1360 }),
      ),
    ],
  },
  {
    name: '"sorry I wrote wrong, take away 4 GT" after 52 GT: 48 GT (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'cargo vessel norwegian flag 52 GT, need manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'sorry I wrote wrong, take away 4 GT',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 48 },
        }),
      ),
    ],
  },
  {
    name: '"and if we forlenger it with 1,5 meter?" after L 23 m: L 24.5 m, a certificate required (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'our fishing boat is 23 m L norsk flag, manning certificate yes or no?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'and if we forlenger it with 1,5 meter?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { lengthL: 24.5 } }),
      ),
    ],
  },
  {
    name: '"and 2 m longer boat?" after L 23 m: L 25 m, D6 no longer covers master (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'D6, 22 years, 12 months OOW on 9 m LOA boat, master on 23 m L cargo 200 GT liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'and 2 m longer boat?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { lengthL: 25 } }),
      ),
    ],
  },
  {
    name: '«1 til i sikkerhetsbemanninga» after 9: 10, a cook required (nb, round 20)',
    locale: 'nb',
    turns: [
      say('sikkerhetsbemanning 9 personer, trenger vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        '1 til i sikkerhetsbemanninga',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '"what if I wait till I turn 20 in march 2027?" after a D6 "no" at 19: yes at 20 (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'D6 holder age 19, 15 months OOW on 12 m, can be master on 18 m L cargo 100 GT liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say(
        'what if I wait till I turn 20 in march 2027?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«eg fyller 20 i mars, kva då?» while the vessel type is asked: the age to come supposed (nn, round 20)',
    locale: 'nn',
    turns: [
      say(
        'eg har D6, er 19 år og har 12 mnd som vaktoffiser på ein 9 m båt. kan eg vere skipper på 22 m?',
        asks('d6.privileges', 'vesselType'),
      ),
      say(
        'eg fyller 20 i mars, kva då?',
        asks('d6.privileges', 'vesselType', { facts: { age: 20, monthsAsOfficerOfTheWatch: 12 } }),
      ),
    ],
  },
  {
    name: '"I am 20 tomorrow" while the age is asked: 19 today (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'D6 19 yrs 12 months OOW on 8 m LOA, skipper 16 m L cargo 50 GT liten kystfart',
        asks('d6.privileges', 'age'),
      ),
      say(
        'I am 20 tomorrow',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '«båten er 3 m lengre eigentleg» while the length overall is asked: no length of 3 m, no trading area 3 (nn, round 20)',
    locale: 'nn',
    turns: [
      say(
        'Hei. Eg har D6 og er 20 år, 13 mnd som vaktoffiser på ein 10 m arbeidsbåt. Kan eg vere skipper på ein 22 m lastebåt, 200 BT, liten kystfart?',
        asks('d6.privileges', 'lengthOverall'),
      ),
      say(
        'båten er 3 m lengre eigentleg',
        asks('d6.privileges', 'lengthOverall', { facts: { tradingArea: 'liten-kystfart' }, absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '"3 m more" while the length overall is asked: asked again, never 3 m (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'has D6, can I be master on a 14 m cargo boat, 90 GT, liten kystfart?',
        asks('d6.privileges', 'lengthOverall'),
      ),
      say('3 m more', asks('d6.privileges', 'lengthOverall', { absent: ['lengthOverall'] })),
    ],
  },
  {
    name: '«åtte pluss to» and «45 BT før ombygginga, no 52» while a number is asked: asked again (nn, round 20)',
    locale: 'nn',
    turns: [
      say('treng vi kokk?', asks('cook.required', 'safetyManning')),
      say('åtte pluss to', asks('cook.required', 'safetyManning', { absent: ['safetyManning'] })),
    ],
  },
  {
    name: '«45 BT før ombygginga, no 52» while the tonnage is asked: never 45 (nn, round 20)',
    locale: 'nb',
    turns: [
      say('lasteskip norsk flagg, bemanningssertifikat?', asks('manning.which-vessels', 'grossTonnage')),
      say(
        '45 BT før ombygginga, no 52',
        asks('manning.which-vessels', 'grossTonnage', { absent: ['grossTonnage'], locale: 'nn' }),
      ),
    ],
  },
  {
    name: '"the boat where I was OOW was 7 m" while the length overall is asked: never the vessel\'s length (en, round 20)',
    locale: 'nb',
    turns: [
      say(
        'kan jeg bli skipper med D6 på en 20 m arbeidsbåt 150 BT liten kystfart? jeg er 24 og har 12 mnd som vaktsjef på en 8 m båt',
        asks('d6.privileges', 'lengthOverall'),
      ),
      say(
        'the boat where I was OOW was 7 m',
        asks('d6.privileges', 'lengthOverall', { absent: ['lengthOverall'], locale: 'en' }),
      ),
    ],
  },
  {
    name: '«nei, det var maskinmånader, ikkje dekk» after a lettmatros "yes": the deck months asked again (nn, round 20)',
    locale: 'nn',
    turns: [
      say(
        'eg har 8 månader på dekk, kan eg bli lettmatros?',
        decides('ratings.lettmatros', 'rating-requirements', 'meets'),
      ),
      say(
        'nei, det var maskinmånader, ikkje dekk',
        asks('ratings.lettmatros', 'monthsDeckService', { absent: ['monthsDeckService'] }),
      ),
    ],
  },
  {
    name: '"those were deck months, not engine" after an oiler "yes": the engine months asked again (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'smører requirement: I have 6 months in engine room',
        decides('ratings.smorer', 'rating-requirements', 'meets'),
      ),
      say(
        'those were deck months, not engine',
        asks('ratings.smorer', 'monthsEngineService', { absent: ['monthsEngineService'] }),
      ),
    ],
  },
  {
    name: '"and on a boat with 12 or fewer passengers?" after a workboat: the type asked again (en, round 20)',
    locale: 'en',
    turns: [
      say(
        'D6 skipper on 14 m LOA workboat 30 GT liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'and on a boat with 12 or fewer passengers?',
        asks('d6.privileges', 'vesselType', { absent: ['vesselType'] }),
      ),
    ],
  },
  {
    name: '«sorry, jeg var 18» after «utstedt 3. mars 2025, jeg er 17»: 18 at issue, valid (nb, round 20)',
    locale: 'nb',
    turns: [
      say(
        'helseerklæring utstedt 3. mars 2025, jeg er 17',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
      say(
        'sorry, jeg var 18',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { ageAtIssue: 18 } }),
      ),
    ],
  },
  {
    name: '«Min bror … er 19, jeg … er 25 … Kan vi få førerrett?»: two people, so the age is asked (nb, round 20)',
    locale: 'nb',
    turns: [
      say(
        'Min bror fikk første D4 i 2023 og er 19, jeg fikk min i 2022 og er 25 med 14 mnd som styrmann etterpå. Kan vi få førerrett?',
        asks('deck.master-rights', 'age', { absent: ['age'] }),
      ),
    ],
  },
  {
    name: "«Broren min har 18 mnd som lettmatros …, eg har fagbrev matros og 14 mnd på dekk. Kan vi begge vere matros …?»: neither's service taken for both (nn, round 20)",
    locale: 'nn',
    turns: [
      say(
        'Broren min har 18 mnd som lettmatros utan fagbrev, eg har fagbrev matros og 14 mnd på dekk. Kan vi begge vere matros på ein 300 BT båt i fartsområde 3?',
        asks('ratings.matros', 'hasTradeCertificate', { absent: ['hasTradeCertificate', 'monthsDeckService'] }),
      ),
    ],
  },
  {
    name: '«det var som lettmatros, ikkje vaktoffiser» while the vessel type is asked: the OOW months forgotten, asked in their turn (nn, round 20)',
    locale: 'nn',
    turns: [
      say(
        'har D6, 22 år, 14 mnd som vaktoffiser på 10 m båt. kan eg vere skipper på ein 18 m båt?',
        asks('d6.privileges', 'vesselType', { facts: { monthsAsOfficerOfTheWatch: 14 } }),
      ),
      say(
        'det var som lettmatros, ikkje vaktoffiser',
        asks('d6.privileges', 'vesselType', { absent: ['monthsAsOfficerOfTheWatch'] }),
      ),
    ],
  },
  {
    name: '«båten eg var vaktoffiser på var berre 7 meter» while the length overall is asked: the OOW months forgotten too (nn, round 20)',
    locale: 'nb',
    turns: [
      say(
        'D6, 20 år, 12 mnd som vaktoffiser på 9 m båt. skipper på 20 m lastebåt 100 BT liten kystfart?',
        asks('d6.privileges', 'lengthOverall', { facts: { monthsAsOfficerOfTheWatch: 12 } }),
      ),
      say(
        'båten eg var vaktoffiser på var berre 7 meter',
        asks('d6.privileges', 'lengthOverall', {
          absent: ['lengthOverall', 'monthsAsOfficerOfTheWatch'],
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«Vi har ei ferje med 12 i minste sikkerhetsbemanning, trenger vi skipskokk?»: the safe manning not asked again (nb, round 20)',
    locale: 'nb',
    turns: [
      say(
        'Vi har ei ferje med 12 i minste sikkerhetsbemanning, trenger vi skipskokk?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 12 } }),
      ),
    ],
  },
  {
    name: '«dottera mi fekk si 3. mars 2026»: the date of issue not asked again (nn, round 20)',
    locale: 'nn',
    turns: [
      say(
        'kor lenge gjeld ei helseerklæring når ein er 17 år? dottera mi fekk si 3. mars 2026',
        asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2026-03-03' } }),
      ),
    ],
  },
];

const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  {
    locale: 'en',
    text: 'Accident on board last week, our deckhand injured the hand during mooring. How to report this to Sdir and which form?',
  },
  { locale: 'nn', text: 'kan vi bruke ein med D6 som maskinist om bord?' },
  { locale: 'nb', text: 'Hvor lenge varer opplæringen på maritim fagskole for D4?' },
  { locale: 'nn', text: 'er helseerklæringa gyldig om eg har fått ny medisin etter at ho vart skriven ut?' },
  { locale: 'en', text: 'my health certificate from Poland doctor, is it accepted in Norway?' },
  { locale: 'en', text: 'the sea time confirmation must be in Norwegian language or English ok?' },
];

describe('rounds 17–20, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text.slice(0, 100)}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topic: 'fallback', ask: null })] }));
});
