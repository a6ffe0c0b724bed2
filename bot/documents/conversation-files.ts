/**
 * The files a conversation offers, made for a chat channel to send as files (Slack and Teams
 * without `PUBLIC_BASE_URL`, where a link would lead nowhere). The same service as the web's
 * download routes: the file is re-decided from the facts the conversation holds, never from the
 * message that offered it.
 */
import type { AttachmentFile } from '../../content/documents/index.js';
import { ATTACHMENT_KINDS } from '../../content/documents/index.js';
import type { BotMessage } from '../../content/types.js';
import type { TurnCore } from '../core/turn.js';
import type { DocumentFile } from './service.js';
import { makeDocument } from './service.js';

export type { DocumentFile } from './service.js';

/** The file `file` of conversation `conversationId`, or undefined when it offers none (any more). */
export type ConversationFiles = (conversationId: string, file: AttachmentFile) => Promise<DocumentFile | undefined>;

/** The files a channel sends: the PDF and the calendar file, not the printable page (a web page). */
const SENT_AS_FILES: ReadonlySet<string> = new Set(['pdf', 'ics']);

/** `name` when it names a file a chat can send (a PDF or calendar file the documents service makes). */
export function sendableFile(name: unknown): AttachmentFile | undefined {
  if (typeof name !== 'string' || !Object.hasOwn(ATTACHMENT_KINDS, name)) return undefined;
  const file = name as AttachmentFile;
  return SENT_AS_FILES.has(ATTACHMENT_KINDS[file]) ? file : undefined;
}

/**
 * The files the messages offer that a chat can send instead of linking (each once, with its
 * label): those whose link is relative (`…/attachments/<file>`), i.e. served by this server.
 */
export function sendableFiles(messages: readonly BotMessage[]): { file: AttachmentFile; label: string }[] {
  const found = new Map<AttachmentFile, string>();
  for (const a of messages.flatMap((m) => m.attachments ?? [])) {
    const file = /^\/[^/].*\/attachments\/([^/?#]+)$/.exec(a.url)?.[1];
    const sendable = sendableFile(file);
    if (sendable && !found.has(sendable)) found.set(sendable, a.label);
  }
  return [...found].map(([file, label]) => ({ file, label }));
}

/** `ConversationFiles` over the turn core's conversations. */
export function conversationFiles(core: Pick<TurnCore, 'conversationRule'>): ConversationFiles {
  return async (conversationId, file) => {
    const conversation = await core.conversationRule(conversationId);
    if (!conversation) return undefined;
    const result = await makeDocument({ file, ...conversation });
    return result.ok ? result.file : undefined;
  };
}
