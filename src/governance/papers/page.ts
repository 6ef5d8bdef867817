import type { PrintedFigures } from '../../kernel/printing.ts';
import { formatDate } from '../../kernel/format.ts';
import type { PapersService } from './service.ts';

type Pack = Awaited<ReturnType<PapersService['pack']>>;

/** The board pack as a page (and so as a PDF): the same on the web and from the command line. */
export const packPage = {
  template: 'governance/views/pack.njk',
  context: (pack: Pack, today: string) => ({
    pageTitle: `${pack.meeting.board.name}: papers for ${formatDate(pack.meeting.heldOn)}`,
    ...pack,
    figures: {
      asAt: formatDate(pack.meeting.papers.publishedOn ?? today),
    } satisfies PrintedFigures,
  }),
};
