import fs from 'node:fs';
import type { Command } from 'commander';
import type { CliCommands } from '../access/capability.ts';
import { ValidationError } from '../kernel/errors.ts';
import { todayIso } from '../kernel/format.ts';

type Global = { as?: string };

// `beacon support …`: the directory, the deployments and the impact report from the command line,
// with the permissions the pages check.

const whole = (text: string | undefined, field: string, example: string) => {
  if (text === undefined) return { value: undefined, problems: [] };
  return /^[1-9]\d{0,8}$/.test(text)
    ? { value: Number(text), problems: [] }
    : { value: undefined, problems: [{ field, message: `Give the ${field} as a number, like ${example}` }] };
};

export function registerSupportCommands({ program, reportCommand, run }: CliCommands): void {
  const support = program.command('support').description('system leaders, their deployments and programmes');

  support
    .command('leaders')
    .description('the directory of system leaders, with the days each has left this academic year')
    .option('--designation <code>', 'only this designation, like NLE')
    .option('--specialism <words>', 'only leaders with this specialism, like maths')
    .option('--json', 'as JSON, for scripts')
    .action(
      async (options: { designation?: string; specialism?: string; json?: boolean }, command: Command) => {
        await run(
          'support leaders',
          'support:read',
          command.optsWithGlobals<Global>().as,
          async ({ services }) => {
            const leaders = await services.systemLeaders.list(
              { designation: options.designation, specialism: options.specialism },
              todayIso(),
            );
            if (options.json) {
              console.log(JSON.stringify(leaders, null, 2));
              return;
            }
            for (const l of leaders)
              console.log(
                `${String(l.id).padStart(4)}  ${l.designation.padEnd(4)} ${l.name} — ${String(l.daysLeft)} of ${String(l.daysPerYear)} days left`,
              );
            if (leaders.length === 0) console.log('No system leaders match.');
          },
        );
      },
    );

  support
    .command('deployments')
    .description(
      'deployments of system leaders to schools: every one for an officer, their own for a system leader',
    )
    .option('--urn <urn>', 'only this school’s')
    .option('--json', 'as JSON, for scripts')
    .action(async (options: { urn?: string; json?: boolean }, command: Command) => {
      await run(
        'support deployments',
        'support:read',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          const urn = whole(options.urn, 'urn', '116000');
          if (urn.problems.length > 0) throw new ValidationError(urn.problems);
          const list = await services.deployments.list(
            actor,
            urn.value === undefined ? {} : { urn: urn.value },
          );
          if (options.json) {
            console.log(JSON.stringify(list, null, 2));
            return;
          }
          for (const d of list)
            console.log(
              `${String(d.id).padStart(4)}  ${d.status.padEnd(9)} ${d.leader} at ${d.school}, ${d.startsOn} to ${d.endsOn}: ${String(d.daysUsed)} of ${String(d.daysAgreed)} days used`,
            );
          if (list.length === 0) console.log('No deployments.');
        },
      );
    });

  reportCommand
    .command('impact')
    .description(
      'whether commissioned support worked: a programme’s or a year’s deployments, against matched schools',
    )
    .option('--programme <id>', 'the programme’s number, as in /support/programmes/ID')
    .option('--deployments <year>', 'the deployments of an academic year, by the year it starts, like 2016')
    .option('--indicator <key>', 'the school result to measure by, like KS2RWM_Expected_STD')
    .option('--before <year>', 'the year before the support, like 2016 for 2015/16')
    .option('--after <year>', 'the year after the support, like 2018 for 2017/18')
    .option('--out <file>', 'write the report as .csv, .xlsx or .pdf instead of printing it')
    .action(
      async (
        options: {
          programme?: string;
          deployments?: string;
          indicator?: string;
          before?: string;
          after?: string;
          out?: string;
        },
        command: Command,
      ) => {
        await run('report impact', 'support:read', command.optsWithGlobals<Global>().as, async (context) => {
          const programme = whole(options.programme, 'programme', '1');
          const deployments = whole(options.deployments, 'deployments', '2016');
          const before = whole(options.before, 'before', '2016');
          const after = whole(options.after, 'after', '2018');
          const problems = [
            ...programme.problems,
            ...deployments.problems,
            ...before.problems,
            ...after.problems,
          ];
          if (options.out !== undefined && !/\.(csv|xlsx|pdf)$/i.test(options.out))
            problems.push({ field: 'out', message: 'The report is written to a .csv, .xlsx or .pdf file' });
          if (problems.length > 0) throw new ValidationError(problems);
          const report = await context.services.impactReports.report({
            programme: programme.value,
            deployments: deployments.value,
            indicator: options.indicator,
            before: before.value,
            after: after.value,
          });
          if (options.out === undefined) {
            console.log(`${report.scope}: ${report.indicator.title}\n${report.words}`);
            return;
          }
          const format = options.out.toLowerCase().split('.').pop();
          if (format === 'pdf') {
            fs.writeFileSync(
              options.out,
              await context.printPage('support/views/impact.njk', {
                pageTitle: `Impact report: ${report.scope}`,
                report,
                query: {},
                programmes: [],
                indicatorChoices: [],
                figures: { asAt: `${String(report.beforeYear)} to ${String(report.afterYear)}` },
              }),
            );
          } else {
            const { chooseTables, tablesFile } = await import('../kernel/tables/tables.ts');
            // A CSV holds one table: the schools, each with its figures and the schools matched to it.
            const file =
              format === 'csv'
                ? await tablesFile(chooseTables(report.tables, 'impact-schools'), 'csv')
                : await tablesFile(report.tables, 'xlsx');
            fs.writeFileSync(options.out, file);
          }
          console.log(`Wrote the impact report for ${report.scope} to ${options.out}`);
        });
      },
    );
}
