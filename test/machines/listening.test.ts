/**
 * A conversation that listens: golden multi-turn conversations through the real turn core, in
 * bokmål, nynorsk and English, one per situation — facts taken from every message, corrections
 * and what-ifs before and after a decision, a question asked while a fact is pending, stale
 * buttons, several questions in one message, and the conversation's language. Nynorsk rows send
 * `locale: 'nn'` (the user picked it), so they hold whatever the text detector says.
 * Checked on keys: topics, facts asked, decisions, facts held and content texts by key.
 */
import { describe, it } from 'vitest';
import { changeLead } from '../../content/render.js';
import { texts } from '../../content/index.js';
import type { Locale } from '../../content/topic-ids.js';
import { ruleFact } from '../../machines/answers.js';
import { asks, decides, type Expect, type Golden, pick, playGolden, say } from './golden-helpers.js';

const MANNING = 'manning.which-vessels';
const COOK = 'cook.required';
const nn = 'nn' as const;

/** The lead saying what a correction or what-if changed, as the conversation writes it. */
const changed =
  (kind: 'correction' | 'what-if', rule: string, fact: string, value: unknown, previous: unknown) =>
  (locale: Locale) => {
    const info = ruleFact(rule, fact);
    return info ? [changeLead(locale, kind, [{ fact: info, value, previous }])] : ['(no such fact)'];
  };
const notUnderstood = (locale: Locale) => [texts(locale).ui.notUnderstood('').split('«')[0]?.split('"')[0] ?? ''];

/** Facts given anywhere fill the rule; a fact already given is never asked for. */
const SLOT_FILLING: Golden[] = [
  {
    name: 'a tug of 120 GT is a cargo ship and needs a manning certificate, never "case by case" (nb)',
    locale: 'nb',
    turns: [
      say('Trenger slepebåten vår på 120 BT bemanningssertifikat?', asks(MANNING, 'flag')),
      say('norsk', decides(MANNING, 'manning-certificate', 'required')),
    ],
  },
  {
    name: 'a work boat named in reply to the vessel question counts as a cargo ship (en)',
    locale: 'en',
    turns: [
      say('Does our boat need a manning certificate? We fly the Norwegian flag.', asks(MANNING, 'vesselType')),
      say('it is a workboat', asks(MANNING, 'grossTonnage')),
      say('45 GT', decides(MANNING, 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'facts stated before the question decide it: 11 people in the safe manning need a cook (en)',
    locale: 'en',
    turns: [
      say(
        "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
        decides(COOK, 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } }),
      ),
    ],
  },
  {
    name: 'facts stated before the question decide it: 11 people in the safe manning need a cook (nb)',
    locale: 'nb',
    turns: [
      say(
        'Lasteskipet vårt er norskflagget, 120 BT, og sikkerhetsbemanningen er 11 personer. Trenger vi skipskokk?',
        decides(COOK, 'ship-cook', 'required'),
      ),
    ],
  },
  {
    name: 'facts stated before the question decide it: 11 people in the safe manning need a cook (nn)',
    locale: nn,
    turns: [
      say(
        'Lasteskipet vårt er norskflagga, 120 BT, og sikkerheitsbemanninga er 11 personar. Treng vi skipskokk?',
        decides(COOK, 'ship-cook', 'required'),
        nn,
      ),
    ],
  },
  {
    name: 'several facts in one answer decide at once: a Norwegian cargo ship of 45 GT (nb)',
    locale: 'nb',
    turns: [
      say('Trenger båten min bemanningssertifikat?', asks(MANNING, 'flag')),
      say(
        'norsk lasteskip på 45 BT',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
        }),
      ),
    ],
  },
  {
    name: 'several facts in one answer decide at once: a Norwegian cargo ship of 45 GT (nn)',
    locale: nn,
    turns: [
      say('Treng båten min bemanningssertifikat?', asks(MANNING, 'flag'), nn),
      say('norsk lasteskip på 45 BT', decides(MANNING, 'manning-certificate', 'not-required'), nn),
    ],
  },
  {
    name: 'an answer to another question than the one asked is kept, and that question is never asked (en)',
    locale: 'en',
    turns: [
      say('Does my ship need a manning certificate?', asks(MANNING, 'flag')),
      say(
        "it's a cargo ship of 45 GT",
        asks(MANNING, 'flag', { facts: { vesselType: 'cargo', grossTonnage: 45 }, never: notUnderstood }),
      ),
      say('Norwegian', decides(MANNING, 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'an answer to another question than the one asked is kept, and that question is never asked (nb)',
    locale: 'nb',
    turns: [
      say('Trenger båten min bemanningssertifikat?', asks(MANNING, 'flag')),
      say('det er et lasteskip på 45 BT', asks(MANNING, 'flag', { facts: { vesselType: 'cargo', grossTonnage: 45 } })),
      say('norsk', decides(MANNING, 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'total hours answer a question about days: 1250 hours is 244.38 sea-time days (en)',
    locale: 'en',
    turns: [
      say('Convert sea time for me', asks('seatime.calculate', 'days')),
      say('1250 hours', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250, seaTimeDays: 244.38 })),
    ],
  },
  {
    name: 'total hours answer a question about days: 1250 timer (nb)',
    locale: 'nb',
    turns: [
      say('Hvor mange fartstidsdager blir det?', asks('seatime.calculate', 'days')),
      say('1250 timer', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250 })),
    ],
  },
  {
    name: 'total hours answer a question about days: 1250 timar (nn)',
    locale: nn,
    turns: [
      say('Kor mange fartstidsdagar blir det?', asks('seatime.calculate', 'days'), nn),
      say('1250 timar', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250 }), nn),
    ],
  },
  {
    name: 'the facts of an earlier topic carry over to the next: vessel type and tonnage for D6 (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger vi bemanningssertifikat for det norske lasteskipet vårt på 60 BT?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say(
        'Kan jeg være skipsfører med D6 på dette skipet?',
        asks('d6.privileges', 'tradingArea', {
          facts: { role: 'master', vesselType: 'cargo', grossTonnage: 60 },
          says: (l) => [texts(l).conversation.usingEarlier('').slice(0, 12)],
        }),
      ),
    ],
  },
  {
    name: 'the facts of an earlier topic carry over to the next: vessel type and tonnage for D6 (en)',
    locale: 'en',
    turns: [
      say(
        'Does a Norwegian cargo ship of 60 GT need a manning certificate?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say(
        'Can I be master with a D6 on this ship?',
        asks('d6.privileges', 'tradingArea', { facts: { vesselType: 'cargo', grossTonnage: 60 } }),
      ),
    ],
  },
  {
    name: 'the facts of an earlier topic carry over to the next: vessel type and tonnage for D6 (nn)',
    locale: nn,
    turns: [
      say(
        'Treng eit norsk lasteskip på 60 BT bemanningssertifikat?',
        decides(MANNING, 'manning-certificate', 'required'),
        nn,
      ),
      say(
        'Kan eg vere skipsførar med D6 på dette skipet?',
        asks('d6.privileges', 'tradingArea', { facts: { vesselType: 'cargo', grossTonnage: 60 } }),
        nn,
      ),
    ],
  },
];

