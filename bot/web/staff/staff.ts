/**
 * The staff triage page (`/staff`): paste an e-mail to post@sdir.no, get the questions it asks and
 * their topics, what its facts decide, what to ask the sender, whether it is urgent, and a draft
 * letter to edit and copy (plain text, source addresses written out: it pastes cleanly into
 * Outlook). Everything from the server is put in the page as text, never as HTML.
 *
 * The page's own words come from `content/staff.ts` in bokmål, nynorsk or English, picked with
 * the switch in the header (kept in localStorage); the draft is in the enquiry's language. Behind
 * STAFF_TOKEN the browser signs in to open the page and sends the same credentials with its calls;
 * should the API still answer 401 (a token changed since), the page asks for the token once and
 * keeps it for the tab.
 */
import type { StaffStrings } from '../../../content/staff.js';
import { STAFF_STRINGS } from '../../../content/staff.js';
import { LANGUAGE_NAMES } from '../../../content/widget.js';
import type { Locale } from '../../../rules/types.js';
import { isLocale } from '../../../rules/types.js';
import { h } from '../widget/dom.js';
import { safeHttpUrl } from '../widget/model.js';
import type { TriageResult } from './result.js';
import { placeholdersIn, toResult } from './result.js';
import { authHeaders, keepToken, savedToken } from './token.js';

const STORAGE_KEY = 'losen-staff-locale';

/** The page language saved last time, or bokmål. */
function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : 'nb';
  } catch {
    return 'nb';
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`staff page: #${id} missing`);
  return el as T;
}

/** The name of the enquiry's language, as it reads in the page's language. */
function languageName(t: StaffStrings, locale: string): string {
  if (locale === 'nb') return t.languageNb;
  if (locale === 'nn') return t.languageNn;
  if (locale === 'en') return t.languageEn;
  return locale;
}

/** A failed request's message in the page's language. */
class ShownError extends Error {}

/** The server wants the staff token (again). */
class TokenNeeded extends Error {}

