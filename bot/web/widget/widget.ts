/**
 * The Losen chat widget: `<script src="https://host/widget.js" data-locale="nb" defer></script>`
 * adds a launcher button and a chat panel to any page, inside a shadow root styled by
 * `widget.css` from the same origin. It talks to the chat API on the origin of its own `src`,
 * so it works embedded on other sites (the server lists them for CORS).
 *
 * All text goes into the DOM as text, never as HTML. The conversation (id, language,
 * transcript) survives reloads in sessionStorage.
 *
 * Every answer can be rated (👍/👎, with an optional comment after 👎); "Start over" keeps the
 * transcript above a divider; deleting the conversation asks first; the transcript can be
 * downloaded as text. A new answer taller than the log is shown from its start.
 *
 * Language: the widget offers Bokmål · Nynorsk · English. Until the user picks one, the server
 * follows the language of what the user writes (contract.md §2) and the widget follows the
 * server, re-labelling itself in the language each reply came in; once picked, the choice is sent
 * with every message.
 */
import type { Api, ChatRequest } from './api.js';
import { ApiError, createApi } from './api.js';
import { h } from './dom.js';
import type { Entry, Rating, ShownMessage } from './model.js';
import type { EntryActions } from './render.js';
import { renderEntry, renderNotice, transcriptText } from './render.js';
import type { SessionMemory } from './storage.js';
import { createSessionMemory } from './storage.js';
import type { WidgetLocale, WidgetStrings } from '../../../content/widget.js';
import { asLocale, stringsFor } from '../../../content/widget.js';
import type { Ui } from './ui.js';
import { buildUi } from './ui.js';

const RESTART = 'cmd:restart';
/** Choices a review shows in its own rows (one per answer), not among the quick replies. */
const CHANGE = 'change:';

/** The message for a failed call, in the widget's language. */
function errorText(error: unknown, t: WidgetStrings): string {
  if (!(error instanceof ApiError) || error.kind === 'network') return t.errorNetwork;
  if (error.status === 429) return t.errorTooMany;
  if (error.status === 413) return t.errorTooLong;
  return t.errorHttp(error.status);
}

class LosenWidget {
  private conversationId: string | undefined;
  private locale: WidgetLocale;
  /** True once the user has picked a language; until then the conversation follows their text. */
  private picked: boolean;
  private transcript: Entry[];
  private busy = false;
  /** What the buttons inside transcript lines do. */
  private readonly actions: EntryActions = {
    choose: (id, label) => void this.request({ choice: id }, { shownAs: label, fromChoice: true }),
    copy: (text, button) => void this.copy(text, button),
    rate: (entry, rating, comment) => this.rate(entry, rating, comment),
  };

  constructor(
    private readonly ui: Ui,
    private readonly api: Api,
    private readonly memory: SessionMemory,
    defaultLocale: WidgetLocale,
  ) {
    const saved = memory.load();
    this.conversationId = saved.conversationId;
    this.locale = saved.locale ?? defaultLocale;
    this.picked = saved.picked ?? false;
    this.transcript = saved.transcript;
    this.relabel();
    this.redraw();
    this.wire();
  }

  private get t(): WidgetStrings {
    return stringsFor(this.locale);
  }

