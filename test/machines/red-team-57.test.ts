/**
 * What round 57 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Most were confident wrong answers on the snapshot the testers had: what the cook must
 * have answered with the safety crew's other duties, a count of the safe manning answered the same
 * way, an ISSC whose intermediate verification was not held answered with digital certificates,
 * «spørsmål 2» read as trading area 2, a question asked "then" after a what-if decided on the case
 * as it was, a certificate's validity answered with processing times, a watch officer's past service
 * read as the position asked about, the cadet book's section 7 answered with who signs a sea-time
 * confirmation, an STCW update e-mail answered with how sea time is documented, and two years read
 * as 720 calendar days and «365 days per year» as 365 days in all.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, pick, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«kva må kokken ha?» after selling tickets: the cook's § 52, never the safety crew's other duties again (nn, round 57)",
    locale: 'nb',
    turns: [
      say('kan mannskapet selge billetter under overfarten?', answersTopic('manning.other-duties')),
      say('kva må kokken ha?', asks('cook.qualification', 'age', { locale: 'nn' })),
    ],
  },
  {
    name: '«12 mann i sikkerheitsbemanning» alone: which is meant, the cook or other duties, never "yes, they may"; the cook picked decides on 12 (nn, round 57)',
    locale: 'nn',
    turns: [
      say('12 mann i sikkerheitsbemanning', { offers: ['topic:cook.required', 'topic:manning.other-duties'] }),
      pick(
        'topic:cook.required',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 12 } }),
      ),
    ],
  },
  {
    name: '«vi er ca 9-10 i sikkerhetsbemanningen» while the safe manning is asked: asked again, never the other duties answered (nn, round 57)',
    locale: 'nn',
    turns: [
      say('treng vi kokk?', asks('cook.required', 'safetyManning')),
      say(
        'vi er ca 9-10 i sikkerhetsbemanningen',
        asks('cook.required', 'safetyManning', { topics: ['cook.required'] }),
      ),
    ],
  },
  {
    name: 'an ISSC whose intermediate verification was not taken, "is the certificate valid now?": when it must be returned, never digital certificates (nn, round 57)',
    locale: 'nn',
    turns: [
      say(
        'ISSC-en vår gjeld til 30.09.2026 og vi har ikkje fått tatt mellomliggande verifikasjon. Er sertifikatet gyldig no?',
        answersTopic('isps.invalid'),
      ),
    ],
  },
  {
    name: '«og spørsmål 2 om kor lenge D6 gjeld?» after a pasted e-mail: the 2 numbers a question (no trading area 2 supposed), and how long D6 lasts is outside (nn, round 57)',
    locale: 'nn',
    turns: [
      say(
        'Hei! Sender over ein førespurnad: "God dag. Eg har D6 og skal vere overstyrmann på ein arbeidsbåt, L 23 m, 480 BT, fartsområde 3. Kan eg det? Og kor lenge gjeld D6-sertifikatet? Og kva kostar eit nytt sertifikat? Med venleg helsing Arne Vik"',
        { topics: ['d6.privileges', undefined, 'fallback'], decision: { rule: 'd6-privileges', outcome: 'allowed' } },
      ),
      say('og spørsmål 2 om kor lenge D6 gjeld?', answersTopic('fallback')),
    ],
  },
  {
    name: "«kva førarrettar får eg då?», «må eg søke om det sjølv?» after «2 mnd til då?»: the 12 months supposed, never the case's 10 again (nn, round 57)",
    locale: 'nn',
    turns: [
      say(
        'fekk D5 i 2023, er 22 år, har 10 mnd som styrmann etter det. kan eg få førarrettar?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say('2 mnd til då?', decides('deck.master-rights', 'master-rights', 'eligible')),
      say('kva førarrettar får eg då?', decides('deck.master-rights', 'master-rights', 'eligible')),
      say('må eg søke om det sjølv?', decides('deck.master-rights', 'master-rights', 'eligible')),
    ],
  },
  {
    name: '"how many calendar days then for 36 months?" after "and for 36 months?": 1,080 days at 12 hours, never the 12 months asked first (en, round 57)',
    locale: 'en',
    turns: [
      say('how many hours do I need for 12 months sea time?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('and for 36 months?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'ok, I work 12 h a day, how many calendar days then for 36 months?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, {
          facts: { targetDays: 1080, hoursPerDay: 12 },
        }),
      ),
    ],
  },
  {
    name: '"how long valid is the certificate, issued 2 Jan 2025, age 40": which certificate is not said, so not known — never processing times (en, round 57)',
    locale: 'en',
    turns: [say('and how long valid is the certificate, issued 2 Jan 2025, age 40', answersTopic('fallback'))],
  },
  {
    name: '"I have been navigator (vaktoffiser) 14 months on 12 m boat" in a D6 master question: 14 months as watch officer, the position asked stays master (en, round 57)',
    locale: 'en',
    turns: [
      say(
        'Good morning, I have D6 certificate from 2022. What ships can I be captain on? I am 23 years',
        asks('d6.privileges', 'vesselType'),
      ),
      say('cargo ship', asks('d6.privileges', 'grossTonnage')),
      say('18 m LOA, L is 16', asks('d6.privileges', 'grossTonnage')),
      say(
        'I have been navigator (vaktoffiser) 14 months on 12 m boat',
        asks('d6.privileges', 'grossTonnage', { facts: { role: 'master', monthsAsOfficerOfTheWatch: 14 } }),
      ),
      say('120', asks('d6.privileges', 'tradingArea')),
      say(
        'liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'master' } }),
      ),
    ],
  },
  {
    name: '«hvem må signere section 7?» after a cadet berth abroad: that answer again (the assessor signs), never who signs a sea-time confirmation (nb, round 57)',
    locale: 'nb',
    turns: [
      say('kadettplass på utenlandsk skip, går det?', answersTopic('deck.foreign-cadet')),
      say('hvem må signere section 7?', answersTopic('deck.foreign-cadet')),
    ],
  },
  {
    name: 'a pasted e-mail on the STCW update of a manning certificate, "Q1: what documents needed?": the update, never how sea time is documented (en, round 57)',
    locale: 'en',
    turns: [
      say(
        'Pasted from customer mail: "Good day. We are Baltic Crew Agency. Our client vessel Nordic Star (NOR flag, IMO 9123456, call sign LAVX3) got order to update manning certificate after STCW revision. Q1: what documents needed? Q2: does the certificate expire after the update? Kind regards, Marta Nowak"',
        { topics: ['manning.stcw-update', undefined, 'fallback'] },
      ),
    ],
  },
  {
    name: '"2 years on the boat" at 12 hours, then "count 365 days per year": 730 days (a calendar year is 365), never 720 or 365 in all (en, round 57)',
    locale: 'en',
    turns: [
      say(
        'sea time: 12 h per day, 2 years on the boat. how many sea time days?',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(730)] }),
      ),
      say(
        'count 365 days per year',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 8760 }, { facts: { days: 730 } }),
      ),
    ],
  },
  {
    name: '"say 5 days a week" after 3 months: no exact count of days, asked again (never 5 + 7 = 12 days) (en, round 57)',
    locale: 'en',
    turns: [
      say('how much sea time is 3 months', asks('seatime.calculate', 'days')),
      say('say 5 days a week', asks('seatime.calculate', 'days', { absent: ['days'] })),
      say('65', asks('seatime.calculate', 'hoursPerDay', { facts: { days: 65 } })),
    ],
  },
  {
    name: '«1/1/2025-30/6/2025» when the days are asked: the period read (181 days), never "not understood" (nn, round 57)',
    locale: 'nn',
    turns: [
      say('kor mykje fartstid har eg', asks('seatime.calculate', 'days')),
      say('1/1/2025-30/6/2025', asks('seatime.calculate', 'hoursPerDay', { facts: { days: 181 } })),
    ],
  },
  {
    name: '«trålar 40 m, 12 mann» when the safe manning is asked: 12, the 40 m a length (nn, round 57)',
    locale: 'nn',
    turns: [
      say('treng vi kokk om bord', asks('cook.required', 'safetyManning')),
      say(
        'trålar 40 m, 12 mann',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 12 } }),
      ),
    ],
  },
  {
    name: '«ok 14 da», «ok, men 8 da?» after the cook decided on 10: what-ifs on 14 and 8, never the fallback (nn, round 57)',
    locale: 'nn',
    turns: [
      say('treng vi kokk', asks('cook.required', 'safetyManning')),
      say('10 mann', decides('cook.required', 'ship-cook', 'required')),
      say('ok 14 da', decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 14 } })),
      say(
        'ok, men 8 da?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: '"14 then" while the hours are asked after 16 was refused: 14 hours a day, never 14 days supposed (en, round 57)',
    locale: 'en',
    turns: [
      say('how much sea time do I get for 20 days at 16 hours', asks('seatime.calculate', 'hoursPerDay')),
      say(
        '14 then',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 20, hoursPerDay: 14 } }),
      ),
    ],
  },
];

describe('Round 57, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
