/**
 * Where a turn's time goes, in process: the 4-turn manning flow through the turn core (MemoryStore)
 * for a few seconds under V8's CPU profiler, turn 1 alone and the whole flow, summed by self time,
 * and the inclusive share of the parts of a turn (understanding, the machine and its pieces, the
 * store, the garbage collector).
 *
 *   npx tsx bench/profile-turns.ts [out-dir]   — prints Markdown; keeps the profiles in out-dir
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { createLosenBot, MANNING_FLOW } from './flows.js';
import { inclusiveShares, type Part, profileMarkdown, summariseProfile } from './profile-summary.js';

const dir = resolve(process.argv[2] ?? 'bench/profiles/turns');
await mkdir(dir, { recursive: true });
const bot = createLosenBot();
const first = MANNING_FLOW.slice(0, 1);
for (let i = 0; i < 300; i += 1) await bot.runFlow();

const frame =
  (name: string, module: string): Part['matches'] =>
  (f, m) =>
    f === name && m === module;
/** The parts of a turn, callees included (indented ones are inside the one above). */
const PARTS: Part[] = [
  { name: 'understanding (`understand`)', matches: frame('understand', 'understanding/understand.ts') },
  { name: '· `findFacts` (free-text.ts)', matches: frame('findFacts', 'understanding/free-text.ts') },
  { name: 'the machine (`takeTurn`, conversation.ts)', matches: frame('takeTurn', 'machines/conversation.ts') },
  {
    name: '· creating the conversation actor (`restoreOrStart`)',
    matches: frame('restoreOrStart', 'machines/conversation.ts'),
  },
  { name: '· the gather child spawned (`resolveSpawn`)', matches: frame('resolveSpawn', 'npm:xstate') },
  { name: '· `assign` actions (`resolveAssign`)', matches: frame('resolveAssign', 'npm:xstate') },
  { name: '· `enqueueActions` (`resolveEnqueueActions`)', matches: frame('resolveEnqueueActions', 'npm:xstate') },
  { name: '· persisted snapshot (`getPersistedSnapshot`)', matches: frame('getPersistedSnapshot', 'npm:xstate') },
  {
    name: 'the store (MemoryStore get/set: JSON)',
    matches: (f, m) => m === 'bot/core/store.ts' && (f === 'get' || f === 'set'),
  },
  { name: 'garbage collector', matches: (f) => f === '(garbage collector)' },
];

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
  const summary = await summariseProfile(file, 20);
  const shares = await inclusiveShares(file, PARTS);
  const perRun = ((summary.seconds * 1e6) / n).toFixed(0);
  return [
    `#### ${name}: parts of the turn, callees included (${n} runs, ${perRun} µs busy per run under the profiler)`,
    '',
    '| % of busy | part |',
    '|---:|---|',
    ...shares.map((s) => `| ${s.percent.toFixed(1)} | ${s.name} |`),
    '',
    profileMarkdown(`${name} (${n} runs)`, summary),
  ].join('\n');
}

process.stdout.write(`${await profiled('turn-1', 3, () => bot.runFlow(first))}\n`);
process.stdout.write(`${await profiled('flow', 3, () => bot.runFlow())}\n`);
