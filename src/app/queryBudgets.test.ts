import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, Visitor } from './testing.ts';
import { loadDemo } from '../demo/load.ts';
import { demoAccounts } from '../demo/accounts.ts';
import type { Role } from '../access/roles.ts';
import type { Database } from '../db/client.ts';
import { actions, actionUpdates, kpiActuals, kpis, priorities } from '../plans/schema.ts';
import { establishments, inspections } from '../schools/schema.ts';

// Each page runs a fixed, small number of queries however many rows it shows: no query per row.
// A page is counted on its second view (a person's usual one: the figures worked out once per
// data version are kept), including the two every signed-in page runs (the session and the
// account). Then the demonstration's lists grow (a plan with many more actions, updates and KPIs;
// many more schools with inspections) and every page must run exactly as many queries as before.

type Budget = { role: Role; url: string; budget: number };

const budgets: Budget[] = [
  { role: 'officer', url: '/plans/1', budget: 8 },
  { role: 'officer', url: '/plans', budget: 4 },
  { role: 'officer', url: '/actions/1', budget: 7 },
  { role: 'officer', url: '/kpis/1', budget: 5 },
  { role: 'officer', url: '/plans/1/kpi-report', budget: 8 },
  { role: 'officer', url: '/api/v1/plans/1', budget: 8 },
  // Plan actions, and the actions arising from board meetings the person owns.
  { role: 'action_owner', url: '/my-actions', budget: 6 },
  { role: 'officer', url: '/schools', budget: 7 },
  // The board, its meetings, the year's work programme, and the accounts a new member may have.
  { role: 'officer', url: '/boards/2', budget: 9 },
  { role: 'officer', url: '/boards', budget: 7 },
  { role: 'officer', url: '/meetings/1/pack', budget: 14 },
  // With declarations, the board's later meetings (for deferral) and the plans and programmes a paper may report on.
  { role: 'officer', url: '/meetings/1', budget: 20 },
  // Read as the public papers, after the board's own view is refused.
  { role: 'school_user', url: '/meetings/1/pack', budget: 15 },
  // With the system leaders brokered to it, the days they have used, and its programmes of support.
  { role: 'officer', url: '/schools/990001', budget: 14 },
  { role: 'officer', url: '/landscape', budget: 9 },
  { role: 'officer', url: '/support/programmes/1', budget: 9 },
  { role: 'officer', url: '/support/commissioning/2016', budget: 10 },
  { role: 'officer', url: '/support/programmes', budget: 6 },
  { role: 'officer', url: '/areas/851/results/2016', budget: 3 },
  { role: 'officer', url: '/areas/851/gaps', budget: 5 },
  { role: 'officer', url: '/concern', budget: 14 },
  { role: 'officer', url: '/concern/report', budget: 12 },
  { role: 'officer', url: '/concern/support', budget: 10 },
  { role: 'admin', url: '/admin/users', budget: 3 },
  { role: 'admin', url: '/admin/audit', budget: 5 },
  { role: 'trust_leader', url: '/schools', budget: 7 },
  { role: 'school_user', url: '/schools/990001/results', budget: 9 },
];

async function countQueries(
  app: FastifyInstance,
  database: { queries: { count: number } },
  visitors: Map<Role, Visitor>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { role, url } of budgets) {
    const visitor = visitors.get(role);
    assert.ok(visitor, role);
    assert.equal((await visitor.get(url)).statusCode, 200, `${role} ${url}`);
    const before = database.queries.count;
    assert.equal((await visitor.get(url)).statusCode, 200, `${role} ${url}`);
    counts.set(`${role} ${url}`, database.queries.count - before);
  }
  return counts;
}

/** Many more of what the pages list: plan 1's actions, updates and KPIs, and Portsmouth's schools. */
async function growTheLists(db: Database): Promise<void> {
  const [priority] = await db.select().from(priorities).where(eq(priorities.planId, 1)).limit(1);
  assert.ok(priority);
  const added = await db
    .insert(actions)
    .values(
      Array.from({ length: 40 }, (_, i) => ({
        priorityId: priority.id,
        number: `9.${String(i + 1)}`,
        position: 1000 + i,
        strategic: `Added action ${String(i + 1)}`,
        leads: ['HSI'],
        rag: 'amber' as const,
      })),
    )
    .returning({ id: actions.id });
  await db.insert(actionUpdates).values(
    added.flatMap(({ id }) =>
      [1, 2].map((n) => ({
        actionId: id,
        byLabel: 'test',
        rag: 'green' as const,
        commentary: `Update ${String(n)}`,
      })),
    ),
  );
  const planKpis = await db.select().from(kpis).where(eq(kpis.planId, 1));
  assert.ok(planKpis.length > 0, 'plan 1 has KPIs to copy');
  const copies = await db
    .insert(kpis)
    .values(planKpis.map(({ id: _id, ...kpi }, i) => ({ ...kpi, number: `${kpi.number}-copy${String(i)}` })))
    .returning({ id: kpis.id });
  await db
    .insert(kpiActuals)
    .values(copies.map(({ id }) => ({ kpiId: id, period: 2016, value: 50, comparator: 52, note: '' })));

  const schools = await db.select().from(establishments).where(eq(establishments.laCode, '851')).limit(40);
  assert.ok(schools.length > 10, 'Portsmouth has schools to copy');
  await db
    .insert(establishments)
    .values(schools.map((s) => ({ ...s, urn: s.urn + 5000, name: `${s.name} (copy)` })));
  const graded = await db
    .select()
    .from(inspections)
    .where(
      inArray(
        inspections.urn,
        schools.map((s) => s.urn),
      ),
    );
  await db.insert(inspections).values(graded.map((g) => ({ ...g, urn: g.urn + 5000 })));
}

describeOnDatabases('pages run a fixed number of queries', (database) => {
  let app: FastifyInstance;
  let first: Map<string, number>;
  const visitors = new Map<Role, Visitor>();

  test('each page within its budget, counted on the demonstration', async () => {
    const built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    for (const role of new Set(budgets.map((b) => b.role))) {
      const account = demoAccounts.find((a) => a.role === role);
      assert.ok(account, role);
      const visitor = new Visitor(app);
      assert.equal((await visitor.signIn(account.email, account.password)).statusCode, 303);
      visitors.set(role, visitor);
    }
    first = await countQueries(app, database(), visitors);
    // Every page over its budget is named at once.
    const over = budgets.flatMap(({ role, url, budget }) => {
      const count = first.get(`${role} ${url}`) ?? Infinity;
      return count <= budget
        ? []
        : [`${role} ${url}: ${String(count)} queries, over its budget of ${String(budget)}`];
    });
    assert.deepEqual(over, []);
  });

  test('the same number of queries after the lists grow', async () => {
    await growTheLists(database().db);
    const grown = await countQueries(app, database(), visitors);
    assert.deepEqual(Object.fromEntries(grown), Object.fromEntries(first));
    await app.close();
  });
});
