import type { Command } from 'commander';
import { silentProgress } from '../app/imports.ts';
import { terminalProgress } from '../cli/progress.ts';
import { withCli } from '../cli/runtime.ts';
import { printSummary } from '../cli/summary.ts';
import { registerFiles } from './imports/kinds.ts';

export function registerSchoolsImports(importCommand: Command): void {
  for (const kind of registerFiles) {
    importCommand
      .command(kind.key)
      .description(kind.description)
      .argument('<file>', kind.accept.includes('xlsx') ? 'the CSV or XLSX file' : 'the CSV file')
      .option('--quiet', 'no progress bar')
      .action(async (file: string, options: { quiet?: boolean }, command: Command) => {
        await withCli(
          `import ${kind.key}`,
          'imports:run',
          command.optsWithGlobals<{ as?: string }>().as,
          async ({ services, actor }) => {
            const progress = options.quiet ? silentProgress : terminalProgress();
            printSummary(await kind.run(services.register, actor, file, progress));
          },
        );
      });
  }
}
