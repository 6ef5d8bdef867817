import { decimalsOf } from '../../performance/compare/numbers.ts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { users } from '../../access/schema.ts';
import type { Database } from '../../db/client.ts';
import {
  actions,
  actionUpdates,
  kpis,
  planAreas,
  planRoleHolders,
  planRoles,
  plans,
  priorities,
} from '../../plans/schema.ts';
import { demoLocalAuthority } from '../schools.ts';
import { portsmouthOfstedPlan } from './portsmouthOfstedPlan.ts';
import { peterboroughPost16Plan } from './peterboroughPost16Plan.ts';
import { plymouthKpis } from './plymouthKpis.ts';
import { seftonStrategy } from './seftonStrategy.ts';
import type { SeedPlan } from './types.ts';

// Who holds which lead role in the demonstration: people appear by role, the accounts by email.
const roleHolders: Record<string, string[]> = {
  'officer@beacon.example': ['DDCS', 'HSI', 'SIM', 'P16L'],
  'owner@beacon.example': ['HI', 'IAG'],
};

// A few updates so the plan shows progress; they are made up, like every demonstration figure.
const demoUpdates: {
  action: string;
  rag: 'green' | 'amber' | 'red' | 'complete';
  commentary: string;
  by: string;
}[] = [
  {
    action: '2.2',
    rag: 'green',
    commentary:
      'Demonstration update: School Assessment Meetings held each half term; the 3Ms categories revised.',
    by: 'HSI',
  },
  {
    action: '3.2',
    rag: 'amber',
    commentary:
      'Demonstration update: two warning notices issued; one School Review Group still to be set up.',
    by: 'DDCS',
  },
  {
    action: '6.1',
    rag: 'red',
    commentary: 'Demonstration update: the media campaign has slipped to the spring term.',
    by: 'HI',
  },
  {
    action: '3.1',
    rag: 'complete',
    commentary: 'Demonstration update: the revised Support and Intervention Framework was agreed.',
    by: 'HSI',
  },
];

async function loadPlan(tx: Database, seed: SeedPlan, holders: Map<string, number>): Promise<void> {
  const [plan] = await tx
    .insert(plans)
    .values({
      title: seed.title,
      organisation: seed.organisation,
      kind: seed.kind,
      publishedOn: seed.publishedOn,
      introduction: seed.introduction,
      ownerRole: seed.ownerRole,
      source: seed.source,
      isDemonstration: true,
    })
    .returning({ id: plans.id });
  if (!plan) throw new Error('The plan was not created');
  await tx.insert(planRoles).values(seed.glossary.map((g) => ({ planId: plan.id, ...g })));
  const holderRows = [...holders].flatMap(([email, userId]) =>
    (roleHolders[email] ?? [])
      .filter((code) => seed.glossary.some((g) => g.code === code))
      .map((code) => ({ planId: plan.id, code, userId })),
  );
  if (holderRows.length > 0) await tx.insert(planRoleHolders).values(holderRows);
  if (seed.areas.length > 0)
    await tx.insert(planAreas).values(seed.areas.map((a) => ({ planId: plan.id, ...a })));
  const actionIds = new Map<string, number>();
  const priorityIds = new Map<string, number>();
  for (const [position, p] of seed.priorities.entries()) {
    const [priority] = await tx
      .insert(priorities)
      .values({
        planId: plan.id,
        number: p.number,
        position,
        title: p.title,
        areas: p.areas,
        successLooksLike: p.successLooksLike,
      })
      .returning({ id: priorities.id });
    if (!priority) throw new Error('The priority was not created');
    priorityIds.set(p.number, priority.id);
    const created = await tx
      .insert(actions)
      .values(
        p.actions.map((a, i) => ({
          priorityId: priority.id,
          number: a.number,
          position: position * 100 + i,
          strategic: a.strategic,
          operational: a.operational ?? '',
          performanceMeasure: a.performanceMeasure ?? '',
          leads: a.leads,
          whenText: a.when,
          milestones: a.milestones,
        })),
      )
      .returning({ id: actions.id, number: actions.number });
    for (const a of created) actionIds.set(a.number, a.id);
  }
  await tx.insert(kpis).values(
    seed.kpis.map((k) => ({
      planId: plan.id,
      priorityId: priorityIds.get(k.priority) ?? null,
      number: k.number,
      outcome: k.outcome,
      outcomeLead: k.outcomeLead ?? '',
      keyAction: k.keyAction ?? '',
      narrative: k.narrative ?? '',
      measure: k.measure,
      evidence: k.evidence ?? (k.fromRegister ? ('register' as const) : ('catalogue' as const)),
      indicatorKey: k.indicatorKey,
      laCode: seed.laCode ?? demoLocalAuthority.code,
      direction: k.direction ?? ('higher' as const),
      baselineValue: k.baselineValue ?? null,
      unit: k.rule.kind === 'rankBand' || k.measure.startsWith('Apprenticeships') ? '' : '%',
      // A KPI prints to the places its paper wrote it to (NEET 6.14%, 252 apprenticeships); the
      // results it reads from the catalogue, as seed 001 prints them, to one.
      decimalPlaces: k.fromRegister ? 0 : k.baselineValue !== undefined ? decimalsOf(k.baselineValue) : 1,
      baselinePeriod: k.baselinePeriod,
      targetRule: k.rule,
      targetPeriod: k.targetPeriod,
    })),
  );
  for (const [i, u] of demoUpdates.entries()) {
    const actionId = actionIds.get(u.action);
    if (actionId === undefined) continue;
    await tx.insert(actionUpdates).values({
      actionId,
      at: new Date(Date.UTC(2016, 9, 3 + i * 7)),
      byLabel: `${u.by} (demonstration)`,
      rag: u.rag,
      commentary: u.commentary,
    });
    await tx
      .update(actions)
      .set({ rag: u.rag, ragChangedAt: new Date(Date.UTC(2016, 9, 3 + i * 7)) })
      .where(eq(actions.id, actionId));
  }
}

/** The seed plans, once the demonstration accounts exist to hold their lead roles. */
export async function loadDemoPlans(db: Database, loader: Actor): Promise<{ plans: number }> {
  const accounts = await db.select({ id: users.id, email: users.email }).from(users);
  const holders = new Map(accounts.map((a) => [a.email, a.id]));
  const seeds = [portsmouthOfstedPlan, peterboroughPost16Plan, plymouthKpis, seftonStrategy];
  await db.transaction(async (tx) => {
    for (const seed of seeds) await loadPlan(tx, seed, holders);
    await recordAudit(tx, loader, {
      action: 'demo.loadPlans',
      entityType: 'demo',
      entityId: 'plans',
      after: { plans: seeds.map((s) => `${s.source}: ${s.title}`) },
    });
  });
  return { plans: seeds.length };
}
