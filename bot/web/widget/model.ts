/**
 * What the widget shows, and how the server's JSON (or a stored transcript) becomes that.
 * Everything from the network or from storage passes through here, so the rest of the widget
 * only handles well-formed plain strings and URLs already checked to be safe to link to.
 */
import type { WidgetLocale } from '../../../content/widget.js';
import { asLocale } from '../../../content/widget.js';

export type Choice = { id: string; label: string };
/** A source; `href` only when it is an absolute http(s) URL. */
export type Source = { source: string; ref?: string; href?: string };
/** A download (or printable page) offered by the server; `href` is same-origin with the API. */
export type Attachment = { kind: 'pdf' | 'ics' | 'html'; label: string; href: string };

/** One bot message as the widget shows it. */
export type ShownMessage = {
  text: string;
  topic?: string;
  /** The decision's status ('decided', 'needs', 'invalid') when the message carries one. */
  decision?: string;
  choices?: Choice[];
  sources?: Source[];
  attachments?: Attachment[];
};

/** One line of the transcript; `lang` is the conversation's language when it was said. */
export type Entry =
  | { from: 'user'; text: string; lang?: WidgetLocale }
  | { from: 'bot'; message: ShownMessage; lang?: WidgetLocale };

export type ChatReply = { conversationId: string; locale: WidgetLocale; messages: ShownMessage[] };

const LIMIT = { text: 20_000, label: 300, items: 30 } as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, LIMIT.items) : []);

/** `url` if it is an absolute http or https URL, else undefined (no `javascript:`, `data:` …). */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `url` resolved against `base` if it stays on `base`'s origin, else undefined. */
export function sameOriginUrl(url: unknown, base: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const origin = new URL(base).origin;
    const parsed = new URL(url, origin);
    return parsed.origin === origin && /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function toChoice(v: unknown): Choice | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v.id, LIMIT.label);
  const label = str(v.label, LIMIT.label);
  return id && label ? { id, label } : undefined;
}

function toSource(v: unknown): Source | undefined {
  if (!isRecord(v)) return undefined;
  const source = str(v.source, LIMIT.label);
  if (!source) return undefined;
  const ref = str(v.ref, LIMIT.label);
  // Stored transcripts keep `href`; the server sends `url`.
  const href = safeHttpUrl(v.url ?? v.href);
  return { source, ...(ref ? { ref } : {}), ...(href ? { href } : {}) };
}

function toAttachment(v: unknown, base: string): Attachment | undefined {
  if (!isRecord(v)) return undefined;
  const kind = v.kind === 'pdf' || v.kind === 'ics' || v.kind === 'html' ? v.kind : undefined;
  const label = str(v.label, LIMIT.label);
  const href = sameOriginUrl(v.url ?? v.href, base);
  return kind && label && href ? { kind, label, href } : undefined;
}

const some = <T>(items: unknown[], f: (v: unknown) => T | undefined): T[] =>
  items.map(f).filter((x): x is T => x !== undefined);

/** A bot message from the server (or from storage), or undefined when it is not one. */
export function toShownMessage(v: unknown, base: string): ShownMessage | undefined {
  if (!isRecord(v)) return undefined;
  const text = str(v.text, LIMIT.text);
  if (text === undefined) return undefined;
  const topic = str(v.topic, LIMIT.label);
  const decision = isRecord(v.decision)
    ? (str(v.decision.status, LIMIT.label) ?? 'decided')
    : str(v.decision, LIMIT.label);
  const choices = some(list(v.choices), toChoice);
  const sources = some(list(v.citations ?? v.sources), toSource);
  const attachments = some(list(v.attachments), (a) => toAttachment(a, base));
  return {
    text,
    ...(topic ? { topic } : {}),
    ...(decision ? { decision } : {}),
    ...(choices.length ? { choices } : {}),
    ...(sources.length ? { sources } : {}),
    ...(attachments.length ? { attachments } : {}),
  };
}

/** The body of a `POST /api/chat` response, or undefined when it is not one. */
export function toChatReply(v: unknown, base: string): ChatReply | undefined {
  if (!isRecord(v)) return undefined;
  const conversationId = str(v.conversationId, 200);
  const locale = asLocale(v.locale);
  if (!conversationId || !locale || !Array.isArray(v.messages)) return undefined;
  return { conversationId, locale, messages: some(v.messages, (m) => toShownMessage(m, base)) };
}

/** One stored transcript line, or undefined. */
export function toEntry(v: unknown, base: string): Entry | undefined {
  if (!isRecord(v)) return undefined;
  const lang = asLocale(v.lang);
  if (v.from === 'user') {
    const text = str(v.text, LIMIT.text);
    return text === undefined ? undefined : { from: 'user', text, ...(lang ? { lang } : {}) };
  }
  const message = v.from === 'bot' ? toShownMessage(v.message, base) : undefined;
  return message ? { from: 'bot', message, ...(lang ? { lang } : {}) } : undefined;
}

/** The link text of a source: its name and, when there is one, the paragraph. */
export const sourceText = (s: Source) => (s.ref ? `${s.source} ${s.ref}` : s.source);

/**
 * The message text without its closing plain-text source line ("Kilder: …" / "Sources: …"),
 * which the widget replaces with links. Only a last paragraph of that form is dropped.
 */
export function textWithoutSourceLine(text: string, hasSources: boolean): string {
  if (!hasSources) return text;
  const cut = text.lastIndexOf('\n\n');
  const last = text.slice(cut + 2);
  return cut > 0 && /^(Kilder|Kjelder|Sources):\s/.test(last) && !last.includes('\n') ? text.slice(0, cut) : text;
}
