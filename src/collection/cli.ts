import fs from 'node:fs';
import type { Command } from 'commander';
import type { CliCommands } from '../access/capability.ts';
import { ValidationError } from '../kernel/errors.ts';
import { todayIso } from '../kernel/format.ts';

type Global = { as?: string };

/** `beacon import in-year-return FILE --window ID --school URN`: a school's filled-in template, saved as its draft. */
export function registerCollectionCommands({ importCommand, run }: CliCommands): void {
  importCommand
    .command('in-year-return')
    .description('a school’s in-year return, the workbook downloaded from its return page and filled in')
    .argument('<file>', 'the .xlsx file')
    .requiredOption('--window <id>', 'the collection window’s number, as in /collection/windows/ID')
    .requiredOption('--school <urn>', 'the school’s URN')
    .action(async (file: string, options: { window: string; school: string }, command: Command) => {
      await run(
        'import in-year-return',
        'collection:submit',
        command.optsWithGlobals<Global>().as,
        async ({ services, actor }) => {
          const problems = [
            ...(/^[1-9]\d{0,8}$/.test(options.window)
              ? []
              : [{ field: 'window', message: 'A window is given by its number, like 1' }]),
            ...(/^\d{6,7}$/.test(options.school)
              ? []
              : [{ field: 'school', message: 'A URN is a six- or seven-digit number' }]),
            ...(fs.existsSync(file) ? [] : [{ field: 'file', message: `There is no file ${file}` }]),
          ];
          if (problems.length > 0) throw new ValidationError(problems);
          const [{ locatedIn, maxReturnBytes, readReturnWorkbook }, { fieldOf }] = await Promise.all([
            import('./workbook.ts'),
            import('./returns.ts'),
          ]);
          if (fs.statSync(file).size > maxReturnBytes)
            throw new ValidationError([
              {
                field: 'file',
                message: 'The workbook is larger than 2 MB: it is not this return’s template',
              },
            ]);
          const [windowId, urn] = [Number(options.window), Number(options.school)];
          const view = await services.inYearReturns.view(actor, windowId, urn, todayIso());
          const read = await readReturnWorkbook(fs.readFileSync(file), view.grid, urn);
          const saved = await services.inYearReturns
            .change(actor, windowId, urn, 'save', read, todayIso())
            .catch((error: unknown) => {
              throw error instanceof ValidationError ? locatedIn(error, read, fieldOf) : error;
            });
          const left = saved.problems.filter((p) => p.missing).length;
          console.log(
            `Saved ${view.school.name}’s return for ${view.window.name} as a draft${left > 0 ? `: ${String(left)} cells still to fill` : ''}`,
          );
        },
      );
    });
}
