/**
 * The Teams adapter over a real server on loopback: activities go through botbuilder's real
 * CloudAdapter, and replies are posted to a loopback stand-in for the Bot Connector service.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../bot/config.js';
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { createTurnCore } from '../../../bot/core/turn.js';
import { teamsConversationId, teamsPlugin } from '../../../bot/teams/index.js';
import { buildServer } from '../../../bot/web/server.js';
import type { Reply } from './connector-stand-in.js';
import { startConnectorStandIn } from './connector-stand-in.js';

type Card = {
  contentType: string;
  content: { buttons: { type: string; title: string; text: string; displayText: string; value: { choice: string } }[] };
};

let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
let core: TurnCore;
let reference: TurnCore;
let app: FastifyInstance;
let base: string;
let seq = 0;

/** Mounts the plugin unless buildServer already did (once it is wired in there). */
async function mount(server: FastifyInstance, config: ReturnType<typeof loadConfig>) {
  if (!server.hasRoute({ method: 'POST', url: '/api/messages' })) await server.register(teamsPlugin, { config, core });
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
/** A click on a card button: Teams sends the button's `text` and `value` (messageBack). */
const click = (conversationId: string, choice: string) => message(conversationId, { text: choice, value: { choice } });

const repliesTo = (activityId: string) => connector.replies.filter((r) => r.replyToId === activityId);
const buttonsOf = (r: Reply | undefined) =>
  ((r?.activity.attachments ?? []) as Card[]).flatMap((a) => a.content.buttons);
const choicesOf = (replies: Reply[]) => replies.flatMap((r) => buttonsOf(r).map((b) => b.value.choice));

beforeAll(async () => {
  connector = await startConnectorStandIn();
  const config = loadConfig({});
  const store = new MemoryStore();
  core = createTurnCore({ store, ttlSeconds: 1800 });
  reference = createTurnCore({ store: new MemoryStore(), ttlSeconds: 1800 });
  app = await buildServer({ config, store, core });
  await mount(app, config);
  base = await listen(app);
});

afterAll(async () => {
  await app.close();
  await connector.close();
});

describe('Teams, authentication off (emulator)', () => {
  it('answers a personal message with the choices as card buttons, without a token', async () => {
    const activity = message('a:personal-1', { text: 'Trenger båten min bemanningssertifikat?' });
    const r = await send(activity);
    expect(r.status).toBe(200);
    const replies = repliesTo(activity.id);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((x) => x.conversationId === 'a:personal-1' && x.authorization === undefined)).toBe(true);
    const last = replies.at(-1)!;
    expect((last.activity.attachments as Card[])[0]!.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(last).map((b) => [b.type, b.value.choice, b.text])).toEqual([
      ['messageBack', 'answer:NO', 'answer:NO'],
      ['messageBack', 'answer:foreign', 'answer:foreign'],
    ]);
    expect(replies.map((x) => x.activity.text).join('\n')).toContain(
      '[FOR-2009-06-18-666 § 1](https://lovdata.no/dokument/SF/forskrift/2009-06-18-666)',
    );
    expect(connector.other).toEqual([]);
    const id = teamsConversationId('a:personal-1');
    expect(id).toMatch(/^[A-Za-z0-9_.:-]{1,128}$/);
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
    const flag = click(id, 'answer:NO');
    await send(flag);
    expect(choicesOf(repliesTo(flag.id))).toContain('answer:cargo');
    const type = click(id, 'answer:cargo');
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

  it('refuses to answer a non-loopback service URL without authentication', async () => {
    const activity = message('a:personal-4', { text: 'hei', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    expect((await send(activity)).status).toBe(403);
    expect(repliesTo(activity.id)).toHaveLength(0);
  });
});

describe('Teams, authentication on', () => {
  it('rejects a request without a valid token with 401 and answers nothing', async () => {
    const config = loadConfig({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'secret',
    });
    const secured = await buildServer({ config, core });
    await mount(secured, config);
    const url = await listen(secured);
    // CloudAdapter reports the rejection on the console; keep the test output clean.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const activity = message('a:personal-5', { text: 'Trenger båten min bemanningssertifikat?' });
      expect((await send(activity, url)).status).toBe(401);
      // A token that is not even a JWT is refused before any key lookup (which would leave loopback).
      expect((await send(activity, url, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
      expect(repliesTo(activity.id)).toHaveLength(0);
    } finally {
      consoleError.mockRestore();
      await secured.close();
    }
  });
});
