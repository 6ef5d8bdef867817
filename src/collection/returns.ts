import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '../db/client.ts';
import { nameOf, type Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.ts';
import { todayIso } from '../kernel/format.ts';
import { collectionPermissions } from './permissions.ts';
import { collectionWindows, inYearReturns, returnAuthorisers, returnEvents } from './schema.ts';
import { cellKey, gridRows, type Grid } from './rules/grid.ts';
import { checkReturn, completion, type Problem } from './rules/validation.ts';
import { applyToTotals } from './totals.ts';
import {
  statusAfter,
  stepProblem,
  stepTakenBy,
  windowProblem,
  type ReturnStatus,
  type ReturnStep,
} from './rules/workflow.ts';
import { schoolInScope } from './scope.ts';
import type { AgreementsService } from './agreements.ts';
import { tellSchools } from './notices.ts';

// One school's return in a window (SPEC C7, 3 and 4): read with the checks it passes and fails,
// drafted and sent by the school, authorised by its headteacher (or its trust's leader), accepted or
// returned by the LA. Every step is one transaction with its event and audit entry.

export type ReturnInput = {
  figures: Record<string, number | null>;
  predictions: Record<string, number | null>;
  notes: Record<string, string>;
};

// A figure typed as something other than a number arrives as NaN, for the checks to name.
const figure = z.union([z.number(), z.nan()]).nullable();
export const returnInput = z.object({
  figures: z.record(z.string().max(60), figure).default({}),
  predictions: z.record(z.string().max(20), figure).default({}),
  notes: z.record(z.string().max(80), z.string().max(1000)).default({}),
});

/** The form field of a cell: its key with dashes, as an id and a name may hold it. */
export const fieldOf = (cell: string) =>
  cell.startsWith('prediction|') ? `p-${cell.slice(11)}` : `c-${cell.replaceAll('|', '-')}`;

/**
 * When a step happened: now, or, for a step recorded for another day (the demonstration's returns
 * of 2015/16), midday of that day, so the history reads as the return was made.
 */
const stampFor = (today: string) => (today === todayIso() ? new Date() : new Date(`${today}T12:00:00Z`));

/** Only the grid's own cells are kept: anything else in a form or file is not part of the return. */
function keptTo(grid: Grid, input: ReturnInput): ReturnInput {
  const cells = new Set(
    gridRows(grid).flatMap((r) => grid.measures.map((m) => cellKey({ ...r, measure: m.key }))),
  );
  const predictionKeys = new Set(grid.predictions.map((p) => p.key));
  const noteKeys = new Set([...cells, ...[...predictionKeys].map((k) => `prediction|${k}`)]);
  const pick = <T>(record: Record<string, T>, keys: Set<string>) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => keys.has(k)));
  return {
    figures: pick(input.figures, cells),
    predictions: pick(input.predictions, predictionKeys),
    notes: pick(Object.fromEntries(Object.entries(input.notes).filter(([, v]) => v.trim() !== '')), noteKeys),
  };
}

