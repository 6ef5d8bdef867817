import type { Command } from 'commander';
import { withCli } from './runtime.ts';

type Global = { as?: string };

export function registerDatabaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply any database migrations not yet applied')
    .action(async (_options: unknown, command: Command) => {
      await withCli(
        'migrate',
        'system:operate',
        command.optsWithGlobals<Global>().as,
        async ({ services }) => {
          console.log(`The ${services.database.kind} database is up to date.`);
        },
      );
    });

  program
    .command('backup')
    .description('write the embedded database to FILE (a compressed copy of the data folder)')
    .argument('<file>', 'where to write the backup')
    .action(async (file: string, _options: unknown, command: Command) => {
      const [{ assertEmbedded, backupEmbedded }, { loadConfig }] = await Promise.all([
        import('./backup.ts'),
        import('../kernel/config.ts'),
      ]);
      assertEmbedded(loadConfig());
      await withCli(
        'backup',
        'system:operate',
        command.optsWithGlobals<Global>().as,
        async ({ services }) => {
          const bytes = await backupEmbedded(services.database, file);
          console.log(`Backed up to ${file} (${Math.round(bytes / 1024)} KiB).`);
        },
      );
    });

  program
    .command('restore')
    .description('replace the embedded database with the backup in FILE (Beacon must be stopped)')
    .argument('<file>', 'a file written by `beacon backup`')
    .action(async (file: string, _options: unknown, command: Command) => {
      const [{ restoreEmbedded }, { loadConfig }] = await Promise.all([
        import('./backup.ts'),
        import('../kernel/config.ts'),
      ]);
      const config = loadConfig();
      await restoreEmbedded(config, file, command.optsWithGlobals<Global>().as);
      console.log(`Restored from ${file}.`);
    });
}
