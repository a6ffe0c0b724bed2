/**
 * `npm run bench`: Losen's benchmarks (see docs/bench.md). Prints a table and writes
 * bench/results.json.
 *
 *   npm run bench                      — everything (about 2–3 minutes)
 *   npm run bench -- --quick           — shorter rounds and 2 s HTTP runs, to check it works
 *   npm run bench -- --only=rules,turns — some sections only (rules, understanding, turns, http, memory)
 *   npm run bench -- --only=http --stores=file --connections=100 --paced= — some HTTP runs only
 *   npm run bench -- --only=http --server-node-args=--max-semi-space-size=16 — the HTTP server with these
 *     Node flags (comma-separated; `--server-node-args=` for none) instead of SERVER_NODE_ARGS
 *   npm run bench -- --only=http --profile=bench/profiles — each HTTP run on a server under
 *     `node --cpu-prof`, profiles kept in that directory (not in git), "where the time goes" printed
 *     and written beside them as where-the-time-goes.md
 *
 * A quick or partial run prints its table but does not overwrite bench/results.json.
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './lib/child.js';
import type { Timing } from './lib/harness.js';
import { fmtNs, runRules } from './rules.js';
import type { RulesResult } from './rules.js';
import { runTurns } from './turns.js';
import type { TurnsResult } from './turns.js';
import { runHttp } from './http.js';
import { profileMarkdown, summariseProfile } from './profile-summary.js';
import type { HttpRun } from './http.js';
import { runMemory, SNAPSHOT_GOAL_BYTES } from './memory.js';
import type { MemoryResult } from './memory.js';
import { runUnderstanding, UNDERSTANDING_GOALS } from './understanding.js';
import type { UnderstandingResult } from './understanding.js';

const SECTIONS = ['rules', 'understanding', 'turns', 'memory', 'http'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg
  ? onlyArg
      .slice('--only='.length)
      .split(',')
      .map((s) => s.trim())
  : [...SECTIONS];
for (const s of only)
  if (!(SECTIONS as readonly string[]).includes(s))
    throw new Error(`unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
const run = (s: Section) => only.includes(s);
/** `--name=a,b` as a list, or `fallback` when not given (`--name=` is an empty list). */
const listArg = (name: string, fallback: string[]): string[] => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  if (arg === undefined) return fallback;
  return arg
    .slice(name.length + 3)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
};
const httpStores = listArg('stores', ['file', 'redis']) as ('file' | 'redis')[];
for (const s of httpStores) if (s !== 'file' && s !== 'redis') throw new Error(`unknown store "${s}" (file, redis)`);
const httpConnections = listArg('connections', ['100', '1000']).map(Number);
const httpPaced = listArg('paced', ['100']).map(Number);
const profileDir = listArg('profile', [])[0];
const serverNodeArgs = args.some((a) => a.startsWith('--server-node-args='))
  ? listArg('server-node-args', [])
  : undefined;
const full =
  !quick &&
  SECTIONS.every(run) &&
  profileDir === undefined &&
  !args.some((a) => /^--(stores|connections|paced|server-node-args)=/.test(a));

const log = (line: string) => process.stderr.write(`${line}\n`);
const round2 = (n: number) => Math.round(n * 100) / 100;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signed = (text: string) => (text.startsWith('-') ? text : `+${text}`);

const machine = () => {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: round2(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
};
const load = () => loadavg().map(round2) as [number, number, number];

type Row = { area: string; what: string; result: string; goal: string; met: string };

function table(rows: Row[]): string {
  const head: Row = { area: 'Area', what: 'Benchmark', result: 'Result', goal: 'Goal', met: 'Met' };
  const keys = ['area', 'what', 'result', 'goal', 'met'] as const;
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[head, ...rows].map((r) => r[k].length))]),
  ) as Record<(typeof keys)[number], number>;
  const line = (r: Row) => `| ${keys.map((k) => r[k].padEnd(width[k])).join(' | ')} |`;
  const rule = `|${keys.map((k) => '-'.repeat(width[k] + 2)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const yes = (met: boolean) => (met ? 'yes' : 'NO');
/** A ratio to one decimal, rounded down, so a ratio just under a goal never prints as the goal. */
const times = (ratio: number) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}×`;
const timingJson = (t: Timing) => ({
  nsPerOp: round2(t.nsPerOp),
  opsPerSec: Math.round(t.opsPerSec),
  wallNsPerOp: round2(t.wallNsPerOp),
  minNsPerOp: round2(t.minNsPerOp),
  maxNsPerOp: round2(t.maxNsPerOp),
  rounds: t.rounds,
  operations: t.operations,
});

