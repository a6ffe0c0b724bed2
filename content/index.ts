/**
 * All content, by language. `texts(locale)` is the one way other layers reach the words.
 */
import { CONVERSATION_TEXTS } from './conversation.js';
import { FACT_QUESTIONS } from './facts.js';
import { byLocale } from './localized.js';
import { OUTCOME_HEADLINES } from './outcomes.js';
import type { Locale } from './topic-ids.js';
import { TOPIC_TEXTS } from './topics/index.js';
import { topicMeta } from './topics/meta.js';
import { UI_TEXTS } from './ui.js';

export { TOPIC_IDS, LOCALES } from './topic-ids.js';
export type { Locale, TopicId, RoutableTopicId } from './topic-ids.js';
export type { BotMessage, TopicText, UiTexts } from './types.js';
export type { ConversationTexts } from './conversation.js';
export { topicMeta };

const TOPICS = byLocale(TOPIC_TEXTS);
const FACTS = byLocale(FACT_QUESTIONS);
const OUTCOMES = byLocale(OUTCOME_HEADLINES);
const UI = byLocale(UI_TEXTS);
const CONVERSATION = byLocale(CONVERSATION_TEXTS);

const BY_LOCALE = {
  nb: {
    topics: TOPICS.nb,
    facts: FACTS.nb,
    outcomes: OUTCOMES.nb,
    ui: UI.nb,
    conversation: CONVERSATION.nb,
  },
  nn: {
    topics: TOPICS.nn,
    facts: FACTS.nn,
    outcomes: OUTCOMES.nn,
    ui: UI.nn,
    conversation: CONVERSATION.nn,
  },
  en: {
    topics: TOPICS.en,
    facts: FACTS.en,
    outcomes: OUTCOMES.en,
    ui: UI.en,
    conversation: CONVERSATION.en,
  },
} as const;

/** Every text in `locale`. */
export const texts = (locale: Locale) => BY_LOCALE[locale];
