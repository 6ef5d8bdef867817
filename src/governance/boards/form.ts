import { ValidationError } from '../../kernel/errors.ts';
import { seatFromLine, type SeatLine } from '../rules/seats.ts';
import type { BoardInput } from './service.ts';
import { lines } from '../forms.ts';

// The "set up a board" form as posted, turned into what createBoard takes. Numbers the form cannot
// read are told back here, by field, before the board's own rules are checked.

type Posted = Record<string, string | undefined>;

const wholeNumber = (text: string | undefined) => (/^\s*\d{1,4}\s*$/.test(text ?? '') ? Number(text) : null);

export function boardFromForm(body: Posted, today: string) {
  const problems: { field: string; message: string }[] = [];
  const quorumText = (body.quorumPercent ?? '').trim().replace(/%$/, '');
  const quorumPercent = quorumText === '' ? null : Number(quorumText);
  if (quorumPercent !== null && !Number.isFinite(quorumPercent))
    problems.push({ field: 'quorumFraction', message: 'Enter the quorum as a percentage, like 50' });
  const noticeDays = wholeNumber(body.noticeDays);
  if (noticeDays === null)
    problems.push({ field: 'noticeDays', message: 'Enter the notice as a whole number of days, like 7' });
  const termWarningDays = wholeNumber(body.termWarningDays);
  if (termWarningDays === null)
    problems.push({ field: 'termWarningDays', message: 'Enter a whole number of days, like 60' });
  const seats: SeatLine[] = [];
  for (const line of lines(body.seats)) {
    const seat = seatFromLine(line);
    if ('problem' in seat) problems.push({ field: 'seats', message: seat.problem });
    else seats.push(seat);
  }
  if (problems.length > 0) throw new ValidationError(problems);
  const purpose = (body.purpose ?? '').trim();
  const board: BoardInput = {
    name: body.name ?? '',
    kind: body.kind as BoardInput['kind'],
    accountableTo: (body.accountableTo ?? '').trim() === '' ? null : (body.accountableTo ?? null),
    frequency: body.frequency ?? '',
    quorumFraction: quorumPercent === null ? null : quorumPercent / 100,
    noticeDays: noticeDays ?? 0,
    noticeCounted: body.noticeCounted === 'clearWorking' ? 'clearWorking' : 'calendar',
    termWarningDays: termWarningDays ?? 60,
  };
  return {
    board,
    terms:
      purpose === ''
        ? undefined
        : {
            agreedOn: (body.termsAgreedOn ?? '').trim() === '' ? today : (body.termsAgreedOn ?? ''),
            status: body.termsStatus === 'agreed' ? ('agreed' as const) : ('draft' as const),
            purpose,
            responsibilities: lines(body.responsibilities),
          },
    seats,
  };
}
