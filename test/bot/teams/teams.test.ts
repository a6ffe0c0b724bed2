/**
 * The Teams adapter over a real server on loopback: activities go through botbuilder's real
 * CloudAdapter, and replies are posted to a loopback stand-in for the Bot Connector service.
 */
import { createHmac } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../bot/config.js';
import { conversationIds } from '../../../bot/core/conversation-ids.js';
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { createTurnCore } from '../../../bot/core/turn.js';
import { buildApp } from '../../../bot/main.js';
import { teamsConversationId } from '../../../bot/teams/index.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import { choicesOf, submitsOf } from './card-reading.js';

let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
let core: TurnCore;
let reference: TurnCore;
let app: FastifyInstance;
let base: string;
let seq = 0;
const LOSEN_SECRET = 'a-test-key-for-losen-conversation-ids';
const ids = conversationIds(LOSEN_SECRET);

/** The whole server (as `npm start` composes it) for `env`, with its JSON log lines collected. */
async function compose(env: Record<string, string>) {
  const lines: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
  });
  const config = loadConfig({ LOSEN_SECRET, ...env });
  const built = await buildApp({ config, store: new MemoryStore(), logger: { stream }, triage: 'in-process' });
  return { ...built, lines };
}

async function listen(server: FastifyInstance) {
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function send(activity: Record<string, unknown>, url = base, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  return { status: res.status, body: await res.text() };
}

/** A message activity as Teams sends it to the bot. */
function message(conversationId: string, fields: Record<string, unknown>) {
  return {
    type: 'message',
    id: `act-${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: '29:kari', name: 'Kari Nordmann' },
    recipient: { id: '28:losen', name: 'Losen' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
    locale: 'nb-NO',
    ...fields,
  };
}
/** A click on a card's choice: Teams sends the `Action.Submit` data as the activity's value. */
const click = (conversationId: string, replies: ReturnType<typeof repliesTo>, choice: string) => {
  const data = submitsOf(replies).find((d) => d.choice === choice);
  if (!data) throw new Error(`no button ${choice}`);
  return message(conversationId, { value: data });
};

const repliesTo = (activityId: string) => connector.replies.filter((r) => r.replyToId === activityId);

beforeAll(async () => {
  connector = await startConnectorStandIn();
  reference = createTurnCore({ store: new MemoryStore(), ttlSeconds: 1800 });
  ({ app, core } = await compose({ TEAMS_LOCAL: '1' }));
  base = await listen(app);
});

afterAll(async () => {
  await app.close();
  await connector.close();
});

describe('Teams, local (TEAMS_LOCAL=1, emulator)', () => {
  it('answers a personal message with the choices as card buttons, without a token', async () => {
    const activity = message('a:personal-1', { text: 'Trenger båten min bemanningssertifikat?' });
    const r = await send(activity);
    expect(r.status).toBe(200);
    const replies = repliesTo(activity.id);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((x) => x.conversationId === 'a:personal-1' && x.authorization === undefined)).toBe(true);
    const last = replies.at(-1)!;
    expect((last.activity.attachments as { contentType: string }[])[0]!.contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(choicesOf([last])).toEqual(['answer:NO', 'answer:foreign']);
    expect(replies.map((x) => x.activity.text).join('\n')).toContain(
      '[FOR-2009-06-18-666 § 1](https://lovdata.no/dokument/SF/forskrift/2009-06-18-666)',
    );
    expect(connector.other).toEqual([]);
    const id = teamsConversationId(ids, 'a:personal-1');
    expect(await core.conversationRule(id)).toBeDefined();
  });

  it('answers a re-sent activity (same id) once', async () => {
    const activity = message('a:personal-dup', { text: 'Trenger båten min bemanningssertifikat?' });
    expect((await send(activity)).status).toBe(200);
    const count = repliesTo(activity.id).length;
    expect(count).toBeGreaterThan(0);
    expect((await send(activity)).status).toBe(200);
    expect(repliesTo(activity.id)).toHaveLength(count);
  });

  it('answers a channel @mention in its thread, without the mention text', async () => {
    const thread = '19:abc@thread.tacv2;messageid=1700000000000';
    const activity = message(thread, {
      conversation: { id: thread, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      text: '<at>Losen</at> Trenger båten min bemanningssertifikat?',
      entities: [{ type: 'mention', mentioned: { id: '28:losen', name: 'Losen' }, text: '<at>Losen</at>' }],
    });
    expect((await send(activity)).status).toBe(200);
    const replies = repliesTo(activity.id);
    expect(replies.every((x) => x.conversationId === thread)).toBe(true);
    expect(choicesOf(replies)).toEqual(['answer:NO', 'answer:foreign']);
  });

  it('completes the manning-certificate flow in nb with clicks and text', async () => {
    const steps = [
      { text: 'Trenger båten min bemanningssertifikat?' },
      { choice: 'answer:NO' },
      { choice: 'answer:cargo' },
      { text: '45 BT' },
    ];
    let expected: Awaited<ReturnType<typeof reference.handleTurn>> | undefined;
    for (const step of steps) expected = await reference.handleTurn({ conversationId: 'ref', ...step });
    const decision = expected!.messages.find((m) => m.decision)!;

    const id = 'a:personal-flow';
    const first = message(id, { text: 'Trenger båten min bemanningssertifikat?' });
    await send(first);
    expect(choicesOf(repliesTo(first.id))).toContain('answer:NO');
    const flag = click(id, repliesTo(first.id), 'answer:NO');
    await send(flag);
    expect(choicesOf(repliesTo(flag.id))).toContain('answer:cargo');
    const type = click(id, repliesTo(flag.id), 'answer:cargo');
    await send(type);
    expect(choicesOf(repliesTo(type.id))).toEqual([]);
    const gt = message(id, { text: '45 BT' });
    await send(gt);
    const answer = repliesTo(gt.id);
    expect(answer.map((r) => r.activity.text).join('\n')).toContain(decision.text.split('\n')[0]);
    expect(choicesOf(answer)).toContain('cmd:restart');
  });

  it('ignores activities other than messages', async () => {
    const update = { ...message('a:personal-3', {}), type: 'conversationUpdate', membersAdded: [{ id: '28:losen' }] };
    expect((await send(update)).status).toBe(200);
    expect(repliesTo(update.id)).toHaveLength(0);
  });

  it.each([
    ['a public host', 'https://smba.trafficmanager.net/emea/'],
    ['another scheme', 'ftp://127.0.0.1/'],
    ['a bracketed IPv6 loopback', 'http://[::1]:1/'],
    ['credentials in the URL', 'http://user:pass@127.0.0.1:1/'],
    ['no URL at all', 'not a url'],
  ])('refuses a serviceUrl with %s, posting nothing', async (_name, serviceUrl) => {
    const activity = message('a:personal-4', { text: 'hei', serviceUrl });
    const r = await send(activity);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error).toBeTypeOf('string');
    expect(repliesTo(activity.id)).toHaveLength(0);
  });

  it.each([
    ['127.1', (port: string) => `http://127.1:${port}`],
    ['0x7f000001', (port: string) => `http://0x7f000001:${port}`],
    ['localhost', (port: string) => `http://localhost:${port}`],
    ['a query and a fragment', (port: string) => `http://127.0.0.1:${port}/?x=1#y`],
  ])('answers a loopback serviceUrl written as %s, at the loopback address', async (_name, url) => {
    const activity = message(`a:personal-${_name}`, { text: 'hei', serviceUrl: url(new URL(connector.url).port) });
    const r = await send(activity);
    expect(r.status).toBe(200);
    expect(repliesTo(activity.id).length).toBeGreaterThan(0);
    expect(connector.other).toEqual([]);
  });

  it('answers 502, not 500, when the reply cannot be delivered, and logs why', async () => {
    const activity = message('a:personal-gone', { text: 'hei', serviceUrl: 'http://127.0.0.1:9/' });
    const r = await send(activity);
    expect(r.status).toBe(502);
    expect(JSON.parse(r.body).error).toBeTypeOf('string');
  });

  it("keeps a Teams conversation out of the web API's reach", async () => {
    const activity = message('a:personal-web', { text: 'Trenger båten min bemanningssertifikat?' });
    await send(activity);
    const id = teamsConversationId(ids, 'a:personal-web');
    expect(await core.conversationRule(id)).toBeDefined();
    const chat = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: id, choice: 'answer:NO' }),
    });
    expect((await chat.json()).conversationId).not.toBe(id);
    expect((await fetch(`${base}/api/chat/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect(await core.conversationRule(id)).toBeDefined();
  });
  it("links a Teams conversation's files through a download token that works, and only for files", async () => {
    const id = teamsConversationId(ids, 'a:personal-files');
    await core.handleTurn({ conversationId: id, text: 'Hvor lenge gjelder helseerklæringen min?' });
    await core.handleTurn({ conversationId: id, text: '2025-03-01' });
    const decided = await core.handleTurn({ conversationId: id, text: '30' });
    const url = decided.messages.flatMap((m) => m.attachments ?? []).find((a) => a.kind === 'ics')?.url ?? '';
    expect(url).toMatch(/^\/api\/files\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}\/attachments\/calendar\.ics$/);
    expect(url).not.toContain(id);
    const file = await fetch(`${base}${url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/);
    // The token is no conversation id: the chat API does not take it.
    const token = url.split('/')[3] ?? '';
    expect((await fetch(`${base}/api/chat/${token}`, { method: 'DELETE' })).status).not.toBe(204);
    expect((await fetch(`${base}/api/files/${token.slice(0, -2)}xx/attachments/calendar.ics`)).status).toBe(404);
  });
});