/** Corrections and what-ifs, before and after a decision: the fact changes and the answer says so. */
const CHANGES: Golden[] = [
  {
    name: 'a correction before the decision: "sorry, it\'s 45 GT, not 60" decides with 45 GT (en)',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate for our 60 GT cargo ship?', asks(MANNING, 'flag')),
      say(
        "sorry, it's 45 GT, not 60",
        asks(MANNING, 'flag', {
          facts: { grossTonnage: 45 },
          says: changed('correction', 'manning-certificate', 'grossTonnage', 45, 60),
          never: notUnderstood,
        }),
      ),
      say(
        'Norwegian',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, { facts: { grossTonnage: 45 } }),
      ),
    ],
  },
  {
    name: 'a correction after the decision: "sorry, it\'s 45 GT, not 60" decides again (en)',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate for our 60 GT cargo ship?', asks(MANNING, 'flag')),
      say('Norwegian', decides(MANNING, 'manning-certificate', 'required')),
      say(
        "sorry, it's 45 GT, not 60",
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 45 },
          says: changed('correction', 'manning-certificate', 'grossTonnage', 45, 60),
        }),
      ),
    ],
  },
  {
    name: 'a correction after the decision: "actually 45" decides again (en)',
    locale: 'en',
    turns: [
      say(
        'Does a Norwegian cargo ship of 60 GT need a manning certificate?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say(
        'actually 45',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, { facts: { grossTonnage: 45 } }),
      ),
    ],
  },
  {
    name: 'a correction after the decision: «nei, 45» decides again (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat for lasteskipet vårt på 60 BT?', asks(MANNING, 'flag')),
      say('norsk', decides(MANNING, 'manning-certificate', 'required')),
      say(
        'nei, 45',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 45 },
          says: changed('correction', 'manning-certificate', 'grossTonnage', 45, 60),
        }),
      ),
    ],
  },
  {
    name: 'a correction after the decision: «orsak, det er 45 BT, ikkje 60» decides again (nn)',
    locale: nn,
    turns: [
      say('Treng vi bemanningssertifikat for lasteskipet vårt på 60 BT?', asks(MANNING, 'flag'), nn),
      say('norsk', decides(MANNING, 'manning-certificate', 'required'), nn),
      say(
        'orsak, det er 45 BT, ikkje 60',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, { facts: { grossTonnage: 45 } }),
        nn,
      ),
    ],
  },
  {
    name: 'a plain new value after the decision is a correction: «45 BT» decides again (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger vi bemanningssertifikat for det norske lasteskipet vårt på 60 BT?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say(
        '45 BT',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          says: changed('correction', 'manning-certificate', 'grossTonnage', 45, 60),
        }),
      ),
    ],
  },
  {
    name: 'a corrected vessel type asks what the new type needs, then decides (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger vi bemanningssertifikat for det norske lasteskipet vårt på 60 BT?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say(
        'beklager, det er et fiskefartøy',
        asks(MANNING, 'lengthL', {
          says: changed('correction', 'manning-certificate', 'vesselType', 'fishing', 'cargo'),
        }),
      ),
      say('30 m', decides(MANNING, 'manning-certificate', 'required', undefined, { facts: { vesselType: 'fishing' } })),
    ],
  },
  {
    name: 'a what-if after the decision: «Hva om skipet bare er på 45 BT?» decides again (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger vi bemanningssertifikat for det norske lasteskipet vårt på 60 BT?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say(
        'Hva om skipet bare er på 45 BT?',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 45 },
          says: changed('what-if', 'manning-certificate', 'grossTonnage', 45, 60),
        }),
      ),
    ],
  },
  {
    name: 'a what-if after the decision: «Kva om skipet berre er på 45 BT?» decides again (nn)',
    locale: nn,
    turns: [
      say(
        'Treng eit norsk lasteskip på 60 BT bemanningssertifikat?',
        decides(MANNING, 'manning-certificate', 'required'),
        nn,
      ),
      say(
        'Kva om skipet berre er på 45 BT?',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          says: changed('what-if', 'manning-certificate', 'grossTonnage', 45, 60),
        }),
        nn,
      ),
    ],
  },
  {
    name: 'a what-if after the decision: "what if it is only 45 GT?" decides again (en)',
    locale: 'en',
    turns: [
      say(
        'Does a Norwegian cargo ship of 60 GT need a manning certificate?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say('what if it is only 45 GT?', decides(MANNING, 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'a what-if about the safe manning: "and if we are 9?" (en)',
    locale: 'en',
    turns: [
      say("Do we need a ship's cook when the safe manning is 11?", decides(COOK, 'ship-cook', 'required')),
      say(
        'and if we are 9?',
        decides(COOK, 'ship-cook', 'not-required', undefined, {
          facts: { safetyManning: 9 },
          says: changed('what-if', 'ship-cook', 'safetyManning', 9, 11),
        }),
      ),
    ],
  },
  {
    name: 'a what-if about the safe manning: «og hvis vi er 9?» (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi skipskokk når sikkerhetsbemanningen er 11?', decides(COOK, 'ship-cook', 'required')),
      say('og hvis vi er 9?', decides(COOK, 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } })),
    ],
  },
  {
    name: 'a what-if about the safe manning: «og viss vi er 9?» (nn)',
    locale: nn,
    turns: [
      say('Treng vi skipskokk når sikkerheitsbemanninga er 11?', decides(COOK, 'ship-cook', 'required'), nn),
      say('og viss vi er 9?', decides(COOK, 'ship-cook', 'not-required'), nn),
    ],
  },
];