  private wire() {
    const { ui } = this;
    ui.launcher.addEventListener('click', () => (ui.panel.hidden ? this.open() : this.close()));
    ui.close.addEventListener('click', () => this.close());
    ui.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.close();
      }
    });
    ui.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.sendText();
    });
    ui.input.addEventListener('keydown', (e) => {
      // Enter sends; Shift+Enter makes a new line; never while an IME is composing.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        void this.sendText();
      }
    });
    for (const { locale, button } of ui.languages) button.addEventListener('click', () => void this.pick(locale));
    ui.restart.addEventListener('click', () => void this.request({ choice: RESTART }, { focusInput: true }));
    ui.remove.addEventListener('click', () => this.askToForget(true));
    ui.confirmNo.addEventListener('click', () => this.askToForget(false));
    ui.confirmYes.addEventListener('click', () => {
      this.askToForget(false, false);
      void this.forget();
    });
    ui.download.addEventListener('click', () => this.downloadTranscript());
  }

  open() {
    const { ui } = this;
    ui.panel.hidden = false;
    ui.root.classList.add('is-open');
    ui.launcher.setAttribute('aria-expanded', 'true');
    this.scrollToEnd();
    ui.input.focus();
    if (this.transcript.length === 0 && !this.busy) void this.request({});
  }

  close() {
    const { ui } = this;
    ui.panel.hidden = true;
    ui.root.classList.remove('is-open');
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.launcher.focus();
  }

  /** Re-label the widget's own UI; the transcript keeps the language each line was said in. */
  private relabel() {
    this.ui.applyStrings(this.t, this.locale);
  }

  private render(entry: Entry): HTMLElement {
    return renderEntry(entry, this.locale, this.actions);
  }

  /** Draw the whole transcript (at start, and when a conversation is deleted). */
  private redraw() {
    this.ui.messages.replaceChildren(...this.transcript.map((e) => this.render(e)));
    this.showLastChoices();
    this.scrollToEnd();
  }

  /** The quick replies of the last line, when Losen said it; only the last review's rows can be changed. */
  private showLastChoices() {
    const last = this.transcript[this.transcript.length - 1];
    const message = last?.from === 'bot' ? last.message : undefined;
    const choices = message?.choices ?? [];
    this.showChoices(message?.review ? choices.filter((c) => !c.id.startsWith(CHANGE)) : choices);
    const reviews = [...this.ui.messages.querySelectorAll('.review')];
    const current = message?.review ? reviews.at(-1) : undefined;
    for (const review of reviews)
      for (const button of review.querySelectorAll('button')) button.hidden = review !== current;
  }

  private showChoices(choices: NonNullable<ShownMessage['choices']>) {
    const { quick } = this.ui;
    quick.classList.toggle('quick--many', choices.length > 6);
    quick.replaceChildren(
      ...choices.map((c) => {
        const button = h('button', 'chip', { type: 'button' }, [c.label]);
        button.addEventListener(
          'click',
          () => void this.request({ choice: c.id }, { shownAs: c.label, fromChoice: true }),
        );
        return button;
      }),
    );
    quick.hidden = choices.length === 0;
  }

  private scrollToEnd() {
    const { log } = this.ui;
    log.scrollTop = log.scrollHeight;
  }

  /** Show what is new: from the start of `first` when it and what follows are taller than the log, else the end. */
  private reveal(first: HTMLElement | undefined) {
    const { log } = this.ui;
    if (!first) return this.scrollToEnd();
    const top = first.getBoundingClientRect().top - log.getBoundingClientRect().top + log.scrollTop - 8;
    log.scrollTop = log.scrollHeight - top > log.clientHeight ? top : log.scrollHeight;
  }

  private notice(text: string, kind: 'info' | 'error') {
    this.ui.messages.append(renderNotice(text, kind));
    this.scrollToEnd();
  }

  private save() {
    this.memory.save({
      ...(this.conversationId ? { conversationId: this.conversationId } : {}),
      locale: this.locale,
      ...(this.picked ? { picked: true } : {}),
      transcript: this.transcript,
    });
  }

  private setBusy(busy: boolean) {
    const { ui } = this;
    this.busy = busy;
    ui.send.disabled = busy;
    ui.typing.hidden = !busy;
    // aria-disabled, not disabled: a disabled button would lose keyboard focus.
    for (const el of [
      ui.restart,
      ui.remove,
      ui.confirmYes,
      ...ui.languages.map((l) => l.button),
      ...ui.quick.querySelectorAll('button'),
    ]) {
      if (busy) el.setAttribute('aria-disabled', 'true');
      else el.removeAttribute('aria-disabled');
    }
    if (busy) this.scrollToEnd();
  }

  private async sendText() {
    const text = this.ui.input.value.trim();
    if (!text || this.busy) return;
    this.ui.input.value = '';
    const sent = await this.request({ text }, { shownAs: text });
    // Nothing typed is lost: a message that did not go through goes back into the box.
    if (!sent && this.ui.input.value === '') this.ui.input.value = text;
  }

  /** Send one turn; true when the server answered. */
  private async request(
    turn: Pick<ChatRequest, 'text' | 'choice'>,
    how: { shownAs?: string; fromChoice?: boolean; focusInput?: boolean } = {},
  ): Promise<boolean> {
    if (this.busy) return false;
    const { ui } = this;
    const said: Entry | undefined =
      how.shownAs === undefined ? undefined : { from: 'user', text: how.shownAs, lang: this.locale };
    const pending = said && this.render(said);
    if (pending) ui.messages.append(pending);
    this.setBusy(true);
    try {
      // The server follows the user's text unless told otherwise, so the language goes along only
      // when the user picked one, or to open a conversation (no text yet: the page's language).
      const sendLocale = this.picked || (this.conversationId === undefined && turn.text === undefined);
      const reply = await this.api.chat({
        ...(this.conversationId ? { conversationId: this.conversationId } : {}),
        ...turn,
        ...(sendLocale ? { locale: this.locale } : {}),
      });
      this.conversationId = reply.conversationId;
      if (reply.locale !== this.locale) {
        this.locale = reply.locale;
        this.relabel();
      }
      const restart = turn.choice === RESTART;
      // What the user said or chose can be rated, on the last line of the answer.
      const rated = said !== undefined && reply.turn > 0;
      const answers: Entry[] = reply.messages.map((message, i) => ({
        from: 'bot',
        message,
        lang: reply.locale,
        ...(rated && i === reply.messages.length - 1
          ? { feedback: { conversationId: reply.conversationId, turn: reply.turn } }
          : {}),
      }));
      this.setBusy(false);
      // Starting over keeps what was said, above a divider. Only new lines are added to the log,
      // so screen readers announce just those.
      const added: Entry[] = [
        ...(restart && this.transcript.length > 0 ? [{ from: 'divider', lang: reply.locale } as const] : []),
        ...(said ? [said] : []),
        ...answers,
      ];
      this.transcript.push(...added);
      const elements = added.map((e) => (e === said && pending ? pending : this.render(e)));
      ui.messages.append(...elements.filter((el) => el !== pending));
      this.showLastChoices();
      const firstAnswer = answers[0];
      this.reveal(firstAnswer ? elements[added.indexOf(firstAnswer)] : undefined);
      this.save();
      return true;
    } catch (error) {
      pending?.remove();
      this.setBusy(false);
      this.notice(errorText(error, this.t), 'error');
      return false;
    } finally {
      this.restoreFocus(how);
    }
  }

  /** After a turn, put focus back where a keyboard user expects it, if it was lost. */
  private restoreFocus(how: { fromChoice?: boolean; focusInput?: boolean }) {
    const { ui } = this;
    if (ui.panel.hidden) return;
    const shadow = ui.root.getRootNode() as ShadowRoot;
    const firstChoice = ui.quick.querySelector('button');
    if (how.focusInput) ui.input.focus();
    else if (shadow.activeElement === null && how.fromChoice && firstChoice) firstChoice.focus();
    else if (shadow.activeElement === null) ui.input.focus();
  }

  /** Show (or hide) the question before deleting; focus goes to its answer, or back to the button. */
  private askToForget(show: boolean, focus = true) {
    const { ui } = this;
    if (show && this.busy) return;
    ui.confirm.hidden = !show;
    ui.remove.setAttribute('aria-expanded', String(show));
    if (focus) (show ? ui.confirmYes : ui.remove).focus();
  }

  private async forget() {
    if (this.busy) return;
    this.setBusy(true);
    try {
      if (this.conversationId) await this.api.forget(this.conversationId);
      this.conversationId = undefined;
      this.transcript = [];
      this.memory.clear();
      this.setBusy(false);
      this.redraw();
      this.notice(this.t.deleted, 'info');
    } catch {
      this.setBusy(false);
      this.notice(this.t.errorDelete, 'error');
    }
    this.ui.input.focus();
  }

  /** Send a rating of the turn `entry` answered; remember it in the transcript when the server took it. */
  private async rate(entry: Extract<Entry, { from: 'bot' }>, rating: Rating, comment?: string): Promise<boolean> {
    const feedback = entry.feedback;
    if (!feedback) return false;
    try {
      await this.api.feedback({
        conversationId: feedback.conversationId,
        turn: feedback.turn,
        rating,
        ...(comment ? { comment } : {}),
      });
      feedback.rating = rating;
      this.save();
      return true;
    } catch {
      return false;
    }
  }

  /** Copy a hand-off's summary; say whether it worked (the button keeps focus). */
  private async copy(text: string, button: HTMLButtonElement) {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    this.notice(ok ? this.t.copied : this.t.copyFailed, ok ? 'info' : 'error');
    button.focus();
  }

  /** The transcript as a text file, downloaded. */
  private downloadTranscript() {
    const text = transcriptText(this.transcript, this.locale);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = h('a', '', { href: url, download: `${this.t.transcriptFileName}.txt`, hidden: true });
    this.ui.root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The user picks a language: from now on it is sent with every message. */
  private async pick(locale: WidgetLocale) {
    if (this.busy || (this.picked && locale === this.locale)) return;
    const changed = locale !== this.locale;
    this.picked = true;
    this.locale = locale;
    this.relabel();
    this.save();
    // Nothing asked yet: greet again in the new language instead of leaving a greeting in the old one.
    if (!this.transcript.some((e) => e.from === 'user')) {
      if (!changed) return;
      const old = this.conversationId;
      this.conversationId = undefined;
      this.transcript = [];
      this.redraw();
      if (old) void this.api.forget(old).catch(() => undefined);
      await this.request({});
    } else {
      this.notice(this.t.languageChanged, 'info');
    }
  }
}

/** Where the widget was loaded from: its script's origin, else the page's. */
function scriptOf(): HTMLScriptElement | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) =>
    /\/widget\.js(\?|#|$)/.test(s.src),
  );
}

/** The widget's starting language from the page's `lang` ("nn-NO" → nn, "en-GB" → en, else bokmål). */
function pageLocale(lang: string): WidgetLocale {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'nn' || primary === 'en' ? primary : 'nb';
}

function mount(script: HTMLScriptElement | undefined) {
  if (document.querySelector('losen-chat')) return; // loaded twice: one widget is enough
  const base = script ? new URL(script.src, location.href).origin : location.origin;
  const locale = asLocale(script?.dataset.locale) ?? pageLocale(document.documentElement.lang);
  const host = document.createElement('losen-chat');
  const shadow = host.attachShadow({ mode: 'open' });
  const ui = buildUi(shadow, new URL('/widget.css', base).href, base);
  new LosenWidget(ui, createApi(base), createSessionMemory(base), locale);
  document.body.append(host);
}

// `document.currentScript` is only set while this script runs, so read it now.
const ownScript = scriptOf();
if (document.body) mount(ownScript);
else document.addEventListener('DOMContentLoaded', () => mount(ownScript), { once: true });