describe('Teams, not configured', () => {
  it('has no /api/messages without MicrosoftAppId or TEAMS_LOCAL', async () => {
    const off = await compose({});
    const r = await off.app.inject({ method: 'POST', url: '/api/messages', payload: message('a:x', { text: 'hei' }) });
    expect(r.statusCode).toBe(404);
    await off.app.close();
  });

  it('limits requests per sending address on /api/messages', async () => {
    const limited = await compose({ TEAMS_LOCAL: '1', CHANNEL_RATE_LIMIT_PER_MINUTE: '2' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const update = { ...message(`a:rl-${i}`, {}), type: 'conversationUpdate' };
      statuses.push((await limited.app.inject({ method: 'POST', url: '/api/messages', payload: update })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 429]);
    await limited.app.close();
  });
});

/** A JWT-shaped token signed with a key the Bot Framework never issued. */
function forgedToken(appId: string, serviceUrl: string) {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = part({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' });
  const now = Math.floor(Date.now() / 1000);
  const body = part({
    iss: 'https://api.botframework.com',
    aud: appId,
    exp: now + 3600,
    nbf: now - 60,
    serviceurl: serviceUrl,
  });
  return `${head}.${body}.${createHmac('sha256', 'forger').update(`${head}.${body}`).digest('base64url')}`;
}

describe('Teams, authentication on', () => {
  const APP_ID = '00000000-0000-0000-0000-000000000001';
  const SERVICE = 'https://smba.trafficmanager.net/emea/';

  it('refuses a request without a valid token with 401, answers nothing, and keeps the console quiet', async () => {
    const secured = await compose({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    const url = await listen(secured.app);
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    try {
      const activity = message('a:personal-5', {
        text: 'Trenger båten min bemanningssertifikat?',
        serviceUrl: SERVICE,
      });
      expect((await send(activity, url)).status).toBe(401);
      // A token that is not even a JWT is refused before any key lookup (which would leave loopback).
      expect((await send(activity, url, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
      // A forged JWT: refused whether or not the Bot Framework's keys can be fetched from here.
      const forged = await send(activity, url, { authorization: `Bearer ${forgedToken(APP_ID, SERVICE)}` });
      expect(forged.status).toBe(401);
      expect(JSON.parse(forged.body)).toEqual({ error: 'Unauthorized' });
      expect(repliesTo(activity.id)).toHaveLength(0);
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
      // botbuilder's reasons, with their stack traces, are in the JSON log instead.
      const refused = secured.lines.filter((l) => l.msg === 'Teams request refused');
      expect(refused.length).toBeGreaterThanOrEqual(3);
      expect(refused.every((l) => typeof (l.err as { stack?: unknown }).stack === 'string')).toBe(true);
    } finally {
      consoleError.mockRestore();
      consoleWarn.mockRestore();
      await secured.app.close();
    }
  });

  it('answers only Bot Framework service hosts, before looking at the token', async () => {
    const secured = await compose({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    const url = await listen(secured.app);
    try {
      const local = message('a:personal-6', { text: 'hei' }); // the loopback stand-in
      expect((await send(local, url, { authorization: `Bearer ${forgedToken(APP_ID, connector.url)}` })).status).toBe(
        403,
      );
      expect(repliesTo(local.id)).toHaveLength(0);
    } finally {
      await secured.app.close();
    }
  });
});
