/**
 * listRules() against contract.md §1 (the table of rules, facts and outcomes), content/topic-ids.ts
 * and content/outcome-keys.ts, and THRESHOLDS against the values the seeds and facts.md give.
 * Also the rule-id errors of decide().
 */
import { describe, expect, it } from 'vitest';
import { OUTCOME_KEYS } from '../../content/outcome-keys.js';
import { TOPIC_IDS } from '../../content/topic-ids.js';
import type { FactInfo } from '../../rules/index.js';
import { FACTS, THRESHOLDS, UnknownRuleError, decide, isRuleId, listRules } from '../../rules/index.js';
import { expectText } from './helpers.js';

const VESSEL = ['passenger', 'small-passenger', 'cargo', 'fishing', 'leisure', 'other'];
const AREAS = [
  'area-1',
  'area-2',
  'area-3',
  'area-4',
  'liten-kystfart',
  'stor-kystfart',
  'nord-og-ostersjofart',
  'unrestricted',
];

/** contract.md §1 (as updated for issue 10: vessel categories, 'uncertain', monthsMechanicalPractice), transcribed: each rule's facts (with enum values where the table gives them), which are optional, and its outcomes. */
const CONTRACT: Record<
  string,
  { facts: Record<string, readonly string[] | null>; optional?: string[]; outcomes: string[] }
> = {
  'manning-certificate': {
    facts: {
      flag: ['NO', 'foreign'],
      vesselType: VESSEL,
      grossTonnage: null,
      lengthL: null,
      serviceOnly: ['none', 'training', 'pilot', 'rescue'],
    },
    optional: ['serviceOnly'],
    outcomes: ['required', 'not-required', 'case-by-case', 'not-norwegian', 'uncertain'],
  },
  'ship-cook': { facts: { safetyManning: null }, outcomes: ['required', 'not-required'] },
  'cook-qualification': {
    facts: {
      age: null,
      hasRelevantEducation: null,
      passedPracticalTest: null,
      crewSize: null,
      documentedSkillsCheck: null,
    },
    outcomes: ['qualified', 'not-qualified'],
  },
  'd6-privileges': {
    facts: {
      role: ['master', 'chief-mate', 'officer-of-the-watch'],
      vesselType: VESSEL,
      grossTonnage: null,
      tradingArea: AREAS,
      lengthL: null,
      lengthOverall: null,
      age: null,
      monthsAsOfficerOfTheWatch: null,
    },
    outcomes: ['allowed', 'not-allowed', 'uncertain'],
  },
  'sea-time': {
    facts: { totalHours: null, days: null, hoursPerDay: null, targetDays: null, seaTimeDaysHad: null },
    optional: ['totalHours', 'targetDays', 'seaTimeDaysHad'],
    outcomes: ['calculated'],
  },
  'sea-time-confirmation': {
    facts: {
      seafarerName: null,
      seafarerBirthDate: null,
      position: null,
      periodFrom: null,
      periodTo: null,
      days: null,
      hoursPerDay: null,
      totalHours: null,
      vesselName: null,
      callSign: null,
      lengthOverall: null,
      signerName: null,
      signerRole: ['company-representative', 'master', 'owner', 'co-owner', 'accountant', 'auditor', 'other'],
      signerIsSeafarer: null,
      targetCertificate: ['D6', 'D5', 'D4', 'D3', 'D2', 'D1', 'matros', 'tanker', 'igf', 'other'],
      grossTonnage: null,
      tradingArea: AREAS,
      onMobileUnit: null,
      mobileUnitHasPropulsion: null,
      tankerType: ['oil', 'chemical', 'gas'],
    },
    outcomes: ['complete', 'invalid'],
  },
  'deck-officer-first-issue': {
    facts: {
      certificate: ['D5', 'D4', 'D3'],
      seaTimeDays: null,
      bridgeWatchDays: null,
      daysAfterDiploma: null,
      hasAssessment: null,
      trainingProgramDays: null,
      tradeCertificate: ['matros', 'fisker', 'none'],
    },
    outcomes: ['meets', 'does-not-meet'],
  },
  'master-rights': {
    facts: { certificate: ['D5', 'D4', 'D3'], age: null, monthsAsOfficerOfTheWatchSinceIssue: null },
    outcomes: ['eligible', 'not-eligible'],
  },
  'issc-validity': {
    facts: { certificateKind: ['interim', 'full'], issueDate: null, expiryDate: null, intermediateDate: null },
    optional: ['expiryDate', 'intermediateDate'],
    outcomes: ['dates', 'uncertain'],
  },
  'issc-renewal': {
    facts: { expiryDate: null, verificationDate: null },
    optional: ['verificationDate'],
    outcomes: ['new-expiry', 'expired'],
  },
  'health-certificate': {
    facts: { issueDate: null, ageAtIssue: null, expiryDate: null, onDate: null },
    optional: ['expiryDate', 'onDate'],
    outcomes: ['valid', 'expired'],
  },
  'aps-processing': {
    facts: {
      uploadedDocuments: [
        'sea-time',
        'courses',
        'assessment',
        'additional-competence',
        'health-certificate',
        'education',
      ],
    },
    outcomes: ['automatic', 'manual'],
  },
  matros: {
    facts: {
      grossTonnage: null,
      seagoing: null,
      hasTradeCertificate: null,
      monthsAsOrdinarySeaman: null,
      monthsDeckService: null,
      tradingArea: AREAS,
    },
    optional: ['tradingArea'],
    outcomes: ['certificate-required', 'meets', 'does-not-meet', 'uncertain'],
  },
  'rating-requirements': {
    facts: {
      position: ['lettmatros', 'smorer', 'maskinpasser', 'maskinpasser-lettmatros'],
      monthsDeckService: null,
      monthsEngineService: null,
      monthsMechanicalPractice: null,
    },
    optional: ['monthsMechanicalPractice'],
    outcomes: ['meets', 'does-not-meet', 'uncertain'],
  },
};

