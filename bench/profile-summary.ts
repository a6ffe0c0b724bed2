/**
 * "Where the time goes": a V8 CPU profile (`node --cpu-prof` format) summed by self time per function,
 * so the bench can print the few functions (and the modules they live in) that take the time, and
 * (for the turn core) the inclusive share of the parts of a turn.
 *
 * Every sample counts the same (one sampling interval). V8 samples on a wall-clock timer, so the
 * time between two samples also holds the time the process waited for a core; on a busy machine a
 * sample taken just after such a wait would otherwise be weighted with it (single samples of 50–200 ms
 * were seen under load 5), and the shares would say more about the other processes than about this one.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { ROOT } from './lib/child.js';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type CpuProfile = {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
};

/** One function's share of the profile's samples. */
export type HotFunction = { name: string; where: string; selfPercent: number };
/** One module (file, or a package under node_modules)'s share of self time. */
export type HotModule = { module: string; selfPercent: number };

/** A short label for a script URL: the path inside the project, or the package under node_modules. */
function moduleOf(url: string): string {
  if (!url) return '(native / V8)';
  const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return `npm:${rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (path.startsWith('node:')) return path;
  return path.startsWith('/') ? relative(ROOT, path) : path;
}

/** Sum self time (sample time) per function and per module; `top` of each, as % of all samples. */
export async function summariseProfile(
  file: string,
  top = 15,
): Promise<{ functions: HotFunction[]; modules: HotModule[]; seconds: number; idlePercent: number }> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const time = new Map<number, number>();
  const samples = profile.samples ?? [];
  const interval = samplingInterval(profile);
  for (const id of samples) time.set(id, (time.get(id) ?? 0) + interval);
  const fns = new Map<string, { name: string; where: string; us: number }>();
  const mods = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of time) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    // Waiting for I/O is not work: percentages are of the time the process was busy.
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const module = moduleOf(url);
    const name = functionName || '(anonymous)';
    const where = url ? `${module}:${lineNumber + 1}` : module;
    const key = `${name}@${where}`;
    const entry = fns.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    fns.set(key, entry);
    mods.set(module, (mods.get(module) ?? 0) + us);
    total += us;
  }
  const pct = (us: number) => Math.round((us / Math.max(1, total)) * 1000) / 10;
  return {
    functions: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfPercent: pct(f.us) })),
    modules: [...mods.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([module, us]) => ({ module, selfPercent: pct(us) })),
    seconds: Math.round(total / 1e4) / 100,
    idlePercent: Math.round((idle / Math.max(1, idle + total)) * 1000) / 10,
  };
}

/** The profile's sampling interval in µs: the median time between samples (what the profiler was asked for when not busy). */
function samplingInterval(profile: CpuProfile): number {
  const deltas = (profile.timeDeltas ?? []).filter((d) => d > 0).sort((a, b) => a - b);
  return deltas[deltas.length >> 1] ?? 1;
}

/** A part of a turn: the frames (by function name and where it is) whose time, callees included, is the part's. */
export type Part = { name: string; matches: (functionName: string, module: string) => boolean };

/**
 * The share of busy samples spent in each part, callees included (a sample counts once for a part
 * however often its frames are on the stack; parts may overlap, e.g. "machine" holds "gather child").
 */
export async function inclusiveShares(
  file: string,
  parts: readonly Part[],
): Promise<{ name: string; percent: number }[]> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Which parts each node (with its ancestors) is in, worked out once per node.
  const memo = new Map<number, boolean[]>();
  const partsOf = (id: number): boolean[] => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const above = up === undefined ? parts.map(() => false) : partsOf(up);
    const here = node
      ? parts.map((p, i) => above[i] || p.matches(node.callFrame.functionName, moduleOf(node.callFrame.url)))
      : above;
    memo.set(id, here);
    return here;
  };
  const counts = parts.map(() => 0);
  let busy = 0;
  for (const id of profile.samples ?? []) {
    if (byId.get(id)?.callFrame.functionName === '(idle)') continue;
    busy += 1;
    partsOf(id).forEach((inPart, i) => {
      if (inPart) counts[i] = (counts[i] ?? 0) + 1;
    });
  }
  return parts.map((p, i) => ({
    name: p.name,
    percent: Math.round(((counts[i] ?? 0) / Math.max(1, busy)) * 1000) / 10,
  }));
}

/** The summary as Markdown tables. */
export function profileMarkdown(title: string, s: Awaited<ReturnType<typeof summariseProfile>>): string {
  return [
    `#### ${title}: ${s.seconds} s busy, idle ${s.idlePercent} % of the run (self time, % of busy)`,
    '',
    '| self % | function | where |',
    '|---:|---|---|',
    ...s.functions.map((f) => `| ${f.selfPercent.toFixed(1)} | ${f.name} | ${f.where} |`),
    '',
    '| self % | module |',
    '|---:|---|',
    ...s.modules.map((m) => `| ${m.selfPercent.toFixed(1)} | ${m.module} |`),
    '',
  ].join('\n');
}
