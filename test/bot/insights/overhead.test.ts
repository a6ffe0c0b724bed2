/**
 * Counting must not cost the turn budget. Measured in CPU time (process.cpuUsage, steady on a busy
 * machine) over the 4-turn manning flow: a turn through the turn core; what counting adds on the
 * turn's path (`recordTurn`: a push onto a queue); and the batched work done later, off the path
 * (`flush`: classify, redact, hash, add up, hand to the store).
 */
import { describe, expect, it } from 'vitest';
import { createInsights, MemoryInsightsStore } from '../../../bot/insights/index.js';
import type { TurnAnswered } from '../../../bot/insights/index.js';
import { MemoryStore } from '../../../bot/core/store.js';
import { createTurnCore } from '../../../bot/core/turn.js';

const FLOW = [
  { text: 'Trenger båten min bemanningssertifikat?' },
  { choice: 'answer:NO' },
  { text: 'lasteskip' },
  { text: '45 BT' },
];

const cpuMs = (fn: () => void | Promise<void>) => async () => {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

describe('the cost of counting a turn', () => {
  it('is far below a turn on its path, and small off it', async () => {
    const core = createTurnCore({ store: new MemoryStore(), ttlSeconds: 600 });
    const turns: { asked: (typeof FLOW)[number]; answered: TurnAnswered }[] = [];
    const runFlows = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        let conversationId: string | undefined;
        for (const asked of FLOW) {
          const answered = await core.handleTurn({ ...(conversationId ? { conversationId } : {}), ...asked });
          conversationId = answered.conversationId;
          turns.push({ asked, answered });
        }
      }
    };
    await runFlows(10); // warm-up
    turns.length = 0;
    const flows = 40;
    const turnMs = (await cpuMs(() => runFlows(flows))()) / (flows * FLOW.length);

    const insights = createInsights({
      store: new MemoryInsightsStore(),
      retentionDays: 21,
      turnTtlSeconds: 600,
      flushMs: 60_000,
    });
    const rounds = 50;
    let recorded = 0;
    const recordMs =
      (await cpuMs(() => {
        for (let r = 0; r < rounds; r += 1)
          for (const { asked, answered } of turns) {
            // Each round as other conversations, as a server would see them.
            insights.recordTurn(asked, { ...answered, conversationId: `${answered.conversationId}-${r}` });
            recorded += 1;
          }
      })()) / recorded;
    const flushMs = (await cpuMs(() => insights.flush())()) / recorded;

    // Read by the report (npm test prints it with --reporter=verbose).
    console.info(
      `insights overhead: turn ${turnMs.toFixed(3)} ms CPU; on its path +${(recordMs * 1000).toFixed(2)} µs ` +
        `(${((recordMs / turnMs) * 100).toFixed(2)} %); batched later ${(flushMs * 1000).toFixed(1)} µs per turn`,
    );
    expect(recordMs).toBeLessThan(turnMs / 100);
    expect(flushMs).toBeLessThan(turnMs / 5);
    expect((await insights.report()).totals.questions).toBe(rounds * flows);
  }, 120_000);
});
