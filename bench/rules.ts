/**
 * Section 1: rules. Decisions per second of `decide()` for a representative decided case of each
 * rule (and the manning-certificate case that still needs a fact), then the manning-certificate
 * decision side by side with the same logic in json-rules-engine.
 */
import { decide, RULE_IDS } from '../rules/index.js';
import type { Timing, RoundOptions } from './lib/harness.js';
import { compare, measure } from './lib/harness.js';
import { checkJreFaithful, createManningEngine, decideWithJre } from './manning-jre.js';

/** The date every case is decided on (as in the rule tests), so no case reads the clock. */
export const TODAY = '2025-06-01';

export type RuleCase = {
  rule: string;
  label: string;
  facts: Record<string, unknown>;
  status: 'decided' | 'needs';
  outcome?: string;
};

/** One decided case per rule (from the rule tests), plus manning-certificate's `needs` case. */
export const RULE_CASES: RuleCase[] = [
  {
    rule: 'manning-certificate',
    label: 'cargo ship 45 GT',
    facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
    status: 'decided',
    outcome: 'not-required',
  },
  {
    rule: 'manning-certificate',
    label: 'cargo ship, tonnage unknown (needs)',
    facts: { flag: 'NO', vesselType: 'cargo' },
    status: 'needs',
  },
  {
    rule: 'ship-cook',
    label: 'safety manning 12',
    facts: { safetyManning: 12 },
    status: 'decided',
    outcome: 'required',
  },
  {
    rule: 'cook-qualification',
    label: 'age 18, education, test passed',
    facts: { age: 18, hasRelevantEducation: true, passedPracticalTest: true },
    status: 'decided',
    outcome: 'qualified',
  },
  {
    rule: 'd6-privileges',
    label: 'OOW, cargo 100 GT, L 23.99 m',
    facts: {
      role: 'officer-of-the-watch',
      vesselType: 'cargo',
      grossTonnage: 100,
      tradingArea: 'liten-kystfart',
      lengthL: 23.99,
    },
    status: 'decided',
    outcome: 'allowed',
  },
  {
    rule: 'sea-time',
    label: '20 days × 12 h',
    facts: { days: 20, hoursPerDay: 12 },
    status: 'decided',
    outcome: 'calculated',
  },
  {
    rule: 'sea-time-confirmation',
    label: 'complete D6 confirmation',
    facts: {
      targetCertificate: 'D6',
      seafarerName: 'Kari Nordmann',
      seafarerBirthDate: '1990-05-17',
      position: 'lettmatros',
      periodFrom: '2025-01-01',
      periodTo: '2025-01-31',
      days: 20,
      hoursPerDay: 12,
      vesselName: 'MS Testbåt',
      callSign: 'LABC',
      lengthOverall: 14.5,
      signerName: 'Ola Hansen',
      signerRole: 'company-representative',
      signerIsSeafarer: false,
    },
    status: 'decided',
    outcome: 'complete',
  },
  {
    rule: 'deck-officer-first-issue',
    label: 'D4, 360 programme days',
    facts: { certificate: 'D4', trainingProgramDays: 360, daysAfterDiploma: 120 },
    status: 'decided',
    outcome: 'meets',
  },
  {
    rule: 'master-rights',
    label: 'D4, age 20, 12 months',
    facts: { certificate: 'D4', age: 20, monthsAsOfficerOfTheWatchSinceIssue: 12 },
    status: 'decided',
    outcome: 'eligible',
  },
  {
    rule: 'issc-validity',
    label: 'full ISSC issued 2025-03-15, expires 2030-03-15',
    facts: { certificateKind: 'full', issueDate: '2025-03-15', expiryDate: '2030-03-15' },
    status: 'decided',
    outcome: 'dates',
  },
  {
    rule: 'issc-renewal',
    label: 'verified 3 months before expiry',
    facts: { expiryDate: '2026-06-15', verificationDate: '2026-03-15' },
    status: 'decided',
    outcome: 'new-expiry',
  },
  {
    rule: 'health-certificate',
    label: 'adult, last valid day',
    facts: { issueDate: '2025-03-10', ageAtIssue: 30, onDate: '2027-03-09' },
    status: 'decided',
    outcome: 'valid',
  },
  {
    rule: 'aps-processing',
    label: 'sea-time confirmation uploaded',
    facts: { uploadedDocuments: ['sea-time'] },
    status: 'decided',
    outcome: 'manual',
  },
  {
    rule: 'matros',
    label: 'seagoing 499 GT, trade cert., 12 months',
    facts: { seagoing: true, grossTonnage: 499, hasTradeCertificate: true, monthsDeckService: 12 },
    status: 'decided',
    outcome: 'meets',
  },
  {
    rule: 'rating-requirements',
    label: 'maskinpasser-lettmatros 36 + 6 months',
    facts: { position: 'maskinpasser-lettmatros', monthsEngineService: 36, monthsDeckService: 6 },
    status: 'decided',
    outcome: 'meets',
  },
];

