/**
 * Insights in the embedded store's directory (`LOSEN_DATA_DIR`): counters and the recent questions
 * in one JSON file, `insights.state`, held in memory and written whole after each batch that
 * changed them — the recorder batches, so the file is written at most about once a second, never
 * per turn. A write goes to a temporary file (`….tmp`) renamed over the old one, so a crash leaves
 * the old or the new file, never half of one.
 *
 * The name keeps it apart from the conversations beside it: their files are `<hash>.json`, and
 * the conversation store's sweep leaves any other file alone (test/bot/insights/stores.test.ts
 * runs the sweep to keep it so).
 *
 * Turn records (what a rating needs) stay in memory: they live only as long as a conversation,
 * and the embedded store serves one instance. A rating of a turn from before a restart is refused
 * as unknown.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../../rules/index.js';
import type { MemoryState } from './memory-store.js';
import { MemoryInsightsStore } from './memory-store.js';
import type { InsightsChange } from './types.js';
import { COUNT_FIELDS } from './types.js';

const count = z.number().int().min(0);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const stateSchema = z.object({
  counts: z.array(
    z.object({
      day,
      topic: z.string(),
      locale: z.enum(LOCALES),
      ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, count.default(0)])),
    }),
  ),
  recent: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['unanswered', 'thumbs-down']),
      at: z.number(),
      day,
      topic: z.string(),
      locale: z.enum(LOCALES),
      text: z.string(),
      comment: z.string().optional(),
    }),
  ),
});

/** The file's name in the directory. */
export const INSIGHTS_FILE = 'insights.state';

export class FileInsightsStore extends MemoryInsightsStore {
  private readonly file: string;
  private readonly loaded: Promise<void>;
  /** Writes run one after another, each with the state of its time. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    options: { now?: () => number } = {},
  ) {
    super(options.now);
    this.file = join(dir, INSIGHTS_FILE);
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const raw = await readFile(this.file, 'utf8').catch(() => undefined);
    if (raw === undefined) return;
    try {
      const parsed = stateSchema.safeParse(JSON.parse(raw));
      // An unreadable file is started afresh (and replaced at the next write): insights are not worth a crash.
      if (parsed.success) this.restore(parsed.data as MemoryState);
    } catch {
      // not JSON: as above
    }
  }

  private write(): Promise<void> {
    const data = JSON.stringify(this.state());
    this.writing = this.writing.then(async () => {
      const temp = `${this.file}.${randomUUID()}.tmp`;
      try {
        await writeFile(temp, data, { mode: 0o600 });
        await rename(temp, this.file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    });
    const done = this.writing;
    this.writing = done.catch(() => undefined);
    return done;
  }

  override async apply(changes: readonly InsightsChange[]): Promise<void> {
    await this.loaded;
    this.applyNow(changes);
    if (changes.some((c) => c.kind !== 'turn')) await this.write();
  }

  override async read(sinceDay: string, sinceMs: number) {
    await this.loaded;
    return super.read(sinceDay, sinceMs);
  }

  override async prune(beforeDay: string, beforeMs: number): Promise<void> {
    await this.loaded;
    if (this.pruneNow(beforeDay, beforeMs)) await this.write();
  }

  override async close(): Promise<void> {
    await this.writing;
    await super.close();
  }
}
