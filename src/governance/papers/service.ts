import { createHash } from 'node:crypto';
import { and, asc, eq, getTableColumns, gte, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { PaperKind, PaperParams } from '../../access/capability.ts';
import type { Services } from '../../kernel/services.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.ts';
import { formatDate } from '../../kernel/format.ts';
import { governancePermissions } from '../permissions.ts';
import { agendaItems, boardSeats, meetingPapers, meetings, seatHolders } from '../schema.ts';
import { notify } from '../../access/notifications/notify.ts';
import type { MeetingsService } from '../meetings/service.ts';
import { checkDocument, maxDocumentBytes } from './document.ts';

// Board papers that are Beacon's own reports (SPEC C5, 3). Attached live; frozen when the papers are
// published: the pack then shows each as the board received it, "figures as at" that day, and says
// when the live report's figures have changed since.

/** The kind of a paper the clerk uploaded rather than one of Beacon's reports. */
export const documentKind = 'document';

/** Renders a report's body to HTML: the web app's templates, passed in by the routes. */
export type RenderReport = (template: string, context: Record<string, unknown>) => Promise<string>;

const paramsInput = z
  .object({
    laCode: z
      .string()
      .regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851')
      .optional(),
    period: z.coerce
      .number({ message: 'Enter the year the results are for, like 2016' })
      .int('Enter the year the results are for, like 2016')
      .min(2000, 'Enter the year the results are for, like 2016')
      .max(2100, 'Enter the year the results are for, like 2016')
      .optional(),
    planId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    programmeId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    academicYear: z.coerce
      .number({ message: 'Enter the academic year by the year it starts, like 2016 for 2016/17' })
      .int('Enter the academic year by the year it starts, like 2016 for 2016/17')
      .min(2000, 'Enter the academic year by the year it starts, like 2016 for 2016/17')
      .max(2100, 'Enter the academic year by the year it starts, like 2016 for 2016/17')
      .optional(),
    from: z.iso
      .date({ message: 'Enter the date the report runs from, with the day, month and year' })
      .optional(),
    to: z.iso.date({ message: 'Enter the date the report runs to, with the day, month and year' }).optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    path: ['to'],
    message: 'The end date must be the same as or after the start date',
  });

/** What each field is called on the form, for "give the report's …". */
const fieldNames: Record<keyof PaperParams, string> = {
  laCode: 'LA',
  period: 'year',
  planId: 'plan',
  programmeId: 'programme',
  academicYear: 'academic year',
  from: 'start date',
  to: 'end date',
};

/** The figures a report shows, as one fingerprint: a changed figure changes it. */
export const digestOf = (context: Record<string, unknown>) =>
  createHash('sha256').update(JSON.stringify(context)).digest('hex');

export function createPapersService(db: Database, services: Services, meetingsService: MeetingsService) {
  const kindOf = (kinds: readonly PaperKind[], key: string) => {
    const kind = kinds.find((k) => k.key === key);
    if (!kind) throw new ValidationError([{ field: 'kind', message: 'Choose which report to attach' }]);
    return kind;
  };

  async function build(kind: PaperKind, params: PaperParams) {
    try {
      return await kind.build(services, params);
    } catch (error) {
      if (error instanceof NotFoundError)
        throw new ValidationError([
          { field: kind.fields[0] ?? 'kind', message: `Beacon has no such report: ${error.message}` },
        ]);
      throw error;
    }
  }

  async function papersOf(meetingId: number) {
    const items = await db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    if (items.length === 0) return [];
    // Everything but an uploaded document's bytes, which only its download and the PDF pack read.
    const { document: _bytes, ...columns } = getTableColumns(meetingPapers);
    return db
      .select(columns)
      .from(meetingPapers)
      .where(
        inArray(
          meetingPapers.agendaItemId,
          items.map((i) => i.id),
        ),
      )
      .orderBy(asc(meetingPapers.id));
  }

  /** The board's members and officers read the whole meeting; anyone else its public papers, if any. */
  const meetingAsRead = (actor: Actor, meetingId: number, today: string) =>
    meetingsService.meeting(actor, meetingId, today).catch((error: unknown) => {
      if (error instanceof NotFoundError) return meetingsService.publicMeeting(meetingId, today);
      throw error;
    });

  /** An agenda item of a meeting the clerk may still add papers to. */
  async function itemTakingPapers(actor: Actor, meetingId: number, itemId: number, today: string) {
    const meeting = await meetingsService.meeting(actor, meetingId, today);
    if (meeting.papers.publishedOn !== null)
      throw new ValidationError([
        { field: 'kind', message: 'The papers are published: a paper cannot be added to them now' },
      ]);
    const item = meeting.agenda.find((i) => i.id === itemId);
    if (!item) throw new NotFoundError(`There is no item ${String(itemId)} on this meeting’s agenda`);
    return item;
  }

  const requireClerk = (actor: Actor) => {
    if (!governancePermissions.has(actor.role, 'governance:manage'))
      throw new ForbiddenError('Only an officer attaches and publishes papers');
  };

  return {
    papersOf,

    async attach(
      actor: Actor,
      kinds: readonly PaperKind[],
      meetingId: number,
      itemId: number,
      input: { kind: string } & Record<string, unknown>,
      today: string,
    ) {
      requireClerk(actor);
      await itemTakingPapers(actor, meetingId, itemId, today);
      const kind = kindOf(kinds, input.kind);
      const parsed = paramsInput.safeParse(input);
      if (!parsed.success)
        throw new ValidationError(
          parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
        );
      const missing = kind.fields.filter((f) => parsed.data[f] === undefined);
      if (missing.length > 0)
        throw new ValidationError(
          missing.map((f) => ({
            field: f,
            message: `Give the report’s ${fieldNames[f]}`,
          })),
        );
      const params = Object.fromEntries(kind.fields.map((f) => [f, parsed.data[f]])) as PaperParams;
      const report = await build(kind, params);
      await db.transaction(async (tx) => {
        await tx.insert(meetingPapers).values({
          agendaItemId: itemId,
          kind: kind.key,
          params,
          title: report.title,
          liveUrl: report.liveUrl,
        });
        await recordAudit(tx, actor, {
          action: 'meeting.paperAttached',
          entityType: 'meeting',
          entityId: String(meetingId),
          after: { itemId, kind: kind.key, params, title: report.title },
        });
      });
    },

    /** A document the clerk uploads as an item's paper: a PDF, checked by its content. */
    async attachDocument(
      actor: Actor,
      meetingId: number,
      itemId: number,
      upload: { title: string; fileName: string; bytes: Uint8Array | null; tooLarge: boolean },
      today: string,
    ) {
      requireClerk(actor);
      await itemTakingPapers(actor, meetingId, itemId, today);
      const fileName = upload.fileName.trim() === '' ? 'the file' : upload.fileName.trim();
      if (upload.bytes === null || upload.bytes.length === 0)
        throw new ValidationError([{ field: 'document', message: 'Choose the PDF to upload' }]);
      const checked = upload.tooLarge
        ? { problem: `“${fileName}” is larger than ${String(maxDocumentBytes / 1024 / 1024)} MB` }
        : await checkDocument(upload.bytes, fileName);
      if ('problem' in checked) throw new ValidationError([{ field: 'document', message: checked.problem }]);
      const title = upload.title.trim() === '' ? fileName.replace(/\.pdf$/i, '') : upload.title.trim();
      if (title.length > 300)
        throw new ValidationError([{ field: 'documentTitle', message: 'Give the paper a shorter title' }]);
      const bytes = Buffer.from(upload.bytes);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(meetingPapers)
          .values({
            agendaItemId: itemId,
            kind: documentKind,
            params: {},
            title,
            liveUrl: '',
            document: bytes,
            documentPages: checked.pages,
            frozenOn: today,
          })
          .returning({ id: meetingPapers.id });
        if (!row) throw new Error('the paper was not saved');
        await tx
          .update(meetingPapers)
          .set({ liveUrl: `/meeting-papers/${String(row.id)}.pdf` })
          .where(eq(meetingPapers.id, row.id));
        await recordAudit(tx, actor, {
          action: 'meeting.documentAttached',
          entityType: 'meeting',
          entityId: String(meetingId),
          after: { itemId, title, fileName, bytes: bytes.length, pages: checked.pages },
        });
      });
    },

    /** The bytes of a pack's uploaded papers, for the PDF pack they are bound into. */
    async documentsOf(paperIds: readonly number[]) {
      if (paperIds.length === 0) return new Map<number, Buffer>();
      const rows = await db
        .select({ id: meetingPapers.id, document: meetingPapers.document })
        .from(meetingPapers)
        .where(inArray(meetingPapers.id, [...paperIds]));
      return new Map(rows.flatMap((r) => (r.document ? [[r.id, r.document] as const] : [])));
    },

    /** An uploaded paper, to whoever may read the pack it is in. */
    async document(actor: Actor, paperId: number, today: string) {
      const [paper] = await db
        .select({ paper: meetingPapers, meetingId: agendaItems.meetingId })
        .from(meetingPapers)
        .innerJoin(agendaItems, eq(agendaItems.id, meetingPapers.agendaItemId))
        .where(and(eq(meetingPapers.id, paperId), eq(meetingPapers.kind, documentKind)));
      const missing = new NotFoundError(`There is no paper ${String(paperId)}`);
      if (!paper?.paper.document) throw missing;
      const meeting = await meetingAsRead(actor, paper.meetingId, today).catch((error: unknown) => {
        throw error instanceof NotFoundError ? missing : error;
      });
      if (!meeting.agenda.some((item) => item.id === paper.paper.agendaItemId)) throw missing;
      return { title: paper.paper.title, bytes: paper.paper.document };
    },

    /** Publishes the papers: each of Beacon's reports is frozen as it reads today. */
    async publish(
      actor: Actor,
      kinds: readonly PaperKind[],
      meetingId: number,
      render: RenderReport,
      today: string,
      audience: { public: boolean } = { public: false },
    ) {
      requireClerk(actor);
      const meeting = await meetingsService.meeting(actor, meetingId, today);
      if (meeting.papers.publishedOn !== null)
        throw new ValidationError([
          {
            field: 'publish',
            message: `The papers were published on ${formatDate(meeting.papers.publishedOn)}`,
          },
        ]);
      if (today > meeting.heldOn)
        throw new ValidationError([
          { field: 'publish', message: 'The meeting has been held: its papers cannot be published after it' },
        ]);
      const papers = await papersOf(meetingId);
      const frozen: { id: number; html: string; digest: string }[] = [];
      for (const paper of papers) {
        // An uploaded document is fixed as it came; only Beacon's own reports are frozen here.
        if (paper.kind === documentKind) continue;
        const report = await build(kindOf(kinds, paper.kind), paper.params);
        frozen.push({
          id: paper.id,
          html: await render(report.template, report.context),
          digest: digestOf(report.context),
        });
      }
      await db.transaction(async (tx) => {
        for (const f of frozen)
          await tx
            .update(meetingPapers)
            .set({ frozenHtml: f.html, frozenDigest: f.digest, frozenOn: today })
            .where(eq(meetingPapers.id, f.id));
        await tx
          .update(meetings)
          .set({ papersPublishedOn: today, papersPublic: audience.public })
          .where(eq(meetings.id, meetingId));
        // The board's members with an account, in their term on the day, hear the papers are out.
        const members = await tx
          .select({ userId: seatHolders.userId })
          .from(seatHolders)
          .innerJoin(boardSeats, eq(boardSeats.id, seatHolders.seatId))
          .where(
            and(
              eq(boardSeats.boardId, meeting.board.id),
              isNotNull(seatHolders.userId),
              or(isNull(seatHolders.termEnd), gte(seatHolders.termEnd, today)),
            ),
          );
        await notify(
          tx,
          members.flatMap((m) => (m.userId === null ? [] : [m.userId])),
          {
            kind: 'papers-published',
            key: `papers-published:${String(meetingId)}`,
            title: `Papers published for the ${meeting.board.name} meeting of ${formatDate(meeting.heldOn)}`,
            href: `/meetings/${String(meetingId)}/pack`,
          },
        );
        await recordAudit(tx, actor, {
          action: 'meeting.papersPublished',
          entityType: 'meeting',
          entityId: String(meetingId),
          after: {
            publishedOn: today,
            papers: papers.map((p) => p.title),
            late: meeting.papers.dueBy < today,
            public: audience.public,
          },
        });
      });
    },

    /**
     * The board pack: the meeting, and each paper as the board received it (or as it reads now,
     * marked as a draft, before the papers are published), with whether its figures have changed.
     */
    async pack(
      actor: Actor,
      kinds: readonly PaperKind[],
      meetingId: number,
      render: RenderReport,
      today: string,
    ) {
      const meeting = await meetingAsRead(actor, meetingId, today);
      // Papers in the order of the agenda, then in the order they were attached to their item.
      const position = new Map(meeting.agenda.map((item, i) => [item.id, i]));
      const papers = (await papersOf(meetingId))
        .filter((paper) => position.has(paper.agendaItemId))
        .sort(
          (a, b) => (position.get(a.agendaItemId) ?? 0) - (position.get(b.agendaItemId) ?? 0) || a.id - b.id,
        );
      const shown = [];
      for (const paper of papers) {
        if (paper.kind === documentKind) {
          shown.push({
            id: paper.id,
            agendaItemId: paper.agendaItemId,
            title: paper.title,
            liveUrl: paper.liveUrl,
            frozenOn: paper.frozenOn,
            html: '',
            draft: false,
            changedSince: false,
            document: { pages: paper.documentPages ?? 0 },
          });
          continue;
        }
        const report = await build(kindOf(kinds, paper.kind), paper.params);
        const liveDigest = digestOf(report.context);
        shown.push({
          id: paper.id,
          agendaItemId: paper.agendaItemId,
          title: paper.title,
          liveUrl: paper.liveUrl,
          frozenOn: paper.frozenOn,
          html: paper.frozenHtml ?? (await render(report.template, report.context)),
          draft: paper.frozenHtml === null,
          changedSince: paper.frozenDigest !== null && paper.frozenDigest !== liveDigest,
          document: null,
        });
      }
      return { meeting, papers: shown };
    },
  };
}

export type PapersService = ReturnType<typeof createPapersService>;
