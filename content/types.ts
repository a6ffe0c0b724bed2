/**
 * Shapes of the content: every user-facing word of Losen, per language.
 * Each language file is checked with `satisfies` against these types, so a missing key or a
 * missing translation fails the type check.
 */
import type { Citation } from '../rules/types.js';
import type { RoutableTopicId, TopicId } from './topic-ids.js';

export type { Citation };

/** A topic's text in one language. */
export type TopicText = {
  /** Short title, e.g. for a choice button ("Manning certificate: which vessels"). */
  title: string;
  /**
   * The answer, in plain text (no HTML, no Markdown); paragraphs separated by a blank line,
   * list items starting with "• ". For a topic with a rule this introduces the guided questions.
   */
  answer: string;
};

/** A topic's language-neutral data: its sources and, where there is one, the rule that decides it. */
export type TopicMeta = {
  citations: Citation[];
  rule?: string;
};

export type TopicTexts = Record<TopicId, TopicText>;
/** The topics whose id starts with `group.` (a file of `topics/` holds one group). */
export type TopicGroup<G extends string> = { [K in TopicId as K extends `${G}.${string}` | G ? K : never]: TopicText };
export type TopicMetas = Record<TopicId, TopicMeta>;

/** Example phrasings used to route free text to a topic (at least 8 per topic per language). */
export type TopicExamples = Record<RoutableTopicId, readonly string[]>;

import type { FACTS, FactKey } from '../rules/facts.js';
import type { OutcomeKey } from './outcome-keys.js';

type ValuesOf<K extends FactKey> = (typeof FACTS)[K] extends { values: readonly (infer V extends string)[] }
  ? V
  : never;

/** How to ask for one fact in one language; enum facts carry a label for each allowed value. */
export type FactQuestion<K extends FactKey> = {
  /** The question, e.g. "What is the vessel's gross tonnage (GT)?" */
  question: string;
  /** An example of a valid answer, shown after an answer that was not understood, e.g. "45 GT". */
  example: string;
} & ([ValuesOf<K>] extends [never] ? Record<never, never> : { choices: Record<ValuesOf<K>, string> });

export type FactQuestions = { [K in FactKey]: FactQuestion<K> };

/** The headline that states a rule's outcome in one language (reasons and sources come from the rule). */
export type OutcomeHeadlines = Record<OutcomeKey, string>;

/** The assistant's own words around the topics: greeting, help, commands, hand-off. */
export type UiTexts = {
  greeting: string;
  help: string;
  restarted: string;
  /** The answer to a message that only thanks. */
  thanks: string;
  /** The answer to a message that only says goodbye. */
  goodbye: string;
  /** The answer to a message that only asks for another language, in that language. */
  languageSwitched: string;
  /** The answer to "are you a bot?": an automated assistant, guidance and not decisions (transparency, facts.md). */
  identity: string;
  /** "are you sure?" after an answer: what the answer rests on, and where to ask. */
  sure: string;
  nothingToGoBack: string;
  /** Said when "back" reopens an earlier question. */
  goingBack: string;
  /** Re-asking after an answer that was not understood; `example` is a valid answer. */
  notUnderstood: (example: string) => string;
  /** After two answers not understood: what is expected, and the offer of a person. */
  stuck: (example: string) => string;
  /** The user does not know a fact the rule needs. */
  unknownNeeded: string;
  /** A value the rule rejects, followed by the rule's own message. */
  invalidAnswer: (message: string) => string;
  clarify: string;
  /** The question is outside the catalogue. */
  fallbackLead: string;
  handoff: string;
  handoffSummaryHeading: string;
  handoffTopic: (title: string) => string;
  handoffAnswers: string;
  handoffNothingYet: string;
  sources: string;
  chooseRule: string;
  choiceYes: string;
  choiceNo: string;
  choiceNone: string;
  commandRestart: string;
  commandBack: string;
  commandHelp: string;
  commandHandoff: string;
  /** The decision could not be reached from the given facts (should not happen). */
  somethingWrong: string;
};

import type { Decision } from '../rules/types.js';

/** A citation of a message, with the name a reader knows it by ("bemanningsforskriften § 1"). */
export type MessageCitation = Citation & { title?: string };

/** One message from the bot, channel-neutral (contract.md §2). */
export type BotMessage = {
  text: string;
  topic?: TopicId;
  ask?: { fact: string };
  choices?: { id: string; label: string }[];
  decision?: Decision;
  citations?: MessageCitation[];
  /** Download links (a document or calendar file) offered with a decision. */
  attachments?: { kind: 'pdf' | 'ics' | 'html'; label: string; url: string }[];
  /** On a question of a long guided flow: this is question `step` of (about) `of`. */
  progress?: { step: number; of: number };
  /**
   * The review step before a document is made: every answer given, as the user would read it. The
   * message's `choices` offer to change each one and to go on.
   */
  review?: { items: { fact: string; label: string; value: string }[] };
  /**
   * A hand-off to a person: the conversation's summary (personal data redacted), a prefilled e-mail to
   * Sdir (`href` is the `mailto:` link of `to`, `subject` and `body`), and where to follow one's own case.
   */
  handoff?: {
    summary: string;
    email: { to: string; subject: string; body: string; href: string };
    links: { label: string; url: string }[];
  };
};
