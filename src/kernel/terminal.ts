/** A password for a CLI command: from BEACON_PASSWORD or standard input, never from an argument. */
export async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.BEACON_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (process.stdin.isTTY) {
    throw new Error(
      'Give the password on standard input (for example: echo "$PW" | npx beacon users add …) or in BEACON_PASSWORD.',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
