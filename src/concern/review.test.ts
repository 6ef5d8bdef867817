import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { buildTestApp, testOperator } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { externalFile } from '../performance/externalData.ts';
import type { Services } from '../app/services.ts';
import type { FastifyInstance } from 'fastify';

const gias = externalFile('dfe-perf-tables-hampshire-surrey/gias/20220420_gias_850_936.csv');

type Review = {
  model: { version: number };
  asAt: string;
  entries: { urn: number; proposedCategory: string; score: number; reasons: string[] }[];
};

// The desk-top review on GIAS's real extract for Hampshire and Surrey, as at the extract's date.
describeOnDatabases('desk-top review on real GIAS data', (database) => {
  let app: FastifyInstance;
  let services: Services;

  test(
    'every school with serious weaknesses or in special measures is proposed maximum; every one requiring improvement at least moderate',
    { skip: gias.skip },
    async () => {
      const built = await buildTestApp(database());
      app = built.app;
      services = built.services;
      await services.register.importGias(testOperator, gias.file ?? '', silentProgress);
      const latest = await queryRows<{ urn: number; published_judgement: string }>(
        database().db,
        sql`select urn, published_judgement from inspections where source = 'gias'`,
      );
      const judgement = new Map(latest.map((r) => [r.urn, r.published_judgement]));
      const token = (
        await services.tokens.create(
          testOperator,
          (
            await services.users.add(testOperator, {
              email: 'sio@la.example',
              name: 'SIO',
              role: 'officer',
              password: 'correct horse battery staple',
            })
          ).email,
        )
      ).token;
      const checked = { maximum: 0, moderate: 0 };
      for (const la of ['850', '936']) {
        const response = await app.inject({
          url: `/api/v1/concern/review?la=${la}&asAt=2022-04-20`,
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(response.statusCode, 200);
        const review = response.json<Review>();
        assert.equal(review.model.version, 1);
        for (const entry of review.entries) {
          const published = judgement.get(entry.urn);
          if (published === 'Serious Weaknesses' || published === 'Special Measures') {
            assert.equal(
              entry.proposedCategory,
              'maximum',
              `${String(entry.urn)}: ${entry.reasons.join('; ')}`,
            );
            checked.maximum += 1;
          }
          if (published === 'Requires improvement') {
            assert.ok(
              ['moderate', 'maximum'].includes(entry.proposedCategory),
              `${String(entry.urn)}: ${entry.proposedCategory}`,
            );
            checked.moderate += 1;
          }
        }
      }
      // SOURCE.md's extract: 11 serious weaknesses and 6 special measures among 1,096 schools, 43 requiring
      // improvement; closed schools are not reviewed, so the counts here are of the open ones.
      assert.ok(checked.maximum > 0 && checked.moderate > 0, JSON.stringify(checked));
      const nothingWritten = await queryRows<{ n: number }>(
        database().db,
        sql`select count(*) as n from audit_log where action like 'concern.%'`,
      );
      assert.equal(nothingWritten[0]?.n, 0);
    },
  );

  test(
    'a school user cannot see the review (403); an LA code that is not three digits is refused (400)',
    { skip: gias.skip },
    async () => {
      await services.users.add(testOperator, {
        email: 'head@school.example',
        name: 'Head',
        role: 'school_user',
        password: 'correct horse battery staple',
        schoolUrn: 115850,
      });
      const token = (await services.tokens.create(testOperator, 'head@school.example')).token;
      const refused = await app.inject({
        url: '/api/v1/concern/review?la=850',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(refused.statusCode, 403);
      const officer = (await services.tokens.create(testOperator, 'sio@la.example')).token;
      const bad = await app.inject({
        url: '/api/v1/concern/review?la=85',
        headers: { authorization: `Bearer ${officer}` },
      });
      assert.equal(bad.statusCode, 400);
    },
  );
});
