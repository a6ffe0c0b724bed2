/**
 * The conversation kept across page reloads in sessionStorage (this tab only, gone when the tab
 * closes): its id, language and the transcript to show again.
 */
import type { Entry } from './model.js';
import { toEntry } from './model.js';
import type { WidgetLocale } from '../../../content/widget.js';
import { asLocale } from '../../../content/widget.js';

/** `picked`: the user chose the language (else the conversation follows what they write). */
export type Saved = { conversationId?: string; locale?: WidgetLocale; picked?: boolean; transcript: Entry[] };

/** Lines of transcript kept; older ones are dropped. */
const MAX_ENTRIES = 200;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Blocked storage (privacy settings, sandboxed iframe): the widget still works, without memory.
    return undefined;
  }
}

export function createSessionMemory(base: string) {
  const key = `losen-widget:${new URL(base).origin}`;
  return {
    load(): Saved {
      try {
        const raw: unknown = JSON.parse(storage()?.getItem(key) ?? 'null');
        if (typeof raw !== 'object' || raw === null) return { transcript: [] };
        const r = raw as Record<string, unknown>;
        const conversationId = typeof r.conversationId === 'string' ? r.conversationId : undefined;
        const locale = asLocale(r.locale);
        const transcript = Array.isArray(r.transcript)
          ? r.transcript.map((e) => toEntry(e, base)).filter((e): e is Entry => e !== undefined)
          : [];
        return {
          ...(conversationId ? { conversationId } : {}),
          ...(locale ? { locale } : {}),
          ...(r.picked === true ? { picked: true } : {}),
          transcript,
        };
      } catch {
        return { transcript: [] };
      }
    },
    save(saved: Saved): void {
      try {
        storage()?.setItem(key, JSON.stringify({ ...saved, transcript: saved.transcript.slice(-MAX_ENTRIES) }));
      } catch {
        // Full or blocked storage: the conversation goes on, only a reload forgets it.
      }
    },
    clear(): void {
      try {
        storage()?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

export type SessionMemory = ReturnType<typeof createSessionMemory>;
