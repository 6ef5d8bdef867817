import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { fromRoot } from '../kernel/paths.ts';
import { ensureEmptyDatabaseTemplate } from '../db/template.ts';

// Builds Beacon as it is deployed: the stylesheet and scripts in public/ (assets/build.ts), and the
// server and command line as compiled JavaScript in dist/, so nothing compiles TypeScript at run
// time. Beacon's own code is one bundle split at each dynamic import, so a command loads only the
// chunks it uses (`beacon --help` loads neither the web app nor the database). Packages stay in
// node_modules, except the query builder and the schema library with its Fastify provider: those
// are some two hundred small modules every command loads, and Node opens each one separately.
// (The provider is bundled with the schema library so both share one copy of its registry.)
const bundledPackages = new Set(['drizzle-orm', 'zod', 'fastify-type-provider-zod']);
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const externalPackages: esbuild.Plugin = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
      bundledPackages.has(packageName(specifier)) ? undefined : { external: true },
    );
  },
};
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
  plugins: [externalPackages],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
const chunks = Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.js')).length;
console.log(
  `Built ${path.relative(process.cwd(), outdir) || '.'}: ${chunks} files of JavaScript, ${Math.round(bytes / 1024)} KiB`,
);
