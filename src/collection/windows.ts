import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { nameOf, type Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { collectionPermissions } from './permissions.ts';
import { collectionChases, collectionWindows, dataSharingAgreements, inYearReturns } from './schema.ts';
import { defaultGrids, type Grid } from './rules/grid.ts';
import { isLate, returnStatuses, type ReturnStatus } from './rules/workflow.ts';
import { agreementProblem } from './rules/agreement.ts';
import { schoolInScope, seesEverySchool, windowSchoolsWhere } from './scope.ts';
import { tellSchools, tellWindowOpen } from './notices.ts';
import { todayIso } from '../kernel/clock.ts';

// Collection windows (SPEC C7, 2 and 5): a named return, its dates, its schools by phase and what it
// collects, configured from the default grids; and the LA's overview of where each school's return
// has got to, with the late list and its reminders.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });
const phases = ['Primary', 'Secondary'] as const;

export const windowInput = z
  .object({
    name: z.string().trim().min(1, 'Name the return, like Autumn 2016 in-year progress').max(200),
    laCode: z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851'),
    opensOn: isoDate,
    closesOn: isoDate,
    phases: z.array(z.enum(phases)).min(1, 'Choose the phases the return is for'),
    // Year groups to collect, a subset of each phase's default; all of them when not given.
    yearGroups: z.partialRecord(z.enum(phases), z.array(z.string().trim().max(2))).default({}),
    tolerance: z.number({ message: 'Enter the tolerance in points, like 3' }).min(0).max(50).default(3),
    isDemonstration: z.boolean().default(false),
  })
  .refine((w) => w.closesOn >= w.opensOn, { path: ['closesOn'], message: 'A return closes after it opens' });

export type OverviewFilters = { status?: ReturnStatus | undefined; late?: boolean | undefined };

export function createWindowsService(db: Database) {
  const requireManager = (actor: Actor) => {
    if (!collectionPermissions.has(actor.role, 'collection:manage'))
      throw new ForbiddenError('Only an officer opens a collection window or chases a return');
  };

  async function windowRow(id: number) {
    const [row] = await db.select().from(collectionWindows).where(eq(collectionWindows.id, id));
    if (!row) throw new NotFoundError(`There is no collection window ${String(id)}`);
    return row;
  }

  return {
    window: windowRow,

    /** Windows, latest first: every one for an officer; those for the person's schools otherwise. */
    async list(actor: Actor) {
      const rows = await db.select().from(collectionWindows).orderBy(desc(collectionWindows.opensOn));
      if (seesEverySchool(actor)) return rows;
      const mine = await db
        .select({ laCode: establishments.laCode, phaseGroup: establishments.phaseGroup })
        .from(establishments)
        .where(
          actor.role === 'trust_leader' && actor.trustId !== null
            ? eq(establishments.trustId, actor.trustId)
            : eq(establishments.urn, actor.schoolUrn ?? -1),
        );
      return rows.filter((w) =>
        mine.some((s) => s.laCode === w.laCode && w.grids.some((g) => g.phase === s.phaseGroup)),
      );
    },

    async open(actor: Actor, input: unknown) {
      requireManager(actor);
      const window = validated(windowInput, input);
      const grids: Grid[] = window.phases.map((phase) => {
        const grid = defaultGrids[phase];
        const chosen = window.yearGroups[phase];
        if (chosen === undefined || chosen.length === 0) return grid;
        const unknown = chosen.filter((y) => !grid.yearGroups.includes(y));
        if (unknown.length > 0)
          throw new ValidationError([
            {
              field: `yearGroups.${phase}`,
              message: `${phase} year groups are ${grid.yearGroups.join(', ')}: not ${unknown.join(', ')}`,
            },
          ]);
        return { ...grid, yearGroups: grid.yearGroups.filter((y) => chosen.includes(y)) };
      });
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(collectionWindows)
          .values({
            name: window.name,
            laCode: window.laCode,
            opensOn: window.opensOn,
            closesOn: window.closesOn,
            grids,
            tolerance: window.tolerance,
            isDemonstration: window.isDemonstration,
          })
          .returning();
        if (!row) throw new Error('the window was not opened');
        // Open already: every school it is for hears now; otherwise on the day it opens (notices.ts).
        const today = todayIso();
        if (row.opensOn <= today && today <= row.closesOn) await tellWindowOpen(tx, row);
        await recordAudit(tx, actor, {
          action: 'collection.windowOpened',
          entityType: 'collectionWindow',
          entityId: String(row.id),
          after: { ...window, grids: grids.map((g) => ({ phase: g.phase, yearGroups: g.yearGroups })) },
        });
        return row.id;
      });
    },

    /** Each school's return in the window: status, completion, late, reminders; filtered. */
    async overview(actor: Actor, id: number, today: string, filters: OverviewFilters = {}) {
      const window = await windowRow(id);
      // One read of the schools with their returns and agreements, joined: every primary school
      // in England is one window's worth in the benchmark.
      const [schools, chases] = await Promise.all([
        db
          .select({
            urn: establishments.urn,
            name: establishments.name,
            phaseGroup: establishments.phaseGroup,
            trustId: establishments.trustId,
            status: inYearReturns.status,
            completion: inYearReturns.completion,
            agreementStatus: dataSharingAgreements.status,
            signedOn: dataSharingAgreements.signedOn,
            expiresOn: dataSharingAgreements.expiresOn,
          })
          .from(establishments)
          .leftJoin(
            inYearReturns,
            and(eq(inYearReturns.urn, establishments.urn), eq(inYearReturns.windowId, id)),
          )
          .leftJoin(dataSharingAgreements, eq(dataSharingAgreements.urn, establishments.urn))
          .where(windowSchoolsWhere(actor, window))
          .orderBy(asc(establishments.name)),
        db
          .select({ urn: collectionChases.urn, at: collectionChases.chasedAt })
          .from(collectionChases)
          .where(eq(collectionChases.windowId, id))
          .orderBy(asc(collectionChases.chasedAt)),
      ]);
      const chasesBy = new Map<number, Date[]>();
      for (const c of chases) chasesBy.set(c.urn, [...(chasesBy.get(c.urn) ?? []), c.at]);
      const rows = schools.map(({ status: held, completion, agreementStatus, signedOn, expiresOn, ...s }) => {
        const status: ReturnStatus = held ?? 'not started';
        return {
          ...s,
          status,
          completion: completion ?? 0,
          late: isLate(window.closesOn, status, today),
          chases: chasesBy.get(s.urn) ?? [],
          agreementProblem: agreementProblem(
            agreementStatus === null ? null : { status: agreementStatus, signedOn, expiresOn },
            today,
          ),
        };
      });
      const counts = Object.fromEntries(
        returnStatuses.map((status) => [status, rows.filter((r) => r.status === status).length]),
      ) as Record<ReturnStatus, number>;
      return {
        window,
        counts,
        late: rows.filter((r) => r.late),
        schools: rows.filter(
          (r) => (filters.status === undefined || r.status === filters.status) && (!filters.late || r.late),
        ),
        total: rows.length,
      };
    },

    /** A reminder to a school that is late: recorded, and its people told. */
    async chase(actor: Actor, id: number, urn: number, today: string) {
      requireManager(actor);
      if (!Number.isInteger(urn))
        throw new ValidationError([{ field: 'urn', message: 'Choose the school to chase' }]);
      const window = await windowRow(id);
      await schoolInScope(db, actor, urn);
      const [row] = await db
        .select({ status: inYearReturns.status })
        .from(inYearReturns)
        .where(and(eq(inYearReturns.windowId, id), eq(inYearReturns.urn, urn)));
      if (!isLate(window.closesOn, row?.status ?? 'not started', today))
        throw new ValidationError([
          { field: 'urn', message: 'Only a school that is late with its return is chased' },
        ]);
      await db.transaction(async (tx) => {
        const [chase] = await tx
          .insert(collectionChases)
          .values({ windowId: id, urn, chasedBy: nameOf(actor) })
          .returning({ id: collectionChases.id });
        await tellSchools(tx, window, [{ urn, event: 'chased', once: String(chase?.id) }]);
        await recordAudit(tx, actor, {
          action: 'collection.chased',
          entityType: 'collectionWindow',
          entityId: String(id),
          after: { urn },
        });
      });
    },
  };
}

export type WindowsService = ReturnType<typeof createWindowsService>;
