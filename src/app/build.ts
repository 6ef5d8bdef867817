import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { fromRoot } from '../kernel/paths.ts';
import { ensureEmptyDatabaseTemplate } from '../db/template.ts';

// Builds Beacon as it is deployed: the stylesheet and scripts in public/ (assets/build.ts), and the
// server and command line as compiled JavaScript in dist/, so nothing compiles TypeScript at run
// time. Packages stay in node_modules; Beacon's own code is one bundle split at each dynamic import,
// so a command loads only the chunks it uses (`beacon --help` loads neither the web app nor the
// database).
await import('./assets/build.ts');
const template = await ensureEmptyDatabaseTemplate();
console.log(`The empty database for new data folders is ${path.relative(process.cwd(), template)}`);

const outdir = fromRoot('dist');
fs.rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: { beacon: fromRoot('src', 'cli', 'main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
const chunks = Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.js')).length;
console.log(
  `Built ${path.relative(process.cwd(), outdir) || '.'}: ${chunks} files of JavaScript, ${Math.round(bytes / 1024)} KiB`,
);
