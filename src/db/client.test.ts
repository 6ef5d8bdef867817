import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from './client.ts';
import { describeOnDatabases } from './testing.ts';
import { recordAudit } from '../access/audit.ts';
import { testOperator } from '../app/testing.ts';

describeOnDatabases('database layer', (database) => {
  test('count, rank, bigint and numeric come back as JS numbers on both drivers', async () => {
    const [row] = await queryRows<Record<string, unknown>>(
      database().db,
      sql`select count(*) as n, rank() over (order by 1) as r, 9007199254740::bigint as b, 74.35::numeric as v`,
    );
    assert.deepEqual(row, { n: 1, r: 1, b: 9007199254740, v: 74.35 });
  });

  test('every migration is applied, including the append-only audit trigger', async () => {
    const tables = await queryRows<{ table_name: string }>(
      database().db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    assert.deepEqual(
      tables.map((t) => t.table_name),
      [
        'academy_conversions',
        'action_updates',
        'actions',
        'agenda_decisions',
        'agenda_items',
        'api_tokens',
        'areas',
        'assessment_meetings',
        'audit_log',
        'board_meetings',
        'board_seat_holders',
        'board_seats',
        'board_terms_of_reference',
        'boards',
        'category_decisions',
        'collection_chases',
        'collection_windows',
        'commissioned_work',
        'commissioning_plans',
        'concern_intelligence',
        'concern_settings',
        'context_benchmarks',
        'data_sharing_agreements',
        'data_versions',
        'deployment_moves',
        'deployment_reviews',
        'deployment_visits',
        'deployments',
        'early_years_providers',
        'email_outbox',
        'establishment_links',
        'establishments',
        'group_memberships',
        'import_runs',
        'in_year_return_events',
        'in_year_returns',
        'in_year_totals',
        'indicator_values',
        'indicators',
        'inspections',
        'interventions',
        'kpi_actuals',
        'kpis',
        'letter_templates',
        'meeting_actions',
        'meeting_attendance',
        'meeting_declarations',
        'meeting_papers',
        'notice_queue',
        'notification_preferences',
        'notifications',
        'password_links',
        'plan_areas',
        'plan_role_holders',
        'plan_roles',
        'plans',
        'priorities',
        'programme_schools',
        'programme_sessions',
        'programmes',
        'quality_reviews',
        'return_authorisers',
        'risk_models',
        'scheduled_runs',
        'sessions',
        'statistical_neighbours',
        'support_allowances',
        'support_designations',
        'support_visits',
        'system_leader_conflicts',
        'system_leaders',
        'trusts',
        'users',
        'value_imports',
        'work_programme_items',
        'work_programmes',
      ],
    );
  });

  test('the audit log refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { db } = database();
    await db.transaction(async (tx) => {
      await recordAudit(tx, testOperator, {
        action: 'test.write',
        entityType: 'test',
        entityId: 1,
        after: { a: 1 },
      });
    });
    for (const statement of [
      sql`update audit_log set action = 'changed'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ]) {
      await assert.rejects(db.execute(statement), (error: Error) =>
        String((error.cause as Error | undefined)?.message).includes('audit_log is append-only'),
      );
    }
    const [row] = await queryRows<{ action: string }>(
      db,
      sql`select action from audit_log where entity_type = 'test'`,
    );
    assert.equal(row?.action, 'test.write');
  });
});
