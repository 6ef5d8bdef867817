import type { Actor } from '../../access/actor.ts';
import type { ImportSummary, Progress } from '../../kernel/importFiles.ts';
import type { SchoolsImportService } from '../importService.ts';
import { giasRequired } from './gias.ts';
import { spineRequired } from './spine.ts';
import { ofstedRequired } from './ofsted.ts';
import { giasLinksRequired } from './giasLinks.ts';
import { schoolsTemplateRequired } from './schoolsTemplate.ts';

/** The register's files: one list feeds both `beacon import <kind>` and the upload page. */
export const registerFiles: readonly {
  key: string;
  title: string;
  description: string;
  hint: string;
  accept: string;
  /** The columns a file of this kind always has. */
  columns: readonly string[];
  run: (
    service: SchoolsImportService,
    actor: Actor,
    file: string,
    progress: Progress,
  ) => Promise<ImportSummary>;
}[] = [
  {
    key: 'gias',
    title: 'GIAS establishments',
    description:
      'GIAS’s establishment CSV (edubasealldata*.csv or an extract of it): schools, trusts, latest inspection',
    hint: 'The establishment CSV downloaded from Get Information about Schools, all 111 columns or fewer.',
    accept: '.csv',
    columns: giasRequired,
    run: (service, actor, file, progress) => service.importGias(actor, file, progress),
  },
  {
    key: 'spine',
    title: 'DfE school list (spine)',
    description: 'DfE’s performance-tables school list (england_spine.csv): every school in England',
    hint: 'england_spine_2017-2018.csv or a later year: about 26,000 schools.',
    accept: '.csv',
    columns: spineRequired,
    run: (service, actor, file, progress) => service.importSpine(actor, file, progress),
  },
  {
    key: 'ofsted',
    title: 'Ofsted inspection history',
    description: 'Ofsted inspection history (URN, Rating, Inspection Date) for schools in the register',
    hint: 'One row an inspection: URN, Rating, Inspection Date (YYYYMMDD). Import the schools first.',
    accept: '.csv',
    columns: ofstedRequired,
    run: (service, actor, file, progress) => service.importOfsted(actor, file, progress),
  },
  {
    key: 'gias-links',
    title: 'GIAS links (predecessors and successors)',
    description: 'GIAS links (links_edubasealldata*.csv, Windows-1252): predecessor and successor URNs',
    hint: 'links_edubasealldata*.csv as GIAS publishes it. Links from schools outside the register are set aside.',
    accept: '.csv',
    columns: giasLinksRequired,
    run: (service, actor, file, progress) => service.importGiasLinks(actor, file, progress),
  },
  {
    key: 'schools-template',
    title: 'Beacon schools template',
    description: 'Beacon’s schools template, CSV or XLSX (docs/schools-template.md)',
    hint: 'Your own list of schools, trusts, latest inspections and academy conversions. Download the template below.',
    accept: '.csv,.xlsx',
    columns: schoolsTemplateRequired,
    run: (service, actor, file, progress) => service.importSchoolsTemplate(actor, file, progress),
  },
];
