/**
 * Block Kit rendering of a turn: each message's text as mrkdwn sections, its sources and files as
 * links in a context block, its choices as buttons whose value is the choice id.
 */
import type { types } from '@slack/bolt';
import { texts } from '../../content/index.js';
import { sourcesLine } from '../../content/render.js';
import type { Locale } from '../../content/topic-ids.js';
import type { BotMessage } from '../../content/types.js';
import type { TurnResponse } from '../core/turn.js';

/** Every button's action id starts with this; the rest makes it unique in its Slack message. */
export const CHOICE_ACTION_PREFIX = 'losen_choice_';

/** The `text` (notification fallback) and `blocks` of a `chat.postMessage` or `respond()`. */
export type SlackMessage = { text: string; blocks: types.KnownBlock[] };

// Slack's limits: section text 3000 characters, button text 75, 25 buttons per actions block, 50 blocks.
const SECTION_CHARS = 2500;
const BUTTON_CHARS = 75;
const BUTTONS_PER_BLOCK = 25;
const MAX_BLOCKS = 50;

/** Slack mrkdwn treats only &, < and > as control characters (mentions, links). */
export const escapeMrkdwn = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A user's message text as typed: Slack escapes &, < and > in what it sends. */
export const unescapeSlack = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const link = (url: string, label: string) => `<${escapeMrkdwn(url).replace(/\|/g, '%7C')}|${escapeMrkdwn(label)}>`;

/** The message text without its closing plain-text source line, when the sources are shown as links. */
function bodyOf(m: BotMessage, locale: Locale): string {
  const line = m.citations?.length ? sourcesLine(locale, m.citations) : '';
  return line && m.text.endsWith(`\n\n${line}`) ? m.text.slice(0, -(line.length + 2)) : m.text;
}

/** Paragraph-aligned pieces of at most `max` characters. */
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    for (let rest = paragraph; rest.length > 0; rest = rest.slice(max)) {
      const piece = rest.slice(0, max);
      const last = out.at(-1);
      if (last !== undefined && last.length + piece.length + 2 <= max) out[out.length - 1] = `${last}\n\n${piece}`;
      else out.push(piece);
    }
  }
  return out;
}

const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function blocksOf(m: BotMessage, index: number, locale: Locale, publicBaseUrl: string | undefined): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = chunks(bodyOf(m, locale), SECTION_CHARS).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: escapeMrkdwn(text) },
  }));
  const links = (m.citations ?? []).map((c) => {
    const label = c.ref ? `${c.source} ${c.ref}` : c.source;
    return c.url ? link(c.url, label) : escapeMrkdwn(label);
  });
  if (links.length > 0)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `*${escapeMrkdwn(texts(locale).ui.sources)}:* ${links.join(' · ')}` }],
    });
  const files = (m.attachments ?? []).map((a) => {
    const url = /^https?:\/\//.test(a.url) ? a.url : publicBaseUrl ? new URL(a.url, publicBaseUrl).href : undefined;
    return url ? link(url, a.label) : escapeMrkdwn(a.label);
  });
  if (files.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: files.join(' · ') }] });
  const choices = m.choices ?? [];
  for (let start = 0; start < choices.length; start += BUTTONS_PER_BLOCK) {
    blocks.push({
      type: 'actions',
      elements: choices.slice(start, start + BUTTONS_PER_BLOCK).map((c, i) => ({
        type: 'button',
        action_id: `${CHOICE_ACTION_PREFIX}${index}_${start + i}`,
        text: { type: 'plain_text', text: truncate(c.label, BUTTON_CHARS) },
        value: c.id,
      })),
    });
  }
  return blocks;
}

/**
 * One Slack message for a whole turn. `text` is the notification fallback; `publicBaseUrl`
 * makes the files' relative links absolute (without it a file is named, not linked).
 */
export function renderTurn(turn: Pick<TurnResponse, 'locale' | 'messages'>, publicBaseUrl?: string): SlackMessage {
  const messages = turn.messages;
  const blocks = messages.flatMap((m, i) => [
    ...(i > 0 ? [{ type: 'divider' } as const] : []),
    ...blocksOf(m, i, turn.locale, publicBaseUrl),
  ]);
  const text = truncate(messages.map((m) => bodyOf(m, turn.locale)).join('\n\n'), 3000);
  return { text: escapeMrkdwn(text), blocks: blocks.slice(0, MAX_BLOCKS) };
}

/** A clicked message's blocks with its buttons replaced by the chosen label, so it is answered once. */
export function answeredBlocks(blocks: readonly types.KnownBlock[], chosen: string): types.KnownBlock[] {
  return [
    ...blocks.filter((b) => b.type !== 'actions'),
    { type: 'context', elements: [{ type: 'mrkdwn', text: `→ ${escapeMrkdwn(chosen)}` }] },
  ];
}
