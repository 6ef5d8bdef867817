// What opening a command's context takes: the database, the services and the account acting.
// Loaded only when a command runs, so `beacon --help` reads none of it.
import os from 'node:os';
import v8 from 'node:v8';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import type { CliContext } from '../access/capability.ts';
import { roleHasPermission } from '../app/permissions.ts';
import { loadConfig } from '../kernel/config.ts';
import { createServices, type Services } from '../app/services.ts';
import { openDatabase } from '../db/client.ts';
import { lockDataFolder, type DataFolderLock } from '../db/lock.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { ForbiddenError } from '../kernel/errors.ts';
import { ImportFailedError } from '../kernel/importFiles.ts';
import { recordRefusedImport } from '../imports/record.ts';
import { hasDemonstrationData } from '../schools/demonstration.ts';
import { demonstrationDate, setServiceDate } from '../kernel/clock.ts';

/**
 * The person at the command line. Whoever can run Beacon's CLI against its data folder or database
 * already holds the data, so they act as an administrator unless --as names an account, in which
 * case that account's role must grant the command's permission.
 */
async function cliActor(services: Services, asEmail: string | undefined): Promise<Actor> {
  if (asEmail === undefined) {
    return {
      userId: null,
      label: `cli:${os.userInfo().username}`,
      role: 'admin',
      schoolUrn: null,
      trustId: null,
    };
  }
  const user = await services.users.findByEmail(asEmail);
  if (user?.status !== 'active') throw new ForbiddenError(`There is no active account for ${asEmail}.`);
  return {
    userId: user.id,
    label: `cli:${user.email}`,
    role: user.role,
    schoolUrn: user.schoolUrn,
    trustId: user.trustId,
  };
}

// Commands that work through a whole file or serve for hours have V8 optimise the embedded
// PostgreSQL's hot code; a short command (list the accounts, make a token) would spend its first
// half second optimising code it is about to leave, so it runs PostgreSQL as first compiled. And a
// command, unlike the server, keeps Node's heap near what it holds (10% headroom rather than up to
// four times), which is what keeps an import's memory flat: docs/benchmarks.md.
const longCommands = /^(serve|import|report|backup|restore)\b/;

function tuneEngineFor(command: string): void {
  if (!longCommands.test(command)) v8.setFlagsFromString('--liftoff-only');
  if (command !== 'serve') v8.setFlagsFromString('--heap-growing-percent=10');
}

/** Opens the database (locking the embedded data folder), applies migrations and checks permission. */
export async function openContext(
  command: string,
  permission: Permission,
  asEmail?: string,
): Promise<CliContext> {
  tuneEngineFor(command);
  const config = loadConfig();
  let lock: DataFolderLock | undefined;
  if ('dataDir' in config.database) lock = await lockDataFolder(config.dataDir, command);
  try {
    const database = await openDatabase(config.database);
    // The services' code loads while the database starts and its migrations run.
    const [services] = await Promise.all([createServices(database), migrateDatabase(database)]);
    const [actor, demonstration] = await Promise.all([
      cliActor(services, asEmail),
      hasDemonstrationData(database),
    ]);
    // A command on the demonstration's data runs on its date, as the demonstration's pages do.
    setServiceDate(demonstration ? demonstrationDate : null);
    if (!roleHasPermission(actor.role, permission)) {
      await database.close();
      throw new ForbiddenError(
        `${actor.label} does not have the ${permission} permission that "${command}" needs.`,
      );
    }
    // The web app renders and prints a report as it does for its .pdf address; it is built (and
    // Chromium started) only by a command that prints.
    let app: Promise<FastifyInstance> | undefined;
    const openApp = () =>
      (app ??= import('../app/createApp.ts').then(({ createApp }) =>
        createApp(services, config, { demonstration: false }),
      ));
    const { attentionSources, importKinds, paperKinds } = await import('../app/modules.ts');
    return {
      config,
      services,
      actor,
      printPage: async (template, context) => (await openApp()).printPage(template, context),
      renderView: async (template, context) => (await openApp()).view(template, context),
      composition: { importKinds, paperKinds, attentionSources },
      close: async () => {
        await (await app)?.close();
        await database.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

/** A refused import is audited as the upload page audits it: "import lait" refused, and why. */
export async function auditRefusedImport(
  context: CliContext,
  command: string,
  error: unknown,
): Promise<void> {
  if (error instanceof ImportFailedError && command.startsWith('import ')) {
    await recordRefusedImport(context.services.database.db, context.actor, command.slice(7), error);
  }
}
