import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { nameOf, type Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError, NotFoundError, validated } from '../kernel/errors.ts';
import { supportPermissions } from './permissions.ts';
import { deployments, programmes, qualityReviews } from './schema.ts';
import { qualityJudgements } from './rules/commissioning.ts';

// Quality assurance of commissioned work (SPEC C6, 7; seed 000 1.4 "a system of quality assurance
// for judging the effectiveness of school improvement work"; 2.6 "clear quality assurance and
// supervision in place for external advisers"): an officer's judgement, with its evidence, of a
// deployment or a programme.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });

export const qualityInput = z.object({
  judgement: z.enum(qualityJudgements, { message: 'Choose how effective the work was' }),
  evidence: z.string().trim().min(1, 'Give the evidence for the judgement').max(5000),
  judgedOn: isoDate,
});

export type QualityTarget = { deploymentId: number } | { programmeId: number };

export function createQualityService(db: Database) {
  return {
    /** The judgements made of these deployments or programmes, oldest first. */
    async of(target: { deploymentIds?: readonly number[]; programmeIds?: readonly number[] }) {
      const [byDeployment, byProgramme] = await Promise.all([
        (target.deploymentIds ?? []).length === 0
          ? []
          : db
              .select()
              .from(qualityReviews)
              .where(inArray(qualityReviews.deploymentId, [...(target.deploymentIds ?? [])]))
              .orderBy(asc(qualityReviews.judgedOn), asc(qualityReviews.id)),
        (target.programmeIds ?? []).length === 0
          ? []
          : db
              .select()
              .from(qualityReviews)
              .where(inArray(qualityReviews.programmeId, [...(target.programmeIds ?? [])]))
              .orderBy(asc(qualityReviews.judgedOn), asc(qualityReviews.id)),
      ]);
      return [...byDeployment, ...byProgramme];
    },

    /** Input as a form or the API posts it: the judgement is checked against its list here. */
    async judge(actor: Actor, target: QualityTarget, input: unknown) {
      if (!supportPermissions.has(actor.role, 'support:manage'))
        throw new ForbiddenError('Only an officer quality-assures commissioned work');
      const review = validated(qualityInput, input);
      const [found] =
        'deploymentId' in target
          ? await db
              .select({ id: deployments.id })
              .from(deployments)
              .where(eq(deployments.id, target.deploymentId))
          : await db
              .select({ id: programmes.id })
              .from(programmes)
              .where(eq(programmes.id, target.programmeId));
      if (!found) throw new NotFoundError('There is no such deployment or programme');
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(qualityReviews)
          .values({ ...review, ...target, judgedBy: nameOf(actor) })
          .returning({ id: qualityReviews.id });
        await recordAudit(tx, actor, {
          action: 'support.qualityJudged',
          entityType: 'deploymentId' in target ? 'deployment' : 'programme',
          entityId: String('deploymentId' in target ? target.deploymentId : target.programmeId),
          after: { ...review, reviewId: row?.id },
        });
      });
    },
  };
}

export type QualityService = ReturnType<typeof createQualityService>;
