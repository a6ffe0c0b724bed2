/**
 * What round 8 found (and what was seen while preparing it), played through the real turn core
 * after the fix.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: 'an HR e-mail ending "Could you please help with both?" gets its two questions, not the contact card (en, W3)',
    locale: 'en',
    turns: [
      say(
        'Hi, I work in HR at a shipping company. One of our seafarers has worked 180 days on board with 12 hour shifts. How do we calculate his sea time, and who should sign the confirmation? Could you please help with both?',
        {
          topics: ['seatime.calculate', 'seatime.who-can-confirm', 'seatime.who-can-confirm'],
          decision: { rule: 'sea-time', outcome: 'calculated', values: { hours: 2160 } },
        },
      ),
    ],
  },
  {
    name: '«180 dagar med 12-timars skift» is 180 days of 12 hours (nn)',
    locale: 'nn',
    turns: [
      say(
        'han har jobba 180 dagar med 12-timars skift. kor mykje fartstid blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2160 }),
      ),
    ],
  },
  {
    name: '"90 days on board at 12-hour shifts" is 90 days of 12 hours (en)',
    locale: 'en',
    turns: [
      say(
        'I did 90 days on board at 12-hour shifts, how much sea time is that?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1080 }),
      ),
    ],
  },
  {
    name: '"do we need to keep the full safe manning on board?" after a warm lay-up is the lay-up again, not relocating (en, W13)',
    locale: 'en',
    turns: [
      say('We are putting our passenger ship in warm lay-up in Bergen from January.', { topic: 'manning.lay-up' }),
      say('do we need to keep the full safe manning on board?', { topic: 'manning.lay-up' }),
    ],
  },
  {
    name: '«må vi ha full sikkerheitsbemanning om bord då?» after lay-up is the lay-up; at the quay is moored (nn)',
    locale: 'nn',
    turns: [
      say('vi skal leggje skipet i varmt opplag', { topic: 'manning.lay-up' }),
      say('må vi ha full sikkerheitsbemanning om bord då?', { topic: 'manning.lay-up' }),
      say('må alle stillingar vere om bord når vi ligg ved kai?', { topic: 'manning.moored' }),
    ],
  },
  {
    name: '"my cook is 17, is that ok? safe manning 12" asks whether he may be the cook: no, under 18 (en, C028)',
    locale: 'en',
    turns: [
      say(
        'my cook is 17, is that ok? safe manning 12',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
  {
    name: "«kokken vår er berre 17, går det an?» is the cook's qualification: no, under 18 (nn)",
    locale: 'nn',
    turns: [
      say(
        'kokken vår er berre 17, går det an? sikkerheitsbemanning 12',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
  {
    name: 'an age limit asked for a rating or a first deck certificate is outside the sources: the fallback (en, nb, A031)',
    locale: 'en',
    turns: [
      say('what is the minimum age to work as lettmatros?', { topic: 'fallback' }),
      say('hvor gammel må jeg være for å få D5?', { topic: 'fallback', locale: 'nb' }),
    ],
  },
  {
    name: "the status of one's own case is looked up by a person: the fallback, not what a confirmation holds (en, nb, A035)",
    locale: 'en',
    turns: [
      say(
        'My sea time confirmation was sent 3 weeks ago but no answer, case number 2026/12345, can you check the status?',
        { topic: 'fallback' },
      ),
      say('kan du sjekke status på søknaden min om D5?', { topic: 'fallback', locale: 'nb' }),
    ],
  },
  {
    name: '«enn paa 30 meter?» after a 20 m fishing vessel asks the same for 30 m: yes (nb, N-W5)',
    locale: 'nb',
    turns: [
      say(
        'norsk fiskebaat L 20 m, bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'enn paa 30 meter?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { lengthL: 30 } }),
      ),
    ],
  },
  {
    name: '«enn en paa 40?» after a 60 GT cargo ship is 40 GT, not a person of 40: no (nb, N-W6)',
    locale: 'nb',
    turns: [
      say(
        'norsk lasteskip 60 bt bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'enn en paa 40?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 40 },
        }),
      ),
    ],
  },
  {
    name: '«og med ni?», «enn med åtte?» after a cook required for 12 are 9 and 8 in the safe manning: no (nb, N-W7, N-W9)',
    locale: 'nb',
    turns: [
      say('sikkerhetsbemanning 12, kokk?', decides('cook.required', 'ship-cook', 'required')),
      say(
        'og med ni?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
      ),
      say(
        'enn med åtte?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: '«enn paa en 30 meter baat?» after chief mate with D6 on a 22 m ship: no, L under 24 m (nb, N-W1)',
    locale: 'nb',
    turns: [
      say(
        'har D6, kan jeg vaere overstyrmann paa 22 m (L) lasteskip, 200 bt, liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'enn paa en 30 meter baat?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { lengthL: 30 } }),
      ),
    ],
  },
  {
    name: '«og 20 dager?» after 60 days at 10 hours calculates 20 days at 10 hours (nb, N-W10)',
    locale: 'nb',
    turns: [
      say(
        'jobbet 10 timer om dagen i 60 dager, hvor mye fartstid',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 600 }),
      ),
      say('og 20 dager?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 200 })),
    ],
  },
  {
    name: '"I need 360 days of sea time. I work 12 h a day. How many calendar days?" is 154 days on board, not 844 sea-time days (en, E-W1)',
    locale: 'en',
    turns: [
      say(
        'I need 360 days of sea time. I work 12 h a day. How many calendar days do I need?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42, wholeDaysNeeded: 154 }),
      ),
      say(
        'how many days on board at 12 hours a day do I need to reach 360 days of fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { wholeDaysNeeded: 154 }),
      ),
    ],
  },
  {
    name: '«eg treng 12 månader fartstid, jobbar 8 timar dagleg, kor mange dagar?» is 231 days on board (nn)',
    locale: 'nn',
    turns: [
      say(
        'eg treng 12 månader fartstid, jobbar 8 timar dagleg, kor mange dagar må eg vere om bord?',
        decides('seatime.calculate', 'sea-time', 'calculated', { wholeDaysNeeded: 231 }),
      ),
    ],
  },
  {
    name: '"and if the cook is 17?" after a cook required asks the cook\'s qualification, not a safe manning of 17 (en, E-W2)',
    locale: 'en',
    turns: [
      say('do we need a cook? safe manning 11', decides('cook.required', 'ship-cook', 'required')),
      say('and if the cook is 17?', decides('cook.qualification', 'cook-qualification', 'not-qualified')),
    ],
  },
  {
    name: '"he is 19 and has 6 months OOW" is time served, not the position: master on 16 m LOA is refused (en, E-W3)',
    locale: 'en',
    turns: [
      say(
        'is our boat allowed to sail with D6 skipper? 16 m LOA, L 14.5, 45 GT, cargo, fartsområde 4',
        asks('d6.privileges', 'age', { facts: { role: 'master', vesselType: 'cargo', lengthOverall: 16 } }),
      ),
      say(
        'he is 19 and has 6 months OOW',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { role: 'master', age: 19 } }),
      ),
    ],
  },
  {
    name: '"Norwegian, cargo, 49,5 GT" lists the flag and the type: neither is asked (en, D012)',
    locale: 'en',
    turns: [
      say(
        'Norwegian, cargo, 49,5 GT, do we need a manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 49.5 },
        }),
      ),
    ],
  },
  {
    name: '"do we need the KS-0308 form for it?" after the D6 update is that update\'s procedure, not a new application (en, E-W5)',
    locale: 'en',
    turns: [
      say('D6 update in bemanningssertifikat - what do we send and to whom?', { topic: 'manning.d6-update' }),
      say('do we need the KS-0308 form for it?', { topic: 'manning.d6-update' }),
    ],
  },
  {
    name: "which positions need a health certificate, a rating's age, safety course or renewal are outside the sources: the fallback (nb, nn, N-W12–W22)",
    locale: 'nb',
    turns: [
      say('maa smoreren ha helseerklaering?', { topic: 'fallback' }),
      say('treng skipskokken helseerklæring?', { topic: 'fallback', locale: 'nn' }),
      say('treng maskinpassar helseerklæring?', { topic: 'fallback', locale: 'nn' }),
      say('kan en 16-aaring jobbe som lettmatros?', { topic: 'fallback' }),
      say('maa lettmatros ha sikkerhetskurs?', { topic: 'fallback' }),
      say('kan jeg fornye D6 med fartstid som lettmatros', { topic: 'fallback' }),
      say('hvor lenge gjelder selve D6 sertifikatet? (ikke helseerklaeringen)', { topic: 'fallback' }),
    ],
  },
  {
    name: "a safe manning lowered, an assessor, and the able seaman's certificate itself are outside the sources: the fallback (en, E-W6)",
    locale: 'en',
    turns: [
      say(
        'we want to reduce our bemanning from 5 to 4 persons on the manning certificate, what do we have to document?',
        { topic: 'fallback' },
      ),
      say('How do I become an assessor (bedømmer) for D5 cadets?', { topic: 'fallback' }),
      say(
        'how many months of sea time do I need for the matros proficiency certificate (ferdighetssertifikat matros)?',
        { topic: 'fallback' },
      ),
    ],
  },
  {
    name: 'the health certificate asked for a D6 holder, or how long it lasts for a cook, is still the health certificate (nb)',
    locale: 'nb',
    turns: [
      say('må skipskokken ha helseerklæring og hvor lenge gjelder den for en kokk?', { topic: 'health.certificate' }),
    ],
  },
  {
    name: '«lasteskip paa femtifem bruttotonn, norsk» is 55 GT in words: yes, not the fallback (nb)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip paa femtifem bruttotonn, norsk, bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 55 } }),
      ),
    ],
  },
  {
    name: '«issc gaar ut 01.06.2027, fornyelse gjort 10.03.2027» states both dates the renewal rule takes: 1 June 2032 (nb, nn)',
    locale: 'nb',
    turns: [
      say(
        'issc gaar ut 01.06.2027, fornyelse gjort 10.03.2027. hvilken dato faar vi?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        'ISSC-en vår går ut 20. februar 2027. Fornyingsverifikasjonen blei gjort 5. desember 2026. Kva blir ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, { locale: 'nn' }),
      ),
    ],
  },
  {
    name: '«start paa nytt», «byrje på nytt» typed without æøå or in nynorsk start over (nb, nn)',
    locale: 'nb',
    turns: [
      say('trenger vi bemanningssertifikat', asks('manning.which-vessels', 'flag')),
      say('start paa nytt', { ask: null, facts: {} }),
      say('treng vi bemanningssertifikat', asks('manning.which-vessels', 'flag', { locale: 'nn' })),
      say('byrje på nytt', { ask: null, facts: {}, locale: 'nn' }),
    ],
  },
  {
    name: '«kva kostar det å registrere båten i NOR?» while the flag is asked is a question, not the flag: the fallback, then the flag again (nn)',
    locale: 'nn',
    turns: [
      say('treng vi bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      say('kva kostar det å registrere båten i NOR?', {
        topics: ['fallback', 'manning.which-vessels'],
        ask: 'flag',
        absent: ['flag'],
      }),
    ],
  },
  {
    name: '"health cert" is answered in English (en)',
    locale: 'en',
    turns: [say('health cert', { topic: 'health.certificate' })],
  },
  {
    name: '"D6 privileges" is answered in English (en)',
    locale: 'en',
    turns: [say('D6 privileges', { topic: 'd6.privileges' })],
  },
  {
    name: 'a Norwegian flag said in passing is read: "23.9 m L norwegian", "norwegian flagg", "a norwegian 30 m fishing vessel", "tugboat is norwegian", "norwegian cargo 80 GT" (en, C025, C026, G010, D015, E013)',
    locale: 'en',
    turns: [
      say(
        'we have fishing boat 23.9 m L norwegian, do we need manning cert',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, { facts: { flag: 'NO' } }),
      ),
      say('start over', { ask: null }),
      say(
        'do i need a bemaningssertifikat for fishing vessel 25 meter? norwegian flagg',
        asks('manning.which-vessels', 'lengthL', { facts: { flag: 'NO', vesselType: 'fishing' } }),
      ),
      say('start over', { ask: null }),
      say(
        'does a norwegian 30 m fishing vessel need manning cert',
        asks('manning.which-vessels', 'lengthL', { facts: { flag: 'NO', vesselType: 'fishing' } }),
      ),
      say('start over', { ask: null }),
      say(
        'our tugboat is norwegian, 300 GT, do we need manning cert?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { flag: 'NO' } }),
      ),
      say('start over', { ask: null }),
      say(
        'Do we need manning certificate? norwegian cargo 80 GT',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { flag: 'NO', vesselType: 'cargo' },
        }),
      ),
    ],
  },
  {
    name: '"L exactly 24 m" is L 24 m, at the limit: a Norwegian fishing vessel needs a manning certificate (en, B006)',
    locale: 'en',
    turns: [
      say(
        'fishing vessel norwegian flag, L exactly 24 m, bemanningssertifikat required?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { lengthL: 24 } }),
      ),
    ],
  },
  {
    name: '"our issc runs out 20.04.2027" is the ISSC\'s dates, not when it is returned; the renewal planned on 5 January then gives 5 January 2032 (en, B025)',
    locale: 'en',
    turns: [
      say('our issc runs out 20.04.2027', { topic: 'isps.verification-dates' }),
      say(
        'renewal audit planned 5th of january 2027',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
    ],
  },
  {
    name: '"sorry, 10.02.2027" after the renewal is decided corrects the verification date, the known date nearest to it (en, I011)',
    locale: 'en',
    turns: [
      say('ISSC expires 01.06.2027', { topic: 'isps.verification-dates' }),
      say('renewal verification 10.04.2027', decides('isps.verification-dates', 'issc-renewal', 'new-expiry')),
      say(
        'sorry, 10.02.2027',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-02-10', expiryDate: '2027-06-01' },
        }),
      ),
    ],
  },
  {
    name: '«enn 10. januar?» after a renewal on 15 April asks the same for a verification on 10 January (nb, F-ISSC-3)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utloper 1.6.2027, fornyelse 15.4.2027, ny dato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        'enn 10. januar?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2027-01-10' },
        }),
      ),
    ],
  },
  {
    name: '"thanks, bye" and "sorry wrong chat" close politely, never the fallback (en)',
    locale: 'en',
    // A goodbye has no topic; the fallback would have the topic 'fallback'.
    turns: [say('thanks, bye', { ask: null, topics: [undefined] })],
  },
  {
    name: '«nei hun fyller 18 først neste uke» after a qualified cook of 18 makes her 17: no longer qualified (nb)',
    locale: 'nb',
    turns: [
      say(
        'kokken er 18 aar og har fagbrev fra restaurant- og matfag, bestaatt praktisk prove. kvalifisert som skipskokk?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'nei hun fyller 18 forst neste uke',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: 'an STCW e-mail that also asks whether "the document" expires gets the update and the expiry (en, F012)',
    locale: 'en',
    turns: [
      say(
        'Hello,\n\nI am writing regarding our vessel MV Nordlys (IMO 9876543, call sign LABC). We received a letter saying we must update our minimum safe manning document because of the STCW revision. We have not changed anything on board. Do we need to fill in KS-0308 again, and what should we send? Also, does the document have an expiry date that we should be aware of?\n\nKind regards,\nMaria Olsen\nCrewing Manager',
        { topics: ['manning.stcw-update', 'manning.expiry', 'manning.expiry'] },
      ),
    ],
  },
];

describe('round 8: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
