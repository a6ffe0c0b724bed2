/**
 * How a turn is counted, from the messages the bot answered with (built with the content's own
 * renderers, so a change to a message's shape shows here).
 */
import { describe, expect, it } from 'vitest';
import type { TurnClass } from '../../../bot/insights/classify.js';
import { classifyTurn } from '../../../bot/insights/classify.js';
import { texts } from '../../../content/index.js';
import {
  chooseRule,
  clarify,
  commandChoices,
  decisionMessage,
  fallback,
  question,
  say,
  topicAnswer,
} from '../../../content/render.js';
import { handoff } from '../../../content/handoff.js';
import type { BotMessage } from '../../../content/types.js';
import { decide, listRules } from '../../../rules/index.js';
import type { DecidedDecision } from '../../../rules/types.js';

const seaTime = decide('sea-time', { days: 20, hoursPerDay: 12 }) as DecidedDecision;
const rules = listRules();
const flagFact = rules.find((r) => r.id === 'manning-certificate')?.facts.find((f) => f.id === 'flag');
const isscRules = rules.filter((r) => r.id.startsWith('issc-')).map((r) => ({ id: r.id, title: r.title }));
if (!flagFact || isscRules.length < 2) throw new Error('the rules this test builds messages from have changed');

const decided = { ...decisionMessage('nb', 'seatime.calculate', seaTime), choices: commandChoices('nb', ['back']) };
const intro = topicAnswer('nb', 'manning.which-vessels');
const ask = question('nb', 'manning.which-vessels', flagFact);

const cases: { name: string; messages: BotMessage[]; typed?: boolean; previousAsked?: boolean; expected: TurnClass }[] =
  [
    {
      name: 'a typed question answered from the catalogue is a question and a direct answer',
      messages: [topicAnswer('nb', 'manning.expiry')],
      typed: true,
      expected: { kind: 'answer', topic: 'manning.expiry', opens: true },
    },
    {
      name: 'a topic clicked in a menu is answered, but is no second question',
      messages: [topicAnswer('en', 'manning.expiry')],
      typed: false,
      expected: { kind: 'answer', topic: 'manning.expiry', opens: false },
    },
    {
      name: 'a typed question that starts a guided flow is a question, not yet an answer',
      messages: [intro, ask],
      typed: true,
      expected: { kind: 'guided', topic: 'manning.which-vessels', opens: true },
    },
    {
      name: 'the next question of a flow is neither',
      messages: [ask],
      typed: true,
      previousAsked: true,
      expected: { kind: 'asking', topic: 'manning.which-vessels', opens: false },
    },
    {
      name: 'the decision that ends a flow is a direct answer but no new question',
      messages: [decided],
      typed: true,
      previousAsked: true,
      expected: { kind: 'answer', topic: 'seatime.calculate', opens: false },
    },
    {
      name: 'a question decided at once (every fact given) is a question and a direct answer',
      messages: [decided],
      typed: true,
      previousAsked: false,
      expected: { kind: 'answer', topic: 'seatime.calculate', opens: true },
    },
    {
      name: 'a "did you mean" menu counts under the first topic it offers',
      messages: [clarify('nb', ['manning.accepted-certificates', 'ratings.matros'])],
      typed: true,
      expected: { kind: 'menu', topic: 'manning.accepted-certificates', opens: true },
    },
    {
      name: 'the fallback is a question Losen could not answer',
      messages: [fallback('nn')],
      typed: true,
      expected: { kind: 'fallback', topic: 'fallback', opens: true },
    },
    {
      name: 'a fallback after a stale click is no question',
      messages: [fallback('nb')],
      typed: false,
      expected: { kind: 'fallback', topic: 'fallback', opens: false },
    },
    {
      name: 'the hand-off is counted under contact',
      messages: [handoff('en', { topics: ['cook.required'], facts: [], decisions: [], ownCase: false })],
      typed: false,
      expected: { kind: 'handoff', topic: 'contact', opens: false },
    },
    {
      name: 'a choice between the rules of a topic is no menu of topics',
      messages: [chooseRule('nb', 'isps.verification-dates', isscRules)],
      typed: true,
      expected: { kind: 'other', topic: 'isps.verification-dates', opens: false },
    },
    {
      name: 'the greeting is nothing to count',
      messages: [say(texts('nb').ui.greeting)],
      typed: false,
      expected: { kind: 'other', topic: '-', opens: false },
    },
    {
      name: 'no messages at all is nothing to count',
      messages: [],
      typed: true,
      expected: { kind: 'other', topic: '-', opens: false },
    },
  ];

describe('classifyTurn', () => {
  it.each(cases)('$name', ({ messages, typed, previousAsked, expected }) => {
    expect(
      classifyTurn(messages, {
        ...(typed !== undefined ? { typed } : {}),
        ...(previousAsked !== undefined ? { previousAsked } : {}),
      }),
    ).toEqual(expected);
  });
});
