import { summaryPageContext, summaryTemplate } from './summary/page.ts';
import { schoolContextLayouts } from './imports/schoolContext.ts';
import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { terminalProgress } from '../kernel/progress.ts';
import { printSummary } from '../kernel/summary.ts';
import fs from 'node:fs';
import { silentProgress } from '../kernel/importFiles.ts';
import { ValidationError } from '../kernel/errors.ts';
import { chooseTables, tablesFile } from '../kernel/tables/tables.ts';

type Global = { as?: string };

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** "column=value" pairs from repeated options; the value may itself contain "=". */
function pairs(items: string[]): Record<string, string> {
  return Object.fromEntries(
    items.map((item) => {
      const at = item.indexOf('=');
      if (at < 1) throw new Error(`"${item}" should be written name=value`);
      return [item.slice(0, at).trim(), item.slice(at + 1).trim()];
    }),
  );
}

export function registerPerformanceImports(importCommand: Command, run: CliRunner): void {
  importCommand
    .command('lait-dictionary')
    .description('the indicator catalogue from DfE’s LAIT data dictionary (lait_data_dictionary.csv)')
    .argument('<file>', 'the CSV file')
    .action(async (file: string, _options: unknown, command: Command) => {
      await run(
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
      await run(
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
      await run(
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
    .description(
      'a DfE school performance-table CSV, KS2 or KS4 (for example 2018-2019_850_ks2final.csv), or a national school-level extract (ks2_perf_2018.csv)',
    )
    .argument('<file>', 'the CSV file')
    .option(
      '--period <year>',
      'the year the academic year ends (2019 for 2018/19), if the file name does not say',
    )
    .option('--quiet', 'no progress bar')
    .action(async (file: string, options: { period?: string; quiet?: boolean }, command: Command) => {
      await run(
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

  for (const layout of schoolContextLayouts) {
    const name = `school-${layout.kind}`;
    const which = layout.kind;
    importCommand
      .command(name)
      .description(layout.hint)
      .argument('<file>', 'the CSV file')
      .requiredOption('--period <year>', 'the year the school year ends (2019 for 2018/19)')
      .option('--quiet', 'no progress bar')
      .action(async (file: string, options: { period: string; quiet?: boolean }, command: Command) => {
        await run(
          `import ${name}`,
          'imports:run',
          command.optsWithGlobals<Global>().as,
          async ({ services, actor }) => {
            printSummary(
              await services.performance.importSchoolContext(
                actor,
                file,
                which,
                Number(options.period),
                options.quiet ? silentProgress : terminalProgress(),
              ),
            );
          },
        );
      });
  }

  importCommand
    .command('ees')
    .description('a DfE explore-education-statistics tidy CSV, with its columns mapped to indicators')
    .argument('<file>', 'the CSV file')
    .option(
      '--indicator <column=KEY>',
      'import this column as this catalogue indicator (repeat for more)',
      collect,
      [],
    )
    .option('--filter <column=value>', 'keep only rows with this filter value (repeat for more)', collect, [])
    .option('--group-column <column>', 'the filter column that holds the pupil group')
    .option(
      '--group <value=code>',
      'a group value and Beacon’s code for it, like "FSM eligible=fsm" (repeat)',
      collect,
      [],
    )
    .option('--quiet', 'no progress bar')
    .action(
      async (
        file: string,
        options: {
          indicator: string[];
          filter: string[];
          groupColumn?: string;
          group: string[];
          quiet?: boolean;
        },
        command: Command,
      ) => {
        const mapping = {
          indicators: pairs(options.indicator),
          filters: pairs(options.filter),
          ...(options.groupColumn ? { groupColumn: options.groupColumn } : {}),
          groups: pairs(options.group),
        };
        await run(
          'import ees',
          'imports:run',
          command.optsWithGlobals<Global>().as,
          async ({ services, actor }) => {
            printSummary(
              await services.performance.importEes(
                actor,
                file,
                mapping,
                options.quiet ? silentProgress : terminalProgress(),
              ),
            );
          },
        );
      },
    );

  importCommand
    .command('neighbours')
    .description('DfE statistical neighbours (statistical_neighbours_*_tidy.csv)')
    .argument('<file>', 'the CSV file')
    .requiredOption('--set <year>', 'which model: 2021 or 2025')
    .action(async (file: string, options: { set: string }, command: Command) => {
      await run(
        'import neighbours',
        'imports:run',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          printSummary(await services.performance.importNeighbours(actor, file, options.set));
        },
      );
    });
}

/** `beacon report results`: the LA results summary as a PDF, a workbook, or one table as CSV, for papers. */
export function registerPerformanceReports(reportCommand: Command, run: CliRunner): void {
  reportCommand
    .command('results')
    .description(
      'an LA’s results summary as a board paper gives it: the report as a PDF, every table as XLSX, or one as CSV',
    )
    .requiredOption('--la <code>', 'DfE’s three-digit LA number, like 851')
    .requiredOption('--period <year>', 'the year an academic year ends, like 2016 for 2015/16')
    .requiredOption('--out <file>', 'where to write it: a .pdf or .xlsx file, or a .csv file with --table')
    .option('--format <format>', 'pdf, xlsx or csv; by default, what the --out file’s name ends in')
    .option('--table <id>', 'one table: early-years-phonics-ks1, ks2-attainment, ks2-progress or ks4')
    .action(
      async (
        options: { la: string; period: string; out: string; table?: string; format?: string },
        command: Command,
      ) => {
        await run(
          'report results',
          'performance:read',
          command.optsWithGlobals<Global>().as,
          async ({ services, printPage }) => {
            const period = parsedSummaryPeriod(options.la, options.period);
            const format = reportFormat(options.format, options.out);
            const page = await services.results.resultsSummaryPage(options.la, period);
            if (format === 'pdf') {
              fs.writeFileSync(options.out, await printPage(summaryTemplate, summaryPageContext(page)));
              console.log(
                `Wrote ${page.summary.area.name}’s results summary for ${page.summary.periodLabel} to ${options.out}`,
              );
              return;
            }
            const { tables } = page;
            const chosen = chooseTables(tables, options.table ?? 'all');
            fs.writeFileSync(options.out, await tablesFile(chosen, format));
            console.log(`Wrote ${chosen.map((t) => t.title).join('; ')} to ${options.out}`);
          },
        );
      },
    );
}

const reportFormats = ['pdf', 'xlsx', 'csv'] as const;

/** The format asked for, else the one the file's name ends in; a name and format that disagree are refused. */
function reportFormat(asked: string | undefined, out: string): (typeof reportFormats)[number] {
  const named = reportFormats.find((f) => out.toLowerCase().endsWith(`.${f}`));
  const format =
    reportFormats.find((f) => f === asked?.toLowerCase()) ?? (asked === undefined ? named : undefined);
  if (asked !== undefined && format === undefined)
    throw new ValidationError([
      { field: 'format', message: `"${asked}" is not a format: use pdf, xlsx or csv` },
    ]);
  if (format === undefined)
    throw new ValidationError([{ field: 'out', message: 'Write to a .pdf, a .xlsx or a .csv file' }]);
  if (named !== format)
    throw new ValidationError([
      { field: 'out', message: `A ${format.toUpperCase()} report is written to a .${format} file` },
    ]);
  return format;
}

function parsedSummaryPeriod(la: string, period: string): number {
  const problems = [
    ...(/^\d{3}$/.test(la)
      ? []
      : [{ field: 'la', message: 'An LA code is DfE’s three-digit LA number, like 851' }]),
    ...(/^\d{4}$/.test(period)
      ? []
      : [{ field: 'period', message: 'A year is written as the year it ends, like 2016' }]),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  return Number(period);
}
