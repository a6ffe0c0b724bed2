/**
 * Teams rendering of a turn: one message activity per bot message, its text in Teams markdown
 * (progress line, review list, hand-off e-mail link, sources and files as links), and an Adaptive
 * Card with its choices and, on an answer, the 👍/👎 buttons.
 *
 * Choices are `Action.Submit` buttons whose `data` carries the choice id and the card's key (so a
 * click finds its card in any client, the Bot Framework Emulator included), one button per row so
 * that long labels stay readable on a phone. Suggested actions are not used: Teams shows at most
 * three, only in personal chats, and sends the raw choice id as the user's message.
 *
 * 👎 opens a small form on the card (`Action.ShowCard`) with an optional comment (`Input.Text`);
 * its Send button records the rating with the comment.
 */
import type { Activity, Attachment } from 'botbuilder';
import { ActivityTypes, CardFactory, TextFormatTypes } from 'botbuilder';
import { channelTexts } from '../../content/channels.js';
import { texts } from '../../content/index.js';
import { sourcesLine } from '../../content/render.js';
import type { Locale } from '../../content/topic-ids.js';
import type { BotMessage } from '../../content/types.js';
import { isLocale } from '../../rules/index.js';
import type { TurnResponse } from '../core/turn.js';

/** Longest comment read from a 👎 form. */
export const MAX_COMMENT = 1000;

/** What a card shows; kept so the card can be drawn again when it is answered, superseded or rated. */
export type CardState = {
  locale: Locale;
  /** The message's text (markdown), sent again with every update of the activity. */
  text: string;
  choices: { id: string; label: string }[];
  /** The turn 👍/👎 rate. */
  feedbackTurn?: number;
  /** The choice clicked: its buttons are replaced by its label. */
  chosen?: { id: string; label: string };
  /** A later question's card was sent: its buttons are gone. */
  closed?: boolean;
  /** Rated: the 👍/👎 are replaced by a thank-you. */
  rated?: boolean;
};

/** A message rendered: its text, and what its card shows (when it has one). */
export type RenderedMessage = { text: string; card?: CardState };

/** Text safe in Teams markdown: HTML characters as entities, markdown characters escaped. */
export const escapeMarkdown = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1');

const link = (url: string, label: string) =>
  `[${escapeMarkdown(label)}](${url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`;

/** "• " items become a markdown list, so Teams keeps them on lines of their own. */
const listed = (s: string) => escapeMarkdown(s).replace(/^• /gm, '- ');

/** The message text without its closing plain-text source line, when the sources are shown as links. */
function bodyOf(m: BotMessage, locale: Locale): string {
  const line = m.citations?.length ? sourcesLine(locale, m.citations) : '';
  return line && m.text.endsWith(`\n\n${line}`) ? m.text.slice(0, -(line.length + 2)) : m.text;
}

/** How a turn is rendered. */
export type RenderOptions = {
  /** Makes the files' relative links absolute; without it files are named, or left out when sent as files. */
  publicBaseUrl?: string;
  /** The files are sent as files after the answer (no public base URL): not named in the text. */
  filesSent?: boolean;
  /** The turn the answer's 👍/👎 rate; no buttons without it. */
  feedbackTurn?: number;
};

