import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultLetterTemplate, mergeLetter, templateProblems, type LetterData } from './template.ts';

// Seed 000, 5.2: an annual performance letter to each school's headteacher and chair of governors,
// from a template the council edits, with the school's own figures merged in.
const data: LetterData = {
  school: 'Harbourside Primary School',
  urn: '990001',
  la: 'Portsmouth City Council',
  year: '2018/19',
  results: ['Reading, writing and maths: expected standard (%): 72, England 65'],
  strengths: ['Overall absence: 2.6, well below average for schools in England.'],
  areas: [],
  category: '',
  officer: 'A. Officer, School Improvement Manager',
};

const problemCases: { body: string; problems: string[]; why: string }[] = [
  { body: 'Dear {{school}},', problems: [], why: 'a known field' },
  { body: 'Dear {{ school }},', problems: [], why: 'spaces inside the braces' },
  {
    body: 'Hello\nDear {{headteacher}},',
    problems: ['Line 2: {{headteacher}} is not a merge field Beacon knows'],
    why: 'an unknown field, named with its line',
  },
  {
    body: 'Your results: {{results}}',
    problems: ['Line 1: {{results}} is a list, so it must be on a line of its own'],
    why: 'a list inside a sentence',
  },
  {
    body: 'Dear {{school,',
    problems: ['Line 1: a merge field is not closed with }}'],
    why: 'an unclosed field',
  },
  { body: '  \n', problems: ['The letter is empty'], why: 'nothing to send' },
  { body: defaultLetterTemplate, problems: [], why: 'Beacon’s own default letter' },
];

for (const c of problemCases) {
  test(`template problems: ${c.why}`, () => {
    assert.deepEqual(
      templateProblems(c.body).map((p) => p.message),
      c.problems,
    );
  });
}

test('merging: fields replaced, paragraphs kept, lists on their own, an empty list said so', () => {
  const blocks = mergeLetter(
    'Dear {{school}}\n(URN {{urn}})\n\nResults:\n{{results}}\n\n{{areas}}\n\n{{category}}',
    data,
  );
  assert.deepEqual(blocks, [
    { kind: 'paragraph', text: 'Dear Harbourside Primary School (URN 990001)' },
    { kind: 'paragraph', text: 'Results:' },
    { kind: 'list', items: data.results, empty: 'Beacon holds no published results for the school.' },
    { kind: 'list', items: [], empty: 'None drawn from the figures held.' },
  ]);
});

test('a council’s text is never markup: it is kept as text for the page to escape', () => {
  const blocks = mergeLetter('<b>{{school}}</b> & <script>alert(1)</script>', data);
  assert.deepEqual(blocks, [
    { kind: 'paragraph', text: '<b>Harbourside Primary School</b> & <script>alert(1)</script>' },
  ]);
});
