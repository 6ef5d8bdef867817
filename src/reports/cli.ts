import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { ValidationError } from '../kernel/errors.ts';
import { terminalProgress } from '../kernel/progress.ts';
import { forEachConcurrently } from '../kernel/collections.ts';
import { letterFileName, letterPage } from './letters/page.ts';
import { profilePage, schoolProfileFor } from '../schools/profile.ts';

type Global = { as?: string };

/** `beacon report profile --urn URN --out FILE.pdf`: a school's profile, the PDF its page gives. */
function registerProfileReport(reportCommand: Command, run: CliRunner): void {
  reportCommand
    .command('profile')
    .description('a school’s profile (context, results, strengths and areas for development) as a PDF')
    .requiredOption('--urn <urn>', 'the school’s URN')
    .requiredOption('--out <file>', 'the .pdf file to write')
    .action(async (options: { urn: string; out: string }, command: Command) => {
      await run(
        'report profile',
        'performance:read',
        command.optsWithGlobals<Global>().as,
        async (context) => {
          const problems = [
            ...(/^\d{6,7}$/.test(options.urn)
              ? []
              : [{ field: 'urn', message: 'A URN is a six- or seven-digit number' }]),
            ...(/\.pdf$/i.test(options.out)
              ? []
              : [{ field: 'out', message: 'A profile is written to a .pdf file' }]),
          ];
          if (problems.length > 0) throw new ValidationError(problems);
          const profile = await schoolProfileFor(
            context.services,
            context.config,
            context.actor,
            Number(options.urn),
          );
          const pdf = await context.printPage(profilePage.template, profilePage.context(profile));
          fs.writeFileSync(options.out, pdf);
          console.log(`Wrote ${profile.school.name}’s profile to ${options.out}`);
        },
      );
    });
}

/** `beacon report letters` (every open school’s letter, as PDFs) and `beacon report profile`. */
export function registerReportCommands(reportCommand: Command, run: CliRunner): void {
  registerProfileReport(reportCommand, run);
  reportCommand
    .command('letters')
    .description('the annual performance letter of every open school in an LA, one PDF each')
    .requiredOption('--la <code>', 'DfE’s three-digit LA number, like 851')
    .requiredOption('--out <folder>', 'the folder to write the letters into (made if missing)')
    .option('--quiet', 'no progress bar')
    .action(async (options: { la: string; out: string; quiet?: boolean }, command: Command) => {
      await run(
        'report letters',
        'reports:letters',
        command.optsWithGlobals<Global>().as,
        async (context) => {
          if (!/^\d{3}$/.test(options.la))
            throw new ValidationError([
              { field: 'la', message: 'An LA code is DfE’s three-digit LA number, like 851' },
            ]);
          const schools = await context.services.letters.schoolsOf(context.actor, options.la);
          fs.mkdirSync(options.out, { recursive: true });
          const progress = options.quiet ? undefined : terminalProgress();
          progress?.start(schools.length, `Letters for LA ${options.la}`);
          try {
            // One letter at a time: on 2 cores a second page slowed each letter more than it
            // overlapped (docs/benchmarks.md, P5: 0.41 s a letter alone, 0.62 s two at once).
            await forEachConcurrently(schools, 1, async (school) => {
              const letter = await context.services.letters.letterFor(
                context.actor,
                school.urn,
                context.config,
              );
              const pdf = await context.printPage(letterPage.template, letterPage.context(letter));
              fs.writeFileSync(path.join(options.out, letterFileName(letter.school)), pdf);
              progress?.advance(1);
            });
          } finally {
            progress?.stop();
          }
          console.log(`Wrote ${String(schools.length)} letters to ${options.out}`);
        },
      );
    });
}
