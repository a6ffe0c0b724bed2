/**
 * Path coverage with `xstate/graph`: the shortest paths over a list of sample events reach every
 * state node of the conversation machine and of the gather machine, and replaying each path's
 * events on a real actor ends in the same state. Eventless (transient) states never rest, so
 * they are covered through the transitions a real actor takes while replaying (inspection's
 * microsteps).
 */
import { describe, expect, it } from 'vitest';
import { assign, createActor, sendTo, setup } from 'xstate';
import type { AnyStateMachine, InspectionEvent, SnapshotFrom } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import type { ConversationEvent } from '../../machines/conversation-machine.js';
import { conversationMachine } from '../../machines/conversation-machine.js';
import type { GatherEvent, GatherInput, GatherOutput } from '../../machines/gather-machine.js';
import { gatherMachine } from '../../machines/gather-machine.js';
import { decide } from '../../rules/index.js';
import { understand } from '../../understanding/understand.js';
import type { AnswerResult } from '../../understanding/extract.js';

/** A message as the turn core sends it at the start of a conversation (nothing pending yet). */
const said = (text: string) => ({ type: 'TEXT', understanding: understand(text, { today: turn.today }), ...turn });

const turn = { today: '2026-11-22', locale: 'nb' as const };

/** Ids of every state node below the root, e.g. "conversation.guided". */
const allStateIds = (machine: AnyStateMachine) => getStateNodes(machine.root).map((n) => n.id);

/** Records every state node a real actor passes through, transient ones included. */
function tracker() {
  const visited = new Set<string>();
  const inspect = (ev: InspectionEvent) => {
    if (ev.type !== '@xstate.microstep') return;
    for (const t of ev._transitions) {
      visited.add(t.source.id);
      for (const target of t.target ?? []) visited.add(target.id);
    }
    const nodes = (ev.snapshot as { _nodes?: { id: string }[] })._nodes ?? [];
    for (const n of nodes) visited.add(n.id);
  };
  return { visited, inspect };
}

