/**
 * The embedded file store's care for the disk: a bounded number of conversations, temporary files
 * a crash left behind swept away, and every write flushed (file and directory) before it counts.
 */
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diskFlush, FileStore } from '../../../bot/core/file-store.js';
import { StoreFullError } from '../../../bot/core/store.js';
import { CONVERSATION_MACHINE_VERSION } from '../../../machines/conversation-machine.js';

const record = { version: CONVERSATION_MACHINE_VERSION, locale: 'nb' as const, snapshot: { held: 1 }, updatedAt: '' };

const dirs: string[] = [];
const stores: FileStore[] = [];
async function fileStore(options: ConstructorParameters<typeof FileStore>[1] = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'losen-files-'));
  dirs.push(dir);
  const store = new FileStore(dir, { sweepSeconds: 0, ...options });
  stores.push(store);
  return { dir, store };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the file store', () => {
  it('holds at most maxConversations, refuses a new one beyond, and takes one again once some expire', async () => {
    let now = 1_000_000;
    const { dir, store } = await fileStore({ maxConversations: 3, now: () => now });
    await store.set('a', record, 60);
    await store.set('b', record, 600);
    await store.set('c', record, 600);
    await expect(store.set('d', record, 600)).rejects.toBeInstanceOf(StoreFullError);
    // Updating one it holds is no new conversation.
    await store.set('a', { ...record, updatedAt: 'later' }, 60);
    expect((await store.get('a'))?.updatedAt).toBe('later');
    expect(await readdir(dir)).toHaveLength(3);
    now += 61_000; // "a" has expired: a full store sweeps before it refuses
    await store.set('d', record, 600);
    expect(await store.get('d')).toEqual(record);
    expect(await store.get('a')).toBeUndefined();
    await store.delete('b');
    await store.set('e', record, 600);
    await expect(store.set('f', record, 600)).rejects.toBeInstanceOf(StoreFullError);
  });

  it('counts the conversations already on disk when it starts', async () => {
    const first = await fileStore({ maxConversations: 2 });
    await first.store.set('a', record, 600);
    await first.store.set('b', record, 600);
    const again = new FileStore(first.dir, { sweepSeconds: 0, maxConversations: 2 });
    stores.push(again);
    await expect(again.set('c', record, 600)).rejects.toBeInstanceOf(StoreFullError);
  });

  it('sweeps temporary files a crash left behind, and leaves a write in progress alone', async () => {
    const { dir, store } = await fileStore({ staleTempMs: 60_000 });
    await store.set('live', record, 600);
    const stale = join(dir, `${'0'.repeat(64)}.json.1111.tmp`);
    const fresh = join(dir, `${'1'.repeat(64)}.json.2222.tmp`);
    await writeFile(stale, '{"conversation": {"name": "Kari"}}');
    await writeFile(fresh, '{"conversation": {"name": "Ola"}}');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, hourAgo, hourAgo);
    await store.sweep();
    const left = await readdir(dir);
    expect(left).not.toContain(stale.slice(dir.length + 1));
    expect(left).toContain(fresh.slice(dir.length + 1));
    expect(left.filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });

  it('flushes the file and then its directory to disk on every write', async () => {
    const { store } = await fileStore();
    const flushed = vi.spyOn(diskFlush, 'fsync');
    await store.set('one', record, 600);
    expect(flushed).toHaveBeenCalledTimes(2);
    await store.set('one', record, 600);
    expect(flushed).toHaveBeenCalledTimes(4);
  });
});