const fallbackThenAgain = (topic: string, fact: string, more: Partial<Expect> = {}): Expect => ({
  topics: ['fallback', topic],
  ask: fact,
  says: (l) => [texts(l).conversation.beforeWeGoOn],
  never: notUnderstood,
  ...more,
});
const staleThenAgain = (topic: string, fact: string): Expect => ({
  topics: [topic, topic],
  ask: fact,
  says: (l) => [texts(l).conversation.staleChoice, texts(l).conversation.beforeWeGoOn],
});

/** A question is a question: answered (or honestly not), and the pending question comes back. */
const QUESTIONS: Golden[] = [
  {
    name: 'an out-of-scope question while a date is asked gets the fallback, then the date question again (nb)',
    locale: 'nb',
    turns: [
      say('Hvor lenge gjelder helseerklæringen min?', asks('health.certificate', 'issueDate')),
      say('Hva koster det å registrere en fritidsbåt?', fallbackThenAgain('health.certificate', 'issueDate')),
      say('Hva koster det å registrere en fritidsbåt?', fallbackThenAgain('health.certificate', 'issueDate')),
      say('1. mars 2025', asks('health.certificate', 'ageAtIssue')),
    ],
  },
  {
    name: 'an out-of-scope question while a date is asked gets the fallback, then the date question again (en)',
    locale: 'en',
    turns: [
      say('How long is my health certificate valid?', asks('health.certificate', 'issueDate')),
      say('How much does it cost to register a leisure boat?', fallbackThenAgain('health.certificate', 'issueDate')),
      say('2025-03-01', asks('health.certificate', 'ageAtIssue')),
    ],
  },
  {
    name: 'an out-of-scope question while a date is asked gets the fallback, then the date question again (nn)',
    locale: nn,
    turns: [
      say('Kor lenge gjeld helseerklæringa mi?', asks('health.certificate', 'issueDate'), nn),
      say('Kva kostar det å registrere ein fritidsbåt?', fallbackThenAgain('health.certificate', 'issueDate'), nn),
    ],
  },
  {
    name: 'an out-of-scope question that names a vessel type does not answer for the vessel asked about (nb)',
    locale: 'nb',
    turns: [
      say('Trenger båten min bemanningssertifikat?', asks(MANNING, 'flag')),
      say('Hva koster det å registrere et lasteskip?', fallbackThenAgain(MANNING, 'flag')),
      say('norsk', asks(MANNING, 'vesselType')),
    ],
  },
  {
    name: 'a question about another topic while a fact is asked switches to it, keeping what applies (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat for lasteskipet vårt på 60 BT?', asks(MANNING, 'flag')),
      say('Trenger vi skipskokk når sikkerhetsbemanningen er 12?', decides(COOK, 'ship-cook', 'required')),
      say(
        'Kan jeg være skipsfører med D6 på dette skipet?',
        asks('d6.privileges', 'tradingArea', { facts: { vesselType: 'cargo', grossTonnage: 60 } }),
      ),
    ],
  },
  {
    name: 'a question about another topic while a fact is asked switches to it, keeping what applies (en)',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate for our 60 GT cargo ship?', asks(MANNING, 'flag')),
      say("Do we need a ship's cook when the safe manning is 12?", decides(COOK, 'ship-cook', 'required')),
    ],
  },
  {
    name: 'a question about another topic while a fact is asked switches to it, keeping what applies (nn)',
    locale: nn,
    turns: [
      say('Kor lenge gjeld helseerklæringa mi?', asks('health.certificate', 'issueDate'), nn),
      say('Treng vi skipskokk når sikkerheitsbemanninga er 12?', decides(COOK, 'ship-cook', 'required'), nn),
    ],
  },
  {
    name: 'a few words about another topic that answer nothing do not leave the question asked (en)',
    locale: 'en',
    turns: [
      say("Do we need a ship's cook?", asks(COOK, 'safetyManning')),
      say('cargo ship', asks(COOK, 'safetyManning')),
      say('12', decides(COOK, 'ship-cook', 'required')),
    ],
  },
  {
    name: 'stale buttons are answered gracefully: an old answer, an unknown topic, an unknown rule (en)',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate for our 60 GT cargo ship?', asks(MANNING, 'flag')),
      pick('answer:cargo', staleThenAgain(MANNING, 'flag')),
      pick('topic:no-such-topic', staleThenAgain(MANNING, 'flag')),
      pick('rule:no-such-rule', staleThenAgain(MANNING, 'flag')),
      pick('answer:NO', decides(MANNING, 'manning-certificate', 'required')),
      pick('answer:NO', { topic: MANNING, ask: null, says: (l) => [texts(l).conversation.staleChoice] }),
    ],
  },
  {
    name: 'stale buttons are answered gracefully: an old answer after the decision (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi skipskokk når sikkerhetsbemanningen er 12?', decides(COOK, 'ship-cook', 'required')),
      pick('answer:yes', { topic: COOK, ask: null, says: (l) => [texts(l).conversation.staleChoice] }),
      pick('topic:constructor', { topic: COOK, ask: null, says: (l) => [texts(l).conversation.staleChoice] }),
    ],
  },
  {
    name: 'stale buttons are answered gracefully: an unknown topic before anything is asked (nn)',
    locale: nn,
    turns: [pick('topic:__proto__', { ask: null, says: (l) => [texts(l).conversation.staleChoice] }, nn)],
  },
];

