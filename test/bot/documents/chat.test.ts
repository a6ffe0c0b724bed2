/**
 * Documents through the chat API: a conversation that reaches a decision offering a file gets
 * download links tied to the conversation, and the server makes the file from the facts the
 * conversation holds — not from anything in the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotMessage } from '../../../content/types.js';
import type { TestServer } from './helpers.js';
import { get, parseIcs, pdfText, post, startServer } from './helpers.js';
import { SEA_TIME_D6_ANSWERS } from '../../fixtures/sea-time-answers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.app.close();
});

type Reply = { conversationId: string; locale: string; messages: BotMessage[] };
type Say = { text?: string; choice?: string };

async function chat(body: Record<string, unknown>): Promise<Reply> {
  const r = await post(server.base, '/api/chat', body);
  expect(r.status, r.text).toBe(200);
  return r.json as unknown as Reply;
}

/**
 * Ask `question`, pick `choice` whenever it is offered, and answer each asked fact from `answers`
 * until a decision comes; returns the conversation and its decision message.
 */
async function converse(
  question: string,
  choices: string[],
  answers: Record<string, Say>,
): Promise<{ id: string; decision: BotMessage; asked: string[] }> {
  let reply = await chat({ text: question });
  const asked: string[] = [];
  for (let turn = 0; turn < 40; turn++) {
    const decision = reply.messages.find((m) => m.decision);
    if (decision) return { id: reply.conversationId, decision, asked };
    const last = reply.messages.at(-1)!;
    let say: Say | undefined;
    if (last.ask) {
      asked.push(last.ask.fact);
      say = answers[last.ask.fact];
      if (!say) throw new Error(`no answer for ${last.ask.fact}`);
    } else {
      const offered = choices.find((c) => last.choices?.some((x) => x.id === c));
      if (!offered) throw new Error(`stuck at: ${last.text}`);
      say = { choice: offered };
    }
    reply = await chat({ conversationId: reply.conversationId, ...say });
  }
  throw new Error('no decision after 40 turns');
}

const SEA_TIME_ANSWERS: Readonly<Record<string, Say>> = SEA_TIME_D6_ANSWERS;

const seaTime = () =>
  // The answers are reviewed (and accepted) before the document is made.
  converse(
    'Hvordan skriver jeg en fartstidsbekreftelse?',
    ['topic:seatime.confirmation', 'review:ok'],
    SEA_TIME_ANSWERS,
  );
const issc = () =>
  converse(
    'Når skal mellomliggende verifikasjon av ISSC gjøres?',
    ['topic:isps.verification-dates', 'rule:issc-validity'],
    {
      certificateKind: { text: 'fulltids' },
      issueDate: { text: '2024-02-29' },
      expiryDate: { text: '2029-02-28' },
    },
  );

describe('a sea-time confirmation through the chat', () => {
  it('offers the PDF and the printable page, whose links download the finished confirmation', async () => {
    const { id, decision, asked } = await seaTime();
    expect(asked).toEqual(expect.arrayContaining(['seafarerName', 'callSign', 'signerIsSeafarer']));
    expect(decision.decision).toMatchObject({ status: 'decided', rule: 'sea-time-confirmation', outcome: 'complete' });
    const pdf = decision.attachments?.find((a) => a.kind === 'pdf');
    expect(pdf).toBeDefined();
    expect(pdf!.url).toBe(`/api/chat/${id}/attachments/sea-time-confirmation.pdf`);
    expect(pdf!.label.length).toBeGreaterThan(0);

    const file = await get(server.base, pdf!.url);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect(new TextDecoder().decode(file.bytes.slice(0, 4))).toBe('%PDF');
    const text = await pdfText(file.bytes);
    const values = (decision.decision as unknown as { values: { seaTimeDays: number } }).values;
    for (const value of [
      'Fartstidsbekreftelse',
      'Kari Nordmann',
      '17. april 1990',
      'lettmatros',
      'MS Havbris',
      'LK2345',
      '14,9 m',
      'Ola Hansen',
      String(values.seaTimeDays).replace('.', ','),
    ]) {
      expect(text).toContain(value);
    }

    const html = decision.attachments?.find((a) => a.kind === 'html');
    const page = await get(server.base, html!.url);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('LK2345');

    // The language can be chosen for the download.
    const english = await pdfText((await get(server.base, `${pdf!.url}?locale=en`)).bytes);
    expect(english).toContain('Sea-time confirmation');
  });

  it('re-decides from the conversation: after "back" the link gives 422, after "start over" 404', async () => {
    const { id, decision } = await seaTime();
    const url = decision.attachments!.find((a) => a.kind === 'pdf')!.url;
    await chat({ conversationId: id, choice: 'cmd:back' });
    const incomplete = await get(server.base, url);
    expect(incomplete.status).toBe(422);
    expect(incomplete.json!.decision).toMatchObject({ status: 'needs' });
    await chat({ conversationId: id, choice: 'cmd:restart' });
    expect((await get(server.base, url)).status).toBe(404);
  });

  it('gives no document for a conversation that is not on the rule, or unknown, or a file not offered', async () => {
    const { id } = await issc();
    expect((await get(server.base, `/api/chat/${id}/attachments/sea-time-confirmation.pdf`)).status).toBe(404);
    const unknown = await get(server.base, '/api/chat/no-such-conversation/attachments/sea-time-confirmation.pdf');
    expect(unknown.status).toBe(404);
    expect(typeof unknown.json?.error).toBe('string');
    expect((await get(server.base, `/api/chat/${id}/attachments/secrets.txt`)).status).toBe(404);
    expect((await get(server.base, `/api/chat/${id}/attachments/calendar.ics?locale=de`)).status).toBe(400);
  });

  it('gives 404 once the conversation is forgotten', async () => {
    const { id, decision } = await seaTime();
    const res = await fetch(`${server.base}/api/chat/${id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await get(server.base, decision.attachments![0]!.url)).status).toBe(404);
  });
});

describe('an ISSC through the chat', () => {
  it('offers a calendar file with the intermediate verification window and the expiry', async () => {
    const { id, decision } = await issc();
    expect(decision.decision).toMatchObject({ status: 'decided', rule: 'issc-validity' });
    const ics = decision.attachments?.find((a) => a.kind === 'ics');
    expect(ics?.url).toBe(`/api/chat/${id}/attachments/calendar.ics`);
    const file = await get(server.base, ics!.url);
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/calendar; charset=utf-8');
    const events = parseIcs(file.text);
    expect(events.map((e) => [e.start, e.end]).sort()).toEqual([
      ['2026-02-28', '2027-03-01'],
      ['2029-02-28', '2029-03-01'],
    ]);
  });

  it('offers no PDF with a decision that has no document', async () => {
    const { decision } = await issc();
    expect(decision.attachments?.map((a) => a.kind)).toEqual(['ics']);
  });
});
