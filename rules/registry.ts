/** Every rule, by id (the ids of contract.md §1). */
import { apsProcessing } from './aps-processing.js';
import { cookQualification } from './cook-qualification.js';
import { d6Privileges } from './d6-privileges.js';
import { deckOfficerFirstIssue } from './deck-officer-first-issue.js';
import { healthCertificate } from './health-certificate.js';
import { isscRenewal, isscValidity } from './issc.js';
import { manningCertificate } from './manning-certificate.js';
import { masterRights } from './master-rights.js';
import { matros } from './matros.js';
import { ratingRequirements } from './ratings.js';
import type { AnyRule } from './rule.js';
import { seaTimeConfirmation } from './sea-time-confirmation.js';
import { seaTime } from './sea-time.js';
import { shipCook } from './ship-cook.js';

export const RULE_IDS = [
  'manning-certificate',
  'ship-cook',
  'cook-qualification',
  'd6-privileges',
  'sea-time',
  'sea-time-confirmation',
  'deck-officer-first-issue',
  'master-rights',
  'issc-validity',
  'issc-renewal',
  'health-certificate',
  'aps-processing',
  'matros',
  'rating-requirements',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const RULES: Record<RuleId, AnyRule> = {
  'manning-certificate': manningCertificate,
  'ship-cook': shipCook,
  'cook-qualification': cookQualification,
  'd6-privileges': d6Privileges,
  'sea-time': seaTime,
  'sea-time-confirmation': seaTimeConfirmation,
  'deck-officer-first-issue': deckOfficerFirstIssue,
  'master-rights': masterRights,
  'issc-validity': isscValidity,
  'issc-renewal': isscRenewal,
  'health-certificate': healthCertificate,
  'aps-processing': apsProcessing,
  matros,
  'rating-requirements': ratingRequirements,
};
