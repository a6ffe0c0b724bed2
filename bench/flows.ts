/**
 * The manning-certificate guided flow, twice: through Losen's turn core, and the same flow written
 * with botbuilder-dialogs (WaterfallDialog + ChoicePrompt/NumberPrompt, MemoryStorage,
 * ConversationState, driven by botbuilder-core's TestAdapter, re-exported by `botbuilder`).
 *
 * The botbuilder bot asks the same questions with the same wording (taken from a Losen run) and
 * decides with the same `decide()`, so what differs is the conversation machinery: loading and
 * saving state, running the dialog or machine, recognising the answer, building the reply. Losen
 * additionally routes the first free-text question to its topic and detects the language; the
 * botbuilder bot simply starts its one dialog on the first message.
 */
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity, ConversationAccount, TurnContext } from 'botbuilder';
import { ChoicePrompt, DialogSet, DialogTurnStatus, NumberPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogState, FoundChoice, WaterfallStepContext } from 'botbuilder-dialogs';
import type { BotMessage } from '../content/types.js';
import { createTurnCore } from '../bot/core/turn.js';
import type { TurnCore, TurnRequest } from '../bot/core/turn.js';
import { MemoryStore } from '../bot/core/store.js';
import { decide } from '../rules/index.js';

/** The four turns of the benchmarked flow, as the web client sends them. */
export const MANNING_FLOW: TurnRequest[] = [
  { text: 'Trenger båten min bemanningssertifikat?' },
  { choice: 'answer:NO' },
  { choice: 'answer:cargo' },
  { text: '45 BT' },
];
export const MANNING_FLOW_OUTCOME = 'not-required';
/** The same answers as the botbuilder bot gets them (typed text; Losen's web client sends choice ids). */
export const BOTBUILDER_ANSWERS = ['NO', 'cargo', '45 BT'];

/** Variants used only to check that both bots decide alike (not timed). */
/** Answers after the opening question: flag, vessel type and (cargo, fishing) the size. */
export const CHECK_FLOWS: { answers: string[]; outcome: string }[] = [
  { answers: ['NO', 'cargo', '45 BT'], outcome: 'not-required' },
  { answers: ['NO', 'cargo', '500 BT'], outcome: 'required' },
  { answers: ['NO', 'fishing', '12 m'], outcome: 'not-required' },
  { answers: ['NO', 'fishing', '30 m'], outcome: 'required' },
  { answers: ['NO', 'passenger'], outcome: 'required' },
  { answers: ['foreign', 'passenger'], outcome: 'not-norwegian' },
];

const decisionOf = (messages: readonly BotMessage[]): string | undefined => {
  for (const m of messages) {
    const d = (m as { decision?: { status?: string; outcome?: string } }).decision;
    if (d?.status === 'decided' && typeof d.outcome === 'string') return d.outcome;
  }
  return undefined;
};

// ---------------------------------------------------------------- Losen

export type LosenBot = {
  core: TurnCore;
  store: MemoryStore;
  runFlow(turns?: TurnRequest[]): Promise<string | undefined>;
};

/** Losen's turn core on a MemoryStore; `maxLiveConversations` as the turn core takes it (default: its own). */
export function createLosenBot(options: { maxLiveConversations?: number } = {}): LosenBot {
  const store = new MemoryStore();
  const core = createTurnCore({ store, ttlSeconds: 30 * 60, ...options });
  return {
    core,
    store,
    async runFlow(turns = MANNING_FLOW) {
      let conversationId: string | undefined;
      let outcome: string | undefined;
      for (const turn of turns) {
        const r = await core.handleTurn(conversationId ? { ...turn, conversationId } : turn);
        conversationId = r.conversationId;
        outcome = decisionOf(r.messages) ?? outcome;
      }
      return outcome;
    },
  };
}

/** Losen's requests for a CHECK_FLOWS entry. */
export const losenTurns = (answers: readonly string[]): TurnRequest[] => {
  const [flag, vesselType, size] = answers;
  const turns: TurnRequest[] = [MANNING_FLOW[0]!, { choice: `answer:${flag}` }];
  if (flag === 'foreign') return turns;
  turns.push({ choice: `answer:${vesselType}` });
  if (size !== undefined) turns.push({ text: size });
  return turns;
};

/** The question texts Losen asks in the flow, to give the botbuilder bot the same words. */
export type FlowTexts = { intro: string; flag: string; vesselType: string; grossTonnage: string; lengthL: string };

