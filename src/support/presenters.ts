import { formatDate } from '../kernel/format.ts';
import type { DataTable } from '../kernel/tables/tables.ts';
import type { CommissioningService } from './commissioning.ts';

// The commissioning plan as the one table its page, its CSV and its workbook share.

const pounds = (value: number) => ({
  value,
  text: `£${value.toLocaleString('en-GB', { maximumFractionDigits: 0 })}`,
});

export function commissioningTable(plan: Awaited<ReturnType<CommissioningService['plan']>>): DataTable {
  return {
    id: 'commissioning',
    title: `Commissioning plan ${plan.name}`,
    columns: [
      { header: 'Commissioned work' },
      { header: 'Priority it serves' },
      { header: 'Provider' },
      { header: 'Budget', figure: true },
      { header: 'Funder' },
      { header: 'Dates' },
      { header: 'Status' },
    ],
    rows: [
      ...plan.lines.map((l) => [
        l.programme === null || l.programme === l.title ? l.title : `${l.title} (programme: ${l.programme})`,
        l.serves ?? 'Not linked to a plan',
        `${l.provider} (${l.providerKind})`,
        pounds(l.budget),
        l.funder,
        `${formatDate(l.startsOn)} to ${formatDate(l.endsOn)}`,
        l.status.charAt(0).toUpperCase() + l.status.slice(1),
      ]),
      ['Total, leaving out withdrawn work', '', '', pounds(plan.total), '', '', ''],
    ],
    // A line that pays for a programme links to it.
    rowLinks: [
      ...plan.lines.map((l) =>
        l.programmeId === null ? null : `/support/programmes/${String(l.programmeId)}`,
      ),
      null,
    ],
  };
}
