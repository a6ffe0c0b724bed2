/**
 * A Bolt `Receiver` for requests that Fastify has already read.
 *
 * Why not Bolt's own receivers: ExpressReceiver brings a second web framework, and HTTPReceiver's
 * `requestListener` (mounted via `reply.hijack()`) acknowledges only when a listener calls
 * `ack()` — after Bolt's authorisation step, which waits on the Web API (`auth.test`), so a slow
 * Slack API could delay the acknowledgement past Slack's 3 s. This receiver does what they do
 * with Bolt's own pieces (`verifySlackRequest`, real HMAC-SHA256 over the raw body, the 5-minute
 * staleness rule; `ssl_check`; `url_verification`) and then acknowledges at once, before
 * `app.processEvent` runs. Consequence: listeners cannot answer in the acknowledgement body
 * (`ack(response)` is ignored); they answer through the Web API or `respond()` instead.
 */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { verifySlackRequest } from '@slack/bolt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RecentlySeen } from '../core/recently-seen.js';

/** What the receiver needs besides the Bolt app it is given in `init`. */
export type FastifyReceiverOptions = {
  signingSecret: string;
  /** Event ids already handled: Slack retries an event it thinks was missed. */
  seen: RecentlySeen;
  /** Called when processing an acknowledged request fails (never given message text). */
  onError: (error: unknown) => void;
  /** The clock for the staleness check (tests). */
  now?: () => number;
};

/** How far a request's timestamp may be from our clock, either way (Slack's own rule is 5 minutes). */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** The body as Bolt expects it: JSON, or a form whose `payload` field holds JSON (interactivity). */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  const form = contentType?.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(raw) : undefined;
  const payload = form?.get('payload');
  const body: unknown = form && payload == null ? Object.fromEntries(form) : JSON.parse(payload ?? raw);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
  return body as Record<string, unknown>;
}

/** Verifies, acknowledges at once, then hands the request to `app.processEvent` (see above). */
export class FastifyReceiver implements Receiver {
  private bolt: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: FastifyReceiverOptions) {}

  init(app: App): void {
    this.bolt = app;
  }

  /** Fastify owns the server: nothing to start. */
  async start(): Promise<void> {}

  /** Waits for acknowledged requests still being processed. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Handles one POST to the events URL; `request.body` is the raw body text. */
  async handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const raw = typeof request.body === 'string' ? request.body : '';
    const contentType = header(request, 'content-type');
    // Slack's certificate check carries no signature and asks for nothing but a 200.
    if (
      contentType?.startsWith('application/x-www-form-urlencoded') &&
      new URLSearchParams(raw).get('ssl_check') === '1'
    )
      return reply.code(200).send();

    const signature = header(request, 'x-slack-signature');
    const timestamp = header(request, 'x-slack-request-timestamp');
    const nowMs = (this.options.now ?? Date.now)();
    try {
      if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) throw new Error('missing signature headers');
      // Bolt refuses a stale request but not one from the future; a replay window works both ways.
      if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) throw new Error('timestamp too far off');
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: raw,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: nowMs,
      });
    } catch {
      return reply.code(401).send({ error: 'Invalid Slack signature' });
    }

    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, contentType);
    } catch {
      return reply.code(400).send({ error: 'Malformed request body' });
    }
    if (body.type === 'url_verification') return reply.code(200).send({ challenge: body.challenge });
    // A retry (X-Slack-Retry-Num) of an event already acknowledged: acknowledge again, answer once.
    if (typeof body.event_id === 'string' && !this.options.seen.add(`event:${body.event_id}`))
      return reply.code(200).send();

    const retryNum = Number(header(request, 'x-slack-retry-num'));
    const retryReason = header(request, 'x-slack-retry-reason');
    const event: ReceiverEvent = {
      body,
      ack: async () => {},
      ...(Number.isInteger(retryNum) ? { retryNum } : {}),
      ...(retryReason ? { retryReason } : {}),
    };
    await reply.code(200).send();
    // Acknowledged: now let Bolt authorise and run the listeners, outside the request.
    const bolt = this.bolt;
    if (bolt) {
      const work = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => bolt.processEvent(event))
        .catch(this.options.onError)
        .finally(() => this.inFlight.delete(work));
      this.inFlight.add(work);
    }
    return reply;
  }
}
