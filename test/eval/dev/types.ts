/** One labelled message of the dev set, without its language (each file holds one language). */
import type { TopicId } from '../../../rules/topics.js';

/** A dev-set message and the topic it asks about ('fallback' when out of scope). */
export type DevCase = { text: string; topic: TopicId };
