// Starts a triage worker thread. Worker threads do not inherit a TypeScript loader registered in
// the parent at run time (as under the test runner), so register tsx's, then load the worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
