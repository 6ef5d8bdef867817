// A system leader does not support their own school or a school of their own trust (seed 000, 2.5:
// support is brokered from outside the school), nor a school or trust they have declared an interest
// in.

export type LeaderTies = {
  homeUrn: number | null;
  trustId: string | null;
  declared: readonly { urn: number | null; trustId: string | null; reason: string }[];
};

export type SchoolTies = { urn: number; name: string; trustId: string | null };

/** The conflict between a leader and a school, in words, or null when there is none. */
export function conflictWith(leader: LeaderTies, school: SchoolTies): string | null {
  if (leader.homeUrn === school.urn) return `${school.name} is their own school`;
  if (leader.trustId !== null && leader.trustId === school.trustId)
    return `${school.name} is in their own trust`;
  const declared = leader.declared.find(
    (d) => d.urn === school.urn || (d.trustId !== null && d.trustId === school.trustId),
  );
  if (declared) return `they have declared an interest: ${declared.reason}`;
  return null;
}
