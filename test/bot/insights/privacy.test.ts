/**
 * What feedback and the insights leave behind: no question, comment, identity number or
 * conversation id in the server's log, and only redacted text in what is stored.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createInsights, MemoryInsightsStore } from '../../../bot/insights/index.js';
import { buildServer } from '../../../bot/web/server.js';

describe('privacy of feedback and insights', () => {
  it('logs no text, and stores only redacted text and hashed conversation ids', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const store = new MemoryInsightsStore();
    const insights = createInsights({ store, retentionDays: 21, turnTtlSeconds: 600, flushMs: 5 });
    const app = await buildServer({ insights, logger: { stream }, config: { LOG_LEVEL: 'trace' } });
    const question = 'Hvordan baker jeg brød? Fødselsnummer 01020312345';
    const chat = await app.inject({ method: 'POST', url: '/api/chat', payload: { text: question, locale: 'nb' } });
    const { conversationId, turn } = chat.json() as { conversationId: string; turn: number };
    const comment = 'Dårlig svar fra Kari Nordmann, kari@example.no';
    const feedback = await app.inject({
      method: 'POST',
      url: '/api/feedback',
      payload: { conversationId, turn, rating: 'down', comment },
    });
    expect(feedback.statusCode).toBe(204);
    const report = await app.inject({ method: 'GET', url: '/api/insights' });
    expect(report.statusCode).toBe(200);
    // Turns are kept under a hash of the conversation id, never under the id itself.
    expect((await store.turns(conversationId)).size).toBe(0);
    await app.close();

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of ['brød', '01020312345', 'Dårlig', 'Kari', 'example.no', conversationId])
      expect(log).not.toContain(secret);

    const stored = JSON.stringify(await store.read('2000-01-01', 0));
    expect(stored).toContain('brød');
    expect(stored).toContain('Dårlig svar');
    for (const secret of ['01020312345', 'Kari', 'Nordmann', 'example.no', conversationId])
      expect(stored).not.toContain(secret);
  });
});
