import fs from 'node:fs';
import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { terminalProgress } from '../kernel/progress.ts';
import { importFolder, planFolder, readFolder, type FolderResult } from './folder.ts';
import { recordRefusedImport } from './record.ts';

type Global = { as?: string };

function describe(result: FolderResult): string {
  if (result.outcome === 'refused')
    return `  refused   ${result.name} (${result.kind}), nothing of it imported:\n${result.problems.map((p) => `              ${p}`).join('\n')}`;
  const s = result.summary;
  return `  imported  ${result.name} (${result.kind}): ${String(s.rows)} rows; ${String(s.added)} added, ${String(s.updated)} updated, ${String(s.unchanged)} unchanged, ${String(s.rejected.length)} rejected; ${String(result.seconds)} s`;
}

export function registerFolderImport(importCommand: Command, run: CliRunner): void {
  importCommand
    .command('dfe-folder')
    .description(
      'every DfE and Ofsted file Beacon knows in a folder, recognised by its columns and imported in order',
    )
    .argument('<folder>', 'the folder, searched with its subfolders')
    .option('--quiet', 'no progress bars')
    .action(async (folder: string, options: { quiet?: boolean }, command: Command) => {
      if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
        throw new Error(`${folder} is not a folder`);
      await run('import dfe-folder', 'imports:run', command.optsWithGlobals<Global>().as, async (context) => {
        const { planned, unrecognised } = planFolder(context.composition.importKinds, readFolder(folder));
        console.log(
          `Found ${String(planned.length)} files Beacon knows and ${String(unrecognised.length)} it does not.`,
        );
        const started = performance.now();
        const results = await importFolder(
          context.services,
          context.actor,
          planned,
          (file, index) => {
            console.log(`(${String(index + 1)}/${String(planned.length)}) ${file.name}: ${file.kind.title}`);
            return options.quiet ? silentProgress : terminalProgress();
          },
          (file, error) =>
            recordRefusedImport(context.services.database.db, context.actor, file.kind.key, error),
        );
        console.log('\nSummary');
        for (const result of results) console.log(describe(result));
        for (const name of unrecognised) console.log(`  not recognised  ${name}`);
        const refused = results.filter((r) => r.outcome === 'refused').length;
        console.log(
          `${String(results.length - refused)} imported, ${String(refused)} refused, ${String(unrecognised.length)} not recognised, in ${String(Math.round((performance.now() - started) / 1000))} s.`,
        );
        if (refused > 0) process.exitCode = 1;
      });
    });
}
