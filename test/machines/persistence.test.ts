/**
 * Save and restore: at every step of guided conversations, the persisted snapshot goes through
 * JSON and a new actor made from it continues exactly like the original — the same messages for
 * the same next event, the same state and context — including the invoked gather machine, whose
 * own snapshot must travel with its parent's. The gather machine is also checked on its own,
 * inside a tiny host machine that stands in for the conversation.
 */
import { describe, expect, it } from 'vitest';
import { assign, createActor, sendTo, setup } from 'xstate';
import type { AnyActorLogic, SnapshotFrom } from 'xstate';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import type { ConversationContext, ConversationEvent } from '../../machines/conversation-machine.js';
import { heard, gatherAnswer, gatherChoice } from './helpers.js';
import { conversationMachine } from '../../machines/conversation-machine.js';
import type { GatherEvent, GatherInput, GatherOutput, GatherToParent } from '../../machines/gather-machine.js';
import { gatherMachine } from '../../machines/gather-machine.js';

type Turn = { today: string; locale: Locale };
const nb: Turn = { today: '2026-11-22', locale: 'nb' };
const en: Turn = { today: '2026-11-22', locale: 'en' };

/** A step of a script: an event, or a text understood in the light of the conversation at that point. */
type Step = ConversationEvent | ((context: ConversationContext) => ConversationEvent);
const text =
  (t: string, turn = nb): Step =>
  (context) =>
    heard(context, t, turn);
const eventOf = (step: Step, context: ConversationContext): ConversationEvent =>
  typeof step === 'function' ? step(context) : step;
const choice = (id: string, turn = nb): ConversationEvent => ({ type: 'CHOICE', id, ...turn });
const command = (c: 'restart' | 'back' | 'help' | 'handoff', turn = nb): ConversationEvent => ({
  type: 'COMMAND',
  command: c,
  ...turn,
});

/** A long conversation that passes every state and every kind of step. */
const SCRIPT: Step[] = [
  { type: 'GREET', ...nb },
  text('Trenger båten min bemanningssertifikat?'),
  text('blå'),
  choice('answer:NO'),
  command('help'),
  text('lasteskip'),
  command('back'),
  text('lasteskip'),
  command('handoff'),
  text('45 BT'),
  command('back'),
  text('600'),
  text('When are the verification dates for our ISSC?', en),
  choice('answer:full', en),
  choice('rule:issc-renewal', en),
  text('2027-05-02', en),
  text('2027-03-01', en),
  command('restart', en),
  text('Convert sea time for me', en),
  text('20', en),
  text('15', en),
  text("don't know", en),
  text('12', en),
  text('Hva er hovedstaden i Frankrike?'),
  // Listening: two questions, a side question, a stale button, a correction and a what-if.
  text('Trenger vi bemanningssertifikat for lasteskipet vårt på 60 BT, og må vi ha skipskokk om bord?'),
  text('Hva koster det å registrere en fritidsbåt?'),
  choice('answer:cargo'),
  text('nei, 45'),
  text('norsk'),
  text('12'),
  text('Hva om vi bare er 9?'),
];

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function watch<L extends AnyActorLogic>(logic: L, options: { input?: unknown; snapshot?: unknown }) {
  const actor = createActor(logic, options as never);
  const said: BotMessage[] = [];
  (actor as unknown as { on: (t: string, f: (e: { message: BotMessage }) => void) => void }).on('message', (e) =>
    said.push(e.message),
  );
  actor.start();
  return { actor, said };
}

/** The comparable part of a conversation snapshot: state, context and the gather child's state. */
function observe(snapshot: SnapshotFrom<typeof conversationMachine>) {
  const child = snapshot.children.gather?.getSnapshot() as SnapshotFrom<typeof gatherMachine> | undefined;
  return {
    status: snapshot.status,
    value: snapshot.value,
    context: snapshot.context,
    child: child ? { value: child.value, context: child.context } : null,
  };
}

