import { createEvents, type DateArray, type EventAttributes } from 'ics';

// A board's meetings as an iCalendar file (RFC 5545), for members' own calendars: each meeting at
// its date and time in England, where it is held, and where its papers are read.

/** "3.30 pm", "10 am", "14:00" as hours and minutes; null when the notice writes it otherwise. */
export function meetingTime(text: string): [number, number] | null {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || (half !== undefined && Number(match[1]) > 12)) return null;
  return [hours, minutes];
}

export type CalendarMeeting = {
  id: number;
  heldOn: string;
  startsAt: string;
  venue: string | null;
  boardName: string;
};

export function boardCalendar(meetings: readonly CalendarMeeting[], baseUrl: string): string {
  const events: EventAttributes[] = meetings.map((m) => {
    const [year, month, day] = m.heldOn.split('-').map(Number) as [number, number, number];
    const time = meetingTime(m.startsAt);
    const start: DateArray = time ? [year, month, day, time[0], time[1]] : [year, month, day];
    return {
      uid: `meeting-${String(m.id)}@beacon`,
      title: m.boardName,
      start,
      startInputType: 'local',
      startOutputType: 'local',
      // The notice gives a start, not an end: a timed meeting is shown for an hour, a day's for the day.
      duration: time ? { hours: 1 } : { days: 1 },
      ...(m.venue ? { location: m.venue } : {}),
      url: `${baseUrl}/meetings/${String(m.id)}`,
      description: time ? `Starts ${m.startsAt}.` : `Time: ${m.startsAt}.`,
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('the calendar could not be made');
  return value;
}
