/**
 * Conversation ids. Only the server makes them, so no client can choose, guess or borrow another
 * client's conversation:
 *
 * - a web conversation's id is a random value with its HMAC (key `LOSEN_SECRET`): the web API
 *   continues, serves files of and deletes only ids whose signature checks; anything else starts a
 *   new conversation with a fresh id (or, for a download or a deletion, is not found);
 * - a Slack or Teams conversation's id is a keyed hash of the channel's own ids (team, channel,
 *   thread; Teams conversation id). It has another shape and no signature, so the web API never
 *   reaches it; team and thread ids are not secrets, but without the key they give nothing.
 *
 * - a channel conversation's files are downloaded with a signed token that names the
 *   conversation and grants only the download (`fileToken`).
 *
 * Stateless: an id stays valid across restarts and instances that share the key, and a
 * conversation that was never stored (a bare greeting) continues under the id it was given.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Issues and checks web conversation ids, and keys channel conversations. */
export type ConversationIds = {
  /** A new web conversation id. */
  issue(): string;
  /** True when `id` is a web conversation id this server (or one sharing its key) issued. */
  isIssued(id: string): boolean;
  /** The conversation id of a channel's conversation, from the channel's own identifiers. */
  channel(channel: 'slack' | 'teams', ...parts: string[]): string;
  /**
   * A token that downloads the files a conversation offers, and nothing else (the links in Slack
   * and Teams messages, whose conversation ids the web API does not take).
   */
  fileToken(conversationId: string): string;
  /** The conversation a download token is for, when its signature checks. */
  fromFileToken(token: string): string | undefined;
};

const WEB_ID = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;
const FILE_TOKEN = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{22})$/;

/** Ids signed and keyed with `secret`. */
export function conversationIds(secret: string): ConversationIds {
  // Different labels keep the two uses apart: no channel key is ever a valid web signature.
  const mac = (label: string, value: string, bytes: number) =>
    createHmac('sha256', secret).update(`${label}\0${value}`).digest().subarray(0, bytes);
  // Compared as text: base64url has spare bits in its last character, so two spellings could
  // decode to the same bytes; only the one spelling the server wrote is its id.
  const checks = (label: string, value: string, signature: string) => {
    const given = Buffer.from(signature, 'utf8');
    const expected = Buffer.from(mac(label, value, 16).toString('base64url'), 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return {
    issue() {
      const random = randomBytes(16).toString('base64url');
      return `${random}.${mac('web', random, 16).toString('base64url')}`;
    },
    isIssued(id) {
      const m = WEB_ID.exec(id);
      return m?.[1] !== undefined && m[2] !== undefined && checks('web', m[1], m[2]);
    },
    channel(channel, ...parts) {
      return `${channel}-${mac(channel, parts.join('\0'), 24).toString('base64url')}`;
    },
    fileToken(conversationId) {
      return `${Buffer.from(conversationId, 'utf8').toString('base64url')}.${mac('file', conversationId, 16).toString('base64url')}`;
    },
    fromFileToken(token) {
      const m = FILE_TOKEN.exec(token);
      if (m?.[1] === undefined || m[2] === undefined) return undefined;
      const conversationId = Buffer.from(m[1], 'base64url').toString('utf8');
      return checks('file', conversationId, m[2]) ? conversationId : undefined;
    },
  };
}

let processSecret: string | undefined;

/**
 * A random key made once per process, for when `LOSEN_SECRET` is not set (development): ids stay
 * valid while the process runs, and not after a restart.
 */
export function randomProcessSecret(): string {
  processSecret ??= randomBytes(32).toString('base64url');
  return processSecret;
}