/** The manning-certificate fact sets both implementations decide in the timed comparison (every outcome path). */
export const MANNING_MIX: Record<string, unknown>[] = [
  { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
  { flag: 'NO', vesselType: 'cargo', grossTonnage: 5000 },
  { flag: 'NO', vesselType: 'passenger' },
  { flag: 'NO', vesselType: 'fishing', lengthL: 12 },
  { flag: 'NO', vesselType: 'fishing', lengthL: 30 },
  { flag: 'NO', vesselType: 'other' },
  { flag: 'NO', vesselType: 'cargo', grossTonnage: 300, serviceOnly: 'pilot' },
  { flag: 'foreign' },
];

export type RuleRow = { rule: string; label: string; status: string; outcome?: string; timing: Timing };
export type RulesResult = {
  rows: RuleRow[];
  jre: {
    faithfulCases: number;
    faithfulOutcomes: Record<string, number>;
    mix: number;
    losen: Timing;
    jre: Timing;
    ratio: number;
    goal: number;
    met: boolean;
  };
};

/** Check every case decides as expected (so the timing is of the intended path). */
function checkCases(): void {
  const covered = new Set(RULE_CASES.map((c) => c.rule));
  const missing = RULE_IDS.filter((id) => !covered.has(id));
  if (missing.length > 0) throw new Error(`no benchmark case for rule(s): ${missing.join(', ')}`);
  for (const c of RULE_CASES) {
    const d = decide(c.rule, c.facts, { today: TODAY });
    if (d.status !== c.status || (d.status === 'decided' && d.outcome !== c.outcome)) {
      throw new Error(
        `case "${c.rule}: ${c.label}" gave ${JSON.stringify({ status: d.status, ...(d.status === 'decided' ? { outcome: d.outcome } : {}) })}, expected ${c.status} ${c.outcome ?? ''}`,
      );
    }
  }
}

export async function runRules(
  options: { perRule: RoundOptions; comparison: RoundOptions },
  log: (line: string) => void,
): Promise<RulesResult> {
  checkCases();
  const rows: RuleRow[] = [];
  for (const c of RULE_CASES) {
    const timing = await measure({ sync: () => decide(c.rule, c.facts, { today: TODAY }) }, options.perRule);
    rows.push({ rule: c.rule, label: c.label, status: c.status, ...(c.outcome ? { outcome: c.outcome } : {}), timing });
    log(`  ${c.rule} (${c.label}): ${Math.round(timing.opsPerSec).toLocaleString('en-US')} decisions/s`);
  }

  const engine = createManningEngine();
  const faithful = await checkJreFaithful(engine, TODAY);
  log(`  json-rules-engine agrees with decide() on ${faithful.cases} fact sets ${JSON.stringify(faithful.outcomes)}`);
  let i = 0;
  let j = 0;
  const result = await compare(
    { sync: () => decide('manning-certificate', MANNING_MIX[i++ % MANNING_MIX.length]!, { today: TODAY }) },
    { async: () => decideWithJre(engine, MANNING_MIX[j++ % MANNING_MIX.length]!) },
    options.comparison,
  );
  const goal = 50;
  log(
    `  manning-certificate: Losen ${fmtNs(result.a.nsPerOp)}, json-rules-engine ${fmtNs(result.b.nsPerOp)} per decision → ${result.ratio.toFixed(1)}× faster`,
  );
  return {
    rows,
    jre: {
      faithfulCases: faithful.cases,
      faithfulOutcomes: faithful.outcomes,
      mix: MANNING_MIX.length,
      losen: result.a,
      jre: result.b,
      ratio: result.ratio,
      goal,
      met: result.ratio >= goal,
    },
  };
}

export const fmtNs = (ns: number): string =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
