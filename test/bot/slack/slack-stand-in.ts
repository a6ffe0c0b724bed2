/**
 * Loopback stand-ins for Slack's side: the Web API (given to the adapter as SLACK_API_URL) and the
 * response URLs of commands and clicks; plus signing of requests as Slack does (HMAC-SHA256).
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Call = { method: string; body: Record<string, unknown>; authorization: string | undefined };
/** Bytes posted to an upload URL that files.getUploadURLExternal gave out. */
export type Upload = { fileId: string; filename: string | undefined; bytes: Buffer };

/** A form field that holds JSON (blocks) as the Web API client sends it, decoded. */
const decode = (v: string): unknown => {
  if (!/^[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

export async function startSlackStandIn() {
  const calls: Call[] = [];
  const uploads: Upload[] = [];
  const delays = new Map<string, number>();
  let ts = 1_800_000_000;
  let files = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      // The upload URL: the Web API client posts the file as multipart form data (field `body`).
      if (path.startsWith('/upload/')) {
        const form = await new Response(Buffer.concat(chunks), {
          headers: { 'content-type': req.headers['content-type'] ?? '' },
        }).formData();
        const file = form.get('body');
        const bytes = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
        uploads.push({
          fileId: path.slice('/upload/'.length),
          filename: file instanceof File ? file.name : undefined,
          bytes,
        });
        res.end('OK - 1');
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: Record<string, unknown> = req.headers['content-type']?.startsWith('application/json')
        ? JSON.parse(raw || '{}')
        : Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, decode(v)]));
      const method = path.startsWith('/respond/') ? 'respond' : path.replace(/^\/api\//, '');
      const answer = () => {
        calls.push({ method, body, authorization: req.headers.authorization });
        res.setHeader('content-type', 'application/json');
        if (method === 'auth.test')
          res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
        else if (method === 'respond') res.end(JSON.stringify({ ok: true }));
        else if (method === 'files.getUploadURLExternal') {
          const fileId = `F${++files}`;
          res.end(JSON.stringify({ ok: true, file_id: fileId, upload_url: `${base}/upload/${fileId}` }));
        } else if (method === 'files.completeUploadExternal')
          res.end(JSON.stringify({ ok: true, files: Array.isArray(body.files) ? body.files : [] }));
        else res.end(JSON.stringify({ ok: true, channel: body.channel, ts: `${++ts}.000100` }));
      };
      const delay = delays.get(method);
      delays.delete(method);
      if (delay) setTimeout(answer, delay);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/respond/${id}`,
    calls,
    uploads,
    /** Makes the next call of `method` answer after `ms`. */
    delayOnce: (method: string, ms: number) => void delays.set(method, ms),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Slack's request signature: v0=HMAC-SHA256(secret, `v0:${timestamp}:${body}`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Resolves once `check` returns a value other than undefined/false, or fails after `ms`. */
export async function waitFor<T>(check: () => T | undefined | false, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
