/**
 * Builds the browser files into dist/web: the chat widget and the staff page script (esbuild,
 * one minified IIFE each, no framework) and their stylesheets, and reports their sizes.
 *
 *   npx tsx scripts/build-web.ts
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'web');

/** Scripts bundled: entry → output name. */
const SCRIPTS: [string, string][] = [
  ['bot/web/widget/widget.ts', 'widget.js'],
  ['bot/web/staff/staff.ts', 'staff.js'],
];
/** Stylesheets copied as they are. */
const STYLES: [string, string][] = [
  ['bot/web/widget/widget.css', 'widget.css'],
  ['bot/web/staff/staff.css', 'staff.css'],
  ['bot/web/pages/site.css', 'site.css'],
];

/** Write via a temporary file and a rename, so a server reading dist/web never sees half a file. */
async function writeAtomically(path: string, contents: Uint8Array) {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

export type BuiltFile = { name: string; bytes: number; gzipBytes: number };

/** Build every browser file into dist/web; the size of each, raw and gzipped. */
export async function buildWeb(): Promise<{ files: BuiltFile[] }> {
  await mkdir(OUT, { recursive: true });
  await Promise.all(
    SCRIPTS.map(async ([entry, name]) => {
      const result = await build({
        entryPoints: [join(ROOT, entry)],
        outfile: join(OUT, name),
        write: false,
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2019',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
      });
      for (const file of result.outputFiles) await writeAtomically(file.path, file.contents);
    }),
  );
  await Promise.all(
    STYLES.map(async ([from, name]) => writeAtomically(join(OUT, name), await readFile(join(ROOT, from)))),
  );
  const names = [...SCRIPTS, ...STYLES].map(([, name]) => name);
  const files = await Promise.all(
    names.map(async (name) => {
      const body = await readFile(join(OUT, name));
      return { name, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
  return { files };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files } = await buildWeb();
  for (const f of files)
    console.log(`dist/web/${f.name.padEnd(12)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzipBytes).padStart(8)}`);
}
