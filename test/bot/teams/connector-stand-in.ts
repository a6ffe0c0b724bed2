/** A loopback stand-in for the Bot Connector service that Teams replies are posted to. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = {
  conversationId: string;
  replyToId: string | undefined;
  activity: Record<string, unknown>;
  authorization: string | undefined;
};

export async function startConnectorStandIn() {
  const replies: Reply[] = [];
  const other: string[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (req.method === 'POST' && m) {
        replies.push({
          conversationId: decodeURIComponent(m[1]!),
          replyToId: m[2] ? decodeURIComponent(m[2]) : undefined,
          activity: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          authorization: req.headers.authorization,
        });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `reply-${++n}` }));
        return;
      }
      other.push(`${req.method} ${path}`);
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replies,
    /** Requests to anything but the reply endpoint. */
    other,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