const manningDecision = decide(
  'manning-certificate',
  { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
  { today: turn.today },
);

/**
 * Sample events. The invoked gather machine does not run in the graph's pure traversal, so what
 * it would tell its parent (a question, "nothing to go back to", its final output) is sampled too.
 * No sample answers enough questions for a real gather machine to finish on its own.
 */
const CONVERSATION_EVENTS = [
  { type: 'GREET', ...turn },
  said('Trenger båten min bemanningssertifikat?'),
  said('Hva er hovedstaden i Frankrike?'),
  said('Når trengs skipskokk?'),
  said('Hvordan søker vi om bemanningssertifikat?'),
  said('When are the verification dates for our ISSC?'),
  said('Trenger vi bemanningssertifikat, og hvordan søker vi om det?'),
  {
    type: 'TEXT',
    // A what-if that needs one more fact, so a real gather machine waits as the traversal does.
    understanding: understand('Hva om det er et fiskefartøy?', {
      today: turn.today,
      ruleId: 'manning-certificate',
      known: { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
    }),
    ...turn,
  },
  { type: 'CHOICE', id: 'answer:cargo', ...turn },
  { type: 'CHOICE', id: 'topic:no-such-topic', ...turn },
  { type: 'CHOICE', id: 'rule:issc-renewal', ...turn },
  { type: 'CHOICE', id: 'topic:cook.required', ...turn },
  { type: 'CHOICE', id: 'answer:NO', ...turn },
  ...(['restart', 'back', 'help', 'handoff'] as const).map((command) => ({
    type: 'COMMAND' as const,
    command,
    ...turn,
  })),
  {
    type: 'GATHER.ASK',
    ruleId: 'manning-certificate',
    fact: 'flag',
    reason: 'first',
    issue: null,
    facts: {},
    answered: [],
    partialDate: null,
  },
  { type: 'GATHER.NOTHING_BACK' },
  {
    type: 'GATHER.REVIEW',
    ruleId: 'manning-certificate',
    facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
    answered: ['flag', 'vesselType', 'grossTonnage'],
  },
  { type: 'CHOICE', id: 'change:vesselType', ...turn },
  { type: 'CHOICE', id: 'review:ok', ...turn },
  {
    type: 'xstate.done.actor.gather',
    output: {
      decision: manningDecision.status === 'decided' ? manningDecision : null,
      facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
      answered: ['flag', 'vesselType', 'grossTonnage'],
    } satisfies GatherOutput,
  },
] as unknown as ConversationEvent[];

const describeEvent = (e: { type: string } & Record<string, unknown>) =>
  `${e.type}${e.text ? `:${String(e.text)}` : e.id ? `:${String(e.id)}` : e.command ? `:${String(e.command)}` : ''}`;

describe('conversation machine paths', () => {
  const paths = getShortestPaths(conversationMachine, {
    input: turn,
    events: CONVERSATION_EVENTS,
    // A state is its node plus what the guards look at: a rule, answers to go back to, the topic.
    serializeState: (s) =>
      JSON.stringify([s.value, s.context.ruleId, s.context.answered.length > 0, s.context.topic, s.context.reviewing]),
  });

  it('reaches every resting state node, and routing and continuing are only passed through', () => {
    const resting = new Set(paths.map((p) => `conversation.${String(p.state.value)}`));
    expect([...resting].sort()).toEqual(['conversation.choosingRule', 'conversation.guided', 'conversation.open']);
    expect(allStateIds(conversationMachine).sort()).toEqual(
      [...resting, 'conversation.continuing', 'conversation.routing'].sort(),
    );
    expect(paths.length).toBeGreaterThanOrEqual(10);
  });

  it.each(
    paths.map(
      (p) =>
        [
          p.steps
            .slice(1)
            .map((s) => describeEvent(s.event as never))
            .join(' → ') || '(start)',
          p,
        ] as const,
    ),
  )('replays %s on a real actor to the same state', (_name, path) => {
    const actor = createActor(conversationMachine, { input: turn });
    actor.start();
    for (const step of path.steps.slice(1)) actor.send(step.event);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    // A question asked again after a decision keeps its facts, so the real gather machine (which the
    // pure traversal does not run) may decide at once and the conversation is open again.
    const decidedAgain =
      path.state.value === 'guided' &&
      snapshot.value === 'open' &&
      path.steps.some((s) => (s.event as { type: string }).type === 'xstate.done.actor.gather');
    if (!decidedAgain) expect(snapshot.value).toEqual(path.state.value);
    expect(snapshot.context.topic).toEqual(path.state.context.topic);
    actor.stop();
  });

  it('a real actor replaying all the paths passes every state node, transient ones included', () => {
    const { visited, inspect } = tracker();
    for (const path of paths) {
      const actor = createActor(conversationMachine, { input: turn, inspect });
      actor.start();
      for (const step of path.steps.slice(1)) actor.send(step.event);
      actor.stop();
    }
    for (const id of allStateIds(conversationMachine)) expect(visited, id).toContain(id);
  });
});

/**
 * The gather machine on its own: in the pure traversal its messages to the parent are replaced by
 * no-ops (there is no parent); on a real actor it runs inside a tiny host that forwards answers.
 */
const traversable = gatherMachine.provide({
  actions: { askParent: () => {}, nothingBack: () => {}, reviewParent: () => {} },
});

const host = setup({
  types: {
    context: {} as { input: GatherInput; output: GatherOutput | null },
    events: {} as
      | { type: 'FORWARD'; event: GatherEvent }
      | { type: 'GATHER.ASK' }
      | { type: 'GATHER.REVIEW' }
      | { type: 'GATHER.NOTHING_BACK' },
    input: {} as GatherInput,
  },
  actors: { gather: gatherMachine },
}).createMachine({
  context: ({ input }) => ({ input, output: null }),
  initial: 'gathering',
  states: {
    gathering: {
      invoke: {
        id: 'gather',
        src: 'gather',
        input: ({ context }) => context.input,
        onDone: { target: 'finished', actions: assign({ output: ({ event }) => event.output }) },
      },
      on: { FORWARD: { actions: sendTo('gather', ({ event }) => event.event) } },
    },
    finished: { type: 'final' },
  },
});

const en = { today: '2026-11-22', locale: 'en' as const };
/** Answers as the conversation machine sends them: how the message reads for the fact asked, and other facts. */
const reads = (reading: AnswerResult, facts: Record<string, unknown> = {}): GatherEvent => ({
  type: 'ANSWER',
  reading,
  facts,
  ...en,
});
const GATHER_EVENTS: GatherEvent[] = [
  reads({ kind: 'value', value: 20 }),
  reads({ kind: 'value', value: 12 }),
  reads({ kind: 'value', value: 15 }),
  reads({ kind: 'not-understood' }),
  reads({ kind: 'unknown' }),
  reads({ kind: 'not-understood' }, { totalHours: 1250 }),
  { type: 'BACK' },
  // The review before a document: answer the last question, change an answer, go on.
  reads({ kind: 'value', value: false }),
  { type: 'REVIEW.CHANGE', fact: 'vesselName' },
  reads({ kind: 'value', value: 'MS Sjøblomsten' }),
  { type: 'REVIEW.ACCEPT' },
];

/** A sea-time confirmation with every answer but the last: one answer from its review. */
const ALMOST_CONFIRMED = {
  targetCertificate: 'D6',
  seafarerName: 'Kari Nordmann',
  seafarerBirthDate: '1990-04-17',
  position: 'lettmatros',
  periodFrom: '2025-01-06',
  periodTo: '2025-03-28',
  days: 60,
  hoursPerDay: 12,
  vesselName: 'MS Havbris',
  callSign: 'LK2345',
  lengthOverall: 14.9,
  signerName: 'Ola Hansen',
  signerRole: 'master',
};

const INPUTS: { name: string; input: GatherInput }[] = [
  { name: 'sea time', input: { ruleId: 'sea-time', facts: {}, ...en } },
  // A date the rule cannot read (no answer can fix it) is the only way into `failed`.
  { name: 'sea time with a broken date', input: { ruleId: 'sea-time', facts: {}, today: 'not-a-date', locale: 'en' } },
  // The only way into `reviewing`: an outcome reviewed before its document.
  {
    name: 'a sea-time confirmation reviewed before its document',
    input: { ruleId: 'sea-time-confirmation', facts: ALMOST_CONFIRMED, ...en, reviewOutcomes: ['complete'] },
  },
];

describe('gather machine paths', () => {
  const runs = INPUTS.map(({ name, input }) => ({
    name,
    input,
    paths: getShortestPaths(traversable, {
      input,
      events: GATHER_EVENTS,
      serializeState: (s) =>
        JSON.stringify([s.value, s.context.facts, Math.min(s.context.failures, 2), s.context.reason, s.context.asking]),
    }),
  }));
  const all = runs.flatMap((r) => r.paths.map((p) => ({ ...r, path: p })));

  it('reaches every resting state node, and evaluating/checking are only passed through', () => {
    const resting = new Set(all.map(({ path }) => `gather.${String(path.state.value)}`));
    expect([...resting].sort()).toEqual(['gather.asking', 'gather.done', 'gather.failed', 'gather.reviewing']);
    expect(allStateIds(gatherMachine).sort()).toEqual([...resting, 'gather.checking', 'gather.evaluating'].sort());
  });

  it.each(
    all.map(
      (r) =>
        [
          `${r.name}: ${
            r.path.steps
              .slice(1)
              .map((s) => describeEvent(s.event as never))
              .join(' → ') || '(start)'
          }`,
          r,
        ] as const,
    ),
  )('replays %s on a real actor to the same state', (_name, { input, path }) => {
    const actor = createActor(host, { input });
    actor.start();
    for (const step of path.steps.slice(1)) actor.send({ type: 'FORWARD', event: step.event });
    const snapshot = actor.getSnapshot();
    if (path.state.status === 'done') {
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.output?.facts).toEqual(path.state.context.facts);
      expect(snapshot.context.output?.decision !== null).toBe(path.state.value === 'done');
    } else {
      const child = snapshot.children.gather?.getSnapshot() as SnapshotFrom<typeof gatherMachine>;
      expect(child.value).toEqual(path.state.value);
      expect(child.context.facts).toEqual(path.state.context.facts);
      expect(child.context.asking).toEqual(path.state.context.asking);
    }
    actor.stop();
  });

  it('a real actor replaying all the paths passes every state node, transient ones included', () => {
    const { visited, inspect } = tracker();
    for (const { input, path } of all) {
      const actor = createActor(host, { input, inspect });
      actor.start();
      for (const step of path.steps.slice(1)) actor.send({ type: 'FORWARD', event: step.event });
      actor.stop();
    }
    for (const id of allStateIds(gatherMachine)) expect(visited, id).toContain(id);
  });
});
