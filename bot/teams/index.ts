/**
 * The Microsoft Teams adapter (contract.md §3) as a Fastify plugin: `POST /api/messages`, handled
 * by botbuilder's CloudAdapter. Mounted only when configured (`teamsEnabled`):
 *
 * - with `MicrosoftAppId`, every request must carry a valid Bot Framework token, and replies go
 *   only to Bot Framework service hosts (https, `*.botframework.com`, `smba.trafficmanager.net`,
 *   the Teams government clouds);
 * - with `TEAMS_LOCAL=1` and no app id (Bot Framework Emulator, tests), requests are not
 *   authenticated and only a loopback `serviceUrl` is answered (any spelling of 127.0.0.1 or
 *   localhost), so a caller cannot make the server post anywhere else.
 *
 * A request that fails authentication for any reason — a bad token, or the Bot Framework's keys
 * out of reach — is a 401; a reply that cannot be delivered is a 502. botbuilder's errors, with
 * their stack traces, go to the JSON log, never to the console or the response.
 *
 * botbuilder is archived upstream (successor: Microsoft 365 Agents SDK): this file (transport),
 * turns.ts (an activity → a turn → the reply, card updates, 👍/👎), render.ts (text and Adaptive
 * Cards) and files.ts (documents) only translate, so they can be replaced without touching the core.
 * Set up the Teams side with the app package in this directory (manifest.json, color.png, outline.png).
 */
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { ConversationIds } from '../core/conversation-ids.js';
import { errorFields } from '../core/errors.js';
import { recentlySeen } from '../core/recently-seen.js';
import type { TurnCore } from '../core/turn.js';
import { capText } from '../core/turn.js';
import type { ConversationFiles } from '../documents/conversation-files.js';
import type { Insights } from '../insights/index.js';
import { teamsTurns } from './turns.js';

/** Options of `teamsPlugin`. */
export type TeamsPluginOptions = {
  config: Config;
  core: TurnCore;
  /** Keys Teams conversations to conversation ids. */
  ids: ConversationIds;
  /** The server's public base URL, to link files (PDF, calendar) that messages offer. */
  publicBaseUrl?: string;
  /** The editors' insights: every turn is counted, and answers get 👍/👎. */
  insights?: Insights;
  /** Makes the documents sent into the conversation when there is no public base URL. */
  documents?: ConversationFiles;
};

/** Largest activity accepted (channel messages carry mentions, entities and HTML). */
const TEAMS_BODY_LIMIT_BYTES = 256 * 1024;

/** Hosts of the Bot Framework and Teams connector services (public and government clouds). */
const BOT_FRAMEWORK_DOMAINS = [
  'botframework.com',
  'trafficmanager.net',
  'teams.microsoft.com',
  'teams.microsoft.us',
  'botframework.us',
  'botframework.azure.us',
];

