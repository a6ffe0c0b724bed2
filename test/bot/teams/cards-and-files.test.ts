/**
 * Teams cards, feedback and documents over a real server on loopback: activities go through
 * botbuilder's real CloudAdapter; replies, card updates (PUT), deletions and the OneDrive upload
 * session are a loopback stand-in. Only the transport is faked.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelTexts } from '../../../content/channels.js';
import { texts } from '../../../content/index.js';
import { loadConfig } from '../../../bot/config.js';
import { conversationIds } from '../../../bot/core/conversation-ids.js';
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { buildApp } from '../../../bot/main.js';
import { teamsConversationId } from '../../../bot/teams/index.js';
import { actionsOf, attachmentsOf, cardTextsOf, choicesOf, submitsOf } from './card-reading.js';
import type { Reply } from './connector-stand-in.js';
import { startConnectorStandIn } from './connector-stand-in.js';
import type { Step } from './sea-time-flow.js';
import { seaTimeSteps, upToLastStep } from './sea-time-flow.js';

const LOSEN_SECRET = 'a-test-key-for-losen-conversation-ids';
const ids = conversationIds(LOSEN_SECRET);
const QUESTION = 'Trenger båten min bemanningssertifikat?';

let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
let app: FastifyInstance;
let core: TurnCore;
let base: string;
let steps: Step[];
let seq = 0;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  const config = loadConfig({ LOSEN_SECRET, TEAMS_LOCAL: '1', RATE_LIMIT_PER_MINUTE: '10000' });
  ({ app, core } = await buildApp({ config, store: new MemoryStore(), logger: false, triage: 'in-process' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  steps = await seaTimeSteps();
});

afterAll(async () => {
  await app.close();
  await connector.close();
});

type Conversation = { id: string; type?: 'personal' | 'channel'; channelId?: string };

/** An activity as Teams (or the emulator) sends it to the bot. */
function activity(at: Conversation, fields: Record<string, unknown>): Record<string, unknown> & { id: string } {
  return {
    type: 'message',
    id: `act-${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: at.channelId ?? 'msteams',
    serviceUrl: connector.url,
    from: { id: '29:kari', name: 'Kari Nordmann' },
    recipient: { id: '28:losen', name: 'Losen' },
    conversation: { id: at.id, conversationType: at.type ?? 'personal', tenantId: 'tenant-1' },
    locale: 'nb-NO',
    ...fields,
  };
}

/** Sends an activity and returns the status and the replies posted to it. */
async function send(a: Record<string, unknown> & { id: string }) {
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(a),
  });
  await res.text();
  return { status: res.status, replies: connector.replies.filter((r) => r.replyToId === a.id) };
}

const say = (at: Conversation, text: string) => send(activity(at, { text }));

/** A click on the button of `reply`'s card whose data matches, as Teams sends it (the data as value). */
function clickOn(at: Conversation, reply: Reply | undefined, match: (data: Record<string, unknown>) => boolean) {
  const data = reply ? submitsOf([reply]).find(match) : undefined;
  if (!reply || !data) throw new Error('no such button');
  return activity(at, { value: data, replyToId: reply.id });
}
const choose = (at: Conversation, reply: Reply | undefined, choice: string) =>
  clickOn(at, reply, (d) => d.choice === choice);

/** The card `reply` posted, as its last update drew it. */
const updatesOf = (reply: Reply) => connector.updates.filter((u) => u.activityId === reply.id);
const lastWithCard = (replies: Reply[]) => replies.filter((r) => submitsOf([r]).length > 0).at(-1);

async function insights() {
  const res = await fetch(`${base}/api/insights`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    totals: { questions: number; answers: number; up: number; down: number };
    recent: { kind: string; text: string; comment?: string }[];
  };
}

describe('Teams cards', () => {
  it('replaces an answered card: the click updates its activity, and the flow goes on', async () => {
    const at = { id: 'a:cards-click' };
    const first = lastWithCard((await say(at, QUESTION)).replies);
    const click = await send(choose(at, first, 'answer:NO'));
    expect(click.status).toBe(200);
    expect(choicesOf(click.replies)).toContain('answer:cargo');
    const [update, ...more] = updatesOf(first!);
    expect(more).toEqual([]);
    expect(update!.conversationId).toBe(at.id);
    expect(update!.activity.text).toBe(first!.activity.text);
    expect(choicesOf([{ ...first!, activity: update!.activity }])).toEqual([]);
    expect(cardTextsOf(update!.activity).join(' ')).toMatch(/^→ /);
  });

  it('closes the card of a question answered by typing once the next question comes', async () => {
    const at = { id: 'a:cards-typed' };
    const first = lastWithCard((await say(at, QUESTION)).replies);
    const typed = await say(at, 'norsk');
    expect(choicesOf(typed.replies)).toContain('answer:cargo');
    const [update] = updatesOf(first!);
    expect(update).toBeDefined();
    expect(actionsOf(update!.activity)).toEqual([]);
  });

  it("answers a click on an earlier question's card with the stale line, taking no turn", async () => {
    const at = { id: 'a:cards-stale' };
    const first = lastWithCard((await say(at, QUESTION)).replies);
    const second = lastWithCard((await say(at, 'norsk')).replies);
    const stale = await send(choose(at, first, 'answer:NO'));
    expect(stale.status).toBe(200);
    expect(stale.replies.map((r) => r.activity.text)).toEqual([texts('nb').conversation.staleChoice]);
    // The current question still takes its answer.
    const next = await send(choose(at, second, 'answer:cargo'));
    expect(next.replies.map((r) => String(r.activity.text)).join('\n')).toMatch(/BT|bruttotonnasje/i);
  });

  it('answers a double click on one card once', async () => {
    const at = { id: 'a:cards-double' };
    const first = lastWithCard((await say(at, QUESTION)).replies);
    const [one, two] = await Promise.all([send(choose(at, first, 'answer:NO')), send(choose(at, first, 'answer:NO'))]);
    expect([one!.status, two!.status]).toEqual([200, 200]);
    expect([one!.replies.length, two!.replies.length].filter((n) => n > 0)).toHaveLength(1);
    expect(choicesOf([...one!.replies, ...two!.replies]).filter((c) => c === 'answer:cargo')).toHaveLength(1);
  });

  it('leaves a card it does not know (sent before a restart) to the turn core, which says it is stale', async () => {
    const at = { id: 'a:cards-unknown' };
    await say(at, QUESTION);
    const unknown = await send(activity(at, { value: { choice: 'answer:cargo', k: 'from-before-a-restart' } }));
    const said = unknown.replies.map((r) => String(r.activity.text));
    expect(said[0]).toBe(texts('nb').conversation.staleChoice);
    expect(choicesOf(unknown.replies)).toContain('answer:NO');
  });
});

describe('Teams feedback', () => {
  /** The manning flow to its decision, whose card offers 👍/👎. */
  async function decided(at: Conversation) {
    const first = lastWithCard((await say(at, QUESTION)).replies);
    const second = lastWithCard((await send(choose(at, first, 'answer:NO'))).replies);
    await send(choose(at, second, 'answer:cargo'));
    const answer = (await say(at, '45 BT')).replies;
    const card = lastWithCard(answer);
    expect(answer.some((r) => r.activity.text && String(r.activity.text).length > 0)).toBe(true);
    return card;
  }

  it('records a 👍 with the turn it rates, counts the Teams turns, and thanks in place of the buttons', async () => {
    const before = await insights();
    const at = { id: 'a:feedback-up' };
    const card = await decided(at);
    expect(choicesOf([card!])).toContain('cmd:restart');
    const rated = await send(clickOn(at, card, (d) => d.feedback === 'up'));
    expect(rated.status).toBe(200);
    const after = await insights();
    expect(after.totals.up).toBe(before.totals.up + 1);
    expect(after.totals.questions).toBeGreaterThan(before.totals.questions);
    expect(after.totals.answers).toBeGreaterThan(before.totals.answers);
    const update = updatesOf(card!).at(-1);
    expect(cardTextsOf(update!.activity)).toContain(channelTexts('nb').feedbackThanks);
    // The answer's other buttons stay.
    expect(choicesOf([{ ...card!, activity: update!.activity }])).toContain('cmd:restart');
    // A second rating of the same card is not counted again.
    await send(clickOn(at, card, (d) => d.feedback === 'up'));
    expect((await insights()).totals.up).toBe(after.totals.up);
  });

  it('records a 👎 with its comment from the card form, redacted', async () => {
    const before = await insights();
    const at = { id: 'a:feedback-down' };
    const card = await decided(at);
    const down = clickOn(at, card, (d) => d.feedback === 'down');
    const rated = await send({
      ...down,
      value: { ...(down.value as Record<string, unknown>), comment: 'Feil svar for meg, fødselsnummer 01019012345' },
    });
    expect(rated.status).toBe(200);
    const after = await insights();
    expect(after.totals.down).toBe(before.totals.down + 1);
    const item = after.recent.find((r) => r.kind === 'thumbs-down' && r.comment?.startsWith('Feil svar'));
    expect(item).toBeDefined();
    expect(item!.comment).not.toContain('01019012345');
  });
});

describe('Teams documents without PUBLIC_BASE_URL', () => {
  /** The sea-time flow up to its last answer through the core, the last one through Teams. */
  async function lastAnswer(at: Conversation) {
    const last = await upToLastStep(core, teamsConversationId(ids, at.id), steps);
    return send(activity(at, last.choice ? { value: { choice: last.choice } } : { text: last.text }));
  }

  it('attaches the PDF inline in the Bot Framework Emulator', async () => {
    const at = { id: 'emulator-conversation-1', channelId: 'emulator' };
    const { status, replies } = await lastAnswer(at);
    expect(status).toBe(200);
    const files = replies.flatMap((r) => attachmentsOf(r.activity)).filter((a) => a.contentType === 'application/pdf');
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/\.pdf$/);
    const [, data] = /^data:application\/pdf;base64,(.+)$/.exec(files[0]!.contentUrl ?? '') ?? [];
    expect(
      Buffer.from(data ?? '', 'base64')
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
    // Not named in the text as well.
    expect(replies.map((r) => String(r.activity.text ?? '')).join('\n')).not.toContain('(PDF)');
  });

  it('asks consent in a personal chat, then uploads the PDF to the session Teams opens and shows the file', async () => {
    const at = { id: 'a:files-personal' };
    const { replies } = await lastAnswer(at);
    const consent = replies.find((r) =>
      attachmentsOf(r.activity).some((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent'),
    );
    expect(consent).toBeDefined();
    const card = attachmentsOf(consent!.activity)[0] as unknown as {
      name: string;
      content: { sizeInBytes: number; acceptContext: Record<string, unknown> };
    };
    expect(card.name).toMatch(/\.pdf$/);
    const invoke = {
      ...activity(at, {}),
      type: 'invoke',
      name: 'fileConsent/invoke',
      replyToId: consent!.id,
      value: {
        type: 'fileUpload',
        action: 'accept',
        context: card.content.acceptContext,
        uploadInfo: {
          name: card.name,
          uploadUrl: connector.uploadUrl(card.name),
          contentUrl: 'https://contoso-my.sharepoint.com/personal/kari/Documents/Applications/Losen/confirmation.pdf',
          uniqueId: 'ABC-123',
          fileType: 'pdf',
        },
      },
    };
    const accepted = await send(invoke);
    expect(accepted.status).toBe(200);
    const upload = connector.uploads.find((u) => u.path === `/upload/${encodeURIComponent(card.name)}`);
    expect(upload!.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // Made again on acceptance: the same document, give or take its creation time.
    expect(Math.abs(upload!.bytes.length - card.content.sizeInBytes)).toBeLessThan(64);
    expect(upload!.contentRange).toBe(`bytes 0-${upload!.bytes.length - 1}/${upload!.bytes.length}`);
    const info = accepted.replies.flatMap((r) => attachmentsOf(r.activity));
    expect(info).toEqual([
      {
        contentType: 'application/vnd.microsoft.teams.card.file.info',
        contentUrl: invoke.value.uploadInfo.contentUrl,
        name: card.name,
        content: { uniqueId: 'ABC-123', fileType: 'pdf' },
      },
    ]);
    expect(connector.deletes).toContainEqual({ conversationId: at.id, activityId: consent!.id });
  });

  it.each([
    ['declined', { action: 'decline' }, channelTexts('nb').documentDeclined],
    [
      'accepted with an upload URL off loopback',
      { action: 'accept', uploadInfo: { uploadUrl: 'https://example.org/upload', contentUrl: 'x', name: 'x.pdf' } },
      channelTexts('nb').documentFailed,
    ],
  ])('uploads nothing when a consent is %s, and says so', async (_name, value, said) => {
    const at = { id: `a:files-${seq}` };
    const uploads = connector.uploads.length;
    const r = await send({
      ...activity(at, {}),
      type: 'invoke',
      name: 'fileConsent/invoke',
      value: { type: 'fileUpload', context: { file: 'sea-time-confirmation.pdf', locale: 'nb' }, ...value },
    });
    expect(r.status).toBe(200);
    expect(r.replies.map((x) => x.activity.text)).toEqual([said]);
    expect(connector.uploads.length).toBe(uploads);
  });

  it('says where to get the document in a channel, where a bot cannot send files', async () => {
    const at: Conversation = { id: '19:files@thread.tacv2;messageid=1700000000001', type: 'channel' };
    const { replies } = await lastAnswer(at);
    const said = replies.map((r) => r.activity.text);
    expect(said).toContain(channelTexts('nb').documentElsewhere);
    expect(
      replies.flatMap((r) => attachmentsOf(r.activity)).filter((a) => !a.contentType.includes('adaptive')),
    ).toEqual([]);
  });
});
