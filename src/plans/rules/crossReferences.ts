// Cross-references between actions ("refer to 1.3", "see 1:2:1", "In addition to 2.2") become links
// when the number is an action in the same plan; otherwise the words stay as written.

export type TextPart = { text: string; action?: string };

const reference = /\b(\d+(?:[.:]\d+){1,2})\b/g;

export function linkCrossReferences(text: string, actionNumbers: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(reference)) {
    const number = match[1] ?? '';
    if (!actionNumbers.has(number)) continue;
    const at = match.index;
    if (at > from) parts.push({ text: text.slice(from, at) });
    parts.push({ text: number, action: number });
    from = at + number.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