describe('conversation machine snapshots survive JSON at every step', () => {
  it('a restored actor continues exactly like the original', () => {
    const original = watch(conversationMachine, { input: nb });
    let guidedSteps = 0;
    for (const [i, step] of SCRIPT.entries()) {
      const event = eventOf(step, original.actor.getSnapshot().context);
      const saved = roundTrip(original.actor.getPersistedSnapshot());
      const restored = watch(conversationMachine, { snapshot: saved });
      expect(restored.said, `step ${i}: restoring says nothing`).toEqual([]);
      expect(observe(restored.actor.getSnapshot()), `step ${i}: restored state`).toEqual(
        observe(original.actor.getSnapshot()),
      );

      const savedChild = (saved as { children?: Record<string, { snapshot?: { value?: unknown } }> }).children?.gather;
      if (original.actor.getSnapshot().matches('guided')) {
        guidedSteps += 1;
        expect(savedChild?.snapshot?.value, `step ${i}: the gather child is in the snapshot`).toBe('asking');
        expect(restored.actor.getSnapshot().children.gather, `step ${i}: the gather child is restored`).toBeDefined();
      } else {
        expect(savedChild, `step ${i}: no gather child outside a flow`).toBeUndefined();
      }

      original.said.length = 0;
      original.actor.send(event);
      restored.actor.send(event);
      expect(restored.said, `step ${i} (${event.type}): same messages`).toEqual(original.said);
      expect(observe(restored.actor.getSnapshot()), `step ${i} (${event.type}): same state`).toEqual(
        observe(original.actor.getSnapshot()),
      );
      expect(roundTrip(restored.actor.getPersistedSnapshot()), `step ${i}: same persisted snapshot`).toEqual(
        roundTrip(original.actor.getPersistedSnapshot()),
      );
      restored.actor.stop();
    }
    expect(guidedSteps).toBeGreaterThan(10);
    expect(original.actor.getSnapshot().value).toBe('open');
  });

  it('a chain of restores (one per turn, as the turn core does) reaches the same decision', () => {
    let saved: unknown;
    const all: BotMessage[] = [];
    for (const step of SCRIPT) {
      const turn = watch(conversationMachine, saved ? { snapshot: saved } : { input: nb });
      turn.actor.send(eventOf(step, turn.actor.getSnapshot().context));
      all.push(...turn.said);
      saved = roundTrip(turn.actor.getPersistedSnapshot());
      turn.actor.stop();
    }
    const straight = watch(conversationMachine, { input: nb });
    for (const step of SCRIPT) straight.actor.send(eventOf(step, straight.actor.getSnapshot().context));
    expect(all).toEqual(straight.said);
    expect(all.filter((m) => m.decision).map((m) => m.decision?.status === 'decided' && m.decision.outcome)).toEqual([
      'not-required',
      'required',
      // The renewal window once the expiry is known, then the new expiry for the verification's date.
      'new-expiry',
      'new-expiry',
      'calculated',
      'not-required',
      'required',
      'not-required',
    ]);
  });
});

/** A tiny host that invokes the gather machine, forwards answers and keeps what it is told. */
type HostEvent = GatherToParent | { type: 'FORWARD'; event: GatherEvent };
const host = setup({
  types: {
    context: {} as { input: GatherInput; told: GatherToParent[]; output: GatherOutput | null },
    events: {} as HostEvent,
    input: {} as GatherInput,
  },
  actors: { gather: gatherMachine },
}).createMachine({
  id: 'host',
  context: ({ input }) => ({ input, told: [], output: null }),
  initial: 'gathering',
  states: {
    gathering: {
      invoke: {
        id: 'gather',
        src: 'gather',
        input: ({ context }) => context.input,
        onDone: { target: 'finished', actions: assign({ output: ({ event }) => event.output }) },
      },
      on: {
        'GATHER.ASK': { actions: assign({ told: ({ context, event }) => [...context.told, event] }) },
        'GATHER.NOTHING_BACK': { actions: assign({ told: ({ context, event }) => [...context.told, event] }) },
        FORWARD: { actions: sendTo('gather', ({ event }) => event.event) },
      },
    },
    finished: { type: 'final' },
  },
});

