import {
  downloadLinks,
  listTable,
  sortHeaders,
  sortQuery,
  sortRows,
  sortedAs,
} from '../kernel/tables/sorting.ts';
import { sendTables } from '../kernel/tables/send.ts';
import { reviewColumns, reviewFileColumns } from './reviewList.ts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { ForbiddenError, NotFoundError, ValidationError, formErrors } from '../kernel/errors.ts';
import type { Actor } from '../access/actor.ts';
import { concernPermissions } from './permissions.ts';
import { reportWorkbook } from './reportExport.ts';
import { movementWords } from './rules/movement.ts';
import { printable, type PrintedFigures } from '../kernel/printing.ts';
import { formatDate } from '../kernel/format.ts';
import { categoryRows, formValues, modelFromForm, ruleForms } from './modelForm.ts';
import { defaultRiskModel } from './risk/model.ts';
import { actorOf, cannotSeeCategory, csrf, id, text, today, urn } from './routeParts.ts';
import { intelligenceKinds, interventionKinds, interventionStatuses } from './schema.ts';

const reviewPageQuery = z.object({
  la: z
    .string()
    .regex(/^\d{3}$/, 'Choose a local authority')
    .optional(),
  asAt: z.union([z.literal(''), z.iso.date('Enter a real date, with the day, month and year')]).optional(),
  ...sortQuery.shape,
  format: z.enum(['csv', 'xlsx']).optional().catch(undefined),
});
const meetingForm = z.object({ laCode: text, heldOn: text, attendees: text, ...csrf });
const decisionForm = z.object({
  category: text,
  rationale: text,
  academyReferral: z.string().optional(),
  ...csrf,
});
const intelligenceForm = z.object({ kind: text, notedOn: text, note: text, ...csrf });
const interventionForm = z.object({
  kind: text,
  startedOn: text,
  complianceBy: text,
  owner: text,
  details: text,
  documentLinks: text,
  ...csrf,
});
const interventionChangeForm = z.object({
  status: text,
  endedOn: text,
  outcome: text,
  ...csrf,
});
const sharingForm = z.object({ share: z.string().optional(), ...csrf });
const blankIsNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function concernRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    async function schoolConcernPage(
      reply: FastifyReply,
      actor: Actor,
      schoolUrn: number,
      extra: Record<string, unknown> = {},
    ) {
      const school = await services.schools.get(actor, schoolUrn);
      const concern = await services.concern.schoolConcern(actor, schoolUrn);
      if (!concern) throw new ForbiddenError(cannotSeeCategory);
      // What the council brokered and commissioned for the school: the record of support a referral
      // to the RSC must show (seed 000, 2.4), from the support work (SPEC C6, 6).
      const [deployments, programmes] = concern.forOfficers
        ? await Promise.all([
            services.deployments.list(actor, { urn: schoolUrn }),
            services.programmes.forSchool(schoolUrn),
          ])
        : [[], []];
      return reply.page('concern/views/school.njk', {
        pageTitle: `${school.name}: causing concern`,
        school,
        concern,
        supportOffered: { deployments, programmes },
        intelligenceKinds,
        interventionKinds,
        interventionStatuses,
        today: today(),
        ...extra,
      });
    }

    routes.get(
      '/concern',
      { config: { permission: 'concern:read' }, schema: { querystring: reviewPageQuery } },
      async (request, reply) => {
        const las = await services.schools.localAuthorities();
        const la =
          request.query.la ??
          (las.some((l) => l.code === config.localAuthority.code)
            ? config.localAuthority.code
            : las[0]?.code);
        const asAt =
          request.query.asAt === undefined || request.query.asAt === '' ? today() : request.query.asAt;
        if (la === undefined) {
          return reply.page('concern/views/review.njk', {
            pageTitle: 'Schools causing concern',
            las,
            empty: true,
          });
        }
        const [review, meetings, sharing] = await Promise.all([
          services.concern.review(la, asAt),
          services.concern.meetings(la),
          services.concern.sharing(la),
        ]);
        // The schools the model rates above the lowest category, first: what a meeting looks at.
        const byScore = review.entries
          .filter(
            (e) => e.proposedCategory !== review.model.categories[0]?.name || e.currentCategory !== null,
          )
          .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
        const sorted = sortedAs(request.query);
        const columns = reviewColumns(review.model.categories);
        const flagged = sortRows(byScore, 'flagged', columns, sorted);
        const shownAs = {
          la,
          asAt: request.query.asAt,
          sort: request.query.sort,
          order: request.query.order,
        };
        if (request.query.format !== undefined)
          return sendTables(
            reply,
            [
              listTable(
                'flagged',
                'Schools the review flags',
                reviewFileColumns(review.model.categories),
                flagged,
              ),
            ],
            { table: 'flagged', format: request.query.format },
            `review-${la}-${asAt}`,
          );
        const counts = review.model.categories.map((c) => ({
          name: c.name,
          proposed: review.entries.filter((e) => e.proposedCategory === c.name).length,
          current: review.entries.filter((e) => e.currentCategory === c.name).length,
        }));
        return reply.page('concern/views/review.njk', {
          pageTitle: 'Schools causing concern: desk-top review',
          las,
          form: { la, asAt, heldOn: today() },
          laName: las.find((l) => l.code === la)?.name ?? la,
          review,
          flagged,
          headers: sortHeaders('/concern', shownAs, 'flagged', columns, sorted),
          downloads: downloadLinks('/concern', shownAs, 'flagged'),
          counts,
          shownAs,
          meetings,
          sharing,
          canDecide: concernPermissions.has(actorOf(request).role, 'concern:decide'),
          canConfigure: concernPermissions.has(actorOf(request).role, 'concern:configure'),
        });
      },
    );

    const reportQuery = z.object({
      la: z
        .string()
        .regex(/^\d{3}$/, 'Choose a local authority')
        .optional(),
      from: z
        .union([z.literal(''), z.iso.date('Enter a real date, with the day, month and year')])
        .optional(),
      to: z.union([z.literal(''), z.iso.date('Enter a real date, with the day, month and year')]).optional(),
    });
    const given = (value: string | undefined) => (value === '' ? undefined : value);

    for (const { url, print } of printable('/concern/report')) {
      routes.get(
        url,
        { config: { permission: 'concern:report', print }, schema: { querystring: reportQuery } },
        async (request, reply) => {
          const las = await services.schools.localAuthorities();
          const la = request.query.la ?? config.localAuthority.code;
          const report = await services.concern.report(
            la,
            given(request.query.from),
            given(request.query.to),
          );
          return reply.page('concern/views/report.njk', {
            pageTitle: 'Operational Group report: schools causing concern',
            las,
            laName: las.find((l) => l.code === la)?.name ?? la,
            form: { la, from: report.period.from, to: report.period.to },
            report,
            movementWords,
            query: new URLSearchParams({ la, from: report.period.from, to: report.period.to }).toString(),
            figures: { asAt: formatDate(report.period.to) } satisfies PrintedFigures,
          });
        },
      );
    }

    routes.get(
      '/concern/report.xlsx',
      { config: { permission: 'concern:report' }, schema: { querystring: reportQuery } },
      async (request, reply) => {
        const las = await services.schools.localAuthorities();
        const la = request.query.la ?? config.localAuthority.code;
        const report = await services.concern.report(la, given(request.query.from), given(request.query.to));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="operational-group-report-${la}-${report.period.to}.xlsx"`,
          )
          .send(await reportWorkbook(report, las.find((l) => l.code === la)?.name ?? la));
      },
    );

    routes.post(
      '/concern/meetings',
      { config: { permission: 'concern:decide' }, schema: { body: meetingForm } },
      async (request, reply) => {
        const actor = actorOf(request);
        try {
          const meeting = await services.concern.createMeeting(actor, request.body);
          return await reply.redirect(`/concern/meetings/${String(meeting.id)}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const las = await services.schools.localAuthorities();
          return reply.status(400).page('concern/views/new-meeting.njk', {
            pageTitle: 'Start a School Assessment Meeting',
            las,
            form: request.body,
            ...formErrors(error),
          });
        }
      },
    );

    routes.get(
      '/concern/meetings/:id',
      { config: { permission: 'concern:read' }, schema: { params: z.object({ id }) } },
      async (request, reply) => {
        const found = await services.concern.meeting(request.params.id);
        return reply.page('concern/views/meeting.njk', {
          pageTitle: `School Assessment Meeting, ${found.meeting.heldOn}`,
          ...found,
          canDecide: concernPermissions.has(actorOf(request).role, 'concern:decide'),
          decided: found.entries.filter((e) => e.decision !== null).length,
        });
      },
    );

    async function decisionPage(
      reply: FastifyReply,
      meetingId: number,
      schoolUrn: number,
      extra: Record<string, unknown> = {},
    ) {
      const found = await services.concern.meeting(meetingId);
      const entry = found.entries.find((e) => e.urn === schoolUrn);
      if (!entry) throw new NotFoundError(`School ${String(schoolUrn)} is not among this meeting’s schools.`);
      return reply.page('concern/views/decide.njk', {
        pageTitle: `${entry.name}: category`,
        meeting: found.meeting,
        categories: found.model.categories,
        entry,
        form: {
          category: entry.decision?.category ?? entry.proposedCategory,
          rationale: entry.decision?.rationale ?? '',
        },
        ...extra,
      });
    }

    routes.get(
      '/concern/meetings/:id/schools/:urn',
      { config: { permission: 'concern:decide' }, schema: { params: z.object({ id, urn }) } },
      async (request, reply) => decisionPage(reply, request.params.id, request.params.urn),
    );

    routes.post(
      '/concern/meetings/:id/schools/:urn',
      {
        config: { permission: 'concern:decide' },
        schema: { params: z.object({ id, urn }), body: decisionForm },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { category, rationale, academyReferral } = request.body;
        try {
          await services.concern.decide(actor, request.params.id, request.params.urn, {
            category,
            rationale,
            academyReferral: academyReferral === 'yes',
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return decisionPage(reply.status(400), request.params.id, request.params.urn, {
            form: { category, rationale, academyReferral: academyReferral === 'yes' },
            ...formErrors(error),
          });
        }
        return reply.redirect(
          `/concern/meetings/${String(request.params.id)}#school-${String(request.params.urn)}`,
          303,
        );
      },
    );

    routes.get(
      '/schools/:urn/concern',
      { config: { permission: 'schools:read' }, schema: { params: z.object({ urn }) } },
      async (request, reply) => schoolConcernPage(reply, actorOf(request), request.params.urn),
    );

    routes.post(
      '/schools/:urn/intelligence',
      {
        config: { permission: 'concern:decide' },
        schema: { params: z.object({ urn }), body: intelligenceForm },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        try {
          await services.concern.recordIntelligence(actor, request.params.urn, {
            kind: request.body.kind as 'governance',
            notedOn: request.body.notedOn,
            note: request.body.note,
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          // The page has two "kind" fields; the error summary must link to this form's.
          const named = error.problems.map((p) => ({
            ...p,
            field: p.field === 'kind' ? 'intelligence-kind' : p.field,
          }));
          return schoolConcernPage(reply.status(400), actor, request.params.urn, {
            intelligenceForm: request.body,
            ...formErrors(new ValidationError(named)),
          });
        }
        return reply.redirect(`/schools/${String(request.params.urn)}/concern#intelligence`, 303);
      },
    );

    routes.post(
      '/schools/:urn/interventions',
      {
        config: { permission: 'concern:decide' },
        schema: { params: z.object({ urn }), body: interventionForm },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const form = request.body;
        try {
          await services.concern.startIntervention(actor, request.params.urn, {
            kind: form.kind as 'warning notice',
            startedOn: form.startedOn,
            complianceBy: blankIsNull(form.complianceBy),
            owner: form.owner,
            details: form.details,
            documentLinks: form.documentLinks
              .split(/\s+/)
              .map((l) => l.trim())
              .filter((l) => l !== ''),
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return schoolConcernPage(reply.status(400), actor, request.params.urn, {
            interventionForm: form,
            ...formErrors(error),
          });
        }
        return reply.redirect(`/schools/${String(request.params.urn)}/concern#interventions`, 303);
      },
    );

    routes.post(
      '/interventions/:id',
      {
        config: { permission: 'concern:decide' },
        schema: { params: z.object({ id }), body: interventionChangeForm },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const form = request.body;
        const before = await services.concern.intervention(request.params.id);
        try {
          await services.concern.changeIntervention(actor, request.params.id, {
            status: form.status as 'closed',
            endedOn: blankIsNull(form.endedOn),
            outcome: form.outcome,
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          // Each intervention has its own form: the error links to the field of this one.
          const named = error.problems.map((p) => ({
            ...p,
            field: `${p.field}-${String(request.params.id)}`,
          }));
          return schoolConcernPage(reply.status(400), actor, before.urn, {
            changeForm: { id: request.params.id, ...form },
            ...formErrors(new ValidationError(named)),
          });
        }
        return reply.redirect(
          `/schools/${String(before.urn)}/concern#intervention-${String(request.params.id)}`,
          303,
        );
      },
    );

    async function modelPage(reply: FastifyReply, laCode: string, extra: Record<string, unknown> = {}) {
      const las = await services.schools.localAuthorities();
      const model = await services.concern.modelFor(laCode);
      return reply.page('concern/views/model.njk', {
        pageTitle: 'Risk model',
        laCode,
        laName: las.find((l) => l.code === laCode)?.name ?? laCode,
        model,
        ruleForms,
        categoryRows: Array.from({ length: categoryRows }, (_, i) => i),
        values: formValues(model, defaultRiskModel),
        ...extra,
      });
    }

    routes.get(
      '/concern/model',
      {
        config: { permission: 'concern:configure' },
        schema: {
          querystring: z.object({
            la: z
              .string()
              .regex(/^\d{3}$/)
              .optional(),
            saved: z.string().optional(),
          }),
        },
      },
      async (request, reply) =>
        modelPage(reply, request.query.la ?? config.localAuthority.code, {
          saved: request.query.saved !== undefined,
        }),
    );

    routes.post(
      '/concern/:la/model',
      {
        config: { permission: 'concern:configure' },
        schema: {
          params: z.object({ la: z.string().regex(/^\d{3}$/) }),
          body: z.record(z.string(), z.string()),
        },
      },
      async (request, reply) => {
        const { input, fieldOf } = modelFromForm(request.body);
        try {
          await services.concern.saveModel(actorOf(request), request.params.la, input);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const named = error.problems.map((p) => ({ ...p, field: fieldOf(p) }));
          return modelPage(reply.status(400), request.params.la, {
            values: request.body,
            ...formErrors(new ValidationError(named)),
          });
        }
        return reply.redirect(`/concern/model?la=${request.params.la}&saved`, 303);
      },
    );

    routes.post(
      '/concern/:la/sharing',
      {
        config: { permission: 'concern:configure' },
        schema: { params: z.object({ la: z.string().regex(/^\d{3}$/) }), body: sharingForm },
      },
      async (request, reply) => {
        await services.concern.setSharing(actorOf(request), request.params.la, request.body.share === 'yes');
        return reply.redirect(`/concern?la=${request.params.la}#sharing`, 303);
      },
    );
  };
}
