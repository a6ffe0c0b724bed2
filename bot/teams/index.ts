/**
 * The Microsoft Teams adapter (contract.md §3) as a Fastify plugin: `POST /api/messages`, handled
 * by botbuilder's CloudAdapter. Authentication (Bot Framework JWT) is enforced when
 * `MicrosoftAppId` is set; without it (local Bot Framework Emulator) requests are not
 * authenticated, replies carry no token, and only a loopback `serviceUrl` is answered — so an
 * unauthenticated caller cannot make the server post to other hosts.
 *
 * botbuilder is archived upstream (successor: Microsoft 365 Agents SDK): this file and render.ts
 * only translate activities to turns and back, so they can be replaced without touching the core.
 * Mount with `await app.register(teamsPlugin, { config, core, publicBaseUrl })`; set up the Teams
 * side with the app package in this directory (manifest.json, color.png, outline.png).
 */
import { createHmac } from 'node:crypto';
import type { Request, Response } from 'botbuilder';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { TurnCore } from '../core/turn.js';
import { recentlySeen } from '../core/recently-seen.js';
import { choiceOf, renderTurn } from './render.js';

/** Options of `teamsPlugin`. */
export type TeamsPluginOptions = {
  config: Config;
  core: TurnCore;
  /** The server's public base URL, to link files (PDF, calendar) that messages offer. */
  publicBaseUrl?: string;
};

/** Largest activity accepted (channel messages carry mentions, entities and HTML). */
const TEAMS_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The Losen conversation id of a Teams conversation (a channel thread's id includes its message
 * id): a hash, keyed with the app password when there is one, because the web API accepts any
 * conversation id (and serves a conversation's documents under it).
 */
export const teamsConversationId = (conversationId: string, secret = '') =>
  `teams-${createHmac('sha256', secret).update(conversationId).digest('base64url').slice(0, 32)}`;

const isLoopback = (url: unknown) => {
  try {
    return typeof url === 'string' && ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** CloudAdapter.process speaks Express's request/response; this is just enough of it over Fastify's. */
function expressLike(request: FastifyRequest, reply: FastifyReply) {
  let status = 200;
  let body: unknown;
  const req: Request = {
    body: request.body as Record<string, unknown>,
    headers: request.headers,
    method: request.method,
  };
  const res: Response = {
    socket: request.raw.socket,
    status: (code: number) => {
      status = code;
      return res;
    },
    header: (name: string, value: unknown) => {
      reply.header(name, value);
      return res;
    },
    send: (payload: unknown) => {
      body = payload;
      return res;
    },
    end: () => res,
  };
  return { req, res, result: () => ({ status, body }) };
}

/** Registers `POST /api/messages`. */
export async function teamsPlugin(app: FastifyInstance, opts: TeamsPluginOptions): Promise<void> {
  const { config, core, publicBaseUrl } = opts;
  const authenticated = Boolean(config.MicrosoftAppId);
  const credentials = authenticated
    ? {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppType: config.MicrosoftAppType,
        ...(config.MicrosoftAppPassword ? { MicrosoftAppPassword: config.MicrosoftAppPassword } : {}),
        ...(config.MicrosoftAppTenantId ? { MicrosoftAppTenantId: config.MicrosoftAppTenantId } : {}),
      }
    : {};
  // No app id: botbuilder disables authentication and sends replies without a token.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(credentials));
  if (!authenticated)
    app.log.warn('Teams: MicrosoftAppId not set, /api/messages is unauthenticated (local emulator only)');
  adapter.onTurnError = async (_context, error) => {
    app.log.error({ channel: 'teams', err: { name: error.name, message: error.message } }, 'Teams turn failed');
    throw error;
  };
  // Teams re-sends an activity it got no answer to within 15 s.
  const seen = recentlySeen({ ttlMs: 10 * 60_000, max: 10_000 });

  async function onTurn(context: TurnContext) {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message) return;
    const key = activity.id ? `${activity.conversation.id}|${activity.id}` : undefined;
    if (key && !seen.add(key)) return;
    try {
      const choice = choiceOf(activity.value);
      const text =
        choice || !activity.text
          ? ''
          : TurnContext.removeRecipientMention(activity)
              .replace(/&nbsp;/g, ' ')
              .trim();
      const response = await core.handleTurn({
        conversationId: teamsConversationId(activity.conversation.id, config.MicrosoftAppPassword),
        ...(choice ? { choice } : { text }),
      });
      await context.sendActivities(renderTurn(response, publicBaseUrl));
    } catch (error) {
      if (key) seen.delete(key);
      throw error;
    }
  }

  app.post('/api/messages', { bodyLimit: TEAMS_BODY_LIMIT_BYTES }, async (request, reply) => {
    const serviceUrl = (request.body as { serviceUrl?: unknown } | null)?.serviceUrl;
    if (!authenticated && !isLoopback(serviceUrl))
      return reply
        .code(403)
        .send({ error: 'Without MicrosoftAppId only a local emulator (loopback serviceUrl) is answered' });
    const { req, res, result } = expressLike(request, reply);
    await adapter.process(req, res, onTurn);
    const { status, body } = result();
    // botbuilder's own error texts stay in the log, not in the response.
    if (status >= 400)
      return reply
        .code(status)
        .send({ error: status === 401 ? 'Unauthorized' : status >= 500 ? 'Internal error' : 'Bad request' });
    return reply.code(status).send(body);
  });
}
