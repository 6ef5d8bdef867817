import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, pageText, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';

// A long plan is read a RAG at a time: seed 000's plan of 34 actions, shown by the RAG asked for.

const text = pageText;

describeOnDatabases('a plan shown a RAG at a time', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
  });
  after(async () => {
    await app.close();
  });

  const cases = [
    { show: 'red', rag: 'red' },
    { show: 'complete', rag: 'complete' },
    { show: 'not started', rag: 'not started' },
  ];
  for (const c of cases) {
    test(`“${c.show}” shows exactly the plan’s ${c.rag} actions`, async () => {
      const plan = await services.plans.get(1);
      const expected = plan.priorities.flatMap((p) => p.actions).filter((a) => a.rag === c.rag);
      const page = await officer.get(`/plans/1?show=${encodeURIComponent(c.show)}`);
      assert.equal(page.statusCode, 200);
      const shown = [...page.body.matchAll(/<tr class="govuk-table__row" id="action-([\d.]+)"/g)].map(
        (m) => m[1],
      );
      assert.deepEqual(
        shown,
        expected.map((a) => a.number),
      );
      assert.match(text(page.body), new RegExp(`${String(expected.length)} actions? shown`));
    });
  }

  test('every action by default; a choice Beacon does not offer is refused', async () => {
    const plan = await services.plans.get(1);
    const all = await officer.get('/plans/1');
    const rows = [...all.body.matchAll(/id="action-[\d.]+"/g)].length;
    assert.equal(rows, plan.priorities.flatMap((p) => p.actions).length);
    assert.equal((await officer.get('/plans/1?show=purple')).statusCode, 400);
  });
});