/** Threshold values as the sources state them (seeds 001–004 and facts.md). */
const SOURCE_VALUES: Record<string, number> = {
  manningCargoMinGrossTonnage: 50,
  smallPassengerMaxPassengers: 12,
  manningFishingMinLengthL: 24,
  cookRequiredMinSafetyManning: 10,
  cookMinAge: 18,
  cookSkillsCheckMaxCrewExclusive: 10,
  d6MaxGrossTonnageExclusive: 500,
  d6OfficerMaxLengthLExclusive: 24,
  d6MasterMaxLengthOverallExclusive: 15,
  d6MasterExtensionMaxLengthLExclusive: 24,
  d6MasterExtensionMinAge: 20,
  d6MasterExtensionMinMonthsOow: 12,
  d6MasterExtensionMinLoaOfService: 8,
  seaTimeHoursPerYear: 1867,
  seaTimeDaysPerYear: 365,
  seaTimeMinHoursPerDay: 1,
  seaTimeMaxHoursPerDay: 14,
  seaTimeMaxDaysInRowAtMaxHours: 90, // facts.md, Sdir's spreadsheet checks (C)
  daysPerMonth: 30,
  deckAltAMinSeaTimeDays: 1080,
  deckAltAMinBridgeWatchDays: 180,
  deckAltAMinDaysAfterDiploma: 30,
  deckAltBMinTrainingDays: 360,
  deckAltCMinTrainingDays: 180,
  cadetMinDaysAfterDiploma: 120,
  trainingMinLengthOverall: 15,
  masterRightsMinAge: 20,
  masterRightsMinMonths: 12,
  masterRightsMaxGrossTonnageExclusive: 500,
  isscInterimMaxMonths: 6,
  isscFullMaxYears: 5,
  isscIntermediateFromAnniversary: 2,
  isscIntermediateToAnniversary: 3,
  isscRenewalWindowMonths: 3,
  isscRenewalYears: 5,
  healthMaxYears: 2,
  healthMaxYearsMinor: 1,
  healthAdultAge: 18,
  matrosCertificateMinGrossTonnage: 500,
  matrosMinMonthsAsOrdinarySeaman: 12,
  matrosMinMonthsDeckService: 24,
  matrosTradeCertMinMonthsDeckService: 12,
  lettmatrosMinMonthsDeckService: 6,
  smorerMinMonthsEngineService: 6,
  maskinpasserMinMonthsEngineService: 6,
  maskinpasserMinMonthsServiceAsIn77: 30,
};

const rules = listRules();
const FACT_TYPES = ['number', 'integer', 'boolean', 'date', 'enum', 'enum-list', 'text'];