/** The endpoint's own budget per sending address (the rate-limit plugin reads it). */
const channelLimit = (config: Config) => ({
  config: { rateLimit: { max: config.CHANNEL_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
});

/** Whether Teams is configured: an app id (authenticated), or `TEAMS_LOCAL` (emulator, tests). */
export function teamsEnabled(config: Pick<Config, 'MicrosoftAppId' | 'TEAMS_LOCAL'>): boolean {
  return Boolean(config.MicrosoftAppId) || config.TEAMS_LOCAL;
}

export { teamsConversationId } from './turns.js';

/**
 * Where a reply to an activity may go: its `serviceUrl`, normalised (WHATWG parsing turns `127.1`
 * and `0x7f000001` into `127.0.0.1`; query and fragment dropped), or why not.
 */
export function replyTarget(serviceUrl: unknown, local: boolean): { url: string } | { refused: string } {
  if (typeof serviceUrl !== 'string' || serviceUrl.length > 2048) return { refused: 'No serviceUrl' };
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return { refused: 'serviceUrl is not a URL' };
  }
  if (url.username || url.password) return { refused: 'serviceUrl may not carry credentials' };
  url.search = '';
  url.hash = '';
  const host = url.hostname.toLowerCase();
  if (local) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { refused: 'serviceUrl must be http(s)' };
    // botbuilder's HTTP client cannot reach a bracketed IPv6 address: say so instead of failing later.
    if (host === '[::1]') return { refused: 'Use 127.0.0.1 or localhost for a local serviceUrl, not [::1]' };
    if (host !== 'localhost' && !/^127\.\d+\.\d+\.\d+$/.test(host))
      return { refused: 'With TEAMS_LOCAL only a loopback serviceUrl (the local emulator) is answered' };
    return { url: url.href };
  }
  if (url.protocol !== 'https:') return { refused: 'serviceUrl must be https' };
  if (!BOT_FRAMEWORK_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`)))
    return { refused: 'serviceUrl is not a Bot Framework service' };
  return { url: url.href };
}

/** CloudAdapter with its turn processing reachable without Express-style request and response objects. */
class Adapter extends CloudAdapter {
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Registers `POST /api/messages` when Teams is configured (see the module comment). */
export async function teamsPlugin(app: FastifyInstance, opts: TeamsPluginOptions): Promise<void> {
  const { config, core, ids, publicBaseUrl } = opts;
  if (!teamsEnabled(config)) return;
  const authenticated = Boolean(config.MicrosoftAppId);
  const credentials = authenticated
    ? {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppType: config.MicrosoftAppType,
        ...(config.MicrosoftAppPassword ? { MicrosoftAppPassword: config.MicrosoftAppPassword } : {}),
        ...(config.MicrosoftAppTenantId ? { MicrosoftAppTenantId: config.MicrosoftAppTenantId } : {}),
      }
    : {};
  // No app id (TEAMS_LOCAL): botbuilder does not authenticate and sends replies without a token.
  const adapter = new Adapter(new ConfigurationBotFrameworkAuthentication(credentials));
  if (!authenticated)
    app.log.warn('Teams: TEAMS_LOCAL without MicrosoftAppId: /api/messages is unauthenticated, loopback replies only');
  // Teams re-sends an activity it got no answer to within 15 s.
  const seen = recentlySeen({ ttlMs: 10 * 60_000, max: 10_000 });

  const onTurn = teamsTurns({
    core,
    ids,
    seen,
    warn: (message) => app.log.warn({ channel: 'teams' }, message),
    local: !authenticated,
    cardTtlMs: config.CONVERSATION_TTL_MINUTES * 60_000,
    ...(publicBaseUrl ? { publicBaseUrl } : {}),
    ...(opts.insights ? { insights: opts.insights } : {}),
    ...(opts.documents ? { documents: opts.documents } : {}),
  });

  app.post('/api/messages', { bodyLimit: TEAMS_BODY_LIMIT_BYTES, ...channelLimit(config) }, async (request, reply) => {
    const body = request.body;
    if (!isRecord(body) || typeof body.type !== 'string' || !isRecord(body.conversation))
      return reply.code(400).send({ error: 'Not a Bot Framework activity' });
    const target = replyTarget(body.serviceUrl, !authenticated);
    if ('refused' in target) return reply.code(403).send({ error: target.refused });
    // Cut the text before botbuilder or the turn reads it.
    const activity = {
      ...body,
      serviceUrl: target.url,
      ...(typeof body.text === 'string' ? { text: capText(body.text) } : {}),
    } as Activity;
    const authorization = request.headers.authorization ?? '';
    let reached = false;
    let response: InvokeResponse | undefined;
    try {
      response = await adapter.run(authorization, activity, (context) => {
        reached = true;
        return onTurn(context);
      });
    } catch (error) {
      // Before the turn, the request was not authenticated (bad token, or keys out of reach).
      const unauthorized = !reached && authenticated;
      request.log.warn(
        { channel: 'teams', err: errorFields(error) },
        unauthorized ? 'Teams request refused' : 'Teams turn failed',
      );
      if (unauthorized) return reply.code(401).send({ error: 'Unauthorized' });
      return reached
        ? reply.code(502).send({ error: 'The answer could not be delivered to the Bot Framework service' })
        : reply.code(400).send({ error: 'Bad request' });
    }
    const status = response?.status ?? 200;
    if (status >= 400) return reply.code(status).send({ error: 'Not supported' });
    return reply.code(status).send(response?.body);
  });
}
