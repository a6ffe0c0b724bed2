/**
 * Every outcome of every rule (contract.md §1), as `rule:outcome`. The content holds a headline
 * for each; a test checks this list against `listRules()`.
 */
export const OUTCOME_KEYS = [
  'manning-certificate:required',
  'manning-certificate:not-required',
  'manning-certificate:case-by-case',
  'manning-certificate:not-norwegian',
  'manning-certificate:uncertain',
  'ship-cook:required',
  'ship-cook:not-required',
  'cook-qualification:qualified',
  'cook-qualification:not-qualified',
  'd6-privileges:allowed',
  'd6-privileges:not-allowed',
  'd6-privileges:uncertain',
  'sea-time:calculated',
  'sea-time-confirmation:complete',
  'sea-time-confirmation:invalid',
  'deck-officer-first-issue:meets',
  'deck-officer-first-issue:does-not-meet',
  'master-rights:eligible',
  'master-rights:not-eligible',
  'issc-validity:dates',
  'issc-validity:uncertain',
  'issc-renewal:new-expiry',
  'issc-renewal:expired',
  'health-certificate:valid',
  'health-certificate:expired',
  'aps-processing:automatic',
  'aps-processing:manual',
  'matros:certificate-required',
  'matros:meets',
  'matros:does-not-meet',
  'matros:uncertain',
  'rating-requirements:meets',
  'rating-requirements:does-not-meet',
  'rating-requirements:uncertain',
] as const;

export type OutcomeKey = (typeof OUTCOME_KEYS)[number];
