/**
 * Section 2: turns. The complete 4-turn manning-certificate flow through Losen's turn core
 * (in-process, MemoryStore) side by side with the same flow in botbuilder-dialogs; time per turn.
 * Every round starts both bots afresh (new stores), and every timed flow is a new conversation.
 */
import type { Timing, RoundOptions } from './lib/harness.js';
import { compare } from './lib/harness.js';
import type { BotbuilderBot, FlowTexts, LosenBot } from './flows.js';
import {
  BOTBUILDER_ANSWERS,
  CHECK_FLOWS,
  createBotbuilderBot,
  createLosenBot,
  losenTexts,
  losenTurns,
  MANNING_FLOW,
  MANNING_FLOW_OUTCOME,
} from './flows.js';
import { TODAY } from './rules.js';

const TURNS_PER_FLOW = MANNING_FLOW.length;

export type TurnsResult = {
  turnsPerFlow: number;
  checked: { answers: string[]; outcome: string }[];
  /** Per flow (4 turns). */
  losenFlow: Timing;
  botbuilderFlow: Timing;
  /** Per turn, in ms. */
  losenMsPerTurn: number;
  botbuilderMsPerTurn: number;
  ratio: number;
  met: boolean;
  /** CPU ms of each of the 4 turns (mean over `breakdownFlows` warm flows), per bot. */
  breakdownFlows: number;
  losenTurnMs: number[];
  botbuilderTurnMs: number[];
};

const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** CPU time of each turn of the flow, averaged over `flows` new conversations (bots already warm). */
async function perTurn(
  losen: LosenBot,
  botbuilder: BotbuilderBot,
  flows: number,
): Promise<{ losen: number[]; botbuilder: number[] }> {
  const l = new Array<number>(TURNS_PER_FLOW).fill(0);
  const b = new Array<number>(TURNS_PER_FLOW).fill(0);
  for (let i = 0; i < flows; i += 1) {
    let id: string | undefined;
    for (const [n, turn] of MANNING_FLOW.entries()) {
      const t = process.cpuUsage();
      id = (await losen.core.handleTurn(id ? { ...turn, conversationId: id } : turn)).conversationId;
      l[n]! += cpuMsSince(t);
    }
    for (const [n, text] of [MANNING_FLOW[0]!.text!, ...BOTBUILDER_ANSWERS].entries()) {
      const t = process.cpuUsage();
      await botbuilder.turn(`breakdown-${i}`, text);
      b[n]! += cpuMsSince(t);
    }
  }
  return { losen: l.map((x) => x / flows), botbuilder: b.map((x) => x / flows) };
}

/** Run the check flows through both bots; throw unless both give the expected outcome. */
async function checkSameDecisions(texts: FlowTexts): Promise<TurnsResult['checked']> {
  const losen = createLosenBot();
  const botbuilder = createBotbuilderBot(texts, TODAY);
  const fromLosen = await losen.runFlow(MANNING_FLOW);
  const fromBotbuilder = await botbuilder.runFlow();
  if (fromLosen !== MANNING_FLOW_OUTCOME || fromBotbuilder !== MANNING_FLOW_OUTCOME) {
    throw new Error(
      `the benchmarked flow decided differently: Losen ${fromLosen}, botbuilder-dialogs ${fromBotbuilder}, expected ${MANNING_FLOW_OUTCOME}`,
    );
  }
  const checked: TurnsResult['checked'] = [];
  for (const { answers, outcome } of CHECK_FLOWS) {
    const l = await losen.runFlow(losenTurns(answers));
    const b = await botbuilder.runFlow(answers);
    if (l !== outcome || b !== outcome)
      throw new Error(`flow ${answers.join(' → ')}: Losen ${l}, botbuilder-dialogs ${b}, expected ${outcome}`);
    checked.push({ answers: [...answers], outcome });
  }
  return checked;
}

export async function runTurns(
  options: RoundOptions & { breakdownFlows: number },
  log: (line: string) => void,
): Promise<TurnsResult> {
  const texts = await losenTexts();
  const checked = await checkSameDecisions(texts);
  log(`  both bots decide alike on ${checked.length} flows (${checked.map((c) => c.outcome).join(', ')})`);

  let losen: LosenBot = createLosenBot();
  let botbuilder: BotbuilderBot = createBotbuilderBot(texts, TODAY);
  const result = await compare(
    {
      beforeRound: () => {
        losen = createLosenBot();
      },
      async: () => losen.runFlow(),
    },
    {
      beforeRound: () => {
        botbuilder = createBotbuilderBot(texts, TODAY);
      },
      async: () => botbuilder.runFlow(),
    },
    options,
  );
  const losenMsPerTurn = result.a.nsPerOp / 1e6 / TURNS_PER_FLOW;
  const botbuilderMsPerTurn = result.b.nsPerOp / 1e6 / TURNS_PER_FLOW;
  log(
    `  per turn: Losen ${losenMsPerTurn.toFixed(3)} ms, botbuilder-dialogs ${botbuilderMsPerTurn.toFixed(3)} ms → ${result.ratio.toFixed(2)}×`,
  );
  const breakdown = await perTurn(losen, botbuilder, options.breakdownFlows);
  const show = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
  log(`  turn by turn (ms CPU): Losen ${show(breakdown.losen)}; botbuilder-dialogs ${show(breakdown.botbuilder)}`);
  return {
    turnsPerFlow: TURNS_PER_FLOW,
    checked,
    losenFlow: result.a,
    botbuilderFlow: result.b,
    losenMsPerTurn,
    botbuilderMsPerTurn,
    ratio: result.ratio,
    met: result.ratio > 1,
    breakdownFlows: options.breakdownFlows,
    losenTurnMs: breakdown.losen,
    botbuilderTurnMs: breakdown.botbuilder,
  };
}
