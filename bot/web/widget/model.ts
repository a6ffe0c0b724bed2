/**
 * What the widget shows, and how the server's JSON (or a stored transcript) becomes that.
 * Everything from the network or from storage passes through here, so the rest of the widget
 * only handles well-formed plain strings and URLs already checked to be safe to link to.
 */
import type { WidgetLocale } from '../../../content/widget.js';
import { asLocale } from '../../../content/widget.js';

export type Choice = { id: string; label: string };
/** A source; `title` is the name a reader knows it by; `href` only when it is an absolute http(s) URL. */
export type Source = { source: string; ref?: string; title?: string; href?: string };
/** One answer of a review before a document: the fact, its name and the value as the user reads it. */
export type ReviewItem = { fact: string; label: string; value: string };
/** A hand-off: the summary, the prefilled e-mail (`href` is a `mailto:` link) and links to one's own case. */
export type Handoff = {
  summary: string;
  email: { href: string };
  links: { label: string; href: string }[];
};
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
  /** In a long flow: this is question `step` of `of`. */
  progress?: { step: number; of: number };
  review?: { items: ReviewItem[] };
  handoff?: Handoff;
};

/** A rating given to an answer (👍 or 👎). */
export type Rating = 'up' | 'down';

/**
 * One line of the transcript; `lang` is the conversation's language when it was said. A bot line
 * that ends a turn carries the conversation and turn it answered (`feedback`), and the rating the
 * user gave it; a divider marks where the user started over.
 */
export type Entry =
  | { from: 'user'; text: string; lang?: WidgetLocale }
  | {
      from: 'bot';
      message: ShownMessage;
      lang?: WidgetLocale;
      feedback?: { conversationId: string; turn: number; rating?: Rating };
    }
  | { from: 'divider'; lang?: WidgetLocale };

export type ChatReply = { conversationId: string; locale: WidgetLocale; turn: number; messages: ShownMessage[] };

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
  const title = str(v.title, LIMIT.label);
  // Stored transcripts keep `href`; the server sends `url`.
  const href = safeHttpUrl(v.url ?? v.href);
  return { source, ...(ref ? { ref } : {}), ...(title ? { title } : {}), ...(href ? { href } : {}) };
}

const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1000 ? v : undefined;

function toProgress(v: unknown): ShownMessage['progress'] {
  if (!isRecord(v)) return undefined;
  const step = count(v.step);
  const of = count(v.of);
  return step !== undefined && of !== undefined && step <= of ? { step, of } : undefined;
}

function toReviewItem(v: unknown): ReviewItem | undefined {
  if (!isRecord(v)) return undefined;
  const fact = str(v.fact, LIMIT.label);
  const label = str(v.label, LIMIT.label);
  const value = str(v.value, LIMIT.label);
  return fact && label && value !== undefined ? { fact, label, value } : undefined;
}

/** `url` if it is a `mailto:` link, else undefined. */
function mailtoUrl(url: unknown): string | undefined {
  return typeof url === 'string' && /^mailto:[^\s]+$/i.test(url) && url.length <= LIMIT.text ? url : undefined;
}

function toHandoff(v: unknown): Handoff | undefined {
  if (!isRecord(v) || !isRecord(v.email)) return undefined;
  const summary = str(v.summary, LIMIT.text);
  const href = mailtoUrl(v.email.href);
  if (summary === undefined || !href) return undefined;
  const links = some(list(v.links), (l) => {
    if (!isRecord(l)) return undefined;
    const label = str(l.label, LIMIT.label);
    // Stored transcripts keep `href`; the server sends `url`.
    const url = safeHttpUrl(l.url ?? l.href);
    return label && url ? { label, href: url } : undefined;
  });
  return { summary, email: { href }, links };
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
  const progress = toProgress(v.progress);
  const reviewed = isRecord(v.review) ? some(list(v.review.items), toReviewItem) : [];
  const handoff = toHandoff(v.handoff);
  return {
    text,
    ...(topic ? { topic } : {}),
    ...(decision ? { decision } : {}),
    ...(choices.length ? { choices } : {}),
    ...(sources.length ? { sources } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(progress ? { progress } : {}),
    ...(reviewed.length ? { review: { items: reviewed } } : {}),
    ...(handoff ? { handoff } : {}),
  };
}

/** The body of a `POST /api/chat` response, or undefined when it is not one. */
export function toChatReply(v: unknown, base: string): ChatReply | undefined {
  if (!isRecord(v)) return undefined;
  const conversationId = str(v.conversationId, 200);
  const locale = asLocale(v.locale);
  if (!conversationId || !locale || !Array.isArray(v.messages)) return undefined;
  return {
    conversationId,
    locale,
    turn: count(v.turn) ?? 0,
    messages: some(v.messages, (m) => toShownMessage(m, base)),
  };
}

function toFeedback(v: unknown): { conversationId: string; turn: number; rating?: Rating } | undefined {
  if (!isRecord(v)) return undefined;
  const conversationId = str(v.conversationId, 200);
  const turn = count(v.turn);
  const rating = v.rating === 'up' || v.rating === 'down' ? v.rating : undefined;
  return conversationId && turn !== undefined ? { conversationId, turn, ...(rating ? { rating } : {}) } : undefined;
}

/** One stored transcript line, or undefined. */
export function toEntry(v: unknown, base: string): Entry | undefined {
  if (!isRecord(v)) return undefined;
  const lang = asLocale(v.lang);
  if (v.from === 'user') {
    const text = str(v.text, LIMIT.text);
    return text === undefined ? undefined : { from: 'user', text, ...(lang ? { lang } : {}) };
  }
  if (v.from === 'divider') return { from: 'divider', ...(lang ? { lang } : {}) };
  const message = v.from === 'bot' ? toShownMessage(v.message, base) : undefined;
  const feedback = toFeedback(v.feedback);
  return message ? { from: 'bot', message, ...(lang ? { lang } : {}), ...(feedback ? { feedback } : {}) } : undefined;
}

/** The source's identifier and paragraph ("FOR-2009-06-18-666 § 1"). */
export const sourceId = (s: Source) => (s.ref ? `${s.source} ${s.ref}` : s.source);

/** The link text of a source: the name a reader knows it by, else its identifier, with the paragraph. */
export const sourceText = (s: Source) => s.title ?? sourceId(s);

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
