/**
 * What round 56 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Most were confident wrong answers on the snapshot the testers had: a correction "4
 * months, not 3" read as 4 days, a renewal what-if date read as a day asked about (the return of the
 * ISSC answered), a days-to-hours conversion for a D5 answered with the first issue's requirements,
 * a second count of days dropped, «treng vi kokk?» answered as the safety crew's other duties; and,
 * from the out-of-scope probe, a bank account answered with the contact card and "get it in English"
 * said of a document read as a request for another language.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"correction: it was 4 months, not 3" while the days worked are asked, after "back to my case, 3 months at 12": 120 days at 12 hours, never 4 days at a what-if\'s 6 (en, round 56)',
    locale: 'en',
    turns: [
      say('fartstid for 3 months at 12 hours?', asks('seatime.calculate', 'days')),
      say('and 6 months at 6 hours?', asks('seatime.calculate', 'days')),
      say('ok back to my case, 3 months at 12', asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 } })),
      say(
        'correction: it was 4 months, not 3',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 1440 },
          { facts: { days: 120, hoursPerDay: 12 } },
        ),
      ),
    ],
  },
  {
    name: '"and on 30.09.2026?", "what about 31/8-26?" after a renewal verification on 1 Oct 2026: the verification moved, never the return of the ISSC (en, round 56)',
    locale: 'en',
    turns: [
      say(
        'ISSC renewal: cert expires 31.12.2026. when is the earliest we can do the renewal verification without losing time?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        "so if we do it on 1 oct 2026, what's the new expiry",
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2026-10-01' },
        }),
      ),
      say(
        'and on 30.09.2026?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2026-12-31', verificationDate: '2026-09-30' },
        }),
      ),
      say(
        'what about 31/8-26?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2026-12-31', verificationDate: '2026-08-31' },
        }),
      ),
    ],
  },
  {
    name: '"I need 360 days fartstid for renewal of my D5. how many hours on board is that?": the hours worked out, never the first issue\'s requirements (en, round 56)',
    locale: 'en',
    turns: [
      say(
        'I need 360 days fartstid for renewal of my D5. how many hours on board is that?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 360 } }),
      ),
    ],
  },
  {
    name: '«20 dagar i januar og 25 i februar, 12 timar kvar dag»: 45 days, never the 20 alone (nn)',
    locale: 'nn',
    turns: [
      say(
        'kor mykje fartstid får eg? 20 dagar i januar og 25 i februar, 12 timar kvar dag',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 540 },
          { facts: { days: 45, hoursPerDay: 12 } },
        ),
      ),
    ],
  },
  {
    name: '«fartstid 20 og 25 dager, 12 t/dag»: 45 days, never the 25 alone (nb)',
    locale: 'nb',
    turns: [
      say(
        'fartstid 20 og 25 dager, 12 t/dag',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 540 }, { facts: { days: 45 } }),
      ),
    ],
  },
  {
    name: '«tilbake til oss, treng vi kokk?» after what the safety crew may do, 9 in the safe manning: no cook needed, never the other duties again (nn, round 56)',
    locale: 'nn',
    turns: [
      say(
        'vi er 9 i sikkerheitsbemanninga. kan dei selje billettar under overfarten?',
        answersTopic('manning.other-duties'),
      ),
      say('tilbake til oss, treng vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
    ],
  },
  {
    name: '«sertifikatet mitt er på bokmål, kan jeg få det på engelsk …»: the document in English is outside, never the chat switched to English (nb, oos56)',
    locale: 'nb',
    turns: [
      say(
        'sertifikatet mitt er på bokmål, kan jeg få det på engelsk til utenlandsk rederi',
        answersTopic('fallback', { locale: 'nb' }),
      ),
    ],
  },
  {
    name: '«kva er kontonummeret til sjøfartsdirektoratet»: outside the sources, never the contact card as if it said (nn, oos56)',
    locale: 'nn',
    turns: [say('kva er kontonummeret til sjøfartsdirektoratet', answersTopic('fallback'))],
  },
  {
    name: "«og etterpaa, kor lenge gjeld det fulle sertifikatet?» after an interim ISSC and another question: a full ISSC supposed (its expiry asked), never the interim's six months again (nn, round 56)",
    locale: 'nn',
    turns: [
      say('fekk I-ISSC 10/1-26. kor lenge gjeld det?', decides('isps.interim', 'issc-validity', 'dates')),
      say('korleis får skipet norsk ISSC?', answersTopic('isps.process')),
      say(
        'og etterpaa, kor lenge gjeld det fulle sertifikatet?',
        asks('isps.interim', 'expiryDate', { facts: { certificateKind: 'full' } }),
      ),
    ],
  },
  {
    name: '«tilbake til min eigen baat, kan eg vere overstyrmann der?» after a what-if on stor kystfart: the own boat in liten kystfart, D6 allows chief mate (nn, round 56)',
    locale: 'nn',
    turns: [
      say(
        'hei! eg har D6, er 21 aar og har 14 mnd som vaktoffiser paa baatar over 8 m. kan eg vere skipper paa ein arbeidsbaat paa 18 m (største lengde), L er ca 16, 150 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('og om baaten gaar i stor kystfart?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'tilbake til min eigen baat, kan eg vere overstyrmann der?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { tradingArea: 'liten-kystfart', role: 'chief-mate' },
        }),
      ),
    ],
  },
  {
    name: '«… held det?» beside the facts of the matros case, then «kva om eg hadde fagbrev og 10 mnd paa dekk?»: matros with a trade certificate needs a year, so no; never the ordinary seaman\'s "yes" (nn, round 56)',
    locale: 'nn',
    turns: [
      say(
        'krav for matros paa 400 BT lasteskip i fartsomraade 4?',
        asks('ratings.matros', 'hasTradeCertificate', { locale: 'nb' }),
      ),
      say('nei', asks('ratings.matros', 'monthsAsOrdinarySeaman', { locale: 'nb' })),
      say(
        'eg har ikkje fagbrev, men 14 mnd som lettmatros og 2 aar til paa dekk. held det?',
        asks('ratings.matros', 'monthsAsOrdinarySeaman'),
      ),
      say(
        'kva om eg hadde fagbrev og 10 mnd paa dekk?',
        decides('ratings.matros', 'matros', 'does-not-meet', undefined, {
          facts: { hasTradeCertificate: true, monthsDeckService: 10 },
        }),
      ),
    ],
  },
  {
    name: '«nei vent, det var i 2024 ikkje i fjor» after a health certificate issued «1. mars i fjor»: issued 1 March 2024, expired; never the fallback and the 2025 date (nn, round 56)',
    locale: 'nn',
    turns: [
      say(
        'helseerklæringa mi vart skriven ut 1. mars i fjor. eg er 30. gjeld ho framleis?',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'nei vent, det var i 2024 ikkje i fjor',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2024-03-01' },
        }),
      ),
    ],
  },
  {
    name: '"and if it was 28 feb?" after an interim ISSC issued 31/8-2025: the date of issue supposed, never an intermediate verification (en, round 56)',
    locale: 'en',
    turns: [
      say(
        'interim ISSC question: issued 31/8-2025. last valid day?',
        decides('isps.interim', 'issc-validity', 'dates'),
      ),
      say(
        'and if it was 28 feb?',
        decides(
          'isps.interim',
          'issc-validity',
          'dates',
          { latestExpiry: '2025-08-28' },
          { absent: ['intermediateDate'] },
        ),
      ),
    ],
  },
  {
    name: "«Vi har skiftet flagg fra Malta til Norge … Må vi levere tilbake det gamle ISSC-et til dere?»: another state's ISSC is not in the sources; never the rule for returning Sdir's own (nb, round 56)",
    locale: 'nb',
    turns: [
      say(
        'Vi har skiftet flagg fra Malta til Norge i november. Må vi levere tilbake det gamle ISSC-et til dere?',
        answersTopic('fallback'),
      ),
    ],
  },
  {
    name: '«går bemanningssertifikatet ut på dato og må vi ha AIS på samme båt?»: the expiry answered, AIS said to be outside; never both lost (nb, oos56)',
    locale: 'nb',
    turns: [
      say('går bemanningssertifikatet ut på dato og må vi ha AIS på samme båt?', {
        topics: ['manning.expiry', undefined, 'fallback'],
      }),
    ],
  },
  {
    name: '"requirements for a motorman, what\'s the average salary": the motorman\'s requirements asked about, the salary kept to say it is outside (en, oos56)',
    locale: 'en',
    turns: [
      say(
        "requirements for a motorman, what's the average salary",
        asks('ratings.maskinpasser', 'monthsEngineService', { says: (l) => [texts(l).conversation.answeredAfter([])] }),
      ),
    ],
  },
  {
    name: '«hva må en fartstidsbekreftelse inneholde, kan jeg sende den med DHL?»: the contents answered, the courier kept to say it is outside (nb, oos56)',
    locale: 'nb',
    turns: [
      say(
        'hva må en fartstidsbekreftelse inneholde, kan jeg sende den med DHL?',
        asks('seatime.confirmation', 'targetCertificate', { says: (l) => [texts(l).conversation.answeredAfter([])] }),
      ),
    ],
  },
  {
    name: '«… har D6 … Kan eg vere skipsførar på ein båt under 24 meter? Og korleis søkjer eg om studielån til fagskulen?»: the D6 question answered, the loan kept to say it is outside (nn)',
    locale: 'nn',
    turns: [
      say(
        'Hei, eg er 19 år og har D6. Eg har jobba som vaktoffiser i eitt år. Kan eg vere skipsførar på ein båt under 24 meter? Og korleis søkjer eg om studielån til fagskulen? Helsing Sindre',
        asks('d6.privileges', 'vesselType', { says: (l) => [texts(l).conversation.answeredAfter([])] }),
      ),
    ],
  },
  {
    name: '«og om vi var 8 da?» after a nynorsk cook question with 12 in the safe manning: 8 supposed, still in nynorsk («da» is «då» without å), never the cook rule on 12 in bokmål (nn, round 56)',
    locale: 'nn',
    turns: [
      say(
        'kokken vaar er 25, fraa Polen, har kokkeutdanning der med praktisk prove. vi er 12 i sikkerheitsbemanninga. er han godkjent?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'og om vi var 8 da?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, { facts: { crewSize: 8 } }),
      ),
    ],
  },
  {
    name: '«er nødradiobøye påbode på fritidsbåt»: outside, and answered in nynorsk («påbode»), never bokmål (nn, oos56)',
    locale: 'nn',
    turns: [say('er nødradiobøye påbode på fritidsbåt', answersTopic('fallback'))],
  },
];

describe('Round 56, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
