/**
 * The widget's fixed parts inside its shadow root: launcher, panel (a labelled non-modal dialog)
 * saying what Losen is (guidance, not a decision) with links to how it works and to privacy,
 * toolbar, the question before a conversation is deleted, message log, quick replies and the
 * message form. `applyStrings` re-labels them all.
 */
import { h, srOnly } from './dom.js';
import type { WidgetLocale, WidgetStrings } from '../../../content/widget.js';
import { LANGUAGE_NAMES } from '../../../content/widget.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A decorative chat-bubble icon (hidden from assistive technology). */
function bubbleIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
  svg.append(path);
  return svg;
}

export type Ui = ReturnType<typeof buildUi>;

/** The pages the disclaimer links to, on the widget's own origin. */
export const PAGE_PATHS = { howItWorks: '/om-losen', privacy: '/personvern' } as const;

export function buildUi(shadow: ShadowRoot, cssHref: string, base: string) {
  const launcherText = h('span', 'launcher__text');
  const launcher = h(
    'button',
    'launcher',
    { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'losen-panel' },
    [bubbleIcon(), launcherText],
  );

  const title = h('h2', 'panel__title', { id: 'losen-title' });
  const tagline = h('p', 'panel__tagline');
  const closeLabel = srOnly('');
  const close = h('button', 'icon-button', { type: 'button' }, [
    h('span', 'icon-button__glyph', { 'aria-hidden': 'true' }, ['×']),
    closeLabel,
  ]);

  // Each language is named in itself and marked with its `lang`, so a screen reader says
  // "Nynorsk" as nynorsk whatever the widget's language; the one in use is pressed.
  const languageButtons = (Object.keys(LANGUAGE_NAMES) as WidgetLocale[]).map((locale) => ({
    locale,
    button: h('button', 'language', { type: 'button', lang: locale, 'data-locale': locale, 'aria-pressed': 'false' }, [
      LANGUAGE_NAMES[locale],
    ]),
  }));
  const languages = h(
    'div',
    'languages',
    { role: 'group' },
    languageButtons.map((l) => l.button),
  );
  const restart = h('button', 'tool', { type: 'button' });
  const remove = h('button', 'tool', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'losen-confirm' });
  const download = h('button', 'tool', { type: 'button' });
  const toolbar = h('div', 'toolbar', {}, [restart, remove, download, languages]);

  // Deleting asks first; the question stays in the panel, so the keyboard never leaves it.
  const confirmText = h('p', 'confirm__text', { id: 'losen-confirm-text' });
  const confirmYes = h('button', 'button button--danger', { type: 'button' });
  const confirmNo = h('button', 'button button--secondary', { type: 'button' });
  const confirm = h(
    'div',
    'confirm',
    { id: 'losen-confirm', role: 'group', 'aria-labelledby': 'losen-confirm-text', hidden: true },
    [confirmText, h('div', 'confirm__buttons', {}, [confirmYes, confirmNo])],
  );

  const disclaimerText = h('span', 'disclaimer__text');
  const pageLink = () =>
    h('a', 'disclaimer__link', { target: '_blank', rel: 'noopener noreferrer' }, [h('span'), ' ', srOnly('')]);
  const howItWorks = pageLink();
  const privacy = pageLink();
  const disclaimer = h('p', 'disclaimer', {}, [disclaimerText, ' ', howItWorks, ' · ', privacy]);

  const messages = h('div', 'messages');
  const typingText = h('span', 'typing__text');
  const typing = h('p', 'typing', { hidden: true }, [
    typingText,
    h('span', 'typing__dots', { 'aria-hidden': 'true' }, [h('span'), h('span'), h('span')]),
  ]);
  const log = h('div', 'log', { role: 'log', 'aria-live': 'polite', tabindex: '0' }, [messages, typing]);

  const quick = h('div', 'quick', { role: 'group', hidden: true });

  const inputLabel = h('label', 'sr-only', { for: 'losen-input' });
  const input = h('textarea', 'composer__input', {
    id: 'losen-input',
    rows: '1',
    maxlength: '2000',
    autocomplete: 'off',
    enterkeyhint: 'send',
  });
  const send = h('button', 'composer__send', { type: 'submit' });
  const form = h('form', 'composer', { novalidate: true }, [inputLabel, input, send]);

  const panel = h(
    'section',
    'panel',
    { id: 'losen-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'losen-title', hidden: true },
    [
      h('header', 'panel__header', {}, [h('div', 'panel__titles', {}, [title, tagline]), close]),
      disclaimer,
      toolbar,
      confirm,
      log,
      quick,
      form,
    ],
  );

  // Hidden until the stylesheet has loaded, so the page never shows it unstyled.
  const root = h('div', 'root', { hidden: true }, [panel, launcher]);
  const stylesheet = h('link', '', { rel: 'stylesheet', href: cssHref });
  const reveal = () => root.removeAttribute('hidden');
  stylesheet.addEventListener('load', reveal);
  stylesheet.addEventListener('error', reveal);
  shadow.append(stylesheet, root);

  function applyStrings(t: WidgetStrings, locale: WidgetLocale) {
    root.setAttribute('lang', locale);
    launcherText.textContent = t.launcher;
    title.textContent = t.name;
    tagline.textContent = t.tagline;
    closeLabel.textContent = t.close;
    languages.setAttribute('aria-label', t.languages);
    for (const l of languageButtons) l.button.setAttribute('aria-pressed', String(l.locale === locale));
    restart.textContent = t.startOver;
    remove.textContent = t.deleteConversation;
    download.textContent = t.downloadTranscript;
    confirmText.textContent = t.confirmDelete;
    confirmYes.textContent = t.confirmDeleteYes;
    confirmNo.textContent = t.cancel;
    disclaimerText.textContent = t.disclaimer;
    for (const [link, path, label] of [
      [howItWorks, PAGE_PATHS.howItWorks, t.howItWorks],
      [privacy, PAGE_PATHS.privacy, t.privacy],
    ] as const) {
      // Each page holds all three languages; the anchor opens it at the widget's.
      link.href = new URL(`${path}#${locale}`, base).href;
      const [text, , hint] = link.childNodes;
      if (text) text.textContent = label;
      if (hint) hint.textContent = t.newTab;
    }
    log.setAttribute('aria-label', t.log);
    typingText.textContent = t.typing;
    quick.setAttribute('aria-label', t.choices);
    inputLabel.textContent = t.inputLabel;
    input.placeholder = t.placeholder;
    send.textContent = t.send;
  }

  return {
    root,
    launcher,
    panel,
    close,
    languages: languageButtons,
    restart,
    remove,
    download,
    confirm,
    confirmYes,
    confirmNo,
    log,
    messages,
    typing,
    quick,
    input,
    send,
    form,
    applyStrings,
  };
}
