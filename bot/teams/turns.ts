/**
 * One Teams activity handled: a message or a card click becomes a turn of the core and is
 * answered; a click replaces its card (the activity is updated, as Slack's chat.update does); a new
 * question closes the cards of earlier ones; a 👍/👎 is recorded with the turn it rates; documents
 * follow the answer (files.ts). Every turn is counted in the editors' insights.
 */
import type { TurnContext } from 'botbuilder';
import { ActivityTypes, TurnContext as Context } from 'botbuilder';
import { channelTexts, offersFeedback } from '../../content/channels.js';
import { texts } from '../../content/index.js';
import type { ConversationIds } from '../core/conversation-ids.js';
import type { RecentlySeen } from '../core/recently-seen.js';
import { StoreFullError, StoreUnavailableError } from '../core/store.js';
import type { TurnCore, TurnResponse } from '../core/turn.js';
import type { ConversationFiles } from '../documents/conversation-files.js';
import type { Insights } from '../insights/index.js';
import type { SentCard } from './cards.js';
import { SentCards } from './cards.js';
import { FILE_CONSENT_INVOKE, onFileConsent, sendFiles } from './files.js';
import type { Submit } from './render.js';
import { adaptiveCard, messageActivity, renderTurn, submitOf } from './render.js';

/** The Losen conversation id of a Teams conversation (a channel thread's id includes its message id). */
export const teamsConversationId = (ids: ConversationIds, conversationId: string) =>
  ids.channel('teams', conversationId);

/** What handling an activity needs. */
export type TeamsTurnsOptions = {
  core: TurnCore;
  ids: ConversationIds;
  /** Activities already handled (Teams re-sends one it got no answer to within 15 s). */
  seen: RecentlySeen;
  warn: (message: string) => void;
  /** TEAMS_LOCAL: documents are uploaded only to loopback addresses. */
  local: boolean;
  /** How long a sent card is remembered (a conversation's lifetime). */
  cardTtlMs: number;
  publicBaseUrl?: string;
  insights?: Insights;
  documents?: ConversationFiles;
};

type Choice = Extract<Submit, { kind: 'choice' }>;
type Rating = Extract<Submit, { kind: 'feedback' }>;

/** The handler of one activity (messages, card clicks, file consents; other activities are ignored). */
export function teamsTurns(options: TeamsTurnsOptions): (context: TurnContext) => Promise<void> {
  const { core, ids, seen, warn, publicBaseUrl, insights } = options;
  const cards = new SentCards({ max: 5_000, ttlMs: options.cardTtlMs });
  const files = options.documents ? { documents: options.documents, local: options.local, warn } : undefined;

  /** The turn, counted for the insights; a full or unreachable store is answered with "try again later". */
  async function turnOf(conversationId: string, request: { text?: string; choice?: string }): Promise<TurnResponse> {
    try {
      const response = await core.handleTurn({ conversationId, ...request });
      insights?.recordTurn(request, response);
      return response;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError || error instanceof StoreFullError)) throw error;
      warn(`Teams turn refused: ${error.name}`);
      return { conversationId, locale: 'nb', turn: 0, messages: [{ text: texts('nb').ui.somethingWrong }] };
    }
  }

  /** Draws a sent card again (answered, closed or rated); a card that cannot be updated stays as it was. */
  async function redraw(context: TurnContext, key: string, card: SentCard) {
    if (!card.activityId) return;
    await context
      .updateActivity({ ...messageActivity(card.text, adaptiveCard(key, card)), id: card.activityId })
      .catch((error: unknown) => warn(`could not update a card: ${(error as Error).name}`));
  }

  /** Sends the turn's answer; the cards of earlier questions lose their buttons when new ones come; then the documents. */
  async function reply(context: TurnContext, conversationId: string, response: TurnResponse) {
    const sendsFiles = !publicBaseUrl && files !== undefined;
    const rendered = renderTurn(response, {
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
      filesSent: sendsFiles,
      ...(insights && response.turn > 0 && offersFeedback(response.messages) ? { feedbackTurn: response.turn } : {}),
    });
    const keyed = rendered.map((r) => ({ ...r, key: r.card ? cards.newKey() : '' }));
    const sent = await context.sendActivities(
      keyed.map((r) => messageActivity(r.text, r.card ? adaptiveCard(r.key, r.card) : undefined)),
    );
    keyed.forEach((r, i) => {
      const activityId = sent[i]?.id;
      if (r.card) cards.add(r.key, { ...r.card, conversationId, ...(activityId ? { activityId } : {}) });
    });
    const asking = keyed.filter((r) => r.card?.choices.length).map((r) => r.key);
    if (asking.length > 0)
      for (const [key, card] of cards.supersede(conversationId, asking)) {
        card.closed = true;
        await redraw(context, key, card);
      }
    if (sendsFiles && files) await sendFiles(context, conversationId, response.locale, response.messages, files);
  }

  /** A 👍/👎: recorded with the turn it rates, and thanked for in place of the buttons (once per card). */
  async function rate(context: TurnContext, conversationId: string, submit: Rating) {
    if (!insights) return;
    const card = submit.key ? cards.get(submit.key, conversationId) : undefined;
    if (card?.rated) return;
    if (card) card.rated = true;
    const { turn, rating, comment } = submit;
    await insights
      .feedback({ conversationId, turn, rating, ...(comment ? { comment } : {}) })
      .catch((error: unknown) => warn(`feedback not recorded: ${(error as Error).name}`));
    if (card?.activityId && submit.key) await redraw(context, submit.key, card);
    else await context.sendActivity(messageActivity(channelTexts(submit.locale).feedbackThanks));
  }

  /**
   * A clicked choice. Its card, when known, shows the choice instead of its buttons. A second click
   * on a card already answered is ignored; a click on an earlier question's card is answered as
   * the turn core answers a stale choice, without taking a turn. A card not known here (sent
   * before a restart, or by another instance) is left to the turn core.
   */
  async function choose(context: TurnContext, conversationId: string, submit: Choice) {
    const card = submit.key ? cards.get(submit.key, conversationId) : undefined;
    if (card?.chosen || card?.closed) {
      if (card.chosen?.id !== submit.choice)
        await context.sendActivity(messageActivity(texts(card.locale).conversation.staleChoice));
      return;
    }
    if (card && submit.key) {
      const label = card.choices.find((c) => c.id === submit.choice)?.label ?? submit.choice;
      card.chosen = { id: submit.choice, label };
      await redraw(context, submit.key, card);
    }
    await reply(context, conversationId, await turnOf(conversationId, { choice: submit.choice }));
  }

  return async (context) => {
    const activity = context.activity;
    const consent = activity.type === ActivityTypes.Invoke && activity.name === FILE_CONSENT_INVOKE;
    if (activity.type !== ActivityTypes.Message && !consent) return;
    const key = activity.id ? `${activity.conversation.id}|${activity.id}` : undefined;
    if (key && !seen.add(key)) return;
    const conversationId = teamsConversationId(ids, activity.conversation.id);
    try {
      if (consent) {
        if (files) await onFileConsent(context, conversationId, files);
        else await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
        return;
      }
      const submit = submitOf(activity.value);
      if (submit?.kind === 'feedback') return await rate(context, conversationId, submit);
      if (submit?.kind === 'choice') return await choose(context, conversationId, submit);
      const text = activity.text
        ? Context.removeRecipientMention(activity)
            .replace(/&nbsp;/g, ' ')
            .trim()
        : '';
      await reply(context, conversationId, await turnOf(conversationId, { text }));
    } catch (error) {
      if (key) seen.delete(key);
      throw error;
    }
  };
}
