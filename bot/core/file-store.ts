/**
 * The embedded durable store: one JSON file per conversation in a directory, so a restart of the
 * process loses no conversation and needs no server.
 *
 * A write goes to a temporary file that is flushed to disk (fsync), renamed over the old file,
 * and then the directory is flushed too, so a crash or power cut leaves either the old or the new
 * conversation, never half of one. Expired conversations are deleted when read and by a periodic
 * sweep, which also removes temporary files a crash left behind (they may hold personal data).
 * At most `maxConversations` files are kept: a new conversation beyond that is refused.
 *
 * The store is the directory's only writer, so it keeps the names of the files it holds in memory
 * (read once at start, kept by every write and delete, renewed by each sweep) instead of asking the
 * disk whether a conversation is new on every write, or whether an unknown one has a file on every
 * read. It also keeps the text it last wrote to each file, with the file's size, time and inode: a
 * read that finds the file unchanged (one `stat`) takes the text from memory instead of opening and
 * reading the file, and anything else (a file changed or damaged behind its back) is read from disk
 * as before. The directory stays open, and writes that finish while its flush runs share the next
 * flush (group commit): each write still returns only once its rename is on disk.
 *
 * A write makes four trips through libuv's thread pool: creating the temporary file, its flush,
 * the rename and the directory's flush — the steps that wait for the disk or its journal. The
 * others (writing the text into the new file, reading its size and time, closing it) and the
 * `stat` of a read touch only memory and are made synchronously: each trip through the thread
 * pool cost 40–90 µs of the event loop's time on this machine. Creating and renaming stay
 * asynchronous, as they wait for the file system's journal while other writes flush (made
 * synchronously, they held the event loop up to 130 ms with 50 writes at once). See
 * bench/PROFILE.md, third round. The order of the steps, and so what survives a crash, is unchanged.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, fsync, open as openFile, openSync, rename, rmSync, statSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { join } from 'node:path';
import type { ConversationStore, LockedConversation, StoredConversation } from './store.js';
import { DEFAULT_MAX_CONVERSATIONS, KeyedMutex, lockedIn, StoreFullError } from './store.js';

type FileRecord = { expiresAt: number; conversation: StoredConversation };

/** Options of a `FileStore`. */
export type FileStoreOptions = {
  /** Seconds between sweeps; 0 for none (tests sweep by hand). */
  sweepSeconds?: number;
  /** The clock for expiry (tests). */
  now?: () => number;
  /** Most conversations kept at once. */
  maxConversations?: number;
  /** Age after which a temporary file is a crash's leftover, not a write in progress. */
  staleTempMs?: number;
};

/** A full store sweeps before refusing, but not more often than this. */
const SWEEP_WHEN_FULL_MS = 5000;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * The flush of a file or directory to disk (fsync), the one step of a write that waits for the
 * disk and so runs in the thread pool. An object, so that a test can count the flushes.
 */
export const diskFlush = {
  fsync: (fd: number): Promise<void> =>
    new Promise((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve()))),
};

/** Create `path` for writing, only for its owner (in the thread pool: it waits for the journal). */
const createFile = (path: string): Promise<number> =>
  new Promise((resolve, reject) => openFile(path, 'w', 0o600, (error, fd) => (error ? reject(error) : resolve(fd))));

/** Rename `from` over `to` (in the thread pool, like `createFile`). */
const renameOver = (from: string, to: string): Promise<void> =>
  new Promise((resolve, reject) => rename(from, to, (error) => (error ? reject(error) : resolve())));

/** Write all of `bytes` at the file's current position (a write may take fewer bytes than given). */
function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed, or the directory is gone: nothing left to release
  }
}

export class FileStore implements ConversationStore {
  private readonly mutex = new KeyedMutex();
  private sweeper: NodeJS.Timeout | undefined;
  private readonly made: Promise<unknown>;
  private readonly now: () => number;
  private readonly max: number;
  private readonly staleTempMs: number;
  /** Names of the conversation files on disk (live, or expired and not yet swept). */
  private readonly files = new Set<string>();
  /** The text last written to each file, and how the file looked then (see the module comment). */
  private readonly written = new Map<string, { json: string; size: number; mtimeMs: number; ino: number }>();
  /** The directory's descriptor, open for flushing (opened on the first write). */
  private dirFd: number | undefined;
  /** The directory flush under way, and the one queued behind it for renames made meanwhile. */
  private flushing: Promise<void> | undefined;
  private queuedFlush: Promise<void> | undefined;
  private lastFullSweep = -Infinity;

