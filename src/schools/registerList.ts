import type { ListColumn } from '../kernel/tables/sorting.ts';
import { formatDate } from '../kernel/format.ts';
import type { PresentedSchoolSummary } from './presenters.ts';
import { registerSorts, type RegisterSort } from './repository.ts';

// The schools register as a list: the columns the page sorts by (in SQL, as the list is paged)
// and the columns its CSV and workbook carry, in the order shown.

type School = PresentedSchoolSummary;

/** The page's columns, each sorting the whole register, not just the page shown. */
export const registerColumns: ListColumn<School>[] = [
  { key: 'name', header: 'School', sortBy: (s) => s.name },
  { key: 'phase', header: 'Phase and type', sortBy: (s) => s.phase },
  { key: 'la', header: 'Local authority', sortBy: (s) => s.laName },
  { key: 'grade', header: 'Ofsted grade', sortBy: (s) => s.currentGrade },
  { key: 'inspected', header: 'Last inspected', sortBy: (s) => s.latestInspectedOn },
];

/** The file's columns: each field on its own. */
export const registerFileColumns: ListColumn<School>[] = [
  { key: 'urn', header: 'URN', sortBy: (s) => s.urn },
  { key: 'name', header: 'School', sortBy: (s) => s.name },
  { key: 'status', header: 'Status', sortBy: (s) => s.status },
  { key: 'phase', header: 'Phase', sortBy: (s) => s.phase },
  { key: 'type', header: 'Type of establishment', sortBy: (s) => s.establishmentType },
  { key: 'la-code', header: 'LA code', sortBy: (s) => s.laCode },
  { key: 'la', header: 'Local authority', sortBy: (s) => s.laName },
  { key: 'trust', header: 'Trust', sortBy: (s) => s.trust?.name ?? '' },
  {
    key: 'grade',
    header: 'Current Ofsted grade',
    sortBy: (s) => s.currentGrade,
    text: (s) => s.currentGradeLabel,
  },
  {
    key: 'inspected',
    header: 'Last inspected',
    sortBy: (s) => s.latestInspectedOn,
    text: (s) => (s.latestInspectedOn ? formatDate(s.latestInspectedOn) : ''),
  },
];

export const isRegisterSort = (column: string | undefined): column is RegisterSort =>
  (registerSorts as readonly (string | undefined)[]).includes(column);
