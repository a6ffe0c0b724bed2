/**
 * All content, by language. `texts(locale)` is the one way other layers reach the words.
 */
import { factsEn } from './facts/en.js';
import { factsNb } from './facts/nb.js';
import { outcomesEn } from './outcomes/en.js';
import { outcomesNb } from './outcomes/nb.js';
import type { Locale } from './topic-ids.js';
import { topicMeta } from './topics/meta.js';
import { topicsEn } from './topics/en.js';
import { topicsNb } from './topics/nb.js';
import { uiEn } from './ui/en.js';
import { uiNb } from './ui/nb.js';

export { TOPIC_IDS, LOCALES } from './topic-ids.js';
export type { Locale, TopicId, RoutableTopicId } from './topic-ids.js';
export type { BotMessage, TopicText, UiTexts } from './types.js';
export { topicMeta };

const BY_LOCALE = {
  nb: { topics: topicsNb, facts: factsNb, outcomes: outcomesNb, ui: uiNb },
  en: { topics: topicsEn, facts: factsEn, outcomes: outcomesEn, ui: uiEn },
} as const;

/** Every text in `locale`. */
export const texts = (locale: Locale) => BY_LOCALE[locale];