/**
 * The three rows of one way of understanding a message (the classifier, or the whole understanding)
 * against issue 11's goals: messages one at a time, e-mails of 2,000 characters, 1 KB and 10 KB.
 * `wall` adds wall-clock figures where they were taken.
 */
function understandingRows(
  name: string,
  m: Pick<
    UnderstandingResult,
    'messages' | 'cpuP50Ms' | 'cpuP99Ms' | 'emails2000' | 'cpuP50Ms2000' | 'cpuP99Ms2000' | 'oneKb' | 'tenKb' | 'ratio'
  >,
  wall: { single: string; long: string } = { single: '', long: '' },
): Row[] {
  const g = UNDERSTANDING_GOALS;
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  return [
    {
      area: 'understanding',
      what: `${name}, ${m.messages} example messages one at a time`,
      result: `CPU p50 ${ms(m.cpuP50Ms)}, p99 ${ms(m.cpuP99Ms)}${wall.single}`,
      goal: `p50 ≤ ${g.p50Ms} ms`,
      met: yes(m.cpuP50Ms <= g.p50Ms),
    },
    {
      area: 'understanding',
      what: `${name}, ${m.emails2000} e-mails of 2,000 characters`,
      result: `CPU p50 ${ms(m.cpuP50Ms2000)}, p99 ${ms(m.cpuP99Ms2000)}${wall.long}`,
      goal: `p99 ≤ ${g.p99Ms2000} ms (CPU)`,
      met: yes(m.cpuP99Ms2000 <= g.p99Ms2000),
    },
    {
      area: 'understanding',
      what: `${name}, 10 KB text (CPU)`,
      result: `${fmtNs(m.tenKb.nsPerOp)} (1 KB: ${fmtNs(m.oneKb.nsPerOp)}; 10 KB ÷ 1 KB = ${m.ratio.toFixed(1)}×)`,
      goal: `≤ ${g.tenKbMs} ms, ≤ ${g.linearRatio}× of 1 KB`,
      met: yes(m.tenKb.nsPerOp / 1e6 <= g.tenKbMs && m.ratio <= g.linearRatio),
    },
  ];
}

/** Issue 16's goals, one row each: the figure measured, the goal, and whether it is met. */
const RULE_GOAL_PER_SECOND = 100_000;
const TURN_RATIO_GOAL = 5;
const TURN_ONE_GOAL_MS = 0.3;

