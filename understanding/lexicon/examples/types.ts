/** Shapes of the example phrasings the topic classifier is trained on. */
import type { RoutableTopicId } from '../../../rules/topics.js';

/** Example user messages for every routable topic, in one language. */
export type TopicExamples = { readonly [K in RoutableTopicId]: readonly string[] };

/** Example messages of the topics whose id is `G` or starts with `G.` (one file holds a few groups). */
export type GroupExamples<G extends string> = {
  readonly [K in RoutableTopicId as K extends `${G}.${string}` | G ? K : never]: readonly string[];
};
