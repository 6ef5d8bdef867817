import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

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
  return spawn(process.execPath, [tsx, main, ...args], {
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
