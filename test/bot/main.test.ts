/** `npm start`'s process: serves, is ready on /healthz, and shuts down gracefully on SIGTERM. */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
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
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // A request whose headers have arrived but whose body is still coming is in flight for sure.
      const body = Buffer.from(JSON.stringify({ text: 'Trenger båten min bemanningssertifikat?' }));
      const { port } = new URL(url);
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/chat',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => {
              text += c.toString('utf8');
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write(body.subarray(0, 10));
        setTimeout(() => {
          child.kill('SIGTERM');
          setTimeout(() => req.end(body.subarray(10)), 300);
        }, 300);
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const res = await response;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).messages.length).toBeGreaterThan(0);
      expect(await exited).toBe(0);
      // New connections are refused once it has stopped.
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