/** Several questions in one message are each answered, in turn. */
const SEVERAL: Golden[] = [
  {
    name: 'two questions in one message: the manning certificate, then "you also asked" about the cook (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat, og må vi ha skipskokk om bord?', asks(MANNING, 'flag')),
      say('norsk', asks(MANNING, 'vesselType')),
      say('lasteskip', asks(MANNING, 'grossTonnage')),
      say('45 BT', {
        topics: [MANNING, COOK, COOK, COOK],
        ask: 'safetyManning',
        says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics[COOK].title)],
      }),
      say('12', decides(COOK, 'ship-cook', 'required')),
    ],
  },
  {
    name: 'two questions in one message: the manning certificate, then "you also asked" about the cook (en)',
    locale: 'en',
    turns: [
      say("Does my ship need a manning certificate, and do we need a ship's cook?", asks(MANNING, 'flag')),
      say('a Norwegian cargo ship of 45 GT', {
        topics: [MANNING, COOK, COOK, COOK],
        ask: 'safetyManning',
        says: (l) => [texts(l).conversation.alsoAsked(texts(l).topics[COOK].title)],
      }),
      say('12', decides(COOK, 'ship-cook', 'required')),
    ],
  },
  {
    name: 'two questions in one message: the manning certificate, then "you also asked" about the cook (nn)',
    locale: nn,
    turns: [
      say('Treng vi bemanningssertifikat, og må vi ha skipskokk om bord?', asks(MANNING, 'flag'), nn),
      say('norsk lasteskip på 45 BT', { topics: [MANNING, COOK, COOK, COOK], ask: 'safetyManning' }, nn),
      say('12', decides(COOK, 'ship-cook', 'required'), nn),
    ],
  },
  {
    name: 'an answer with a question beside it: the answer is taken, the question answered after (en)',
    locale: 'en',
    turns: [
      say('Does my ship need a manning certificate?', asks(MANNING, 'flag')),
      say("Norwegian. Also, do we need a ship's cook?", asks(MANNING, 'vesselType', { facts: { flag: 'NO' } })),
      say('cargo ship', asks(MANNING, 'grossTonnage')),
      say('45 GT', { topics: [MANNING, COOK, COOK, COOK], ask: 'safetyManning' }),
    ],
  },
  {
    name: 'an answer with a question beside it: the answer is taken, the question answered after (nb)',
    locale: 'nb',
    turns: [
      say('Trenger båten min bemanningssertifikat?', asks(MANNING, 'flag')),
      say('Norsk. Må vi forresten ha skipskokk om bord?', asks(MANNING, 'vesselType', { facts: { flag: 'NO' } })),
      say('lasteskip på 45 BT', { topics: [MANNING, COOK, COOK, COOK], ask: 'safetyManning' }),
    ],
  },
  {
    name: 'two questions whose facts are all given are both decided in one turn (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger vi bemanningssertifikat for et norsk lasteskip på 60 BT, og må vi ha skipskokk når sikkerhetsbemanningen er 12?',
        { topics: [MANNING, COOK, COOK], ask: null },
      ),
    ],
  },
];

