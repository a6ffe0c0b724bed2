/**
 * Transcript lines as DOM: plain text (newlines and "• " bullets kept by `white-space: pre-wrap`
 * in the stylesheet), sources as links that open in a new tab, downloads as link buttons.
 */
import { h, srOnly } from './dom.js';
import type { Entry, ShownMessage, Source } from './model.js';
import { sourceText, textWithoutSourceLine } from './model.js';
import type { WidgetLocale, WidgetStrings } from '../../../content/widget.js';
import { stringsFor } from '../../../content/widget.js';

function sourceItem(s: Source, t: WidgetStrings): HTMLLIElement {
  if (!s.href) return h('li', '', {}, [sourceText(s)]);
  const link = h('a', '', { href: s.href, target: '_blank', rel: 'noopener noreferrer' }, [
    sourceText(s),
    ' ',
    srOnly(t.newTab),
  ]);
  return h('li', '', {}, [link]);
}

function botMessage(m: ShownMessage, t: WidgetStrings, lang: string | undefined): HTMLElement {
  const sources = m.sources ?? [];
  const attachments = m.attachments ?? [];
  const el = h(
    'div',
    m.decision ? 'msg msg--bot msg--decision' : 'msg msg--bot',
    { lang, 'data-decision': m.decision, 'data-topic': m.topic },
    [
      srOnly(`${t.name}: `),
      h('p', 'msg__text', {}, [textWithoutSourceLine(m.text, sources.length > 0)]),
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
    ],
  );
  return el;
}

/**
 * One transcript line as an element, labelled in the language it was said in (so switching
 * language never re-draws, and so never re-announces, the log).
 */
export function renderEntry(entry: Entry, fallback: WidgetLocale): HTMLElement {
  const t = stringsFor(entry.lang ?? fallback);
  if (entry.from === 'bot') return botMessage(entry.message, t, entry.lang);
  return h('div', 'msg msg--user', {}, [srOnly(`${t.you}: `), h('p', 'msg__text', {}, [entry.text])]);
}

/** A note from the widget itself (an error, a confirmation); never stored. */
export function renderNotice(text: string, kind: 'info' | 'error'): HTMLElement {
  return h('p', `notice notice--${kind}`, {}, [text]);
}
