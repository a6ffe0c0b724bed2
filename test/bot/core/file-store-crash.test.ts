/**
 * The file store survives its process being killed (kill -9) in the middle of writing: afterwards
 * every conversation reads whole, and no write it had acknowledged is lost.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../../bot/core/file-store.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** Run the writer until it has acknowledged `writes` writes, then kill -9 it; the last acknowledged n per conversation. */
function writeThenKill(dir: string, conversations: number, writes: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/file-store-writer.ts', dir, String(conversations)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const acknowledged = new Map<string, number>();
    let seen = 0;
    let rest = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const [id, n] = line.split(' ');
        if (id && n) acknowledged.set(id, Number(n));
        seen += 1;
      }
      if (seen >= writes) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`the writer stopped by itself: ${err}`)),
    );
  });
}

describe('the file store killed with kill -9 while writing', () => {
  it('reads every conversation whole afterwards, none older than its last acknowledged write', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'losen-crash-'));
    dirs.push(dir);
    const acknowledged = await writeThenKill(dir, 6, 120);
    expect(acknowledged.size).toBe(6);
    const store = new FileStore(dir, { sweepSeconds: 0, staleTempMs: 0 });
    try {
      for (const [id, n] of acknowledged) {
        const snapshot = (await store.get(id))?.snapshot as { n: number; padding: string } | undefined;
        // A write under way when killed may have landed too (n + 1), never a torn or older one.
        expect(snapshot?.n).toBeGreaterThanOrEqual(n);
        expect(snapshot?.n).toBeLessThanOrEqual(n + 1);
        expect(snapshot?.padding).toHaveLength(20_000);
      }
      // The temporary files of the writes cut short are swept; the conversations stay.
      await store.sweep();
      const names = await readdir(dir);
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(6);
    } finally {
      await store.close();
    }
  }, 60_000);
});
