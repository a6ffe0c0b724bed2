/**
 * The staff triage page (`/staff`): paste an e-mail enquiry, get its topics ranked, the facts
 * still missing to decide, and a draft reply with its sources (`POST /api/triage`).
 * Everything from the server is put in the page as text, never as HTML.
 */
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

const LANGUAGE: Record<string, string> = { nb: 'norsk (Norwegian)', en: 'engelsk (English)' };

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`staff page: #${id} missing`);
  return el as T;
}

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

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  function show(result: TriageResult) {
    const titleOf = new Map(result.topics.map((t) => [t.topic, t.title ?? t.topic]));
    language.textContent = `Språk i henvendelsen (language): ${LANGUAGE[result.locale] ?? result.locale}`;
    topics.replaceChildren(
      ...(result.topics.length
        ? result.topics.map((t) =>
            h('li', '', {}, [
              h('span', 'topic-title', {}, [t.title ?? t.topic]),
              ' ',
              h('span', 'topic-score', {}, [`(score ${t.score.toFixed(2)})`]),
              t.title ? h('span', 'topic-id', {}, [t.topic]) : undefined,
            ]),
          )
        : [h('li', 'empty', {}, ['Ingen tema funnet (no topic found)'])]),
    );
    missing.replaceChildren(
      ...(result.missing.length
        ? result.missing.map((m) =>
            h('div', 'missing-group', {}, [
              h('p', 'missing-topic', {}, [titleOf.get(m.topic) ?? m.topic]),
              h(
                'ul',
                '',
                {},
                m.facts.map((f) => h('li', '', {}, [f.label])),
              ),
            ]),
          )
        : [h('p', 'empty', {}, ['Ingenting mangler (nothing missing).'])]),
    );
    reply.value = result.reply;
    reply.setAttribute('lang', result.locale);
    citations.replaceChildren(
      ...(result.citations.length
        ? result.citations.map((c) => {
            const label = c.ref ? `${c.source} ${c.ref}` : c.source;
            const href = safeHttpUrl(c.url);
            return h('li', '', {}, [
              href
                ? h('a', '', { href, target: '_blank', rel: 'noopener noreferrer' }, [
                    label,
                    h('span', 'sr-only', {}, [' (åpnes i ny fane / opens in a new tab)']),
                  ])
                : label,
            ]);
          })
        : [h('li', 'empty', {}, ['Ingen kilder (no sources)'])]),
    );
    copyStatus.textContent = '';
    results.hidden = false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = enquiry.value.trim();
    error.hidden = true;
    if (!body) {
      showError('Lim inn en henvendelse først. (Paste an enquiry first.)');
      enquiry.focus();
      return;
    }
    analyse.disabled = true;
    status.textContent = 'Analyserer … (analysing)';
    try {
      const response = await fetch('/api/triage', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: body }),
      });
      if (response.status === 429)
        throw new Error('For mange forespørsler – vent litt og prøv igjen. (Too many requests – wait a moment.)');
      if (response.status === 413) throw new Error('Teksten er for lang. (The text is too long.)');
      if (!response.ok) throw new Error(`Analysen feilet (feil ${response.status}). Prøv igjen. (Analysis failed.)`);
      const result = toResult(await response.json().catch(() => undefined));
      if (!result) throw new Error('Uventet svar fra serveren. (Unexpected response.)');
      show(result);
      status.textContent = `Analyse ferdig: ${result.topics.length} tema. (Analysis done.)`;
    } catch (e) {
      status.textContent = '';
      showError(
        e instanceof TypeError || !(e instanceof Error)
          ? 'Fikk ikke kontakt med serveren. Prøv igjen. (Could not reach the server.)'
          : e.message,
      );
    } finally {
      analyse.disabled = false;
    }
  });

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(reply.value);
      copyStatus.textContent = 'Svaret er kopiert. (Copied.)';
    } catch {
      // Clipboard blocked (permissions, insecure context): leave the text selected to copy by hand.
      reply.focus();
      reply.select();
      copyStatus.textContent =
        'Kunne ikke kopiere automatisk – teksten er merket, trykk Ctrl+C. (Copy failed; text selected.)';
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
