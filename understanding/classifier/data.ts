/**
 * The training data of the topic classifier, in one fixed order: every example phrasing of every
 * topic in bokmål, nynorsk and English, then the out-of-scope phrasings as the class 'fallback'.
 * The order never depends on anything but the source files, so training is reproducible.
 */
import { TOPIC_IDS, type TopicId } from '../../rules/topics.js';
import { examplesEn, outOfScopeEn } from '../lexicon/examples/en.js';
import { examplesNb, outOfScopeNb } from '../lexicon/examples/nb.js';
import { examplesNn, outOfScopeNn } from '../lexicon/examples/nn.js';
import { generatedOutOfScope } from '../lexicon/examples/out-of-scope-templates.js';

/** The languages the examples are written in. */
export type ExampleLocale = 'nb' | 'nn' | 'en';

/**
 * One labelled example phrasing; `generated` marks the out-of-scope messages made from templates
 * (lexicon/examples/out-of-scope-templates.ts), which are trained on but not measured.
 */
export type TrainingExample = { text: string; topic: TopicId; locale: ExampleLocale; generated?: true };

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

/**
 * A generated out-of-scope message (lexicon/examples/out-of-scope-templates.ts) weighs half a
 * hand-written one in training: there are many, all alike, and they should teach the intent words
 * (pay, price, fee, jobs, other agencies) without drowning the topic nouns. Cross-validation: at
 * weight 1 a little fewer direct answers for no fewer out-of-scope messages answered.
 */
export const GENERATED_WEIGHT = 0.5;

/** The training weight of an example: 1, or `GENERATED_WEIGHT` for a generated one. */
export const weightOf = (e: TrainingExample): number => (e.generated ? GENERATED_WEIGHT : 1);

/** Every example, topic by topic in catalogue order, language by language. */
export function trainingExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const { locale, examples, outOfScope } of SOURCES) {
    for (const topic of CLASSES) {
      if (topic === 'fallback') continue;
      for (const text of examples[topic]) out.push({ text, topic, locale });
    }
    for (const text of outOfScope) out.push({ text, topic: 'fallback', locale });
    for (const text of generatedOutOfScope[locale]) out.push({ text, topic: 'fallback', locale, generated: true });
  }
  return out;
}
