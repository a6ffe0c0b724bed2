/**
 * The Slack adapter over a real server on loopback: requests signed with a real HMAC, Bolt's real
 * processing, and a loopback stand-in for the Slack Web API. Only the transport is faked.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/config.js';
import { conversationIds } from '../../../bot/core/conversation-ids.js';
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { createTurnCore } from '../../../bot/core/turn.js';
import { buildApp } from '../../../bot/main.js';
import { slackConversationId, slackEnabled } from '../../../bot/slack/index.js';
import type { Call } from './slack-stand-in.js';
import { sleep, slackSignature, startSlackStandIn, waitFor } from './slack-stand-in.js';

const SECRET = 'test-signing-secret';
const LOSEN_SECRET = 'a-test-key-for-losen-conversation-ids';
const ids = conversationIds(LOSEN_SECRET);
/** Lines the server logged (JSON). */
const logged: Record<string, unknown>[] = [];
type Block = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text: string | { text: string } }[];
};

let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
let app: FastifyInstance;
let base: string;
let core: TurnCore;
let reference: TurnCore;

const now = () => Math.floor(Date.now() / 1000);
let seq = 0;
/** A fresh Slack timestamp, so every test has threads of its own. */
const nextTs = () => `17000${String(++seq).padStart(5, '0')}.000200`;

async function post(
  body: string,
  contentType: string,
  options: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
) {
  const timestamp = options.timestamp ?? now();
  const started = Date.now();
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text(), ms: Date.now() - started };
}

const postJson = (payload: unknown, options?: Parameters<typeof post>[2]) =>
  post(JSON.stringify(payload), 'application/json', options);
const postForm = (fields: Record<string, string>, options?: Parameters<typeof post>[2]) =>
  post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);

function eventCallback(event: Record<string, unknown>, eventId = `Ev${nextTs().replace('.', '')}`) {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: now(),
    event,
  };
}
const dm = (text: string, ts: string, extra: Record<string, unknown> = {}) =>
  eventCallback({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text, ts, event_ts: ts, ...extra });

const posts = (thread: string) =>
  slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === thread);
const nthPost = (thread: string, n: number) => waitFor(() => posts(thread)[n - 1]);
const blocksOf = (call: Call) => call.body.blocks as Block[];
const buttons = (call: Call) =>
  blocksOf(call)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
const button = (call: Call, value: string) => {
  const found = buttons(call).find((e) => e.value === value);
  if (!found) throw new Error(`no button ${value}`);
  return found;
};

/** A click on a button of a message the bot posted in `thread`, as Slack sends it. */
function click(call: Call, value: string, ts: string) {
  const b = button(call, value);
  return {
    type: 'block_actions',
    token: 'legacy',
    api_app_id: 'A1',
    trigger_id: `trig-${ts}`,
    team: { id: 'T1', domain: 'sdir' },
    user: { id: 'U1', username: 'kari', team_id: 'T1' },
    channel: { id: call.body.channel, name: 'directmessage' },
    container: {
      type: 'message',
      message_ts: ts,
      channel_id: call.body.channel,
      is_ephemeral: false,
      thread_ts: call.body.thread_ts,
    },
    message: {
      type: 'message',
      user: 'UBOT',
      ts,
      thread_ts: call.body.thread_ts,
      text: call.body.text,
      blocks: call.body.blocks,
    },
    response_url: slack.responseUrl(`click-${ts}`),
    actions: [
      { type: 'button', action_id: b.action_id, block_id: 'b1', value: b.value, text: b.text, action_ts: `${now()}.1` },
    ],
  };
}