function markdownOf(m: BotMessage, locale: Locale, options: RenderOptions): string {
  const t = channelTexts(locale);
  const parts: string[] = [];
  if (m.progress) parts.push(`_${escapeMarkdown(t.progress(m.progress.step, m.progress.of))}_`);
  parts.push(listed(bodyOf(m, locale)));
  if (m.review?.items.length)
    parts.push(m.review.items.map((i) => `- **${escapeMarkdown(i.label)}:** ${escapeMarkdown(i.value)}`).join('\n'));
  if (m.handoff) {
    if (m.handoff.summary && !m.text.includes(m.handoff.summary)) parts.push(listed(m.handoff.summary));
    parts.push(
      [link(m.handoff.email.href, t.handoffEmail), ...m.handoff.links.map((l) => link(l.url, l.label))].join(' · '),
    );
  }
  const sources = (m.citations ?? []).map((c) => {
    const label = c.ref ? `${c.source} ${c.ref}` : c.source;
    return c.url ? link(c.url, label) : escapeMarkdown(label);
  });
  if (sources.length > 0) parts.push(`**${escapeMarkdown(texts(locale).ui.sources)}:** ${sources.join(' · ')}`);
  const files = (m.attachments ?? []).flatMap((a) => {
    if (/^https?:\/\//.test(a.url)) return [link(a.url, a.label)];
    if (options.publicBaseUrl) return [link(new URL(a.url, options.publicBaseUrl).href, a.label)];
    return options.filesSent ? [] : [escapeMarkdown(a.label)];
  });
  if (files.length > 0) parts.push(files.join(' · '));
  return parts.join('\n\n');
}

/** The messages of a turn; the last one carries the 👍/👎 when asked for. */
export function renderTurn(
  turn: Pick<TurnResponse, 'locale' | 'messages'>,
  options: RenderOptions = {},
): RenderedMessage[] {
  const last = turn.messages.length - 1;
  return turn.messages.map((m, i) => {
    const text = markdownOf(m, turn.locale, options);
    const choices = m.choices ?? [];
    const feedbackTurn = i === last ? options.feedbackTurn : undefined;
    if (choices.length === 0 && feedbackTurn === undefined) return { text };
    return {
      text,
      card: { locale: turn.locale, text, choices, ...(feedbackTurn !== undefined ? { feedbackTurn } : {}) },
    };
  });
}

const textBlock = (text: string, subtle = false) => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...(subtle ? { isSubtle: true, size: 'Small' } : {}),
});

/** The Adaptive Card a card state shows, or undefined when nothing is left on it. */
export function adaptiveCard(key: string, state: CardState): Attachment | undefined {
  const t = channelTexts(state.locale);
  const body: Record<string, unknown>[] = [];
  if (state.chosen) body.push(textBlock(`→ ${state.chosen.label}`, true));
  else if (!state.closed)
    for (const c of state.choices)
      body.push({
        type: 'ActionSet',
        actions: [{ type: 'Action.Submit', title: c.label, data: { choice: c.id, k: key } }],
      });
  if (state.feedbackTurn !== undefined && state.rated) body.push(textBlock(t.feedbackThanks, true));
  else if (state.feedbackTurn !== undefined) {
    const rating = (rating: 'up' | 'down') => ({
      feedback: rating,
      turn: state.feedbackTurn,
      locale: state.locale,
      k: key,
    });
    body.push(textBlock(t.feedbackQuestion, true), {
      type: 'ActionSet',
      actions: [
        { type: 'Action.Submit', title: t.feedbackUp, data: rating('up') },
        {
          type: 'Action.ShowCard',
          title: t.feedbackDown,
          card: {
            type: 'AdaptiveCard',
            body: [
              {
                type: 'Input.Text',
                id: 'comment',
                label: t.commentLabel,
                placeholder: t.commentHint,
                isMultiline: true,
                maxLength: MAX_COMMENT,
              },
            ],
            actions: [{ type: 'Action.Submit', title: t.send, data: rating('down') }],
          },
        },
      ],
    });
  }
  if (body.length === 0) return undefined;
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body,
  });
}

/** The activity of a message: its text, and its card when it has one. */
export function messageActivity(text: string, card?: Attachment): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    textFormat: TextFormatTypes.Markdown,
    text,
    ...(card ? { attachments: [card] } : { attachments: [] }),
  };
}

/** What a click on a card sends (`Action.Submit` data, or the `value` of an older `messageBack` button). */
export type Submit =
  | { kind: 'choice'; choice: string; key?: string }
  | { kind: 'feedback'; rating: 'up' | 'down'; turn: number; locale: Locale; comment?: string; key?: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The click an activity's `value` is, if it is one. */
export function submitOf(value: unknown): Submit | undefined {
  if (!isRecord(value)) return undefined;
  const key = typeof value.k === 'string' && value.k.length <= 64 ? { key: value.k } : {};
  const { choice, feedback, turn, locale, comment } = value;
  if (typeof choice === 'string' && choice.length > 0) return { kind: 'choice', choice, ...key };
  if ((feedback === 'up' || feedback === 'down') && typeof turn === 'number' && Number.isInteger(turn) && turn >= 1) {
    const text = typeof comment === 'string' ? comment.slice(0, MAX_COMMENT).trim() : '';
    return {
      kind: 'feedback',
      rating: feedback,
      turn,
      locale: typeof locale === 'string' && isLocale(locale) ? locale : 'nb',
      ...(text ? { comment: text } : {}),
      ...key,
    };
  }
  return undefined;
}
