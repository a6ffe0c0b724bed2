/**
 * Section 4's measurements, run in a fresh Node process (started by bench/memory.ts with
 * --expose-gc) so the other benchmarks' garbage does not blur the resident-set figures.
 * Prints one JSON line (MemoryResult) on stdout.
 *
 * 1. Snapshot size: the stored conversation (`StoredConversation` as JSON, what Redis holds; the
 *    FileStore file adds its expiry around it) after each turn of the 4-turn manning flow.
 * 2. Resident memory: RSS and V8 heap before and after 10 000 live conversations are held in one
 *    MemoryStore, each taken through the first two turns of the flow (waiting for the vessel type).
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileStore } from '../bot/core/file-store.js';
import { MemoryStore } from '../bot/core/store.js';
import { createTurnCore } from '../bot/core/turn.js';
import type { TurnRequest } from '../bot/core/turn.js';

export type MemoryResult = {
  snapshots: { turn: number; asked: string; jsonBytes: number; fileBytes: number }[];
  maxJsonBytes: number;
  conversations: number;
  turnsEach: number;
  gcExposed: boolean;
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
  rssPerConversation: number;
  heapPerConversation: number;
};

const FLOW: TurnRequest[] = [
  { text: 'Trenger båten min bemanningssertifikat?' },
  { choice: 'answer:NO' },
  { choice: 'answer:cargo' },
  { text: '45 BT' },
];
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 10_000);
const TURNS_EACH = 2;
const gc = (globalThis as { gc?: () => void }).gc;

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    gc?.();
    await sleep(20);
  }
}

async function snapshotSizes(): Promise<MemoryResult['snapshots']> {
  const dir = await mkdtemp(join(tmpdir(), 'losen-bench-mem-'));
  try {
    const memory = new MemoryStore();
    const files = new FileStore(dir, { sweepSeconds: 0 });
    const inMemory = createTurnCore({ store: memory, ttlSeconds: 1800 });
    const onDisk = createTurnCore({ store: files, ttlSeconds: 1800 });
    const sizes: MemoryResult['snapshots'] = [];
    let memoryId: string | undefined;
    let fileId: string | undefined;
    for (const [i, turn] of FLOW.entries()) {
      const r = await inMemory.handleTurn(memoryId ? { ...turn, conversationId: memoryId } : turn);
      memoryId = r.conversationId;
      fileId = (await onDisk.handleTurn(fileId ? { ...turn, conversationId: fileId } : turn)).conversationId;
      const stored = await memory.get(memoryId);
      const [file] = await readdir(dir);
      const asked =
        r.messages.map((m) => (m as { ask?: { fact?: string } }).ask?.fact).find(Boolean) ??
        (r.messages.some((m) => 'decision' in m) ? 'decision given' : '?');
      sizes.push({
        turn: i + 1,
        asked,
        jsonBytes: Buffer.byteLength(JSON.stringify(stored)),
        fileBytes: file ? (await stat(join(dir, file))).size : 0,
      });
    }
    await files.close();
    return sizes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Start `count` conversations on `core`, each taken through `turns` turns, 50 at a time. */
async function fill(core: ReturnType<typeof createTurnCore>, count: number, turns: number): Promise<void> {
  const one = async () => {
    let id: string | undefined;
    for (const turn of FLOW.slice(0, turns))
      id = (await core.handleTurn(id ? { ...turn, conversationId: id } : turn)).conversationId;
  };
  for (let done = 0; done < count; done += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - done) }, one));
  }
}

async function main(): Promise<void> {
  const snapshots = await snapshotSizes();

  // Warm up the code paths (JIT, lazily built tables) so they are not counted as conversation memory.
  const warm = new MemoryStore();
  await fill(createTurnCore({ store: warm, ttlSeconds: 1800 }), 500, TURNS_EACH);
  await warm.close();
  await settle();

  const before = process.memoryUsage();
  const store = new MemoryStore();
  await fill(createTurnCore({ store, ttlSeconds: 1800 }), CONVERSATIONS, TURNS_EACH);
  await settle();
  const after = process.memoryUsage();
  if (store.size !== CONVERSATIONS)
    throw new Error(`expected ${CONVERSATIONS} live conversations, the store holds ${store.size}`);

  const result: MemoryResult = {
    snapshots,
    maxJsonBytes: Math.max(...snapshots.map((s) => s.jsonBytes)),
    conversations: store.size,
    turnsEach: TURNS_EACH,
    gcExposed: gc !== undefined,
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    rssPerConversation: (after.rss - before.rss) / store.size,
    heapPerConversation: (after.heapUsed - before.heapUsed) / store.size,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