/** The language follows each message; answers and names keep it; a language asked for wins. */
const LANGUAGE: Golden[] = [
  {
    name: 'the language follows each message, and a one-word answer keeps it (en → nb)',
    locale: 'en',
    turns: [
      say('Does my ship need a manning certificate?', asks(MANNING, 'flag')),
      say('norsk', asks(MANNING, 'vesselType')),
      say('lasteskip', asks(MANNING, 'grossTonnage')),
      say('Hvor lenge gjelder helseerklæringen min?', { ...asks('health.certificate', 'issueDate'), locale: 'nb' }),
      say('ja', { ask: 'issueDate', locale: 'nb' }),
    ],
  },
  {
    name: 'a language asked for wins over the language of the text (nb asked, English written)',
    locale: 'nb',
    turns: [
      say(
        'Does my ship need a manning certificate?',
        asks(MANNING, 'flag', { says: (l) => [texts(l).facts.flag.question] }),
        'nb',
      ),
    ],
  },
  {
    name: 'nynorsk asked for is answered in nynorsk all the way (nn)',
    locale: nn,
    turns: [
      say(
        'Treng båten min bemanningssertifikat?',
        asks(MANNING, 'flag', { says: (l) => [texts(l).facts.flag.question] }),
        nn,
      ),
      pick('answer:NO', asks(MANNING, 'vesselType'), nn),
      say('fiskefartøy', asks(MANNING, 'lengthL'), nn),
      say('16 m', decides(MANNING, 'manning-certificate', 'not-required'), nn),
    ],
  },
];

