/**
 * Documents uploaded into a Slack thread (without `PUBLIC_BASE_URL` a link would lead nowhere):
 * the PDF or calendar file a decision offers, made by the documents service from the facts the
 * conversation holds, and sent with `files.uploadV2` (files.getUploadURLExternal, the upload,
 * files.completeUploadExternal; scope `files:write`).
 */
import type { Logger, webApi } from '@slack/bolt';
import { channelTexts } from '../../content/channels.js';
import type { Locale } from '../../content/topic-ids.js';
import type { BotMessage } from '../../content/types.js';
import type { ConversationFiles } from '../documents/conversation-files.js';
import { sendableFiles } from '../documents/conversation-files.js';

/** Where and what to upload. */
export type UploadRequest = {
  channel: string;
  thread: string;
  conversationId: string;
  locale: Locale;
  messages: readonly BotMessage[];
};

/**
 * Uploads the files `request.messages` offer into the thread. When a file cannot be made or sent,
 * the thread is told so (and the log says why, without the content).
 */
export async function uploadFiles(
  client: webApi.WebClient,
  documents: ConversationFiles,
  logger: Logger,
  request: UploadRequest,
): Promise<void> {
  const wanted = sendableFiles(request.messages);
  if (wanted.length === 0) return;
  try {
    const made = await Promise.all(
      wanted.map(async (w) => ({ ...w, doc: await documents(request.conversationId, w.file) })),
    );
    const uploads = made.flatMap(({ label, doc }) =>
      doc ? [{ file: Buffer.from(doc.body), filename: doc.fileName, title: label }] : [],
    );
    if (uploads.length < wanted.length) throw new Error('a document could not be made from the conversation');
    await client.filesUploadV2({ channel_id: request.channel, thread_ts: request.thread, file_uploads: uploads });
  } catch (error) {
    logger.warn(`document not uploaded: ${(error as Error).message}`);
    await client.chat
      .postMessage({
        channel: request.channel,
        thread_ts: request.thread,
        text: channelTexts(request.locale).documentFailed,
      })
      .catch(() => undefined);
  }
}
