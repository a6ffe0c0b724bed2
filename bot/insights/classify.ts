/**
 * What a turn was, for the editors' counters, read from the messages the bot answered with — the
 * same for every channel, without asking the conversation machine:
 *
 * - `fallback`: a message of the topic `fallback` (Losen does not know);
 * - `handoff`: a message of the topic `contact` (the way to a person, or the contact topic);
 * - `menu`: choices of `topic:` ids ("did you mean …?");
 * - `answer`: a decision, or a topic's catalogue answer that ends there (a direct answer);
 * - `guided`: a topic's introduction followed by its first question (a guided flow begins; its
 *   direct answer is the decision that ends it);
 * - `asking`: only a question of a flow under way;
 * - `other`: anything else (greeting, help, start over).
 *
 * A turn is a new *question* when the user typed it and it got an answer, a guided flow, a menu
 * or a fallback — or a decision, unless the bot had just asked something (then the text was the
 * last answer of a flow already counted). A click on a menu's topic is not a second question.
 */
import type { BotMessage } from '../../content/types.js';
import { NO_TOPIC } from './types.js';

export type TurnKind = 'answer' | 'guided' | 'asking' | 'menu' | 'fallback' | 'handoff' | 'other';

export type TurnClass = {
  kind: TurnKind;
  /** The topic the turn counts under (`NO_TOPIC` when none). For a menu: the first topic offered. */
  topic: string;
  /** The user asked a new question this turn. */
  opens: boolean;
};

const TOPIC_CHOICE = 'topic:';

/** A topic's catalogue answer: it cites its sources and neither asks nor decides. */
const isTopicAnswer = (m: BotMessage) => m.topic !== undefined && m.citations !== undefined && !m.ask && !m.decision;

const menuTopic = (m: BotMessage) =>
  m.choices?.find((c) => c.id.startsWith(TOPIC_CHOICE))?.id.slice(TOPIC_CHOICE.length);

/** What is known of a turn besides its messages. */
export type TurnContext = {
  /** The user wrote text (not a click, not an empty greeting). */
  typed?: boolean;
  /** The previous turn of the conversation ended with the bot asking (a guided flow was under way). */
  previousAsked?: boolean;
};

/** The kind and topic of a turn from its messages. */
export function classifyTurn(messages: readonly BotMessage[], context: TurnContext = {}): TurnClass {
  const typed = context.typed === true;
  const result = (kind: TurnKind, topic: string | undefined): TurnClass => ({
    kind,
    topic: topic ?? NO_TOPIC,
    opens: typed && (kind === 'answer' || kind === 'guided' || kind === 'menu' || kind === 'fallback'),
  });
  if (messages.some((m) => m.topic === 'fallback')) return result('fallback', 'fallback');
  if (messages.some((m) => m.topic === 'contact')) return result('handoff', 'contact');
  const menu = messages.map(menuTopic).find((t) => t !== undefined);
  if (menu !== undefined) return result('menu', menu);
  const decided = messages.find((m) => m.decision);
  if (decided) return { ...result('answer', decided.topic), opens: typed && context.previousAsked !== true };
  const answer = messages.find(isTopicAnswer);
  const asking = messages.find((m) => m.ask);
  if (answer && asking) return result('guided', answer.topic);
  if (answer) return result('answer', answer.topic);
  if (asking) return result('asking', asking.topic);
  return result('other', messages.find((m) => m.topic)?.topic);
}

/** True when a turn of `kind` ends with the bot waiting for an answer. */
export const asks = (kind: TurnKind): boolean => kind === 'guided' || kind === 'asking';

/** How a turn of `kind` changes the counters (besides `questions`, which follows `opens`). */
export const COUNTED: Partial<Record<TurnKind, 'answers' | 'menus' | 'fallbacks' | 'handoffs'>> = {
  answer: 'answers',
  menu: 'menus',
  fallback: 'fallbacks',
  handoff: 'handoffs',
};
