import { test } from 'node:test';
import assert from 'node:assert/strict';
import nunjucks from 'nunjucks';
import { templateEnvironment } from './views.ts';

// The trim filter is replaced for speed (views.ts): it must give exactly what Nunjucks' own gives,
// escaping included, for the kinds of text GOV.UK Frontend's macros trim.
const cases: { name: string; template: string; context?: Record<string, unknown> }[] = [
  { name: 'spaces either side', template: '{{ "  a b  " | trim }}' },
  {
    name: 'indented HTML marked safe stays unescaped',
    template: '{{ html | safe | trim }}',
    context: { html: '\n    <p class="govuk-body">x</p>\n  ' },
  },
  {
    name: 'HTML not marked safe is still escaped',
    template: '{{ html | trim }}',
    context: { html: '  <p>x</p>  ' },
  },
  {
    name: 'a caller block (safe) with blank lines',
    template: '{% set b %}\n\n  <li>one</li>\n\n{% endset %}[{{ b | trim }}]',
  },
  {
    name: 'tabs, returns and a non-breaking space',
    template: '{{ text | trim }}',
    context: { text: '\t\r\n\u00a0x y\u00a0\n' },
  },
  { name: 'nothing but spaces', template: '[{{ "     " | trim }}]' },
  { name: 'inside runs of spaces kept', template: '{{ "a     b" | trim }}' },
];

for (const { name, template, context = {} } of cases) {
  test(`trim: ${name}, as Nunjucks' own filter`, () => {
    const own = new nunjucks.Environment(null, { autoescape: true });
    assert.equal(templateEnvironment().renderString(template, context), own.renderString(template, context));
  });
}

test('trim: a page-sized run of indentation is trimmed in one pass', () => {
  const html = `${' '.repeat(50_000)}<div>${'\n        '.repeat(20_000)}</div>${' '.repeat(50_000)}`;
  const out = templateEnvironment().renderString('{{ html | safe | trim }}', { html });
  assert.equal(out, html.trim());
  assert.ok(out.startsWith('<div>') && out.endsWith('</div>'));
});
