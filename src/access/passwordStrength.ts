import { createRequire } from 'node:module';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

// Whether a password is too easy to guess, by zxcvbn (Dropbox's estimator, in its maintained
// TypeScript port) with its list of the most common leaked passwords and keyboard patterns.
// A score below 2 is zxcvbn's "too guessable" or "very guessable": a common password, a
// keyboard walk or a repeated character, alone or strung together ("password1234").

let estimator: ZxcvbnFactory | undefined;

// Its dictionaries take a tenth of a second to load and unpack, so they are loaded the first time a
// password is checked rather than by every command; the check is synchronous (it runs inside a
// form's schema), hence require rather than import().
const require = createRequire(import.meta.url);
function loadEstimator(): ZxcvbnFactory {
  const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  return new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
}

/** Why this password is refused, in words for the person choosing it; null if it will do. */
export function passwordWeakness(password: string): string | null {
  estimator ??= loadEstimator();
  const { score, sequence } = estimator.check(password);
  const whole = sequence.length === 1 ? sequence[0] : undefined;
  if (whole?.pattern === 'repeat' && 'baseToken' in whole && String(whole.baseToken).length === 1)
    return 'Password must not be one character repeated';
  if (score < 2)
    return 'Password is too easy to guess: it is a common password or is made of them. Three random words make a strong one';
  return null;
}
