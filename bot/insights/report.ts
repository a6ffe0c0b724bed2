/**
 * The editors' report (`GET /api/insights`) from what a store holds: totals, and the counters per
 * topic, per day and per language, with the fallback and clarify ("did you mean") rates; and the
 * recent questions, newest first. Pure: the recorder reads the store and the clock.
 */
import { LOCALES } from '../../content/topic-ids.js';
import type { Locale } from '../../content/topic-ids.js';
import type { Counts, CountRow, InsightsData, RecentItem } from './types.js';
import { COUNT_FIELDS, zeroCounts } from './types.js';

/** Counters with the rates editors read first (`null` when there were no questions). */
export type Rated = Counts & {
  /** Fallbacks per question: how often Losen did not know. */
  fallbackRate: number | null;
  /** Menus per question: how often Losen had to ask "did you mean …?". */
  clarifyRate: number | null;
};

export type InsightsReport = {
  /** First day counted (inclusive) and the last (today), local calendar dates. */
  since: string;
  until: string;
  retentionDays: number;
  /** The language filter, when one was asked for. */
  locale?: Locale;
  totals: Rated;
  topics: ({ topic: string } & Rated)[];
  days: ({ day: string } & Rated)[];
  locales: ({ locale: Locale } & Rated)[];
  /** Every counter row (day, topic, language), for a finer breakdown. */
  rows: CountRow[];
  /** Questions Losen could not answer, or whose answer was rated down: redacted, newest first. */
  recent: RecentItem[];
};

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

const rated = (counts: Counts): Rated => ({
  ...counts,
  fallbackRate: rate(counts.fallbacks, counts.questions),
  clarifyRate: rate(counts.menus, counts.questions),
});

function sum(rows: readonly Counts[]): Counts {
  const total = zeroCounts();
  for (const row of rows) for (const f of COUNT_FIELDS) total[f] += row[f];
  return total;
}

function groupBy<K extends string>(rows: readonly CountRow[], key: (r: CountRow) => K): Map<K, CountRow[]> {
  const groups = new Map<K, CountRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Every day from `since` to `until`, inclusive (ISO dates; calendar arithmetic in UTC). */
export function daysBetween(since: string, until: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`); t <= Date.parse(`${until}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export type ReportScope = { since: string; until: string; retentionDays: number; locale?: Locale };

/** The report of `data` within `scope`. */
export function buildReport(data: InsightsData, scope: ReportScope): InsightsReport {
  const inScope = <T extends { day: string; locale: Locale }>(x: T) =>
    x.day >= scope.since && x.day <= scope.until && (scope.locale === undefined || x.locale === scope.locale);
  const rows = data.counts
    .filter(inScope)
    .sort((a, b) => a.day.localeCompare(b.day) || a.topic.localeCompare(b.topic) || a.locale.localeCompare(b.locale));
  const byTopic = groupBy(rows, (r) => r.topic);
  const byDay = groupBy(rows, (r) => r.day);
  const byLocale = groupBy(rows, (r) => r.locale);
  return {
    since: scope.since,
    until: scope.until,
    retentionDays: scope.retentionDays,
    ...(scope.locale ? { locale: scope.locale } : {}),
    totals: rated(sum(rows)),
    topics: [...byTopic]
      .map(([topic, group]) => ({ topic, ...rated(sum(group)) }))
      .sort((a, b) => b.questions - a.questions || b.fallbacks - a.fallbacks || a.topic.localeCompare(b.topic)),
    days: daysBetween(scope.since, scope.until).map((day) => ({ day, ...rated(sum(byDay.get(day) ?? [])) })),
    locales: (scope.locale ? [scope.locale] : LOCALES).map((locale) => ({
      locale,
      ...rated(sum(byLocale.get(locale) ?? [])),
    })),
    rows,
    recent: data.recent.filter(inScope).sort((a, b) => b.at - a.at),
  };
}
