/**
 * 👍/👎 on Slack answers: a click rates the turn its message answered (recorded by the insights
 * recorder, as `POST /api/feedback` does on the web) and thanks in place of the buttons; a 👎 also
 * opens a small form for an optional comment, which the recorder redacts before keeping it.
 */
import type { App, BlockAction, ButtonAction, Logger, types, webApi } from '@slack/bolt';
import { channelTexts } from '../../content/channels.js';
import type { Locale } from '../../content/topic-ids.js';
import type { RecentlySeen } from '../core/recently-seen.js';
import type { Insights } from '../insights/index.js';
import { FEEDBACK_ACTION, feedbackValue, ratedBlocks } from './render.js';

/** The comment form's callback id, and its field's block and action ids. */
const COMMENT_VIEW = 'losen_feedback_comment';
const COMMENT_BLOCK = 'comment';
const COMMENT_INPUT = 'comment';
/** Longest comment read (the recorder redacts it and keeps it short). */
const MAX_COMMENT = 1000;

/** What the feedback listeners need from the app. */
export type SlackFeedbackOptions = {
  insights: Insights;
  logger: Logger;
  seen: RecentlySeen;
  /** The conversation a click in a thread, or on an ephemeral answer, belongs to. */
  conversationOf: (body: BlockAction) => string | undefined;
};

/** The comment form of a 👎, carrying the rated turn in its metadata. */
function commentView(conversationId: string, turn: number, locale: Locale): types.ModalView {
  const t = channelTexts(locale);
  return {
    type: 'modal',
    callback_id: COMMENT_VIEW,
    private_metadata: JSON.stringify({ conversationId, turn, locale }),
    title: { type: 'plain_text', text: t.feedbackTitle },
    submit: { type: 'plain_text', text: t.send },
    close: { type: 'plain_text', text: t.cancel },
    blocks: [
      {
        type: 'input',
        block_id: COMMENT_BLOCK,
        optional: true,
        label: { type: 'plain_text', text: t.commentLabel },
        hint: { type: 'plain_text', text: t.commentHint },
        element: { type: 'plain_text_input', action_id: COMMENT_INPUT, multiline: true, max_length: MAX_COMMENT },
      },
    ],
  };
}

/** The rated turn a comment form carries, if its metadata is one of ours. */
function commentTarget(metadata: string): { conversationId: string; turn: number } | undefined {
  try {
    const parsed = JSON.parse(metadata) as { conversationId?: unknown; turn?: unknown };
    const { conversationId, turn } = parsed;
    if (typeof conversationId !== 'string' || !conversationId.startsWith('slack-')) return undefined;
    if (typeof turn !== 'number' || !Number.isInteger(turn) || turn < 1) return undefined;
    return { conversationId, turn };
  } catch {
    return undefined;
  }
}

/** Registers the 👍/👎 buttons and the comment form on `app`. */
export function registerFeedback(app: App, options: SlackFeedbackOptions): void {
  const { insights, logger, seen } = options;
  const record = (input: Parameters<Insights['feedback']>[0]) =>
    insights.feedback(input).catch((error: unknown) => {
      logger.warn(`feedback not recorded: ${(error as Error).name}`);
      return 'unknown' as const;
    });

  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^(${FEEDBACK_ACTION.up}|${FEEDBACK_ACTION.down})$`) },
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const rated = feedbackValue(action.value);
      const conversationId = options.conversationOf(body);
      const rating = action.action_id === FEEDBACK_ACTION.up ? 'up' : 'down';
      const container = body.container as { message_ts?: string; is_ephemeral?: boolean };
      const once = `feedback:${conversationId}:${rated?.turn}:${rating}:${container.message_ts ?? body.trigger_id}`;
      if (!rated || !conversationId || !seen.add(once)) return;
      // The form first: a trigger id is good for three seconds, and recording may wait for a flush.
      if (rating === 'down')
        await client.views
          .open({ trigger_id: body.trigger_id, view: commentView(conversationId, rated.turn, rated.locale) })
          .catch((error: unknown) => logger.warn(`could not open the comment form: ${(error as Error).message}`));
      await record({ conversationId, turn: rated.turn, rating });
      await thank(client, body, rated.locale, respond).catch((error: unknown) =>
        logger.warn(`could not thank for feedback: ${(error as Error).message}`),
      );
    },
  );

  app.view(COMMENT_VIEW, async ({ ack, view }) => {
    await ack();
    const target = commentTarget(view.private_metadata);
    const comment = view.state.values[COMMENT_BLOCK]?.[COMMENT_INPUT]?.value?.slice(0, MAX_COMMENT).trim();
    if (!target || !comment) return;
    await record({ ...target, rating: 'down', comment });
  });
}

/** The thank-you in place of the buttons (an ephemeral answer gets it as a new ephemeral line). */
async function thank(
  client: webApi.WebClient,
  body: BlockAction,
  locale: Locale,
  respond: (message: { response_type: 'ephemeral'; replace_original: false; text: string }) => Promise<unknown>,
) {
  const message = body.message;
  const channel = body.channel?.id ?? body.container.channel_id;
  const thanks = channelTexts(locale).feedbackThanks;
  if (message && typeof channel === 'string' && !(body.container as { is_ephemeral?: boolean }).is_ephemeral) {
    await client.chat.update({
      channel,
      ts: message.ts,
      text: message.text ?? '',
      blocks: ratedBlocks(message.blocks ?? [], locale),
    });
    return;
  }
  await respond({ response_type: 'ephemeral', replace_original: false, text: thanks });
}
