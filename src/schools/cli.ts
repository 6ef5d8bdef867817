import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { terminalProgress } from '../kernel/progress.ts';
import { printSummary } from '../kernel/summary.ts';
import { registerFiles } from './imports/kinds.ts';

export function registerSchoolsImports(importCommand: Command, run: CliRunner): void {
  for (const kind of registerFiles) {
    importCommand
      .command(kind.key)
      .description(kind.description)
      .argument('<file>', kind.accept.includes('xlsx') ? 'the CSV or XLSX file' : 'the CSV file')
      .option('--quiet', 'no progress bar')
      .action(async (file: string, options: { quiet?: boolean }, command: Command) => {
        await run(
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
