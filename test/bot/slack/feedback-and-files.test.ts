/**
 * Slack 👍/👎, the comment form, insights, and documents uploaded into the thread, over a real
 * server on loopback: requests signed with a real HMAC, Bolt's real processing and Web API client
 * (files.uploadV2 included), and a loopback stand-in for Slack's side. Only the transport is faked.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelTexts } from '../../../content/channels.js';
import { loadConfig } from '../../../bot/config.js';
import { conversationIds } from '../../../bot/core/conversation-ids.js';
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { buildApp } from '../../../bot/main.js';
import { slackConversationId } from '../../../bot/slack/index.js';
import { FEEDBACK_BLOCK } from '../../../bot/slack/render.js';
import type { Step } from '../teams/sea-time-flow.js';
import { seaTimeSteps, upToLastStep } from '../teams/sea-time-flow.js';
import type { Call } from './slack-stand-in.js';
import { sleep, slackSignature, startSlackStandIn, waitFor } from './slack-stand-in.js';

const SECRET = 'test-signing-secret';
const LOSEN_SECRET = 'a-test-key-for-losen-conversation-ids';
const ids = conversationIds(LOSEN_SECRET);
const QUESTION = 'Trenger båten min bemanningssertifikat?';

type Element = { action_id?: string; value?: string; text?: string | { text: string } };
type Block = { type: string; block_id?: string; elements?: Element[] };

let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
let app: FastifyInstance;
let core: TurnCore;
let base: string;
let steps: Step[];
let seq = 0;

const now = () => Math.floor(Date.now() / 1000);
const nextTs = () => `17100${String(++seq).padStart(5, '0')}.000300`;

beforeAll(async () => {
  slack = await startSlackStandIn();
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: slack.apiUrl,
    LOSEN_SECRET,
    RATE_LIMIT_PER_MINUTE: '10000',
    CHANNEL_RATE_LIMIT_PER_MINUTE: '10000',
  });
  ({ app, core } = await buildApp({ config, store: new MemoryStore(), logger: false, triage: 'in-process' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  steps = await seaTimeSteps();
});

afterAll(async () => {
  await app.close();
  await slack.close();
});

async function post(body: string, contentType: string) {
  const timestamp = now();
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SECRET, timestamp, body),
    },
    body,
  });
  await res.text();
  return res.status;
}
const postJson = (payload: unknown) => post(JSON.stringify(payload), 'application/json');
const postPayload = (payload: unknown) =>
  post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');

/** A direct message, in a thread when `thread` is given. */
const dm = (text: string, ts: string, thread?: string) => ({
  token: 'legacy',
  team_id: 'T1',
  api_app_id: 'A1',
  type: 'event_callback',
  event_id: `Ev${ts.replace('.', '')}`,
  event_time: now(),
  event: {
    type: 'message',
    channel: 'D1',
    channel_type: 'im',
    user: 'U1',
    text,
    ts,
    event_ts: ts,
    ...(thread ? { thread_ts: thread } : {}),
  },
});

const posts = (thread: string) =>
  slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === thread);
const blocksOf = (call: Call) => (call.body.blocks ?? []) as Block[];
const feedbackButton = (call: Call, rating: 'up' | 'down') =>
  blocksOf(call)
    .find((b) => b.block_id === FEEDBACK_BLOCK)
    ?.elements?.find((e) => e.action_id === `losen_feedback_${rating}`);

/** A click on a button of a message the bot posted in a thread (the message's ts is `ts`). */
function click(message: { text: string; blocks: unknown[]; thread: string }, button: Element, ts: string) {
  return {
    type: 'block_actions',
    token: 'legacy',
    api_app_id: 'A1',
    trigger_id: `trig-${ts}`,
    team: { id: 'T1', domain: 'sdir' },
    user: { id: 'U1', username: 'kari', team_id: 'T1' },
    channel: { id: 'D1', name: 'directmessage' },
    container: { type: 'message', message_ts: ts, channel_id: 'D1', is_ephemeral: false, thread_ts: message.thread },
    message: {
      type: 'message',
      user: 'UBOT',
      ts,
      thread_ts: message.thread,
      text: message.text,
      blocks: message.blocks,
    },
    response_url: slack.responseUrl(`click-${ts}`),
    actions: [{ type: 'button', block_id: 'b', action_ts: `${now()}.1`, ...button }],
  };
}
const clickOn = (call: Call, button: Element, ts: string) =>
  click({ text: String(call.body.text), blocks: blocksOf(call), thread: String(call.body.thread_ts) }, button, ts);

async function insights() {
  const res = await fetch(`${base}/api/insights`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    totals: { questions: number; answers: number; up: number; down: number };
    recent: { kind: string; comment?: string }[];
  };
}

/** The manning flow in a DM thread, to its decision; returns the thread and the decision's message. */
async function decidedThread() {
  const thread = nextTs();
  await postJson(dm(QUESTION, thread));
  for (const [n, answer] of [
    [2, 'norsk'],
    [3, 'lasteskip'],
    [4, '45 BT'],
  ] as const) {
    await waitFor(() => posts(thread)[n - 2]);
    await postJson(dm(answer, nextTs(), thread));
  }
  return { thread, decision: await waitFor(() => posts(thread)[3]) };
}

