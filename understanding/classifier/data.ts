/**
 * The training data of the topic classifier, in one fixed order: every example phrasing of every
 * topic in bokmål, nynorsk and English, then the out-of-scope phrasings as the class 'fallback'.
 * The order never depends on anything but the source files, so training is reproducible.
 */
import { TOPIC_IDS, type TopicId } from '../../rules/topics.js';
import { examplesEn, outOfScopeEn } from '../lexicon/examples/en.js';
import { examplesNb, outOfScopeNb } from '../lexicon/examples/nb.js';
import { examplesNn, outOfScopeNn } from '../lexicon/examples/nn.js';

/** The languages the examples are written in. */
export type ExampleLocale = 'nb' | 'nn' | 'en';

/** One labelled example phrasing. */
export type TrainingExample = { text: string; topic: TopicId; locale: ExampleLocale };

/** The classes of the model, in column order: the catalogue's topics, 'fallback' (out of scope) last. */
export const CLASSES: readonly TopicId[] = TOPIC_IDS;

const CLASS_INDEX = new Map<TopicId, number>(CLASSES.map((t, i) => [t, i]));

/** The column of a topic. */
export function classIndex(topic: TopicId): number {
  const i = CLASS_INDEX.get(topic);
  if (i === undefined) throw new Error(`unknown topic ${topic}`);
  return i;
}

const SOURCES = [
  { locale: 'nb', examples: examplesNb, outOfScope: outOfScopeNb },
  { locale: 'nn', examples: examplesNn, outOfScope: outOfScopeNn },
  { locale: 'en', examples: examplesEn, outOfScope: outOfScopeEn },
] as const;

/** Every example, topic by topic in catalogue order, language by language. */
export function trainingExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const { locale, examples, outOfScope } of SOURCES) {
    for (const topic of CLASSES) {
      if (topic === 'fallback') continue;
      for (const text of examples[topic]) out.push({ text, topic, locale });
    }
    for (const text of outOfScope) out.push({ text, topic: 'fallback', locale });
  }
  return out;
}
