/**
 * A process that writes conversations into a FileStore as fast as it can, for the kill -9 test:
 *
 *   node --import tsx test/support/file-store-writer.ts <dir> <conversations>
 *
 * Each conversation's snapshot counts up ({ n: 1 }, { n: 2 }, …); after each write has returned
 * it prints `<id> <n>`, so the test knows which writes were acknowledged when it kills the process.
 */
import { FileStore } from '../../bot/core/file-store.js';

const [dir, count] = process.argv.slice(2);
if (!dir) throw new Error('usage: file-store-writer.ts <dir> <conversations>');
const store = new FileStore(dir, { sweepSeconds: 0 });
const ids = Array.from({ length: Number(count ?? 4) }, (_, i) => `c${i}`);
// Big enough that a torn write would show (several pages), small enough to write many.
const padding = 'x'.repeat(20_000);

await Promise.all(
  ids.map(async (id) => {
    for (let n = 1; ; n += 1) {
      await store.set(id, { version: 1, locale: 'nb', snapshot: { n, padding }, updatedAt: String(n) }, 600);
      process.stdout.write(`${id} ${n}\n`);
    }
  }),
);
