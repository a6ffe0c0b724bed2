/**
 * The documents in nynorsk (språklova § 15: a reply in the reader's own written standard): the
 * sea-time confirmation as PDF and printable page, the calendar reminders, and the files a
 * nynorsk conversation links to. PDFs are read back with pdfjs and calendars with ical.js; the
 * checks are on the nynorsk labels of `content/documents`, and on no bokmål label being left.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTexts } from '../../../content/documents/index.js';
import type { BotMessage } from '../../../content/types.js';
import { date, decide } from '../../../rules/index.js';
import type { TestServer } from './helpers.js';
import { D6_FACTS, MATROS_FACTS, TODAY, get, parseIcs, pdfText, post, startServer } from './helpers.js';
import { SEA_TIME_D6_ANSWERS, type SeaTimeStep } from '../../fixtures/sea-time-answers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.app.close();
});

const PATH = '/api/documents/sea-time-confirmation';
const nn = documentTexts('nn');
const nb = documentTexts('nb');

/** The bokmål labels that nynorsk writes differently: none of them may be left in a nynorsk document. */
const bokmalOnly = <K extends string>(nnLabels: Record<K, string>, nbLabels: Record<K, string>): string[] =>
  (Object.keys(nbLabels) as K[]).filter((k) => nbLabels[k] !== nnLabels[k]).map((k) => nbLabels[k]);

describe('the sea-time confirmation in nynorsk', () => {
  it('writes the PDF in nynorsk: title, sections, every row, units and the signature block', async () => {
    const r = await post(server.base, PATH, { facts: MATROS_FACTS, locale: 'nn' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="${nn.confirmation.fileName}.pdf"`);
    const text = await pdfText(r.bytes);
    const t = nn.confirmation;
    for (const label of [
      t.title,
      ...Object.values(t.sections),
      t.rows.seafarerName,
      t.rows.days,
      t.rows.vesselName,
      t.rows.grossTonnage,
      t.rows.tradingArea,
      t.signature,
      t.placeAndDate,
      `${MATROS_FACTS.hoursPerDay} ${t.units.hours}`,
      date('1990-04-17').nn,
    ])
      expect(text).toContain(label);
    for (const label of [nb.confirmation.title, ...bokmalOnly(t.rows, nb.confirmation.rows)])
      expect(text).not.toContain(label);
    // The PDF says which language it is in, for screen readers and search.
    const doc = await getDocument({ data: new Uint8Array(r.bytes), verbosity: 0, isEvalSupported: false }).promise;
    expect((await doc.getMetadata()).info).toMatchObject({ Language: 'nn-NO' });
    await doc.destroy();
  });

  it('writes the printable page in nynorsk, marked lang="nn"', async () => {
    const r = await post(server.base, PATH, { facts: D6_FACTS, locale: 'nn', format: 'html' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('<html lang="nn">');
    for (const label of [nn.confirmation.title, nn.confirmation.printHint, nn.confirmation.rows.vesselName])
      expect(r.text).toContain(label);
    expect(r.text).not.toContain(nb.confirmation.title);
  });

  it('says in nynorsk that a document cannot be made yet', async () => {
    const { callSign: _c, ...facts } = D6_FACTS;
    const r = await post(server.base, PATH, { facts, locale: 'nn' });
    expect(r.status).toBe(422);
    const [lead] = nn.errors.needs('\u0000').split('\u0000');
    expect(String(r.json?.error)).toContain(lead);
  });
});

describe('calendar reminders in nynorsk', () => {
  it('names the calendar and the health certificate reminder in nynorsk', async () => {
    const facts = { issueDate: '2026-01-15', ageAtIssue: 30 };
    const decision = decide('health-certificate', facts, { today: TODAY });
    expect(decision).toMatchObject({ status: 'decided', outcome: 'valid' });
    const r = await post(server.base, '/api/calendar/health-certificate', { facts, locale: 'nn' });
    expect(r.status, r.text).toBe(200);
    expect(r.text).toContain(nn.calendar.name);
    const [event] = parseIcs(r.text);
    expect(event?.summary).toBe(nn.calendar.title['health-expiry']);
    expect(event?.description).toContain(nn.calendar.sources);
    expect(event?.alarms.length).toBeGreaterThan(0);
    for (const alarm of event?.alarms ?? []) expect(alarm.description).toContain(nn.calendar.title['health-expiry']);
  });
});

describe('a nynorsk conversation that ends in a sea-time confirmation', () => {
  type Reply = { conversationId: string; locale: string; messages: BotMessage[] };
  // The bokmål fixture's answers, with bare numbers where it writes a bokmål unit («60 dager»).
  const ANSWERS: Readonly<Record<string, SeaTimeStep>> = {
    ...SEA_TIME_D6_ANSWERS,
    days: { text: '60' },
    hoursPerDay: { text: '12' },
    lengthOverall: { text: '14,9' },
  };

  async function chat(body: Record<string, unknown>): Promise<Reply> {
    const r = await post(server.base, '/api/chat', { ...body, locale: 'nn' });
    expect(r.status, r.text).toBe(200);
    return r.json as unknown as Reply;
  }

  it('links the files with nynorsk labels, and they download in nynorsk', async () => {
    let reply = await chat({ choice: 'topic:seatime.confirmation' });
    let decision: BotMessage | undefined;
    for (let turn = 0; turn < 30 && !decision; turn++) {
      expect(reply.locale).toBe('nn');
      decision = reply.messages.find((m) => m.decision);
      if (decision) break;
      // The answers are reviewed before the document is made.
      if (reply.messages.at(-1)?.review) {
        reply = await chat({ conversationId: reply.conversationId, choice: 'review:ok' });
        continue;
      }
      const asked = reply.messages.at(-1)?.ask?.fact;
      if (!asked) break;
      const answer = ANSWERS[asked];
      if (!answer) throw new Error(`no answer for ${asked}`);
      reply = await chat({ conversationId: reply.conversationId, ...answer });
    }
    expect(decision?.decision).toMatchObject({ rule: 'sea-time-confirmation', outcome: 'complete' });
    const labels = (decision?.attachments ?? []).map((a) => a.label);
    expect(labels).toEqual([nn.attachments['sea-time-confirmation.pdf'], nn.attachments['sea-time-confirmation.html']]);

    const pdf = decision?.attachments?.find((a) => a.kind === 'pdf');
    const file = await get(server.base, pdf?.url ?? '');
    expect(file.status).toBe(200);
    const text = await pdfText(file.bytes);
    expect(text).toContain(nn.confirmation.title);
    expect(text).not.toContain(nb.confirmation.title);
  });
});
