/**
 * The rules core: `decide(ruleId, facts, { today })` and `listRules()` (contract.md §1).
 *
 * `decide` is pure: the same arguments always give the same decision, and nothing is read from
 * the clock, disk or network — except that a missing `options.today` defaults to the caller's
 * current date, taken here at the boundary so no rule ever reads the clock.
 */
import { isIsoDate, toIsoDate } from './dates.js';
import { factInfo, parseFacts } from './facts.js';
import type { AnyRule } from './rule.js';
import type { RuleId } from './registry.js';
import { RULES } from './registry.js';
import { ANSWERABLE_PROBLEMS as CONFIRMATION_PROBLEMS } from './sea-time-confirmation.js';
import { THRESHOLDS } from './thresholds.js';
import type { Citation, DecidedDecision, Decision, RuleInfo } from './types.js';

export type {
  Citation,
  Decision,
  DecidedDecision,
  FactInfo,
  FactIssue,
  InvalidDecision,
  NeedsDecision,
  RuleInfo,
  Text,
  Threshold,
} from './types.js';
export { RULE_IDS } from './registry.js';
export { EVALUATED_IDS, isLocale, LOCALES } from './types.js';
export type { EvaluatedId, Locale } from './types.js';
export { READINGS } from './readings.js';
export type { Reading } from './readings.js';
export { isTopicId, TOPIC_IDS } from './topics.js';
export type { RoutableTopicId, TopicId } from './topics.js';
export type { RuleId } from './registry.js';
export { THRESHOLDS, limit } from './thresholds.js';
export { NO_CERTIFICATE_TRADING_AREAS } from './matros.js';
export { withHealthLapsed } from './d6-privileges.js';
export { ALTERNATIVE_FACTS, DOCUMENT_FACTS, DOCUMENT_OF, FACTS, RULE_BOUND_FACTS } from './facts.js';
export type { FactKey } from './facts.js';
export { SOURCES, cite } from './sources.js';
/** Numbers and dates written the way the rules' reasons write them, in both languages. */
export { date, joinedWith, num } from './rule.js';
export { toIsoDate } from './dates.js';

/** Thrown for a rule id that does not exist; its message names the known ids. */
export class UnknownRuleError extends Error {
  readonly code = 'UNKNOWN_RULE';
  constructor(readonly ruleId: string) {
    super(`Unknown rule "${ruleId}". Known rules: ${Object.keys(RULES).join(', ')}.`);
    this.name = 'UnknownRuleError';
  }
}

function ruleById(ruleId: string): AnyRule {
  if (!Object.hasOwn(RULES, ruleId)) throw new UnknownRuleError(ruleId);
  return RULES[ruleId as keyof typeof RULES];
}

/** True when `ruleId` names a rule. */
export const isRuleId = (ruleId: string): ruleId is RuleId => Object.hasOwn(RULES, ruleId);

const localToday = (): string => toIsoDate(new Date());

/** The rule's own citations, deduplicated once per rule (they never change). */
const ownCitations = new WeakMap<readonly Citation[], Citation[]>();
const dedupeOwn = (citations: readonly Citation[]): Citation[] => {
  let deduped = ownCitations.get(citations);
  if (!deduped) {
    deduped = dedupe(citations);
    ownCitations.set(citations, deduped);
  }
  // A copy: a caller may change the decision it is given.
  return [...deduped];
};

const dedupe = (citations: readonly Citation[]): Citation[] => {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source}|${c.ref ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Decide rule `ruleId` on `facts`. Never throws for a known rule: bad facts give `invalid`,
 * missing facts that still matter give `needs` (the next to ask first). Throws `UnknownRuleError`
 * for an unknown rule id.
 */
export function decide(ruleId: string, facts: Record<string, unknown>, options: { today?: string } = {}): Decision {
  const rule = ruleById(ruleId);
  const today = options.today ?? localToday();
  if (!isIsoDate(today)) {
    return {
      status: 'invalid',
      rule: rule.id,
      issues: [
        {
          fact: 'today',
          message: {
            nb: 'Dagens dato må være en gyldig dato på formen ÅÅÅÅ-MM-DD.',
            nn: 'Dagens dato må vere ein gyldig dato på forma ÅÅÅÅ-MM-DD.',
            en: "Today's date must be a valid date in the form YYYY-MM-DD.",
          },
        },
      ],
    };
  }
  const input = facts !== null && typeof facts === 'object' && !Array.isArray(facts) ? facts : {};
  const parsed = parseFacts(input, rule.facts);
  if (!parsed.ok) return { status: 'invalid', rule: rule.id, issues: parsed.issues };
  const result = rule.evaluate(parsed.known, { today });
  if ('issues' in result) return { status: 'invalid', rule: rule.id, issues: result.issues };
  if ('needs' in result) return { status: 'needs', rule: rule.id, facts: result.needs };
  return {
    status: 'decided',
    rule: rule.id,
    outcome: result.outcome,
    ...(result.values === undefined ? {} : { values: result.values }),
    reasons: result.reasons,
    citations: result.citations ? dedupe(result.citations) : dedupeOwn(rule.citations),
  };
}

/** Per rule, the problems of its decisions that one new answer mends, and the fact it answers. */
const ANSWERABLE: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['sea-time-confirmation', CONFIRMATION_PROBLEMS],
]);

/**
 * The fact to ask again when decision `d` has a single problem that one new answer mends (a
 * position Sdir does not register sea time in): a conversation asks for it rather than stop there.
 */
export function answerableFact(d: DecidedDecision): string | undefined {
  const problems = d.values?.problems;
  if (!Array.isArray(problems) || problems.length !== 1 || typeof problems[0] !== 'string') return undefined;
  return ANSWERABLE.get(d.rule)?.get(problems[0]);
}

/** Every rule with its topic, facts (type, unit, allowed values, question key), thresholds and citations. */
export function listRules(): RuleInfo[] {
  return Object.values(RULES).map((rule) => ({
    id: rule.id,
    topic: rule.topic,
    topics: rule.topics ?? [rule.topic],
    title: rule.title,
    summary: rule.summary,
    facts: rule.facts.map(factInfo),
    outcomes: [...rule.outcomes],
    thresholds: rule.thresholds.map((key) => THRESHOLDS[key]),
    citations: [...rule.citations],
  }));
}
