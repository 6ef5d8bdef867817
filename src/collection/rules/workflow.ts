import { formatDate } from '../../kernel/format.ts';

// Where a return has got to (SPEC C7, 3): the school's data lead drafts it and sends it for
// authorisation; the headteacher authorises it, which submits it to the LA; the LA accepts it or
// returns it with a comment, and a returned return is corrected and sent again. A return not yet
// begun has no row: "not started".

export const returnStatuses = [
  'not started',
  'draft',
  'awaiting authorisation',
  'submitted',
  'accepted',
  'returned',
] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

export type ReturnStep = 'save' | 'send for authorisation' | 'authorise' | 'accept' | 'return';

/** Who takes a step: the school (data lead or authoriser), its authoriser, or the LA. */
export const stepTakenBy: Record<ReturnStep, 'school' | 'authoriser' | 'la'> = {
  save: 'school',
  'send for authorisation': 'school',
  authorise: 'authoriser',
  accept: 'la',
  return: 'la',
};

const from: Record<ReturnStep, readonly ReturnStatus[]> = {
  save: ['not started', 'draft', 'awaiting authorisation', 'returned'],
  'send for authorisation': ['not started', 'draft', 'returned'],
  authorise: ['not started', 'draft', 'awaiting authorisation', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
};

export const statusAfter: Record<ReturnStep, ReturnStatus> = {
  save: 'draft',
  'send for authorisation': 'awaiting authorisation',
  authorise: 'submitted',
  accept: 'accepted',
  return: 'returned',
};

/** Why the step cannot be taken from here, or null. */
export function stepProblem(status: ReturnStatus, step: ReturnStep): string | null {
  if (from[step].includes(status)) return null;
  if (status === 'accepted') return 'The return is accepted: it does not change again';
  if (status === 'submitted')
    return 'The return is with the LA: it is changed again only if the LA returns it';
  return `A return that is ${status} cannot be ${statusAfter[step]} from here`;
}

/** Whether the school may still send or change the return on this day. */
export function windowProblem(
  window: { opensOn: string; closesOn: string },
  status: ReturnStatus,
  today: string,
): string | null {
  if (today < window.opensOn) return `The return opens on ${formatDate(window.opensOn)}`;
  // A return the LA sent back may be corrected after the closing date: the LA asked for it.
  if (today > window.closesOn && status !== 'returned')
    return `The return closed on ${formatDate(window.closesOn)}`;
  return null;
}

/** Late: past the closing date and not yet with the LA. */
export const isLate = (closesOn: string, status: ReturnStatus, today: string) =>
  today > closesOn && (status === 'not started' || status === 'draft' || status === 'awaiting authorisation');
