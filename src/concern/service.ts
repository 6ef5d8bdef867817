import { todayIso as today } from '../kernel/format.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { keptUntilChanged } from '../access/keptReads.ts';
import { recordAudit } from '../access/audit.ts';
import { concernPermissions } from './permissions.ts';
import { canSeeSchool } from '../access/scope.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { schoolsRepository } from '../schools/repository.ts';
import { currentGrade } from '../schools/rules/inspections.ts';
import { schoolOrNotFound } from './lookups.ts';
import { concernRepository, type DecisionRow } from './repository.ts';
import { tellCategoriesShared, tellLaCategoriesShared } from './notices.ts';
import { reviewSchools } from './review.ts';
import { operationalGroupReport } from './report.ts';
import { defaultRiskModel, thresholdProblems, type RiskModel } from './risk/model.ts';
import { interventionProblems } from './rules/interventions.ts';
import {
  decisionInput,
  intelligenceInput,
  interventionChangeInput,
  interventionInput,
  meetingInput,
  riskModelInput,
  type DecisionInput,
  type IntelligenceInput,
  type InterventionChangeInput,
  type InterventionInput,
  type MeetingInput,
  type RiskModelInput,
} from './inputs.ts';

/** Schools causing concern (SPEC C3): the review, School Assessment Meetings, intelligence, interventions. */
export function createConcernService(db: Database) {
  async function modelFor(laCode: string | null): Promise<RiskModel> {
    if (laCode === null) return defaultRiskModel;
    const stored = await concernRepository.latestModel(db, laCode);
    return stored
      ? { version: stored.version, rules: stored.rules, categories: stored.categories }
      : defaultRiskModel;
  }

  async function modelVersion(laCode: string, version: number): Promise<RiskModel> {
    const stored = await concernRepository.modelVersion(db, laCode, version);
    if (stored) return { version: stored.version, rules: stored.rules, categories: stored.categories };
    if (version === defaultRiskModel.version) return defaultRiskModel;
    throw new NotFoundError(`LA ${laCode} has no risk model version ${String(version)}`);
  }

  /** May this person see a school's category? Officers may; a school only when its LA shares it. */
  async function maySeeCategory(
    actor: Actor,
    school: { urn: number; trustId: string | null; laCode: string },
  ) {
    if (concernPermissions.has(actor.role, 'concern:read')) return true;
    if (!canSeeSchool(actor, school)) return false;
    if (actor.role !== 'school_user' && actor.role !== 'trust_leader') return false;
    return concernRepository.sharesCategoryWithSchools(db, school.laCode);
  }

  const presentDecision = (d: DecisionRow) => ({
    id: d.id,
    category: d.category,
    rationale: d.rationale,
    decidedOn: d.decidedOn,
    meetingId: d.meetingId,
    proposedCategory: d.proposedCategory,
    proposedScore: d.proposedScore,
    modelVersion: d.modelVersion,
    academyReferral: d.academyReferral,
    decidedBy: d.decidedBy,
  });

  /** A meeting: each school's proposal as at the meeting, beside its category and this meeting's decision. */
  async function meeting(id: number) {
    const meeting = await concernRepository.meeting(db, id);
    if (!meeting) throw new NotFoundError(`There is no School Assessment Meeting ${String(id)}`);
    const model = await modelVersion(meeting.laCode, meeting.modelVersion);
    const entries = await reviewSchools(db, meeting.laCode, meeting.heldOn, model);
    const decisions = new Map((await concernRepository.decisionsAt(db, id)).map((d) => [d.urn, d]));
    const urns = entries.map((e) => e.urn);
    const [current, beforeMeeting] = await Promise.all([
      concernRepository.currentCategories(db, urns),
      concernRepository.categoriesBeforeMeeting(db, urns, meeting),
    ]);
    const order = model.categories.map((c) => c.name);
    return {
      meeting,
      model,
      // The meeting's order is set by what stood before it, so deciding a school never moves it.
      entries: entries
        .map((e) => {
          const decision = decisions.get(e.urn);
          const before = beforeMeeting.get(e.urn)?.category ?? null;
          return {
            ...e,
            categoryBefore: before,
            currentCategory: current.get(e.urn)?.category ?? null,
            decision: decision ? presentDecision(decision) : null,
            // A proposal that differs from the school's category is what the meeting must discuss.
            needsDiscussion: (before ?? order[0]) !== e.proposedCategory,
          };
        })
        .sort(
          (a, b) =>
            Number(b.needsDiscussion) - Number(a.needsDiscussion) ||
            order.indexOf(b.proposedCategory) - order.indexOf(a.proposedCategory) ||
            b.score - a.score ||
            a.name.localeCompare(b.name),
        ),
    };
  }

  /** The desk-top review of an LA's schools as at a date, with each school's current category. */
  async function reviewAsAt(laCode: string | null, asAt: string) {
    const model = await modelFor(laCode);
    const entries = await reviewSchools(db, laCode, asAt, model);
    const current = await concernRepository.currentCategories(
      db,
      entries.map((e) => e.urn),
    );
    return {
      model: { version: model.version, categories: model.categories },
      asAt,
      entries: entries.map((e) => ({ ...e, currentCategory: current.get(e.urn)?.category ?? null })),
    };
  }

  async function operationalGroup(laCode: string, from?: string, to?: string) {
    const end = to ?? today();
    const held = (await concernRepository.meetings(db, laCode))
      .map((m) => m.meeting.heldOn)
      .filter((d) => d <= end);
    const start = from ?? held[1] ?? new Date(Date.parse(end) - 49 * 86_400_000).toISOString().slice(0, 10);
    if (start > end) {
      throw new ValidationError([{ field: 'from', message: 'The report must start before it ends' }]);
    }
    return operationalGroupReport(db, laCode, await modelFor(laCode), { from: start, to: end });
  }

  async function meetingsOf(laCode: string) {
    return (await concernRepository.meetings(db, laCode)).map((r) => ({
      ...r.meeting,
      decisions: r.decisions,
    }));
  }

  /** What is recorded about a school's concern; who may see which part is decided on each read. */
  async function concernRecordOf(urn: number) {
    const school = await schoolOrNotFound(db, urn);
    const [history, interventions, intelligence] = await Promise.all([
      concernRepository.categoryHistory(db, urn),
      concernRepository.interventionsOf(db, urn),
      concernRepository.intelligenceOf(db, urn),
    ]);
    return { school, history: history.map(presentDecision), interventions, intelligence };
  }
  const keptRecords = keptUntilChanged<Awaited<ReturnType<typeof concernRecordOf>>>(db, 500);

  // The review and the report are the same for every officer who may read them: kept until
  // anything changes (access/keptReads.ts).
  const keptReviews = keptUntilChanged<Awaited<ReturnType<typeof reviewAsAt>>>(db, 50);
  const keptMeetings = keptUntilChanged<Awaited<ReturnType<typeof meetingsOf>>>(db, 50);
  const keptSharing = keptUntilChanged<boolean>(db, 50);
  const keptReports = keptUntilChanged<Awaited<ReturnType<typeof operationalGroup>>>(db, 50);

  return {
    modelFor,

    /** The review without writing anything: `GET /api/v1/concern/review`. `la` null is all England. */
    async review(laCode: string | null, asAt: string) {
      return keptReviews(`${laCode ?? 'England'}|${asAt}`, () => reviewAsAt(laCode, asAt));
    },

    /**
     * The Operational Group's half-termly report. Without dates it covers the time since the
     * meeting before the latest one, or the last seven weeks (a half term) when there is none.
     */
    async report(laCode: string, from?: string, to?: string) {
      return keptReports(`${laCode}|${from ?? ''}|${to ?? ''}|${today()}`, () =>
        operationalGroup(laCode, from, to),
      );
    },

    /** A new version of an LA's model; the old ones stay, so past proposals still name theirs. */
    async saveModel(actor: Actor, laCode: string, input: RiskModelInput) {
      const parsed = validated(riskModelInput, input);
      const problems = thresholdProblems({ version: 0, ...parsed });
      if (problems.length > 0) {
        throw new ValidationError(problems.map((message) => ({ field: 'categories', message })));
      }
      const before = await modelFor(laCode);
      return db.transaction(async (tx) => {
        const version =
          Math.max(await concernRepository.latestVersionNumber(tx, laCode), defaultRiskModel.version) + 1;
        const saved = await concernRepository.saveModel(tx, {
          laCode,
          version,
          rules: parsed.rules,
          categories: parsed.categories,
          createdBy: actor.label,
        });
        await recordAudit(tx, actor, {
          action: 'concern.modelSaved',
          entityType: 'riskModel',
          entityId: `${laCode}/${String(version)}`,
          before: { version: before.version, rules: before.rules, categories: before.categories },
          after: { version, rules: parsed.rules, categories: parsed.categories },
        });
        return saved;
      });
    },

    /** An LA's School Assessment Meetings, newest first, kept until anything changes. */
    async meetings(laCode: string) {
      return keptMeetings(laCode, () => meetingsOf(laCode));
    },

    async createMeeting(actor: Actor, input: MeetingInput) {
      const meeting = validated(meetingInput, input);
      const model = await modelFor(meeting.laCode);
      return db.transaction(async (tx) => {
        const created = await concernRepository.createMeeting(tx, {
          ...meeting,
          modelVersion: model.version,
          createdBy: actor.label,
        });
        if (!created) throw new Error('The meeting was not saved');
        await recordAudit(tx, actor, {
          action: 'concern.meetingCreated',
          entityType: 'assessmentMeeting',
          entityId: created.id,
          after: { ...meeting, modelVersion: model.version },
        });
        return created;
      });
    },

    meeting,

    /** The meeting confirms a school's category, with its rationale; audited with before and after. */
    async decide(actor: Actor, meetingId: number, urn: number, input: DecisionInput) {
      const decision = validated(decisionInput, input);
      const found = await meeting(meetingId);
      const entry = found.entries.find((e) => e.urn === urn);
      if (!entry) {
        throw new NotFoundError(
          `School ${String(urn)} is not among LA ${found.meeting.laCode}’s open schools`,
        );
      }
      const names = found.model.categories.map((c) => c.name);
      if (!names.includes(decision.category)) {
        throw new ValidationError([
          {
            field: 'category',
            message: `"${decision.category}" is not a category of this model (${names.join(', ')})`,
          },
        ]);
      }
      if (decision.academyReferral && !entry.isAcademy) {
        throw new ValidationError([
          { field: 'academyReferral', message: 'Only an academy is referred under the academy protocol' },
        ]);
      }
      return db.transaction(async (tx) => {
        const saved = await concernRepository.recordDecision(tx, {
          urn,
          meetingId,
          category: decision.category,
          rationale: decision.rationale,
          decidedOn: found.meeting.heldOn,
          proposedCategory: entry.proposedCategory,
          proposedScore: entry.score,
          proposedReasons: entry.reasons,
          modelVersion: found.model.version,
          academyReferral: decision.academyReferral,
          decidedBy: actor.label,
        });
        if (saved && (await concernRepository.sharesCategoryWithSchools(tx, found.meeting.laCode)))
          await tellCategoriesShared(tx, [saved]);
        await recordAudit(tx, actor, {
          action: 'concern.categoryDecided',
          entityType: 'school',
          entityId: urn,
          before: { category: entry.currentCategory },
          after: {
            category: decision.category,
            rationale: decision.rationale,
            meetingId,
            proposed: entry.proposedCategory,
          },
        });
        return saved;
      });
    },

    /** A school's category and its history, for those allowed to see it. */
    async categoryOf(actor: Actor, urn: number) {
      const school = await schoolOrNotFound(db, urn);
      if (!(await maySeeCategory(actor, school))) {
        throw new ForbiddenError('Your account cannot see this school’s category.');
      }
      const history = (await concernRepository.categoryHistory(db, urn)).map(presentDecision);
      // A school sees its category and when it was set, not the officers' reasoning.
      const forOfficers = concernPermissions.has(actor.role, 'concern:read');
      return {
        urn,
        name: school.name,
        category: history[0]?.category ?? null,
        history: forOfficers
          ? history
          : history.map((h) => ({ category: h.category, decidedOn: h.decidedOn })),
      };
    },

    /**
     * What the school page shows of C3: the category and its history and, for officers, the
     * interventions and intelligence; null when the person may not see it.
     */
    async schoolConcern(actor: Actor, urn: number) {
      const record = await keptRecords(String(urn), () => concernRecordOf(urn));
      if (!(await maySeeCategory(actor, record.school))) return null;
      const forOfficers = concernPermissions.has(actor.role, 'concern:read');
      return {
        forOfficers,
        canDecide: concernPermissions.has(actor.role, 'concern:decide'),
        isAcademy: record.school.isAcademy,
        category: record.history[0]?.category ?? null,
        history: record.history,
        interventions: forOfficers ? record.interventions : [],
        intelligence: forOfficers ? record.intelligence : [],
      };
    },

    async recordIntelligence(actor: Actor, urn: number, input: IntelligenceInput) {
      const intelligence = validated(intelligenceInput, input);
      await schoolOrNotFound(db, urn);
      if (intelligence.notedOn > today()) {
        throw new ValidationError([
          { field: 'notedOn', message: 'Intelligence cannot be dated in the future' },
        ]);
      }
      return db.transaction(async (tx) => {
        const saved = await concernRepository.recordIntelligence(tx, {
          urn,
          ...intelligence,
          recordedBy: actor.label,
        });
        await recordAudit(tx, actor, {
          action: 'concern.intelligenceRecorded',
          entityType: 'school',
          entityId: urn,
          after: intelligence,
        });
        return saved;
      });
    },

    async startIntervention(actor: Actor, urn: number, input: InterventionInput) {
      const intervention = validated(interventionInput, input);
      const school = await schoolOrNotFound(db, urn);
      const history = await schoolsRepository.inspectionsOf(db, [urn]);
      const graded = history.filter((i) => i.framework === 'graded');
      const problems = interventionProblems(
        {
          isAcademy: school.isAcademy,
          currentGrade: currentGrade(history, intervention.startedOn),
          categoryOfConcern: graded[0]?.categoryOfConcern ?? null,
        },
        intervention,
      );
      if (problems.length > 0) throw new ValidationError(problems);
      return db.transaction(async (tx) => {
        const saved = await concernRepository.createIntervention(tx, {
          urn,
          ...intervention,
          status: 'in force',
          createdBy: actor.label,
        });
        if (!saved) throw new Error('The intervention was not saved');
        await recordAudit(tx, actor, {
          action: 'concern.interventionStarted',
          entityType: 'intervention',
          entityId: saved.id,
          after: { urn, ...intervention, status: 'in force' },
        });
        return saved;
      });
    },

    async changeIntervention(actor: Actor, id: number, input: InterventionChangeInput) {
      const change = validated(interventionChangeInput, input);
      const before = await concernRepository.intervention(db, id);
      if (!before) throw new NotFoundError(`There is no intervention ${String(id)}`);
      const ends =
        change.status === 'closed' || change.status === 'withdrawn' || change.status === 'complied';
      if (ends && change.endedOn === null) {
        throw new ValidationError([
          { field: 'endedOn', message: `Give the date the intervention was ${change.status}` },
        ]);
      }
      if (change.endedOn !== null && change.endedOn < before.startedOn) {
        throw new ValidationError([
          { field: 'endedOn', message: 'An intervention cannot end before it started' },
        ]);
      }
      return db.transaction(async (tx) => {
        const updated = await concernRepository.updateIntervention(tx, id, change);
        await recordAudit(tx, actor, {
          action: 'concern.interventionChanged',
          entityType: 'intervention',
          entityId: id,
          before: { status: before.status, endedOn: before.endedOn, outcome: before.outcome },
          after: change,
        });
        return updated;
      });
    },

    async intervention(id: number) {
      const found = await concernRepository.intervention(db, id);
      if (!found) throw new NotFoundError(`There is no intervention ${String(id)}`);
      return found;
    },

    /** Whether an LA lets its schools see their own category, kept until anything changes. */
    async sharing(laCode: string) {
      return keptSharing(laCode, () => concernRepository.sharesCategoryWithSchools(db, laCode));
    },

    async setSharing(actor: Actor, laCode: string, share: boolean) {
      const before = await concernRepository.sharesCategoryWithSchools(db, laCode);
      await db.transaction(async (tx) => {
        await concernRepository.setSharing(tx, laCode, share);
        if (share && !before) await tellLaCategoriesShared(tx, laCode);
        if (share && !before) await tellLaCategoriesShared(tx, laCode);
        await recordAudit(tx, actor, {
          action: 'concern.sharingChanged',
          entityType: 'localAuthority',
          entityId: laCode,
          before: { shareCategoryWithSchools: before },
          after: { shareCategoryWithSchools: share },
        });
      });
    },
  };
}

export type ConcernService = ReturnType<typeof createConcernService>;