function start() {
  const form = byId<HTMLFormElement>('triage-form');
  const enquiry = byId<HTMLTextAreaElement>('enquiry');
  const analyse = byId<HTMLButtonElement>('analyse');
  const status = byId('status');
  const error = byId('error');
  const results = byId('results');
  const urgent = byId('urgent');
  const urgentReason = byId('urgent-reason');
  const language = byId('result-language');
  const quoted = byId('quoted');
  const read = byId('read');
  const topics = byId('topics');
  const decisions = byId('decisions');
  const questions = byId('questions');
  const reply = byId<HTMLTextAreaElement>('reply');
  const copy = byId<HTMLButtonElement>('copy');
  const copyStatus = byId('copy-status');
  const citations = byId('citations');
  const switcher = byId('page-language');
  const tokenForm = byId<HTMLFormElement>('token-form');
  const tokenMessage = byId('token-message');
  const tokenInput = byId<HTMLInputElement>('token');

  let locale = savedLocale();
  let t = STAFF_STRINGS[locale];
  let last: TriageResult | undefined;
  /** Why the token form is shown, so a language switch can re-word it. */
  let tokenReason: 'tokenNeeded' | 'tokenWrong' = 'tokenNeeded';
  /** The enquiry waiting for a token. */
  let waiting: string | undefined;

  // Each language named in itself, with its own `lang`; the page's language is pressed.
  const languageButtons = (Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => {
    const button = h('button', 'page-language__button', { type: 'button', lang: l, 'aria-pressed': 'false' }, [
      LANGUAGE_NAMES[l],
    ]);
    button.addEventListener('click', () => relabel(l));
    return { locale: l, button };
  });
  switcher.replaceChildren(...languageButtons.map((l) => l.button));

  /** Write every label of the page in `next`, and the last result with it. */
  function relabel(next: Locale) {
    locale = next;
    t = STAFF_STRINGS[locale];
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Blocked storage: the choice lasts until the page is left.
    }
    document.documentElement.lang = locale;
    document.title = t.pageTitle;
    switcher.setAttribute('aria-label', t.languageSwitch);
    for (const l of languageButtons) l.button.setAttribute('aria-pressed', String(l.locale === locale));
    for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const key = el.dataset.text as keyof StaffStrings;
      const value = t[key];
      if (typeof value === 'string') el.textContent = value;
    }
    tokenMessage.textContent = t[tokenReason];
    if (last) show(last, false);
  }

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  function askForToken(reason: 'tokenNeeded' | 'tokenWrong') {
    tokenReason = reason;
    tokenMessage.textContent = t[reason];
    tokenForm.hidden = false;
    tokenInput.value = '';
    tokenInput.focus();
  }

  /** Show `result`; `fresh` when it is a new analysis (the draft is replaced, edits are kept on a relabel). */
  function show(result: TriageResult, fresh: boolean) {
    last = result;
    const inEnquiry = { lang: result.locale };
    const score = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: 2 });
    urgent.hidden = !result.urgent;
    urgentReason.textContent = result.urgent?.reason ?? '';
    urgentReason.setAttribute('lang', result.locale);
    language.textContent = t.resultLanguage(languageName(t, result.locale));
    quoted.hidden = !result.quoted;
    read.replaceChildren(
      ...result.sections.map((s) =>
        h('li', '', {}, [h('q', '', inEnquiry, [s.question]), ' – ', h('span', 'topic-title', inEnquiry, [s.title])]),
      ),
    );
    topics.replaceChildren(
      ...(result.topics.length
        ? result.topics.map((x) =>
            h('li', '', {}, [
              h('span', 'topic-title', inEnquiry, [x.title ?? x.topic]),
              ' ',
              h('span', 'topic-score', {}, [t.score(score.format(x.score))]),
              x.title ? h('span', 'topic-id', {}, [x.topic]) : undefined,
            ]),
          )
        : [h('li', 'empty', {}, [t.noTopic])]),
    );
    const decided = result.sections.filter((s) => s.decision);
    decisions.replaceChildren(
      ...(decided.length
        ? decided.map((s, i) =>
            h('div', 'decision', inEnquiry, [
              h('p', 'decision__title', {}, [s.title]),
              s.decision?.headline ? h('p', 'decision__headline', {}, [s.decision.headline]) : undefined,
              h(
                'ul',
                '',
                {},
                (result.decisions[i]?.reasons ?? []).map((r) => h('li', '', {}, [r[result.locale] ?? ''])),
              ),
            ]),
          )
        : [h('p', 'empty', {}, [t.noDecisions])]),
    );
    questions.replaceChildren(
      ...(result.questions.length
        ? result.questions.map((q) => h('li', '', inEnquiry, [q]))
        : [h('li', 'empty', {}, [t.nothingMissing])]),
    );
    // The draft is in the enquiry's language: say so to screen readers and the spell checker.
    reply.setAttribute('lang', result.locale);
    if (fresh) reply.value = result.reply;
    citations.replaceChildren(
      ...(result.citations.length
        ? result.citations.map((c) => {
            const label = c.ref ? `${c.source} ${c.ref}` : c.source;
            const href = safeHttpUrl(c.url);
            return h('li', '', {}, [
              href
                ? h('a', '', { href, target: '_blank', rel: 'noopener noreferrer' }, [
                    label,
                    h('span', 'sr-only', { lang: locale }, [` ${t.newTab}`]),
                  ])
                : label,
            ]);
          })
        : [h('li', 'empty', {}, [t.noSources])]),
    );
    results.hidden = false;
  }

  async function analyseText(text: string) {
    error.hidden = true;
    analyse.disabled = true;
    status.textContent = t.analysing;
    try {
      const response = await fetch('/api/triage', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authHeaders() },
        body: JSON.stringify({ text }),
      });
      if (response.status === 401) throw new TokenNeeded();
      if (response.status === 429) throw new ShownError(t.tooMany);
      if (response.status === 413) throw new ShownError(t.tooLong);
      if (!response.ok) throw new ShownError(t.failed(response.status));
      const result = toResult(await response.json().catch(() => undefined));
      if (!result) throw new ShownError(t.unexpected);
      waiting = undefined;
      copyStatus.textContent = '';
      show(result, true);
      const urgency = result.urgent ? ` ${t.urgentHeading}: ${result.urgent.reason}` : '';
      status.textContent = `${t.done(result.topics.length)}${urgency}`;
    } catch (e) {
      status.textContent = '';
      if (e instanceof TokenNeeded) {
        // A kept token the server refuses is wrong (or changed): forget it and ask again.
        const refused = savedToken() !== undefined;
        keepToken(undefined);
        waiting = text;
        askForToken(refused ? 'tokenWrong' : 'tokenNeeded');
      } else showError(e instanceof ShownError ? e.message : t.unreachable);
    } finally {
      analyse.disabled = false;
    }
  }

  relabel(locale);

  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      tokenInput.focus();
      return;
    }
    keepToken(token);
    tokenInput.value = '';
    tokenForm.hidden = true;
    if (waiting) void analyseText(waiting);
    else enquiry.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = enquiry.value.trim();
    error.hidden = true;
    if (!text) {
      showError(t.emptyEnquiry);
      enquiry.focus();
      return;
    }
    void analyseText(text);
  });

  copy.addEventListener('click', async () => {
    const left = placeholdersIn(reply.value);
    const reminder = left.length > 0 ? ` ${t.placeholdersLeft(left.join(', '))}` : '';
    try {
      // Plain text: the sources' addresses are written out in the draft, so they survive any mail client.
      await navigator.clipboard.writeText(reply.value);
      copyStatus.textContent = `${t.copied}${reminder}`;
    } catch {
      // Clipboard blocked (permissions, insecure context): leave the text selected to copy by hand.
      reply.focus();
      reply.select();
      copyStatus.textContent = `${t.copyFailed}${reminder}`;
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
