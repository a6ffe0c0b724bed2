/** Shared helpers for driving the conversation machine directly, as the turn core does. */
import type { ConversationContext, ConversationEvent } from '../../machines/conversation-machine.js';
import { factsForRuleFrom, listeningContext } from '../../machines/listening.js';
import { choiceValue, ruleFact } from '../../machines/answers.js';
import type { GatherEvent } from '../../machines/gather-machine.js';
import type { Locale } from '../../content/topic-ids.js';
import { understand } from '../../understanding/understand.js';

/** The TEXT event for `text`, understood in the light of `context` (what the turn core sends). */
export function heard(
  context: ConversationContext,
  text: string,
  turn: { today: string; locale: Locale },
): ConversationEvent {
  return { type: 'TEXT', understanding: understand(text, listeningContext(context, turn.today)), ...turn };
}

/** What the conversation machine sends its gather machine for `text` while `fact` of `ruleId` is asked. */
export function gatherAnswer(
  ruleId: string,
  fact: string | null,
  text: string,
  turn: { today: string; locale: Locale },
): GatherEvent {
  const u = understand(text, { today: turn.today, pending: fact ? { ruleId, fact } : null, ruleId, known: {} });
  return {
    type: 'ANSWER',
    reading: u.answer ?? { kind: 'not-understood' },
    facts: factsForRuleFrom(u, ruleId),
    ...turn,
  };
}

/** What the conversation machine sends its gather machine for a clicked choice while `fact` of `ruleId` is asked. */
export function gatherChoice(
  ruleId: string,
  fact: string | null,
  choice: string,
  turn: { today: string; locale: Locale },
): GatherEvent {
  const info = fact ? ruleFact(ruleId, fact) : undefined;
  const value = info ? choiceValue(info, choice) : undefined;
  return {
    type: 'ANSWER',
    reading: value && value.kind !== 'stale' ? value : { kind: 'not-understood' },
    facts: {},
    ...turn,
  };
}
