/**
 * Section 4: memory. Runs bench/memory-child.ts in a fresh process with --expose-gc (so the heap
 * is collected before each reading) and returns what it measured.
 */
import { runTs } from './lib/child.js';
import type { MemoryResult } from './memory-child.js';

export type { MemoryResult };

export const SNAPSHOT_GOAL_BYTES = 2048;

export async function runMemory(options: { conversations: number }): Promise<MemoryResult> {
  const out = await runTs('bench/memory-child.ts', {
    nodeArgs: ['--expose-gc'],
    env: { BENCH_CONVERSATIONS: String(options.conversations) },
  });
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as MemoryResult;
}
