/**
 * The embedded durable store: one JSON file per conversation in a directory, written atomically
 * (temporary file, then rename), so a restart of the process loses no conversation and needs no
 * server. Expired conversations are deleted when read and by a periodic sweep.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConversationStore, StoredConversation } from './store.js';
import { KeyedMutex } from './store.js';

type FileRecord = { expiresAt: number; conversation: StoredConversation };

export class FileStore implements ConversationStore {
  private readonly mutex = new KeyedMutex();
  private sweeper: NodeJS.Timeout | undefined;
  private readonly made: Promise<unknown>;

  constructor(
    private readonly dir: string,
    options: { sweepSeconds?: number; now?: () => number } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.made = mkdir(dir, { recursive: true, mode: 0o700 });
    const sweep = options.sweepSeconds ?? 60;
    if (sweep > 0) {
      this.sweeper = setInterval(() => void this.sweep(), sweep * 1000);
      this.sweeper.unref();
    }
  }

  private readonly now: () => number;

  /** File names are hashes, so no conversation id can reach outside the directory. */
  private path(id: string) {
    return join(this.dir, `${createHash('sha256').update(id).digest('hex')}.json`);
  }

  private async read(path: string): Promise<FileRecord | undefined> {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as FileRecord;
    } catch {
      return undefined; // missing, or half-written by a crash before rename: treat as absent
    }
  }

  async get(id: string) {
    await this.made;
    const path = this.path(id);
    const record = await this.read(path);
    if (!record) return undefined;
    if (record.expiresAt <= this.now()) {
      await rm(path, { force: true });
      return undefined;
    }
    return record.conversation;
  }

  async set(id: string, conversation: StoredConversation, ttlSeconds: number) {
    await this.made;
    const path = this.path(id);
    const temp = `${path}.${randomUUID()}.tmp`;
    const record: FileRecord = { expiresAt: this.now() + ttlSeconds * 1000, conversation };
    await writeFile(temp, JSON.stringify(record), { mode: 0o600 });
    await rename(temp, path);
  }

  async delete(id: string) {
    await this.made;
    const path = this.path(id);
    const existed = (await this.read(path)) !== undefined;
    await rm(path, { force: true });
    return existed;
  }

  withLock<T>(id: string, fn: () => Promise<T>) {
    return this.mutex.run(id, fn);
  }

  /** Delete every expired or unreadable conversation file. Returns how many were removed. Temporary files of writes in progress are left alone. */
  async sweep(): Promise<number> {
    await this.made;
    let removed = 0;
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const path = join(this.dir, name);
      if (name.endsWith('.tmp')) continue;
      const record = await this.read(path);
      if (!record || record.expiresAt <= this.now()) {
        await rm(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  async ready() {
    try {
      await this.made;
      return true;
    } catch {
      return false;
    }
  }

  async close() {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
