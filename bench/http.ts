/**
 * Section 3: HTTP. autocannon against `POST /api/chat` of the real web server (bench/http-server.ts,
 * its own process), with the embedded FileStore (temporary directory) and with Redis (a real
 * redis-server from test/support/redis-server.ts), at 100 and 1000 concurrent connections.
 *
 * Since admission control (a turn refused with 503 and Retry-After when the server is saturated),
 * the measured closed-loop runs use node:http clients that send a refused turn again after the
 * pause asked for, and the latency is that of the admitted turns; autocannon (which would move on
 * to the flow's next turn) only warms the server up. The description of autocannon below is of
 * the warm-up and of the runs before issue 16.
 *
 * Every virtual connection runs its own conversations: autocannon cycles each connection through
 * the 4-turn manning flow. The first request starts a new conversation (no conversationId); its
 * response's conversationId is kept in that connection's context and sent with turns 2–4; after the
 * fourth turn the connection starts a new conversation. So 100 connections are 100 concurrent
 * conversations at all times, and every request is one turn. If turn 1 fails, the connection
 * starts over (counted in `resets`). The fourth turn's answer is checked for the right decision.
 *
 * autocannon's load is closed-loop (each connection sends its next turn as soon as the last is
 * answered), so the server runs flat out: latency then follows from throughput (Little's law:
 * mean latency ≈ connections ÷ turns per second).
 *
 * A third run per store is paced, closer to people chatting: 100 conversations, each waiting
 * `PACED_THINK_MS` after every answer before its next turn (starts spread over the first second),
 * sent with node:http (keep-alive, one socket per conversation), since autocannon's per-connection
 * rate limit fires every connection in the same instant each second.
 *
 * For every run the server's own CPU time per turn is read from the server process (its
 * process.cpuUsage over the run ÷ turns it finished): unlike latency it hardly depends on what
 * else the machine is doing. It does not include redis-server's own CPU. After each run the
 * benchmark waits until the server has finished the turns still under way (the load generator
 * stops sending, not the server working), so one run's backlog does not slow the next, and those
 * turns' CPU time is counted with them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BUSY_RETRY_AFTER_SECONDS } from '../bot/web/admission.js';
import { TestRedis } from '../test/support/redis-server.js';
import { spawnTs } from './lib/child.js';

export type HttpRun = {
  store: 'file' | 'redis';
  /** closed: autocannon, next turn as soon as answered; paced: a pause of `thinkMs` after every answer. */
  mode: 'closed' | 'paced';
  thinkMs?: number;
  connections: number;
  durationSeconds: number;
  /** Turns answered (all statuses) and per second. */
  requests: number;
  turnsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  flowsCompleted: number;
  wrongDecisions: number;
  /** The answers that were not 2xx, counted by status and error text (node:http runs). */
  failures?: Record<string, number>;
  /** Turns refused with 503 + Retry-After (admission control) and sent again; not in the latencies. */
  refused: number;
  /** The load generator: autocannon, or node:http (which resends refused turns and times only admitted ones). */
  client: 'autocannon' | 'node:http';
  /** The server process's CPU time per answered turn, in ms. */
  serverCpuMsPerTurn: number;
  /**
   * The server's garbage collections during the run: scavenges (young generation) and the others
   * (mark-compact), their pauses together and the longest (wall-clock ms, so stretched when the
   * machine is busy), and the Node flags the server ran with.
   */
  gc?: { scavenges: number; majors: number; pauseMs: number; maxPauseMs: number; nodeArgs: string[] };
  /** The goal of issue 16 for this run, and whether it was met (no errors or wrong decisions either). */
  goal?: { text: string; met: boolean };
};

type Context = { conversationId?: string };

const JSON_HEADERS = { 'content-type': 'application/json' };
/** Issue 16's goals: 100 conversations closed loop; 100 paced; 1,000 closed loop (admitted turns). */
export const HTTP_GOALS = { closedTurnsPerSecond: 5000, closedP99Ms: 20, pacedP99Ms: 5, crowdP99Ms: 200 };
export const PACED_THINK_MS = 1000;

