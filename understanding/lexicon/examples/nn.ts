/**
 * The nynorsk example phrasings of every topic and the nynorsk out-of-scope messages: training data
 * for the topic classifier (understanding/classifier/). Written from the topic meanings
 * (shared/spec/topics.md) and the seeds, in the forms users really type: FAQ forms, lowercase
 * fragments, typos and missing æøå, e-mails with greetings, long context, facts stated first.
 * Never copied from an evaluation set (a test checks that none of the held-out or dev-set texts is here).
 */
import { certificatesNn } from './nn/certificates.js';
import { crewNn } from './nn/crew.js';
import { ispsNn } from './nn/isps.js';
import { manningNn } from './nn/manning.js';
import { outOfScopeNn as outOfScope } from './nn/out-of-scope.js';
import { outOfScopeFamiliesNn } from './nn/out-of-scope-families.js';
import { outOfScopeNearNn } from './nn/out-of-scope-near.js';
import { seatimeNn } from './nn/seatime.js';
import type { TopicExamples } from './types.js';

/** Example user messages per routable topic, in nynorsk. */
export const examplesNn: TopicExamples = {
  ...manningNn,
  ...crewNn,
  ...seatimeNn,
  ...certificatesNn,
  ...ispsNn,
};

/** Nynorsk messages outside the catalogue: the classifier's class 'fallback'. */
export const outOfScopeNn: readonly string[] = [...outOfScope, ...outOfScopeNearNn, ...outOfScopeFamiliesNn];
