/**
 * The reasons of an unmet minimum of time served say how much is still missing (plain arithmetic on
 * the threshold and the value given), in every language; an age is only said to be short.
 */
import { describe, expect, it } from 'vitest';
import { checkRequirements, type Requirement } from '../../rules/requirements.js';

const MASTER_RIGHTS_MONTHS: Requirement = {
  fact: 'monthsAsOfficerOfTheWatchSinceIssue',
  atLeast: 'masterRightsMinMonths',
};
const MASTER_RIGHTS_AGE: Requirement = { fact: 'age', atLeast: 'masterRightsMinAge' };

const cases: { name: string; months: number; missing: { nb: string; nn: string; en: string } }[] = [
  {
    name: '8 of 12 months after the first issue: 4 months to go',
    months: 8,
    missing: { nb: 'mangler 4 måneder', nn: 'manglar 4 månader', en: '4 months to go' },
  },
  {
    name: '11 of 12 months: one month to go, in the singular',
    months: 11,
    missing: { nb: 'mangler 1 måned', nn: 'manglar 1 månad', en: '1 month to go' },
  },
];

describe('an unmet minimum of time served', () => {
  for (const c of cases)
    it(c.name, () => {
      const check = checkRequirements({ monthsAsOfficerOfTheWatchSinceIssue: c.months }, [MASTER_RIGHTS_MONTHS]);
      expect(check.status).toBe('failed');
      const [reason] = check.status === 'failed' ? check.reasons : [];
      expect(reason?.nb).toContain(c.missing.nb);
      expect(reason?.nn).toContain(c.missing.nn);
      expect(reason?.en).toContain(c.missing.en);
    });

  it('an age short of the minimum is said to be short, with no "to go"', () => {
    const check = checkRequirements({ age: 19 }, [MASTER_RIGHTS_AGE]);
    const [reason] = check.status === 'failed' ? check.reasons : [];
    expect(check.status).toBe('failed');
    expect(reason?.en).not.toContain('to go');
    expect(reason?.nb).not.toContain('mangler');
  });
});
