/**
 * The bokmål example phrasings of every topic and the bokmål out-of-scope messages: training data
 * for the topic classifier (understanding/classifier/). Written from the topic meanings
 * (shared/spec/topics.md) and the seeds, in the forms users really type: FAQ forms, lowercase
 * fragments, typos and missing æøå, e-mails with greetings, long context, facts stated first.
 * Never copied from an evaluation set (a test checks that none of the held-out or dev-set texts is here).
 */
import { certificatesNb } from './nb/certificates.js';
import { crewNb } from './nb/crew.js';
import { ispsNb } from './nb/isps.js';
import { manningNb } from './nb/manning.js';
import { outOfScopeNb as outOfScope } from './nb/out-of-scope.js';
import { outOfScopeFamiliesNb } from './nb/out-of-scope-families.js';
import { outOfScopeNearNb } from './nb/out-of-scope-near.js';
import { seatimeNb } from './nb/seatime.js';
import type { TopicExamples } from './types.js';

/** Example user messages per routable topic, in bokmål. */
export const examplesNb: TopicExamples = {
  ...manningNb,
  ...crewNb,
  ...seatimeNb,
  ...certificatesNb,
  ...ispsNb,
};

/** Bokmål messages outside the catalogue: the classifier's class 'fallback'. */
export const outOfScopeNb: readonly string[] = [...outOfScope, ...outOfScopeNearNb, ...outOfScopeFamiliesNb];
