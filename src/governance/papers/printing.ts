import { outlinePages } from '../../reports/pdf/outline.ts';
import { boundPages, sectionStarts, type PackSection } from '../rules/packPages.ts';
import { packPage } from './page.ts';
import type { PapersService } from './service.ts';

// The board pack as one PDF (SPEC C5, 4): printed from its page, its contents numbered from where
// each section really landed, each uploaded paper bound in after its cover page, and every page then
// numbered "Page X of Y" across the whole pack.

export type PrintPage = (template: string, context: Record<string, unknown>) => Promise<Buffer>;
type Pack = Awaited<ReturnType<PapersService['pack']>>;

const mm = 72 / 25.4;

export async function printPack(
  print: PrintPage,
  pack: Pack,
  documents: ReadonlyMap<number, Buffer>,
  today: string,
): Promise<Buffer> {
  const sections: PackSection[] = [
    { anchor: 'membership', title: 'Membership', documentPages: 0 },
    { anchor: 'agenda', title: 'Agenda', documentPages: 0 },
    ...pack.papers.map((paper) => ({
      anchor: `paper-${String(paper.id)}`,
      title: paper.title,
      documentPages: paper.document ? paper.document.pages : 0,
    })),
  ];
  const context = { ...packPage.context(pack, today), pagesNumberedAfter: true };
  // The first print has every number as 0; the numbers found are printed, and checked again, until
  // printing them moves nothing (the contents end their page, so this is almost always once).
  let numbers: Record<string, number> = Object.fromEntries(sections.map((s) => [s.anchor, 0]));
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const printed = await print(packPage.template, { ...context, contentsPages: numbers });
    const starts = sectionStarts(await outlinePages(printed), sections);
    if (!starts) throw new Error('a section of the board pack is missing from its outline');
    const found = boundPages(starts, sections);
    if (sections.every((s) => found[s.anchor] === numbers[s.anchor]))
      return bind(printed, sections, starts, pack, documents);
    numbers = found;
  }
  throw new Error('the board pack’s page numbers did not settle');
}

async function bind(
  printed: Buffer,
  sections: readonly PackSection[],
  starts: readonly number[],
  pack: Pack,
  documents: ReadonlyMap<number, Buffer>,
): Promise<Buffer> {
  // pdf-lib is loaded when a pack is bound, not by every command that opens the services.
  const { PDFDocument, StandardFonts, beginMarkedContent, endMarkedContent, rgb } = await import('pdf-lib');
  const bound = await PDFDocument.load(printed, { updateMetadata: false });
  // From the last paper back, so that each cover page is still where it was printed.
  for (let i = sections.length - 1; i >= 0; i -= 1) {
    const paper = pack.papers[i - 2];
    const bytes = paper?.document ? documents.get(paper.id) : undefined;
    const cover = starts[i];
    if (!bytes || cover === undefined) continue;
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await bound.copyPages(source, source.getPageIndices());
    pages.forEach((page, n) => bound.insertPage(cover + n, page));
  }
  const font = await bound.embedFont(StandardFonts.Helvetica);
  const total = bound.getPageCount();
  bound.getPages().forEach((page, n) => {
    const text = `Page ${String(n + 1)} of ${String(total)}`;
    const size = 8;
    // Marked as an artifact, as Chromium marks its own running footer: not read out as content.
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawText(text, {
      x: page.getWidth() - 15 * mm - font.widthOfTextAtSize(text, size),
      y: 6.5 * mm,
      size,
      font,
      color: rgb(0x50 / 255, 0x5a / 255, 0x5f / 255),
    });
    page.pushOperators(endMarkedContent());
  });
  // Without object streams, as Chromium writes it: the catalogue (its language among it) stays plain.
  return Buffer.from(await bound.save({ useObjectStreams: false }));
}