function goalRows(r: {
  rules: RulesResult | undefined;
  turns: TurnsResult | undefined;
  http: HttpRun[] | undefined;
}): Row[] {
  const rows: Row[] = [];
  if (r.rules) {
    const j = r.rules.jre;
    rows.push({
      area: 'rules',
      what: 'manning-certificate vs json-rules-engine',
      result: `${fmtNs(j.losen.nsPerOp)} vs ${fmtNs(j.jre.nsPerOp)}, ${times(j.ratio)}`,
      goal: `≥ ${j.goal}×`,
      met: yes(j.met),
    });
    const slowest = [...r.rules.rows].sort((a, b) => a.timing.opsPerSec - b.timing.opsPerSec).slice(0, 3);
    rows.push({
      area: 'rules',
      what: 'slowest rules',
      result: slowest.map((x) => `${x.rule} ${int(x.timing.opsPerSec)}/s`).join(', '),
      goal: `every rule ≥ ${int(RULE_GOAL_PER_SECOND)}/s`,
      met: yes(r.rules.rows.every((x) => x.timing.opsPerSec >= RULE_GOAL_PER_SECOND)),
    });
  }
  if (r.turns) {
    const t = r.turns;
    rows.push({
      area: 'turns',
      what: 'turn core vs botbuilder-dialogs, 4-turn flow',
      result: `${t.losenMsPerTurn.toFixed(3)} vs ${t.botbuilderMsPerTurn.toFixed(3)} ms/turn, ${times(t.ratio)}`,
      goal: `≥ ${TURN_RATIO_GOAL}×`,
      met: yes(t.ratio >= TURN_RATIO_GOAL),
    });
    const first = t.losenTurnMs[0] ?? Number.NaN;
    rows.push({
      area: 'turns',
      what: 'turn 1 alone (CPU)',
      result: `${first.toFixed(2)} ms`,
      goal: `≤ ${TURN_ONE_GOAL_MS} ms`,
      met: yes(first <= TURN_ONE_GOAL_MS),
    });
  }
  for (const h of r.http ?? []) {
    if (!h.goal) continue;
    rows.push({
      area: 'http',
      what: `${h.connections} conversations, ${h.mode === 'closed' ? 'closed loop' : 'paced'}, ${h.store === 'file' ? 'file store' : 'Redis'}`,
      result: `${int(h.turnsPerSecond)} turns/s, p50 ${h.latencyMs.p50} ms, p99 ${h.latencyMs.p99} ms${h.refused > 0 ? ` (admitted; ${int(h.refused)} refused and sent again)` : ''}, errors ${h.errors + h.timeouts + h.non2xx}, ${h.serverCpuMsPerTurn} ms server CPU/turn`,
      goal: h.goal.text,
      met: yes(h.goal.met),
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const started = new Date();
  const info = machine();
  const loadStart = load();
  log(
    `Losen benchmarks${quick ? ' (quick)' : ''}: ${info.cpu}, ${info.cores} cores, Node ${info.node}; load average ${loadStart.join(' ')}`,
  );

  const seconds: Partial<Record<Section, number>> = {};
  const timed = async <T>(section: Section, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      seconds[section] = round2((performance.now() - t0) / 1000);
      log(`  (${section}: ${seconds[section]} s)`);
    }
  };

  let rules: RulesResult | undefined;
  let understanding: UnderstandingResult | undefined;
  let turns: TurnsResult | undefined;
  let memory: MemoryResult | undefined;
  let http: HttpRun[] | undefined;
  const profiles: string[] = [];

  if (run('rules')) {
    log('rules');
    rules = await timed('rules', () =>
      runRules(
        {
          perRule: quick ? { rounds: 3, msPerRound: 50, warmupMs: 50 } : { rounds: 5, msPerRound: 150, warmupMs: 200 },
          comparison: quick
            ? { rounds: 4, msPerRound: 100, warmupMs: 100 }
            : { rounds: 10, msPerRound: 300, warmupMs: 300 },
        },
        log,
      ),
    );
  }
  if (run('understanding')) {
    log('understanding (topic classifier, then the whole understanding of a message)');
    understanding = await timed('understanding', () =>
      runUnderstanding(
        quick
          ? { rounds: 3, msPerRound: 100, warmupMs: 100, messages: 500, emails: 100, repeats: 3 }
          : { rounds: 7, msPerRound: 300, warmupMs: 300, messages: 2000, emails: 500, repeats: 10 },
        log,
      ),
    );
  }
  if (run('turns')) {
    log('turns');
    turns = await timed('turns', () =>
      runTurns(
        quick
          ? { rounds: 4, msPerRound: 250, warmupMs: 500, breakdownFlows: 50 }
          : { rounds: 10, msPerRound: 750, warmupMs: 2000, breakdownFlows: 200 },
        log,
      ),
    );
  }
  if (run('memory')) {
    log('memory (a child process with --expose-gc)');
    memory = await timed('memory', () => runMemory({ conversations: quick ? 1000 : 10_000 }));
    log(
      `  largest snapshot ${memory.maxJsonBytes} B; ${memory.conversations} conversations: RSS ${signed(mb(memory.rssAfter - memory.rssBefore))}`,
    );
  }
  if (run('http')) {
    log('http (autocannon, then paced)');
    http = await timed('http', () =>
      runHttp(
        {
          connections: httpConnections,
          paced: httpPaced,
          durationSeconds: quick ? 4 : 10,
          warmupSeconds: quick ? 1 : 2,
          stores: httpStores,
          ...(serverNodeArgs ? { serverNodeArgs } : {}),
          ...(profileDir
            ? {
                profileDir: resolve(profileDir),
                onProfile: async (store, scenario, file) => {
                  const title = `${store} store, ${scenario.connections} conversations, ${scenario.mode === 'closed' ? 'closed loop' : 'paced'}`;
                  const md = profileMarkdown(title, await summariseProfile(file));
                  profiles.push(md);
                  log(md);
                },
              }
            : {}),
        },
        log,
      ),
    );
  }

  const loadEnd = load();
  if (profileDir && profiles.length > 0) {
    const file = join(resolve(profileDir), 'where-the-time-goes.md');
    await writeFile(
      file,
      `# Where the time goes (${started.toISOString()}, load average ${loadStart.join(' ')})\n\n${profiles.join('\n')}`,
    );
    log(`wrote ${file}`);
  }
  const rows: Row[] = [];
  if (rules) {
    for (const r of rules.rows) {
      rows.push({
        area: 'rules',
        what: `${r.rule}: ${r.label} → ${r.outcome ?? r.status}`,
        result: `${int(r.timing.opsPerSec)} decisions/s (${fmtNs(r.timing.nsPerOp)})`,
        goal: '',
        met: '',
      });
    }
    const j = rules.jre;
    rows.push({
      area: 'rules',
      what: 'manning-certificate: Losen vs json-rules-engine',
      result: `${fmtNs(j.losen.nsPerOp)} vs ${fmtNs(j.jre.nsPerOp)} → Losen ${times(j.ratio)} faster`,
      goal: `≥ ${j.goal}×`,
      met: yes(j.met),
    });
  }
  if (understanding) {
    const u = understanding;
    const ms = (x: number) => `${x.toFixed(3)} ms`;
    rows.push(
      ...understandingRows('classifyTopics', u, {
        single: ` (wall p50 ${ms(u.p50Ms)}, p99 ${ms(u.p99Ms)})`,
        long: ` (wall p50 ${ms(u.p50Ms2000)}, p99 ${ms(u.p99Ms2000)})`,
      }),
      ...understandingRows('understand (the whole message)', u.full),
    );
    rows.push({
      area: 'understanding',
      what: 'model load (first call: JSON import already done, decode)',
      result: ms(u.modelLoadMs),
      goal: '',
      met: '',
    });
  }
  if (turns) {
    rows.push({
      area: 'turns',
      what: 'Losen turn core, MemoryStore (4-turn manning flow)',
      result: `${turns.losenMsPerTurn.toFixed(3)} ms/turn (${int(1000 / turns.losenMsPerTurn)} turns/s)`,
      goal: '',
      met: '',
    });
    rows.push({
      area: 'turns',
      what: 'botbuilder-dialogs, MemoryStorage + TestAdapter (same flow)',
      result: `${turns.botbuilderMsPerTurn.toFixed(3)} ms/turn (${int(1000 / turns.botbuilderMsPerTurn)} turns/s)`,
      goal: '',
      met: '',
    });
    const show = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ');
    rows.push({
      area: 'turns',
      what: 'Losen, turn 1 / 2 / 3 / 4 (question, 2 choices, "45 BT")',
      result: `${show(turns.losenTurnMs)} ms`,
      goal: '',
      met: '',
    });
    rows.push({
      area: 'turns',
      what: 'botbuilder-dialogs, turn 1 / 2 / 3 / 4',
      result: `${show(turns.botbuilderTurnMs)} ms`,
      goal: '',
      met: '',
    });
    rows.push({
      area: 'turns',
      what: 'Losen vs botbuilder-dialogs',
      result:
        turns.ratio >= 1
          ? `Losen ${times(turns.ratio)} faster`
          : `Losen slower: ${times(turns.ratio)} (botbuilder-dialogs ${times(1 / turns.ratio)} faster)`,
      goal: '> 1× (Losen faster)',
      met: yes(turns.met),
    });
  }
  if (http) {
    for (const h of http) {
      rows.push({
        area: 'http',
        what: `POST /api/chat, ${h.store === 'file' ? 'FileStore' : 'Redis'}, ${h.connections} conversations, ${h.mode === 'closed' ? 'closed loop' : `paced (${h.thinkMs} ms pause)`}`,
        result: `p50 ${h.latencyMs.p50} ms, p99 ${h.latencyMs.p99} ms, ${int(h.turnsPerSecond)} turns/s, errors ${h.errors + h.timeouts}, non-2xx ${h.non2xx}${h.refused > 0 ? `, refused (503, sent again) ${h.refused}` : ''}; server CPU ${h.serverCpuMsPerTurn} ms/turn`,
        goal: h.goal ? `${h.goal.text}, 0 errors` : '',
        met: h.goal ? yes(h.goal.met) : '',
      });
    }
  }
  if (memory) {
    for (const s of memory.snapshots) {
      rows.push({
        area: 'memory',
        what: `snapshot after turn ${s.turn} (${s.asked})`,
        result: `${s.jsonBytes} B JSON (${s.fileBytes} B FileStore file)`,
        goal: `≤ ${kb(SNAPSHOT_GOAL_BYTES)}`,
        met: yes(s.jsonBytes <= SNAPSHOT_GOAL_BYTES),
      });
    }
    rows.push({
      area: 'memory',
      what: `${int(memory.conversations)} live conversations in a MemoryStore${memory.gcExposed ? '' : ' (no --expose-gc: not collected)'}`,
      result: `RSS ${signed(mb(memory.rssAfter - memory.rssBefore))} (${kb(memory.rssPerConversation)}/conv.), heap ${signed(mb(memory.heapAfter - memory.heapBefore))} (${kb(memory.heapPerConversation)}/conv.)`,
      goal: '',
      met: '',
    });
  }

  const header = [
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node} (${info.platform})`,
    `Load average (1/5/15 min): ${loadStart.join(' ')} at start, ${loadEnd.join(' ')} at end${quick ? ' — quick run' : ''}`,
  ];
  const goals = goalRows({ rules, turns, http });
  process.stdout.write(
    `\n${header.join('\n')}\n\n${table(rows)}\n${goals.length > 0 ? `\nGoals of issue 16 (performance)\n\n${table(goals)}\n` : ''}`,
  );

  const results = {
    date: started.toISOString(),
    mode: quick ? 'quick' : full ? 'full' : 'partial',
    machine: { ...info, loadAverageStart: loadStart, loadAverageEnd: loadEnd },
    sectionSeconds: seconds,
    timeBasis:
      'rules and turns: CPU time of the benchmark process (wall-clock alongside); http: wall-clock latency, plus the server process CPU per turn',
    ...(rules
      ? {
          rules: rules.rows.map((r) => ({
            rule: r.rule,
            case: r.label,
            status: r.status,
            outcome: r.outcome,
            ...timingJson(r.timing),
          })),
          jsonRulesEngine: {
            ...rules.jre,
            losen: timingJson(rules.jre.losen),
            jre: timingJson(rules.jre.jre),
            ratio: round2(rules.jre.ratio),
          },
        }
      : {}),
    ...(understanding
      ? {
          understanding: {
            ...understanding,
            oneKb: timingJson(understanding.oneKb),
            tenKb: timingJson(understanding.tenKb),
            full: {
              ...understanding.full,
              oneKb: timingJson(understanding.full.oneKb),
              tenKb: timingJson(understanding.full.tenKb),
            },
            goals: UNDERSTANDING_GOALS,
          },
        }
      : {}),
    ...(turns
      ? {
          turns: {
            ...turns,
            losenFlow: timingJson(turns.losenFlow),
            botbuilderFlow: timingJson(turns.botbuilderFlow),
            losenMsPerTurn: round2(turns.losenMsPerTurn * 1000) / 1000,
            botbuilderMsPerTurn: round2(turns.botbuilderMsPerTurn * 1000) / 1000,
            ratio: round2(turns.ratio),
          },
        }
      : {}),
    ...(http ? { http: http.map((h) => ({ ...h, turnsPerSecond: Math.round(h.turnsPerSecond) })) } : {}),
    ...(memory ? { memory: { ...memory, snapshotGoalBytes: SNAPSHOT_GOAL_BYTES } } : {}),
  };
  if (full) {
    const file = join(ROOT, 'bench', 'results.json');
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nwrote ${file}`);
  } else {
    log('\n(quick or partial run: bench/results.json not written)');
  }
}

await main();
