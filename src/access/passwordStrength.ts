import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

// Whether a password is too easy to guess, by zxcvbn (Dropbox's estimator, in its maintained
// TypeScript port) with its list of the most common leaked passwords and keyboard patterns.
// A score below 2 is zxcvbn's "too guessable" or "very guessable": a common password, a
// keyboard walk or a repeated character, alone or strung together ("password1234").

let estimator: ZxcvbnFactory | undefined;

/** Why this password is refused, in words for the person choosing it; null if it will do. */
export function passwordWeakness(password: string): string | null {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const { score, sequence } = estimator.check(password);
  const whole = sequence.length === 1 ? sequence[0] : undefined;
  if (whole?.pattern === 'repeat' && 'baseToken' in whole && String(whole.baseToken).length === 1)
    return 'Password must not be one character repeated';
  if (score < 2)
    return 'Password is too easy to guess: it is a common password or is made of them. Three random words make a strong one';
  return null;
}
