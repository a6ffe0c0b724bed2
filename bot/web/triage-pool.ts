/**
 * Staff triage off the event loop: enquiries are triaged in a small pool of worker threads, so a
 * burst of long e-mails (each up to 10 000 characters, tens to hundreds of milliseconds of CPU)
 * never stalls the chat, the widget or /healthz. Jobs wait in a bounded queue; when it is full, or
 * a job runs too long (its worker is replaced), the request is refused with `TriageBusyError`
 * (503), not left to pile up.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../content/topic-ids.js';
import type { TriageResult } from '../../machines/triage.js';
import type { TriageDone, TriageJob } from './triage-worker.js';

/** Runs triage somewhere (the pool, or in-process for the CLI and tests). */
export type TriageRunner = {
  run(text: string, today: string, locale?: Locale): Promise<TriageResult>;
  close(): Promise<void>;
};

/** Triage is refused for now: the queue is full or the job took too long. */
export class TriageBusyError extends Error {
  readonly code = 'TRIAGE_BUSY';
  constructor(reason: string) {
    super(`Triage is busy: ${reason}`);
    this.name = 'TriageBusyError';
  }
}

/** Options of `triagePool`. */
export type TriagePoolOptions = {
  /** Worker threads (default: one per core but one, at least one, at most four). */
  size?: number;
  /** Jobs waiting beyond those running before new ones are refused. */
  maxQueue?: number;
  /** Longest a job may run before its worker is replaced and the job refused. */
  timeoutMs?: number;
};

type Job = {
  id: number;
  input: Omit<TriageJob, 'id'>;
  resolve: (result: TriageResult) => void;
  reject: (error: Error) => void;
};
type Slot = { worker: Worker; job: Job | undefined; timer: NodeJS.Timeout | undefined };

const BOOT = new URL('./triage-worker-boot.mjs', import.meta.url);
const MODULE = new URL('./triage-worker.ts', import.meta.url).href;

/** A pool of triage worker threads, started on first use. */
export function triagePool(options: TriagePoolOptions = {}): TriageRunner {
  const size = options.size ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const maxQueue = options.maxQueue ?? 32;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  function finish(slot: Slot): Job | undefined {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    return job;
  }

  function retire(slot: Slot, error: Error) {
    finish(slot)?.reject(error);
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
    dispatch();
  }

  function spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { module: MODULE } });
    worker.unref();
    const slot: Slot = { worker, job: undefined, timer: undefined };
    worker.on('message', (done: TriageDone) => {
      const job = slot.job;
      if (!job || job.id !== done.id) return;
      finish(slot);
      if (done.ok) job.resolve(done.result);
      else job.reject(new Error(`Triage failed in its worker: ${done.error}`));
      dispatch();
    });
    worker.on('error', (error) => retire(slot, error));
    worker.on('exit', () => {
      if (slots.includes(slot)) retire(slot, new Error('Triage worker stopped'));
    });
    slots.push(slot);
    return slot;
  }

  function dispatch() {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => !s.job) ?? (slots.length < size ? spawn() : undefined);
      const job = slot && queue.shift();
      if (!slot || !job) return;
      slot.job = job;
      slot.timer = setTimeout(() => retire(slot, new TriageBusyError('the enquiry took too long')), timeoutMs);
      slot.worker.postMessage({ id: job.id, ...job.input } satisfies TriageJob);
    }
  }

  return {
    run(text, today, locale) {
      if (closed) return Promise.reject(new TriageBusyError('shutting down'));
      const running = slots.filter((s) => s.job).length;
      if (running >= size && queue.length >= maxQueue)
        return Promise.reject(new TriageBusyError('too many enquiries at once'));
      return new Promise<TriageResult>((resolve, reject) => {
        queue.push({ id: ++nextId, input: { text, today, ...(locale ? { locale } : {}) }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new TriageBusyError('shutting down'));
      await Promise.all(
        slots.splice(0).map((slot) => {
          finish(slot)?.reject(new TriageBusyError('shutting down'));
          return slot.worker.terminate();
        }),
      );
    },
  };
}
