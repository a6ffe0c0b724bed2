/**
 * POST /api/calendar/:ruleId: all-day reminders with the rule's own dates, an alarm 30 days
 * before, titles in the reader's language, sources cited, and UIDs that stay the same for the same
 * facts. Parsed back with ical.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_DAYS_BEFORE, REMINDER_HOUR, dayAfter } from '../../../bot/documents/calendar.js';
import { documentTexts } from '../../../content/documents/index.js';
import { decide } from '../../../rules/index.js';
import type { ParsedEvent, TestServer } from './helpers.js';
import { TODAY, parseIcs, post, startServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.app.close();
});

const hour = `${String(REMINDER_HOUR).padStart(2, '0')}:00:00`;

/** The ISO date `days` before `iso`. */
const daysBefore = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
};

async function calendar(ruleId: string, facts: Record<string, unknown>, locale: 'nb' | 'en' = 'nb') {
  const r = await post(server.base, `/api/calendar/${ruleId}`, { facts, locale });
  expect(r.status, r.text).toBe(200);
  expect(r.type).toBe('text/calendar; charset=utf-8');
  expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.ics"$/);
  // Every relative trigger is a valid RFC 5545 duration (the ics package can write "P30DT").
  for (const line of r.text.split(/\r?\n/).filter((l) => l.startsWith('TRIGGER:'))) {
    expect(line).toMatch(/^TRIGGER:[+-]?P(\d+W|(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?)$/);
  }
  return { text: r.text, events: parseIcs(r.text) };
}

/** An all-day event from `start` to `lastDay` with the 30-day alarm at the reminder hour. */
function expectAllDay(event: ParsedEvent | undefined, start: string, lastDay: string) {
  expect(event).toBeDefined();
  expect(event!.allDay).toBe(true);
  expect(event!.start).toBe(start);
  expect(event!.end).toBe(dayAfter(lastDay));
  expect(event!.alarms.map((a) => a.at)).toContain(`${daysBefore(start, REMINDER_DAYS_BEFORE)}T${hour}`);
}

describe('issc-validity', () => {
  it('a full ISSC issued 2024-02-29: the intermediate window 2026-02-28…2027-02-28 and expiry 2029-02-28', async () => {
    // The expiry date printed on the certificate is given; the window is taken from it.
    const facts = { certificateKind: 'full', issueDate: '2024-02-29', expiryDate: '2029-02-28' };
    const values = (decide('issc-validity', facts) as { values: Record<string, string> }).values;
    expect(values).toMatchObject({
      intermediateFrom: '2026-02-28',
      intermediateTo: '2027-02-28',
      expiry: '2029-02-28',
    });
    const { events } = await calendar('issc-validity', facts);
    expect(events).toHaveLength(2);
    const t = documentTexts('nb').calendar;
    const window = events.find((e) => e.summary === t.title['issc-intermediate-window']);
    expectAllDay(window, values.intermediateFrom!, values.intermediateTo!);
    expect(window!.end).toBe('2027-03-01');
    // The window also rings on its first day.
    expect(window!.alarms.map((a) => a.at)).toContain(`${values.intermediateFrom}T${hour}`);
    expectAllDay(
      events.find((e) => e.summary === t.title['issc-expiry']),
      values.expiry!,
      values.expiry!,
    );
    expect(window!.alarms[0]!.at).toBe('2026-01-29T09:00:00');
  });

  it('an interim ISSC: only its expiry, six months on', async () => {
    const facts = { certificateKind: 'interim', issueDate: '2026-08-31' };
    const { events } = await calendar('issc-validity', facts);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(documentTexts('nb').calendar.title['issc-interim-expiry']);
    expectAllDay(events[0], '2027-02-28', '2027-02-28');
  });

  it('uses the expiry date on the certificate when given', async () => {
    const { events } = await calendar('issc-validity', {
      certificateKind: 'full',
      issueDate: '2024-03-10',
      expiryDate: '2029-03-01',
    });
    expect(events.map((e) => e.start).sort()).toEqual(['2026-03-01', '2029-03-01']);
  });
});

describe('issc-renewal', () => {
  it('the new expiry after a renewal within three months of expiry', async () => {
    const facts = { expiryDate: '2029-09-14', verificationDate: '2029-07-01' };
    const values = (decide('issc-renewal', facts) as { values: Record<string, string> }).values;
    const { events } = await calendar('issc-renewal', facts, 'en');
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(documentTexts('en').calendar.title['issc-renewed-expiry']);
    expectAllDay(events[0], values.newExpiry!, values.newExpiry!);
    expect(values.newExpiry).toBe('2034-09-14');
  });

  it('has nothing to remind of when the verification came after expiry (422)', async () => {
    const r = await post(server.base, '/api/calendar/issc-renewal', {
      facts: { expiryDate: '2029-09-14', verificationDate: '2029-10-01' },
      locale: 'en',
    });
    expect(r.status).toBe(422);
    expect(r.json!.decision).toMatchObject({ status: 'decided', outcome: 'expired' });
  });
});

describe('health-certificate', () => {
  it.each(['nb', 'en'] as const)(
    'the last valid day, titled and described in %s, citing the regulation',
    async (locale) => {
      const facts = { issueDate: '2025-06-01', ageAtIssue: 30 };
      const decision = decide('health-certificate', facts, { today: TODAY });
      expect(decision).toMatchObject({ status: 'decided', outcome: 'valid' });
      const validUntil = (decision as unknown as { values: { validUntil: string } }).values.validUntil;
      const { events } = await calendar('health-certificate', facts, locale);
      expect(events).toHaveLength(1);
      const event = events[0]!;
      const t = documentTexts(locale).calendar;
      expect(event.summary).toBe(t.title['health-expiry']);
      expectAllDay(event, validUntil, validUntil);
      expect(event.description).toContain('FOR-2014-06-05-805');
      expect(event.description).toContain(`${t.sources}:`);
      expect(event.alarms[0]!.description).toBe(t.alarmBefore(t.title['health-expiry'], REMINDER_DAYS_BEFORE));
    },
  );

  it('has nothing to remind of for a certificate that has already expired (422)', async () => {
    const r = await post(server.base, '/api/calendar/health-certificate', {
      facts: { issueDate: '2020-01-01', ageAtIssue: 30 },
    });
    expect(r.status).toBe(422);
    expect(r.json!.decision).toMatchObject({ outcome: 'expired' });
  });
});

describe('UIDs', () => {
  it('are the same for the same facts (any order, any language), so a new download updates the events', async () => {
    const a = await calendar(
      'issc-validity',
      { certificateKind: 'full', issueDate: '2024-02-29', expiryDate: '2029-02-28' },
      'nb',
    );
    const b = await calendar(
      'issc-validity',
      { expiryDate: '2029-02-28', issueDate: '2024-02-29', certificateKind: 'full', ignored: 'extra' },
      'en',
    );
    expect(a.events.map((e) => e.uid).sort()).toEqual(b.events.map((e) => e.uid).sort());
    expect(new Set(a.events.map((e) => e.uid)).size).toBe(2);
  });

  it('differ for different facts', async () => {
    const a = await calendar('health-certificate', { issueDate: '2025-06-01', ageAtIssue: 30 });
    const b = await calendar('health-certificate', { issueDate: '2025-06-02', ageAtIssue: 30 });
    expect(a.events[0]!.uid).not.toBe(b.events[0]!.uid);
  });
});

describe('refusals', () => {
  it('404 for an unknown rule and for a rule that has no calendar', async () => {
    for (const rule of ['no-such-rule', 'sea-time', 'sea-time-confirmation']) {
      const r = await post(server.base, `/api/calendar/${rule}`, { facts: {} });
      expect(r.status, rule).toBe(404);
      expect(typeof r.json?.error).toBe('string');
    }
  });

  it('422 with the missing facts for undecided facts', async () => {
    const r = await post(server.base, '/api/calendar/issc-validity', {
      facts: { certificateKind: 'full' },
      locale: 'en',
    });
    expect(r.status).toBe(422);
    expect(r.json!.decision).toEqual({ status: 'needs', rule: 'issc-validity', facts: ['issueDate', 'expiryDate'] });
    expect(typeof r.json!.error).toBe('string');
  });

  it('422 with the issue for invalid facts', async () => {
    const r = await post(server.base, '/api/calendar/health-certificate', {
      facts: { issueDate: '2025-02-30', ageAtIssue: 30 },
      locale: 'nb',
    });
    expect(r.status).toBe(422);
    const decision = r.json!.decision as { status: string; issues: { message: { nb: string } }[] };
    expect(decision.status).toBe('invalid');
    expect(r.json!.error).toContain(decision.issues[0]!.message.nb);
  });

  it('400 for a malformed body', async () => {
    expect((await post(server.base, '/api/calendar/issc-validity', { facts: 'x' })).status).toBe(400);
    expect((await post(server.base, '/api/calendar/issc-validity', { facts: {}, today: '22.11.2026' })).status).toBe(
      400,
    );
  });
});
