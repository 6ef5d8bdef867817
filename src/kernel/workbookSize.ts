import yauzl from 'yauzl';

// An XLSX is a zip: a small file can unpack to gigabytes. Before a workbook is opened, its zip
// directory is read (yauzl, which reads only the directory) and the sizes its parts declare are
// added up, so an upload cannot exhaust the server's memory however it was made.

/** The most a workbook may unpack to: a return's template unpacks to well under 1 MB. */
export const maxUnpackedWorkbookBytes = 50 * 1024 * 1024;

/** Why the workbook cannot be opened (not a zip, or too large unpacked), or null. */
export async function workbookSizeProblem(
  bytes: Buffer,
  most = maxUnpackedWorkbookBytes,
): Promise<string | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  } catch {
    return 'The file is not an Excel workbook (.xlsx)';
  }
  return new Promise((resolve) => {
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > most) {
        zip.close();
        resolve(
          `The workbook unpacks to more than ${String(Math.round(most / 1048576))} MB: it is not this return’s template`,
        );
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => {
      resolve(null);
    });
    zip.on('error', () => {
      resolve('The file is not an Excel workbook (.xlsx)');
    });
    zip.readEntry();
  });
}
