// A paper the clerk uploads is a PDF, checked by what the file holds rather than by its name: it
// must begin as a PDF does and be read through by a PDF library, page count and all. A file that
// is not one, is cut short or is locked by a password is refused with a reason a person can act on.

/** The largest paper Beacon takes: a board's papers are documents, not data. */
export const maxDocumentBytes = 20 * 1024 * 1024;

export type CheckedDocument = { pages: number } | { problem: string };

export async function checkDocument(bytes: Uint8Array, fileName: string): Promise<CheckedDocument> {
  const name = `“${fileName}”`;
  if (bytes.length === 0) return { problem: `${name} is empty` };
  if (bytes.length > maxDocumentBytes)
    return { problem: `${name} is larger than ${String(maxDocumentBytes / 1024 / 1024)} MB` };
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-')
    return { problem: `${name} is not a PDF: save the paper as a PDF and upload that` };
  // pdf-lib is loaded when a paper is checked, not by every command that opens the services.
  const { PDFDocument } = await import('pdf-lib');
  try {
    const document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    const pages = document.getPageCount();
    if (pages === 0) return { problem: `${name} has no pages` };
    return { pages };
  } catch (error) {
    if (error instanceof Error && /encrypt/i.test(error.message))
      return { problem: `${name} is protected by a password: upload a copy without one` };
    return { problem: `${name} could not be read as a PDF: it may be damaged or cut short` };
  }
}
