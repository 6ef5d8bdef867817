import { formatDate, todayIso as today } from '../kernel/format.ts';
import { notify } from '../access/notifications/notify.ts';
import { peopleOfSchools } from '../schools/people.ts';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { concernPermissions } from './permissions.ts';
import { canSeeSchool } from '../access/scope.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { openOn } from '../schools/repository.ts';
import { schoolOrNotFound } from './lookups.ts';
import { concernRepository } from './repository.ts';
import { supportRepository, type VisitRow } from './supportRepository.ts';
import { allowanceUse, defaultAllowances } from './rules/allowance.ts';
import { academicYearOf } from './rules/dates.ts';
import type { RiskModel } from './risk/model.ts';
import {
  allowancesInput,
  visitInput,
  visitResponseInput,
  visitUpdateInput,
  type VisitInput,
  type VisitUpdateInput,
} from './inputs.ts';

/** Support days by category (seed 000, 3.1), visits, and the notes a school reads and answers. */
export function createSupportService(db: Database, modelFor: (laCode: string) => Promise<RiskModel>) {
  async function allowances(laCode: string): Promise<Map<string, number>> {
    const model = await modelFor(laCode);
    const set = await supportRepository.allowances(db, laCode);
    return new Map(model.categories.map((c) => [c.name, set.get(c.name) ?? defaultAllowances[c.name] ?? 0]));
  }

  // A school reads its visits' notes once shared; officers read everything.
  const forSchool = (v: VisitRow) => ({
    id: v.id,
    visitOn: v.visitOn,
    days: v.days,
    officer: v.officer,
    purpose: v.purpose,
    status: v.status,
    notes: v.notesSharedAt === null ? '' : v.notes,
    notesShared: v.notesSharedAt !== null,
    schoolResponse: v.schoolResponse,
    respondedBy: v.respondedBy,
  });

  return {
    allowances,

    async visit(id: number) {
      const found = await supportRepository.visit(db, id);
      if (!found) throw new NotFoundError(`There is no visit ${String(id)}`);
      return found;
    },

    async setAllowances(actor: Actor, laCode: string, input: Record<string, number>) {
      const parsed = validated(allowancesInput, input);
      const model = await modelFor(laCode);
      const names = model.categories.map((c) => c.name);
      const unknown = Object.keys(parsed).filter((k) => !names.includes(k));
      if (unknown.length > 0) {
        throw new ValidationError(
          unknown.map((k) => ({
            field: k,
            message: `"${k}" is not a category of LA ${laCode}’s model (${names.join(', ')})`,
          })),
        );
      }
      const before = Object.fromEntries(await allowances(laCode));
      await db.transaction(async (tx) => {
        await supportRepository.setAllowances(tx, laCode, parsed);
        await recordAudit(tx, actor, {
          action: 'concern.allowancesSet',
          entityType: 'localAuthority',
          entityId: laCode,
          before,
          after: parsed,
        });
      });
    },

    /** A school's visits and, for officers, how they stand against its allowance this year. */
    async schoolSupport(actor: Actor, urn: number, on = today()) {
      const school = await schoolOrNotFound(db, urn);
      const officer = concernPermissions.has(actor.role, 'concern:read');
      if (!officer && !(actor.role === 'school_user' && canSeeSchool(actor, school))) {
        throw new ForbiddenError('Your account cannot see this school’s support visits.');
      }
      const visits = await supportRepository.visitsOf(db, urn);
      if (!officer) {
        return {
          officer,
          school: { urn, name: school.name },
          visits: visits.map(forSchool),
          use: null,
          category: null,
        };
      }
      const current = (await concernRepository.currentCategories(db, [urn])).get(urn)?.category ?? null;
      const table = await allowances(school.laCode);
      const category = current ?? [...table.keys()][0] ?? 'minimum';
      const year = academicYearOf(on);
      const thisYear = visits.filter((v) => v.visitOn >= year.from && v.visitOn <= year.to);
      return {
        officer,
        school: { urn, name: school.name },
        visits: visits.map((v) => ({ ...forSchool(v), notes: v.notes })),
        category: current,
        year,
        use: allowanceUse(table.get(category) ?? 0, thisYear),
      };
    },

    /** Every school of an LA with a category or a visit this year: allowance, done, planned, left. */
    async laSupport(laCode: string, on = today()) {
      const schools = await db
        .select({ urn: establishments.urn, name: establishments.name })
        .from(establishments)
        .where(and(eq(establishments.laCode, laCode), openOn(on)))
        .orderBy(asc(establishments.name));
      const urns = schools.map((s) => s.urn);
      const year = academicYearOf(on);
      const [categories, visits, table] = await Promise.all([
        concernRepository.currentCategories(db, urns),
        supportRepository.visitsBetween(db, urns, year.from, year.to),
        allowances(laCode),
      ]);
      const lowest = [...table.keys()][0] ?? 'minimum';
      return {
        year,
        allowances: [...table].map(([category, days]) => ({ category, days })),
        schools: schools
          .filter((s) => categories.has(s.urn) || visits.some((v) => v.urn === s.urn))
          .map((s) => {
            const category = categories.get(s.urn)?.category ?? null;
            const own = visits.filter((v) => v.urn === s.urn);
            return { ...s, category, use: allowanceUse(table.get(category ?? lowest) ?? 0, own) };
          })
          .sort((a, b) => b.use.allowance - a.use.allowance || a.name.localeCompare(b.name)),
      };
    },

    async scheduleVisit(actor: Actor, urn: number, input: VisitInput) {
      const visit = validated(visitInput, input);
      await schoolOrNotFound(db, urn);
      return db.transaction(async (tx) => {
        const created = await supportRepository.addVisit(tx, {
          urn,
          ...visit,
          officer: actor.label,
          createdBy: actor.label,
        });
        if (!created) throw new Error('The visit was not saved');
        await recordAudit(tx, actor, {
          action: 'concern.visitPlanned',
          entityType: 'visit',
          entityId: created.id,
          after: { urn, ...visit },
        });
        return created;
      });
    },

    /** An officer records what happened: status and notes, and whether the school may now read them. */
    async updateVisit(actor: Actor, id: number, input: VisitUpdateInput) {
      const change = validated(visitUpdateInput, input);
      const before = await supportRepository.visit(db, id);
      if (!before) throw new NotFoundError(`There is no visit ${String(id)}`);
      if (change.share && change.notes === '') {
        throw new ValidationError([
          { field: `notes-${String(id)}`, message: 'Write the notes before sharing them with the school' },
        ]);
      }
      if (change.status === 'done' && before.visitOn > today()) {
        throw new ValidationError([
          { field: `status-${String(id)}`, message: 'A visit in the future cannot be done yet' },
        ]);
      }
      return db.transaction(async (tx) => {
        const updated = await supportRepository.updateVisit(tx, id, {
          status: change.status,
          notes: change.notes,
          // Sharing is kept once given: the school may already have read and answered the notes.
          notesSharedAt: before.notesSharedAt ?? (change.share ? new Date() : null),
        });
        // Notes shared now for the first time: the school's people hear they are waiting.
        if (before.notesSharedAt === null && change.share) {
          const school = await peopleOfSchools(tx, [before.urn]);
          await notify(tx, school.get(before.urn) ?? [], {
            kind: 'visit-notes-shared',
            key: `visit-notes-shared:${String(id)}`,
            title: `Notes of the support visit of ${formatDate(before.visitOn)} are shared with your school`,
            href: `/schools/${String(before.urn)}/visits`,
          });
        }
        await recordAudit(tx, actor, {
          action: 'concern.visitUpdated',
          entityType: 'visit',
          entityId: id,
          before: { status: before.status, notes: before.notes, shared: before.notesSharedAt !== null },
          after: {
            status: change.status,
            notes: change.notes,
            shared: before.notesSharedAt !== null || change.share,
          },
        });
        return updated;
      });
    },

    /** The school answers an officer's shared notes: its own school's visits only. */
    async respond(actor: Actor, id: number, input: { response: string }) {
      const { response } = validated(visitResponseInput, input);
      const visit = await supportRepository.visit(db, id);
      if (!visit || actor.role !== 'school_user' || actor.schoolUrn !== visit.urn) {
        throw new ForbiddenError('Only the school visited can respond to a visit’s notes.');
      }
      if (visit.notesSharedAt === null) {
        throw new ValidationError([
          { field: 'response', message: 'The officer has not shared notes from this visit yet' },
        ]);
      }
      return db.transaction(async (tx) => {
        const updated = await supportRepository.updateVisit(tx, id, {
          schoolResponse: response,
          respondedBy: actor.label,
          respondedAt: new Date(),
        });
        await recordAudit(tx, actor, {
          action: 'concern.visitResponded',
          entityType: 'visit',
          entityId: id,
          before: { response: visit.schoolResponse },
          after: { response },
        });
        return updated;
      });
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
