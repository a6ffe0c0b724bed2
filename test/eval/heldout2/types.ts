/**
 * The shape of the second held-out set (see README.md): one labelled message per case. Written
 * without looking at the first held-out set's files; the shape is the one `evaluate.ts` measures.
 */
import type { RoutableTopicId } from '../../../rules/topics.js';

/** A language of the set. */
export type HeldOut2Locale = 'nb' | 'nn' | 'en';

/** One labelled message: the topic it should be answered with, or 'fallback' when none answers it. */
export type HeldOut2Case = { text: string; locale: HeldOut2Locale; topic: RoutableTopicId | 'fallback' };

/** The in-scope messages of one language, by topic: every routable topic must be listed (the type checks). */
export type ByTopic = Readonly<Record<RoutableTopicId, readonly string[]>>;

/** Flattens a by-topic table into cases of one language. */
export function casesOf(locale: HeldOut2Locale, byTopic: ByTopic): HeldOut2Case[] {
  return (Object.entries(byTopic) as [RoutableTopicId, readonly string[]][]).flatMap(([topic, texts]) =>
    texts.map((text) => ({ text, locale, topic })),
  );
}

/** Out-of-scope messages of one language (all labelled 'fallback'). */
export function outOfScopeOf(locale: HeldOut2Locale, texts: readonly string[]): HeldOut2Case[] {
  return texts.map((text) => ({ text, locale, topic: 'fallback' }));
}
