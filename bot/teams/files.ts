/**
 * Documents sent into a Teams conversation when there is no `PUBLIC_BASE_URL` to link them.
 *
 * What a bot can send depends on where it talks (Microsoft's "Send and receive files using bots"):
 *
 * - Teams, personal chat: the Teams bot file API. The bot sends a file consent card; when the user
 *   accepts, Teams sends a `fileConsent/invoke` with an upload URL in the user's OneDrive, the bot
 *   uploads the bytes there (one PUT with Content-Range) and sends a file info card, which Teams
 *   shows as a file. Needs `supportsFiles: true` in the app manifest.
 * - Teams, channel or group chat: the file API does not work there, and an inline base64
 *   attachment is shown only for images. Sending a file would need Microsoft Graph access to the
 *   team's SharePoint, which Losen does not ask for: the user is told to ask in a personal chat.
 * - Other Bot Framework channels (the Bot Framework Emulator, Web Chat): an inline attachment, the
 *   file as a base64 `data:` URL with its type and name, which they offer for download.
 *
 * The file is made by the documents service from the conversation's facts when it is sent — and
 * again when a consent is accepted, so an accepted file is what the conversation holds then.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder';
import { channelTexts } from '../../content/channels.js';
import type { Locale } from '../../content/topic-ids.js';
import type { BotMessage } from '../../content/types.js';
import { isLocale } from '../../rules/index.js';
import type { ConversationFiles, DocumentFile } from '../documents/conversation-files.js';
import { sendableFile, sendableFiles } from '../documents/conversation-files.js';

const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';
/** The invoke Teams sends when a file consent card is answered. */
export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';
/** Hosts of OneDrive and SharePoint (public and government clouds) that Teams gives upload URLs on. */
const UPLOAD_DOMAINS = ['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint.cn', 'sharepoint.de'];
const UPLOAD_TIMEOUT_MS = 15_000;

/** What sending or receiving a file needs. */
export type TeamsFilesOptions = {
  documents: ConversationFiles;
  /** TEAMS_LOCAL: uploads go only to loopback addresses (the emulator, tests). */
  local: boolean;
  warn: (message: string) => void;
};

const plain = (text: string): Partial<Activity> => ({ type: ActivityTypes.Message, text });

/** The media type without parameters (`text/calendar; charset=utf-8` → `text/calendar`). */
const mediaType = (contentType: string) => contentType.split(';')[0]?.trim() ?? contentType;
const bytesOf = (doc: DocumentFile) => Buffer.from(doc.body);

/** Where an upload may go: https on OneDrive or SharePoint, or with TEAMS_LOCAL a loopback address. */
export function uploadTarget(uploadUrl: unknown, local: boolean): URL | undefined {
  if (typeof uploadUrl !== 'string' || uploadUrl.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(uploadUrl);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  const host = url.hostname.toLowerCase();
  if (local)
    return (url.protocol === 'http:' || url.protocol === 'https:') &&
      (host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host))
      ? url
      : undefined;
  return url.protocol === 'https:' && UPLOAD_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))
    ? url
    : undefined;
}

/** Sends the documents `messages` offer, in the way the conversation allows (see the module comment). */
export async function sendFiles(
  context: TurnContext,
  conversationId: string,
  locale: Locale,
  messages: readonly BotMessage[],
  options: TeamsFilesOptions,
): Promise<void> {
  const wanted = sendableFiles(messages);
  if (wanted.length === 0) return;
  const t = channelTexts(locale);
  const { channelId, conversation } = context.activity;
  if (channelId === 'msteams' && conversation.conversationType !== 'personal') {
    await context.sendActivity(plain(t.documentElsewhere));
    return;
  }
  const made = await Promise.all(
    wanted.map(async (w) => ({ ...w, doc: await options.documents(conversationId, w.file) })),
  );
  const docs = made.flatMap((m) => (m.doc ? [{ ...m, doc: m.doc }] : []));
  if (docs.length < wanted.length) options.warn('a document could not be made from the conversation');
  if (docs.length === 0) {
    await context.sendActivity(plain(t.documentFailed));
    return;
  }
  if (channelId === 'msteams') {
    await context.sendActivities(
      docs.map(({ file, doc }) => ({
        type: ActivityTypes.Message,
        attachments: [
          {
            contentType: FILE_CONSENT,
            name: doc.fileName,
            content: {
              description: t.documentConsent,
              sizeInBytes: bytesOf(doc).length,
              acceptContext: { file, locale },
              declineContext: { file, locale },
            },
          },
        ],
      })),
    );
    return;
  }
  await context.sendActivity({
    type: ActivityTypes.Message,
    attachments: docs.map(({ doc }) => ({
      contentType: mediaType(doc.contentType),
      contentUrl: `data:${mediaType(doc.contentType)};base64,${bytesOf(doc).toString('base64')}`,
      name: doc.fileName,
    })),
  });
}

type ConsentValue = {
  action?: unknown;
  context?: { file?: unknown; locale?: unknown };
  uploadInfo?: { uploadUrl?: unknown; contentUrl?: unknown; name?: unknown; uniqueId?: unknown; fileType?: unknown };
};

/** Uploads `doc` to the upload session Teams opened (one request with the whole file). */
async function upload(url: URL, doc: DocumentFile): Promise<boolean> {
  const bytes = bytesOf(doc);
  const response = await fetch(url, {
    method: 'PUT',
    headers: {
      'content-type': mediaType(doc.contentType),
      'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}`,
    },
    body: bytes,
    redirect: 'error',
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  await response.body?.cancel();
  return response.ok;
}

/**
 * Answers a `fileConsent/invoke`: on accept, makes the file, uploads it and sends its file card; on
 * decline, says so. The consent card is removed either way; the invoke is answered with 200.
 */
export async function onFileConsent(context: TurnContext, conversationId: string, options: TeamsFilesOptions) {
  const value = (context.activity.value ?? {}) as ConsentValue;
  const locale =
    typeof value.context?.locale === 'string' && isLocale(value.context.locale) ? value.context.locale : 'nb';
  const t = channelTexts(locale);
  const file = sendableFile(value.context?.file);
  if (value.action === 'decline') await context.sendActivity(plain(t.documentDeclined));
  else if (value.action === 'accept' && file) {
    const info = value.uploadInfo ?? {};
    const target = uploadTarget(info.uploadUrl, options.local);
    const doc = target ? await options.documents(conversationId, file) : undefined;
    const sent = target && doc ? await upload(target, doc).catch(() => false) : false;
    if (sent && typeof info.contentUrl === 'string' && typeof info.name === 'string')
      await context.sendActivity({
        type: ActivityTypes.Message,
        attachments: [
          {
            contentType: FILE_INFO,
            contentUrl: info.contentUrl,
            name: info.name,
            content: { uniqueId: info.uniqueId, fileType: info.fileType },
          },
        ],
      });
    else {
      options.warn(target ? 'a document could not be made or uploaded' : 'file consent with an upload URL not allowed');
      await context.sendActivity(plain(t.documentFailed));
    }
  }
  const consentCard = context.activity.replyToId;
  if (consentCard) await context.deleteActivity(consentCard).catch(() => undefined);
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
}