describe('Slack feedback', () => {
  it('offers 👍/👎 on an answer, not on a question', async () => {
    const { thread, decision } = await decidedThread();
    expect(
      posts(thread)
        .slice(0, 3)
        .map((c) => feedbackButton(c, 'up')),
    ).toEqual([undefined, undefined, undefined]);
    expect(feedbackButton(decision, 'up')?.value).toMatch(/^\d+\|nb$/);
  });

  it('records a 👍 with the turn it rates, counts the Slack turns, and thanks in place of the buttons', async () => {
    const before = await insights();
    const { decision } = await decidedThread();
    const ts = '1910000001.000100';
    expect(await postPayload(clickOn(decision, feedbackButton(decision, 'up') ?? {}, ts))).toBe(200);
    const update = await waitFor(() => slack.calls.find((c) => c.method === 'chat.update' && c.body.ts === ts));
    expect(JSON.stringify(update.body.blocks)).not.toContain(FEEDBACK_BLOCK);
    expect(JSON.stringify(update.body.blocks)).toContain(channelTexts('nb').feedbackThanks);
    const after = await insights();
    expect(after.totals.up).toBe(before.totals.up + 1);
    expect(after.totals.questions).toBeGreaterThan(before.totals.questions);
    expect(after.totals.answers).toBeGreaterThan(before.totals.answers);
  });

  it('opens a comment form on 👎 and keeps the submitted comment, redacted', async () => {
    const before = await insights();
    const { decision } = await decidedThread();
    const ts = '1910000002.000100';
    await postPayload(clickOn(decision, feedbackButton(decision, 'down') ?? {}, ts));
    const opened = await waitFor(() =>
      slack.calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trig-${ts}`),
    );
    const view = opened.body.view as { callback_id: string; private_metadata: string; blocks: { block_id: string }[] };
    await waitFor(() => slack.calls.find((c) => c.method === 'chat.update' && c.body.ts === ts));
    expect((await insights()).totals.down).toBe(before.totals.down + 1);
    const status = await postPayload({
      type: 'view_submission',
      team: { id: 'T1', domain: 'sdir' },
      user: { id: 'U1', name: 'kari', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 'trig-view',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values: { comment: { comment: { type: 'plain_text_input', value: 'Mangler noe, ring 12345678' } } } },
        hash: 'h',
      },
    });
    expect(status).toBe(200);
    const commented = await eventually(async () =>
      (await insights()).recent.find((r) => r.kind === 'thumbs-down' && r.comment?.startsWith('Mangler noe')),
    );
    expect(commented.comment).not.toContain('12345678');
    // The comment does not count the 👎 twice.
    expect((await insights()).totals.down).toBe(before.totals.down + 1);
  });
});

describe('Slack documents without PUBLIC_BASE_URL', () => {
  it('uploads the sea-time PDF into the thread with files.uploadV2', async () => {
    const thread = nextTs();
    const conversationId = slackConversationId(ids, 'T1', 'D1', thread);
    const last = await upToLastStep(core, conversationId, steps);
    const uploads = slack.uploads.length;
    if (last.text) await postJson(dm(last.text, nextTs(), thread));
    else {
      // The last answer is a button: click it on a message of the thread.
      const message = { text: 'x', thread, blocks: [] };
      await postPayload(
        click(message, { action_id: 'losen_choice_0_0', value: last.choice ?? '', text: { text: 'x' } }, nextTs()),
      );
    }
    const complete = await waitFor(() =>
      slack.calls.find((c) => c.method === 'files.completeUploadExternal' && c.body.thread_ts === thread),
    );
    const answer = posts(thread).at(-1);
    // The answer names no file: the file follows it.
    expect(JSON.stringify(answer?.body.blocks)).not.toContain('.pdf');
    const asked = slack.calls.filter((c) => c.method === 'files.getUploadURLExternal').at(-1);
    expect(String(asked?.body.filename)).toMatch(/\.pdf$/);
    expect(complete.body).toMatchObject({ channel_id: 'D1', thread_ts: thread });
    const [upload, ...more] = slack.uploads.slice(uploads);
    expect(more).toEqual([]);
    expect(upload!.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(Number(asked?.body.length)).toBe(upload!.bytes.length);
    expect(complete.body.files).toEqual([{ id: upload!.fileId, title: expect.any(String) }]);
  });

  it('names the document in an ephemeral /losen answer and says where to get it, uploading nothing', async () => {
    const user = `U${++seq}`;
    const conversationId = slackConversationId(ids, 'T1', 'C5', user);
    const last = await upToLastStep(core, conversationId, steps);
    const calls = slack.calls.length;
    const at = { team_id: 'T1', channel_id: 'C5', user_id: user, api_app_id: 'A1', token: 'legacy' };
    const status = last.text
      ? await post(
          new URLSearchParams({
            ...at,
            command: '/losen',
            text: last.text,
            response_url: slack.responseUrl(`cmd-${user}`),
            trigger_id: `trig-${user}`,
          }).toString(),
          'application/x-www-form-urlencoded',
        )
      : await postPayload({
          type: 'block_actions',
          token: 'legacy',
          api_app_id: 'A1',
          trigger_id: `trig-${user}`,
          team: { id: 'T1', domain: 'sdir' },
          user: { id: user, username: 'ola', team_id: 'T1' },
          channel: { id: 'C5', name: 'general' },
          container: { type: 'message', message_ts: nextTs(), channel_id: 'C5', is_ephemeral: true },
          response_url: slack.responseUrl(`click-${user}`),
          actions: [
            { type: 'button', action_id: 'losen_choice_0_0', block_id: 'b', value: last.choice, text: { text: 'x' } },
          ],
        });
    expect(status).toBe(200);
    const answer = await waitFor(() => slack.calls.slice(calls).find((c) => c.method === 'respond'));
    expect(JSON.stringify(answer.body.blocks)).toContain(channelTexts('nb').documentElsewhere);
    await sleep(300);
    expect(slack.calls.slice(calls).filter((c) => c.method.startsWith('files.'))).toEqual([]);
  });
});

/** Resolves with the first truthy value `check` gives, polling for up to 5 s. */
async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 100; i += 1) {
    const value = await check();
    if (value) return value;
    await sleep(50);
  }
  throw new Error('timed out waiting');
}
