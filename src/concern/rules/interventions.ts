import type { InterventionKind } from '../schema.ts';

// Which powers a council has over which school: DfE's "Schools causing concern" guidance, which
// seed 000 (3.1) builds its framework on, and seed 000's own actions 3.2 (warning notices, the
// School Review Group, governing bodies, IEBs) and 2.4 (academies and the RSC). A council's powers of intervention are over the schools it maintains; for an academy
// it can only refer its concerns to the Regional Schools Commissioner, with the record of the
// support and challenge it has already offered.

export type InterventionSchool = {
  isAcademy: boolean;
  /** The school's current Ofsted grade (1–4), or null. */
  currentGrade: number | null;
  categoryOfConcern: string | null;
};

export type InterventionRequest = {
  kind: InterventionKind;
  startedOn: string;
  complianceBy: string | null;
  details: string;
};

export type InterventionProblem = { field: string; message: string };

const maintainedOnly: readonly InterventionKind[] = [
  'warning notice',
  'additional governors',
  'suspension of delegated budget',
  'interim executive board',
  'academy order',
];

/** Every reason the council may not make this intervention in this school, or what it lacks. */
export function interventionProblems(
  school: InterventionSchool,
  request: InterventionRequest,
): InterventionProblem[] {
  const problems: InterventionProblem[] = [];
  if (school.isAcademy && maintainedOnly.includes(request.kind)) {
    problems.push({
      field: 'kind',
      message: `A ${request.kind} is for a maintained school. This is an academy: refer concerns to the Regional Schools Commissioner instead.`,
    });
  }
  if (!school.isAcademy && request.kind === 'referral to the regional schools commissioner') {
    problems.push({
      field: 'kind',
      message:
        'Only an academy is referred to the Regional Schools Commissioner; the council acts itself for a maintained school.',
    });
  }
  if (
    request.kind === 'academy order' &&
    !school.isAcademy &&
    school.currentGrade !== 4 &&
    school.categoryOfConcern === null
  ) {
    problems.push({
      field: 'kind',
      message:
        'An academy order follows an inadequate Ofsted judgement; this school’s current grade is not inadequate.',
    });
  }
  if (request.kind === 'warning notice') {
    if (request.complianceBy === null) {
      problems.push({
        field: 'complianceBy',
        message: 'Give the date the warning notice’s compliance period ends, as the notice states.',
      });
    } else if (request.complianceBy <= request.startedOn) {
      problems.push({
        field: 'complianceBy',
        message: 'The compliance period must end after the notice is issued.',
      });
    }
  }
  if (request.kind === 'referral to the regional schools commissioner' && request.details.trim() === '') {
    problems.push({
      field: 'details',
      message:
        'Set out the support and challenge already offered: the referral goes with that record (Portsmouth’s action plan, 2.4).',
    });
  }
  return problems;
}

/**
 * In force on a date by its own dates, whatever its status now: a warning notice complied with in
 * November was in force in October. A withdrawn intervention never was.
 */
export function inForceOn(
  intervention: { status: string; startedOn: string; endedOn: string | null },
  on: string,
): boolean {
  if (intervention.status === 'withdrawn') return false;
  return intervention.startedOn <= on && (intervention.endedOn === null || intervention.endedOn > on);
}
