import { conflictWith, type LeaderTies, type SchoolTies } from './conflicts.ts';

// Suggesting system leaders for a school (SPEC C6, 5): those still designated, with days left this
// year and no conflict of interest, best first: the more of the school's needs their specialisms
// meet, the better; a leader of the school's own phase before one who is not; then the most days
// left. Each suggestion says why.

export type Candidate = LeaderTies & {
  id: number;
  name: string;
  designation: string;
  specialisms: readonly string[];
  expiresOn: string | null;
  daysLeft: number;
};

export type Need = { phase: string | null; areas: readonly string[] };

export type Suggestion = { id: number; name: string; designation: string; daysLeft: number; reason: string };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function suggestLeaders(
  school: SchoolTies,
  need: Need,
  candidates: readonly Candidate[],
  today: string,
): Suggestion[] {
  return candidates
    .filter(
      (c) => (c.expiresOn === null || c.expiresOn >= today) && c.daysLeft > 0 && !conflictWith(c, school),
    )
    .map((c) => {
      const meets = need.areas.filter((area) => c.specialisms.some((s) => same(s, area)));
      const phase = need.phase !== null && c.specialisms.some((s) => same(s, need.phase ?? ''));
      return { c, meets, phase };
    })
    .sort(
      (a, b) =>
        b.meets.length - a.meets.length ||
        Number(b.phase) - Number(a.phase) ||
        b.c.daysLeft - a.c.daysLeft ||
        a.c.name.localeCompare(b.c.name),
    )
    .map(({ c, meets, phase }) => ({
      id: c.id,
      name: c.name,
      designation: c.designation,
      daysLeft: c.daysLeft,
      reason: [
        meets.length > 0 ? `specialises in ${meets.join(', ')}` : 'no specialism the school needs',
        phase ? `${need.phase ?? ''} phase` : null,
        `${String(c.daysLeft)} ${c.daysLeft === 1 ? 'day' : 'days'} left`,
        'no conflict of interest',
      ]
        .filter((part) => part !== null)
        .join('; '),
    }));
}