beforeAll(async () => {
  slack = await startSlackStandIn();
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: slack.apiUrl,
    LOSEN_SECRET,
  });
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logged.push(JSON.parse(line));
  });
  reference = createTurnCore({ store: new MemoryStore(), ttlSeconds: 1800 });
  ({ app, core } = await buildApp({ config, store: new MemoryStore(), logger: { stream }, triage: 'in-process' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
  await slack.close();
});

describe('Slack events', () => {
  it('answers a direct message in its thread, with sources as links and choices as buttons', async () => {
    const ts = nextTs();
    const r = await postJson(dm('Trenger båten min bemanningssertifikat?', ts));
    expect(r.status).toBe(200);
    const reply = await nthPost(ts, 1);
    expect(reply.body).toMatchObject({ channel: 'D1', thread_ts: ts });
    expect(reply.authorization).toBe('Bearer xoxb-test');
    expect(reply.body.text).toMatch(/bemanningssertifikat/);
    expect(buttons(reply).map((e) => e.value)).toEqual(['answer:NO', 'answer:foreign']);
    const actionIds = buttons(reply).map((e) => e.action_id);
    expect(new Set(actionIds).size).toBe(actionIds.length);
    const context = JSON.stringify(blocksOf(reply).filter((b) => b.type === 'context'));
    expect(context).toContain('<https://lovdata.no/dokument/SF/forskrift/2009-06-18-666|FOR-2009-06-18-666 § 1>');
    // The plain-text source line is replaced by the links, not repeated.
    expect(JSON.stringify(blocksOf(reply).filter((b) => b.type === 'section'))).not.toContain('FOR-2009-06-18-666');
    // The thread's conversation is stored under an id keyed with LOSEN_SECRET.
    const id = slackConversationId(ids, 'T1', 'D1', ts);
    expect(id).not.toContain(ts);
    expect(slackConversationId(conversationIds('another key of sixteen+'), 'T1', 'D1', ts)).not.toBe(id);
    expect(await core.conversationRule(id)).toBeDefined();
  });

  it("keeps a thread's conversation out of the web API's reach", async () => {
    const ts = nextTs();
    await postJson(dm('Trenger båten min bemanningssertifikat?', ts));
    await nthPost(ts, 1);
    const id = slackConversationId(ids, 'T1', 'D1', ts);
    const before = await core.conversationRule(id);
    expect(before).toBeDefined();
    const chat = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: id, choice: 'answer:NO' }),
    });
    expect(chat.status).toBe(200);
    expect((await chat.json()).conversationId).not.toBe(id);
    expect((await fetch(`${base}/api/chat/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${base}/api/chat/${id}/attachments/calendar.ics`)).status).toBe(404);
    expect(await core.conversationRule(id)).toEqual(before);
  });

  it.each([
    ['an @mention without text', { type: 'app_mention', channel: 'C1', user: 'U1' }],
    [
      'an @mention without a channel',
      { type: 'app_mention', user: 'U1', text: '<@UBOT> Trenger båten min bemanningssertifikat?' },
    ],
    [
      'a direct message without a channel',
      { type: 'message', channel_type: 'im', user: 'U1', text: 'Trenger båten min bemanningssertifikat?' },
    ],
  ])('acknowledges %s, posts nothing, and logs no failure', async (_name, event) => {
    const ts = nextTs();
    const failures = () => logged.filter((l) => (l.level as number) >= 50 && l.channel === 'slack').length;
    const before = failures();
    const calls = slack.calls.length;
    expect((await postJson(eventCallback({ ...event, ts, event_ts: ts }))).status).toBe(200);
    await sleep(300);
    expect(failures()).toBe(before);
    expect(slack.calls.slice(calls).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('rejects a correctly signed request from more than 5 minutes in the future', async () => {
    const ts = nextTs();
    const r = await postJson(dm('Trenger båten min bemanningssertifikat?', ts), { timestamp: now() + 6 * 60 });
    expect(r.status).toBe(401);
    await sleep(200);
    expect(posts(ts)).toHaveLength(0);
  });

  it("names Slack's own body limit when a request is too large", async () => {
    const r = await post('x'.repeat(600 * 1024), 'application/json');
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error).toContain(String(512 * 1024));
  });

  it('reads a huge direct message only as far as the limit', async () => {
    const ts = nextTs();
    // An English question within the first 2000 characters, then far more Norwegian about another topic.
    const english = 'Does my ship need a minimum safe manning document?'.padEnd(2000, ' .');
    const text = `${english}${' Hvor lenge gjelder helseerklæringen min?'.repeat(11_000)}`;
    expect((await postJson(dm(text, ts))).status).toBe(200);
    const reply = await nthPost(ts, 1);
    expect(buttons(reply).map((e) => e.value)).toEqual(['answer:NO', 'answer:foreign']);
    expect(reply.body.text).toMatch(/flag/i);
  });

  it('rejects a bad signature with 401 and answers nothing', async () => {
    const ts = nextTs();
    const r = await postJson(dm('Trenger båten min bemanningssertifikat?', ts), { signature: `v0=${'0'.repeat(64)}` });
    expect(r.status).toBe(401);
    const unsigned = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(dm('hei', ts)),
    });
    expect(unsigned.status).toBe(401);
    await sleep(200);
    expect(posts(ts)).toHaveLength(0);
  });

  it('rejects a correctly signed request older than 5 minutes', async () => {
    const ts = nextTs();
    const r = await postJson(dm('Trenger båten min bemanningssertifikat?', ts), { timestamp: now() - 6 * 60 });
    expect(r.status).toBe(401);
    await sleep(200);
    expect(posts(ts)).toHaveLength(0);
  });

  it('answers a retried event once', async () => {
    const ts = nextTs();
    const event = dm('Trenger båten min bemanningssertifikat?', ts);
    expect((await postJson(event)).status).toBe(200);
    const retry = await postJson(event, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await nthPost(ts, 1);
    await sleep(200);
    expect(posts(ts)).toHaveLength(1);
  });

  it('acknowledges within 3 s even when the Web API is slow, and still answers', async () => {
    const ts = nextTs();
    slack.delayOnce('chat.postMessage', 4000);
    const r = await postJson(dm('Trenger båten min bemanningssertifikat?', ts));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    await waitFor(() => posts(ts)[0], 8000);
  });

  it('answers an @mention in a channel in its thread, without the mention', async () => {
    const ts = nextTs();
    await postJson(
      eventCallback({
        type: 'app_mention',
        channel: 'C1',
        user: 'U1',
        text: '<@UBOT> Trenger båten min bemanningssertifikat?',
        ts,
        event_ts: ts,
      }),
    );
    const reply = await nthPost(ts, 1);
    expect(reply.body.channel).toBe('C1');
    expect(buttons(reply).map((e) => e.value)).toEqual(['answer:NO', 'answer:foreign']);
  });

  it.each([
    ['another bot', { bot_id: 'B2' }],
    ['itself', { user: 'UBOT', bot_id: 'BBOT' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a channel message (not a DM)', { channel_type: 'channel', channel: 'C1' }],
  ])('ignores a message from %s', async (_name, extra) => {
    const ts = nextTs();
    expect((await postJson(dm('Trenger båten min bemanningssertifikat?', ts, extra))).status).toBe(200);
    await sleep(200);
    expect(posts(ts)).toHaveLength(0);
  });

  it("answers Slack's URL verification and SSL check", async () => {
    const r = await postJson({ type: 'url_verification', token: 'legacy', challenge: 'abc123' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ challenge: 'abc123' });
    const ssl = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=x',
    });
    expect(ssl.status).toBe(200);
  });

  it('leaves the JSON parsing of the other routes alone', async () => {
    const r = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hei' }),
    });
    expect(r.status).toBe(200);
    expect((await r.json()).messages.length).toBeGreaterThan(0);
  });

  it('rejects a signed body that is not an object with 400', async () => {
    expect((await post('[1,2]', 'application/json')).status).toBe(400);
    expect((await post('{"a":', 'application/json')).status).toBe(400);
  });
});

