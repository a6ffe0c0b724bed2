/**
 * One headline per rule outcome (`outcome-keys.ts`), in English. It states the decision only;
 * the reasons, numbers and citations come from the rule's `Decision`.
 */
import type { OutcomeHeadlines } from '../types.js';

/** Outcome headlines in English. */
export const outcomesEn = {
  'manning-certificate:required':
    'Yes, the vessel must have a manning certificate from the Norwegian Maritime Authority.',
  'manning-certificate:not-required':
    'No, the vessel does not need a manning certificate from the Norwegian Maritime Authority.',
  'manning-certificate:case-by-case': 'The Norwegian Maritime Authority decides this in each individual case.',
  'manning-certificate:not-norwegian':
    'The Manning Regulations apply to Norwegian ships, so this vessel is not covered by them.',
  'ship-cook:required': "Yes, the vessel must have a ship's cook.",
  'ship-cook:not-required': "No, a ship's cook is not required on this vessel.",
  'cook-qualification:qualified': "Yes, the cook meets the requirements for a ship's cook.",
  'cook-qualification:not-qualified': "No, the cook does not meet the requirements for a ship's cook.",
  'd6-privileges:allowed': 'Yes, D6 covers this position on this vessel.',
  'd6-privileges:not-allowed': 'No, D6 does not cover this position on this vessel.',
  'sea-time:calculated': 'Here is the sea-time calculation.',
  'sea-time-confirmation:complete': 'The sea-time confirmation contains everything required.',
  'sea-time-confirmation:invalid': 'The sea-time confirmation would not be accepted as described.',
  'deck-officer-first-issue:meets': 'Yes, you meet the sea-time requirement for the first issue of the certificate.',
  'deck-officer-first-issue:does-not-meet': 'No, you do not meet the sea-time requirement for the first issue yet.',
  'master-rights:eligible': 'Yes, you can apply for renewal with master privileges.',
  'master-rights:not-eligible': 'No, you do not meet the requirements for master privileges yet.',
  'issc-validity:dates': 'Here are the dates for the certificate.',
  'issc-renewal:new-expiry': 'Here is the new expiry date after the renewal verification.',
  'issc-renewal:expired': 'The certificate has expired before the date of the renewal verification.',
  'health-certificate:valid': 'The health certificate is valid on this date.',
  'health-certificate:expired': 'The health certificate is not valid on this date.',
  'aps-processing:automatic': 'The application can be issued automatically or picked for a spot check.',
  'aps-processing:manual': 'The application will go to manual processing.',
  'matros:certificate-required': 'You need the able seaman proficiency certificate for this position.',
  'matros:meets': 'Yes, you meet the requirements for able seaman.',
  'matros:does-not-meet': 'No, you do not meet the requirements for able seaman yet.',
  'rating-requirements:meets': 'Yes, you meet the requirements for the position.',
  'rating-requirements:does-not-meet': 'No, you do not meet the requirements for the position yet.',
} satisfies OutcomeHeadlines;
