/**
 * The English example phrasings of every topic and the English out-of-scope messages: training data
 * for the topic classifier (understanding/classifier/). Written from the topic meanings
 * (shared/spec/topics.md) and the seeds, in the forms users really type: FAQ forms, lowercase
 * fragments, typos and missing æøå, e-mails with greetings, long context, facts stated first.
 * Never copied from an evaluation set (a test checks that none of the held-out or dev-set texts is here).
 */
import { certificatesEn } from './en/certificates.js';
import { crewEn } from './en/crew.js';
import { ispsEn } from './en/isps.js';
import { manningEn } from './en/manning.js';
import { outOfScopeEn as outOfScope } from './en/out-of-scope.js';
import { outOfScopeFamiliesEn } from './en/out-of-scope-families.js';
import { outOfScopeNearEn } from './en/out-of-scope-near.js';
import { seatimeEn } from './en/seatime.js';
import type { TopicExamples } from './types.js';

/** Example user messages per routable topic, in English. */
export const examplesEn: TopicExamples = {
  ...manningEn,
  ...crewEn,
  ...seatimeEn,
  ...certificatesEn,
  ...ispsEn,
};

/** English messages outside the catalogue: the classifier's class 'fallback'. */
export const outOfScopeEn: readonly string[] = [...outOfScope, ...outOfScopeNearEn, ...outOfScopeFamiliesEn];
