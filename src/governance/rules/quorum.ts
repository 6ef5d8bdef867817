// A board is quorate when enough of its voting members are present: a fraction of the voting
// seats filled. Seed 001, the Strategic Board's terms of reference: "The quorum shall be 50% of the
// members of the Strategic Board present." Half of 21 is 10.5, so 11 must be there: a quorum is
// never met by a fraction of a person.

/** Why a quorum fraction cannot be a board's rule, or null when it can. */
export function quorumFractionProblem(fraction: number): string | null {
  if (!Number.isFinite(fraction) || fraction <= 0 || fraction > 1)
    return 'A quorum is a share of the voting members: more than 0% and no more than 100%';
  return null;
}

/** How many voting members must be present: the fraction of the voting members, rounded up, at least one. */
export function quorumNeeded(votingMembers: number, fraction: number): number {
  // The small allowance keeps 0.3 × 10 at 3, not 3.0000000000000004 rounded up to 4.
  return Math.max(1, Math.ceil(votingMembers * fraction - 1e-9));
}

export type Quorum = { votingMembers: number; present: number; needed: number; quorate: boolean };

/**
 * The quorum of a meeting from its voting members present. A board whose terms of reference set no
 * quorum (seed 001's Operational Group) needs at least one voting member there to decide anything.
 */
export function quorumOf(votingMembers: number, votingPresent: number, fraction: number | null): Quorum {
  const needed = fraction === null ? 1 : quorumNeeded(votingMembers, fraction);
  return { votingMembers, present: votingPresent, needed, quorate: votingPresent >= needed };
}
