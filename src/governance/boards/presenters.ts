import { termEndingSoon } from '../rules/seats.ts';
import type { boardSeats, boards, seatHolders, termsOfReference } from '../schema.ts';
import { quorumNeeded } from '../rules/quorum.ts';
import { membershipDue } from '../rules/academicYear.ts';

export type BoardRow = typeof boards.$inferSelect;
export type SeatRow = typeof boardSeats.$inferSelect;
export type HolderRow = typeof seatHolders.$inferSelect;
export type TermsRow = typeof termsOfReference.$inferSelect;

const kindNames: Record<BoardRow['kind'], string> = {
  'strategic board': 'Strategic board',
  'operational group': 'Operational group',
  'advisory board': 'Advisory board',
  'scrutiny panel': 'Scrutiny panel',
  'schools forum': 'Schools forum',
};

const plural = (n: number, one: string) => `${String(n)} ${one}${n === 1 ? '' : 's'}`;

function quorumText(fraction: number | null, votingPlaces: number): string {
  if (fraction === null) return 'Not set in its terms of reference';
  const percent = `${String(Math.round(fraction * 1000) / 10)}% of voting members`;
  return votingPlaces === 0
    ? percent
    : `${percent}: ${String(quorumNeeded(votingPlaces, fraction))} of ${String(votingPlaces)} voting places`;
}

function noticeText(days: number, counted: BoardRow['noticeCounted']): string {
  if (days === 0) return 'None set';
  return counted === 'calendar'
    ? `Papers at least ${plural(days, 'day')} before the meeting`
    : `Papers at least ${plural(days, 'clear working day')} before the meeting (not counting weekends and bank holidays)`;
}

/** A board as its pages and the API show it: rules in words, seats with their holders, terms ending soon. */
export function presentBoard(
  board: BoardRow,
  terms: readonly TermsRow[],
  seats: readonly SeatRow[],
  holders: readonly HolderRow[],
  today: string,
) {
  const current = (h: HolderRow) => h.termEnd === null || h.termEnd >= today;
  const presentedSeats = seats.map((seat) => {
    const held = holders.filter((h) => h.seatId === seat.id && current(h));
    return {
      id: seat.id,
      title: seat.title,
      places: seat.places,
      membership: seat.membership,
      office: seat.office,
      vacancies: Math.max(0, seat.places - held.length),
      holders: held.map((h) => ({
        id: h.id,
        name: h.name,
        userId: h.userId,
        termStart: h.termStart,
        termEnd: h.termEnd,
        endingSoon: termEndingSoon(h.termEnd, today, board.termWarningDays),
      })),
    };
  });
  const votingPlaces = seats.filter((s) => s.membership === 'voting').reduce((n, s) => n + s.places, 0);
  const chair = presentedSeats.find((s) => s.office === 'chair')?.holders[0]?.name ?? null;
  return {
    id: board.id,
    name: board.name,
    kind: board.kind,
    kindName: kindNames[board.kind],
    accountableTo: board.accountableTo,
    frequency: board.frequency,
    quorumFraction: board.quorumFraction,
    quorum: quorumText(board.quorumFraction, votingPlaces),
    noticeDays: board.noticeDays,
    noticeCounted: board.noticeCounted,
    notice: noticeText(board.noticeDays, board.noticeCounted),
    votingPlaces,
    chair,
    isDemonstration: board.isDemonstration,
    membership: {
      agreedOn: board.membershipAgreedOn,
      // Seed 001: agreed annually at the first meeting of the academic year.
      due: membershipDue(board.membershipAgreedOn, today),
    },
    terms: terms.map((t, i) => ({
      agreedOn: t.agreedOn,
      status: t.status,
      purpose: t.purpose,
      responsibilities: t.responsibilities,
      current: i === 0,
    })),
    seats: presentedSeats,
    termsEnding: presentedSeats.flatMap((s) =>
      s.holders.filter((h) => h.endingSoon).map((h) => ({ name: h.name, seat: s.title, termEnd: h.termEnd })),
    ),
  };
}

export type PresentedBoard = ReturnType<typeof presentBoard>;
