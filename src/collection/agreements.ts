import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { nameOf, type Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { users } from '../access/schema.ts';
import { ForbiddenError, ValidationError, validated } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { openOn } from '../schools/repository.ts';
import { collectionPermissions } from './permissions.ts';
import { dataSharingAgreements, returnAuthorisers } from './schema.ts';
import { agreementProblem, agreementStatuses } from './rules/agreement.ts';

// Data-sharing agreements (SPEC C7, 1) and who authorises each school's returns: kept by officers.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });

export const agreementInput = z
  .object({
    status: z.enum(agreementStatuses, { message: 'Choose where the agreement stands' }),
    scope: z.string().trim().max(1000).default(''),
    signatory: z.string().trim().max(200).default(''),
    signedOn: isoDate.nullable().default(null),
    expiresOn: isoDate.nullable().default(null),
  })
  .refine((a) => a.status !== 'signed' || a.signedOn !== null, {
    path: ['signedOn'],
    message: 'Give the date the agreement was signed',
  })
  .refine((a) => a.status !== 'signed' || a.signatory !== '', {
    path: ['signatory'],
    message: 'Name who signed it for the school',
  })
  .refine((a) => a.signedOn === null || a.expiresOn === null || a.expiresOn > a.signedOn, {
    path: ['expiresOn'],
    message: 'An agreement expires after the day it was signed',
  });

export function createAgreementsService(db: Database) {
  const requireManager = (actor: Actor) => {
    if (!collectionPermissions.has(actor.role, 'collection:manage'))
      throw new ForbiddenError('Only an officer keeps the data-sharing agreements');
  };

  async function agreementOf(urn: number) {
    const [row] = await db.select().from(dataSharingAgreements).where(eq(dataSharingAgreements.urn, urn));
    return row ?? null;
  }

  return {
    agreementOf,

    /** Why the school cannot send data today under its agreement, or null. */
    async problemFor(urn: number, today: string) {
      return agreementProblem(await agreementOf(urn), today);
    },

    /** Every open school of the LA with its agreement, those that cannot send listed first. */
    async list(laCode: string, today: string) {
      const rows = await db
        .select({
          urn: establishments.urn,
          name: establishments.name,
          phaseGroup: establishments.phaseGroup,
          agreement: dataSharingAgreements,
        })
        .from(establishments)
        .leftJoin(dataSharingAgreements, eq(dataSharingAgreements.urn, establishments.urn))
        .where(and(eq(establishments.laCode, laCode), openOn(today)))
        .orderBy(asc(establishments.name));
      return rows
        .map((r) => ({ ...r, problem: agreementProblem(r.agreement, today) }))
        .sort((a, b) => Number(b.problem !== null) - Number(a.problem !== null));
    },

    async set(actor: Actor, urn: number, input: unknown) {
      requireManager(actor);
      const agreement = validated(agreementInput, input);
      const [school] = await db
        .select({ urn: establishments.urn })
        .from(establishments)
        .where(eq(establishments.urn, urn));
      if (!school)
        throw new ValidationError([
          { field: 'urn', message: `The register has no school with URN ${String(urn)}` },
        ]);
      const before = await agreementOf(urn);
      await db.transaction(async (tx) => {
        const values = { ...agreement, updatedBy: nameOf(actor), updatedAt: new Date() };
        await tx
          .insert(dataSharingAgreements)
          .values({ urn, ...values })
          .onConflictDoUpdate({ target: dataSharingAgreements.urn, set: values });
        await recordAudit(tx, actor, {
          action: 'collection.agreement',
          entityType: 'school',
          entityId: String(urn),
          before,
          after: agreement,
        });
      });
    },

    /** The accounts that authorise the school's returns. */
    async authorisersOf(urn: number) {
      return db
        .select({ userId: users.id, name: users.name, email: users.email })
        .from(returnAuthorisers)
        .innerJoin(users, eq(users.id, returnAuthorisers.userId))
        .where(eq(returnAuthorisers.urn, urn));
    },

    /** Names a school account as one that authorises the school's returns (its headteacher). */
    async addAuthoriser(actor: Actor, urn: number, email: string) {
      requireManager(actor);
      const [user] = await db
        .select({ id: users.id, role: users.role, schoolUrn: users.schoolUrn })
        .from(users)
        .where(eq(users.email, email.trim().toLowerCase()));
      if (user?.role !== 'school_user' || user.schoolUrn !== urn)
        throw new ValidationError([
          { field: 'email', message: `Give the email of an account of school ${String(urn)}` },
        ]);
      await db.transaction(async (tx) => {
        await tx.insert(returnAuthorisers).values({ urn, userId: user.id }).onConflictDoNothing();
        await recordAudit(tx, actor, {
          action: 'collection.authoriser',
          entityType: 'school',
          entityId: String(urn),
          after: { userId: user.id },
        });
      });
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
