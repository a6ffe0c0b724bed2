/**
 * The Bolt app: direct messages, @mentions, button clicks and `/losen`, each translated into one
 * turn of the core and answered with Block Kit. No business logic lives here.
 *
 * Conversations: one per Slack thread (team, channel, thread_ts); the ephemeral `/losen` answers
 * form one conversation per user and channel (team, channel, user).
 */
import type { AuthorizeResult, BlockAction, ButtonAction, Logger, Receiver, RespondFn, types } from '@slack/bolt';
import { App, webApi } from '@slack/bolt';
import { offersFeedback } from '../../content/channels.js';
import type { ConversationIds } from '../core/conversation-ids.js';
import type { TurnCore, TurnRequest, TurnResponse } from '../core/turn.js';
import { capText } from '../core/turn.js';
import { StoreFullError, StoreUnavailableError } from '../core/store.js';
import { texts } from '../../content/index.js';
import type { RecentlySeen } from '../core/recently-seen.js';
import type { ConversationFiles } from '../documents/conversation-files.js';
import type { Insights } from '../insights/index.js';
import { registerFeedback } from './feedback.js';
import { uploadFiles } from './files.js';
import type { FilesMode } from './render.js';
import { answeredBlocks, CHOICE_ACTION_PREFIX, renderTurn, unescapeSlack } from './render.js';

/** The Bolt app's dependencies: token and API URL from the config, the core, the receiver. */
export type SlackAppOptions = {
  botToken: string;
  /** Keys Slack threads to conversation ids (LOSEN_SECRET). */
  ids: ConversationIds;
  /** Web API base URL ending in `/` (default Slack's). */
  slackApiUrl?: string;
  core: TurnCore;
  receiver: Receiver;
  logger: Logger;
  /** Clicks already handled (a double click answers once). */
  seen: RecentlySeen;
  publicBaseUrl?: string;
  /** Counts every turn, and records 👍/👎 (no buttons without it). */
  insights?: Insights;
  /** Makes the documents uploaded into a thread when there is no public base URL. */
  documents?: ConversationFiles;
};

/**
 * The conversation id of a Slack thread, or of a user's `/losen` answers in a channel: a hash
 * keyed with LOSEN_SECRET (team, channel and thread are not secrets), which the web API never
 * takes. Stable across restarts and instances that share the key.
 */
export const slackConversationId = (ids: ConversationIds, team: string, channel: string, threadOrUser: string) =>
  ids.channel('slack', team, channel, threadOrUser);

/** The question with the bot's own mention taken out; cut to size before any work on it. */
const withoutMention = (text: string | undefined, botUserId: string | undefined) =>
  unescapeSlack(
    capText(text ?? '').replace(
      botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/,
      ' ',
    ),
  ).trim();

/**
 * Bolt's default authorisation calls `auth.test` once at start-up and keeps a failure for good;
 * this one asks on first use and asks again after a failure.
 */
function singleWorkspace(botToken: string, client: webApi.WebClient) {
  let identity: Promise<AuthorizeResult> | undefined;
  return () =>
    (identity ??= client.auth.test().then(
      (r) => ({ botToken, ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}) }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    ));
}

