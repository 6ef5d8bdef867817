import { todayIso as today } from '../kernel/format.ts';
import { z } from 'zod';
import { ragCounts, ragSummary } from './rules/rag.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { keptUntilChanged } from '../access/keptReads.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import {
  plansRepository,
  type PlanRow,
  type ActionRow,
  type ActionUpdateRow,
  type KpiRow,
} from './repository.ts';
import { ragStatuses } from './schema.ts';
import { readWhen, timelinessOf } from './rules/when.ts';
import { linkCrossReferences } from './rules/crossReferences.ts';
import { evaluateTarget, newlyOffTrack, type KpiEvidence } from './targets/rules.ts';
import type { FoundEvidence, KpiEvidenceSources } from './evidence.ts';

export const actionUpdateInput = z.object({
  rag: z.enum(ragStatuses, { message: `Choose a RAG status: ${ragStatuses.join(', ')}` }),
  commentary: z.string().trim().min(1, 'Say what has happened since the last update').max(5000),
  evidenceUrl: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || z.url({ protocol: /^https?$/ }).safeParse(v).success, {
      message: 'Evidence must be a web address starting https:// or http://',
    }),
});
export type ActionUpdateInput = z.input<typeof actionUpdateInput>;

export const kpiActualInput = z.object({
  period: z.number().int().min(2000, 'A period is the year an academic year ends, like 2015').max(2100),
  value: z.number(),
  comparator: z.number().nullable().default(null),
  note: z.string().trim().max(1000).default(''),
});
export type KpiActualInput = z.input<typeof kpiActualInput>;

/** What names a plan, in the list of plans and at the head of its own page. */
function presentPlanHeading(plan: PlanRow) {
  const { id, title, organisation, kind, publishedOn, isDemonstration } = plan;
  return { id, title, organisation, kind, publishedOn, isDemonstration };
}

function presentAction(
  action: ActionRow,
  latest: ActionUpdateRow | undefined,
  numbers: ReadonlySet<string>,
  on: string,
) {
  const when = readWhen(action.whenText);
  return {
    id: action.id,
    number: action.number,
    strategic: linkCrossReferences(action.strategic, numbers),
    strategicText: action.strategic,
    operational: action.operational,
    leads: action.leads,
    when,
    timeliness: timelinessOf(when, on, action.rag === 'complete'),
    milestones: action.milestones,
    performanceMeasure: action.performanceMeasure,
    resources: action.resources,
    rag: action.rag,
    latestUpdate: latest ? { at: latest.at, by: latest.byLabel, commentary: latest.commentary } : null,
  };
}

