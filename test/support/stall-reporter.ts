/**
 * Ends a test run that has stopped moving, and says where it stopped.
 *
 * A test's own timeout (vitest.config.ts) cannot fire while its worker is blocked in a synchronous
 * loop, and a worker that never answers keeps `vitest run` waiting for ever: CI would end only at its
 * own time limit, without a word on which test it was. This reporter runs in vitest's main process,
 * whose timers still run: when no test has started or ended for `LOSEN_TEST_STALL_SECONDS` (default
 * 300, far above the slowest test file), it prints the test files still running, the test each was
 * in, and ends the run with exit code 1.
 */
import type { Reporter, TestCase, TestModule } from 'vitest/node';

const DEFAULT_STALL_SECONDS = 300;
const CHECK_EVERY_MS = 5_000;

type Running = { file: string; since: number; test?: string };

export default class StallReporter implements Reporter {
  private readonly stallMs: number;
  private readonly running = new Map<string, Running>();
  private lastMove = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    const stallSeconds = Number(process.env.LOSEN_TEST_STALL_SECONDS ?? DEFAULT_STALL_SECONDS);
    this.stallMs = (Number.isFinite(stallSeconds) && stallSeconds > 0 ? stallSeconds : DEFAULT_STALL_SECONDS) * 1000;
  }

  onTestRunStart(): void {
    this.moved();
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onTestModuleQueued(module: TestModule): void {
    this.running.set(module.moduleId, { file: module.relativeModuleId, since: Date.now() });
    this.moved();
  }

  onTestCaseReady(test: TestCase): void {
    const running = this.running.get(test.module.moduleId);
    if (running) running.test = test.fullName;
    this.moved();
  }

  onTestCaseResult(): void {
    this.moved();
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
    this.moved();
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private moved(): void {
    this.lastMove = Date.now();
  }

  private check(): void {
    const now = Date.now();
    if (now - this.lastMove < this.stallMs) return;
    const lines = [...this.running.values()].map(
      (r) => `  ${r.file} (for ${Math.round((now - r.since) / 1000)} s)${r.test ? `, in: ${r.test}` : ''}`,
    );
    process.stderr.write(
      `\nNo test started or ended for ${Math.round(this.stallMs / 1000)} s; the run is stopped.\nStill running:\n${lines.join('\n') || '  (none reported)'}\n`,
    );
    process.exit(1);
  }
}
