/**
 * The conversation machine driven directly with `createActor`: greeting, fallback, clarifying,
 * start over, back, help, hand-off, answers it cannot read, unknown and rejected values, a new
 * question mid-flow, a topic with two rules, and facts taken from the first question.
 * Assertions are on keys (topic, fact asked, choice ids, decision), not on sentences.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { texts } from '../../content/index.js';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import type { Command } from '../../content/render.js';
import { type ConversationEvent, conversationMachine } from '../../machines/conversation-machine.js';
import { ruleFact } from '../../machines/answers.js';
import { heard } from './helpers.js';

const TODAY = '2026-11-22';

/** A conversation actor and one function per kind of user turn, each returning what the bot said. */
function converse(locale: Locale) {
  const turn = { today: TODAY, locale };
  const actor = createActor(conversationMachine, { input: turn });
  const said: BotMessage[] = [];
  actor.on('message', (e) => said.push(e.message));
  actor.start();
  const take = (send: () => void): BotMessage[] => {
    said.length = 0;
    send();
    expect(actor.getSnapshot().status).toBe('active');
    return [...said];
  };
  return {
    actor,
    greet: () => take(() => actor.send({ type: 'GREET', ...turn })),
    text: (text: string) => take(() => actor.send(heard(actor.getSnapshot().context, text, turn))),
    choose: (id: string) => take(() => actor.send({ type: 'CHOICE', id, ...turn })),
    command: (command: Command) => take(() => actor.send({ type: 'COMMAND', command, ...turn })),
    send: (event: ConversationEvent) => take(() => actor.send(event)),
    state: () => actor.getSnapshot().value,
  };
}

const last = (messages: BotMessage[]) => messages.at(-1)!;
const asked = (messages: BotMessage[]) => messages.at(-1)?.ask?.fact;
const choiceIds = (m: BotMessage) => (m.choices ?? []).map((c) => c.id);
const decisionOf = (messages: BotMessage[]) => messages.find((m) => m.decision)?.decision;
const label = (ruleId: string, factId: string, locale: Locale) => ruleFact(ruleId, factId)!.label[locale];