export function createReturnsService(db: Database, agreements: AgreementsService) {
  /** The school's last return sent before this window opened: changes are checked against it. */
  async function previousFigures(window: { id: number; opensOn: string; laCode: string }, urn: number) {
    const [row] = await db
      .select({ figures: inYearReturns.figures })
      .from(inYearReturns)
      .innerJoin(collectionWindows, eq(collectionWindows.id, inYearReturns.windowId))
      .where(
        and(
          eq(inYearReturns.urn, urn),
          lt(collectionWindows.closesOn, window.opensOn),
          inArray(inYearReturns.status, ['submitted', 'accepted']),
        ),
      )
      .orderBy(desc(collectionWindows.closesOn))
      .limit(1);
    return row?.figures ?? null;
  }

  /** The school's latest actual result for each prediction, from the results Beacon holds. */
  async function lastActuals(grid: Grid, urn: number): Promise<Record<string, number | null>> {
    if (grid.predictions.length === 0) return {};
    const rows = await queryRows<{ indicator: string; value: number }>(
      db,
      sql`select distinct on (indicator_key) indicator_key as indicator, value from indicator_values
          where entity_type = 'school' and entity_code = ${String(urn)} and pupil_group = 'all'
            and value is not null and indicator_key in (${sql.join(
              grid.predictions.map((p) => sql`${p.indicator}`),
              sql`, `,
            )})
          order by indicator_key, period_end desc`,
    );
    return Object.fromEntries(
      grid.predictions.map((p) => [p.key, rows.find((r) => r.indicator === p.indicator)?.value ?? null]),
    );
  }

  async function canAuthorise(actor: Actor, school: { urn: number; trustId: string | null }) {
    if (!collectionPermissions.has(actor.role, 'collection:submit')) return false;
    if (actor.role === 'admin') return true;
    if (actor.role === 'trust_leader') return actor.trustId !== null && actor.trustId === school.trustId;
    if (actor.userId === null) return false;
    const [named] = await db
      .select({ urn: returnAuthorisers.urn })
      .from(returnAuthorisers)
      .where(and(eq(returnAuthorisers.urn, school.urn), eq(returnAuthorisers.userId, actor.userId)));
    return named !== undefined;
  }

  async function context(actor: Actor, windowId: number, urn: number, today: string) {
    const [window] = await db.select().from(collectionWindows).where(eq(collectionWindows.id, windowId));
    if (!window) throw new NotFoundError(`There is no collection window ${String(windowId)}`);
    const school = await schoolInScope(db, actor, urn);
    const grid = window.grids.find((g) => g.phase === school.phaseGroup);
    if (!grid || school.laCode !== window.laCode)
      throw new NotFoundError(`${window.name} does not collect from ${school.name}`);
    const [row] = await db
      .select()
      .from(inYearReturns)
      .where(and(eq(inYearReturns.windowId, windowId), eq(inYearReturns.urn, urn)));
    const [previous, actuals, agreementProblem, authorises, events] = await Promise.all([
      previousFigures(window, urn),
      lastActuals(grid, urn),
      agreements.problemFor(urn, today),
      canAuthorise(actor, school),
      row
        ? db
            .select()
            .from(returnEvents)
            .where(eq(returnEvents.returnId, row.id))
            .orderBy(asc(returnEvents.id))
        : Promise.resolve([]),
    ]);
    return {
      window,
      school,
      grid,
      row: row ?? null,
      previous,
      actuals,
      agreementProblem,
      authorises,
      events,
    };
  }

  return {
    /** A return as its page shows it: the figures, the checks, the history, and what this person may do. */
    async view(actor: Actor, windowId: number, urn: number, today: string) {
      const c = await context(actor, windowId, urn, today);
      const status: ReturnStatus = c.row?.status ?? 'not started';
      const figures = c.row?.figures ?? {};
      const predictions = c.row?.predictions ?? {};
      const notes = c.row?.notes ?? {};
      const submits = collectionPermissions.has(actor.role, 'collection:submit');
      const closed = windowProblem(c.window, status, today);
      return {
        window: c.window,
        school: c.school,
        grid: c.grid,
        status,
        figures,
        predictions,
        notes,
        laComment: c.row?.laComment ?? null,
        previous: c.previous,
        actuals: c.actuals,
        problems: checkReturn(c.grid, figures, predictions, c.previous, c.actuals, notes),
        events: c.events,
        agreementProblem: c.agreementProblem,
        closed,
        canEdit:
          submits && closed === null && c.agreementProblem === null && stepProblem(status, 'save') === null,
        canAuthorise: c.authorises,
        canDecide: collectionPermissions.has(actor.role, 'collection:manage') && status === 'submitted',
      };
    },

    /** The school saves, sends for authorisation, or (its authoriser) authorises and submits. */
    async change(
      actor: Actor,
      windowId: number,
      urn: number,
      step: Extract<ReturnStep, 'save' | 'send for authorisation' | 'authorise'>,
      input: ReturnInput,
      today: string,
    ): Promise<{ status: ReturnStatus; problems: Problem[] }> {
      if (!collectionPermissions.has(actor.role, 'collection:submit'))
        throw new ForbiddenError('Only the school or its trust sends its return');
      const c = await context(actor, windowId, urn, today);
      const parsed = returnInput.safeParse(input);
      if (!parsed.success)
        throw new ValidationError([{ field: 'figures', message: 'The return could not be read' }]);
      const given = keptTo(c.grid, parsed.data);
      const status: ReturnStatus = c.row?.status ?? 'not started';
      const refusal =
        c.agreementProblem ?? windowProblem(c.window, status, today) ?? stepProblem(status, step);
      if (refusal) throw new ValidationError([{ field: 'status', message: refusal }]);
      if (stepTakenBy[step] === 'authoriser' && !c.authorises)
        throw new ForbiddenError(
          'Only the school’s headteacher, named as its authoriser, or its trust’s leader authorises a return',
        );
      const problems = checkReturn(
        c.grid,
        given.figures,
        given.predictions,
        c.previous,
        c.actuals,
        given.notes,
      );
      // A draft may be saved unfinished; nothing else wrong is kept, and nothing is sent until every
      // error is fixed and every query explained.
      const stopping = problems.filter((p) => (step === 'save' ? p.level === 'error' && !p.missing : true));
      if (stopping.length > 0)
        throw new ValidationError(stopping.map((p) => ({ field: fieldOf(p.cell), message: p.message })));
      const to = statusAfter[step];
      await db.transaction(async (tx) => {
        const values = {
          ...given,
          completion: completion(c.grid, given.figures, given.predictions),
          status: to as Exclude<ReturnStatus, 'not started'>,
          updatedAt: stampFor(today),
          ...(to === 'submitted' ? { submittedAt: stampFor(today) } : {}),
        };
        let returnId = c.row?.id;
        if (c.row) {
          // Two people at one return: the second change is refused, not lost.
          const updated = await tx
            .update(inYearReturns)
            .set(values)
            .where(and(eq(inYearReturns.id, c.row.id), eq(inYearReturns.status, c.row.status)))
            .returning({ id: inYearReturns.id });
          if (updated.length === 0)
            throw new ConflictError('The return has moved on since the page was opened');
        } else {
          const [made] = await tx
            .insert(inYearReturns)
            .values({ ...values, windowId, urn })
            .onConflictDoNothing()
            .returning({ id: inYearReturns.id });
          if (!made) throw new ConflictError('The return has moved on since the page was opened');
          returnId = made.id;
        }
        await tx.insert(returnEvents).values({
          returnId: returnId ?? 0,
          step,
          from: status,
          to,
          by: nameOf(actor),
          at: stampFor(today),
        });
        // Sent to the LA: its figures join the LA's picture.
        if (to === 'submitted') await applyToTotals(tx, windowId, c.grid, given.figures, 1);
        await recordAudit(tx, actor, {
          action: `collection.return.${step === 'send for authorisation' ? 'sent' : step === 'authorise' ? 'authorised' : 'saved'}`,
          entityType: 'inYearReturn',
          entityId: `${String(windowId)}/${String(urn)}`,
          before: c.row ? { status, figures: c.row.figures, predictions: c.row.predictions } : null,
          after: { status: to, ...given },
        });
      });
      return { status: to, problems };
    },

    /** The LA accepts a submitted return, or returns it to the school with a comment. */
    async decide(
      actor: Actor,
      windowId: number,
      urn: number,
      step: Extract<ReturnStep, 'accept' | 'return'>,
      comment: string,
      today: string,
    ) {
      if (!collectionPermissions.has(actor.role, 'collection:manage'))
        throw new ForbiddenError('Only an officer accepts or returns a return');
      const c = await context(actor, windowId, urn, today);
      const status: ReturnStatus = c.row?.status ?? 'not started';
      const refusal = stepProblem(status, step);
      if (refusal || !c.row)
        throw new ValidationError([{ field: 'status', message: refusal ?? 'There is no return yet' }]);
      const said = comment.trim();
      if (step === 'return' && said === '')
        throw new ValidationError([{ field: 'comment', message: 'Say what the school needs to correct' }]);
      if (said.length > 2000)
        throw new ValidationError([{ field: 'comment', message: 'A comment is at most 2,000 characters' }]);
      const row = c.row;
      const to = statusAfter[step];
      await db.transaction(async (tx) => {
        const updated = await tx
          .update(inYearReturns)
          .set({
            status: to as Exclude<ReturnStatus, 'not started'>,
            laComment: step === 'return' ? said : row.laComment,
            updatedAt: stampFor(today),
          })
          .where(and(eq(inYearReturns.id, row.id), eq(inYearReturns.status, 'submitted')))
          .returning({ id: inYearReturns.id });
        if (updated.length === 0)
          throw new ConflictError('The return has moved on since the page was opened');
        // Returned to the school: its figures leave the LA's picture until it is sent again.
        if (step === 'return') await applyToTotals(tx, windowId, c.grid, row.figures, -1);
        const [event] = await tx
          .insert(returnEvents)
          .values({
            returnId: row.id,
            step,
            from: status,
            to,
            by: nameOf(actor),
            comment: said,
            at: stampFor(today),
          })
          .returning({ id: returnEvents.id });
        await tellSchools(tx, c.window, [
          { urn, event: step === 'accept' ? 'accepted' : 'returned', once: String(event?.id) },
        ]);
        await recordAudit(tx, actor, {
          action: `collection.return.${step === 'accept' ? 'accepted' : 'returned'}`,
          entityType: 'inYearReturn',
          entityId: `${String(windowId)}/${String(urn)}`,
          before: { status },
          after: { status: to, comment: said },
        });
      });
    },
  };
}

export type ReturnsService = ReturnType<typeof createReturnsService>;