/** Wrong answers from issue 10 (finding 1) and issue 11: the question asked is the one answered. */
const REGRESSIONS: Golden[] = [
  {
    name: "an ISSC's date of issue is not taken as the health certificate's: its date is asked (en)",
    locale: 'en',
    turns: [
      // Only a full ISSC has an intermediate verification: its date of issue is asked, then its expiry.
      say(
        'when is the intermediate verification of our issc due?',
        asks('isps.verification-dates', 'issueDate', { facts: { certificateKind: 'full' } }),
      ),
      say(
        'it was issued 1 march 2025',
        asks('isps.verification-dates', 'expiryDate', { facts: { issueDate: '2025-03-01' } }),
      ),
      say('oh wait, and how long is a health certificate valid?', asks('health.certificate', 'issueDate')),
    ],
  },
  {
    name: 'a Norwegian passenger boat "with max 12 passengers" is no passenger ship: uncertain, not "required" (en)',
    locale: 'en',
    turns: [
      say(
        'Hi, we operate a Norwegian passenger boat with max 12 passengers. Do we need a manning certificate?',
        decides(MANNING, 'manning-certificate', 'uncertain', undefined, {
          facts: { flag: 'NO', vesselType: 'small-passenger' },
        }),
      ),
    ],
  },
  {
    name: 'a date of issue given on a rule about no document carries to the health certificate (nb)',
    locale: 'nb',
    turns: [
      say('Trenger båten min bemanningssertifikat?', asks(MANNING, 'flag')),
      say('norsk. helseerklæringen min ble forresten utstedt 3. mai 2024', asks(MANNING, 'vesselType')),
      say('Hvor lenge gjelder helseerklæringen?', asks('health.certificate', 'ageAtIssue')),
    ],
  },
  {
    name: 'a date given while the kind of ISSC is asked is noted, then not asked for (nb)',
    locale: 'nb',
    turns: [
      say('hvor lenge er ISSC-en vår gyldig?', asks('isps.verification-dates', 'certificateKind')),
      say(
        'det ble utstedt 1. mars 2025',
        asks('isps.verification-dates', 'certificateKind', {
          says: (l) => [texts(l).conversation.noted('utstedelsesdato: 01.03.2025')],
        }),
      ),
      pick('answer:full', asks('isps.verification-dates', 'expiryDate', { facts: { issueDate: '2025-03-01' } })),
    ],
  },
  {
    name: 'the flag said in a sentence of its own, with the length: decided at once (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger fiskefartøyet vårt bemanningssertifikat? Det er norsk og L er 14 m',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, { facts: { flag: 'NO', lengthL: 14 } }),
      ),
    ],
  },
  {
    name: 'a what-if in the middle of a question after a decision («…hvis jeg var 17?») decides again (nb)',
    locale: 'nb',
    turns: [
      say(
        'Når går helseerklæringen min ut? Den ble utstedt 3. mai 2024 og jeg var 30 år da',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 30 } }),
      ),
      say(
        'og hvor lenge er den gyldig hvis jeg var 17?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 17 } }),
      ),
    ],
  },
  {
    name: 'a what-if at the end of a question after a decision ("…if we were 12?") decides again (en)',
    locale: 'en',
    turns: [
      say(
        'We are 9 in the safe manning on our norwegian cargo ship. Is a cook required?',
        decides(COOK, 'ship-cook', 'not-required'),
      ),
      say(
        'would we need one if we were 12?',
        decides(COOK, 'ship-cook', 'required', undefined, { facts: { safetyManning: 12 } }),
      ),
    ],
  },
  {
    name: 'matros asked, lettmatros merely mentioned: the matros rule decides, and not "meets" (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hva er kravet til matros på et skip på 400 BT i fartsområde 3? Jeg har ikke fagbrev, 7 måneder som lettmatros og 7 måneder på dekk.',
        decides('ratings.matros', 'matros', 'does-not-meet'),
      ),
    ],
  },
  {
    name: "the cook asked, the ship's facts stated first: the cook answer, not the manning certificate (en)",
    locale: 'en',
    turns: [
      say(
        "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
        decides(COOK, 'ship-cook', 'required'),
      ),
    ],
  },
  {
    name: 'an out-of-scope question naming a vessel type after a decision is the fallback, not a what-if; a what-if still follows (nb)',
    locale: 'nb',
    turns: [
      say(
        'Trenger et lasteskip på 60 BT med norsk flagg bemanningssertifikat?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say('hva koster det å registrere en fritidsbåt?', { topics: ['fallback'] }),
      say('hva om det er en fritidsbåt?', decides(MANNING, 'manning-certificate', 'not-required')),
    ],
  },
  {
    name: 'an out-of-scope question marked «vent» while a question waits is the fallback, not a correction (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat?', asks(MANNING, 'flag')),
      say('vent, hva koster det å registrere en fritidsbåt?', { topics: ['fallback', MANNING], ask: 'flag' }),
      say('ja norsk', asks(MANNING, 'vesselType')),
    ],
  },
  {
    name: 'an out-of-scope question naming a leisure boat after a decision is the fallback (en)',
    locale: 'en',
    turns: [
      say(
        'Does a Norwegian cargo ship of 60 GT need a manning certificate?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
      say('How much does it cost to register a leisure boat in the NOR register?', { topics: ['fallback'] }),
    ],
  },
  {
    name: 'D6 on a «passasjerbåt» with 10 passengers: uncertain, not "no" (a passenger ship carries more than 12) (nn)',
    locale: 'nn',
    turns: [
      say(
        'Kan eg bruke D6 på ein passasjerbåt med 10 passasjerar?',
        { topic: 'd6.privileges', ask: null, decision: { rule: 'd6-privileges', outcome: 'uncertain' } },
        nn,
      ),
    ],
  },
  {
    name: 'a date corrected while the next question waits is taken, and decides (nb)',
    locale: 'nb',
    turns: [
      say('Når går helseerklæringen min ut?', asks('health.certificate', 'issueDate')),
      say('15.03.2025', asks('health.certificate', 'ageAtIssue')),
      say(
        'beklager, det var 15.04.2025',
        asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2025-04-15' } }),
      ),
      say(
        '22',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { issueDate: '2025-04-15' } }),
      ),
    ],
  },
  {
    name: 'a date corrected while the next question waits is taken (en)',
    locale: 'en',
    turns: [
      say('When does my health certificate expire?', asks('health.certificate', 'issueDate')),
      say('15.03.2025', asks('health.certificate', 'ageAtIssue')),
      say('sorry, it was 15.04.2025', asks('health.certificate', 'ageAtIssue', { facts: { issueDate: '2025-04-15' } })),
    ],
  },
  {
    name: 'a what-if about a date after a decision (nn)',
    locale: 'nn',
    turns: [
      say(
        'Kor lenge gjeld helseerklæringa mi? Ho vart skriven ut 15.03.2025, og eg var 22 år då.',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'kva om ho vart skriven ut 15.03.2024?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2024-03-15' },
        }),
      ),
    ],
  },
  {
    name: 'a bare number after a decision changes the one number the case holds (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi skipskokk når sikkerhetsbemanningen er 14?', decides(COOK, 'ship-cook', 'required')),
      say('9?', decides(COOK, 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } })),
    ],
  },
  {
    name: 'an earlier choice taken back while the next question waits: "actually I meant foreign" (en)',
    locale: 'en',
    turns: [
      say('Do we need a manning certificate?', asks(MANNING, 'flag')),
      say('Norwegian', asks(MANNING, 'vesselType')),
      say(
        'actually I meant foreign',
        decides(MANNING, 'manning-certificate', 'not-norwegian', undefined, { facts: { flag: 'foreign' } }),
      ),
    ],
  },
  {
    name: 'an earlier choice taken back: «nei vent, den er utenlandsk» (nb)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat?', asks(MANNING, 'flag')),
      say('norsk', asks(MANNING, 'vesselType')),
      say(
        'nei vent, den er utenlandsk',
        decides(MANNING, 'manning-certificate', 'not-norwegian', undefined, { facts: { flag: 'foreign' } }),
      ),
    ],
  },
  {
    name: 'a lone «8 timer» after days × hours is the hours per day, and a total then replaces both (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hvor mye fartstid gir 45 dager à 12 timer?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 540 }),
      ),
      say('hva om det var 8 timer?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 360 })),
      say('og 1250 timer totalt?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250 })),
    ],
  },
  {
    name: 'a lone «8 timar» after days × hours is the hours per day (nn)',
    locale: 'nn',
    turns: [
      say(
        'eg har jobba 45 dagar med 12 timar kvar dag, kor mykje fartstid blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 540 }),
      ),
      say('kva om det var 8 timar?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 360 })),
    ],
  },
  {
    name: 'a total after days × hours replaces them (en)',
    locale: 'en',
    turns: [
      say(
        'How much sea time do 20 days at 12 hours give?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 240 }),
      ),
      say(
        'what if it was 1250 hours in total?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1250 }),
      ),
    ],
  },
];

