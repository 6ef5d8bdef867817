// The annual performance letter (seed 000, 5.2) is the council's own words with merge fields:
// `{{school}}` and the like, each replaced by a school's own figures and sentences. The template is
// plain text: a blank line starts a new paragraph, and a field that is a list (strengths, areas for
// development, results) stands on a line of its own. Nothing a council types is read as markup.

export const mergeFields = {
  school: 'the school’s name',
  urn: 'the school’s URN',
  la: 'the local authority’s name',
  year: 'the latest year the letter’s results are for, like 2018/19',
  results: 'the school’s latest results against England, one line each (a list)',
  strengths: 'the strengths drawn from its figures (a list)',
  areas: 'the areas for development drawn from its figures (a list)',
  category: 'its category of concern, where the council shares categories with its schools',
  officer: 'the named officer who signs the letter',
} as const;

export type MergeField = keyof typeof mergeFields;
export const listFields: readonly MergeField[] = ['results', 'strengths', 'areas'];

export type LetterData = Record<Exclude<MergeField, 'results' | 'strengths' | 'areas'>, string> & {
  results: string[];
  strengths: string[];
  areas: string[];
};

export type LetterBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[]; empty: string };

export type TemplateProblem = { line: number; message: string };

const fieldPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isMergeField = (name: string): name is MergeField => Object.hasOwn(mergeFields, name);

/** Every unknown or misplaced merge field, with its line: a template with any is not saved. */
export function templateProblems(body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  body.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    for (const match of text.matchAll(fieldPattern)) {
      const name = match[1] ?? '';
      if (!isMergeField(name)) {
        problems.push({
          line,
          message: `Line ${String(line)}: {{${name}}} is not a merge field Beacon knows`,
        });
      } else if (listFields.includes(name) && text.trim() !== match[0]) {
        problems.push({
          line,
          message: `Line ${String(line)}: {{${name}}} is a list, so it must be on a line of its own`,
        });
      }
    }
    const opened = (text.match(/\{\{/g) ?? []).length;
    const closed = (text.match(/\}\}/g) ?? []).length;
    if (opened !== closed)
      problems.push({ line, message: `Line ${String(line)}: a merge field is not closed with }}` });
  });
  if (body.trim() === '') problems.push({ line: 1, message: 'The letter is empty' });
  return problems;
}

const emptyList: Record<'results' | 'strengths' | 'areas', string> = {
  results: 'Beacon holds no published results for the school.',
  strengths: 'None drawn from the figures held.',
  areas: 'None drawn from the figures held.',
};

/** The template with one school's data merged in, as paragraphs and lists for the letter's page. */
export function mergeLetter(body: string, data: LetterData): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const paragraph of body.split(/\r?\n\s*\r?\n/)) {
    let lines: string[] = [];
    const flush = () => {
      const text = lines.join(' ').trim();
      if (text !== '') blocks.push({ kind: 'paragraph', text });
      lines = [];
    };
    for (const line of paragraph.split(/\r?\n/)) {
      const list = /^\s*\{\{\s*(results|strengths|areas)\s*\}\}\s*$/.exec(line)?.[1] as
        'results' | 'strengths' | 'areas' | undefined;
      if (list) {
        flush();
        blocks.push({ kind: 'list', items: data[list], empty: emptyList[list] });
        continue;
      }
      lines.push(
        line.replace(fieldPattern, (_whole, name: string) => {
          if (!isMergeField(name) || listFields.includes(name)) return '';
          return data[name as Exclude<MergeField, 'results' | 'strengths' | 'areas'>];
        }),
      );
    }
    flush();
  }
  return blocks;
}

export const defaultLetterTemplate = `Dear Headteacher and Chair of Governors,

{{school}} (URN {{urn}}): annual performance letter, {{year}}

Each year {{la}} writes to every school about its published results, to recognise what is going well and to agree where our support should go. The figures are DfE's published data for {{year}}.

Your latest results against England:
{{results}}

What the figures show the school does well:
{{strengths}}

What the figures suggest the school should look at:
{{areas}}

{{category}}

Your school improvement officer will discuss this letter with you at your next visit. Please share it with your governing board.

Yours sincerely,

{{officer}}
`;
