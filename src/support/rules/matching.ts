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

const word = (text: string) => text.trim().toLowerCase();

/**
 * The directory made ready to match many schools: the leaders who can be deployed at all, in the
 * order ties are broken (most days left, then name), each with their specialisms as a set. Matching
 * every school in England reads the directory once through this.
 */
export function prepareCandidates(candidates: readonly Candidate[], today: string) {
  return candidates
    .filter((c) => (c.expiresOn === null || c.expiresOn >= today) && c.daysLeft > 0)
    .sort((a, b) => b.daysLeft - a.daysLeft || a.name.localeCompare(b.name))
    .map((c) => ({ c, knows: new Set(c.specialisms.map(word)) }));
}
export type PreparedCandidates = ReturnType<typeof prepareCandidates>;

/** The best few (or all) for one school, from a prepared directory. */
export function suggestFrom(
  prepared: PreparedCandidates,
  school: SchoolTies,
  need: Need,
  limit = Number.POSITIVE_INFINITY,
): Suggestion[] {
  const areas = need.areas.map((area) => ({ area, key: word(area) }));
  const phase = need.phase === null ? null : word(need.phase);
  // Ranked by how many needs they meet, then the phase: each rank a bucket, in tie-break order. A
  // bucket never needs more than the limit, and once the best rank there can be is full, the rest of
  // the directory cannot change the answer.
  const buckets: { c: PreparedCandidates[number]['c']; meets: string[]; phase: boolean }[][] = [];
  const best = areas.length * 2 + 1;
  for (const { c, knows } of prepared) {
    if (conflictWith(c, school)) continue;
    const meets = areas.length === 0 ? [] : areas.filter((a) => knows.has(a.key)).map((a) => a.area);
    const inPhase = phase !== null && knows.has(phase);
    const rank = meets.length * 2 + (inPhase ? 1 : 0);
    const bucket = (buckets[rank] ??= []);
    if (bucket.length < limit) bucket.push({ c, meets, phase: inPhase });
    if (rank === best && bucket.length >= limit) break;
  }
  const chosen: { c: Candidate; meets: string[]; phase: boolean }[] = [];
  for (let rank = buckets.length - 1; rank >= 0 && chosen.length < limit; rank -= 1)
    for (const entry of buckets[rank] ?? []) {
      if (chosen.length >= limit) break;
      chosen.push(entry);
    }
  return chosen.map(({ c, meets, phase: inPhase }) => ({
    id: c.id,
    name: c.name,
    designation: c.designation,
    daysLeft: c.daysLeft,
    reason: [
      meets.length > 0 ? `specialises in ${meets.join(', ')}` : 'no specialism the school needs',
      inPhase ? `${need.phase ?? ''} phase` : null,
      `${String(c.daysLeft)} ${c.daysLeft === 1 ? 'day' : 'days'} left`,
      'no conflict of interest',
    ]
      .filter((part) => part !== null)
      .join('; '),
  }));
}

export function suggestLeaders(
  school: SchoolTies,
  need: Need,
  candidates: readonly Candidate[],
  today: string,
): Suggestion[] {
  return suggestFrom(prepareCandidates(candidates, today), school, need);
}
