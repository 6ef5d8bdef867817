#!/usr/bin/env node
// Runs Beacon's command line as built by `npm run build` (compiled JavaScript in dist/).
import fs from 'node:fs';

const built = new URL('../dist/beacon.js', import.meta.url);
if (!fs.existsSync(built)) {
  console.error('beacon: Beacon is not built yet: run `npm run build` in its folder first.');
  process.exit(1);
}
await import(built.href);
