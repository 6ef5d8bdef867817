import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes) raised to argon2's own defaults: 64 MiB, 3 passes.
const options = { type: argon2.argon2id, memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

export const passwordRules = { minLength: 12, maxLength: 256 };

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

// Verifying against a throwaway hash when there is no such account keeps the time the same, so the
// response time does not tell anyone which email addresses have accounts.
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    decoy ??= argon2.hash('decoy password for timing', options);
    await argon2.verify(await decoy, password);
    return false;
  }
  return argon2.verify(hash, password);
}