/** The Bolt app with Losen's listeners, attached to `options.receiver`. */
export function createSlackApp(options: SlackAppOptions): App {
  const { core, seen, publicBaseUrl, insights, documents } = options;
  const idOf = (team: string, channel: string, threadOrUser: string) =>
    slackConversationId(options.ids, team, channel, threadOrUser);
  const clientOptions = {
    logger: options.logger,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
  };
  const app = new App({
    authorize: singleWorkspace(options.botToken, new webApi.WebClient(options.botToken, clientOptions)),
    receiver: options.receiver,
    logger: options.logger,
    clientOptions,
  });

  /** The turn, counted for the insights; a full or unreachable store is answered with "try again later". */
  const turn = async (request: TurnRequest): Promise<TurnResponse> => {
    try {
      const response = await core.handleTurn(request);
      insights?.recordTurn(request, response);
      return response;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError || error instanceof StoreFullError)) throw error;
      options.logger.warn(`Slack turn refused: ${error.name}`);
      const locale = request.locale ?? 'nb';
      return {
        conversationId: request.conversationId ?? '',
        locale,
        turn: 0,
        messages: [{ text: texts(locale).ui.somethingWrong }],
      };
    }
  };

  /** The turn as one Slack message: files uploaded (in a thread) or named (ephemeral), 👍/👎 on an answer. */
  const render = (response: TurnResponse, files: FilesMode) =>
    renderTurn(response, {
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
      files,
      ...(insights && response.turn > 0 && offersFeedback(response.messages) ? { feedbackTurn: response.turn } : {}),
    });

  /** Runs the turn, posts its answer in the thread, and uploads the documents it offers there. */
  async function answerInThread(
    client: webApi.WebClient,
    at: { team: string; channel: string; thread: string },
    request: Omit<TurnRequest, 'conversationId'>,
  ) {
    const conversationId = idOf(at.team, at.channel, at.thread);
    const response = await turn({ conversationId, ...request });
    const uploads = !publicBaseUrl && documents !== undefined;
    await client.chat.postMessage({
      channel: at.channel,
      thread_ts: at.thread,
      ...render(response, uploads ? 'upload' : 'name'),
      unfurl_links: false,
      unfurl_media: false,
    });
    if (uploads)
      await uploadFiles(client, documents, options.logger, {
        ...at,
        conversationId,
        locale: response.locale,
        messages: response.messages,
      });
  }

  /** Where a clicked button sits: Bolt types `container` loosely, these are the fields Slack sends for a message. */
  const containerOf = (body: BlockAction) =>
    body.container as { message_ts?: string; channel_id?: string; thread_ts?: string; is_ephemeral?: boolean };

  /** The conversation a click belongs to: its thread's, or for an ephemeral answer the user's in that channel. */
  function conversationOfClick(body: BlockAction): string | undefined {
    const container = containerOf(body);
    const channel = body.channel?.id ?? container.channel_id ?? '';
    const team = body.team?.id ?? body.user.team_id ?? '';
    if (!channel) return undefined;
    if (container.is_ephemeral) return idOf(team, channel, body.user.id);
    const thread = body.message?.thread_ts ?? container.thread_ts ?? body.message?.ts ?? container.message_ts;
    return thread ? idOf(team, channel, thread) : undefined;
  }

  // @mentions in channels. (Bolt's built-in middleware already drops the app's own messages.)
  app.event('app_mention', async ({ event, body, context, client }) => {
    // Nowhere to answer, or nothing said: nothing to do.
    if (event.bot_id || event.subtype || !event.channel || !event.ts || typeof event.text !== 'string') return;
    const team = body.team_id ?? event.team ?? '';
    await answerInThread(
      client,
      { team, channel: event.channel, thread: event.thread_ts ?? event.ts },
      { text: withoutMention(event.text, context.botUserId) },
    );
  });

  // Direct messages: plain user messages only (no edits, joins, files or other bots).
  app.event('message', async ({ event, body, context, client }) => {
    if (event.subtype !== undefined || event.bot_id || event.channel_type !== 'im' || !event.channel || !event.ts)
      return;
    const team = body.team_id ?? event.team ?? '';
    await answerInThread(
      client,
      { team, channel: event.channel, thread: event.thread_ts ?? event.ts },
      { text: withoutMention(event.text, context.botUserId) },
    );
  });

  // A choice button: continue the conversation the clicked message belongs to.
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^${CHOICE_ACTION_PREFIX}`) },
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const container = containerOf(body);
      const channel = body.channel?.id ?? container.channel_id ?? '';
      const team = body.team?.id ?? body.user.team_id ?? '';
      if (!channel || !action.value || !seen.add(`click:${channel}:${container.message_ts ?? body.trigger_id}`)) return;
      if (container.is_ephemeral) {
        const response = await turn({ conversationId: idOf(team, channel, body.user.id), choice: action.value });
        await respondWith(respond, render(response, 'elsewhere'));
        return;
      }
      const message = body.message;
      if (message) {
        await client.chat
          .update({
            channel,
            ts: message.ts,
            text: message.text ?? '',
            blocks: answeredBlocks(message.blocks ?? [], action.text.text),
          })
          .catch((error: unknown) =>
            options.logger.warn(`could not mark a choice as answered: ${(error as Error).message}`),
          );
      }
      const thread = message?.thread_ts ?? container.thread_ts ?? message?.ts ?? container.message_ts ?? '';
      await answerInThread(client, { team, channel, thread }, { choice: action.value });
    },
  );

  // `/losen question`: answered privately (ephemeral) to the asker, via the command's response URL.
  app.command('/losen', async ({ ack, command, respond }) => {
    await ack();
    const response = await turn({
      conversationId: idOf(command.team_id, command.channel_id, command.user_id),
      text: unescapeSlack(capText(command.text ?? '')),
    });
    await respondWith(respond, render(response, 'elsewhere'));
  });

  if (insights) registerFeedback(app, { insights, logger: options.logger, seen, conversationOf: conversationOfClick });
  return app;
}

const respondWith = (respond: RespondFn, message: { text: string; blocks: types.KnownBlock[] }) =>
  respond({ response_type: 'ephemeral', replace_original: false, ...message });
