/**
 * Calendar reminders (iCalendar, via the `ics` package) for the dates a decision gives: the ISSC's
 * intermediate verification window and expiry (`issc-validity`), its expiry after renewal
 * (`issc-renewal`), and a health certificate's last valid day (`health-certificate`).
 *
 * Every event is all-day, in the reader's language, describes what is due and cites the rule's
 * sources, and has an alarm at 09:00 thirty days before (a window also on its first day). UIDs are
 * a hash of the rule and its facts, so downloading the file again updates the events instead of
 * adding copies.
 */
import { createHash } from 'node:crypto';
import type { Alarm, DateArray, EventAttributes } from 'ics';
import { createEvents } from 'ics';
import { documentTexts } from '../../content/documents/index.js';
import type { ReminderKind } from '../../content/documents/index.js';
import type { Locale } from '../../content/topic-ids.js';
import type { DecidedDecision } from '../../rules/index.js';
import { limit, listRules } from '../../rules/index.js';
import { formatCitation, formatDate, isoParts } from './format.js';

/** How many days before a date its alarm goes off. */
export const REMINDER_DAYS_BEFORE = 30;
/** The hour (local time) alarms go off on their day. */
export const REMINDER_HOUR = 9;

/** One all-day event: from `start` up to but not including `end` (ISO dates). */
export type Reminder = {
  kind: ReminderKind;
  start: string;
  end: string;
  title: string;
  description: string;
  uid: string;
  alarmOnStart: boolean;
};

const RULE_FACTS = new Map(listRules().map((r) => [r.id, r.facts.map((f) => f.id)]));

/** The day after an ISO date. */
export function dayAfter(iso: string): string {
  const [y, m, d] = isoParts(iso);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A stable id for the rule's facts: the same facts give the same id, whatever their order or extras. */
export function factsHash(ruleId: string, facts: Record<string, unknown>): string {
  const known = (RULE_FACTS.get(ruleId) ?? Object.keys(facts))
    .filter((k) => facts[k] !== undefined && facts[k] !== null)
    .sort();
  const canonical = JSON.stringify([ruleId, known.map((k) => [k, facts[k]])]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The events `decision` gives, or none when its outcome has no date to remind of. */
export function reminders(decision: DecidedDecision, facts: Record<string, unknown>, locale: Locale): Reminder[] {
  const t = documentTexts(locale).calendar;
  const v = decision.values ?? {};
  const d = (iso: string) => formatDate(iso, locale);
  const sources = `${t.sources}: ${decision.citations.map((c) => formatCitation(c, locale)).join('; ')}`;
  const hash = factsHash(decision.rule, facts);
  const event = (
    kind: ReminderKind,
    start: string,
    end: string,
    description: string,
    alarmOnStart = false,
  ): Reminder => ({
    kind,
    start,
    end,
    title: t.title[kind],
    description: `${description}\n\n${sources}`,
    uid: `${hash}-${kind}@losen`,
    alarmOnStart,
  });
  const key = `${decision.rule}:${decision.outcome}`;
  if (key === 'issc-validity:dates') {
    const expiry = str(v.expiry) ?? str(v.latestExpiry);
    const from = str(v.intermediateFrom);
    const to = str(v.intermediateTo);
    if (!expiry) return [];
    if (from && to) {
      return [
        event(
          'issc-intermediate-window',
          from,
          dayAfter(to),
          t.description['issc-intermediate-window'](d(from), d(to)),
          true,
        ),
        event(
          'issc-expiry',
          expiry,
          dayAfter(expiry),
          t.description['issc-expiry'](d(expiry), limit('isscRenewalWindowMonths')),
        ),
      ];
    }
    return [event('issc-interim-expiry', expiry, dayAfter(expiry), t.description['issc-interim-expiry'](d(expiry)))];
  }
  if (key === 'issc-renewal:new-expiry') {
    // Without a verification date the new expiry is only what a verification in the window would give.
    if (v.windowOnly === true) return [];
    const expiry = str(v.newExpiry);
    return expiry
      ? [event('issc-renewed-expiry', expiry, dayAfter(expiry), t.description['issc-renewed-expiry'](d(expiry)))]
      : [];
  }
  if (key === 'health-certificate:valid') {
    const until = str(v.validUntil);
    return until ? [event('health-expiry', until, dayAfter(until), t.description['health-expiry'](d(until)))] : [];
  }
  return [];
}

const dateArray = (iso: string): DateArray => isoParts(iso);

/** The reminders as an iCalendar file. Throws if the `ics` package rejects an event (a bug, not bad input). */
export function calendarFile(events: readonly Reminder[], locale: Locale): string {
  const t = documentTexts(locale).calendar;
  const attributes: EventAttributes[] = events.map((e) => {
    // Relative to the all-day event's start (midnight): 09:00 thirty days before, and 09:00 on the day.
    const alarms: Alarm[] = [
      {
        action: 'display',
        description: t.alarmBefore(e.title, REMINDER_DAYS_BEFORE),
        trigger: { days: REMINDER_DAYS_BEFORE - 1, hours: 24 - REMINDER_HOUR, before: true },
      },
    ];
    if (e.alarmOnStart)
      alarms.push({
        action: 'display',
        description: t.alarmOnStart(e.title),
        trigger: { hours: REMINDER_HOUR, before: false },
      });
    return {
      uid: e.uid,
      start: dateArray(e.start),
      end: dateArray(e.end),
      title: e.title,
      description: e.description,
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      productId: 'losen/documents',
      calName: t.name,
      alarms,
    };
  });
  const { error, value } = createEvents(attributes, { productId: 'losen/documents', calName: t.name });
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}
