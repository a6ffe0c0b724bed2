/**
 * The file store under concurrent turns: many conversations written at once are all on disk, each
 * counted once (the maximum holds), and a new store on the same directory finds every one.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../../bot/core/file-store.js';
import { StoreFullError } from '../../../bot/core/store.js';
import { CONVERSATION_MACHINE_VERSION } from '../../../machines/conversation-machine.js';

const record = (n: number) => ({
  version: CONVERSATION_MACHINE_VERSION,
  locale: 'nb' as const,
  snapshot: { n },
  updatedAt: '',
});

const dirs: string[] = [];
const stores: FileStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the file store with many turns at once', () => {
  it('stores 20 conversations written together, counts each once, and a restart finds them all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'losen-files-'));
    dirs.push(dir);
    const store = new FileStore(dir, { sweepSeconds: 0, maxConversations: 20 });
    stores.push(store);
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    // Each written twice at once, as two turns on two conversations would be.
    await Promise.all(ids.flatMap((id, i) => [store.set(id, record(i), 600), store.set(id, record(i), 600)]));
    await expect(store.set('one-too-many', record(99), 600)).rejects.toBeInstanceOf(StoreFullError);
    await store.set('c3', record(33), 600);
    const again = new FileStore(dir, { sweepSeconds: 0, maxConversations: 20 });
    stores.push(again);
    for (const [i, id] of ids.entries()) expect((await again.get(id))?.snapshot).toEqual({ n: id === 'c3' ? 33 : i });
    await expect(again.set('still-too-many', record(99), 600)).rejects.toBeInstanceOf(StoreFullError);
    expect(await again.delete('c0')).toBe(true);
    await again.set('room-again', record(1), 600);
  });

  it('reads a conversation file changed behind its back from the disk, not from what it last wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'losen-files-'));
    dirs.push(dir);
    const store = new FileStore(dir, { sweepSeconds: 0 });
    stores.push(store);
    await store.set('x', record(1), 600);
    expect((await store.get('x'))?.snapshot).toEqual({ n: 1 });
    const [file] = (await readdir(dir)).filter((n) => n.endsWith('.json'));
    const path = join(dir, file ?? '');
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as { conversation: { snapshot: unknown } };
    onDisk.conversation.snapshot = { n: 12345 };
    await writeFile(path, JSON.stringify(onDisk));
    expect((await store.get('x'))?.snapshot).toEqual({ n: 12345 });
    await writeFile(path, '{"expiresAt": 99999999999999, "conversation": {"vers');
    expect(await store.get('x')).toBeUndefined();
  });
});