export function createPlansService(db: Database, evidence: KpiEvidenceSources) {
  /**
   * The plan's ownership rule: the administrator, a holder of one of the lead roles (an action's
   * leads, a KPI's outcome lead), or of the plan's owner role, may write to it.
   */
  async function mayUpdate(
    actor: Actor,
    leads: readonly string[],
    plan: { id: number; ownerRole: string | null },
  ) {
    if (actor.role === 'admin') return true;
    if (actor.userId === null) return false;
    const held = (await plansRepository.rolesHeldBy(db, actor.userId)).get(plan.id) ?? new Set<string>();
    return leads.some((code) => held.has(code)) || (plan.ownerRole !== null && held.has(plan.ownerRole));
  }

  function evaluateKpi(kpi: KpiRow, found: FoundEvidence) {
    const baseline =
      kpi.baselinePeriod === null
        ? null
        : {
            period: kpi.baselinePeriod,
            value:
              kpi.baselineValue ?? found.actuals.find((a) => a.period === kpi.baselinePeriod)?.value ?? null,
          };
    const input: KpiEvidence = {
      direction: found.direction ?? kpi.direction,
      decimalPlaces: kpi.decimalPlaces,
      unit: kpi.unit,
      baseline:
        baseline && baseline.value !== null ? { period: baseline.period, value: baseline.value } : null,
      targetPeriod: kpi.targetPeriod,
      actuals: found.actuals,
      comparator: found.comparator,
      ranks: found.ranks,
      lasWithFigure: found.lasWithFigure,
    };
    return {
      id: kpi.id,
      number: kpi.number,
      outcome: kpi.outcome,
      outcomeLead: kpi.outcomeLead,
      keyAction: kpi.keyAction,
      measure: kpi.measure,
      indicatorKey: kpi.indicatorKey,
      evidence: kpi.evidence,
      laCode: kpi.laCode,
      direction: input.direction,
      unit: kpi.unit,
      decimalPlaces: kpi.decimalPlaces,
      rule: kpi.targetRule,
      baseline: input.baseline,
      targetPeriod: kpi.targetPeriod,
      series: found.actuals.map((a) => ({
        period: a.period,
        value: a.value,
        comparator: found.comparator?.get(a.period) ?? null,
        rank: found.ranks?.get(a.period) ?? null,
      })),
      comparatorName: found.comparatorName,
      readFrom: found.readFrom ?? null,
      phaseTable: found.phaseTable ?? null,
      narrative: kpi.narrative,
      ...evaluateTarget(kpi.targetRule, input),
      newlyOffTrack: newlyOffTrack(kpi.targetRule, input),
    };
  }

  async function evaluateOne(row: KpiRow) {
    const [found] = await evidence.forAll([row]);
    return evaluateKpi(row, found ?? { actuals: [], comparatorName: null });
  }

  /** Every KPI's evidence is read at once, then each is evaluated against its target. */
  async function evaluateAll(rows: readonly KpiRow[]) {
    const found = await evidence.forAll(rows);
    return rows.map((row, i) => evaluateKpi(row, found[i] ?? { actuals: [], comparatorName: null }));
  }

  /** A whole plan: glossary, areas, priorities with their actions and RAG counts, and evaluated KPIs. */
  async function wholePlan(id: number, on: string) {
    const h = await plansRepository.hierarchy(db, id);
    if (!h) throw new NotFoundError(`There is no plan ${id}`);
    const { plan } = h;
    const numbers = new Set(h.actions.map((a) => a.number));
    const presented = h.actions.map((a) => ({
      priorityId: a.priorityId,
      ...presentAction(a, h.latest.get(a.id), numbers, on),
    }));
    const kpis = await evaluateAll(h.kpis);
    return {
      ...presentPlanHeading(plan),
      introduction: plan.introduction,
      source: plan.source,
      glossary: h.glossary.map((g) => ({ code: g.code, title: g.title })),
      areas: h.areas.map((a) => ({ number: a.number, text: a.text })),
      // Seed 002's layout has operational actions and performance measures; seed 000's has milestones.
      layout: h.actions.some((a) => a.operational !== '')
        ? ('operational' as const)
        : ('milestones' as const),
      rag: ragCounts(h.actions),
      overdue: presented.filter((a) => a.timeliness === 'overdue').map((a) => a.number),
      priorities: h.priorities.map((p) => {
        const own = presented.filter((a) => a.priorityId === p.id);
        return {
          id: p.id,
          number: p.number,
          title: p.title,
          successLooksLike: p.successLooksLike,
          differenceItMakes: p.differenceItMakes,
          howWeWillKnow: p.howWeWillKnow,
          leads: p.leads,
          areas: p.areas,
          rag: ragCounts(own),
          ragSummary: ragSummary(ragCounts(own)),
          actions: own.map(({ priorityId: _priorityId, ...a }) => a),
          kpis: kpis.filter((k) => h.kpis.find((row) => row.id === k.id)?.priorityId === p.id),
        };
      }),
      kpis,
    };
  }
  type WholePlan = Awaited<ReturnType<typeof wholePlan>>;
  const keptPlans = keptUntilChanged<WholePlan>(db, 200);
  const keptPlan = (id: number, on: string) => keptPlans(`${String(id)}|${on}`, () => wholePlan(id, on));

  /** An action as anyone who may read plans sees it (the same for all of them, so kept). */
  async function actionRecordOf(id: number) {
    const found = await plansRepository.action(db, id);
    if (!found) throw new NotFoundError(`There is no action ${id}`);
    // The plan as kept (its action numbers, for cross-references, and its glossary) rather than
    // reading the whole plan again for one action.
    const [updates, plan] = await Promise.all([
      plansRepository.updatesOf(db, id),
      keptPlan(found.plan.id, today()),
    ]);
    const numbers = new Set(plan.priorities.flatMap((p) => p.actions.map((a) => a.number)));
    return {
      plan: { id: found.plan.id, title: found.plan.title, isDemonstration: found.plan.isDemonstration },
      priority: { number: found.priority.number, title: found.priority.title },
      action: presentAction(found.action, updates[0], numbers, today()),
      glossary: plan.glossary
        .filter((g) => found.action.leads.includes(g.code))
        .map((g) => ({ code: g.code, title: g.title })),
      updates: updates.map((u) => ({
        id: u.id,
        at: u.at,
        by: u.byLabel,
        rag: u.rag,
        commentary: u.commentary,
        evidenceUrl: u.evidenceUrl,
      })),
      // For the ownership rule (mayUpdate), asked on each read.
      leads: found.action.leads,
      owner: { id: found.plan.id, ownerRole: found.plan.ownerRole },
    };
  }
  const keptActions = keptUntilChanged<Awaited<ReturnType<typeof actionRecordOf>>>(db, 500);

  return {
    async list() {
      const [rows, rags] = await Promise.all([
        plansRepository.list(db),
        plansRepository.actionRagsByPlan(db),
      ]);
      return rows.map((plan) => {
        const actions = rags.get(plan.id) ?? [];
        return {
          ...presentPlanHeading(plan),
          actions: actions.length,
          rag: ragCounts(actions),
        };
      });
    },

    /**
     * A whole plan, as wholePlan works it out: the same for everyone who may read plans, so it is
     * kept until anything changes (access/keptReads.ts) for the many who open it in a morning.
     */
    async get(id: number, on = today()) {
      return keptPlan(id, on);
    },

    /** An action, its plan's place for it, its updates, and whether this person may update it. */
    async action(actor: Actor, id: number) {
      const record = await keptActions(`${String(id)}|${today()}`, () => actionRecordOf(id));
      const { leads, owner, ...shown } = record;
      return { ...shown, canUpdate: await mayUpdate(actor, leads, owner) };
    },

    /** An owner's dated update: commentary, RAG and evidence, audited with the action's RAG before and after. */
    async update(actor: Actor, actionId: number, input: ActionUpdateInput) {
      const update = validated(actionUpdateInput, input);
      const found = await plansRepository.action(db, actionId);
      if (!found) throw new NotFoundError(`There is no action ${actionId}`);
      if (!(await mayUpdate(actor, found.action.leads, found.plan))) {
        throw new ForbiddenError(
          `Only the leads of action ${found.action.number} (${found.action.leads.join(', ')}) can update it.`,
        );
      }
      return db.transaction(async (tx) => {
        const created = await plansRepository.recordUpdate(tx, actionId, {
          byUserId: actor.userId,
          byLabel: actor.label,
          rag: update.rag,
          commentary: update.commentary,
          evidenceUrl: update.evidenceUrl ?? null,
        });
        await recordAudit(tx, actor, {
          action: 'plan.actionUpdated',
          entityType: 'action',
          entityId: String(actionId),
          before: { rag: found.action.rag },
          after: {
            rag: update.rag,
            commentary: update.commentary,
            evidenceUrl: update.evidenceUrl ?? null,
          },
        });
        return { id: created?.id ?? 0, rag: update.rag };
      });
    },

    /** The actions whose lead roles the actor holds, with what is overdue or due soon. */
    /** Every plan's success measures that are off track now, for the home page. */
    async offTrackKpis() {
      const rows = await plansRepository.allKpis(db);
      const evaluated = await evaluateAll(rows);
      return evaluated.flatMap((kpi, i) =>
        kpi.status === 'off track'
          ? [
              {
                id: kpi.id,
                planId: rows[i]?.planId ?? 0,
                number: kpi.number,
                outcomeLead: kpi.outcomeLead,
                newly: kpi.newlyOffTrack,
                // The year of the figure that put it off track: a newer figure may tell again.
                latestPeriod: Math.max(0, ...kpi.series.filter((s) => s.value !== null).map((s) => s.period)),
              },
            ]
          : [],
      );
    },

    async myActions(actor: Actor) {
      if (actor.userId === null) return [];
      const rows = await plansRepository.actionsLedBy(db, actor.userId);
      const latest = await plansRepository.latestUpdates(
        db,
        rows.map((r) => r.action.id),
      );
      return rows.map((r) => ({
        plan: { id: r.plan.id, title: r.plan.title },
        priority: r.priority.number,
        ...presentAction(r.action, latest.get(r.action.id), new Set(), today()),
      }));
    },

    /** A figure for a KPI whose figures are recorded against it (not read from the catalogue or register). */
    async recordActual(actor: Actor, kpiId: number, input: KpiActualInput) {
      const actual = validated(kpiActualInput, input);
      const kpi = await plansRepository.kpi(db, kpiId);
      if (!kpi) throw new NotFoundError(`There is no KPI ${String(kpiId)}`);
      if (kpi.evidence !== 'recorded') {
        throw new ValidationError([
          {
            field: 'value',
            message: `${kpi.number} reads its figures from the ${kpi.evidence}; they are not typed in`,
          },
        ]);
      }
      const plan = await plansRepository.plan(db, kpi.planId);
      if (!plan || !(await mayUpdate(actor, [kpi.outcomeLead], plan))) {
        throw new ForbiddenError(
          `Only the lead of ${kpi.number}${kpi.outcomeLead ? ` (${kpi.outcomeLead})` : ''} or the plan’s owner can record its figures.`,
        );
      }
      await db.transaction(async (tx) => {
        // The figure it replaces, if any, is the audit's "before": nothing typed over is lost.
        const before = (await plansRepository.kpiActuals(tx, kpiId)).find((a) => a.period === actual.period);
        await plansRepository.saveActual(tx, kpiId, actual);
        await recordAudit(tx, actor, {
          action: 'kpi.actualRecorded',
          entityType: 'kpi',
          entityId: String(kpiId),
          before: before
            ? { period: before.period, value: before.value, comparator: before.comparator, note: before.note }
            : null,
          after: actual,
        });
      });
      return evaluateOne((await plansRepository.kpi(db, kpiId)) ?? kpi);
    },

    /** A plan's KPIs in the shape of seed 003's report: number, outcome, lead, key action, indicator, table, narrative. */
    async kpiReport(planId: number) {
      const outline = await plansRepository.outline(db, planId);
      if (!outline) throw new NotFoundError(`There is no plan ${String(planId)}`);
      const { plan, kpis, glossary } = outline;
      const roleTitle = new Map(glossary.map((g) => [g.code, g.title]));
      return {
        plan: {
          id: plan.id,
          title: plan.title,
          organisation: plan.organisation,
          publishedOn: plan.publishedOn,
          isDemonstration: plan.isDemonstration,
        },
        kpis: (await evaluateAll(kpis)).map((k) => ({
          ...k,
          outcomeLeadTitle: roleTitle.get(k.outcomeLead) ?? k.outcomeLead,
        })),
      };
    },

    async kpi(id: number) {
      const kpi = await plansRepository.kpi(db, id);
      if (!kpi) throw new NotFoundError(`There is no KPI ${id}`);
      return evaluateOne(kpi);
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
