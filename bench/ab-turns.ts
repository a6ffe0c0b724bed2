/**
 * This checkout's turn core against another checkout's, in one process, in interleaved rounds: on
 * a shared machine whose load moves CPU time per turn by more than a change does, rounds taken one
 * after the other under the same load are what can be compared (bench/PROFILE.md, fourth round).
 *
 *   git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx bench/ab-turns.ts /tmp/base [rounds]
 *
 * Each round runs 150 first turns and 60 four-turn flows on each side (the order alternating); the
 * result is the median CPU time per turn of each side and the median of the paired ratios.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TurnRequest } from '../bot/core/turn.js';
import { createLosenBot, MANNING_FLOW } from './flows.js';

type Bot = { runFlow(turns?: TurnRequest[]): Promise<string | undefined> };

const other = process.argv[2];
if (!other) throw new Error('usage: npx tsx bench/ab-turns.ts <other checkout> [rounds]');
const rounds = Number(process.argv[3] ?? 30);
const url = pathToFileURL(join(resolve(other), 'bench', 'flows.ts')).href;
const base = (await import(url)) as { createLosenBot: () => Bot };

const cpuUs = () => {
  const used = process.cpuUsage();
  return used.user + used.system;
};
const bots: Record<'base' | 'this', Bot> = { base: base.createLosenBot(), this: createLosenBot() };
const first = MANNING_FLOW.slice(0, 1);
for (let i = 0; i < 800; i += 1) {
  await bots.base.runFlow();
  await bots.this.runFlow();
}
const times = {
  base: { first: [] as number[], flow: [] as number[] },
  this: { first: [] as number[], flow: [] as number[] },
};
for (let r = 0; r < rounds; r += 1) {
  for (const side of r % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const)) {
    const bot = bots[side];
    let t = cpuUs();
    for (let i = 0; i < 150; i += 1) await bot.runFlow(first);
    times[side].first.push((cpuUs() - t) / 150);
    t = cpuUs();
    for (let i = 0; i < 60; i += 1) await bot.runFlow();
    times[side].flow.push((cpuUs() - t) / (60 * MANNING_FLOW.length));
    // Let timers and the GC's callbacks run between rounds.
    await new Promise((done) => setImmediate(done));
  }
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
const pairedRatio = (a: readonly number[], b: readonly number[]) => median(a.map((x, i) => (b[i] ?? Number.NaN) / x));
for (const side of ['base', 'this'] as const)
  process.stdout.write(
    `${side.padEnd(4)}  turn 1 ${median(times[side].first).toFixed(0)} µs CPU, a flow's turn ${median(times[side].flow).toFixed(0)} µs CPU\n`,
  );
process.stdout.write(
  `this ÷ base: turn 1 ${pairedRatio(times.base.first, times.this.first).toFixed(3)}, a flow's turn ${pairedRatio(times.base.flow, times.this.flow).toFixed(3)}\n`,
);