/** A host step: an event, or an answer read for the fact the gather machine asks at that point. */
type HostStep = HostEvent | ((ruleId: string, asking: string | null) => HostEvent);
const answer =
  (t: string, turn = en): HostStep =>
  (ruleId, asking) => ({ type: 'FORWARD', event: gatherAnswer(ruleId, asking, t, turn) });
const pick =
  (c: string, turn = en): HostStep =>
  (ruleId, asking) => ({ type: 'FORWARD', event: gatherChoice(ruleId, asking, c, turn) });
const back: HostEvent = { type: 'FORWARD', event: { type: 'BACK' } };
const asking = (snapshot: SnapshotFrom<typeof host>) =>
  (snapshot.children.gather?.getSnapshot() as SnapshotFrom<typeof gatherMachine> | undefined)?.context.asking ?? null;

function observeHost(snapshot: SnapshotFrom<typeof host>) {
  const child = snapshot.children.gather?.getSnapshot() as SnapshotFrom<typeof gatherMachine> | undefined;
  return {
    status: snapshot.status,
    value: snapshot.value,
    context: snapshot.context,
    child: child ? { value: child.value, context: child.context } : null,
  };
}

describe('gather machine snapshots survive JSON at every step', () => {
  it.each([
    {
      name: 'manning certificate with a bad answer, back and a choice',
      input: { ruleId: 'manning-certificate', facts: {}, ...en },
      script: [
        back,
        answer('blue'),
        answer('green'),
        pick('answer:NO'),
        pick('answer:cargo'),
        back,
        pick('answer:fishing'),
        answer('16 m'),
      ],
    },
    {
      name: 'sea time with a rejected value and an unknown',
      input: { ruleId: 'sea-time', facts: {}, ...en },
      script: [answer('20'), answer('15'), answer("don't know"), answer('12')],
    },
    {
      name: 'ISSC validity resumed after "back" from a question',
      input: {
        ruleId: 'issc-validity',
        facts: { certificateKind: 'full', issueDate: '2024-05-02' },
        answered: ['certificateKind', 'issueDate'],
        ...nb,
      },
      script: [back, answer('2. mai 2024', nb), answer('2029-05-01', nb)],
    },
  ] satisfies { name: string; input: GatherInput; script: HostStep[] }[])('$name', ({ input, script }) => {
    const original = createActor(host, { input });
    original.start();
    for (const [i, step] of script.entries()) {
      const event = typeof step === 'function' ? step(input.ruleId, asking(original.getSnapshot())) : step;
      const saved = roundTrip(original.getPersistedSnapshot());
      expect(
        (saved as unknown as { children: Record<string, unknown> }).children.gather,
        `step ${i}: child saved`,
      ).toBeDefined();
      const restored = createActor(host, { snapshot: saved as never, input });
      restored.start();
      expect(observeHost(restored.getSnapshot()), `step ${i}: restored state`).toEqual(
        observeHost(original.getSnapshot()),
      );
      original.send(event);
      restored.send(event);
      expect(observeHost(restored.getSnapshot()), `step ${i}: same state after the step`).toEqual(
        observeHost(original.getSnapshot()),
      );
      restored.stop();
    }
    const done = original.getSnapshot();
    expect(done.status).toBe('done');
    expect(done.context.output?.decision?.status).toBe('decided');
    expect(done.context.told.some((t) => t.type === 'GATHER.ASK')).toBe(true);
  });

  it('restores a host whose gather machine has already finished', () => {
    const input: GatherInput = { ruleId: 'sea-time', facts: { days: 20, hoursPerDay: 12 }, ...en };
    const actor = createActor(host, { input });
    actor.start();
    expect(actor.getSnapshot().status).toBe('done');
    const restored = createActor(host, { snapshot: roundTrip(actor.getPersistedSnapshot()) as never, input });
    restored.start();
    expect(restored.getSnapshot().status).toBe('done');
    expect(restored.getSnapshot().context.output?.decision).toMatchObject({
      rule: 'sea-time',
      outcome: 'calculated',
      values: { seaTimeDays: 46.92 },
    });
  });
});
