import type { PrintedFigures } from '../../kernel/printing.ts';
import { slugOf } from '../../kernel/format.ts';
import type { LettersService } from './service.ts';

type Letter = Awaited<ReturnType<LettersService['letterFor']>>;

/** A school's letter as a page (and so as a PDF): the same for the web, the ZIP and the CLI. */
export const letterPage = {
  template: 'reports/letters/views/letter.njk',
  context: (letter: Letter) => ({
    pageTitle: `Annual performance letter: ${letter.school.name}`,
    school: letter.school,
    blocks: letter.blocks,
    figures: letter.figures satisfies PrintedFigures | undefined,
  }),
};

/** "990001-harbourside-primary-school.pdf" */
export function letterFileName(school: { urn: number; name: string }): string {
  const slug = slugOf(school.name, 60);
  return `${String(school.urn)}-${slug || 'school'}.pdf`;
}
