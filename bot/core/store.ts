/**
 * Where conversations live between turns. A conversation is a versioned machine snapshot with a
 * time to live: it is forgotten after `ttlSeconds` without a turn (privacy: conversations may hold
 * names and birth dates). Turns of one conversation are serialised with `withLock`.
 */
import type { Locale } from '../../content/topic-ids.js';

export type StoredConversation = {
  /** The conversation machine's version that wrote the snapshot. */
  version: number;
  locale: Locale;
  snapshot: unknown;
  updatedAt: string;
};

/**
 * One conversation as the holder of its lock reads and writes it (given to `withLock`'s work). A
 * shared store may hold the write back until the lock is released (see redis-store.ts); reads and
 * writes made through the store itself go to the store as they are.
 */
export interface LockedConversation {
  get(): Promise<StoredConversation | undefined>;
  set(conversation: StoredConversation, ttlSeconds: number): Promise<void>;
  delete(): Promise<boolean>;
}

/** `id` of `store`, read and written as they are (for stores that hold nothing back). */
export const lockedIn = (store: ConversationStore, id: string): LockedConversation => ({
  get: () => store.get(id),
  set: (conversation, ttlSeconds) => store.set(id, conversation, ttlSeconds),
  delete: () => store.delete(id),
});

export interface ConversationStore {
  get(id: string): Promise<StoredConversation | undefined>;
  /** Store a conversation; throws `StoreFullError` when it is new and the store holds its maximum. */
  set(id: string, conversation: StoredConversation, ttlSeconds: number): Promise<void>;
  delete(id: string): Promise<boolean>;
  /**
   * Run `fn` while no other turn of conversation `id` runs (in this process, or across instances
   * for a shared store); `fn` reads and writes the conversation through the `LockedConversation` given.
   */
  withLock<T>(id: string, fn: (locked: LockedConversation) => Promise<T>): Promise<T>;
  /** True when the store can serve (for readiness). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** The store cannot be reached (e.g. Redis is restarting): the turn is refused, nothing is lost. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(cause: unknown) {
    super('The conversation store is unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** The store holds as many conversations as it may (`MAX_CONVERSATIONS`): a new one is refused until some expire. */
export class StoreFullError extends Error {
  readonly code = 'STORE_FULL';
  constructor() {
    super('The conversation store is full');
    this.name = 'StoreFullError';
  }
}

/** Most conversations a store keeps unless told otherwise. */
export const DEFAULT_MAX_CONVERSATIONS = 10_000;

/** Serialises async work per key within one process. */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/**
 * Keeps conversations in memory; for tests and the one-shot CLI. Each is kept as its JSON text, as
 * the durable stores keep it: a snapshot that does not survive JSON fails here too, and a copy
 * through JSON costs a fraction of structuredClone's.
 */
export class MemoryStore implements ConversationStore {
  private readonly items = new Map<string, { json: string; expiresAt: number }>();
  private readonly mutex = new KeyedMutex();
  private readonly max: number;

  constructor(
    private readonly now: () => number = Date.now,
    options: { maxConversations?: number } = {},
  ) {
    this.max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  }

  async get(id: string) {
    const item = this.items.get(id);
    if (!item) return undefined;
    if (item.expiresAt <= this.now()) {
      this.items.delete(id);
      return undefined;
    }
    return JSON.parse(item.json) as StoredConversation;
  }

  async set(id: string, conversation: StoredConversation, ttlSeconds: number) {
    if (!this.items.has(id) && this.items.size >= this.max) {
      const now = this.now();
      for (const [key, item] of this.items) if (item.expiresAt <= now) this.items.delete(key);
      if (this.items.size >= this.max) throw new StoreFullError();
    }
    this.items.set(id, { json: JSON.stringify(conversation), expiresAt: this.now() + ttlSeconds * 1000 });
  }

  async delete(id: string) {
    return this.items.delete(id);
  }

  withLock<T>(id: string, fn: (locked: LockedConversation) => Promise<T>): Promise<T> {
    return this.mutex.run(id, () => fn(lockedIn(this, id)));
  }

  async ready() {
    return true;
  }

  async close() {
    this.items.clear();
  }

  get size() {
    return this.items.size;
  }
}
