/**
 * A small timing harness for the in-process benchmarks (rules, turns).
 *
 * Time is CPU time of this process (process.cpuUsage: user + system), not wall-clock time: on a
 * shared machine another process can take the core for a while, which stretches wall-clock time
 * but not the CPU time the work itself used. (Wall-clock time is recorded alongside.) CPU time
 * includes V8's helper threads (concurrent GC), which is real cost of the work too.
 *
 * Each measurement runs in timed rounds after a warm-up and keeps the median round. The heap is
 * collected before each round (when a `gc` can be had), so one subject's garbage is not collected
 * during the other's round. A side-by-side comparison interleaves the two contenders round by
 * round (A B, B A, A B, …); its ratio is the median over rounds of (B's time per op ÷ A's).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type Timing = {
  /** Median CPU time per operation over the rounds, in nanoseconds. */
  nsPerOp: number;
  /** 1e9 / nsPerOp: operations per second of one core's time. */
  opsPerSec: number;
  /** Median wall-clock time per operation, in nanoseconds (inflated when the machine is busy). */
  wallNsPerOp: number;
  /** Fastest and slowest round, CPU ns per op. */
  minNsPerOp: number;
  maxNsPerOp: number;
  rounds: number;
  /** Operations run in all timed rounds together. */
  operations: number;
};

export type Comparison = {
  a: Timing;
  b: Timing /** Median over rounds of b/a: how many times faster A is. */;
  ratio: number;
};

export type RoundOptions = { rounds: number; msPerRound: number; warmupMs: number };

type Round = { ops: number; ns: number; wallNs: number };

/** Anything the timed code returns goes here, so the JIT cannot drop the work as unused. */
let sink = 0;
export const consume = (value: unknown): void => {
  sink = (sink + (typeof value === 'string' ? value.length : value === undefined ? 1 : 2)) | 0;
};
export const sinkValue = (): number => sink;

const now = (): bigint => process.hrtime.bigint();
const cpuNs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) * 1000;
};

/** The `gc` function: Node's own with --expose-gc, else enabled now through V8's flags; undefined if neither works. */
export const gc: (() => void) | undefined = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const fn: unknown = runInNewContext('gc');
    return typeof fn === 'function' ? (fn as () => void) : undefined;
  } catch {
    return undefined;
  }
})();

/** Run a synchronous `fn` for about `ms`, in batches so the clock is read rarely. */
function roundSync(fn: () => unknown, ms: number): Round {
  const budget = BigInt(Math.round(ms * 1e6));
  let batch = 1;
  let ops = 0;
  const cpu = process.cpuUsage();
  const start = now();
  let elapsed = 0n;
  while (elapsed < budget) {
    const t0 = now();
    for (let i = 0; i < batch; i += 1) consume(fn());
    const t1 = now();
    ops += batch;
    elapsed = t1 - start;
    // Grow the batch until one batch takes about 1 ms.
    if (t1 - t0 < 1_000_000n && batch < 1 << 20) batch *= 2;
  }
  return { ops, ns: cpuNs(cpu), wallNs: Number(elapsed) };
}

/** Run an asynchronous `fn` one call after another (each awaited) for about `ms`. */
async function roundAsync(fn: () => Promise<unknown>, ms: number): Promise<Round> {
  const budget = BigInt(Math.round(ms * 1e6));
  let ops = 0;
  const cpu = process.cpuUsage();
  const start = now();
  let elapsed = 0n;
  while (elapsed < budget) {
    consume(await fn());
    ops += 1;
    elapsed = now() - start;
  }
  return { ops, ns: cpuNs(cpu), wallNs: Number(elapsed) };
}

/** What is timed: a synchronous or an asynchronous operation, with fresh state made before each round. */
export type Subject = ({ sync: () => unknown } | { async: () => Promise<unknown> }) & {
  beforeRound?: () => void | Promise<void>;
};

async function round(subject: Subject, ms: number): Promise<Round> {
  await subject.beforeRound?.();
  gc?.();
  return 'sync' in subject ? roundSync(subject.sync, ms) : roundAsync(subject.async, ms);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function summarise(rounds: Round[]): Timing {
  const perOp = rounds.map((r) => r.ns / r.ops);
  const nsPerOp = median(perOp);
  return {
    nsPerOp,
    opsPerSec: 1e9 / nsPerOp,
    wallNsPerOp: median(rounds.map((r) => r.wallNs / r.ops)),
    minNsPerOp: Math.min(...perOp),
    maxNsPerOp: Math.max(...perOp),
    rounds: rounds.length,
    operations: rounds.reduce((n, r) => n + r.ops, 0),
  };
}

/** Time one subject: a warm-up, then `rounds` rounds of `msPerRound`. */
export async function measure(subject: Subject, options: RoundOptions): Promise<Timing> {
  await round(subject, options.warmupMs);
  const rounds: Round[] = [];
  for (let i = 0; i < options.rounds; i += 1) rounds.push(await round(subject, options.msPerRound));
  return summarise(rounds);
}

/** Time two subjects side by side, interleaved round by round. */
export async function compare(a: Subject, b: Subject, options: RoundOptions): Promise<Comparison> {
  await round(a, options.warmupMs);
  await round(b, options.warmupMs);
  const ra: Round[] = [];
  const rb: Round[] = [];
  for (let i = 0; i < options.rounds; i += 1) {
    if (i % 2 === 0) {
      ra.push(await round(a, options.msPerRound));
      rb.push(await round(b, options.msPerRound));
    } else {
      rb.push(await round(b, options.msPerRound));
      ra.push(await round(a, options.msPerRound));
    }
  }
  const ratio = median(ra.map((r, i) => rb[i]!.ns / rb[i]!.ops / (r.ns / r.ops)));
  return { a: summarise(ra), b: summarise(rb), ratio };
}