const FLOW_BODIES: Record<string, string>[] = [
  { text: 'Trenger båten min bemanningssertifikat?' },
  { choice: 'answer:NO' },
  { choice: 'answer:cargo' },
  { text: '45 BT' },
];
const EXPECTED_DECISION = '"outcome":"not-required"';

/** The 4-turn flow as autocannon requests, one conversation per connection at a time. */
function flowRequests(counters: { completed: number; wrong: number }): autocannon.Request[] {
  const turn = (body: Record<string, string>): autocannon.Request => ({
    method: 'POST',
    path: '/api/chat',
    headers: JSON_HEADERS,
    // No conversation yet (turn 1 failed): returning nothing makes autocannon start the flow over.
    setupRequest: (request, context) => {
      const id = (context as Context).conversationId;
      return (
        id ? { ...request, body: JSON.stringify({ conversationId: id, ...body }) } : undefined
      ) as autocannon.Request;
    },
  });
  return [
    {
      method: 'POST',
      path: '/api/chat',
      headers: JSON_HEADERS,
      body: JSON.stringify(FLOW_BODIES[0]),
      onResponse: (status, body, context) => {
        if (status === 200)
          (context as Context).conversationId = (JSON.parse(body) as { conversationId: string }).conversationId;
      },
    },
    turn(FLOW_BODIES[1]!),
    turn(FLOW_BODIES[2]!),
    {
      ...turn(FLOW_BODIES[3]!),
      onResponse: (status, body) => {
        if (status !== 200) return;
        if (body.includes(EXPECTED_DECISION)) counters.completed += 1;
        else counters.wrong += 1;
      },
    },
  ];
}

type GcPause = { major: boolean; ms: number };
type ServerStats = { cpuMs: number; finished: number; running: number; pauses: GcPause[] };
type Server = {
  url: string;
  stats: () => Promise<ServerStats>;
  /** Start the server's CPU profiler, or stop it and write the profile to `file`. */
  profile: (command: { start: true } | { stop: string }) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Node flags the bench's server runs with unless `--server-node-args=` names others: none, as
 * `npm start` runs the server. A larger young generation (`--max-semi-space-size=32` or `64`) was
 * measured and not taken: a turn leaves about 14 KB that outlives it (the record and the machine kept
 * running) whatever the size, so the same bytes are promoted in fewer, longer pauses — 196 scavenges
 * of 17.6 ms on average against 73 of 48 ms at 64 MB for the same turns (PROFILE.md, fourth round).
 */
export const SERVER_NODE_ARGS: readonly string[] = [];

async function startServer(env: Record<string, string>, nodeArgs: readonly string[]): Promise<Server> {
  const child = spawnTs('bench/http-server.ts', { env, ipc: true, nodeArgs: [...nodeArgs] });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) =>
      reject(new Error(`the bench server exited (${code}) before listening: ${err.trim()}`)),
    );
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const stats = () =>
    new Promise<ServerStats>((resolve) => {
      child.once('message', (m) => {
        const { cpu, finished, running, pauses } = m as {
          cpu: NodeJS.CpuUsage;
          finished: number;
          running: number;
          pauses: GcPause[];
        };
        resolve({ cpuMs: (cpu.user + cpu.system) / 1000, finished, running, pauses });
      });
      child.send('stats');
    });
  const profile = (command: { start: true } | { stop: string }) =>
    new Promise<void>((resolve) => {
      child.once('message', () => resolve());
      child.send({ profile: command });
    });
  const url = `http://127.0.0.1:${port}`;
  try {
    await primeWithOneFlow(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stats, profile, stop };
}

/**
 * One complete flow over HTTP before any load: checks the server answers the flow with the right
 * decision, and pays the one-off start-up work (building the text index on the first turn) outside
 * the measurements.
 */
async function primeWithOneFlow(url: string): Promise<void> {
  let conversationId: string | undefined;
  let last = '';
  for (const body of FLOW_BODIES) {
    const response = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(conversationId ? { conversationId, ...body } : body),
    });
    last = await response.text();
    if (response.status !== 200) throw new Error(`the bench server answered ${response.status}: ${last}`);
    conversationId = (JSON.parse(last) as { conversationId: string }).conversationId;
  }
  if (!last.includes(EXPECTED_DECISION))
    throw new Error(`the flow over HTTP did not end in the expected decision: ${last.slice(0, 300)}`);
}

