/**
 * The cards this instance sent, so a click can replace its card (update the activity, as Slack's
 * chat.update does) and a click on a card of an earlier question is recognised.
 *
 * Kept in memory, bounded and for a conversation's lifetime only: a card sent before a restart
 * or by another instance is not known here, and a click on it goes to the turn core as it is
 * (which answers a choice the conversation no longer accepts with "that choice belonged to an
 * earlier question"). Nothing here is needed to answer a turn, only to tidy the cards.
 */
import { randomBytes } from 'node:crypto';
import type { CardState } from './render.js';

/** A card sent: what it shows, whose conversation it belongs to, and the activity that shows it. */
export type SentCard = CardState & { conversationId: string; activityId?: string };

export type SentCardsOptions = { max: number; ttlMs: number; now?: () => number };

/** The registry of sent cards (see the module comment). */
export class SentCards {
  private readonly cards = new Map<string, { card: SentCard; at: number }>();
  /** Conversation → keys of its cards whose choices are still live. */
  private readonly live = new Map<string, string[]>();
  private readonly now: () => number;

  constructor(private readonly options: SentCardsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A new key for a card about to be sent (its buttons carry it). */
  newKey(): string {
    return randomBytes(12).toString('base64url');
  }

  /** Remembers a sent card under `key`. */
  add(key: string, card: SentCard): void {
    this.cards.set(key, { card, at: this.now() });
    while (this.cards.size > this.options.max) {
      const oldest = this.cards.keys().next();
      if (oldest.done) break;
      this.cards.delete(oldest.value);
    }
  }

  /** The card `key` names, if it is this conversation's and not expired. */
  get(key: string, conversationId: string): SentCard | undefined {
    const found = this.cards.get(key);
    if (!found || found.card.conversationId !== conversationId) return undefined;
    if (this.now() - found.at > this.options.ttlMs) {
      this.cards.delete(key);
      return undefined;
    }
    return found.card;
  }

  /**
   * Makes `keys` the conversation's live cards and returns the ones they replace (to be closed),
   * except any already answered or closed.
   */
  supersede(conversationId: string, keys: readonly string[]): [string, SentCard][] {
    const before = this.live.get(conversationId) ?? [];
    this.live.delete(conversationId);
    if (keys.length > 0) this.live.set(conversationId, [...keys]);
    while (this.live.size > this.options.max) {
      const oldest = this.live.keys().next();
      if (oldest.done) break;
      this.live.delete(oldest.value);
    }
    return before.flatMap((key): [string, SentCard][] => {
      const card = this.get(key, conversationId);
      return card && !card.chosen && !card.closed && !keys.includes(key) ? [[key, card]] : [];
    });
  }
}
