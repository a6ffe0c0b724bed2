/**
 * Block Kit rendering of a turn: each message's text as mrkdwn sections, its progress, review
 * and hand-off, its sources and files as links in a context block, its choices as buttons whose
 * value is the choice id; and, on an answer, the 👍/👎 buttons.
 */
import type { types } from '@slack/bolt';
import { channelTexts } from '../../content/channels.js';
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

/** How a message's files are offered when they cannot be linked (no public base URL). */
export type FilesMode = 'name' | 'upload' | 'elsewhere';

/** How a turn is rendered: links, files, and the turn its 👍/👎 rate. */
export type RenderOptions = {
  /** Makes the files' relative links absolute; without it files are not linked. */
  publicBaseUrl?: string;
  /**
   * Without a public base URL: name each file (`name`), leave them to an upload after the message
   * (`upload`), or name them and say where to get them (`elsewhere`, an ephemeral answer).
   */
  files?: FilesMode;
  /** The turn the answer's 👍/👎 buttons rate; no buttons without it. */
  feedbackTurn?: number;
};

/** The action ids of the 👍/👎 buttons, and the id of the block that holds them. */
export const FEEDBACK_ACTION = { up: 'losen_feedback_up', down: 'losen_feedback_down' } as const;
export const FEEDBACK_BLOCK = 'losen_feedback';
const FEEDBACK_QUESTION_BLOCK = 'losen_feedback_question';

const context = (text: string): types.KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** The mailto link and further links of a hand-off (a very long mailto is named, not linked). */
function handoffBlocks(m: BotMessage, locale: Locale): types.KnownBlock[] {
  const handoff = m.handoff;
  if (!handoff) return [];
  const blocks: types.KnownBlock[] = [];
  if (handoff.summary && !m.text.includes(handoff.summary))
    blocks.push(
      ...chunks(handoff.summary, SECTION_CHARS).map(
        (text): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } }),
      ),
    );
  const label = channelTexts(locale).handoffEmail;
  const email =
    handoff.email.href.length <= SECTION_CHARS
      ? link(handoff.email.href, label)
      : `${escapeMrkdwn(label)}: ${escapeMrkdwn(handoff.email.to)}`;
  blocks.push(context([email, ...handoff.links.map((l) => link(l.url, l.label))].join(' · ')));
  return blocks;
}

function blocksOf(m: BotMessage, index: number, locale: Locale, options: RenderOptions): types.KnownBlock[] {
  const { publicBaseUrl, files: filesMode = 'name' } = options;
  const blocks: types.KnownBlock[] = [];
  if (m.progress) blocks.push(context(escapeMrkdwn(channelTexts(locale).progress(m.progress.step, m.progress.of))));
  blocks.push(
    ...chunks(bodyOf(m, locale), SECTION_CHARS).map(
      (text): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } }),
    ),
  );
  if (m.review?.items.length) {
    const lines = m.review.items.map((i) => `• *${escapeMrkdwn(i.label)}:* ${escapeMrkdwn(i.value)}`).join('\n');
    blocks.push(
      ...chunks(lines, SECTION_CHARS).map(
        (text): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } }),
      ),
    );
  }
  blocks.push(...handoffBlocks(m, locale));
  const links = (m.citations ?? []).map((c) => {
    const label = c.ref ? `${c.source} ${c.ref}` : c.source;
    return c.url ? link(c.url, label) : escapeMrkdwn(label);
  });
  if (links.length > 0) blocks.push(context(`*${escapeMrkdwn(texts(locale).ui.sources)}:* ${links.join(' · ')}`));
  const files = (m.attachments ?? []).flatMap((a) => {
    const url = /^https?:\/\//.test(a.url) ? a.url : publicBaseUrl ? new URL(a.url, publicBaseUrl).href : undefined;
    if (url) return [link(url, a.label)];
    // Not linkable: uploaded after the message, or only named (the printable page is a web page).
    if (filesMode === 'upload' || (filesMode === 'elsewhere' && a.kind === 'html')) return [];
    return [escapeMrkdwn(a.label)];
  });
  if (files.length > 0) {
    const hint =
      filesMode === 'elsewhere' && !publicBaseUrl ? ` — ${escapeMrkdwn(channelTexts(locale).documentElsewhere)}` : '';
    blocks.push(context(`${files.join(' · ')}${hint}`));
  }
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

/** The 👍/👎 buttons under an answer; each button's value is `<turn>|<locale>`. */
export function feedbackBlocks(turn: number, locale: Locale): types.KnownBlock[] {
  const t = channelTexts(locale);
  const value = `${turn}|${locale}`;
  return [
    {
      type: 'context',
      block_id: FEEDBACK_QUESTION_BLOCK,
      elements: [{ type: 'mrkdwn', text: escapeMrkdwn(t.feedbackQuestion) }],
    },
    {
      type: 'actions',
      block_id: FEEDBACK_BLOCK,
      elements: [
        {
          type: 'button',
          action_id: FEEDBACK_ACTION.up,
          text: { type: 'plain_text', text: t.feedbackUp, emoji: true },
          value,
        },
        {
          type: 'button',
          action_id: FEEDBACK_ACTION.down,
          text: { type: 'plain_text', text: t.feedbackDown, emoji: true },
          value,
        },
      ],
    },
  ];
}

/** The turn and language a 👍/👎 button's value names, if it is one. */
export function feedbackValue(value: string | undefined): { turn: number; locale: Locale } | undefined {
  const m = /^(\d{1,9})\|(nb|nn|en)$/.exec(value ?? '');
  const turn = Number(m?.[1]);
  return m && turn >= 1 ? { turn, locale: m[2] as Locale } : undefined;
}

/**
 * One Slack message for a whole turn. `text` is the notification fallback. The 👍/👎 buttons, when
 * asked for, come last and are never cut by Slack's block limit.
 */
export function renderTurn(turn: Pick<TurnResponse, 'locale' | 'messages'>, options: RenderOptions = {}): SlackMessage {
  const messages = turn.messages;
  const feedback = options.feedbackTurn !== undefined ? feedbackBlocks(options.feedbackTurn, turn.locale) : [];
  const blocks = messages.flatMap((m, i) => [
    ...(i > 0 ? [{ type: 'divider' } as const] : []),
    ...blocksOf(m, i, turn.locale, options),
  ]);
  const text = truncate(messages.map((m) => bodyOf(m, turn.locale)).join('\n\n'), 3000);
  return { text: escapeMrkdwn(text), blocks: [...blocks.slice(0, MAX_BLOCKS - feedback.length), ...feedback] };
}

const isFeedback = (b: types.KnownBlock) => b.block_id === FEEDBACK_BLOCK || b.block_id === FEEDBACK_QUESTION_BLOCK;

/**
 * A clicked message's blocks with its choice buttons replaced by the chosen label, so it is
 * answered once; its 👍/👎 stay.
 */
export function answeredBlocks(blocks: readonly types.KnownBlock[], chosen: string): types.KnownBlock[] {
  const feedback = blocks.filter(isFeedback);
  return [
    ...blocks.filter((b) => b.type !== 'actions' && !isFeedback(b)),
    context(`→ ${escapeMrkdwn(chosen)}`),
    ...feedback,
  ];
}

/** A rated message's blocks with its 👍/👎 replaced by a thank-you. */
export function ratedBlocks(blocks: readonly types.KnownBlock[], locale: Locale): types.KnownBlock[] {
  return [...blocks.filter((b) => !isFeedback(b)), context(escapeMrkdwn(channelTexts(locale).feedbackThanks))];
}
