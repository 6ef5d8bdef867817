import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { csvFile, isLiveFormula, neutralised, restored, sheetName } from './files.ts';

// OWASP "CSV Injection": cells beginning with = + - @, tab or carriage return are read as formulae
// by Excel, LibreOffice and Google Sheets. Figures such as -1.7 or +2 are numbers there, not formulae.
const cases: { text: string; live: boolean }[] = [
  { text: '=HYPERLINK("http://evil.example","Click")', live: true },
  { text: "+cmd|' /C calc'!A0", live: true },
  { text: '@SUM(1+1)', live: true },
  { text: '-2+3+cmd|" /C calc"!A0', live: true },
  { text: '\t=1+1', live: true },
  { text: '\r=1+1', live: true },
  { text: '=HYPERLINK("x") School', live: true },
  { text: '-1.7', live: false },
  { text: '+2', live: false },
  { text: '-0.50', live: false },
  { text: '47.6%', live: false },
  { text: 'Director of Children’s Services', live: false },
  { text: 'Not started', live: false },
];

for (const { text, live } of cases) {
  test(`${JSON.stringify(text)} ${live ? 'is' : 'is not'} a live formula`, () => {
    assert.equal(isLiveFormula(text), live);
    assert.equal(neutralised(text), live ? `'${text}` : text);
    assert.equal(restored(String(neutralised(text))), text);
  });
}

test('a CSV opens in Excel: byte-order mark, hyphen-minus in figures, text neutralised', () => {
  const csv = csvFile([
    ['Measure', 'Gap (as shown)', 'Commentary'],
    ['Writing', '\u22121.7', '=HYPERLINK("http://evil.example")'],
    ['Maths', 3.25, null],
  ]);
  assert.ok(csv.startsWith('\uFEFF'));
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(rows, [
    ['Measure', 'Gap (as shown)', 'Commentary'],
    ['Writing', '-1.7', '\'=HYPERLINK("http://evil.example")'],
    ['Maths', '3.25', ''],
  ]);
});

test('worksheet names have no doubled spaces or forbidden characters, and are unique', () => {
  const used = new Set(['Key stage 2 attainment']);
  assert.equal(sheetName('Key stage 2: attainment', new Set()), 'Key stage 2 attainment');
  assert.equal(sheetName('Key stage 2: attainment', used), 'Key stage 2 attainment 2');
  assert.equal(sheetName('A/B  [draft]?', new Set()), 'A B draft');
});