describe('conversation machine', () => {
  it('greets without a topic, a question or a decision', () => {
    for (const locale of ['nb', 'en'] as const) {
      const c = converse(locale);
      const out = c.greet();
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ text: texts(locale).ui.greeting });
      expect(out[0]!.topic).toBeUndefined();
      expect(out[0]!.ask).toBeUndefined();
      expect(out[0]!.decision).toBeUndefined();
      expect(c.state()).toBe('open');
    }
  });

  it.each([
    ['nb', 'Hva er hovedstaden i Frankrike?'],
    ['en', 'What is the capital of France?'],
  ] as const)(
    'falls back on an out-of-scope question, offering a person and never deciding (%s)',
    (locale, question) => {
      const c = converse(locale);
      const out = c.text(question);
      expect(out).toHaveLength(1);
      expect(out[0]!.topic).toBe('fallback');
      expect(choiceIds(out[0]!)).toContain('cmd:handoff');
      expect(out[0]!.decision).toBeUndefined();
      expect(out[0]!.ask).toBeUndefined();
      expect(c.state()).toBe('open');
    },
  );

  it('asks which topic is meant for an ambiguous question, offering 2–3 topics, and a pick starts it', () => {
    const c = converse('nb');
    const out = c.text('Hva kreves for å bli matros eller lettmatros?');
    expect(out).toHaveLength(1);
    const topics = choiceIds(out[0]!).filter((id) => id.startsWith('topic:'));
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(topics).toContain('topic:ratings.lettmatros');
    expect(choiceIds(out[0]!)).toContain('cmd:handoff');
    expect(out[0]!.decision).toBeUndefined();
    const next = c.choose('topic:ratings.lettmatros');
    expect(c.state()).toBe('guided');
    expect(last(next).topic).toBe('ratings.lettmatros');
    expect(asked(next)).toBeDefined();
  });

  it('starts over from the middle of a guided flow', () => {
    const c = converse('nb');
    c.text('Trenger båten min bemanningssertifikat?');
    c.choose('answer:NO');
    const out = c.command('restart');
    expect(out).toEqual([expect.objectContaining({ text: texts('nb').ui.restarted })]);
    expect(c.state()).toBe('open');
    expect(c.actor.getSnapshot().context).toMatchObject({ topic: null, ruleId: null, facts: {}, answered: [] });
    expect(c.actor.getSnapshot().children.gather).toBeUndefined();
    // A fresh question starts from scratch: the flag is asked again.
    expect(asked(c.text('Trenger båten min bemanningssertifikat?'))).toBe('flag');
  });

  it('"back" in the middle asks the last answered fact again, and the new answer gives a new decision', () => {
    const c = converse('nb');
    expect(asked(c.text('Trenger båten min bemanningssertifikat?'))).toBe('flag');
    expect(asked(c.choose('answer:NO'))).toBe('vesselType');
    expect(asked(c.text('lasteskip'))).toBe('grossTonnage');
    const back = c.command('back');
    expect(asked(back)).toBe('vesselType');
    expect(last(back).text.startsWith(texts('nb').ui.goingBack)).toBe(true);
    expect(c.actor.getSnapshot().context.facts).not.toHaveProperty('vesselType');
    expect(asked(c.text('fiskefartøy'))).toBe('lengthL');
    const out = c.text('16 m');
    expect(decisionOf(out)).toMatchObject({ rule: 'manning-certificate', outcome: 'not-required' });
    expect(c.actor.getSnapshot().context.facts).toMatchObject({ flag: 'NO', vesselType: 'fishing', lengthL: 16 });
  });

  it('"back" after a decision reopens the last question, keeps earlier answers, and decides again', () => {
    const c = converse('en');
    c.text('Does my ship need a minimum safe manning document?');
    c.choose('answer:NO');
    c.choose('answer:cargo');
    expect(decisionOf(c.text('45 GT'))).toMatchObject({ outcome: 'not-required' });
    expect(c.state()).toBe('open');
    expect(asked(c.command('back'))).toBe('grossTonnage');
    expect(c.state()).toBe('guided');
    expect(decisionOf(c.text('600 GT'))).toMatchObject({ outcome: 'required' });
    // The earlier answers are still there: back twice more reaches the vessel type, then the flag.
    expect(asked(c.command('back'))).toBe('grossTonnage');
    expect(asked(c.command('back'))).toBe('vesselType');
    expect(asked(c.command('back'))).toBe('flag');
    const nothing = c.command('back');
    expect(nothing).toEqual([expect.objectContaining({ text: texts('en').ui.nothingToGoBack })]);
  });

  it('"back" with nothing answered says so, at the start and inside a flow', () => {
    const c = converse('en');
    expect(c.command('back')).toEqual([expect.objectContaining({ text: texts('en').ui.nothingToGoBack })]);
    expect(c.state()).toBe('open');
    c.text('Does my ship need a minimum safe manning document?');
    const out = c.command('back');
    expect(out).toEqual([
      expect.objectContaining({ text: texts('en').ui.nothingToGoBack, topic: 'manning.which-vessels' }),
    ]);
    expect(c.state()).toBe('guided');
    // The flow is still there.
    expect(asked(c.choose('answer:NO'))).toBe('vesselType');
  });

  it('helps with the commands, at the start and inside a flow, without losing the flow', () => {
    const c = converse('nb');
    const out = c.command('help');
    expect(out).toHaveLength(1);
    expect(choiceIds(out[0]!)).toEqual(expect.arrayContaining(['cmd:restart', 'cmd:handoff']));
    c.text('Trenger båten min bemanningssertifikat?');
    // Inside a flow the help is followed by the question that waits.
    const inside = c.command('help');
    expect(inside).toHaveLength(2);
    expect(asked(inside)).toBe('flag');
    expect(c.state()).toBe('guided');
    expect(asked(c.choose('answer:NO'))).toBe('vesselType');
  });

  it('hands off with a summary of the facts answered so far, mid-flow and after a decision', () => {
    const c = converse('nb');
    c.text('Trenger båten min bemanningssertifikat?');
    c.choose('answer:NO');
    c.text('lasteskip');
    const mid = c.command('handoff');
    expect(mid).toHaveLength(1);
    expect(mid[0]!.topic).toBe('contact');
    // The way to a person cites no sources; it carries the summary and a prefilled e-mail.
    expect(mid[0]!.citations).toBeUndefined();
    expect(mid[0]!.handoff?.email.to).toBe('post@sdir.no');
    expect(mid[0]!.handoff?.summary).toContain(label('manning-certificate', 'flag', 'nb'));
    expect(mid[0]!.text).toContain(label('manning-certificate', 'flag', 'nb'));
    expect(mid[0]!.text).toContain(label('manning-certificate', 'vesselType', 'nb'));
    // Not given yet: the tonnage is the question still open, not a fact.
    expect(mid[0]!.text).not.toContain(`• ${label('manning-certificate', 'grossTonnage', 'nb')}`);
    expect(mid[0]!.text).toContain(texts('nb').facts.grossTonnage.question);
    expect(mid[0]!.text).toContain(texts('nb').facts.vesselType.choices.cargo);
    // The flow goes on after the hand-off.
    expect(c.state()).toBe('guided');
    c.text('45 BT');
    const after = c.command('handoff');
    expect(after[0]!.topic).toBe('contact');
    for (const fact of ['flag', 'vesselType', 'grossTonnage'])
      expect(after[0]!.text).toContain(label('manning-certificate', fact, 'nb'));
    // Units in the summary are in the conversation's language (BT, not GT).
    expect(after[0]!.text).toMatch(/45 BT/);
    expect(after[0]!.text).not.toMatch(/\bGT\b/);
  });

  it('hands off with nothing answered yet', () => {
    const c = converse('en');
    const out = c.command('handoff');
    expect(out[0]!.topic).toBe('contact');
    expect(out[0]!.text).toContain(texts('en').ui.handoffNothingYet);
  });

  it('after two answers it cannot read, says what is expected with an example and offers a person', () => {
    const c = converse('nb');
    c.text('Trenger båten min bemanningssertifikat?');
    const example = texts('nb').facts.flag.example;
    const first = c.text('blå');
    expect(asked(first)).toBe('flag');
    expect(last(first).text).toContain(example);
    expect(choiceIds(last(first))).not.toContain('cmd:handoff');
    const second = c.text('grønn');
    expect(asked(second)).toBe('flag');
    expect(last(second).text).toContain(texts('nb').ui.stuck(example).slice(0, 20));
    expect(last(second).text).toContain(example);
    expect(choiceIds(last(second))).toEqual(expect.arrayContaining(['answer:NO', 'answer:foreign', 'cmd:handoff']));
    expect(decisionOf(second)).toBeUndefined();
  });

  it.each([
    ['nb', 'Hvor mange fartstidsdager blir det?', 'vet ikke'],
    ['en', 'Convert sea time for me', "don't know"],
  ] as const)(
    '"%s / %s": not knowing a required fact explains why it is needed and offers a person',
    (locale, question, dontKnow) => {
      const c = converse(locale);
      const fact = asked(c.text(question));
      expect(fact).toBeDefined();
      const out = c.text(dontKnow);
      expect(asked(out)).toBe(fact);
      expect(last(out).text.startsWith(texts(locale).ui.unknownNeeded)).toBe(true);
      expect(choiceIds(last(out))).toContain('cmd:handoff');
      expect(decisionOf(out)).toBeUndefined();
    },
  );

  it('explains a value the rule rejects (15 hours a day) and asks again', () => {
    const c = converse('en');
    c.text('Convert sea time for me');
    expect(asked(c.text('20'))).toBe('hoursPerDay');
    const out = c.text('15');
    expect(asked(out)).toBe('hoursPerDay');
    expect(decisionOf(out)).toBeUndefined();
    expect(last(out).text.length).toBeGreaterThan(texts('en').facts.hoursPerDay.question.length);
    expect(c.actor.getSnapshot().context.facts).not.toHaveProperty('hoursPerDay');
    const done = c.text('12');
    expect(decisionOf(done)).toMatchObject({ rule: 'sea-time', outcome: 'calculated', values: { seaTimeDays: 46.92 } });
  });

  it('switches topic on a new question in the middle of a guided flow', () => {
    const c = converse('nb');
    c.text('Trenger båten min bemanningssertifikat?');
    const out = c.text('Hvor lenge gjelder helseerklæringen min?');
    expect(last(out).topic).toBe('health.certificate');
    expect(asked(out)).toBe('issueDate');
    expect(c.actor.getSnapshot().context).toMatchObject({ topic: 'health.certificate', ruleId: 'health-certificate' });
    expect(c.actor.getSnapshot().context.facts).not.toHaveProperty('flag');
  });

  it('switches topic on a new question even while a name or other free text is asked', () => {
    const c = converse('en');
    c.text('Can you check my sea-time confirmation?');
    expect(asked(c.choose('answer:D6'))).toBe('seafarerName');
    const out = c.text('Does a Norwegian cargo ship of 300 GT need a manning certificate?');
    expect(decisionOf(out)).toMatchObject({ rule: 'manning-certificate', outcome: 'required' });
    expect(last(out).topic).toBe('manning.which-vessels');
  });

  it('asks which calculation is meant for a topic with two rules, and starts the chosen one', () => {
    const c = converse('en');
    const out = c.text('When are the verification dates for our ISSC?');
    expect(c.state()).toBe('choosingRule');
    expect(out).toHaveLength(1);
    expect(out[0]!.topic).toBe('isps.verification-dates');
    expect(choiceIds(out[0]!)).toEqual(['rule:issc-validity', 'rule:issc-renewal']);
    // Something else than a rule: the choice is offered again.
    const again = c.choose('answer:full');
    expect(choiceIds(again[0]!)).toEqual(['rule:issc-validity', 'rule:issc-renewal']);
    expect(c.state()).toBe('choosingRule');
    const started = c.choose('rule:issc-renewal');
    expect(c.state()).toBe('guided');
    expect(c.actor.getSnapshot().context.ruleId).toBe('issc-renewal');
    expect(asked(started)).toBe('expiryDate');
    expect(last(started).topic).toBe('isps.verification-dates');
  });

  it('uses the facts the first question gives, and never asks a fact twice', () => {
    const c = converse('nb');
    const seen: string[] = [];
    const note = (out: BotMessage[]) => {
      for (const m of out) if (m.ask) seen.push(m.ask.fact);
      return out;
    };
    note(c.text('Trenger et norsk fiskefartøy bemanningssertifikat?'));
    expect(seen).toEqual(['lengthL']);
    expect(c.actor.getSnapshot().context.facts).toMatchObject({ flag: 'NO', vesselType: 'fishing' });
    const out = note(c.text('23,5 m'));
    expect(decisionOf(out)).toMatchObject({ rule: 'manning-certificate' });
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('introduces the topic once, with its sources, before the first question only', () => {
    const c = converse('en');
    const first = c.text("Is my cook qualified to work as a ship's cook?");
    expect(first).toHaveLength(2);
    expect(first[0]!.topic).toBe('cook.qualification');
    expect(first[0]!.ask).toBeUndefined();
    expect(first[0]!.citations?.length).toBeGreaterThan(0);
    expect(c.text('25')).toHaveLength(1);
  });

  it('answers a topic without a rule with its text and stays open', () => {
    const c = converse('nb');
    const out = c.text('Hvordan søker vi om bemanningssertifikat?');
    expect(out).toHaveLength(1);
    expect(out[0]!.topic).toBe('manning.how-to-apply');
    expect(out[0]!.citations?.length).toBeGreaterThan(0);
    expect(out[0]!.ask).toBeUndefined();
    expect(c.state()).toBe('open');
  });
});

