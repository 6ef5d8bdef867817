import { ValidationError } from '../kernel/errors.ts';

/** Prints what went wrong in words a person can act on, and sets a non-zero exit code. */
export function reportCliError(error: unknown): void {
  if (error instanceof ValidationError) {
    console.error('beacon: that is not valid:');
    for (const p of error.problems) console.error(`  - ${p.field ? `${p.field}: ` : ''}${p.message}`);
  } else if (error instanceof Error) {
    console.error(`beacon: ${error.message}`);
    if (process.env.BEACON_DEBUG) console.error(error.stack);
  } else {
    console.error('beacon: failed', error);
  }
  process.exitCode = 1;
}
