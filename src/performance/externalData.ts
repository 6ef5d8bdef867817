import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../kernel/paths.ts';

// Real DfE data lives outside the repository (../shared/data/external, or BEACON_EXTERNAL_DATA).

export function externalDataDir(): string {
  return path.resolve(
    process.env.BEACON_EXTERNAL_DATA ?? path.join(repositoryRoot, '..', 'shared', 'data', 'external'),
  );
}

/**
 * The path of a real data file, or a reason to skip when it is absent on a developer's machine.
 * In CI a missing file is an error, never a skip.
 */
export function externalFile(relative: string): { file: string; skip: false } | { file: null; skip: string } {
  const file = path.join(externalDataDir(), relative);
  if (fs.existsSync(file)) return { file, skip: false };
  if (process.env.CI === 'true')
    throw new Error(`CI needs the real data file ${file} (set BEACON_EXTERNAL_DATA)`);
  return { file: null, skip: `real data not found at ${file}` };
}
