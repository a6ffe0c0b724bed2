/**
 * Teams rendering of a turn: one message activity per bot message, text in Teams markdown with the
 * sources and files as links, choices as hero-card buttons.
 *
 * Why cards, not suggested actions, also in personal chat: Teams shows at most three suggested
 * actions and supports only `imBack` there, which posts the raw choice id as the user's message.
 * A `messageBack` button shows the label as the user's message and sends the choice id as `value`.
 */
import type { Activity, CardAction } from 'botbuilder';
import { ActionTypes, ActivityTypes, CardFactory, TextFormatTypes } from 'botbuilder';
import { texts } from '../../content/index.js';
import { sourcesLine } from '../../content/render.js';
import type { Locale } from '../../content/topic-ids.js';
import type { BotMessage } from '../../content/types.js';
import type { TurnResponse } from '../core/turn.js';

/** Teams shows up to six buttons on a hero card; more choices go on further cards. */
const BUTTONS_PER_CARD = 6;

/** Text safe in Teams markdown: HTML characters as entities, markdown characters escaped. */
export const escapeMarkdown = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1');

const link = (url: string, label: string) =>
  `[${escapeMarkdown(label)}](${url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`;

/** The message text without its closing plain-text source line, when the sources are shown as links. */
function bodyOf(m: BotMessage, locale: Locale): string {
  const line = m.citations?.length ? sourcesLine(locale, m.citations) : '';
  return line && m.text.endsWith(`\n\n${line}`) ? m.text.slice(0, -(line.length + 2)) : m.text;
}

function markdownOf(m: BotMessage, locale: Locale, publicBaseUrl: string | undefined): string {
  // "• " items become a markdown list, so Teams keeps them on lines of their own.
  const parts = [escapeMarkdown(bodyOf(m, locale)).replace(/^• /gm, '- ')];
  const sources = (m.citations ?? []).map((c) => {
    const label = c.ref ? `${c.source} ${c.ref}` : c.source;
    return c.url ? link(c.url, label) : escapeMarkdown(label);
  });
  if (sources.length > 0) parts.push(`**${escapeMarkdown(texts(locale).ui.sources)}:** ${sources.join(' · ')}`);
  const files = (m.attachments ?? []).map((a) => {
    const url = /^https?:\/\//.test(a.url) ? a.url : publicBaseUrl ? new URL(a.url, publicBaseUrl).href : undefined;
    return url ? link(url, a.label) : escapeMarkdown(a.label);
  });
  if (files.length > 0) parts.push(files.join(' · '));
  return parts.join('\n\n');
}

const button = (c: { id: string; label: string }): CardAction => ({
  type: ActionTypes.MessageBack,
  title: c.label,
  displayText: c.label,
  text: c.id,
  value: { choice: c.id },
});

/** The activities that answer a turn. `publicBaseUrl` makes the files' relative links absolute. */
export function renderTurn(
  turn: Pick<TurnResponse, 'locale' | 'messages'>,
  publicBaseUrl?: string,
): Partial<Activity>[] {
  return turn.messages.map((m) => {
    const choices = m.choices ?? [];
    const cards = [];
    for (let start = 0; start < choices.length; start += BUTTONS_PER_CARD)
      cards.push(CardFactory.heroCard('', undefined, choices.slice(start, start + BUTTONS_PER_CARD).map(button)));
    return {
      type: ActivityTypes.Message,
      textFormat: TextFormatTypes.Markdown,
      text: markdownOf(m, turn.locale, publicBaseUrl),
      ...(cards.length > 0 ? { attachments: cards, attachmentLayout: 'list' } : {}),
    };
  });
}

/** The choice a clicked button carries (`messageBack` value), if the activity is a click. */
export function choiceOf(value: unknown): string | undefined {
  const choice = typeof value === 'object' && value !== null ? (value as { choice?: unknown }).choice : undefined;
  return typeof choice === 'string' && choice.length > 0 ? choice : undefined;
}