describe('Slack guided flow', () => {
  it('completes the manning-certificate flow with buttons and text, in one thread', async () => {
    const thread = nextTs();
    const steps = [
      { text: 'Trenger båten min bemanningssertifikat?' },
      { choice: 'answer:NO' },
      { choice: 'answer:cargo' },
      { text: '45 BT' },
    ];
    let expected: Awaited<ReturnType<typeof reference.handleTurn>> | undefined;
    for (const step of steps) expected = await reference.handleTurn({ conversationId: 'ref', ...step });
    const decision = expected!.messages.find((m) => m.decision)!;

    await postJson(dm('Trenger båten min bemanningssertifikat?', thread));
    const first = await nthPost(thread, 1);
    const firstTs = '1900000001.000100';
    expect((await postForm({ payload: JSON.stringify(click(first, 'answer:NO', firstTs)) })).status).toBe(200);
    const second = await nthPost(thread, 2);
    expect(buttons(second).map((e) => e.value)).toContain('answer:cargo');
    // The clicked message loses its buttons and shows the choice.
    const update = await waitFor(() => slack.calls.find((c) => c.method === 'chat.update' && c.body.ts === firstTs));
    expect(blocksOf(update).some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(update.body.blocks)).toContain('Norsk flagg');

    await postForm({ payload: JSON.stringify(click(second, 'answer:cargo', '1900000002.000100')) });
    await nthPost(thread, 3);
    const replyTs = nextTs();
    await postJson(dm('45 BT', replyTs, { thread_ts: thread }));
    const last = await nthPost(thread, 4);
    expect(last.body.text).toContain(decision.text.split('\n')[0]);
    expect(buttons(last).map((e) => e.value)).toContain('cmd:restart');
  });

  it('answers a second click on the same message once', async () => {
    const thread = nextTs();
    await postJson(dm('Trenger båten min bemanningssertifikat?', thread));
    const first = await nthPost(thread, 1);
    const payload = JSON.stringify(click(first, 'answer:NO', '1900000003.000100'));
    await postForm({ payload });
    await postForm({ payload });
    await nthPost(thread, 2);
    await sleep(200);
    expect(posts(thread)).toHaveLength(2);
  });
});

