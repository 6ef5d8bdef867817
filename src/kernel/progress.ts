import cliProgress from 'cli-progress';
import type { Progress } from './importFiles.ts';

/** A progress bar on the terminal (on standard error, so standard output stays clean). */
export function terminalProgress(): Progress {
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(total, label, unit = 'rows') {
      if (!process.stderr.isTTY) return;
      bar = new cliProgress.SingleBar(
        { format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    advance(by) {
      bar?.increment(by);
    },
    stop() {
      bar?.stop();
    },
  };
}
