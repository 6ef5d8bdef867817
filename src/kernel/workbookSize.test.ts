import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZipArchive } from 'archiver';
import { newWorkbook } from './tables/files.ts';
import { maxUnpackedWorkbookBytes, workbookSizeProblem } from './workbookSize.ts';

// A zip that unpacks far beyond its size is refused before it is opened; a real workbook is not.

async function zipOf(files: { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const zip = new ZipArchive({ zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => zip.on('end', resolve));
  for (const f of files) zip.append(f.bytes, { name: f.name });
  await zip.finalize();
  await done;
  return Buffer.concat(chunks);
}

test('a workbook that unpacks to more than the limit is refused; its file is small', async () => {
  const bomb = await zipOf([
    { name: 'xl/worksheets/sheet1.xml', bytes: Buffer.alloc(maxUnpackedWorkbookBytes + 1024 * 1024) },
  ]);
  assert.equal(bomb.length < 1024 * 1024, true, `${String(bomb.length)} bytes`);
  assert.equal(
    await workbookSizeProblem(bomb),
    'The workbook unpacks to more than 50 MB: it is not this return’s template',
  );
});

test('a real workbook passes; bytes that are not a zip are named', async () => {
  const workbook = await newWorkbook();
  workbook.addWorksheet('Return').getCell('A1').value = 'In-year return';
  assert.equal(await workbookSizeProblem(Buffer.from(await workbook.xlsx.writeBuffer())), null);
  assert.equal(
    await workbookSizeProblem(Buffer.from('URN,Year\n990001,6\n')),
    'The file is not an Excel workbook (.xlsx)',
  );
});