export async function losenTexts(): Promise<FlowTexts> {
  const { core } = createLosenBot();
  const ask = (messages: BotMessage[], fact: string) => {
    const m = messages.find((x) => (x as { ask?: { fact?: string } }).ask?.fact === fact);
    if (!m) throw new Error(`Losen did not ask for ${fact}: ${JSON.stringify(messages)}`);
    return m.text;
  };
  const r1 = await core.handleTurn(MANNING_FLOW[0]!);
  const r2 = await core.handleTurn({ conversationId: r1.conversationId, choice: 'answer:NO' });
  const r3 = await core.handleTurn({ conversationId: r1.conversationId, choice: 'answer:cargo' });
  const f2 = await core.handleTurn(MANNING_FLOW[0]!);
  await core.handleTurn({ conversationId: f2.conversationId, choice: 'answer:NO' });
  const f4 = await core.handleTurn({ conversationId: f2.conversationId, choice: 'answer:fishing' });
  return {
    intro: r1.messages
      .filter((m) => !(m as { ask?: unknown }).ask)
      .map((m) => m.text)
      .join('\n\n'),
    flag: ask(r1.messages, 'flag'),
    vesselType: ask(r2.messages, 'vesselType'),
    grossTonnage: ask(r3.messages, 'grossTonnage'),
    lengthL: ask(f4.messages, 'lengthL'),
  };
}

// ---------------------------------------------------------------- botbuilder-dialogs

type Facts = { flag?: string; vesselType?: string; grossTonnage?: number; lengthL?: number };
/** The facts gathered so far, kept in the waterfall's step values (persisted with the dialog state). */
const factsOf = (step: WaterfallStepContext): Facts => (step.values as { facts: Facts }).facts;

export type BotbuilderBot = {
  /** One user message in conversation `conversationId`; returns the outcome when this turn decided. */
  turn(conversationId: string, text: string): Promise<string | undefined>;
  /** A new conversation through the whole flow (the opening question, then `answers`). */
  runFlow(answers?: readonly string[]): Promise<string | undefined>;
};

/**
 * A botbuilder-dialogs bot for the same flow. Each `runFlow` is a new conversation (its own
 * conversation id, so its own ConversationState in the MemoryStorage).
 */
export function createBotbuilderBot(texts: FlowTexts, today: string): BotbuilderBot {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const dialogState = conversationState.createProperty<DialogState>('dialogState');
  const dialogs = new DialogSet(dialogState);
  dialogs.add(new ChoicePrompt('choice'));
  dialogs.add(new NumberPrompt('number'));

  const finish = async (step: WaterfallStepContext) => {
    const facts = factsOf(step);
    const decision = decide('manning-certificate', facts, { today });
    const text = decision.status === 'decided' ? decision.reasons.map((r) => `• ${r.nb}`).join('\n') : '';
    await step.context.sendActivity({ type: ActivityTypes.Message, text, value: decision });
    return step.endDialog(decision);
  };

  dialogs.add(
    new WaterfallDialog('manning', [
      async (step) => {
        (step.values as { facts: Facts }).facts = {};
        await step.context.sendActivity(texts.intro);
        return step.prompt('choice', {
          prompt: texts.flag,
          choices: [
            { value: 'NO', synonyms: ['norsk', 'Norge'] },
            { value: 'foreign', synonyms: ['utenlandsk'] },
          ],
        });
      },
      async (step) => {
        const facts = factsOf(step);
        facts.flag = (step.result as FoundChoice).value;
        if (facts.flag === 'foreign') return finish(step);
        return step.prompt('choice', { prompt: texts.vesselType, choices: ['passenger', 'cargo', 'fishing', 'other'] });
      },
      async (step) => {
        const facts = factsOf(step);
        facts.vesselType = (step.result as FoundChoice).value;
        if (facts.vesselType === 'cargo') return step.prompt('number', { prompt: texts.grossTonnage });
        if (facts.vesselType === 'fishing') return step.prompt('number', { prompt: texts.lengthL });
        return step.next();
      },
      async (step) => {
        const facts = factsOf(step);
        if (typeof step.result === 'number') {
          if (facts.vesselType === 'cargo') facts.grossTonnage = step.result;
          else facts.lengthL = step.result;
        }
        return finish(step);
      },
    ]),
  );

  const logic = async (context: TurnContext) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('manning');
    await conversationState.saveChanges(context, false);
  };
  const adapter = new TestAdapter(logic);
  let conversations = 0;

  const turn = async (conversationId: string, text: string) => {
    const conversation = { id: conversationId, isGroup: false, name: 'bench' } as ConversationAccount;
    await adapter.processActivity({ type: ActivityTypes.Message, text, conversation } as Partial<Activity>);
    let outcome: string | undefined;
    for (const reply of adapter.activeQueue.splice(0)) {
      const d = reply.value as { status?: string; outcome?: string } | undefined;
      if (d?.status === 'decided' && typeof d.outcome === 'string') outcome = d.outcome;
    }
    return outcome;
  };

  return {
    turn,
    async runFlow(answers = BOTBUILDER_ANSWERS) {
      conversations += 1;
      const id = `bench-${conversations}`;
      for (const text of [MANNING_FLOW[0]!.text!, ...answers]) {
        const outcome = await turn(id, text);
        if (outcome) return outcome;
      }
      return undefined;
    },
  };
}
