import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Beacon runs from its sources (tests, `npm run dev`) and from the build in dist/ (`npm start`,
// bin/beacon), where this file is folded into a chunk at another depth. Templates, migrations and
// public assets are found from the folder holding Beacon's package.json, which is the same in both.
function findRepositoryRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`Beacon's package.json is not above ${start}`);
  }
}

export const repositoryRoot = findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the checkout, from its root: `fromRoot('src', 'db', 'migrations')`. */
export const fromRoot = (...parts: string[]): string => path.join(repositoryRoot, ...parts);
