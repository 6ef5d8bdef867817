import { test } from 'node:test';
import nunjucks from 'nunjucks';
import assert from 'node:assert/strict';
import { deepFrozen } from '../../kernel/frozen.ts';
import { templateEnvironment } from './views.ts';

// {% keep %} renders the part of a page worked out from a kept (frozen) answer once for each set
// of the values named, and renders afresh for a new answer, other values, or an answer not kept.

const template =
  '{% keep plan, show %}<h2>{{ plan.title }}</h2>{% for a in plan.actions %}<p>{{ a }} ({{ show }}) {{ counter.next() }}</p>{% endfor %}{% endkeep %}|{{ who }}';

/** Counts how often the kept part is really rendered: each rendering asks it once per action. */
function counting() {
  let n = 0;
  return {
    next: () => ++n,
    get count() {
      return n;
    },
  };
}

// One environment, and each template compiled once, as the app has them.
const environment = templateEnvironment();
const compiled = new Map<string, nunjucks.Template>();

async function render(context: Record<string, unknown>, source = template): Promise<string> {
  const page = compiled.get(source) ?? nunjucks.compile(source, environment);
  compiled.set(source, page);
  return new Promise((resolve, reject) => {
    page.render(context, (error, html) => {
      if (error) reject(error);
      else resolve(html ?? '');
    });
  });
}

test('keep: the same kept answer and values render once; what is outside the tag renders every time', async () => {
  const plan = deepFrozen({ title: 'Raise <standards>', actions: ['one', 'two'] });
  const counter = counting();
  const first = await render({ plan, show: 'all', counter, who: 'Ann' });
  const second = await render({ plan, show: 'all', counter, who: 'Bob' });
  assert.equal(counter.count, 2, 'the part was rendered once, for its two actions');
  assert.equal(first, '<h2>Raise &lt;standards&gt;</h2><p>one (all) 1</p><p>two (all) 2</p>|Ann');
  assert.equal(second, '<h2>Raise &lt;standards&gt;</h2><p>one (all) 1</p><p>two (all) 2</p>|Bob');
});

test('keep: other values, a new answer, or an answer not kept render afresh', async () => {
  const cases: { name: string; second: (plan: object) => Record<string, unknown>; rendersAgain: boolean }[] =
    [
      { name: 'other values named', second: (plan) => ({ plan, show: 'red' }), rendersAgain: true },
      {
        name: 'a new answer (the data changed)',
        second: () => ({
          plan: deepFrozen({ title: 'Raise <standards>', actions: ['one', 'two'] }),
          show: 'all',
        }),
        rendersAgain: true,
      },
      { name: 'the same answer and values', second: (plan) => ({ plan, show: 'all' }), rendersAgain: false },
    ];
  for (const { name, second, rendersAgain } of cases) {
    const plan = deepFrozen({ title: 'Raise <standards>', actions: ['one', 'two'] });
    const counter = counting();
    await render({ plan, show: 'all', counter });
    await render({ ...second(plan), counter });
    assert.equal(counter.count, rendersAgain ? 4 : 2, name);
  }
  const unkept = { title: 'Plan', actions: ['one'] };
  const counter = counting();
  await render({ plan: unkept, show: 'all', counter });
  await render({ plan: unkept, show: 'all', counter });
  assert.equal(counter.count, 2, 'an answer that is not frozen is rendered every time');
});

test('keep: two tags given the same answer and values keep their own renderings', async () => {
  const answer = deepFrozen({ title: 'Plan' });
  const html = await render(
    { answer },
    '{% keep answer %}<h1>{{ answer.title }}</h1>{% endkeep %}{% keep answer %}<p>{{ answer.title }}</p>{% endkeep %}',
  );
  assert.equal(html, '<h1>Plan</h1><p>Plan</p>');
});

test('keep: an include inside the tag is rendered into it', async () => {
  const html = await render(
    { answer: deepFrozen({}), params: { text: 'Kept' } },
    '{% keep answer %}{% include "govuk/components/tag/template.njk" %}{% endkeep %}',
  );
  assert.match(html, /<strong class="govuk-tag">\s*Kept\s*<\/strong>/);
});
