/**
 * Conversations as an independent tester wrote them when playing real users (shipowners, foreign
 * crew, skippers on phones), each one a failure that was seen and fixed: two things asked for in one
 * question, a flag named by its state or listed among the particulars, a statement read as a
 * question, and a user asking for another language. Played through the real turn core.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, pick, playGolden, say } from './golden-helpers.js';

const MANNING = 'manning.which-vessels';
const COOK = 'cook.required';

const CONVERSATIONS: Golden[] = [
  {
    name: 'a cook and a manning certificate asked for in one question are both answered, the cook first (en)',
    locale: 'en',
    turns: [
      say(
        'we have a 300 GT cargo vessel under norwegian flag with 8 crew. do we need a cook and a manning certificate?',
        asks(COOK, 'safetyManning'),
      ),
      say('12', {
        topics: [COOK, MANNING, MANNING],
        ask: null,
        says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics[MANNING].title)],
      }),
    ],
  },
  {
    name: '«bemanningssertifikat og skipskokk» in one question: the cook comes after the manning certificate (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat og skipskokk?', asks(MANNING, 'flag')),
      say('norsk lasteskip på 300 BT', { topics: [MANNING, COOK, COOK, COOK], ask: 'safetyManning' }),
      say('12', decides(COOK, 'ship-cook', 'required')),
    ],
  },
  {
    name: 'a ship flagged in Malta is not under the Norwegian manning regulations, decided at once (en)',
    locale: 'en',
    turns: [
      say(
        'Our ship is flagged in Malta, 3000 GT, owned by a company in Oslo. Need Norwegian manning certificate?',
        decides(MANNING, 'manning-certificate', 'not-norwegian'),
      ),
    ],
  },
  {
    name: '"Malta" as the answer to the flag question is a foreign flag (en)',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate?', asks(MANNING, 'flag')),
      say('Malta', decides(MANNING, 'manning-certificate', 'not-norwegian')),
    ],
  },
  {
    name: '«maltesisk flagg» in nynorsk is a foreign flag (nn)',
    locale: 'nn',
    turns: [
      say(
        'Treng lasteskipet vårt bemanningssertifikat? Det går under maltesisk flagg.',
        decides(MANNING, 'manning-certificate', 'not-norwegian'),
        'nn',
      ),
    ],
  },
  {
    name: 'the flag listed among the particulars («fiskebåt på 14 meter, norsk,») is not asked again (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hei! Vi har en fiskebåt på 14 meter, norsk, og lurer på om vi trenger bemanningssertifikat?',
        asks(MANNING, 'lengthL', { facts: { flag: 'NO', vesselType: 'fishing' } }),
      ),
    ],
  },
  {
    name: 'time served as lettmatros, stated first, does not make it a lettmatros question when matros is asked (nb)',
    locale: 'nb',
    turns: [
      say(
        'Har 1 år som lettmatros og 2 år på dekk ellers. Kan jeg jobbe som matros på et skip på 800 BT i nordsjøfart?',
        // A ship in nordsjøfart is seagoing (round 14): at 800 BT the certificate is required.
        decides('ratings.matros', 'matros', 'certificate-required'),
      ),
    ],
  },
  {
    name: 'asked to continue in English in the middle of a flow: acknowledged in English, and the question asked again (nb → en)',
    locale: 'nb',
    turns: [
      say('Hei, trenger vi bemanningssertifikat?', asks(MANNING, 'flag')),
      say('sorry, can we continue in English?', {
        ask: 'flag',
        locale: 'en',
        says: (l) => [texts(l).ui.languageSwitched],
      }),
    ],
  },
  {
    name: 'asked to answer in nynorsk: acknowledged in nynorsk (en → nn)',
    locale: 'en',
    turns: [
      say('Do we need a cook?', asks(COOK, 'safetyManning')),
      say('kan du svare på nynorsk?', {
        ask: 'safetyManning',
        locale: 'nn',
        says: (l) => [texts(l).ui.languageSwitched],
      }),
    ],
  },
  {
    name: 'asked to go back to nynorsk after English: the pending question again in nynorsk, no fallback (nn → en → nn)',
    locale: 'nn',
    turns: [
      say('Kor lenge gjeld helseerklæringa?', asks('health.certificate', 'issueDate', { locale: 'nn' })),
      say('can you answer in English?', { ask: 'issueDate', locale: 'en' }),
      say('kan du gå tilbake til nynorsk?', {
        ask: 'issueDate',
        locale: 'nn',
        says: (l) => [texts(l).ui.languageSwitched],
      }),
    ],
  },
  {
    name: 'a flag changed back to Norwegian is no request for bokmål (nb)',
    locale: 'en',
    turns: [
      say('we are changing the flag back to norwegian, must we return the ISSC?', {
        locale: 'en',
        never: (l) => [texts(l).ui.languageSwitched],
      }),
    ],
  },
  {
    name: 'a request for English before a Norwegian question: the question is answered in English (en)',
    locale: 'en',
    turns: [
      say(
        'Hello, can you answer in English? Jeg lurer på om helseerklæringen min er gyldig',
        asks('health.certificate', 'issueDate', { locale: 'en' }),
      ),
    ],
  },
  {
    name: 'a question whether a document may be written in English is no request for English (nb)',
    locale: 'nb',
    turns: [
      say('Kan fartstidsattesten skrives på engelsk?', {
        locale: 'nb',
        never: (l) => [texts(l).ui.languageSwitched],
      }),
    ],
  },
  {
    name: 'a question that opens with "wait," while a fact is pending is a question, not the fallback (en)',
    locale: 'en',
    turns: [
      say('sea time calc', asks('seatime.calculate', 'days')),
      say('200', asks('seatime.calculate', 'hoursPerDay')),
      // Answered, and the question that waits is asked again (the topic only informs; nothing to ask).
      say('wait, can the master sign it or must the company?', {
        topics: ['seatime.who-can-confirm', 'seatime.calculate'],
        ask: 'hoursPerDay',
      }),
      say('12', decides('seatime.calculate', 'sea-time', 'calculated')),
    ],
  },
  {
    name: 'a question that opens with «vent,» while a fact is pending is a question (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi skipskokk?', asks(COOK, 'safetyManning')),
      say('vent, hvilke krav er det til kokken?', { topic: 'cook.qualification' }),
    ],
  },
  {
    name: 'the documents named as uploaded decide manual processing at once (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hvorfor gikk søknaden min til manuell behandling? Jeg lastet opp fartstidsattest og helseerklæring',
        decides('aps.processing', 'aps-processing', 'manual'),
      ),
    ],
  },
  {
    name: 'everything reported electronically decides automatic processing at once (en)',
    locale: 'en',
    turns: [
      say(
        'Will my application be automatic if everything is reported electronically?',
        decides('aps.processing', 'aps-processing', 'automatic'),
      ),
    ],
  },
  {
    name: 'every sea-time figure for a first D5 given in one message decides it at once (en)',
    locale: 'en',
    turns: [
      say(
        'I want D5. I have 1080 days sea time on ships over 15 m, 200 days bridge watch, 40 days after diploma, and assessment is done. Do I meet requirement?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets'),
      ),
    ],
  },
  {
    name: 'a 40 GT work boat that takes 20 tourists needs a manning certificate as a passenger ship (nn)',
    locale: 'nn',
    turns: [
      say(
        'arbeidsbåten vår på 40 BT tek med seg 20 turistar om sommaren. treng me bemanningssertifikat? norsk flagg',
        decides(MANNING, 'manning-certificate', 'required'),
        'nn',
      ),
    ],
  },
  {
    name: 'a health certificate issue date after today is asked again, and the conversation goes on (nn)',
    locale: 'nn',
    turns: [
      say('kor lenge gjeld helseerklæringa?', asks('health.certificate', 'issueDate'), 'nn'),
      say('31.12.2026', asks('health.certificate', 'issueDate'), 'nn'),
      say('31.12.2025', asks('health.certificate', 'ageAtIssue'), 'nn'),
    ],
  },
  {
    name: 'an expiry date given when the date of issue is asked is the expiry, and a passed one decides "expired" (nb)',
    locale: 'nb',
    turns: [
      say('hvor lenge gjelder helseerklæringen?', asks('health.certificate', 'issueDate')),
      say(
        'legen skrev at den gjelder til 01.06.2026',
        decides('health.certificate', 'health-certificate', 'expired', { validUntil: '2026-06-01' }),
      ),
    ],
  },
  {
    name: 'the age now («jeg er 18 nå») is not the age at issue: a minor then, so the certificate has expired (nb)',
    locale: 'nb',
    turns: [
      say('hvor lenge gjelder helseerklæringen?', asks('health.certificate', 'issueDate')),
      say('01.02.2025', asks('health.certificate', 'ageAtIssue')),
      say('jeg er 18 nå', decides('health.certificate', 'health-certificate', 'expired')),
    ],
  },
  {
    name: 'a correction that gives the safe manning and the whole crew («9 i sikkerheitsbemanninga men 12 totalt») takes the 9 (nn)',
    locale: 'nn',
    turns: [
      say('må me ha kokk?', asks(COOK, 'safetyManning'), 'nn'),
      say('12', decides(COOK, 'ship-cook', 'required'), 'nn'),
      say(
        'nei, feil, me er 9 i sikkerheitsbemanninga men 12 totalt',
        decides(COOK, 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
        'nn',
      ),
    ],
  },
  {
    name: '"are you a bot?" is answered: an automated assistant, not a person (en)',
    locale: 'en',
    turns: [say('Are you a bot?', { ask: null, says: (l) => [texts(l).ui.identity] })],
  },
  {
    name: '«er du ein robot?» in the middle of a flow is answered, and the question asked again (nn)',
    locale: 'nn',
    turns: [
      say('treng vi kokk?', asks(COOK, 'safetyManning'), 'nn'),
      say('er du ein robot?', { ask: 'safetyManning', says: (l) => [texts(l).ui.identity] }, 'nn'),
    ],
  },
  {
    name: 'a question aside about who may sign, while the safe manning is asked: answered, then the cook question goes on (nn)',
    locale: 'nn',
    turns: [
      say('må me ha kokk?', asks(COOK, 'safetyManning'), 'nn'),
      say(
        'kven kan skrive fartstidsattest forresten?',
        { topics: ['seatime.who-can-confirm', COOK], ask: 'safetyManning' },
        'nn',
      ),
      say('12', decides(COOK, 'ship-cook', 'required'), 'nn'),
    ],
  },
  {
    name: 'the facts first and the bare term last («norsk lasteskip 60 BT. Bemanningssertifikat?») is the manning question, decided (nb)',
    locale: 'nb',
    turns: [say('norsk lasteskip 60 BT. Bemanningssertifikat?', decides(MANNING, 'manning-certificate', 'required'))],
  },
  {
    name: 'a training ship with the bare term last is decided case by case (en)',
    locale: 'en',
    turns: [
      say(
        'Norwegian sailing training ship used only for training, 600 GT. Manning certificate?',
        decides(MANNING, 'manning-certificate', 'case-by-case'),
      ),
    ],
  },
  {
    name: 'a count given when the safe manning is asked («14 mann») is the safe manning (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi skipskokk?', asks(COOK, 'safetyManning')),
      say('14 mann', decides(COOK, 'ship-cook', 'required', undefined, { facts: { safetyManning: 14 } })),
    ],
  },
  {
    name: 'a pasted confirmation that the seafarer signed himself is refused at once, with no second menu (nb)',
    locale: 'nb',
    turns: [
      say(
        'Kan du sjekke denne fartstidsbekreftelsen? Navn: Ola Nordmann, født 12.03.1990. Stilling: lettmatros. Periode fra 01.01.2025 til 30.06.2025, 120 dager, 10 timer per dag. Fartøy: MS Fjordbris, kallesignal LK1234, største lengde 14,9 m. Signert av Ola Nordmann, daglig leder. Skal brukes til D6.',
        { ...decides('seatime.confirmation', 'sea-time-confirmation', 'invalid'), topics: ['seatime.confirmation'] },
      ),
    ],
  },
  {
    name: 'an old button clicked after the answer says how to change an answer (type it, or go back), no dead end (nb)',
    locale: 'nb',
    turns: [
      say('må vi ha bemanningssertifikat?', asks(MANNING, 'flag')),
      pick('answer:NO', asks(MANNING, 'vesselType')),
      pick('answer:cargo', asks(MANNING, 'grossTonnage')),
      say('30', decides(MANNING, 'manning-certificate', 'not-required')),
      pick('answer:foreign', { ask: null, says: (l) => [texts(l).conversation.staleChoiceHint] }),
      say('nei, den er utenlandsk', decides(MANNING, 'manning-certificate', 'not-norwegian')),
    ],
  },
  {
    name: '"… and how to apply" after the manning question in an e-mail is answered too: the application (en)',
    locale: 'en',
    turns: [
      say(
        'Hello Losen,\nWe are a Polish shipyard delivering a new 45 m cargo vessel to a Norwegian owner in Kristiansund next spring. The vessel will be around 400 GT and fly the Norwegian flag. The owner asked us to clarify if a minimum safe manning document is required and how to apply. Thank you!\nTomasz',
        {
          topics: [MANNING, 'manning.how-to-apply', 'manning.how-to-apply'],
          ask: null,
          decision: { rule: 'manning-certificate', outcome: 'required' },
          says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics['manning.how-to-apply'].title)],
        },
      ),
    ],
  },
  {
    name: '"whether our office manager can sign it" after what a confirmation must hold is who may sign (en)',
    locale: 'en',
    turns: [
      say(
        'Good morning,\n\nI work in HR at Ocean Offshore Ltd (UK). We need a sea-time confirmation for a former deckhand. Could you please tell me what information the confirmation needs to include, and whether our UK office manager can sign it?\n\nBest regards,\nSarah',
        {
          topics: ['seatime.confirmation', 'seatime.confirmation'],
          ask: 'targetCertificate',
        },
      ),
    ],
  },
  {
    name: '«og kven kan skrive under på ho?» after what a confirmation must hold is who may sign (nn)',
    locale: 'nn',
    turns: [
      say(
        'Kva må ei stadfesting av fartstid innehalde, og kven kan skrive under på ho?',
        {
          topics: ['seatime.confirmation', 'seatime.confirmation'],
          ask: 'targetCertificate',
        },
        'nn',
      ),
    ],
  },
  {
    name: 'a request to update the manning certificate and "whether the certificate will then get an expiry date": both answered (en)',
    locale: 'en',
    turns: [
      say(
        'Dear team, our vessel MV Nordkapp (IMO 9123456, call sign LAXY) must update its manning certificate to include D6 positions. We also wonder whether the certificate will then get an expiry date. Regards, Capt. Singh',
        {
          topics: ['manning.d6-update', 'manning.expiry', 'manning.expiry'],
          ask: null,
          says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics['manning.expiry'].title)],
        },
      ),
    ],
  },
  {
    name: 'a second question outside the catalogue is not dropped: the manning answer, then the fallback for it (en)',
    locale: 'en',
    turns: [
      say(
        'Do we need a manning certificate for our 40 GT cargo ship under Norwegian flag? And what does NIS registration cost?',
        {
          topics: [MANNING, undefined, 'fallback'],
          ask: null,
          decision: { rule: 'manning-certificate', outcome: 'not-required' },
          says: (l) => [texts(l).conversation.alsoAskedOutside],
        },
      ),
    ],
  },
  {
    name: 'a second question outside the catalogue gets the fallback after the cook answer (nb)',
    locale: 'nb',
    turns: [
      say('Vi er 12 i sikkerhetsbemanningen. Trenger vi skipskokk? Og hva koster det å registrere skipet i NIS?', {
        topics: [COOK, undefined, 'fallback'],
        ask: null,
        decision: { rule: 'ship-cook', outcome: 'required' },
        says: (l) => [texts(l).conversation.alsoAskedOutside],
      }),
    ],
  },
  {
    name: '"is that right?" beside a clear question is no second question (en)',
    locale: 'en',
    turns: [
      say('We are 12 in the safe manning, so we need a ship cook. Is that right?', {
        ...decides(COOK, 'ship-cook', 'required'),
        never: (l) => [texts(l).conversation.alsoAskedOutside],
      }),
    ],
  },
  {
    name: 'asked the safe manning, "nine on the manning certificate but usually 14 on board" is nine: no cook (en)',
    locale: 'en',
    turns: [
      say('is cook required?', asks(COOK, 'safetyManning')),
      say(
        'we are nine on the manning certificate but usually 14 on board',
        decides(COOK, 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
      ),
    ],
  },
  {
    name: '«jeg blir 20 i neste uke» asked the age is 19 today: no master rights yet (nb)',
    locale: 'nb',
    turns: [
      say(
        'har D4 uten førerrett. 14 mnd som styrmann etter utstedelse. kan jeg søke førerrett?',
        asks('deck.master-rights', 'age'),
      ),
      say(
        'jeg blir 20 i neste uke',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '"will it still be valid on 01.01.2027?" is decided for that date, not today: no longer valid (en)',
    locale: 'en',
    turns: [
      say(
        'health certificate issued 06.12.2024, I was 38. will it still be valid on 01.01.2027?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { onDate: '2027-01-01' },
        }),
      ),
    ],
  },
  {
    name: '"what about on 10 December?" after a valid answer asks for that date, never an age of 10 (en)',
    locale: 'en',
    turns: [
      say(
        'health certificate issued 06.12.2024, I was 38. valid?',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'what about on 10 December?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { onDate: '2026-12-10', ageAtIssue: 38, issueDate: '2024-12-06' },
        }),
      ),
    ],
  },
  {
    name: '"sorry, the expiry date on it says 10.07.2026" after a valid answer is the expiry date, never the date of issue (en)',
    locale: 'en',
    turns: [
      say(
        'health certificate issued 10.01.2025, I am 45, valid?',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'sorry, the expiry date on it says 10.07.2026',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-01-10', expiryDate: '2026-07-10' },
        }),
      ),
    ],
  },
  {
    name: 'months as navigator said in a D6 question are not carried into a D5 master-rights question as months since its first issue (en)',
    locale: 'en',
    turns: [
      say(
        'Our new skipper has D6, 22 years old, 2 years as navigator on our 12 m boats. Can he be master on our 16 m LOA (L 15 m) cargo boat, 45 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'and what about a D5 holder, first issue, no master rights?',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', { facts: { age: 22 } }),
      ),
    ],
  },
  {
    name: 'a renewal verification «avtalt» for a date picks the renewal rule; «og om vi tar den 30. desember?» is the verification moved (nb)',
    locale: 'nb',
    turns: [
      say(
        'ISSC-en vår går ut 31. mars 2027. Fornyelsesverifikasjon er avtalt 31. desember 2026. Hvilken utløpsdato får vi?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-03-31' }),
      ),
      say(
        'og om vi tar den 30. desember?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2031-12-30' }),
      ),
    ],
  },
  {
    name: '"what if the renewal audit is on 01.12.2026?" changes the verification date and decides again (en)',
    locale: 'en',
    turns: [
      say(
        'Our ISSC expires 20.02.2027. Renewal verification planned 10.11.2026. what will be new expiry date?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2031-11-10' }),
      ),
      say(
        'what if the renewal audit is on 01.12.2026?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-02-20' }),
      ),
    ],
  },
  {
    name: 'a statement giving the D6 rule a fact while it asks another («eg har 18 månader som vaktoffiser») stays with D6 (nn)',
    locale: 'nn',
    turns: [
      say(
        'Har ein arbeidsbåt på 12 m, 25 BT, liten kystfart. Eg har D6. Kan eg vere skipper?',
        asks('d6.privileges', 'lengthOverall'),
        'nn',
      ),
      say(
        'eg har 18 månader som vaktoffiser',
        asks('d6.privileges', 'lengthOverall', { facts: { monthsAsOfficerOfTheWatch: 18 } }),
        'nn',
      ),
    ],
  },
  {
    name: 'an e-mail with three numbered questions gets all three answered, in order, the calculation included (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hei,\n\nVi er et oppdrettsselskap på Frøya. Vi har hittil ikke rapportert fartstid elektronisk.\n\n1) Hvilken stilling skal vi registrere fartstiden på for de som kjører båten?\n2) Kan vi bruke Min side kvalifikasjoner, og hvilken rolle i Altinn trenger vi?\n3) En av de ansatte har jobbet ca 3 timer om dagen i 220 dager. Hvor mye fartstid blir det?\n\nMed vennlig hilsen\nMarte',
        {
          topics: [
            'seatime.positions',
            'seatime.employer-reporting',
            'seatime.employer-reporting',
            'seatime.calculate',
            'seatime.calculate',
          ],
          ask: null,
          decision: { rule: 'sea-time', outcome: 'calculated' },
          never: (l) => [texts(l).conversation.alsoAskedOutside],
        },
      ),
    ],
  },
  {
    name: '"and the renewal?" after the intermediate window is the renewal window, with the expiry date kept (en)',
    locale: 'en',
    turns: [
      say(
        'Our full ISSC was issued 01.03.2024, expiry 01.03.2029. When must we do the intermediate verification?',
        decides('isps.verification-dates', 'issc-validity', 'dates'),
      ),
      say(
        'and the renewal?',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { windowStart: '2028-12-01', newExpiry: '2034-03-01' },
          { facts: { expiryDate: '2029-03-01' } },
        ),
      ),
    ],
  },
  {
    name: 'a confirmation to set up, signed «av meg selv Ola Nilsen» by the seafarer, is refused at once: nobody may confirm their own sea time (nb)',
    locale: 'nb',
    turns: [
      say(
        'sett opp en fartstidsbekreftelse for meg: Navn Ola Nilsen, født 1.1.1990, matros på MS Fjordgutt, kallesignal LABC, 30 m, 1.1.2026 til 30.6.2026, 150 dager, 12 timer, signert av meg selv Ola Nilsen som eier',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid'),
      ),
    ],
  },
  {
    name: '"Sightseeing RIB, 13 tourists, Norwegian. need manning certificate?" is a Norwegian passenger ship: required (en)',
    locale: 'en',
    turns: [
      say(
        'Sightseeing RIB, 13 tourists, Norwegian. need manning certificate?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
    ],
  },
  {
    name: 'a D6 question from someone whose health certificate is limited to a trading area gets the health answer too: its limits apply even with D6 (nb)',
    locale: 'nb',
    turns: [
      say(
        'Helseerklæringen min gjelder bare for fartsområde 2 ifølge legen. Kan jeg jobbe i liten kystfart med D6?',
        asks('d6.privileges', 'role'),
      ),
      pick('answer:master', asks('d6.privileges', 'vesselType')),
      say('arbeidsbåt', asks('d6.privileges', 'grossTonnage')),
      say('20 BT', asks('d6.privileges', 'tradingArea')),
      pick('answer:liten-kystfart', asks('d6.privileges', 'lengthOverall')),
      say('12 m', {
        topics: ['d6.privileges', 'health.certificate', 'health.certificate', 'health.certificate'],
        ask: 'issueDate',
        decision: { rule: 'd6-privileges', outcome: 'allowed' },
        says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics['health.certificate'].title)],
      }),
    ],
  },
];

describe('conversations as people write them', () => {
  it.each(CONVERSATIONS)('$name', playGolden);
});
