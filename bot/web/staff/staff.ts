/**
 * The staff triage page (`/staff`): paste an e-mail enquiry, get its topics ranked, the facts
 * still missing to decide, and a draft reply with its sources (`POST /api/triage`).
 * Everything from the server is put in the page as text, never as HTML.
 *
 * The page's own words come from `content/staff.ts` in bokmål, nynorsk or English, picked with
 * the switch in the header (kept in localStorage); the draft reply is in the enquiry's language.
 */
import type { Locale } from '../../../rules/types.js';
import { isLocale } from '../../../rules/types.js';
import type { StaffStrings } from '../../../content/staff.js';
import { STAFF_STRINGS } from '../../../content/staff.js';
import { LANGUAGE_NAMES } from '../../../content/widget.js';
import { h } from '../widget/dom.js';
import { safeHttpUrl } from '../widget/model.js';

type Topic = { topic: string; score: number; title?: string };
type Missing = { topic: string; facts: { id: string; label: string }[] };
type Citation = { source: string; ref?: string; url?: string };
type TriageResult = { locale: string; topics: Topic[]; reply: string; citations: Citation[]; missing: Missing[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const records = (v: unknown) => (Array.isArray(v) ? v.filter(isRecord) : []);

/** The response body as a triage result, dropping anything malformed. */
function toResult(v: unknown): TriageResult | undefined {
  if (!isRecord(v) || typeof v.reply !== 'string') return undefined;
  const topics = records(v.topics).flatMap((t): Topic[] => {
    const topic = text(t.topic);
    const title = text(t.title);
    return topic ? [{ topic, score: typeof t.score === 'number' ? t.score : 0, ...(title ? { title } : {}) }] : [];
  });
  const missing = records(v.missing).flatMap((m): Missing[] => {
    const topic = text(m.topic);
    const facts = records(m.facts).flatMap((f) => {
      const id = text(f.id);
      return id ? [{ id, label: text(f.label) ?? id }] : [];
    });
    return topic && facts.length ? [{ topic, facts }] : [];
  });
  const citations = records(v.citations).flatMap((c): Citation[] => {
    const source = text(c.source);
    const ref = text(c.ref);
    const url = text(c.url);
    return source ? [{ source, ...(ref ? { ref } : {}), ...(url ? { url } : {}) }] : [];
  });
  return {
    locale: text(v.locale) ?? 'nb',
    topics: topics.sort((a, b) => b.score - a.score),
    reply: v.reply,
    citations,
    missing,
  };
}

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

function start() {
  const form = byId<HTMLFormElement>('triage-form');
  const enquiry = byId<HTMLTextAreaElement>('enquiry');
  const analyse = byId<HTMLButtonElement>('analyse');
  const status = byId('status');
  const error = byId('error');
  const results = byId('results');
  const language = byId('result-language');
  const topics = byId('topics');
  const missing = byId('missing');
  const reply = byId<HTMLTextAreaElement>('reply');
  const copy = byId<HTMLButtonElement>('copy');
  const copyStatus = byId('copy-status');
  const citations = byId('citations');
  const switcher = byId('page-language');

  let locale = savedLocale();
  let t = STAFF_STRINGS[locale];
  let last: TriageResult | undefined;

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
    if (last) show(last);
  }

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  function show(result: TriageResult) {
    last = result;
    const titleOf = new Map(result.topics.map((x) => [x.topic, x.title ?? x.topic]));
    const score = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: 2 });
    language.textContent = t.resultLanguage(languageName(t, result.locale));
    topics.replaceChildren(
      ...(result.topics.length
        ? result.topics.map((x) =>
            h('li', '', {}, [
              h('span', 'topic-title', { lang: result.locale }, [x.title ?? x.topic]),
              ' ',
              h('span', 'topic-score', {}, [t.score(score.format(x.score))]),
              x.title ? h('span', 'topic-id', {}, [x.topic]) : undefined,
            ]),
          )
        : [h('li', 'empty', {}, [t.noTopic])]),
    );
    missing.replaceChildren(
      ...(result.missing.length
        ? result.missing.map((m) =>
            h('div', 'missing-group', { lang: result.locale }, [
              h('p', 'missing-topic', {}, [titleOf.get(m.topic) ?? m.topic]),
              h(
                'ul',
                '',
                {},
                m.facts.map((f) => h('li', '', {}, [f.label])),
              ),
            ]),
          )
        : [h('p', 'empty', {}, [t.nothingMissing])]),
    );
    // The reply, topic titles and facts are in the enquiry's language: say so to screen readers.
    reply.setAttribute('lang', result.locale);
    reply.value = result.reply;
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

  relabel(locale);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = enquiry.value.trim();
    error.hidden = true;
    if (!body) {
      showError(t.emptyEnquiry);
      enquiry.focus();
      return;
    }
    analyse.disabled = true;
    status.textContent = t.analysing;
    try {
      const response = await fetch('/api/triage', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: body }),
      });
      if (response.status === 429) throw new ShownError(t.tooMany);
      if (response.status === 413) throw new ShownError(t.tooLong);
      if (!response.ok) throw new ShownError(t.failed(response.status));
      const result = toResult(await response.json().catch(() => undefined));
      if (!result) throw new ShownError(t.unexpected);
      copyStatus.textContent = '';
      show(result);
      status.textContent = t.done(result.topics.length);
    } catch (e) {
      status.textContent = '';
      showError(e instanceof ShownError ? e.message : t.unreachable);
    } finally {
      analyse.disabled = false;
    }
  });

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(reply.value);
      copyStatus.textContent = t.copied;
    } catch {
      // Clipboard blocked (permissions, insecure context): leave the text selected to copy by hand.
      reply.focus();
      reply.select();
      copyStatus.textContent = t.copyFailed;
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
