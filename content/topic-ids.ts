/**
 * Topic ids and languages, as the rules core defines them (re-exported for content's users).
 */
export { isTopicId, TOPIC_IDS } from '../rules/topics.js';
export type { RoutableTopicId, TopicId } from '../rules/topics.js';
export { LOCALES } from '../rules/types.js';
export type { Locale } from '../rules/types.js';
