import { todayIso } from '../kernel/format.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliRunner } from '../access/capability.ts';
import { ValidationError } from '../kernel/errors.ts';
import { terminalProgress } from '../kernel/progress.ts';
import { inPipeline } from '../kernel/collections.ts';
import { letterFileName, letterPage } from './letters/page.ts';
import { areaProfileContext, areaProfileTemplate } from './areaProfile/page.ts';
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

const laProblem = (la: string) =>
  /^\d{3}$/.test(la) ? [] : [{ field: 'la', message: 'An LA code is DfE’s three-digit LA number, like 851' }];

/** `beacon report area-profile --la CODE --out FILE.pdf`: "if this area had 100 children". */
function registerAreaProfileReport(reportCommand: Command, run: CliRunner): void {
  reportCommand
    .command('area-profile')
    .description('an LA’s area profile, “if this area had 100 children”, by constituency or ward, as a PDF')
    .requiredOption('--la <code>', 'DfE’s three-digit LA number, like 343')
    .requiredOption('--out <file>', 'the .pdf file to write')
    .option('--wards', 'by ward instead of by parliamentary constituency')
    .action(async (options: { la: string; out: string; wards?: boolean }, command: Command) => {
      await run(
        'report area-profile',
        'reports:areaProfile',
        command.optsWithGlobals<Global>().as,
        async (context) => {
          const problems = [
            ...laProblem(options.la),
            ...(/\.pdf$/i.test(options.out)
              ? []
              : [{ field: 'out', message: 'An area profile is written to a .pdf file' }]),
          ];
          if (problems.length > 0) throw new ValidationError(problems);
          const profile = await context.services.areaProfiles.profile(
            context.actor,
            context.config,
            options.la,
            options.wards ? 'ward' : 'constituency',
            todayIso(),
          );
          const pdf = await context.printPage(areaProfileTemplate, areaProfileContext(profile));
          fs.writeFileSync(options.out, pdf);
          console.log(
            `Wrote ${profile.laName}’s area profile (${String(profile.areas.length)} areas) to ${options.out}`,
          );
        },
      );
    });
}

/** `beacon report letters` (every open school’s letter, as PDFs), `profile` and `area-profile`. */
export function registerReportCommands(reportCommand: Command, run: CliRunner): void {
  registerProfileReport(reportCommand, run);
  registerAreaProfileReport(reportCommand, run);
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
          if (laProblem(options.la).length > 0) throw new ValidationError(laProblem(options.la));
          const schools = await context.services.letters.schoolsOf(context.actor, options.la);
          fs.mkdirSync(options.out, { recursive: true });
          const progress = options.quiet ? undefined : terminalProgress();
          progress?.start(schools.length, `Letters for LA ${options.la}`);
          try {
            // One letter printing at a time (two pages printing slowed each more than they
            // overlapped), with the next school's figures read meanwhile (docs/benchmarks.md, P5).
            await inPipeline(
              schools,
              (school) => context.services.letters.letterFor(context.actor, school.urn, context.config),
              async (letter) => {
                const pdf = await context.printPage(letterPage.template, letterPage.context(letter));
                fs.writeFileSync(path.join(options.out, letterFileName(letter.school)), pdf);
                progress?.advance(1);
              },
            );
          } finally {
            progress?.stop();
          }
          console.log(`Wrote ${String(schools.length)} letters to ${options.out}`);
        },
      );
    });
}
