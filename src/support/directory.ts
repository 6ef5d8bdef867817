import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { supportPermissions } from './permissions.ts';
import { deployments, designations, leaderConflicts, systemLeaders } from './schema.ts';
import { holdsDays } from './rules/deployment.ts';
import { daysLeft } from './rules/capacity.ts';
import { academicYearOf } from '../governance/rules/academicYear.ts';
import { prepareCandidates, suggestFrom, type Need } from './rules/matching.ts';
import type { SchoolTies } from './rules/conflicts.ts';

// The directory of system leaders (SPEC C6, 1): designation and its dates, home school and trust,
// specialisms, days a year and the days still free, and the interests that rule schools out.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });

export const leaderInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the system leader’s name').max(200),
    userId: z.number().int().positive().nullable().default(null),
    designation: z.string().trim().min(1, 'Choose the designation').max(20),
    designatedOn: isoDate.nullable().default(null),
    expiresOn: isoDate.nullable().default(null),
    homeUrn: z.number().int().min(100000).max(999999).nullable().default(null),
    specialisms: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    daysPerYear: z
      .number({ message: 'Enter the days they give a year, like 20' })
      .min(0, 'Days a year are 0 to 200')
      .max(200, 'Days a year are 0 to 200'),
    isDemonstration: z.boolean().default(false),
  })
  .refine((l) => l.designatedOn === null || l.expiresOn === null || l.expiresOn >= l.designatedOn, {
    path: ['expiresOn'],
    message: 'A designation expires after the day it was given',
  });

export const conflictInput = z
  .object({
    urn: z.number().int().min(100000).max(999999).nullable().default(null),
    trustId: z.string().trim().min(1).max(40).nullable().default(null),
    reason: z.string().trim().min(1, 'Say what the interest is').max(500),
  })
  .refine((c) => c.urn !== null || c.trustId !== null, {
    path: ['urn'],
    message: 'Name the school or the trust the interest is in',
  });

export type DirectoryFilters = {
  q?: string | undefined;
  designation?: string | undefined;
  specialism?: string | undefined;
  withDaysLeft?: boolean | undefined;
};

