// A deployment of a system leader to a school (SPEC C6; seed 000, 2.5 and 4.3): it is proposed,
// agreed with the school, under way, and completed; or declined by the school, or cancelled. Each
// move is one step along that path, never back and never skipping one.

export const deploymentStatuses = [
  'proposed',
  'agreed',
  'deployed',
  'completed',
  'declined',
  'cancelled',
] as const;
export type DeploymentStatus = (typeof deploymentStatuses)[number];

const nextSteps: Record<DeploymentStatus, readonly DeploymentStatus[]> = {
  proposed: ['agreed', 'declined', 'cancelled'],
  agreed: ['deployed', 'cancelled'],
  deployed: ['completed', 'cancelled'],
  completed: [],
  declined: [],
  cancelled: [],
};

export const statusWords: Record<DeploymentStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  deployed: 'Deployed',
  completed: 'Completed',
  declined: 'Declined',
  cancelled: 'Cancelled',
};

/** The moves open from a status, in the order a person would take them. */
export const movesFrom = (status: DeploymentStatus): readonly DeploymentStatus[] => nextSteps[status];

/** Why a move is not allowed, or null when it is. */
export function moveProblem(from: DeploymentStatus, to: DeploymentStatus): string | null {
  if (nextSteps[from].includes(to)) return null;
  if (nextSteps[from].length === 0) return `The deployment is ${from}: it does not move again`;
  return `A ${from} deployment moves to ${nextSteps[from].join(', ').replace(/, ([^,]*)$/, ' or $1')}, not to ${to}`;
}

/** Deployments that hold a leader's days: those not declined, cancelled or completed. */
export const holdsDays = (status: DeploymentStatus) =>
  status === 'proposed' || status === 'agreed' || status === 'deployed';

export const ragRatings = ['red', 'amber', 'green'] as const;
export type RagRating = (typeof ragRatings)[number];

export const overallJudgements = [
  'progressing well',
  'progressing',
  'some concerns',
  'significant concerns',
  'not engaging',
] as const;
export type OverallJudgement = (typeof overallJudgements)[number];
