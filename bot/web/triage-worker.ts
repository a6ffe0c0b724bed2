/**
 * A worker thread of the triage pool (triage-pool.ts): triages one enquiry per message, so the
 * CPU-heavy reading of long e-mails never blocks the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../../content/topic-ids.js';
import { triage } from '../../machines/triage.js';

/** A job for the worker. */
export type TriageJob = { id: number; text: string; today: string; locale?: Locale };
/** The worker's answer: the result, or the failure's name (never the enquiry's text). */
export type TriageDone =
  | { id: number; ok: true; result: ReturnType<typeof triage> }
  | { id: number; ok: false; error: string };

parentPort?.on('message', (job: TriageJob) => {
  let done: TriageDone;
  try {
    done = { id: job.id, ok: true, result: triage(job.text, job.today, job.locale) };
  } catch (error) {
    done = { id: job.id, ok: false, error: error instanceof Error ? `${error.name}: ${error.stack ?? ''}` : 'Error' };
  }
  parentPort?.postMessage(done);
});
