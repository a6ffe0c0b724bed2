/**
 * The composition root: `npm start`'s process serves, is ready on /healthz, and shuts down
 * gracefully on SIGTERM; `buildApp` mounts the web adapter, documents, Slack and Teams; the web
 * server itself loads neither channel's libraries.
 */
import { execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { MemoryStore } from '../../bot/core/store.js';
import { buildApp } from '../../bot/main.js';

/** Which of `packages` a fresh Node process has loaded after importing `module`. */
async function loadedBy(module: string, packages: string[]): Promise<string[]> {
  const script = `
    import { createRequire } from 'node:module';
    await import(${JSON.stringify(module)});
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify(${JSON.stringify(packages)}.filter((p) => loaded.some((f) => f.includes('/node_modules/' + p + '/')))));
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: process.cwd() },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

describe('the composition root', () => {
  it('mounts the web adapter, the documents, and Slack and Teams when they are configured', async () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: 'slack-signing-secret',
      SLACK_BOT_TOKEN: 'xoxb-test',
      TEAMS_LOCAL: '1',
    });
    const { app } = await buildApp({ config, store: new MemoryStore(), triage: 'in-process' });
    try {
      for (const [method, url] of [
        ['POST', '/api/chat'],
        ['POST', '/api/triage'],
        ['POST', '/api/documents/sea-time-confirmation'],
        ['GET', '/api/chat/:conversationId/attachments/:file'],
        ['POST', '/slack/events'],
        ['POST', '/api/messages'],
      ] as const)
        expect(app.hasRoute({ method, url }), `${method} ${url}`).toBe(true);
    } finally {
      await app.close();
    }
    const plain = await buildApp({ config: loadConfig({}), store: new MemoryStore(), triage: 'in-process' });
    expect(plain.app.hasRoute({ method: 'POST', url: '/slack/events' })).toBe(false);
    expect(plain.app.hasRoute({ method: 'POST', url: '/api/messages' })).toBe(false);
    await plain.app.close();
  });

  it("lets the web server load without Slack's or Teams' libraries", async () => {
    expect(await loadedBy('./bot/web/server.ts', ['@slack/bolt', 'botbuilder'])).toEqual([]);
    // (control) the composition root does load them.
    expect(await loadedBy('./bot/main.ts', ['@slack/bolt', 'botbuilder'])).toEqual(['@slack/bolt', 'botbuilder']);
  }, 60_000);
});

describe('the server process', () => {
  it('finishes the request in flight and exits cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'losen-main-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOSEN_DATA_DIR: dir,
        LOG_LEVEL: 'info',
        REDIS_URL: '',
        LOSEN_SECRET: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let logged = '';
      child.stdout.on('data', (chunk: Buffer) => {
        logged += chunk.toString('utf8');
      });
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
      // Without LOSEN_SECRET it says so: ids are signed with a key of this process only.
      expect(logged).toContain('LOSEN_SECRET is not set');
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