describe('listRules()', () => {
  it('lists exactly the 14 rules of the contract, each once', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(CONTRACT).sort());
    expect(rules).toHaveLength(14);
  });

  describe.each(rules.map((r) => ({ id: r.id, rule: r })))('$id', ({ id, rule }) => {
    const contract = CONTRACT[id]!;

    it('has a title and summary in both languages', () => {
      expectText(rule.title);
      expectText(rule.summary);
    });

    it('has topics that exist in content/topic-ids.ts, its main topic among them', () => {
      expect(TOPIC_IDS).toContain(rule.topic);
      expect(rule.topics).toContain(rule.topic);
      for (const t of rule.topics) expect(TOPIC_IDS).toContain(t);
    });

    it("asks for exactly the facts of the contract, with the contract's allowed values", () => {
      expect(rule.facts.map((f) => f.id).sort()).toEqual(Object.keys(contract.facts).sort());
      for (const f of rule.facts) {
        const values = contract.facts[f.id];
        if (values) expect(f.values).toEqual(values);
      }
    });

    it('marks as optional the facts the contract calls optional', () => {
      for (const f of contract.optional ?? []) expect(rule.facts.find((x) => x.id === f)?.optional).toBe(true);
    });

    it('describes every fact fully: type, optional flag, question key, label in both languages', () => {
      const ids = new Set<string>();
      for (const f of rule.facts as FactInfo[]) {
        expect(ids.has(f.id)).toBe(false);
        ids.add(f.id);
        expect(FACT_TYPES).toContain(f.type);
        expect(typeof f.optional).toBe('boolean');
        expect(Object.keys(FACTS)).toContain(f.questionKey);
        expectText(f.label);
        if (f.type === 'enum' || f.type === 'enum-list') expect(f.values?.length).toBeGreaterThan(0);
        if (f.type === 'number' || f.type === 'integer') {
          expect(f.unit).toBeTruthy();
          expect(f.min).toBeTypeOf('number');
          expect(f.max).toBeTypeOf('number');
          expect(f.min!).toBeLessThanOrEqual(f.max!);
        }
      }
    });

    it("has the contract's outcomes", () => {
      expect(rule.outcomes).toEqual(contract.outcomes);
    });

    it('describes every threshold with value, unit, meaning in both languages and a source', () => {
      for (const t of rule.thresholds) {
        expect(Number.isFinite(t.value)).toBe(true);
        expect(t.unit.trim()).not.toBe('');
        expectText(t.description);
        expect(t.source.source.trim()).not.toBe('');
        if (t.since !== undefined) expect(t.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('cites at least one source, each with a source string and a web address where given', () => {
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const c of rule.citations) {
        expect(c.source.trim()).not.toBe('');
        if (c.url !== undefined) expect(c.url).toMatch(/^https:\/\//);
      }
    });
  });

  it('has outcomes that match content/outcome-keys.ts exactly', () => {
    const fromRules = rules.flatMap((r) => r.outcomes.map((o) => `${r.id}:${o}`));
    expect([...fromRules].sort()).toEqual([...OUTCOME_KEYS].sort());
  });

  it('holds every threshold at the value the sources give', () => {
    expect(Object.fromEntries(Object.entries(THRESHOLDS).map(([k, t]) => [k, t.value]))).toEqual(SOURCE_VALUES);
    for (const [key, t] of Object.entries(THRESHOLDS)) expect(t.id).toBe(key);
  });

  it('dates the hour-by-hour sea-time calculation from 1 July 2016 (facts.md)', () => {
    expect(THRESHOLDS.seaTimeHoursPerYear.since).toBe('2016-07-01');
  });

  it('cites the regulations by their Lovdata identifiers', () => {
    const sources = new Set(rules.flatMap((r) => r.citations.map((c) => c.source)));
    for (const id of ['FOR-2009-06-18-666', 'FOR-2011-12-22-1523', 'FOR-2014-06-05-805']) expect(sources).toContain(id);
    const manning = rules.find((r) => r.id === 'manning-certificate')!;
    expect(manning.citations).toContainEqual(
      expect.objectContaining({
        source: 'FOR-2009-06-18-666',
        ref: '§ 1',
        url: 'https://lovdata.no/dokument/SF/forskrift/2009-06-18-666',
      }),
    );
  });
});

describe('decide() on rule ids and options', () => {
  it('throws for an unknown rule id, naming every known id', () => {
    let error: unknown;
    try {
      decide('no-such-rule', {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownRuleError);
    expect((error as UnknownRuleError).code).toBe('UNKNOWN_RULE');
    const message = (error as Error).message;
    expect(message).toContain('no-such-rule');
    for (const r of rules) expect(message).toContain(r.id);
  });

  it('does not treat inherited object keys as rule ids', () => {
    expect(() => decide('toString', {})).toThrow(UnknownRuleError);
    expect(() => decide('__proto__', {})).toThrow(UnknownRuleError);
    expect(isRuleId('constructor')).toBe(false);
    expect(isRuleId('ship-cook')).toBe(true);
  });

  it('gives invalid (not a throw) for a malformed today', () => {
    const d = decide('ship-cook', { safetyManning: 10 }, { today: '2025-02-30' });
    expect(d.status).toBe('invalid');
    if (d.status === 'invalid') {
      expect(d.issues.map((i) => i.fact)).toEqual(['today']);
      expectText(d.issues[0]!.message);
    }
  });

  it('defaults today to the current date when no options are given', () => {
    // A certificate issued today (by the local clock) is valid today.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const d = decide('health-certificate', { issueDate: today, ageAtIssue: 30 });
    expect(d).toMatchObject({ status: 'decided', outcome: 'valid' });
  });

  it('treats facts that are not an object as no facts at all', () => {
    expect(decide('ship-cook', null as unknown as Record<string, unknown>, { today: '2025-06-01' })).toEqual({
      status: 'needs',
      rule: 'ship-cook',
      facts: ['safetyManning'],
    });
    expect(decide('ship-cook', [10] as unknown as Record<string, unknown>, { today: '2025-06-01' })).toEqual({
      status: 'needs',
      rule: 'ship-cook',
      facts: ['safetyManning'],
    });
  });
});
