import type { Database } from '../db/client.ts';
import { notifyGroups } from '../access/notifications/notify.ts';
import { peopleOfSchools } from '../schools/people.ts';
import { academicYearLabel } from './periods.ts';
import type { StagedValues } from './imports/staged.ts';

// A school hears when its results arrive: an import of DfE's school-level results tells the people
// of each school it holds figures for, once per file, in the import's own transaction. The notice
// names the results, never a figure: the school reads them on its results page, where small
// cohorts stay suppressed.

const stages: Record<string, string> = { KS2: 'Key stage 2', KS4: 'Key stage 4' };

/** What a school is told arrived, from the layout and its years (pure). */
export function resultsArrived(layout: string, years: readonly number[]): string {
  const stage = stages[layout] ?? layout;
  return `${stage} results for ${years.map(academicYearLabel).join(' and ')}`;
}

/** The URNs of the schools the figures are for. */
export function schoolsIn(values: StagedValues): number[] {
  const urns = new Set<number>();
  values.entityType.forEach((type, i) => {
    const urn = Number(values.entityCode[i]);
    if (type === 'school' && Number.isInteger(urn)) urns.add(urn);
  });
  return [...urns];
}

export async function tellResultsArrived(
  tx: Database,
  urns: readonly number[],
  arrived: string,
  dataset: string,
): Promise<number> {
  const people = await peopleOfSchools(tx, urns, { withTrustLeaders: true });
  return notifyGroups(tx, [
    {
      notice: {
        kind: 'results-arrived',
        key: `results-arrived:${dataset}:{id}`,
        title: `${arrived} are in Beacon for your school`,
        href: '/schools/{id}/results',
      },
      to: [...people].map(([urn, userIds]) => [String(urn), userIds] as const),
    },
  ]);
}
