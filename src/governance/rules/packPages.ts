// The page each section of a board pack starts on, for its contents page. The pack is printed once;
// its outline says which page each section's heading landed on; each uploaded document's pages go
// in after its paper's cover page, moving every later section on by as many pages.

export type PackSection = { anchor: string; title: string; documentPages: number };

/**
 * The printed page of each section's heading: the outline's entries in order, each section taking
 * the first entry with its title after the previous section's. Null if a heading is missing.
 */
export function sectionStarts(
  outline: readonly { title: string; page: number }[],
  sections: readonly PackSection[],
): number[] | null {
  const starts: number[] = [];
  let from = 0;
  for (const section of sections) {
    const found = outline.findIndex((entry, i) => i >= from && entry.title.trim() === section.title.trim());
    const entry = outline[found];
    if (!entry) return null;
    starts.push(entry.page);
    from = found + 1;
  }
  return starts;
}

/** Each section's page in the bound pack: its printed page, plus the documents bound in before it. */
export function boundPages(
  starts: readonly number[],
  sections: readonly PackSection[],
): Record<string, number> {
  let inserted = 0;
  const pages: Record<string, number> = {};
  sections.forEach((section, i) => {
    pages[section.anchor] = (starts[i] ?? 0) + inserted;
    inserted += section.documentPages;
  });
  return pages;
}
