import type { Permission } from '../access/permissions.ts';
import type { CliContext } from '../access/capability.ts';

export type { CliContext };

/** Opens the database (locking the embedded data folder), applies migrations and checks permission. */
export async function openCli(
  command: string,
  permission: Permission,
  asEmail?: string,
): Promise<CliContext> {
  const { openContext } = await import('./open.ts');
  return openContext(command, permission, asEmail);
}

/** Runs a command body with an open context and always closes it. */
export async function withCli<T>(
  command: string,
  permission: Permission,
  asEmail: string | undefined,
  body: (context: CliContext) => Promise<T>,
): Promise<T> {
  const context = await openCli(command, permission, asEmail);
  try {
    return await body(context);
  } catch (error) {
    const { auditRefusedImport } = await import('./open.ts');
    await auditRefusedImport(context, command, error);
    throw error;
  } finally {
    await context.close();
  }
}