/** Facts a red team gave in the first message that Losen asked for again (issue 11 items 3 and 8). */
const MISSED: Golden[] = [
  {
    name: 'the role asked about beside months served as officer of the watch decides, the role never asked (nb)',
    locale: 'nb',
    turns: [
      say(
        'Kan jeg være skipsfører med D6 på en arbeidsbåt? L er 18, største lengde 19,5. BT 40, liten kystfart. Jeg er 24 år og har 14 mnd som vaktoffiser',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'master' } }),
      ),
    ],
  },
  {
    name: 'the role asked about beside months served as officer of the watch decides, the role never asked (nn)',
    locale: nn,
    turns: [
      say(
        'Kan eg vere skipsførar med D6 på ein arbeidsbåt? L er 18, største lengd 19,5. BT 40, liten kystfart. Eg er 24 år og har 14 månader som vaktoffiser',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'master' } }),
        nn,
      ),
    ],
  },
  {
    name: 'the role asked about beside months served as officer of the watch decides, the role never asked (en)',
    locale: 'en',
    turns: [
      say(
        'Can I be master with a D6 on a workboat? L is 18 m, length overall 19.5 m, 40 GT, small coastal trade. I am 24 and have 14 months as officer of the watch',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'master' } }),
      ),
    ],
  },
  {
    name: 'the hours needed for 360 sea-time days are calculated at once, no days worked asked (nb)',
    locale: 'nb',
    turns: [
      say(
        'hvor mange timer må jeg ha for 360 dager fartstid',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42 }),
      ),
    ],
  },
  {
    name: 'the hours needed for 360 sea-time days are calculated at once, no days worked asked (nn)',
    locale: nn,
    turns: [
      say(
        'kor mange timar treng eg for 360 fartstidsdagar',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42 }),
        nn,
      ),
    ],
  },
  {
    name: 'the hours needed for 12 months of sea time (360 days) are calculated at once (en)',
    locale: 'en',
    turns: [
      say(
        'How many hours do I need for 12 months sea time?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42 }),
      ),
    ],
  },
  {
    name: 'a health certificate «fikk den 15.03.2025» by a 34-year-old is decided, nothing asked again (nb)',
    locale: 'nb',
    turns: [
      say(
        'hvor lenge gjelder helseerklæringen min? fikk den 15.03.2025, jeg er 34',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-03-15' },
        }),
      ),
    ],
  },
  {
    name: 'a health certificate «fekk ho 1. mars i fjor» by a 17-year-old lasted a year and has expired (nn)',
    locale: nn,
    turns: [
      say(
        'kor lenge er helseerklæringa gyldig? eg fekk ho 1. mars i fjor og er 17 år',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-03-01' },
        }),
        nn,
      ),
    ],
  },
  {
    name: 'a health certificate "got it on 15.03.2025" by a 45-year-old is decided, nothing asked again (en)',
    locale: 'en',
    turns: [
      say(
        "How long is my health certificate valid? I got it on 15.03.2025 and I'm 45",
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-03-15' },
        }),
      ),
    ],
  },
  {
    name: 'a health certificate «utstedt juni 2024» by a 45-year-old: the day is asked, then the age is not (nb)',
    locale: 'nb',
    turns: [
      say('helseerklæring utstedt juni 2024, er 45 år. gyldig nå?', asks('health.certificate', 'issueDate')),
      say('01.06.2024', decides('health.certificate', 'health-certificate', 'expired')),
    ],
  },
  {
    name: 'an 18-year-old whose certificate is from this year may have been 17: the age at issue is asked (nb)',
    locale: 'nb',
    turns: [
      say(
        'hvor lenge gjelder helseerklæringen min? den ble utstedt 01.03.2026 og jeg er 18',
        asks('health.certificate', 'ageAtIssue'),
      ),
    ],
  },
];

