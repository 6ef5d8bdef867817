import type { PaperKind } from '../access/capability.ts';
import { academicYearName } from '../governance/rules/academicYear.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { commissioningTable } from './presenters.ts';

// The support reports a board takes as papers (SPEC C6, 9; seed 000 1.2: "Impact of all
// commissioned interventions reported to Executive Board"): a programme's impact report, and the
// year's commissioning plan for approval.
export const supportPaperKinds: readonly PaperKind[] = [
  {
    key: 'programme-impact',
    title: 'A programme’s impact report',
    fields: ['programmeId'],
    permission: 'support:read',
    build: async (services, { programmeId = 0 }) => {
      const report = await services.impactReports.report({ programme: programmeId });
      return {
        title: `Impact report: ${report.scope}`,
        template: 'support/views/impact-body.njk',
        context: { report },
        liveUrl: `/support/impact?programme=${String(programmeId)}`,
      };
    },
  },
  {
    key: 'commissioning-plan',
    title: 'The commissioning plan for an academic year',
    fields: ['academicYear'],
    permission: 'support:read',
    build: async (services, { academicYear = 0 }) => {
      const plan = await services.commissioning.plan(academicYear);
      if (!plan.exists)
        throw new NotFoundError(`there is no commissioning plan for ${academicYearName(academicYear)}`);
      return {
        title: `Commissioning plan ${academicYearName(academicYear)}`,
        template: 'support/views/commissioning-body.njk',
        context: { plan, table: commissioningTable(plan) },
        liveUrl: `/support/commissioning/${String(academicYear)}`,
      };
    },
  },
];
