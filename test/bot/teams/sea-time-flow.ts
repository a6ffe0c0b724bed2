/**
 * The sea-time confirmation flow as a list of steps (test helper for the Slack and Teams document
 * tests): found by walking a conversation on a scratch turn core, so the tests follow the flow as
 * the conversation asks it (the facts' order, a progress line, a review step) without copying it.
 */
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { createTurnCore } from '../../../bot/core/turn.js';
import { SEA_TIME_D6_ANSWERS, type SeaTimeStep } from '../../fixtures/sea-time-answers.js';

export type Step = SeaTimeStep;

const QUESTION = 'Hvordan skriver jeg en fartstidsbekreftelse?';

/** The steps from the question to the decision that offers the PDF (the last step gets it). */
export async function seaTimeSteps(): Promise<Step[]> {
  const core = createTurnCore({ store: new MemoryStore(), ttlSeconds: 1800 });
  const steps: Step[] = [{ text: QUESTION }];
  let reply = await core.handleTurn({ text: QUESTION });
  const { conversationId } = reply;
  for (let i = 0; i < 40; i += 1) {
    if (reply.messages.some((m) => m.attachments?.some((a) => a.kind === 'pdf'))) return steps;
    const last = reply.messages.at(-1);
    const choices = last?.choices ?? [];
    let step: Step | undefined;
    if (last?.ask) step = SEA_TIME_D6_ANSWERS[last.ask.fact];
    else if (choices.some((c) => c.id === 'topic:seatime.confirmation'))
      step = { choice: 'topic:seatime.confirmation' };
    // The review step: go on with the answers as they are (the others change one).
    else if (last?.review && choices.some((c) => c.id === 'review:ok')) step = { choice: 'review:ok' };
    if (!step) throw new Error(`the sea-time flow asked something this helper cannot answer: ${last?.text}`);
    steps.push(step);
    reply = await core.handleTurn({ conversationId, ...step });
  }
  throw new Error('no sea-time confirmation after 40 turns');
}

/** Runs every step but the last on `conversationId` and returns the last (for the channel to send). */
export async function upToLastStep(core: TurnCore, conversationId: string, steps: readonly Step[]): Promise<Step> {
  for (const step of steps.slice(0, -1)) await core.handleTurn({ conversationId, ...step });
  const last = steps.at(-1);
  if (!last) throw new Error('no steps');
  return last;
}
