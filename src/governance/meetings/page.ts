import type { FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.ts';
import type { PaperKind } from '../../access/capability.ts';
import type { Services } from '../../kernel/services.ts';
import { type ValidationError, formErrors } from '../../kernel/errors.ts';
import { formatDate, todayIso as today } from '../../kernel/format.ts';
import { attendanceStatuses } from '../schema.ts';
import { agendaChoices, agendaShown, type AgendaChoice } from '../rules/agendaShown.ts';

const showWords: Record<AgendaChoice, string> = {
  all: 'All items',
  'to discuss': 'Items still to discuss',
  decided: 'Items decided',
  'with papers': 'Items with papers',
};

/** The meeting page, again with the problem that stopped a change, when there was one. */
export async function renderMeetingPage(
  services: Services,
  paperKinds: readonly PaperKind[],
  reply: FastifyReply,
  actor: Actor,
  meetingId: number,
  error?: ValidationError,
  show: AgendaChoice = 'all',
) {
  const meeting = await services.meetings.meeting(actor, meetingId, today());
  const clerking = meeting.canRecordAttendance;
  const [papers, actions, people, boardMeetings, plans, programmes] = await Promise.all([
    services.papers.papersOf(meetingId),
    services.meetingActions.ofMeeting(meeting, today()),
    clerking ? services.users.list() : Promise.resolve([]),
    services.meetings.meetingsOf(meeting.board.id),
    clerking ? services.plans.list() : Promise.resolve([]),
    clerking ? services.programmes.choices() : Promise.resolve([]),
  ]);
  return reply.status(error ? 400 : 200).page('governance/views/meeting.njk', {
    pageTitle: `${meeting.board.name}: meeting of ${formatDate(meeting.heldOn)}`,
    meeting: { ...meeting, agenda: agendaShown(meeting.agenda, show, papers) },
    agendaItems: meeting.agenda.length,
    show,
    showItems: agendaChoices.map((value) => ({ value, text: showWords[value], selected: value === show })),
    papers,
    actions,
    owners: people
      .filter((p) => p.status === 'active')
      .map((p) => ({ value: String(p.id), text: `${p.name} (${p.email})` })),
    paperKinds: paperKinds.map((k) => ({ value: k.key, text: k.title })),
    plans: plans.map((p) => ({ value: String(p.id), text: p.title })),
    programmes,
    // A deferred item goes to one of the board's later meetings.
    laterMeetings: boardMeetings
      .filter((m) => m.heldOn > meeting.heldOn)
      .map((m) => ({ value: String(m.id), text: formatDate(m.heldOn) })),
    statuses: attendanceStatuses,
    ...(error ? formErrors(error) : {}),
  });
}
