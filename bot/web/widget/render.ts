/**
 * Transcript lines as DOM: plain text (newlines and "• " bullets kept by `white-space: pre-wrap`
 * in the stylesheet), where a question stands in a long flow, the answers of a review with a
 * button to change each, a hand-off's e-mail and copy buttons, sources as links that open in a new
 * tab, downloads as link buttons, and the thumbs under an answer.
 */
import { h, srOnly } from './dom.js';
import { feedbackControls, type FeedbackActions } from './feedback.js';
import type { Entry, ShownMessage, Source } from './model.js';
import { sourceId, sourceText, textWithoutSourceLine } from './model.js';
import type { WidgetLocale, WidgetStrings } from '../../../content/widget.js';
import { stringsFor } from '../../../content/widget.js';

/** What a line's buttons do: choose (a review's change), copy a summary, rate an answer. */
export type EntryActions = FeedbackActions & {
  choose(id: string, label: string): void;
  copy(text: string, button: HTMLButtonElement): void;
};

function sourceItem(s: Source, t: WidgetStrings): HTMLLIElement {
  // The identifier ("FOR-2009-06-18-666 § 1") stays in the title; the name is what is read.
  const title = s.title ? sourceId(s) : undefined;
  if (!s.href) return h('li', '', { title }, [sourceText(s)]);
  const link = h('a', '', { href: s.href, target: '_blank', rel: 'noopener noreferrer', title }, [
    sourceText(s),
    ' ',
    srOnly(t.newTab),
  ]);
  return h('li', '', {}, [link]);
}

/** The message text as shown: without its plain source line, and without the review's list (shown as rows). */
function shownText(m: ShownMessage): string {
  const text = textWithoutSourceLine(m.text, (m.sources ?? []).length > 0);
  if (!m.review) return text;
  const cut = text.lastIndexOf('\n\n');
  return cut > 0 && text.slice(cut + 2).startsWith('• ') ? text.slice(0, cut) : text;
}

/** The answers of a review, each with a button to change it (named by the server's choice label). */
function reviewList(m: ShownMessage, t: WidgetStrings, actions: EntryActions): HTMLElement | false {
  const items = m.review?.items ?? [];
  if (items.length === 0) return false;
  const labels = new Map((m.choices ?? []).map((c) => [c.id, c.label]));
  return h('div', 'review', {}, [
    h('p', 'review__title', {}, [t.reviewTitle]),
    h(
      'ul',
      'review__items',
      {},
      items.map((item) => {
        const id = `change:${item.fact}`;
        const name = labels.get(id);
        const button =
          name !== undefined &&
          h('button', 'review__change', { type: 'button', 'aria-label': name, 'data-choice': id }, [t.change]);
        if (button) button.addEventListener('click', () => actions.choose(id, name ?? t.change));
        return h('li', 'review__item', {}, [
          h('span', 'review__label', {}, [item.label]),
          h('span', 'review__value', {}, [item.value]),
          button,
        ]);
      }),
    ),
  ]);
}

/** A hand-off's ways on: the prefilled e-mail, copying the summary, and links to one's own case. */
function handoffBlock(m: ShownMessage, t: WidgetStrings, actions: EntryActions): HTMLElement | false {
  const handoff = m.handoff;
  if (!handoff) return false;
  const copy = h('button', 'button button--secondary', { type: 'button' }, [t.copySummary]);
  copy.addEventListener('click', () => actions.copy(handoff.summary, copy));
  return h('div', 'handoff', {}, [
    h('div', 'handoff__actions', {}, [
      h('a', 'button button--primary', { href: handoff.email.href }, [t.emailSdir]),
      copy,
    ]),
    handoff.links.length > 0 &&
      h(
        'ul',
        'handoff__links',
        {},
        handoff.links.map((l) =>
          h('li', '', {}, [
            h('a', '', { href: l.href, target: '_blank', rel: 'noopener noreferrer' }, [
              l.label,
              ' ',
              srOnly(t.newTab),
            ]),
          ]),
        ),
      ),
  ]);
}

function botMessage(
  entry: Extract<Entry, { from: 'bot' }>,
  t: WidgetStrings,
  lang: string | undefined,
  actions: EntryActions,
): HTMLElement {
  const m = entry.message;
  const sources = m.sources ?? [];
  const attachments = m.attachments ?? [];
  return h(
    'div',
    m.decision ? 'msg msg--bot msg--decision' : 'msg msg--bot',
    { lang, 'data-decision': m.decision, 'data-topic': m.topic },
    [
      srOnly(`${t.name}: `),
      m.progress &&
        h('p', 'msg__progress', {}, [srOnly(`${t.progressLabel} `), t.progress(m.progress.step, m.progress.of)]),
      h('p', 'msg__text', {}, [shownText(m)]),
      reviewList(m, t, actions),
      handoffBlock(m, t, actions),
      attachments.length > 0 &&
        h(
          'ul',
          'msg__downloads',
          {},
          // The server's labels say what each link gives ("Last ned … (PDF)"); a printable page
          // opens in a new tab, the files download.
          attachments.map((a) =>
            h('li', '', {}, [
              a.kind === 'html'
                ? h('a', 'button button--download', { href: a.href, target: '_blank', rel: 'noopener noreferrer' }, [
                    a.label,
                    ' ',
                    srOnly(t.newTab),
                  ])
                : h('a', 'button button--download', { href: a.href, download: true }, [a.label]),
            ]),
          ),
        ),
      sources.length > 0 &&
        h('div', 'msg__sources', {}, [
          h('p', 'msg__sources-title', {}, [t.sources]),
          h(
            'ul',
            '',
            {},
            sources.map((s) => sourceItem(s, t)),
          ),
        ]),
      entry.feedback && feedbackControls(entry, t, actions),
    ],
  );
}

/**
 * One transcript line as an element, labelled in the language it was said in (so switching
 * language never re-draws, and so never re-announces, the log).
 */
export function renderEntry(entry: Entry, fallback: WidgetLocale, actions: EntryActions): HTMLElement {
  const t = stringsFor(entry.lang ?? fallback);
  if (entry.from === 'bot') return botMessage(entry, t, entry.lang, actions);
  if (entry.from === 'divider')
    return h('div', 'divider', { role: 'separator', 'aria-label': t.newConversation }, [
      h('span', 'divider__text', { 'aria-hidden': 'true' }, [t.newConversation]),
    ]);
  return h('div', 'msg msg--user', {}, [srOnly(`${t.you}: `), h('p', 'msg__text', {}, [entry.text])]);
}

/** A note from the widget itself (an error, a confirmation); never stored. */
export function renderNotice(text: string, kind: 'info' | 'error'): HTMLElement {
  return h('p', `notice notice--${kind}`, {}, [text]);
}

/** The transcript as plain text, for download: who said what, the sources and the downloads by name. */
export function transcriptText(entries: readonly Entry[], fallback: WidgetLocale): string {
  return entries
    .map((entry) => {
      const t = stringsFor(entry.lang ?? fallback);
      if (entry.from === 'divider') return `— ${t.newConversation} —`;
      if (entry.from === 'user') return `${t.you}: ${entry.text}`;
      const m = entry.message;
      const lines = [`${t.name}: ${m.text}`];
      for (const a of m.attachments ?? []) lines.push(`${a.label}: ${a.href}`);
      for (const l of m.handoff?.links ?? []) lines.push(`${l.label}: ${l.href}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
