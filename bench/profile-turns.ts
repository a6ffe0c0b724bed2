/**
 * Where a turn's time goes, in process: the 4-turn manning flow through the turn core (MemoryStore)
 * for a few seconds under V8's CPU profiler, turn 1 alone and the whole flow, summed by self time.
 *
 *   npx tsx bench/profile-turns.ts [out-dir]   — prints Markdown; keeps the profiles in out-dir
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { createLosenBot, MANNING_FLOW } from './flows.js';
import { profileMarkdown, summariseProfile } from './profile-summary.js';

const dir = resolve(process.argv[2] ?? 'bench/profiles/turns');
await mkdir(dir, { recursive: true });
const bot = createLosenBot();
const first = MANNING_FLOW.slice(0, 1);
for (let i = 0; i < 300; i += 1) await bot.runFlow();

async function profiled(name: string, seconds: number, work: () => Promise<unknown>): Promise<string> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    await work();
    n += 1;
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const file = join(dir, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return profileMarkdown(`${name} (${n} runs)`, await summariseProfile(file, 20));
}

process.stdout.write(`${await profiled('turn-1', 3, () => bot.runFlow(first))}\n`);
process.stdout.write(`${await profiled('flow', 3, () => bot.runFlow())}\n`);
