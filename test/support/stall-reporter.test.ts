import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./stall-fixture/', import.meta.url));

it('ends a run whose worker is blocked, naming the file still running, with exit code 1', async () => {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url)), 'run'],
    {
      cwd: FIXTURE,
      env: { ...process.env, LOSEN_TEST_STALL_SECONDS: '3', NO_COLOR: '1' },
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(1);
  expect(out).toContain('No test started or ended for 3 s; the run is stopped.');
  expect(out).toMatch(/Still running:\n {2}blocked\.fixture\.ts \(for \d+ s\)/);
  // Stopped by the reporter, well before the blocked test's 30 s were over.
  expect(Date.now() - started).toBeLessThan(25_000);
});
