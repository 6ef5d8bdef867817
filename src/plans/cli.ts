import type { Command } from 'commander';
import { withCli } from '../cli/runtime.ts';
import { printSummary } from '../cli/summary.ts';

export function registerPlanImports(importCommand: Command): void {
  importCommand
    .command('plan-workbook')
    .description(
      'a plan’s workbook (No, Actions, Who, When, Milestones, RAG) edited in Excel, read back into the plan',
    )
    .argument('<file>', 'the XLSX file')
    .requiredOption('--plan <id>', 'the plan’s number, as in /plans/1')
    .action(async (file: string, options: { plan: string }, command: Command) => {
      await withCli(
        'import plan-workbook',
        'plans:edit',
        command.optsWithGlobals<{ as?: string }>().as,
        async ({ services, actor }) => {
          printSummary(await services.planWorkbooks.importWorkbook(actor, Number(options.plan), file));
        },
      );
    });
}
