/**
 * What round 48 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first five were confident wrong answers on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«hva om bare 100 var etter vitnemålet?» after a D4 on 130: the 100 days taken, never the "Ja" on 130 again (nb, round 48)',
    locale: 'nb',
    turns: [
      say(
        'Har fagbrev som fisker og 180 dager i godkjent opplæringsprogram (webcadet) på skip over 15 m, 130 av dem etter endelig vitnemål. Kan jeg søke D4?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets'),
      ),
      say(
        'hva om bare 100 var etter vitnemålet?',
        asks('deck.first-issue', 'seaTimeDays', { facts: { daysAfterDiploma: 100 } }),
      ),
    ],
  },
  {
    name: 'an STCW-revision update asking "Do we have to use the KS-0308 form again?": the STCW update (not the usual form), never how to apply with it (en, round 48)',
    locale: 'en',
    turns: [
      say(
        'Dear Sir/Madam, we have received an order from the flag state to update our safe manning certificate due to the STCW revision. What must we send and where? Do we have to use the KS-0308 form again?',
        answersTopic('manning.stcw-update', { topics: ['manning.stcw-update'] }),
      ),
    ],
  },
  {
    name: '"what if I had been 18 when it was issued?": 18 at issue, two years, valid; never 17 (en, round 48)',
    locale: 'en',
    turns: [
      say(
        "my health certificate was issued 3rd of march last year, I'm 45. still valid?",
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'what if I had been 18 when it was issued?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { ageAtIssue: 18 } }),
      ),
    ],
  },
  {
    name: '"renewal verification is planned for 10.03.2027" before an expiry of 30.06.2027: verification date plus 5 years, 10.03.2032 (en, round 48)',
    locale: 'en',
    turns: [
      say(
        'ISSC expires 30.06.2027 and our renewal verification is planned for 10.03.2027. What will the new expiry date be?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-03-10' }),
      ),
    ],
  },
  {
    name: '"sorry, it is 10 March 2027, not April" after a verification planned for 10 April: the verification corrected, never the expiry (en, round 48)',
    locale: 'en',
    turns: [
      say(
        'ISSC expiry 30/6-27. Renewal verification planned for 10 April 2027. New expiry date?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-06-30' }),
      ),
      say(
        'sorry, it is 10 March 2027, not April',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { newExpiry: '2032-03-10' },
          {
            facts: { expiryDate: '2027-06-30', verificationDate: '2027-03-10' },
          },
        ),
      ),
    ],
  },
  {
    name: '"why is there no certificate on the manning doc?" while the matros case is asked: the matros answer, which says when none is listed (en, round 48)',
    locale: 'en',
    turns: [
      say(
        "The manning certificate doesn't list any certificate requirement for AB (matros). What is required? Vessel is 350 GT, fartsomrade 3.",
        asks('ratings.matros', 'hasTradeCertificate'),
      ),
      say('why is there no certificate on the manning doc?', asks('ratings.matros', 'hasTradeCertificate')),
    ],
  },
  {
    name: '"does the sea time I had before the certificate count?" while master rights are asked: the master-rights answer (time after the first issue), never what counts as sea time (en, round 48)',
    locale: 'en',
    turns: [
      say('Got my first D4 last month, but there are no master rights on it. Why?', asks('deck.master-rights', 'age')),
      say('does the sea time I had before the certificate count?', asks('deck.master-rights', 'age')),
    ],
  },
  {
    name: '"what if she was 800 GT and seagoing?": seagoing taken with the tonnage, the certificate required (en, round 48)',
    locale: 'en',
    turns: [
      say(
        "The manning certificate doesn't list any certificate requirement for AB (matros). What is required? Vessel is 350 GT, fartsomrade 3.",
        asks('ratings.matros', 'hasTradeCertificate'),
      ),
      say(
        'what if she was 800 GT and seagoing?',
        decides('ratings.matros', 'matros', 'certificate-required', undefined, { facts: { seagoing: true } }),
      ),
    ],
  },
  {
    name: '"whats the source for the 2 years?" after a health certificate’s validity: that answer again, with its sources, never the fallback (en, round 48)',
    locale: 'en',
    turns: [
      say(
        "my health certificate was issued 3rd of march last year, I'm 45. still valid?",
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say('whats the source for the 2 years?', decides('health.certificate', 'health-certificate', 'valid')),
    ],
  },
  {
    name: '"whats the legal source?" after a corrected D6 decision: that decision again, with its sources (en, round 48)',
    locale: 'en',
    turns: [
      say(
        "I'm 22 with D6, 8 months as OOW. Can I be master on a 17 m LOA workboat (L 15.5 m), 60 GT, liten kystfart?",
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say("sorry, it's 18 months, I forgot my previous job", decides('d6.privileges', 'd6-privileges', 'allowed')),
      say('whats the legal source?', decides('d6.privileges', 'd6-privileges', 'allowed')),
    ],
  },
  {
    name: '«hvor lang tid tar manuell?» after electronic vs manual: that answer again (up to a month), never the fallback (nb, round 48)',
    locale: 'nb',
    turns: [
      say(
        'Hva er forskjellen på elektronisk rapportering og manuell fartstidsattest?',
        answersTopic('seatime.electronic-vs-manual'),
      ),
      say('hvor lang tid tar manuell?', answersTopic('seatime.electronic-vs-manual')),
    ],
  },
  {
    name: '«må Sdir godkjenne bemanninga vi vel?» after the crew at the quay: that answer again (no approval required) (nn, round 48)',
    locale: 'nn',
    turns: [
      say(
        'ligg til kai i Florø i tre dagar. må alle i sikkerheitsbemanninga vere om bord?',
        answersTopic('manning.moored'),
      ),
      say('må Sdir godkjenne bemanninga vi vel?', answersTopic('manning.moored')),
    ],
  },
  {
    name: '«og korleis bestiller vi den?» after the verification dates: the answer that says it is requested through Altinn (nn, round 48)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utstedt 15.02.2024, utløper 15.02.2029. Når er mellomliggende verifikasjon?',
        decides('isps.verification-dates', 'issc-validity', 'dates'),
      ),
      say('og korleis bestiller vi den?', answersTopic('isps.verification-dates', { locale: 'nn' })),
    ],
  },
  {
    name: '«kva om vi tek med 13?» after a boat with 12 passengers and 30 GT: 13 passengers, a passenger ship (required), never 13 GT (nn, round 48)',
    locale: 'nn',
    turns: [
      say(
        'Hei! Vi driv ein turbåt med 12 passasjerar, ca 30 BT, norsk flagg. Treng vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'uncertain'),
      ),
      say('kvifor?', decides('manning.which-vessels', 'manning-certificate', 'uncertain')),
      say(
        'kva om vi tek med 13?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { vesselType: 'passenger', grossTonnage: 30 },
        }),
      ),
    ],
  },
  {
    name: '«hva om vi flagger om til NOR?» after a cargo ship under the Malta flag: Norwegian flag, required; never the fallback (nb, round 48)',
    locale: 'nb',
    turns: [
      say(
        'Vi har et lasteskip på 1200 BT under Malta-flagg med norsk rederi. Trenger vi bemanningssertifikat fra Sdir?',
        decides('manning.which-vessels', 'manning-certificate', 'not-norwegian'),
      ),
      say(
        'hva om vi flagger om til NOR?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: '"and if it were Norwegian?" after a foreign cargo ship of 1200 GT: required (en, round 48)',
    locale: 'en',
    turns: [
      say(
        'Our 1200 GT cargo ship is flagged in Malta. Does it need a Norwegian manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'not-norwegian'),
      ),
      say(
        'and if it were Norwegian?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
];

describe('Round 48, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