  constructor(
    private readonly dir: string,
    options: FileStoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
    this.staleTempMs = options.staleTempMs ?? 60_000;
    this.made = mkdir(dir, { recursive: true, mode: 0o700 }).then(async () => {
      for (const name of await readdir(dir)) if (name.endsWith('.json')) this.files.add(name);
    });
    // Without a handler a failing mkdir would be an unhandled rejection; `ready()` reports it.
    this.made.catch(() => undefined);
    const sweep = options.sweepSeconds ?? 60;
    if (sweep > 0) {
      this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), sweep * 1000);
      this.sweeper.unref();
    }
  }

  /** File names are hashes, so no conversation id can reach outside the directory. */
  private path(id: string) {
    return join(this.dir, `${createHash('sha256').update(id).digest('hex')}.json`);
  }

  private async read(path: string): Promise<FileRecord | undefined> {
    const name = basename(path);
    const last = this.written.get(name);
    if (last) {
      const info = statSync(path, { throwIfNoEntry: false });
      if (info && info.size === last.size && info.mtimeMs === last.mtimeMs && info.ino === last.ino)
        return JSON.parse(last.json) as FileRecord;
      this.written.delete(name);
    }
    try {
      return JSON.parse(await readFile(path, 'utf8')) as FileRecord;
    } catch {
      return undefined; // missing, or unreadable: treat as absent
    }
  }

  private get count() {
    return this.files.size;
  }

  /** Remove a conversation file; true when there was one. */
  private async remove(path: string): Promise<boolean> {
    this.written.delete(basename(path));
    try {
      await unlink(path);
      this.files.delete(basename(path));
      return true;
    } catch (error) {
      if (isMissing(error)) {
        this.files.delete(basename(path));
        return false;
      }
      throw error;
    }
  }

  /** Write `data` to `path` so that it survives a crash whole (see the module comment). */
  private async writeDurably(path: string, data: string): Promise<void> {
    const temp = `${path}.${randomUUID()}.tmp`;
    const name = basename(path);
    this.written.delete(name);
    let written: { json: string; size: number; mtimeMs: number; ino: number } | undefined;
    try {
      const fd = await createFile(temp);
      try {
        writeAll(fd, Buffer.from(data, 'utf8'));
        await diskFlush.fsync(fd);
        const info = fstatSync(fd);
        written = { json: data, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
      } finally {
        closeSync(fd);
      }
      await renameOver(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    await this.flushDir();
    if (written) this.written.set(name, written);
  }

  /** Flush the directory (its renames) to disk; callers arriving during a flush share the next one. */
  private flushDir(): Promise<void> {
    if (!this.flushing) {
      this.flushing = this.syncDir().finally(() => {
        this.flushing = undefined;
      });
      return this.flushing;
    }
    this.queuedFlush ??= this.flushing
      .catch(() => undefined)
      .then(() => {
        this.queuedFlush = undefined;
        return this.flushDir();
      });
    return this.queuedFlush;
  }

  private async syncDir(): Promise<void> {
    const fd = this.dirFd ?? openSync(this.dir, 'r');
    this.dirFd = fd;
    try {
      await diskFlush.fsync(fd);
    } catch (error) {
      // Opened anew next time (the directory may have been replaced).
      if (this.dirFd === fd) {
        this.dirFd = undefined;
        closeQuietly(fd);
      }
      throw error;
    }
  }

  /** Make room for one more conversation, or refuse it. */
  private async reserve(): Promise<void> {
    if (this.count >= this.max && this.now() - this.lastFullSweep >= SWEEP_WHEN_FULL_MS) {
      this.lastFullSweep = this.now();
      await this.sweep();
    }
    if (this.count >= this.max) throw new StoreFullError();
  }

  async get(id: string) {
    await this.made;
    const path = this.path(id);
    // A conversation this store never wrote (every first turn) has no file: nothing to ask the disk.
    if (!this.files.has(basename(path))) return undefined;
    const record = await this.read(path);
    if (!record) return undefined;
    if (record.expiresAt <= this.now()) {
      await this.remove(path);
      return undefined;
    }
    return record.conversation;
  }

  async set(id: string, conversation: StoredConversation, ttlSeconds: number) {
    await this.made;
    const path = this.path(id);
    const name = basename(path);
    const isNew = !this.files.has(name);
    if (isNew) {
      await this.reserve();
      // Counted from now, so concurrent new conversations cannot pass the maximum together.
      this.files.add(name);
    }
    const record: FileRecord = { expiresAt: this.now() + ttlSeconds * 1000, conversation };
    try {
      await this.writeDurably(path, JSON.stringify(record));
    } catch (error) {
      if (isNew) this.files.delete(name);
      throw error;
    }
  }

  async delete(id: string) {
    await this.made;
    const path = this.path(id);
    const record = await this.read(path);
    const removed = await this.remove(path);
    return removed && record !== undefined && record.expiresAt > this.now();
  }

  withLock<T>(id: string, fn: (locked: LockedConversation) => Promise<T>): Promise<T> {
    return this.mutex.run(id, () => fn(lockedIn(this, id)));
  }

  /**
   * Delete every expired or unreadable conversation file, and temporary files older than a write
   * takes (a crash's leftovers). Returns how many conversation files were removed.
   */
  async sweep(): Promise<number> {
    await this.made;
    let removed = 0;
    const remaining = new Set<string>();
    const known = new Set(this.files);
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const path = join(this.dir, name);
      if (name.endsWith('.tmp')) {
        const info = await stat(path).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > this.staleTempMs) await rm(path, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const record = await this.read(path);
      if (!record || record.expiresAt <= this.now()) {
        this.written.delete(name);
        await rm(path, { force: true });
        removed += 1;
      } else remaining.add(name);
    }
    // Conversations first written while the sweep ran may be missing from its listing: kept.
    for (const name of this.files) if (!known.has(name)) remaining.add(name);
    this.files.clear();
    for (const name of remaining) this.files.add(name);
    for (const name of this.written.keys()) if (!remaining.has(name)) this.written.delete(name);
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
    // Closed once no flush uses it any more.
    await this.queuedFlush?.catch(() => undefined);
    await this.flushing?.catch(() => undefined);
    const fd = this.dirFd;
    this.dirFd = undefined;
    if (fd !== undefined) closeQuietly(fd);
  }
}
