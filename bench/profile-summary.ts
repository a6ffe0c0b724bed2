/**
 * "Where the time goes": a V8 CPU profile (`node --cpu-prof` format) summed by self time per function,
 * so the bench can print the few functions (and the modules they live in) that take the time.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { ROOT } from './lib/child.js';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number };
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
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    const id = samples[i] ?? 0;
    time.set(id, (time.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  }
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
