/**
 * What round 11 found, and the open items of round 10 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«7 måneder i maskin og 30 måneder totalt» for maskinpasser: the 23 other months are practice the Authority assesses, so uncertain, never «Nei» on the engine months alone (nb, round 10 W1)',
    locale: 'nb',
    turns: [
      say('maskinpasser', asks('ratings.maskinpasser', 'monthsEngineService')),
      say(
        '7 måneder i maskin og 30 måneder totalt',
        decides('ratings.maskinpasser', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 7, monthsMechanicalPractice: 23 },
        }),
      ),
    ],
  },
  {
    name: '"maskinpasser: 8 months in the engine room, 3 years at sea in total": 28 months besides the engine room (en)',
    locale: 'en',
    turns: [
      say(
        'maskinpasser: 8 months in the engine room, 3 years at sea in total',
        decides('ratings.maskinpasser', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 8, monthsMechanicalPractice: 28 },
        }),
      ),
    ],
  },
  {
    name: '«hva om vi ikke rekker det?» while the intermediate verification is worked out: when the ISSC must be returned, then the question again (nb, round 10)',
    locale: 'nb',
    turns: [
      say(
        'når skal mellomliggende verifikasjon gjøres, ISSC utstedt 01.03.2025',
        asks('isps.verification-dates', 'expiryDate', { facts: { certificateKind: 'full' } }),
      ),
      say('hva om vi ikke rekker det?', {
        topics: ['isps.invalid', 'isps.verification-dates'],
        ask: 'expiryDate',
      }),
    ],
  },
  {
    name: '"what if we miss the window?" after the verification dates: when the ISSC must be returned (en)',
    locale: 'en',
    turns: [
      say(
        'intermediate verification, ISSC issued 10.02.2024, full term',
        asks('isps.verification-dates', 'expiryDate'),
      ),
      say('what if we miss the window?', { topics: ['isps.invalid', 'isps.verification-dates'], ask: 'expiryDate' }),
    ],
  },
  {
    name: '«Kan jeg føre en 20 m lasteskip …?» with a D6 asks for the master, not the position (nb, round 10)',
    locale: 'nb',
    turns: [
      say(
        'jeg har D6, er 22 år og har 14 måneder som vaktoffiser på båt over 8 meter. Kan jeg føre en 20 m lasteskip i liten kystfart?',
        { topic: 'd6.privileges', facts: { role: 'master' } },
      ),
    ],
  },
  {
    name: '«Ein av dei tilsette har D6 … Kan han vere skipsførar?» in an e-mail is what D6 allows (yes, LOA 14,5 m), not which position to register (nn, round 10)',
    locale: 'nn',
    turns: [
      say(
        'God dag. Eg er dagleg leiar i eit lite oppdrettsselskap. Vi har ein arbeidsbåt, 14,5 m største lengde, 35 BT, liten kystfart, norsk flagg. Ein av dei tilsette har D6 og er 21 år med 13 månader som vaktoffiser. Kan han vere skipsførar?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { role: 'master', lengthOverall: 14.5 },
        }),
      ),
    ],
  },
  {
    name: '«fartstiden er rapportert elektronisk av rederiet» when the uploads are asked names none uploaded; «men jeg lastet også opp en attest» then makes it manual (nb, W1)',
    locale: 'nb',
    turns: [
      say('blir søknaden min behandlet automatisk?', asks('aps.processing', 'uploadedDocuments')),
      say(
        'fartstiden er rapportert elektronisk av rederiet',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
      say(
        'men jeg lastet også opp en attest som vedlegg',
        decides('aps.processing', 'aps-processing', 'manual', undefined, {
          facts: { uploadedDocuments: ['sea-time'] },
        }),
      ),
    ],
  },
  {
    name: '«to hundre og femti dager da?» after the hours for 200 sea-time days asks the same for 250, never the old answer again (nb, W2)',
    locale: 'nb',
    turns: [
      say(
        'hvor mange timer blir 200 fartstidsdager?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1023.01 }),
      ),
      say(
        'to hundre og femti dager da?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hoursNeeded: 1278.77 },
          { facts: { targetDays: 250 } },
        ),
      ),
      say(
        '300 dager da?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 300 } }),
      ),
    ],
  },
  {
    name: "«legen skrev 1 år på den» while the age at issue is asked is the doctor's date, never an age of 1 (nb, W3)",
    locale: 'nb',
    turns: [
      say('helseerklæring utstedt 01.11.2025, når går den ut?', asks('health.certificate', 'ageAtIssue')),
      say(
        'legen skrev 1 år på den',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { expiryDate: '2026-11-01' },
          absent: ['ageAtIssue'],
        }),
      ),
    ],
  },
  {
    name: '«12 timar» after the sea-time menu is the hours a day, not 12 hours in all; «hundre og tjue dagar» then decides (nn, W5)',
    locale: 'nn',
    turns: [
      say('kan du rekne ut fartstida mi', asks('seatime.calculate', 'days')),
      say('12 timar', asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 }, absent: ['totalHours'] })),
      say(
        'hundre og tjue dagar',
        decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 281.52 }, { facts: { days: 120 } }),
      ),
    ],
  },
  {
    name: '«fra 10.06.2026 til 09.07.2026» when the days are asked is 30 days; «6» then the hours a day (nb, W7)',
    locale: 'nb',
    turns: [
      say('regn ut fartstid', asks('seatime.calculate', 'days')),
      say('fra 10.06.2026 til 09.07.2026', asks('seatime.calculate', 'hoursPerDay', { facts: { days: 30 } })),
      say('6', decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 35.19 })),
    ],
  },
  {
    name: '"2 uker på, 2 uker av, 12 timer, i perioden 01.01.2026–30.06.2026" asks the days worked, never 12 hours in all (nb, W8)',
    locale: 'nb',
    turns: [
      say(
        'fartstid: jobbet 2 uker på, 2 uker av, 12 timer, i perioden 01.01.2026–30.06.2026. hvor mange fartstidsdager?',
        asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 }, absent: ['totalHours'] }),
      ),
    ],
  },
  {
    name: '"11 months as OOW on a 10 m LOA cargo boat" is the boat served on, not the one to command (L 19 m): No, only 11 months (en, CW6 a)',
    locale: 'en',
    turns: [
      say(
        "I'm 23, D6, 11 months as OOW on a 10 m LOA cargo boat. Want to be skipper on cargo boat L 19 m, 80 GT, liten kystfart. ok?",
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '"2 years as OOW but on a 7.5 m LOA boat" counts no months for the extension (a decimal point ends no sentence): asked (en, CW6 b)',
    locale: 'en',
    turns: [
      say(
        'D6 holder, 30 years, 2 years as OOW but on a 7.5 m LOA boat. master on L 18 m cargo boat 90 GT liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '"14 months OOW on 9 m LOA, skipper on cargo boat L 20 m": yes by the extension; "sorry it was only 10 months" then No (en, CW6 f)',
    locale: 'en',
    turns: [
      say(
        'D6, 24 years, 14 months OOW on 9 m LOA, skipper on cargo boat L 20 m 90 GT liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { absent: ['lengthOverall'] }),
      ),
      say('sorry it was only 10 months', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
    ],
  },
  {
    name: '«14 månader som vaktoffiser på ein 10 m LOA båt» is the boat served on; the ship to command is L 19 m (nn)',
    locale: 'nn',
    turns: [
      say(
        'eg er 25, har D6 og 14 månader som vaktoffiser på ein 10 m LOA båt. kan eg føre ein lasteskip L 19 m, 80 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { role: 'master', lengthL: 19 },
          absent: ['lengthOverall'],
        }),
      ),
    ],
  },
  {
    name: '«hva om båten er 4 meter lengre?» after L 21 m is L 25 m: D6 chief mate No (nb, C176)',
    locale: 'nb',
    turns: [
      say(
        'D6 overstyrmann lasteskip L 21 m 200 BT liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'hva om båten er 4 meter lengre?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { lengthL: 25 } }),
      ),
    ],
  },
  {
    name: '«vi øker med 3 BT etter ombygging» after 48 BT is 51 BT: a manning certificate is needed (nb, C179)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 48 BT norsk flagg, trenger vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'vi øker med 3 BT etter ombygging',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 51 } }),
      ),
    ],
  },
  {
    name: '«og om to månader?» after 10 months as OOW is 12 months: D6 master by the extension (nn, C154)',
    locale: 'nb',
    turns: [
      say(
        'D6 skipsførar, 21 år, 10 mnd vaktoffiser på 10 m båt, lasteskip L 20 m, 100 BT, liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say(
        'og om to månader?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 12, age: 21 },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«hva om jeg jobber 200 timer til?» after 1000 hours is 1200 hours; «og om eg legg til tolv timar?» adds 12 (nb, nn, C151, C142)',
    locale: 'nb',
    turns: [
      say('jeg har jobbet 1000 timer, hvor mange dager?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'hva om jeg jobber 200 timer til?',
        decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 234.6 }, { facts: { totalHours: 1200 } }),
      ),
      say(
        'og om eg legg til tolv timar?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { seaTimeDays: 236.95 },
          { facts: { totalHours: 1212 }, locale: 'nn' },
        ),
      ),
    ],
  },
  {
    name: '«hva om jeg får to måneder til på dekk?» while other practice is asked adds 2 to the 4 deck months (nb, C116)',
    locale: 'nb',
    turns: [
      say('maskinpasser-lettmatros', asks('ratings.maskinpasser-lettmatros', 'monthsEngineService')),
      say('36 måneder i maskin', asks('ratings.maskinpasser-lettmatros', 'monthsDeckService')),
      say('4 måneder på dekk', asks('ratings.maskinpasser-lettmatros', 'monthsMechanicalPractice')),
      say(
        'hva om jeg får to måneder til på dekk?',
        decides('ratings.maskinpasser-lettmatros', 'rating-requirements', 'meets', undefined, {
          facts: { monthsDeckService: 6 },
        }),
      ),
    ],
  },
  {
    name: '"can the doctor also do my drug test?" while the issue date is asked: the fallback, then the question again ("also" inside one question splits nothing) (en, CW3)',
    locale: 'en',
    turns: [
      say('how long is my health certificate valid?', asks('health.certificate', 'issueDate')),
      say('can the doctor also do my drug test?', { topics: ['fallback', 'health.certificate'], ask: 'issueDate' }),
    ],
  },
  {
    name: '«bemanningssertifikat» alone offers what about it (expiry, which vessels), never the expiry guessed (nb, round 11)',
    locale: 'nb',
    turns: [say('bemanningssertifikat', { offers: ['topic:manning.expiry', 'topic:manning.which-vessels'] })],
  },
  {
    name: '"eh sorry I\'m 18 actually, birthday was yesterday" is no date of issue: the issue date is asked again (en, CW1)',
    locale: 'en',
    turns: [
      say('I am seventeen how long helseerklæring valid', asks('health.certificate', 'issueDate')),
      say(
        "eh sorry I'm 18 actually, birthday was yesterday",
        asks('health.certificate', 'issueDate', { absent: ['issueDate'] }),
      ),
    ],
  },
  {
    name: '"sorry, the ship was delivered to us yesterday, does that matter?" is no date of issue of the interim ISSC (en, CW10)',
    locale: 'en',
    turns: [
      say('interim ISSC validity', asks('isps.interim', 'issueDate')),
      say('sorry, the ship was delivered to us yesterday, does that matter?', {
        topics: ['fallback', 'isps.interim'],
        ask: 'issueDate',
        absent: ['issueDate'],
      }),
    ],
  },
  {
    name: "«… 14 m arbeidsbåt (lasteskip, 40 BT) i liten kystfart … føre den nye båten … 21 meter (L) … på den gamle»: the old boat's facts are not the new one's; after «13 måneder» its type is asked (nb, C78)",
    locale: 'nb',
    turns: [
      say(
        'Hei Losen! Jeg er skipper på en 14 m arbeidsbåt (lasteskip, 40 BT) i liten kystfart og har D6. Jeg er 20 år. Sjefen vil at jeg skal føre den nye båten vår som er 21 meter (L). Jeg har vært vaktoffiser i 11 mnd på den gamle. Kan jeg det?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { lengthL: 21 },
          absent: ['grossTonnage', 'vesselType', 'tradingArea'],
        }),
      ),
      say(
        'nei vent, det er 13 måneder',
        asks('d6.privileges', 'vesselType', { facts: { monthsAsOfficerOfTheWatch: 13 } }),
      ),
    ],
  },
  {
    name: '"help with D6 master rights" is what D6 allows, never the D5/D4/D3 renewal (en, CW7)',
    locale: 'en',
    turns: [say('help with D6 master rights', asks('d6.privileges', 'vesselType'))],
  },
  {
    name: '«å nei, jeg fylte 18 i februar, så jeg var 18» after a health certificate decided at 17 corrects the age at issue: up to 2 years (nb, C119)',
    locale: 'nb',
    turns: [
      say('helseerklæring utstedt 10.03.2026', asks('health.certificate', 'ageAtIssue')),
      say('jeg er 17', decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-03-10' })),
      say(
        'å nei, jeg fylte 18 i februar, så jeg var 18',
        decides(
          'health.certificate',
          'health-certificate',
          'valid',
          { validUntil: '2028-03-10' },
          { facts: { ageAtIssue: 18 } },
        ),
      ),
    ],
  },
  {
    name: '«forresten brukes det bare til opplæring ved en maritim skole» after «Ja» is a training ship: the Authority decides case by case (nb, C121)',
    locale: 'nb',
    turns: [
      say(
        'trenger lasteskipet vårt på 55 BT bemanningssertifikat? norsk flagg',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'forresten brukes det bare til opplæring ved en maritim skole',
        decides('manning.which-vessels', 'manning-certificate', 'case-by-case', undefined, {
          facts: { serviceOnly: 'training' },
        }),
      ),
    ],
  },
  {
    name: '"can practical training count?" while the deck months are asked is the ordinary seaman\'s answer again, then the question (en, round 11)',
    locale: 'en',
    turns: [
      say('lettmatros requirements', asks('ratings.lettmatros', 'monthsDeckService')),
      say('can practical training count?', {
        topics: ['ratings.lettmatros', 'ratings.lettmatros'],
        ask: 'monthsDeckService',
      }),
      say('what is the salary?', { topics: ['fallback', 'ratings.lettmatros'], ask: 'monthsDeckService' }),
    ],
  },
  {
    name: "«kor lenge gjeld ho om eg er under 18?» while the age at issue is asked is the health certificate's answer again (nn, C60)",
    locale: 'en',
    turns: [
      say('when does my health certificate expire', asks('health.certificate', 'issueDate')),
      say('issued 02.03.2025', asks('health.certificate', 'ageAtIssue')),
      say('kor lenge gjeld ho om eg er under 18?', {
        topics: ['health.certificate', 'health.certificate'],
        ask: 'ageAtIssue',
        locale: 'nn',
      }),
    ],
  },
  {
    name: '«korleis får eg det då?» after why a first D5 has no master rights is how to get them (nn, C35)',
    locale: 'nn',
    turns: [
      say('kvifor har eg ikkje førarrettar i D5-sertifikatet?', { topic: 'deck.master-rights' }),
      say('korleis får eg det då?', { topics: ['deck.master-rights', 'deck.master-rights'] }),
    ],
  },
  {
    name: '"interim ISSC from 10 june 2026 - still valid today?" is issued 10 June: valid until 10 December (en, round 11)',
    locale: 'en',
    turns: [
      say(
        'interim ISSC from 10 june 2026 - still valid today?',
        decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2026-12-10' }),
      ),
    ],
  },
  {
    name: '"… issued automaticly if all is reported by the employer" has nothing uploaded: automatic or a spot check (en, round 11)',
    locale: 'en',
    turns: [
      say(
        'will my D6 renewal be issued automaticly if all is reported by the employer',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    // Round 23: the kind of certificate is a fact only the validity rule takes, so that rule is chosen.
    name: '"full term ISSC" is English: the validity of a full ISSC, asked in English (en, round 11 LANG)',
    locale: 'en',
    turns: [
      say('full term ISSC', asks('isps.verification-dates', 'issueDate', { facts: { certificateKind: 'full' } })),
    ],
  },
  {
    name: '«hva med en måned mindre?» after 7 months in the engine room is 6 months (nb, C178)',
    locale: 'nb',
    turns: [
      say('smører, 7 måneder i maskin', decides('ratings.smorer', 'rating-requirements', 'meets')),
      say(
        'hva med en måned mindre?',
        decides('ratings.smorer', 'rating-requirements', 'meets', undefined, { facts: { monthsEngineService: 6 } }),
      ),
    ],
  },
  {
    name: '«og med 3 BT mindre?» after a 52 BT cargo ship is 49 BT: no manning certificate (nb)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 52 BT norsk flagg, trenger vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'og med 3 BT mindre?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 49 },
        }),
      ),
    ],
  },
  {
    name: '«hva om vi blir to færre?» after a safe manning of 11 is 9: no cook required (nb, C175)',
    locale: 'nb',
    turns: [
      say('trenger vi kokk? sikkerhetsbemanning 11', decides('cook.required', 'ship-cook', 'required')),
      say(
        'hva om vi blir to færre?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
      ),
    ],
  },
  {
    name: '«vi tar inn to til» after a safe manning of 8 is 10: a cook is required (nb, C156)',
    locale: 'nb',
    turns: [
      say('sikkerhetsbemanning 8, trenger vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'vi tar inn to til',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«og 20 til?» after 1000 hours adds 20 hours (nb)',
    locale: 'nb',
    turns: [
      say('jeg har jobbet 1000 timer, hvor mange dager?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og 20 til?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { totalHours: 1020 } }),
      ),
    ],
  },
  {
    name: '"16 months as navigator (OOW) on a 14 m LOA workboat … skipper on our new boat, L 21 m" is the master, on L 21 m (en, round 11)',
    locale: 'en',
    turns: [
      say(
        "Hello! I'm Anna, 23 years old, I have D6 since 2023 and 16 months as navigator (OOW) on a 14 m LOA workboat in liten kystfart. Now my boss wants me to be skipper on our new boat, L 21 m, 200 GT. Is that allowed?",
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { role: 'master', lengthL: 21 },
          absent: ['lengthOverall'],
        }),
      ),
    ],
  },
  {
    name: '«bytt til engelsk» switches to English, as "switch to English" does (nb → en, C86)',
    locale: 'nb',
    turns: [say('bytt til engelsk', { topics: [undefined], locale: 'en' })],
  },
  {
    name: '«lasteskip på 48 BT» typed after the menu of «bemanningssertifikat» is which vessels need one (its rule takes the facts), never the fallback (nb, C46)',
    locale: 'nb',
    turns: [
      say('bemanningssertifikat', { offers: ['topic:manning.expiry', 'topic:manning.which-vessels'] }),
      say(
        'lasteskip på 48 BT',
        asks('manning.which-vessels', 'flag', { facts: { vesselType: 'cargo', grossTonnage: 48 } }),
      ),
    ],
  },
  {
    name: 'a question outside the catalogue after a menu is still the fallback (nb)',
    locale: 'nb',
    turns: [
      say('bemanningssertifikat', { offers: ['topic:manning.expiry', 'topic:manning.which-vessels'] }),
      say('hva koster det?', { topics: ['fallback'] }),
    ],
  },
];

/** First messages out of scope that round 11 found answered, each now the fallback. */
const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  {
    locale: 'en',
    text: 'how much is the gebyr when the rederi sends KS-0308 for a new bemanningssertifikat? do we pay up front',
  },
  {
    locale: 'en',
    text: 'how many liferafts and what AIS class is required on 60 BT cargo ship with bemanningssertifikat',
  },
  {
    locale: 'en',
    text: 'our filipino crew needs work visa for norwegian ship, does the manning certificate count as documentation?',
  },
  { locale: 'en', text: 'what does the interim ISSC verification cost compared with full term ISSC' },
  {
    locale: 'en',
    text: 'which software is approved for the electronic ship security plan, can we keep it in SharePoint?',
  },
  { locale: 'en', text: 'can you fill out my fartstidsattest and send it to sdir for me pls' },
  { locale: 'en', text: 'how many D6 certificates did Sdir issue in 2024?' },
  {
    locale: 'en',
    text: 'i have epilepsy, medicated, no seizures 3 years. can the doctor give me helseerklæring without limitation?',
  },
  { locale: 'en', text: 'how long after my operation (knee) must I wait before new helseerklæring' },
  {
    locale: 'en',
    text: 'when the ferry is moored at the quay overnight, who pays the overtime for the crew that must stay on board?',
  },
  {
    locale: 'en',
    text: 'can the safety crew on our ferry also sell alcohol in the kiosk, do they need a skjenkebevilling?',
  },
  {
    locale: 'en',
    text: "our bemanningssertifikat has no expiry date, but does the ship's tonnage certificate (målebrev) expire?",
  },
  { locale: 'en', text: 'foreign cadet: how much does Norwegian rederi pay the assessor for section 7 signatures?' },
  { locale: 'en', text: 'digital certificate app: I forgot my PIN, how to reset?' },
  {
    locale: 'en',
    text: "Is the sea time confirmation valid if it's signed electronically with BankID instead of hand signature?",
  },
  { locale: 'en', text: 'how many lettmatros do we need on the bemanningsoppgave for a 60 m ferry' },
  {
    locale: 'en',
    text: "our ISSC expires 1.3.2027 and we can't get an inspector before april, can Sdir extend it one month?",
  },
  {
    locale: 'en',
    text: 'Our I-ISSC expired in November, the SSP is still not approved. Can we get a second interim ISSC?',
  },
  { locale: 'nb', text: 'hvor lenge gjelder ferdighetssertifikat matros?' },
  { locale: 'nn', text: 'Kor mange prosent av søknadene om sertifikat blir behandla automatisk i 2026?' },
  { locale: 'nb', text: 'kan jeg kreve at arbeidsgiver dekker legeattesten (helseerklæringen)?' },
  { locale: 'nb', text: 'hvilke krav til bemanning gjelder på en flyttbar innretning uten egen fremdrift?' },
  { locale: 'nb', text: 'hvor mange timer hvile må jeg ha per døgn når vi går dagordning' },
  { locale: 'nb', text: 'kan dere stemple og sende fartstidsattesten min til Filippinene?' },
  { locale: 'nb', text: 'kan interim ISSC utstedes av et klasseselskap (RO) i stedet for Sdir?' },
  {
    locale: 'nb',
    text: 'kan den elektroniske sikkerhetsplanen ligge på onedrive eller må den ligge lokalt på pc om bord?',
  },
];

describe('round 11: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
