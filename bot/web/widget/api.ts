/**
 * The widget's calls to the chat API (contract.md §2), on the origin the widget was loaded from.
 */
import type { ChatReply, Rating } from './model.js';
import { toChatReply } from './model.js';
import type { WidgetLocale } from '../../../content/widget.js';

/** Why a call failed: no answer at all, or an HTTP status (429 rate limited, 413 too large …). */
export class ApiError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'format',
    readonly status = 0,
  ) {
    super(kind === 'http' ? `HTTP ${status}` : kind);
    this.name = 'ApiError';
  }
}

/** `locale` only when the user picked a language; without it the server follows the user's text. */
export type ChatRequest = { conversationId?: string; text?: string; choice?: string; locale?: WidgetLocale };

/** Give up on a request after this long. */
const TIMEOUT_MS = 20_000;

export type Api = {
  chat(body: ChatRequest): Promise<ChatReply>;
  /** Forget a conversation on the server; one it no longer knows counts as forgotten. */
  forget(conversationId: string): Promise<void>;
  /** Rate the answer of one turn (contract.md §2: `POST /api/feedback` → 204). */
  feedback(body: { conversationId: string; turn: number; rating: Rating; comment?: string }): Promise<void>;
};

export function createApi(base: string): Api {
  async function call(path: string, init: RequestInit): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      return await fetch(new URL(path, base).href, {
        ...init,
        credentials: 'omit',
        mode: 'cors',
        signal: controller.signal,
      });
    } catch {
      throw new ApiError('network');
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async chat(body) {
      const response = await call('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new ApiError('http', response.status);
      const reply = toChatReply(await response.json().catch(() => undefined), base);
      if (!reply) throw new ApiError('format', response.status);
      return reply;
    },
    async forget(conversationId) {
      const response = await call(`/api/chat/${encodeURIComponent(conversationId)}`, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new ApiError('http', response.status);
    },
    async feedback(body) {
      const response = await call('/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new ApiError('http', response.status);
    },
  };
}
