import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { printSummary } from '../kernel/summary.ts';

export function registerPlanImports(importCommand: Command, run: CliRunner): void {
  importCommand
    .command('plan-workbook')
    .description(
      'a plan’s workbook (No, Actions, Who, When, Milestones, RAG) edited in Excel, read back into the plan',
    )
    .argument('<file>', 'the XLSX file')
    .requiredOption('--plan <id>', 'the plan’s number, as in /plans/1')
    .action(async (file: string, options: { plan: string }, command: Command) => {
      await run(
        'import plan-workbook',
        'plans:edit',
        command.optsWithGlobals<{ as?: string }>().as,
        async ({ services, actor }) => {
          printSummary(await services.planWorkbooks.importWorkbook(actor, Number(options.plan), file));
        },
      );
    });
}
