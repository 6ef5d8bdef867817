import { formatDate } from '../../kernel/format.ts';

// Commissioning (SPEC C6, 2, 3 and 7; seed 000 1.2 "annual set of priorities to determine an annual
// commissioning plan", 1.4 "a system of quality assurance for judging the effectiveness of school
// improvement work"; seed 004 section 5: "what we have done; how well we did it; and the impact").

/** Who delivers a line of the plan: seed 001 5.2 commissions the Teaching School Alliance. */
export const providerKinds = [
  'system leader',
  'teaching school alliance',
  'trust',
  'local authority team',
] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const commissionedStatuses = [
  'planned',
  'commissioned',
  'in progress',
  'complete',
  'withdrawn',
] as const;
export type CommissionedStatus = (typeof commissionedStatuses)[number];

/** The officer's judgement of how effective a piece of commissioned work was, with its evidence. */
export const qualityJudgements = [
  'highly effective',
  'effective',
  'partly effective',
  'not effective',
] as const;
export type QualityJudgement = (typeof qualityJudgements)[number];

/** The decisions of a board that approve a plan: "noted" or "deferred" approve nothing. */
export const approves = (outcome: string) => outcome === 'approved' || outcome === 'approved as amended';

/** Why a session cannot be recorded on these terms, or null. */
export function sessionProblem(
  programme: { startsOn: string; endsOn: string; schools: readonly number[] },
  session: { heldOn: string; attended: readonly number[] },
): { field: 'heldOn' | 'attended'; message: string } | null {
  if (session.heldOn < programme.startsOn || session.heldOn > programme.endsOn)
    return {
      field: 'heldOn',
      message: `A session is held while the programme runs, between ${formatDate(programme.startsOn)} and ${formatDate(programme.endsOn)}`,
    };
  const stranger = session.attended.find((urn) => !programme.schools.includes(urn));
  if (stranger !== undefined)
    return { field: 'attended', message: `School ${String(stranger)} is not taking part in the programme` };
  return null;
}

/** Each school's share of the sessions it attended, and the programme's overall. */
export function attendanceOf(
  schools: readonly number[],
  sessions: readonly { attended: readonly number[] }[],
): { bySchool: Map<number, number>; overall: number | null } {
  const bySchool = new Map<number, number>(schools.map((urn) => [urn, 0]));
  for (const s of sessions)
    for (const urn of s.attended) if (bySchool.has(urn)) bySchool.set(urn, (bySchool.get(urn) ?? 0) + 1);
  const places = schools.length * sessions.length;
  const taken = [...bySchool.values()].reduce((a, b) => a + b, 0);
  return { bySchool, overall: places === 0 ? null : taken / places };
}

/** A plan's lines added up: what is budgeted, by funder, leaving out withdrawn work. */
export function budgetByFunder(
  lines: readonly { budget: number; funder: string; status: CommissionedStatus }[],
): { funder: string; budget: number }[] {
  const totals = new Map<string, number>();
  for (const l of lines)
    if (l.status !== 'withdrawn') totals.set(l.funder, (totals.get(l.funder) ?? 0) + l.budget);
  return [...totals.entries()]
    .map(([funder, budget]) => ({ funder, budget }))
    .sort((a, b) => b.budget - a.budget || a.funder.localeCompare(b.funder));
}
