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
];

describe('round 12: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
