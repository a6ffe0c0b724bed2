/**
 * What round 52 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first five were confident wrong answers on the snapshot the testers had: a what-if
 * kept as the case after the user went back to it or corrected another fact.
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"and what if norwegian but 60 GT?" after "what if foreign flag?": the Norwegian flag again, a certificate required; never "not covered, foreign" (en, round 52)',
    locale: 'en',
    turns: [
      say(
        'cargo boat 45 GT norwegian flag, need manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say('what if foreign flag?', decides('manning.which-vessels', 'manning-certificate', 'not-norwegian')),
      say(
        'and what if norwegian but 60 GT?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { flag: 'NO', grossTonnage: 60 },
        }),
      ),
    ],
  },
  {
    name: '"and cargo again but 400 GT?" after "and if it\'s a fishing vessel?": a cargo ship again, D6 allowed as OOW; never "not on fishing vessels" (en, round 52)',
    locale: 'en',
    turns: [
      say(
        'can D6 holder be OOW on a cargo ship L 23 m, 300 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say("and if it's a fishing vessel?", decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'and cargo again but 400 GT?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { vesselType: 'cargo' } }),
      ),
    ],
  },
  {
    name: '«eg har framleis berre 10 månader» after «kva om eg hadde 13 månader?»: 10 months, no master on L 20 m (nn, round 52)',
    locale: 'nn',
    turns: [
      say(
        'eg har D6, 21 år, 10 månader som vaktoffiser. Kan eg vere skipper på lasteskip med L 18 m, 90 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say('kva om eg hadde 13 månader?', decides('d6.privileges', 'd6-privileges', 'allowed')),
      say(
        'greitt. eg har framleis berre 10 månader. kan eg vere skipper på ein båt med L 20 m då, same BT?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 10, lengthL: 20 },
        }),
      ),
    ],
  },
  {
    name: '«orsak, eg skreiv feil alder, eg er 25» after «og om eg berre hadde 8 månader?»: the correction is of the case, 15 months: allowed (nn, round 52)',
    locale: 'nn',
    turns: [
      say(
        'Eg har D6, er 23 og har 15 månader som vaktoffiser. Kan eg vere skipsførar på lasteskip L 22 m, 200 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('og om eg berre hadde 8 månader?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'orsak, eg skreiv feil alder, eg er 25, ikkje 23',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { age: 25, monthsAsOfficerOfTheWatch: 15 },
        }),
      ),
    ],
  },
  {
    name: '«beklager, båten er 20 m L, ikke 22» after «og hvis båten var et fiskefartøy?»: the cargo ship corrected, allowed; never "not on fishing vessels" (nb, round 52)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har D6, er 23 og har 15 måneder som vaktoffiser. Kan jeg være skipper på lasteskip L 22 m, 200 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('og hvis båten var et fiskefartøy?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'beklager, båten er 20 m L, ikke 22',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { vesselType: 'cargo', lengthL: 20 },
        }),
      ),
    ],
  },
  {
    name: '«Hei, jeg har D6 … Hvor mye bør jeg be om i timelønn …?»: pay is outside, the fallback; never the D6 interview (nb, oos52)',
    locale: 'nb',
    turns: [
      say(
        'Hei, jeg har D6, 12 mnd som vaktoffiser og er 22 år. Hvor mye bør jeg be om i timelønn som skipsfører på en arbeidsbåt på 14 m?',
        answersTopic('fallback'),
      ),
    ],
  },
  {
    name: "«hvor står det at maks er 14?» while the hours are asked: the calculation's own text (its 14-hour limit and sources), never 14 hours taken as the answer (nb, round 52)",
    locale: 'nb',
    turns: [
      say('jobber 60 dager. hvor mye fartstid blir det?', asks('seatime.calculate', 'hoursPerDay')),
      say('hvor står det at maks er 14?', asks('seatime.calculate', 'hoursPerDay', { absent: ['hoursPerDay'] })),
    ],
  },
  {
    name: '«kvifor treng han ikkje ferdigheitssertifikat?» while the trade certificate is asked: the matros text again, never a "no" to the trade certificate (nn, round 52)',
    locale: 'nn',
    turns: [
      say(
        'Matros på 300 BT, fartsområde 3, han har fagbrev. Kor mykje tenestetid treng han?',
        asks('ratings.matros', 'hasTradeCertificate'),
      ),
      say(
        'kvifor treng han ikkje ferdigheitssertifikat?',
        asks('ratings.matros', 'hasTradeCertificate', { absent: ['hasTradeCertificate'] }),
      ),
    ],
  },
];

describe('Round 52, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
