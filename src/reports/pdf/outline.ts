// A printed document's outline (its bookmarks, which Chromium builds from the headings) read back
// with the page each heading landed on: a pack's contents give page numbers from it that are the
// PDF's own.

export type OutlineEntry = { title: string; page: number };

type OutlineNode = { title: string; dest: string | unknown[] | null; items: OutlineNode[] };

/** Every heading in the order it appears, with its page (1 for the first). */
export async function outlinePages(bytes: Uint8Array): Promise<OutlineEntry[]> {
  // pdf.js (and the canvas it brings) is loaded when a pack is bound, not by every command.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over, so it gets a copy.
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  try {
    const entries: OutlineEntry[] = [];
    const visit = async (nodes: readonly OutlineNode[]) => {
      for (const node of nodes) {
        const dest = typeof node.dest === 'string' ? await document.getDestination(node.dest) : node.dest;
        const target: unknown = dest?.[0];
        const page =
          typeof target === 'number'
            ? target + 1
            : target !== null && typeof target === 'object' && 'num' in target && 'gen' in target
              ? (await document.getPageIndex(target as { num: number; gen: number })) + 1
              : null;
        if (page !== null) entries.push({ title: node.title, page });
        await visit(node.items);
      }
    };
    // A document without headings has no outline: pdf.js gives null, whatever its types say.
    const outline = (await document.getOutline()) as OutlineNode[] | null;
    await visit(outline ?? []);
    return entries;
  } finally {
    await document.destroy();
  }
}
