import { asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { kpis } from '../plans/schema.ts';
import { indicators } from '../performance/schema.ts';
import { academicYearOf } from '../governance/rules/academicYear.ts';
import { supportPermissions } from './permissions.ts';
import { programmeSchools, programmeSessions, programmes } from './schema.ts';
import { attendanceOf, sessionProblem } from './rules/commissioning.ts';

// Programmes of support for groups of schools (SPEC C6, 3; seed 000 4.1 pupil premium reviews and
// 4.2 "Challenge the Gap": "minimum of 10 schools", "delivery of six training workshops"): the
// schools taking part, the sessions and who came, the cost and funder, the plan KPIs it is meant to
// move, and the indicator its impact is measured by.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });
const year = z.number().int().min(2000).max(2100);

export const programmeInput = z
  .object({
    name: z.string().trim().min(1, 'Name the programme').max(200),
    purpose: z.string().trim().max(2000).default(''),
    provider: z.string().trim().min(1, 'Name who provides it').max(200),
    cost: z
      .number({ message: 'Enter the cost in pounds, like 15000' })
      .min(0, 'The cost is £0 or more')
      .max(100_000_000, 'The cost is at most £100,000,000'),
    funder: z.string().trim().max(200).default(''),
    startsOn: isoDate,
    endsOn: isoDate,
    kpiIds: z.array(z.number().int().positive()).max(20).default([]),
    impactIndicator: z.string().trim().min(1).max(100).nullable().default(null),
    baselineYear: year.nullable().default(null),
    outcomeYear: year.nullable().default(null),
    isDemonstration: z.boolean().default(false),
  })
  .refine((p) => p.endsOn >= p.startsOn, { path: ['endsOn'], message: 'A programme ends after it starts' })
  .refine((p) => p.baselineYear === null || p.outcomeYear === null || p.outcomeYear > p.baselineYear, {
    path: ['outcomeYear'],
    message: 'The year after the programme is later than the year before it',
  });

export const sessionInput = z.object({
  title: z.string().trim().min(1, 'Name the session, like Workshop 1').max(200),
  heldOn: isoDate,
  attended: z.array(z.number().int().min(100000).max(999999)).max(500).default([]),
});

export function createProgrammesService(db: Database) {
  const requireManager = (actor: Actor) => {
    if (!supportPermissions.has(actor.role, 'support:manage'))
      throw new ForbiddenError('Only an officer keeps the programmes of support');
  };

  async function programmeRow(id: number) {
    const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
    if (!row) throw new NotFoundError(`There is no programme ${String(id)}`);
    return row;
  }

  async function schoolsOf(ids: readonly number[]) {
    if (ids.length === 0) return [];
    return db
      .select({
        programmeId: programmeSchools.programmeId,
        urn: programmeSchools.urn,
        name: establishments.name,
      })
      .from(programmeSchools)
      .leftJoin(establishments, eq(establishments.urn, programmeSchools.urn))
      .where(inArray(programmeSchools.programmeId, [...ids]))
      .orderBy(asc(establishments.name), asc(programmeSchools.urn));
  }

  return {
    /** The programmes by name, for a form's choice: one query. */
    async choices() {
      const rows = await db
        .select({ id: programmes.id, name: programmes.name })
        .from(programmes)
        .orderBy(desc(programmes.startsOn), asc(programmes.id));
      return rows.map((r) => ({ value: String(r.id), text: r.name }));
    },

    /** Every programme, latest first, with how many schools and sessions. */
    async list() {
      const rows = await db.select().from(programmes).orderBy(desc(programmes.startsOn), asc(programmes.id));
      const ids = rows.map((r) => r.id);
      const [schools, sessions] = await Promise.all([
        schoolsOf(ids),
        ids.length === 0
          ? []
          : db
              .select({ programmeId: programmeSessions.programmeId })
              .from(programmeSessions)
              .where(inArray(programmeSessions.programmeId, ids)),
      ]);
      return rows.map((r) => ({
        ...r,
        schools: schools.filter((s) => s.programmeId === r.id).length,
        sessions: sessions.filter((s) => s.programmeId === r.id).length,
      }));
    },

    /** A programme with its schools and their attendance, its sessions, and the KPIs it should move. */
    async programme(id: number) {
      const row = await programmeRow(id);
      const [schools, sessions, kpiRows, indicator] = await Promise.all([
        schoolsOf([id]),
        db
          .select()
          .from(programmeSessions)
          .where(eq(programmeSessions.programmeId, id))
          .orderBy(asc(programmeSessions.heldOn), asc(programmeSessions.id)),
        row.kpiIds.length === 0
          ? []
          : db
              .select({ id: kpis.id, planId: kpis.planId, number: kpis.number, measure: kpis.measure })
              .from(kpis)
              .where(inArray(kpis.id, row.kpiIds)),
        row.impactIndicator === null
          ? []
          : db
              .select({ name: indicators.title })
              .from(indicators)
              .where(eq(indicators.key, row.impactIndicator)),
      ]);
      const urns = schools.map((s) => s.urn);
      const attendance = attendanceOf(urns, sessions);
      return {
        ...row,
        impactIndicatorName: indicator[0]?.name ?? null,
        schools: schools.map((s) => ({
          urn: s.urn,
          name: s.name ?? `URN ${String(s.urn)}`,
          sessionsAttended: attendance.bySchool.get(s.urn) ?? 0,
        })),
        sessions,
        attendanceRate: attendance.overall,
        kpis: kpiRows,
      };
    },

    /** The programmes a school takes part in, for its page and an RSC referral's record of support. */
    async forSchool(urn: number) {
      const rows = await db
        .select({ programme: programmes })
        .from(programmeSchools)
        .innerJoin(programmes, eq(programmes.id, programmeSchools.programmeId))
        .where(eq(programmeSchools.urn, urn))
        .orderBy(desc(programmes.startsOn));
      return rows.map((r) => r.programme);
    },

    async create(actor: Actor, input: z.input<typeof programmeInput>) {
      requireManager(actor);
      const programme = validated(programmeInput, input);
      const problems: { field: string; message: string }[] = [];
      if (programme.kpiIds.length > 0) {
        const found = await db.select({ id: kpis.id }).from(kpis).where(inArray(kpis.id, programme.kpiIds));
        if (found.length !== new Set(programme.kpiIds).size)
          problems.push({ field: 'kpiIds', message: 'Choose KPIs of a plan' });
      }
      if (programme.impactIndicator !== null) {
        const [known] = await db
          .select({ key: indicators.key })
          .from(indicators)
          .where(eq(indicators.key, programme.impactIndicator));
        if (!known) problems.push({ field: 'impactIndicator', message: 'Choose an indicator Beacon holds' });
      }
      if (problems.length > 0) throw new ValidationError(problems);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(programmes)
          .values({ ...programme, academicYear: academicYearOf(programme.startsOn) })
          .returning({ id: programmes.id });
        if (!row) throw new Error('the programme was not made');
        await recordAudit(tx, actor, {
          action: 'support.programmeCreated',
          entityType: 'programme',
          entityId: String(row.id),
          after: programme,
        });
        return row.id;
      });
    },

    /** Schools join the programme by URN; every URN must be a school on the register. */
    async addSchools(actor: Actor, id: number, urns: readonly number[]) {
      requireManager(actor);
      await programmeRow(id);
      const wanted = [...new Set(urns)];
      if (wanted.length === 0 || wanted.some((u) => !Number.isInteger(u)))
        throw new ValidationError([
          { field: 'urns', message: 'Enter the URNs of the schools, separated by commas' },
        ]);
      const known = await db
        .select({ urn: establishments.urn })
        .from(establishments)
        .where(inArray(establishments.urn, wanted));
      const missing = wanted.filter((u) => !known.some((k) => k.urn === u));
      if (missing.length > 0)
        throw new ValidationError([
          { field: 'urns', message: `The register has no school with URN ${missing.map(String).join(', ')}` },
        ]);
      await db.transaction(async (tx) => {
        await tx
          .insert(programmeSchools)
          .values(wanted.map((urn) => ({ programmeId: id, urn })))
          .onConflictDoNothing();
        await recordAudit(tx, actor, {
          action: 'support.programmeSchoolsAdded',
          entityType: 'programme',
          entityId: String(id),
          after: { urns: wanted },
        });
      });
    },

    /** A session held, with the participating schools that came. */
    async addSession(actor: Actor, id: number, input: z.input<typeof sessionInput>) {
      requireManager(actor);
      const row = await programmeRow(id);
      const session = validated(sessionInput, input);
      const schools = (await schoolsOf([id])).map((s) => s.urn);
      const problem = sessionProblem({ ...row, schools }, session);
      if (problem) throw new ValidationError([problem]);
      return db.transaction(async (tx) => {
        const [made] = await tx
          .insert(programmeSessions)
          .values({ ...session, programmeId: id })
          .returning({ id: programmeSessions.id });
        await recordAudit(tx, actor, {
          action: 'support.programmeSession',
          entityType: 'programme',
          entityId: String(id),
          after: session,
        });
        return made?.id ?? 0;
      });
    },
  };
}

export type ProgrammesService = ReturnType<typeof createProgrammesService>;