type Measured = Omit<HttpRun, 'store' | 'serverCpuMsPerTurn' | 'goal'>;

/** autocannon, closed loop: every connection runs conversations back to back. */
async function closedLoop(url: string, connections: number, duration: number): Promise<Measured> {
  const counters = { completed: 0, wrong: 0 };
  const result = await autocannon({ url, connections, duration, requests: flowRequests(counters), timeout: 30 });
  return {
    mode: 'closed',
    connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    turnsPerSecond: result.requests.total / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.average,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    resets: result.resets,
    flowsCompleted: counters.completed,
    wrongDecisions: counters.wrong,
    refused: 0,
    client: 'autocannon',
  };
}

/** POST one JSON body; resolves with the status and body text. */
function post(
  agent: Agent,
  url: string,
  body: unknown,
): Promise<{ status: number; body: string; retryAfter: number | undefined }> {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(body));
    const req = request(
      `${url}/api/chat`,
      { method: 'POST', agent, headers: { ...JSON_HEADERS, 'content-length': data.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const retryAfter = Number(res.headers['retry-after']);
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined,
          });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Open the users' connections before the run (a GET /healthz each, all at once, not counted): the
 * run measures turns. New TCP connections opened while the server is saturated wait in its accept
 * queue behind the requests on open connections, for seconds on two cores; that is connection
 * set-up, which a load balancer in front of the instances holds open, not a turn's latency (see
 * bench/PROFILE.md).
 */
