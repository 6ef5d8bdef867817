import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { groupBy } from '../kernel/collections.ts';
import { establishments } from '../schools/schema.ts';
import { openOn } from '../schools/repository.ts';
import { concernRepository } from './repository.ts';
import { supportRepository } from './supportRepository.ts';
import { latestResultsYear } from './rules/dates.ts';
import { movement } from './rules/movement.ts';
import { inForceOn } from './rules/interventions.ts';
import type { RiskModel } from './risk/model.ts';

// The Operational Group's half-termly report to the Strategic Board (seed 001, Operational Group
// terms of reference 2.3): "a half termly report on the identified / supported schools using data
// and other evidence to monitor impact and progress". Board members read it, so it carries the
// categories, what was done and the data, never officers' intelligence or their reasoning.

export async function operationalGroupReport(
  db: Database,
  laCode: string,
  model: RiskModel,
  period: { from: string; to: string },
) {
  const order = model.categories.map((c) => c.name);
  const lowest = order[0];
  const schools = await db
    .select({ urn: establishments.urn, name: establishments.name, isAcademy: establishments.isAcademy })
    .from(establishments)
    .where(and(eq(establishments.laCode, laCode), openOn(period.to)))
    .orderBy(asc(establishments.name));
  const urns = schools.map((s) => s.urn);
  const [now, before, interventions, visits] = await Promise.all([
    concernRepository.categoriesOn(db, urns, period.to),
    concernRepository.categoriesOn(db, urns, period.from),
    concernRepository.interventionsFor(db, urns),
    supportRepository.visitsBetween(db, urns, period.from, period.to),
  ]);
  const identified = (urn: number) => {
    const category = now.get(urn)?.category ?? null;
    return (category !== null && category !== lowest) || (before.get(urn)?.category ?? lowest) !== lowest;
  };
  const supported = (urn: number) =>
    visits.some((v) => v.urn === urn && v.status === 'done') ||
    interventions.some((i) => i.urn === urn && inForceOn(i, period.to));
  const included = schools.filter((s) => identified(s.urn) || supported(s.urn));
  const impact = await headlineResults(
    db,
    included.map((s) => s.urn),
    latestResultsYear(period.to),
  );

  const rows = included.map((s) => {
    const category = now.get(s.urn)?.category ?? null;
    const previous = before.get(s.urn)?.category ?? null;
    const done = visits.filter((v) => v.urn === s.urn && v.status === 'done');
    return {
      urn: s.urn,
      name: s.name,
      isAcademy: s.isAcademy,
      category,
      previous,
      movement: movement(order, previous, category),
      interventions: interventions
        .filter((i) => i.urn === s.urn && inForceOn(i, period.to))
        .map((i) => ({ kind: i.kind, startedOn: i.startedOn, complianceBy: i.complianceBy })),
      visits: done.length,
      days: done.reduce((total, v) => total + v.days, 0),
      results: impact.get(s.urn) ?? [],
    };
  });
  rows.sort(
    (a, b) =>
      order.indexOf(b.category ?? '') - order.indexOf(a.category ?? '') || a.name.localeCompare(b.name),
  );
  return {
    laCode,
    period,
    model: { version: model.version, categories: model.categories },
    summary: {
      byCategory: order.map((name) => ({ name, schools: rows.filter((r) => r.category === name).length })),
      movedUp: rows.filter((r) => r.movement === 'up' || r.movement === 'new').length,
      movedDown: rows.filter((r) => r.movement === 'down' || r.movement === 'left').length,
      interventionsInForce: rows.reduce((n, r) => n + r.interventions.length, 0),
      visits: rows.reduce((n, r) => n + r.visits, 0),
      days: rows.reduce((n, r) => n + r.days, 0),
    },
    schools: rows,
  };
}

export type OperationalGroupReport = Awaited<ReturnType<typeof operationalGroupReport>>;

/** The headline measure for the latest two years with England's beside it: the data that shows impact. */
async function headlineResults(db: Database, urns: number[], latest: number) {
  type HeadlineRow = { urn: number; indicator: string; year: number; value: number; england: number | null };
  if (urns.length === 0) return new Map<number, HeadlineRow[]>();
  const rows = await queryRows<HeadlineRow>(
    db,
    sql`select v.entity_code::int as urn, i.title as indicator, v.period_end as year, v.value, e.value as england
        from indicator_values v
        join indicators i on i.key = v.indicator_key
        left join indicator_values e on e.indicator_key = v.indicator_key and e.entity_type = 'england'
          and e.entity_code = '970' and e.period_end = v.period_end and e.pupil_group = 'all'
        where v.entity_type = 'school' and v.pupil_group = 'all' and v.value is not null
          and v.indicator_key in ('KS2RWM_Expected_STD', 'AVG_Attain8_Score')
          and v.period_end between ${latest - 1} and ${latest}
          and v.entity_code in (${sql.join(
            urns.map((u) => sql`${String(u)}`),
            sql`, `,
          )})
        order by v.entity_code, i.title, v.period_end`,
  );
  return groupBy(rows, (row) => row.urn);
}
