/** `npm start`'s process: serves, is ready on /healthz, and shuts down gracefully on SIGTERM. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the server process', () => {
  it('finishes the request in flight and exits cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'losen-main-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOSEN_DATA_DIR: dir, LOG_LEVEL: 'info', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let buffer = '';
        const timer = setTimeout(() => reject(new Error(`no listening line: ${buffer}`)), 50_000);
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          const m = /"url":"(http:\/\/[^"]+)"/.exec(buffer);
          if (m) { clearTimeout(timer); resolve(m[1]!); }
        });
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const inFlight = fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Trenger båten min bemanningssertifikat?' }) });
      await new Promise((r) => setTimeout(r, 5));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
