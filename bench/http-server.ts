/**
 * The web server under load for section 3, in its own process so it does not share an event loop
 * with the load generator. Started by bench/http.ts:
 *
 *   BENCH_STORE=file BENCH_DATA_DIR=/tmp/x   — the embedded FileStore in that directory
 *   BENCH_STORE=redis BENCH_REDIS_URL=redis://… — RedisStore (and the shared rate limiter in Redis)
 *
 * The rate limit and the store's conversation limit (`MAX_CONVERSATIONS`, 10,000 by default) are
 * raised far above what the runs send: every flow starts a new conversation, and a full store (503
 * with `Retry-After: 60`) would measure the store's capacity, not its turns. Prints `{"port":N}` once listening;
 * answers the IPC message 'stats' with its CPU time used so far (process.cpuUsage), the turns it
 * has finished and the turns under way, and every garbage collection's pause so far (kind and ms);
 * closes cleanly on SIGTERM.
 *
 * Turns are counted around the store's per-conversation lock (every turn takes it once), so a turn
 * whose client has gone away is still counted when it finishes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { dirname } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { FileStore } from '../bot/core/file-store.js';
import { RedisStore } from '../bot/core/redis-store.js';
import type { ConversationStore, LockedConversation } from '../bot/core/store.js';
import { buildServer, LISTEN_BACKLOG } from '../bot/web/server.js';

/** Far more conversations than all runs on one store start together. */
const BENCH_MAX_CONVERSATIONS = 10_000_000;

const kind = process.env.BENCH_STORE;
let store: ConversationStore;
if (kind === 'redis') {
  const url = process.env.BENCH_REDIS_URL;
  if (!url) throw new Error('BENCH_REDIS_URL is not set');
  store = await RedisStore.connect(url, { prefix: 'losen-bench:', maxConversations: BENCH_MAX_CONVERSATIONS });
} else if (kind === 'file') {
  const dir = process.env.BENCH_DATA_DIR;
  if (!dir) throw new Error('BENCH_DATA_DIR is not set');
  store = new FileStore(dir, { maxConversations: BENCH_MAX_CONVERSATIONS });
} else {
  throw new Error(`BENCH_STORE must be file or redis, not ${kind}`);
}

// Count turns without wrapping the store object (buildServer checks `instanceof RedisStore`).
let finished = 0;
let running = 0;
const withLock = store.withLock.bind(store);
store.withLock = <T>(id: string, fn: (locked: LockedConversation) => Promise<T>): Promise<T> => {
  running += 1;
  return withLock(id, fn).finally(() => {
    running -= 1;
    finished += 1;
  });
};

// Every collection's pause, in order: the bench takes the ones of each measured run.
const pauses: { major: boolean; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    pauses.push({ major: kind !== constants.NODE_PERFORMANCE_GC_MINOR, ms: entry.duration });
  }
}).observe({ entryTypes: ['gc'] });

const app = await buildServer({ store, config: { RATE_LIMIT_PER_MINUTE: 1_000_000_000 } });
await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);

// The CPU profiler (as `node --cpu-prof`), started and stopped by the bench around one measured run.
let session: Session | undefined;
async function profile(command: { start?: true; stop?: string }): Promise<void> {
  if (command.start) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
  } else if (command.stop && session) {
    const { profile: result } = await session.post('Profiler.stop');
    session.disconnect();
    session = undefined;
    await mkdir(dirname(command.stop), { recursive: true });
    await writeFile(command.stop, JSON.stringify(result));
  }
}

process.on('message', (message) => {
  if (message === 'stats') process.send?.({ cpu: process.cpuUsage(), finished, running, pauses });
  else if (typeof message === 'object' && message !== null && 'profile' in message)
    void profile((message as { profile: { start?: true; stop?: string } }).profile).then(() =>
      process.send?.({ profiled: true }),
    );
});

process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await store.close();
    process.exit(0);
  })();
});