describe('a conversation that listens', () => {
  describe('facts given in the first message are never asked again', () => {
    it.each(MISSED)('$name', playGolden);
  });
  describe('slot filling from every message', () => {
    it.each(SLOT_FILLING)('$name', playGolden);
  });
  describe('corrections and what-ifs, before and after a decision', () => {
    it.each(CHANGES)('$name', playGolden);
  });
  describe('a question is a question', () => {
    it.each(QUESTIONS)('$name', playGolden);
  });
  describe('several questions in one message', () => {
    it.each(SEVERAL)('$name', playGolden);
  });
  describe('the language of the conversation', () => {
    it.each(LANGUAGE)('$name', playGolden);
    const NYNORSK = 'Treng vi skipskokk om bord når vi er tolv?';
    it('nynorsk written is answered in nynorsk (nn detected)', () =>
      playGolden({
        name: 'nynorsk detected',
        locale: 'nn',
        turns: [
          // «vi er tolv» may be the people on board, not the safe manning: asked, not assumed.
          say(NYNORSK, asks(COOK, 'safetyManning')),
          say('12', decides(COOK, 'ship-cook', 'required')),
          say('og viss vi er 9?', decides(COOK, 'ship-cook', 'not-required')),
        ],
      }));
    const ENGLISH_WITH_NAMES =
      'I work for Sjøfartsdirektoratet in Haugesund. Do we need a ship’s cook when the safe manning is 12?';
    it('Norwegian names inside English keep it English (en)', () =>
      playGolden({
        name: 'English with Norwegian names',
        locale: 'en',
        turns: [say(ENGLISH_WITH_NAMES, decides(COOK, 'ship-cook', 'required'))],
      }));
  });
  describe('wrong answers that must not come back', () => {
    it.each(REGRESSIONS)('$name', playGolden);
  });
});