describe('/losen', () => {
  it('answers the question privately through the response URL, and continues on a click', async () => {
    const r = await postForm({
      token: 'legacy',
      command: '/losen',
      text: 'Trenger båten min bemanningssertifikat?',
      team_id: 'T1',
      team_domain: 'sdir',
      channel_id: 'C9',
      channel_name: 'general',
      user_id: 'U7',
      user_name: 'ola',
      api_app_id: 'A1',
      response_url: slack.responseUrl('cmd-1'),
      trigger_id: 'trig-cmd-1',
    });
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(3000);
    const responded = () => slack.calls.filter((c) => c.method === 'respond');
    const answer = await waitFor(() => responded()[0]);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    expect(buttons(answer).map((e) => e.value)).toEqual(['answer:NO', 'answer:foreign']);

    const b = button(answer, 'answer:NO');
    await postForm({
      payload: JSON.stringify({
        type: 'block_actions',
        token: 'legacy',
        api_app_id: 'A1',
        trigger_id: 'trig-2',
        team: { id: 'T1', domain: 'sdir' },
        user: { id: 'U7', username: 'ola', team_id: 'T1' },
        channel: { id: 'C9', name: 'general' },
        container: { type: 'message', message_ts: '1900000009.000100', channel_id: 'C9', is_ephemeral: true },
        response_url: slack.responseUrl('click-eph'),
        actions: [
          { type: 'button', action_id: b.action_id, block_id: 'b1', value: b.value, text: b.text, action_ts: '1.1' },
        ],
      }),
    });
    const next = await waitFor(() => responded()[1]);
    expect(buttons(next).map((e) => e.value)).toContain('answer:cargo');
  });
});

describe('configuration', () => {
  it('is enabled only with both the signing secret and the bot token', async () => {
    expect(slackEnabled(loadConfig({ SLACK_SIGNING_SECRET: 's' }))).toBe(false);
    expect(slackEnabled(loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb' }))).toBe(true);
    const off = await buildApp({ config: loadConfig({}), store: new MemoryStore(), triage: 'in-process' });
    const r = await off.app.inject({ method: 'POST', url: '/slack/events', payload: {} });
    expect(r.statusCode).toBe(404);
    await off.app.close();
  });

  it('limits requests per sending address on /slack/events', async () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: slack.apiUrl,
      CHANNEL_RATE_LIMIT_PER_MINUTE: '2',
    });
    const limited = await buildApp({ config, store: new MemoryStore(), triage: 'in-process' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const body = JSON.stringify({ type: 'url_verification', token: 'legacy', challenge: `c${i}` });
      const timestamp = now();
      const r = await limited.app.inject({
        method: 'POST',
        url: '/slack/events',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': slackSignature(SECRET, timestamp, body),
        },
        payload: body,
      });
      statuses.push(r.statusCode);
    }
    expect(statuses).toEqual([200, 200, 429]);
    await limited.app.close();
  });
});
