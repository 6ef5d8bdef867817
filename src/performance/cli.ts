import type { Command } from 'commander';
import { withCli } from '../cli/runtime.ts';
import { terminalProgress } from '../cli/progress.ts';
import { printSummary } from '../cli/summary.ts';
import { silentProgress } from '../app/imports.ts';

type Global = { as?: string };

export function registerPerformanceImports(importCommand: Command): void {
  importCommand
    .command('lait-dictionary')
    .description('the indicator catalogue from DfE’s LAIT data dictionary (lait_data_dictionary.csv)')
    .argument('<file>', 'the CSV file')
    .action(async (file: string, _options: unknown, command: Command) => {
      await withCli(
        'import lait-dictionary',
        'imports:run',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          printSummary(await services.performance.importLaitDictionary(actor, file));
        },
      );
    });

  importCommand
    .command('lait')
    .description(
      'every value in DfE’s LAIT long file (lait_bds_long_all_measures.csv); import the dictionary first',
    )
    .argument('<file>', 'the CSV file')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, options: { quiet?: boolean }, command: Command) => {
      await withCli(
        'import lait',
        'imports:run',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          printSummary(
            await services.performance.importLait(
              actor,
              file,
              options.quiet ? silentProgress : terminalProgress(),
            ),
          );
        },
      );
    });

  importCommand
    .command('values-template')
    .description('a council’s own figures in Beacon’s long template, CSV or XLSX (docs/values-template.md)')
    .argument('<file>', 'the CSV or XLSX file')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, options: { quiet?: boolean }, command: Command) => {
      await withCli(
        'import values-template',
        'imports:run',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          printSummary(
            await services.performance.importValuesTemplate(
              actor,
              file,
              options.quiet ? silentProgress : terminalProgress(),
            ),
          );
        },
      );
    });

  importCommand
    .command('perf-tables')
    .description('a DfE school performance-table CSV, KS2 or KS4 (for example 2018-2019_850_ks2final.csv)')
    .argument('<file>', 'the CSV file')
    .option(
      '--period <year>',
      'the year the academic year ends (2019 for 2018/19), if the file name does not say',
    )
    .option('--quiet', 'no progress bar')
    .action(async (file: string, options: { period?: string; quiet?: boolean }, command: Command) => {
      await withCli(
        'import perf-tables',
        'imports:run',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          const period = options.period === undefined ? undefined : Number(options.period);
          printSummary(
            await services.performance.importPerfTable(
              actor,
              file,
              period,
              options.quiet ? silentProgress : terminalProgress(),
            ),
          );
        },
      );
    });

  importCommand
    .command('neighbours')
    .description('DfE statistical neighbours (statistical_neighbours_*_tidy.csv)')
    .argument('<file>', 'the CSV file')
    .requiredOption('--set <year>', 'which model: 2021 or 2025')
    .action(async (file: string, options: { set: string }, command: Command) => {
      await withCli(
        'import neighbours',
        'imports:run',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          printSummary(await services.performance.importNeighbours(actor, file, options.set));
        },
      );
    });
}
