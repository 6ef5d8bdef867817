import { and, asc, eq, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { users } from '../../access/schema.ts';
import { notify } from '../../access/notifications/notify.ts';
import { formatDate } from '../../kernel/format.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../../kernel/errors.ts';
import { governancePermissions } from '../permissions.ts';
import { boards, meetingActions, meetings } from '../schema.ts';
import type { MeetingsService } from '../meetings/service.ts';

// Actions arising (seed 001: minutes "formally agreed at the next meeting"): each has an owner with
// a Beacon account and a due date, is flagged when overdue, and comes back to the board's next
// meeting under matters arising until it is done.

export const actionInput = z.object({
  description: z.string().trim().min(1, 'Say what is to be done').max(2000),
  ownerUserId: z.coerce
    .number({ message: 'Choose who owns the action' })
    .int()
    .positive('Choose who owns the action'),
  dueOn: z.iso.date({ message: 'Enter the date it is due, with the day, month and year' }),
});

const columns = {
  id: meetingActions.id,
  meetingId: meetingActions.meetingId,
  description: meetingActions.description,
  ownerUserId: meetingActions.ownerUserId,
  owner: users.name,
  dueOn: meetingActions.dueOn,
  status: meetingActions.status,
  doneOn: meetingActions.doneOn,
  heldOn: meetings.heldOn,
  boardName: boards.name,
};

type ActionRow = { dueOn: string; status: 'open' | 'done' };
const withOverdue = <T extends ActionRow>(rows: T[], today: string) =>
  rows.map((r) => ({ ...r, overdue: r.status === 'open' && r.dueOn < today }));

export function createMeetingActionsService(db: Database, meetingsService: MeetingsService) {
  const select = () =>
    db
      .select(columns)
      .from(meetingActions)
      .innerJoin(users, eq(users.id, meetingActions.ownerUserId))
      .innerJoin(meetings, eq(meetings.id, meetingActions.meetingId))
      .innerJoin(boards, eq(boards.id, meetings.boardId));

  return {
    /**
     * A meeting's own actions, and the open ones from the board's earlier meetings (matters
     * arising), for a meeting the person has already been allowed to see.
     */
    async ofMeeting(meeting: { id: number; heldOn: string; board: { id: number } }, today: string) {
      const [arising, carried] = await Promise.all([
        select().where(eq(meetingActions.meetingId, meeting.id)).orderBy(asc(meetingActions.id)),
        select()
          .where(
            and(
              eq(meetings.boardId, meeting.board.id),
              lt(meetings.heldOn, meeting.heldOn),
              ne(meetingActions.status, 'done'),
            ),
          )
          .orderBy(asc(meetingActions.dueOn)),
      ]);
      return { arising: withOverdue(arising, today), mattersArising: withOverdue(carried, today) };
    },

    async mine(actor: Actor, today: string) {
      if (actor.userId === null) return [];
      return withOverdue(
        await select()
          .where(and(eq(meetingActions.ownerUserId, actor.userId), eq(meetingActions.status, 'open')))
          .orderBy(asc(meetingActions.dueOn)),
        today,
      );
    },

    async add(actor: Actor, meetingId: number, input: z.input<typeof actionInput>, today: string) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only the clerk records actions arising');
      const meeting = await meetingsService.meeting(actor, meetingId, today);
      const action = validated(actionInput, input);
      const [owner] = await db.select().from(users).where(eq(users.id, action.ownerUserId));
      if (owner?.status !== 'active')
        throw new ValidationError([
          { field: 'ownerUserId', message: 'Choose an owner with an active Beacon account' },
        ]);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(meetingActions)
          .values({ ...action, meetingId })
          .returning({ id: meetingActions.id });
        await notify(tx, [action.ownerUserId], {
          kind: 'meeting-action',
          key: `meeting-action:${String(row?.id)}`,
          title: `An action arising from the ${meeting.board.name} meeting of ${formatDate(meeting.heldOn)} is yours, due by ${formatDate(action.dueOn)}`,
          href: `/meetings/${String(meetingId)}`,
        });
        await recordAudit(tx, actor, {
          action: 'meeting.actionAdded',
          entityType: 'meetingAction',
          entityId: String(row?.id),
          after: { meetingId, ...action },
        });
      });
    },

    /** Done, by its owner or the clerk. */
    async complete(actor: Actor, actionId: number, today: string) {
      const [action] = await db.select().from(meetingActions).where(eq(meetingActions.id, actionId));
      if (!action) throw new NotFoundError(`There is no action ${String(actionId)}`);
      const clerk = governancePermissions.has(actor.role, 'governance:manage');
      if (!clerk && actor.userId !== action.ownerUserId)
        throw new ForbiddenError('Only its owner, or the clerk, marks an action done');
      if (action.status === 'done')
        throw new ValidationError([{ field: 'status', message: 'This action is already done' }]);
      await db.transaction(async (tx) => {
        await tx
          .update(meetingActions)
          .set({ status: 'done', doneOn: today })
          .where(eq(meetingActions.id, actionId));
        await recordAudit(tx, actor, {
          action: 'meeting.actionDone',
          entityType: 'meetingAction',
          entityId: String(actionId),
          before: { status: action.status },
          after: { status: 'done', doneOn: today },
        });
      });
      return action.meetingId;
    },
  };
}

export type MeetingActionsService = ReturnType<typeof createMeetingActionsService>;
