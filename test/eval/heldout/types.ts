/**
 * The shape of the held-out test set for topic routing (issue 11). Written before any tuning and
 * never trained on or looked at while tuning: see README.md in this folder.
 */
import type { RoutableTopicId } from '../../../rules/topics.js';

/** One question as a user would type it, its language and the one topic an expert would route it to. */
export type HeldOutCase = { text: string; locale: 'nb' | 'nn' | 'en'; topic: RoutableTopicId | 'fallback' };

/** Questions of one language grouped by topic; a Record so a missing topic fails the type check. */
export type QuestionsByTopic = Readonly<Record<RoutableTopicId, readonly string[]>>;

/** Flattens one language's questions into cases, topic by topic in catalogue order of the record. */
export const toCases = (locale: HeldOutCase['locale'], byTopic: QuestionsByTopic): HeldOutCase[] =>
  (Object.entries(byTopic) as [RoutableTopicId, readonly string[]][]).flatMap(([topic, texts]) =>
    texts.map((text) => ({ text, locale, topic })),
  );

/** Out-of-scope questions of one language as cases for the fallback. */
export const toFallbackCases = (locale: HeldOutCase['locale'], texts: readonly string[]): HeldOutCase[] =>
  texts.map((text) => ({ text, locale, topic: 'fallback' }));
