import { Command, CommanderError } from 'commander';
import { registerServeCommand } from './serve.ts';
import { registerAccessCommands } from '../access/cli.ts';
import { registerDatabaseCommands } from '../db/cli.ts';
import { registerPerformanceImports, registerPerformanceReports } from '../performance/cli.ts';
import { registerSchoolsImports } from '../schools/cli.ts';
import { registerPlanImports } from '../plans/cli.ts';
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
registerAccessCommands(program);

// Each capability adds the files it imports under `beacon import`.
const importCommand = program.command('import').description('import data files (all-or-nothing)');
registerSchoolsImports(importCommand);
registerPerformanceImports(importCommand);
registerPlanImports(importCommand);

// Reports written to files for board papers.
const reportCommand = program.command('report').description('write a report to a file (XLSX or CSV)');
registerPerformanceReports(reportCommand);

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
