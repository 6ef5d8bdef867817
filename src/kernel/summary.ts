import type { ImportSummary } from './importFiles.ts';

export function printSummary(summary: ImportSummary): void {
  console.log(
    `Imported ${summary.file} (${summary.dataset}): ${summary.rows} rows read; ` +
      `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
      `${summary.removed} removed, ${summary.rejected.length} rejected.`,
  );
  for (const r of summary.rejected.slice(0, 10)) console.log(`  rejected line ${r.line}: ${r.reason}`);
  if (summary.rejected.length > 10) console.log(`  … and ${summary.rejected.length - 10} more rejected rows`);
}
