import { todayIso } from '../kernel/format.ts';
import fs from 'node:fs';
import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { ValidationError } from '../kernel/errors.ts';
import { printPack } from './papers/printing.ts';

type Global = { as?: string };

/** `beacon report board-pack --meeting ID --out pack.pdf`: the pack its page gives, as a PDF. */
export function registerGovernanceReports(reportCommand: Command, run: CliRunner): void {
  reportCommand
    .command('board-pack')
    .description('a meeting’s board pack (notice, membership, agenda and papers) as a PDF')
    .requiredOption('--meeting <id>', 'the meeting’s number, as in its address /meetings/ID')
    .requiredOption('--out <file>', 'the .pdf file to write')
    .action(async (options: { meeting: string; out: string }, command: Command) => {
      await run(
        'report board-pack',
        'governance:read',
        command.optsWithGlobals<Global>().as,
        async (context) => {
          const problems = [
            ...(/^[1-9]\d{0,8}$/.test(options.meeting)
              ? []
              : [{ field: 'meeting', message: 'A meeting is given by its number, like 1' }]),
            ...(/\.pdf$/i.test(options.out)
              ? []
              : [{ field: 'out', message: 'A board pack is written to a .pdf file' }]),
          ];
          if (problems.length > 0) throw new ValidationError(problems);
          const today = todayIso();
          const pack = await context.services.papers.pack(
            context.actor,
            context.composition.paperKinds,
            Number(options.meeting),
            context.renderView,
            today,
          );
          const documents = await context.services.papers.documentsOf(
            pack.papers.flatMap((p) => (p.document ? [p.id] : [])),
          );
          const pdf = await printPack(context.printPage, pack, documents, today);
          fs.writeFileSync(options.out, pdf);
          console.log(`Wrote the ${pack.meeting.board.name}’s pack to ${options.out}`);
        },
      );
    });
}
