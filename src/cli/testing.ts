import { spawn, type ChildProcess } from 'node:child_process';
import { fromRoot } from '../kernel/paths.ts';

// The command line as deployed: the compiled build (`npm test` runs `npm run build` first).
const beacon = fromRoot('bin', 'beacon.js');

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `beacon …` as a separate process, as a person at a terminal would. */
export function runBeacon(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = startBeacon(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

export function startBeacon(args: string[], env: Record<string, string>): ChildProcess {
  const { BEACON_PASSWORD: _ignored, DATABASE_URL: _alsoIgnored, ...inherited } = process.env;
  return spawn(process.execPath, [beacon, ...args], {
    env: { ...inherited, NODE_ENV: 'test', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Resolves with everything printed once `text` has appeared on stdout. */
export function waitForOutput(child: ChildProcess, text: string, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      reject(new Error(`Timed out waiting for "${text}"; saw: ${seen}`));
    }, timeoutMs);
    const look = (d: Buffer) => {
      seen += d.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
  });
}
