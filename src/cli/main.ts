import { Command, CommanderError } from 'commander';
import { registerServeCommand } from './serve.ts';
import { registerDatabaseCommands } from './database.ts';
import { withCli } from './runtime.ts';
import { capabilityModules } from '../app/modules.ts';
import { reportCliError } from './errors.ts';

const program = new Command('beacon')
  .description('Beacon: school improvement for local authorities and education partnerships')
  .option(
    '--as <email>',
    'act as this account (its role must allow the command); default: the operator, as administrator',
  )
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerDatabaseCommands(program);
// Each capability adds its commands: its own, the files it imports under `beacon import`, and the
// reports it writes for board papers under `beacon report`.
const importCommand = program.command('import').description('import data files (all-or-nothing)');
const reportCommand = program.command('report').description('write a report to a file (PDF, XLSX or CSV)');
for (const module of capabilityModules) module.cli?.({ program, importCommand, reportCommand, run: withCli });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage mistakes with 2.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    reportCliError(error);
  }
}