describe('conversation machine: what a message was understood to say', () => {
  it('a date given without its day asks for the day, and the day completes it', () => {
    const c = converse('nb');
    expect(asked(c.text('Hvor lenge gjelder helseerklæringen min?'))).toBe('issueDate');
    // The date formats give a month without a day as `partial`; this is what understand() then reads.
    const context = c.actor.getSnapshot().context;
    const monthOnly = heard(context, 'juni 2024', { today: TODAY, locale: 'nb' });
    if (monthOnly.type !== 'TEXT') throw new Error('not a text event');
    const partial = {
      ...monthOnly,
      understanding: { ...monthOnly.understanding, answer: { kind: 'partial-date' as const, year: 2024, month: 6 } },
    };
    const out = c.send(partial);
    expect(asked(out)).toBe('issueDate');
    expect(last(out).text).toContain('2024');
    expect(c.actor.getSnapshot().context.partialDate).toEqual({ year: 2024, month: 6 });
    expect(asked(c.text('15'))).toBe('ageAtIssue');
    expect(c.actor.getSnapshot().context.facts).toMatchObject({ issueDate: '2024-06-15' });
  });

  it('a clicked answer that fits no question asked is a stale button, not a wrong answer', () => {
    const c = converse('en');
    c.text('Does my ship need a minimum safe manning document?');
    const out = c.choose('answer:cargo');
    expect(out.map((m) => m.text)).toContain(texts('en').conversation.staleChoice);
    expect(asked(out)).toBe('flag');
    // Not counted as a failed answer: two more unreadable answers are needed before "stuck".
    expect(last(c.text('blue')).text).toContain(texts('en').ui.notUnderstood(texts('en').facts.flag.example));
  });
});
