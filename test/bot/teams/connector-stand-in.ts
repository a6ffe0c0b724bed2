/**
 * A loopback stand-in for the Bot Connector service that Teams replies are posted to (send, update
 * and delete an activity), and for the OneDrive upload session a file consent opens.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = {
  conversationId: string;
  replyToId: string | undefined;
  /** The id the stand-in gave the activity (`reply-<n>`). */
  id: string;
  activity: Record<string, unknown>;
  authorization: string | undefined;
};
export type Update = { conversationId: string; activityId: string; activity: Record<string, unknown> };
export type Upload = { path: string; contentRange: string | undefined; bytes: Buffer };

export async function startConnectorStandIn() {
  const replies: Reply[] = [];
  const updates: Update[] = [];
  const deletes: { conversationId: string; activityId: string }[] = [];
  const uploads: Upload[] = [];
  const other: string[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const body = Buffer.concat(chunks);
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      const conversationId = m?.[1] ? decodeURIComponent(m[1]) : '';
      const activityId = m?.[2] ? decodeURIComponent(m[2]) : undefined;
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && m) {
        const id = `reply-${++n}`;
        replies.push({
          conversationId,
          replyToId: activityId,
          id,
          activity: JSON.parse(body.toString('utf8')),
          authorization: req.headers.authorization,
        });
        res.end(JSON.stringify({ id }));
        return;
      }
      if (req.method === 'PUT' && m && activityId) {
        updates.push({ conversationId, activityId, activity: JSON.parse(body.toString('utf8')) });
        res.end(JSON.stringify({ id: activityId }));
        return;
      }
      if (req.method === 'DELETE' && m && activityId) {
        deletes.push({ conversationId, activityId });
        res.end();
        return;
      }
      if (req.method === 'PUT' && path.startsWith('/upload/')) {
        const range = req.headers['content-range'];
        uploads.push({ path, contentRange: typeof range === 'string' ? range : undefined, bytes: body });
        res.statusCode = 201;
        res.end(JSON.stringify({ id: 'drive-item-1' }));
        return;
      }
      other.push(`${req.method} ${path}`);
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    /** An upload session URL on the stand-in, as Teams gives one in a file consent. */
    uploadUrl: (name: string) => `${url}/upload/${encodeURIComponent(name)}`,
    replies,
    updates,
    deletes,
    uploads,
    /** Requests to anything else. */
    other,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