async function openConnections(agent: Agent, url: string, count: number): Promise<void> {
  const open = () =>
    new Promise<void>((resolve) => {
      const req = request(`${url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', () => resolve());
      req.end();
    });
  await Promise.all(Array.from({ length: count }, open));
}

/** The `error` of a JSON answer, or its first characters. */
function errorOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // not JSON: its first characters below
  }
  return body.slice(0, 60);
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (n: number) => Math.round(n * 100) / 100;

/**
 * `conversations` users on node:http, each pausing `thinkMs` after every answer (starts spread over
 * `thinkMs`); with `thinkMs` 0 a closed loop. A turn refused with 503 and `Retry-After` (admission
 * control) is sent again after that pause, as the widget would: latency percentiles are of the
 * turns admitted and answered, and the refusals are counted beside them.
 */
async function paced(url: string, conversations: number, duration: number, thinkMs: number): Promise<Measured> {
  // One connection per user, kept while it pauses (the agent would otherwise close all but 256 idle
  // ones and open new ones for the next turns).
  const agent = new Agent({ keepAlive: true, maxSockets: conversations, maxFreeSockets: conversations });
  await openConnections(agent, url, conversations);
  const latencies: number[] = [];
  const counts = { errors: 0, timeouts: 0, non2xx: 0, resets: 0, completed: 0, wrong: 0, refused: 0 };
  const failures: Record<string, number> = {};
  const start = performance.now();
  const end = start + duration * 1000;
  const user = async (i: number) => {
    await sleep((i / conversations) * thinkMs);
    while (performance.now() < end) {
      let conversationId: string | undefined;
      for (let n = 0; n < FLOW_BODIES.length; n += 1) {
        const body = FLOW_BODIES[n] ?? {};
        if (performance.now() >= end) return;
        const t0 = performance.now();
        try {
          const r = await post(agent, url, conversationId ? { conversationId, ...body } : body);
          // Only admission control's refusal is sent again; any other 503 (a full or unreachable
          // store) is an error of the run, counted as non-2xx, never waited out unseen.
          if (r.status === 503 && r.retryAfter === BUSY_RETRY_AFTER_SECONDS) {
            counts.refused += 1;
            await sleep(r.retryAfter * 1000);
            n -= 1; // the same turn again
            continue;
          }
          latencies.push(performance.now() - t0);
          if (r.status < 200 || r.status > 299) {
            counts.non2xx += 1;
            counts.resets += 1;
            // Which refusal it was (a full or unreachable store says so in its error), so a run that
            // fails says why; then the pause it asks for, as the widget would, before a new flow.
            const reason = `${r.status} ${errorOf(r.body)}`;
            failures[reason] = (failures[reason] ?? 0) + 1;
            if (r.retryAfter !== undefined)
              await sleep(Math.min(r.retryAfter * 1000, Math.max(0, end - performance.now())));
            break;
          }
          conversationId = (JSON.parse(r.body) as { conversationId: string }).conversationId;
          if (n === FLOW_BODIES.length - 1) {
            if (r.body.includes(EXPECTED_DECISION)) counts.completed += 1;
            else counts.wrong += 1;
          }
        } catch (error) {
          counts.errors += 1;
          if (error instanceof Error && error.message === 'timeout') counts.timeouts += 1;
          counts.resets += 1;
          break;
        }
        if (thinkMs > 0) await sleep(thinkMs);
      }
    }
  };
  await Promise.all(Array.from({ length: conversations }, (_, i) => user(i)));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    mode: thinkMs > 0 ? 'paced' : 'closed',
    ...(thinkMs > 0 ? { thinkMs } : {}),
    connections: conversations,
    durationSeconds: ms(elapsed),
    requests: latencies.length,
    turnsPerSecond: latencies.length / elapsed,
    latencyMs: {
      p50: ms(percentile(sorted, 0.5)),
      p90: ms(percentile(sorted, 0.9)),
      p99: ms(percentile(sorted, 0.99)),
      max: ms(sorted.at(-1) ?? 0),
      mean: ms(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    },
    errors: counts.errors - counts.timeouts,
    timeouts: counts.timeouts,
    non2xx: counts.non2xx,
    resets: counts.resets,
    flowsCompleted: counts.completed,
    wrongDecisions: counts.wrong,
    refused: counts.refused,
    ...(Object.keys(failures).length > 0 ? { failures } : {}),
    client: 'node:http',
  };
}

/**
 * Wait until the server is idle (at most `limitMs`): no turn under way and hardly any CPU used for
 * 100 ms, so requests still queued in its sockets from the last run (not yet a turn) are worked off
 * before the next run starts. Returns its stats then.
 */
async function drained(server: Server, limitMs = 60_000): Promise<ServerStats> {
  const deadline = performance.now() + limitMs;
  let before = await server.stats();
  for (;;) {
    await sleep(100);
    const stats = await server.stats();
    const idle = stats.running === 0 && stats.cpuMs - before.cpuMs < 10;
    if (idle || performance.now() > deadline) return stats;
    before = stats;
  }
}

/** Run `measure` against `server`, adding the server's CPU time per finished turn. */
async function withServerCpu(
  store: HttpRun['store'],
  server: Server,
  nodeArgs: readonly string[],
  measure: () => Promise<Measured>,
): Promise<HttpRun> {
  const before = await drained(server);
  const measured = await measure();
  const after = await drained(server);
  const turns = after.finished - before.finished;
  const pauses = after.pauses.slice(before.pauses.length);
  const run: HttpRun = {
    store,
    ...measured,
    serverCpuMsPerTurn: turns > 0 ? ms((after.cpuMs - before.cpuMs) / turns) : Number.NaN,
    gc: {
      scavenges: pauses.filter((p) => !p.major).length,
      majors: pauses.filter((p) => p.major).length,
      pauseMs: ms(pauses.reduce((sum, p) => sum + p.ms, 0)),
      maxPauseMs: ms(Math.max(0, ...pauses.map((p) => p.ms))),
      nodeArgs: [...nodeArgs],
    },
  };
  const clean = run.errors === 0 && run.timeouts === 0 && run.non2xx === 0 && run.wrongDecisions === 0;
  const g = HTTP_GOALS;
  if (run.mode === 'paced') {
    run.goal = { text: `p99 ≤ ${g.pacedP99Ms} ms`, met: clean && run.latencyMs.p99 <= g.pacedP99Ms };
  } else if (run.connections <= 100) {
    run.goal = {
      text: `≥ ${g.closedTurnsPerSecond.toLocaleString('en-US')} turns/s, p99 ≤ ${g.closedP99Ms} ms`,
      met:
        clean &&
        run.refused === 0 &&
        run.turnsPerSecond >= g.closedTurnsPerSecond &&
        run.latencyMs.p99 <= g.closedP99Ms,
    };
  } else {
    run.goal = { text: `p99 ≤ ${g.crowdP99Ms} ms (admitted turns)`, met: clean && run.latencyMs.p99 <= g.crowdP99Ms };
  }
  return run;
}

/** One scenario of a store's runs. */
type Scenario = { mode: 'closed' | 'paced'; connections: number };

export async function runHttp(
  options: {
    connections: number[];
    paced: number[];
    durationSeconds: number;
    warmupSeconds: number;
    stores: readonly HttpRun['store'][];
    /** Node flags for the server (default `SERVER_NODE_ARGS`). */
    serverNodeArgs?: readonly string[];
    /**
     * Profile the server during each measured run (V8's CPU profiler, as `node --cpu-prof`, but
     * started and stopped around the run) into this directory; `onProfile` gets each file.
     */
    profileDir?: string;
    onProfile?: (store: HttpRun['store'], scenario: Scenario, file: string) => Promise<void>;
  },
  log: (line: string) => void,
): Promise<HttpRun[]> {
  const runs: HttpRun[] = [];
  const report = (run: HttpRun) => {
    runs.push(run);
    log(
      `  ${run.store} store, ${run.connections} ${run.mode}: p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, ${Math.round(run.turnsPerSecond)} turns/s, ` +
        `errors ${run.errors + run.timeouts}, non-2xx ${run.non2xx}${
          run.failures
            ? ` (${Object.entries(run.failures)
                .map(([k, n]) => `${n} × ${k}`)
                .join('; ')})`
            : ''
        }, refused ${run.refused}, flows completed ${run.flowsCompleted}, server CPU ${run.serverCpuMsPerTurn} ms/turn` +
        (run.gc
          ? `; GC ${run.gc.scavenges} scavenges + ${run.gc.majors} mark-compact, ${run.gc.pauseMs} ms, longest ${run.gc.maxPauseMs} ms`
          : ''),
    );
  };
  const scenarios: Scenario[] = [
    ...options.connections.map((connections) => ({ mode: 'closed' as const, connections })),
    ...options.paced.map((connections) => ({ mode: 'paced' as const, connections })),
  ];
  const nodeArgs = options.serverNodeArgs ?? SERVER_NODE_ARGS;
  const measureOn = (store: HttpRun['store'], server: Server, s: Scenario) =>
    withServerCpu(store, server, nodeArgs, () =>
      s.mode === 'paced'
        ? paced(server.url, s.connections, options.durationSeconds, PACED_THINK_MS)
        : // node:http, which resends a turn refused by admission control (autocannon would move on).
          paced(server.url, s.connections, options.durationSeconds, 0),
    );
  for (const store of options.stores) {
    let redis: TestRedis | undefined;
    let dir: string | undefined;
    let server: Server | undefined;
    try {
      let env: Record<string, string>;
      if (store === 'redis') {
        // An existing Redis when BENCH_REDIS_URL is set (e.g. one configured as in production), else a fresh one.
        const external = process.env.BENCH_REDIS_URL;
        if (!external) redis = await TestRedis.start();
        env = { BENCH_STORE: 'redis', BENCH_REDIS_URL: external ?? redis?.url ?? '' };
      } else {
        dir = await mkdtemp(join(tmpdir(), 'losen-bench-http-'));
        env = { BENCH_STORE: 'file', BENCH_DATA_DIR: dir };
      }
      const running = await startServer(env, nodeArgs);
      server = running;
      await closedLoop(running.url, 10, options.warmupSeconds);
      for (const sc of scenarios) {
        const profileDir = options.profileDir;
        if (!profileDir) {
          report(await measureOn(store, running, sc));
          continue;
        }
        // The profile covers the measured run only (not start-up, module loading or the warm-up).
        await drained(running);
        await running.profile({ start: true });
        report(await measureOn(store, running, sc));
        const file = join(profileDir, `${store}-${sc.mode}-${sc.connections}.cpuprofile`);
        await running.profile({ stop: file });
        await options.onProfile?.(store, sc, file);
      }
    } finally {
      await server?.stop();
      await redis?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }
  return runs;
}