export function createDirectoryService(db: Database) {
  const requireManager = (actor: Actor) => {
    if (!supportPermissions.has(actor.role, 'support:manage'))
      throw new ForbiddenError('Only an officer keeps the directory of system leaders');
  };

  /** Days each leader has committed this year, from the deployments that still hold days. */
  async function committedDays(leaderIds: readonly number[]) {
    if (leaderIds.length === 0) return [];
    const rows = await db
      .select({
        leaderId: deployments.leaderId,
        days: deployments.daysAgreed,
        academicYear: deployments.academicYear,
        status: deployments.status,
      })
      .from(deployments)
      .where(inArray(deployments.leaderId, [...leaderIds]));
    return rows.filter((r) => holdsDays(r.status));
  }

  async function leaderRows(where?: ReturnType<typeof and>) {
    return db
      .select({
        leader: systemLeaders,
        designationTitle: designations.title,
        homeSchool: establishments.name,
        homeTrustId: establishments.trustId,
      })
      .from(systemLeaders)
      .innerJoin(designations, eq(designations.code, systemLeaders.designation))
      .leftJoin(establishments, eq(establishments.urn, systemLeaders.homeUrn))
      .where(where)
      .orderBy(asc(systemLeaders.name));
  }

  /** The directory, searched and filtered, with each leader's days left this academic year. */
  async function list(filters: DirectoryFilters, today: string) {
    const q = filters.q?.trim();
    const rows = await leaderRows(
      and(
        q ? or(ilike(systemLeaders.name, `%${q}%`), ilike(establishments.name, `%${q}%`)) : undefined,
        filters.designation ? eq(systemLeaders.designation, filters.designation) : undefined,
        filters.specialism
          ? sql`exists (select 1 from jsonb_array_elements_text(${systemLeaders.specialisms}) s where lower(s) = lower(${filters.specialism}))`
          : undefined,
      ),
    );
    const committed = await committedDays(rows.map((r) => r.leader.id));
    const year = academicYearOf(today);
    return rows
      .map((r) => ({
        ...r.leader,
        designationTitle: r.designationTitle,
        homeSchool: r.homeSchool,
        // A leader's trust is their home school's, unless recorded otherwise.
        trustId: r.leader.trustId ?? r.homeTrustId,
        expired: r.leader.expiresOn !== null && r.leader.expiresOn < today,
        daysLeft: daysLeft(
          r.leader.daysPerYear,
          committed.filter((c) => c.leaderId === r.leader.id),
          year,
        ),
      }))
      .filter((l) => !filters.withDaysLeft || l.daysLeft > 0);
  }

  /** The directory with each leader's declared interests, ready to match schools. */
  async function preparedDirectory(today: string) {
    const leaders = await list({}, today);
    const conflicts =
      leaders.length === 0
        ? []
        : await db
            .select()
            .from(leaderConflicts)
            .where(
              inArray(
                leaderConflicts.leaderId,
                leaders.map((l) => l.id),
              ),
            );
    const declared = new Map<number, (typeof conflicts)[number][]>();
    for (const c of conflicts) declared.set(c.leaderId, [...(declared.get(c.leaderId) ?? []), c]);
    return prepareCandidates(
      leaders.map((l) => ({ ...l, designation: l.designationTitle, declared: declared.get(l.id) ?? [] })),
      today,
    );
  }

  return {
    designations: () => db.select().from(designations).orderBy(asc(designations.position)),

    list,

    /** One leader, with their declared interests. */
    async leader(id: number, today: string) {
      const [row] = await leaderRows(eq(systemLeaders.id, id));
      if (!row) throw new NotFoundError(`There is no system leader ${String(id)}`);
      const [conflicts, committed] = await Promise.all([
        db
          .select()
          .from(leaderConflicts)
          .where(eq(leaderConflicts.leaderId, id))
          .orderBy(asc(leaderConflicts.id)),
        committedDays([id]),
      ]);
      return {
        ...row.leader,
        designationTitle: row.designationTitle,
        homeSchool: row.homeSchool,
        trustId: row.leader.trustId ?? row.homeTrustId,
        expired: row.leader.expiresOn !== null && row.leader.expiresOn < today,
        daysLeft: daysLeft(row.leader.daysPerYear, committed, academicYearOf(today)),
        conflicts,
      };
    },

    /** Leaders to suggest for a school, best first, each with why (rules/matching.ts). */
    async suggestFor(school: SchoolTies, need: Need, today: string) {
      return suggestFrom(await preparedDirectory(today), school, need);
    },

    /**
     * The best few leaders for every open school on the register, by its phase: the directory read
     * once, then the rule for each school (measured over every school in England in bench/support.ts).
     */
    async suggestEverywhere(today: string, perSchool = 3) {
      const [prepared, schools] = await Promise.all([
        preparedDirectory(today),
        db
          .select({
            urn: establishments.urn,
            name: establishments.name,
            trustId: establishments.trustId,
            phase: establishments.phaseGroup,
          })
          .from(establishments)
          .where(eq(establishments.status, 'Open')),
      ]);
      return new Map(
        schools.map((school) => [
          school.urn,
          suggestFrom(prepared, school, { phase: school.phase, areas: [] }, perSchool),
        ]),
      );
    },

    async addLeader(actor: Actor, input: z.input<typeof leaderInput>) {
      requireManager(actor);
      const leader = validated(leaderInput, input);
      const [known] = await db.select().from(designations).where(eq(designations.code, leader.designation));
      if (!known)
        throw new ValidationError([
          { field: 'designation', message: 'Choose one of the designations listed' },
        ]);
      if (leader.homeUrn !== null) {
        const [school] = await db
          .select({ urn: establishments.urn })
          .from(establishments)
          .where(eq(establishments.urn, leader.homeUrn));
        if (!school)
          throw new ValidationError([
            { field: 'homeUrn', message: `The register has no school with URN ${String(leader.homeUrn)}` },
          ]);
      }
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(systemLeaders).values(leader).returning({ id: systemLeaders.id });
        if (!row) throw new Error('the system leader was not added');
        await recordAudit(tx, actor, {
          action: 'support.leaderAdded',
          entityType: 'systemLeader',
          entityId: String(row.id),
          after: leader,
        });
        return row.id;
      });
    },

    async declareConflict(actor: Actor, leaderId: number, input: z.input<typeof conflictInput>) {
      requireManager(actor);
      const conflict = validated(conflictInput, input);
      const [leader] = await db.select().from(systemLeaders).where(eq(systemLeaders.id, leaderId));
      if (!leader) throw new NotFoundError(`There is no system leader ${String(leaderId)}`);
      await db.transaction(async (tx) => {
        await tx.insert(leaderConflicts).values({ ...conflict, leaderId });
        await recordAudit(tx, actor, {
          action: 'support.conflictDeclared',
          entityType: 'systemLeader',
          entityId: String(leaderId),
          after: conflict,
        });
      });
    },
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
