/**
 * The shapes of the rules core, as fixed by `shared/spec/contract.md` §1.
 * Everything a rule returns is plain JSON, so a decision can be stored, sent and compared.
 */

/** The languages Losen speaks: Norwegian bokmål, Norwegian nynorsk and English. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** True when `value` names one of the languages. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** A user-facing sentence in bokmål, nynorsk and English. */
export type Text = { nb: string; nn: string; en: string };

/** Where a statement comes from: a regulation and paragraph, or the Sdir page it was taken from. */
export type Citation = { source: string; ref?: string; url?: string };

/** One problem with one supplied fact. */
export type FactIssue = { fact: string; message: Text };

export type DecidedDecision = {
  status: 'decided';
  rule: string;
  outcome: string;
  values?: Record<string, unknown>;
  reasons: Text[];
  citations: Citation[];
};

export type NeedsDecision = { status: 'needs'; rule: string; facts: string[] };

export type InvalidDecision = { status: 'invalid'; rule: string; issues: FactIssue[] };

export type Decision = DecidedDecision | NeedsDecision | InvalidDecision;

/** The kinds of fact a rule can ask for. */
export type FactType = 'number' | 'integer' | 'boolean' | 'date' | 'enum' | 'enum-list' | 'text';

/** A fact as the conversation layer sees it (from `listRules()`). */
export type FactInfo = {
  id: string;
  type: FactType;
  /** Unit of a number, e.g. 'GT', 'm', 'hours', 'days', 'months', 'years', 'persons'. */
  unit?: string;
  /** Allowed values of an enum or enum-list fact. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** True when the rule can decide without it (a default or "not known" is acceptable). */
  optional: boolean;
  /** The fact's name in both languages (used in messages about it). */
  label: Text;
  /** Key of the question in `content/` that asks for this fact. */
  questionKey: string;
};

/** A limit the law sets, kept as data with its unit and source. */
export type Threshold = {
  id: string;
  value: number;
  unit: string;
  /** What the limit means, in plain words. */
  description: Text;
  /** Where the value comes from. */
  source: Citation;
  /** ISO date the value took effect, where known. */
  since?: string;
};

/** What `listRules()` returns for each rule. */
export type RuleInfo = {
  id: string;
  /** The main topic id from `topics.md`. */
  topic: string;
  /** Every topic id this rule answers. */
  topics: string[];
  title: Text;
  /** Plain-language account of what the rule decides, for the rulebook. */
  summary: Text;
  facts: FactInfo[];
  outcomes: string[];
  thresholds: Threshold[];
  citations: Citation[];
};

/**
 * What a decision names as evaluated in `values.evaluated` — the position or certificate it judged —
 * so that every channel can say "For matros: …" and a mismatch with the question is visible.
 */
export const EVALUATED_IDS = [
  'matros',
  'lettmatros',
  'smorer',
  'maskinpasser',
  'maskinpasser-lettmatros',
  'master',
  'chief-mate',
  'officer-of-the-watch',
  'D5',
  'D4',
  'D3',
] as const;
export type EvaluatedId = (typeof EVALUATED_IDS)[number];
