import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

// A PDF read back as a person's reader would: its text page by page, its outline (bookmarks), and
// whether each page carries a structure tree (a tagged PDF, which screen readers use).

export type ReadPdf = {
  pages: number;
  pageTexts: string[];
  text: string;
  outline: string[];
  taggedPages: number;
  language: string | undefined;
};

type OutlineItem = { title: string; items: OutlineItem[] };

function titles(items: readonly OutlineItem[]): string[] {
  return items.flatMap((item) => [item.title, ...titles(item.items)]);
}

/** A document without headings has no outline: pdf.js gives null, whatever its types say. */
async function outlineOf(document: PDFDocumentProxy): Promise<OutlineItem[] | null> {
  return document.getOutline();
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes the buffer over, so it gets a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  try {
    const pageTexts: string[] = [];
    let taggedPages = 0;
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pageTexts.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join('')
          .replace(/[ \t]+/g, ' '),
      );
      const tree: unknown = await page.getStructTree();
      if (tree !== null) taggedPages += 1;
    }
    const outline = titles((await outlineOf(document)) ?? []);
    // The catalogue's /Lang is written in plain text by Chromium.
    const language = /\/Lang \(([A-Za-z-]+)\)/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    return {
      pages: document.numPages,
      pageTexts,
      text: pageTexts.join('\n'),
      outline,
      taggedPages,
      language,
    };
  } finally {
    await document.destroy();
  }
}

/** The N in the footer's "Page X of N", as printed on the last page. */
export function statedPageCount(read: ReadPdf): number | undefined {
  const last = read.pageTexts.at(-1) ?? '';
  const match = /Page\s*(\d+)\s*of\s*(\d+)/.exec(last);
  return match?.[2] === undefined ? undefined : Number(match[2]);
}
