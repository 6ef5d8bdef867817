import type { ImportKind } from '../access/capability.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import { eesRequired, parseEesMapping } from './imports/ees.ts';
import { laitDictionaryColumns } from './imports/laitDictionary.ts';
import { laitValueColumns } from './imports/laitValues.ts';
import { neighbourColumns } from './imports/neighbours.ts';
import { templateRequired } from './imports/valuesTemplate.ts';
import { schoolContextLayouts } from './imports/schoolContext.ts';
import { layoutOf } from './imports/perfTables.ts';
import { isSchoolResultsExtract } from './imports/schoolResults.ts';

// The files the performance engine imports, as the admin upload page offers them.
export const performanceImportKinds: ImportKind[] = [
  {
    key: 'lait-dictionary',
    title: 'LAIT data dictionary (indicator catalogue)',
    hint: 'lait_data_dictionary.csv from DfE’s Local Authority Interactive Tool. Import this before LAIT values.',
    accept: '.csv',
    columns: laitDictionaryColumns,
    fields: [],
    run: (services, actor, file) => services.performance.importLaitDictionary(actor, file),
  },
  {
    key: 'lait',
    title: 'LAIT values (every LA, every measure)',
    hint: 'lait_bds_long_all_measures.csv: about 641,000 rows; takes a few seconds.',
    accept: '.csv',
    columns: laitValueColumns,
    fields: [],
    run: (services, actor, file, _fields, progress = silentProgress) =>
      services.performance.importLait(actor, file, progress),
  },
  {
    key: 'neighbours',
    title: 'Statistical neighbours',
    hint: 'statistical_neighbours_*_tidy.csv, with the year of DfE’s model.',
    accept: '.csv',
    columns: neighbourColumns,
    fields: ['set'],
    run: (services, actor, file, fields) =>
      services.performance.importNeighbours(actor, file, fields.set ?? ''),
  },
  {
    key: 'perf-tables',
    title: 'School performance tables (KS2 or KS4)',
    hint: 'DfE’s performance-table CSV, for example 2018-2019_850_ks2final.csv, or a national school-level extract such as ks2_perf_2018.csv. Give the year if the file name does not say it.',
    accept: '.csv',
    columns: ['RECTYPE', 'LEA', 'URN'],
    // DfE's own tables name their layout in a column; a national extract has its own columns.
    recognises: (header) =>
      isSchoolResultsExtract(header) ||
      (['RECTYPE', 'LEA', 'URN'].every((c) => header.includes(c)) && layoutOf(header) !== undefined),
    fields: ['period'],
    run: (services, actor, file, fields, progress = silentProgress) =>
      services.performance.importPerfTable(actor, file, fields.period, progress),
  },
  ...schoolContextLayouts.map((layout): ImportKind => ({
    key: `school-${layout.kind}`,
    title: layout.uploadTitle,
    hint: layout.hint,
    accept: '.csv',
    columns: layout.required,
    fields: ['period'],
    run: (services, actor, file, fields, progress = silentProgress) =>
      services.performance.importSchoolContext(actor, file, layout.kind, fields.period, progress),
  })),
  {
    key: 'values-template',
    title: 'Beacon values template',
    hint: 'Your own figures in Beacon’s long template, CSV or XLSX. Download the template below.',
    accept: '.csv,.xlsx',
    columns: templateRequired,
    fields: [],
    run: (services, actor, file, _fields, progress = silentProgress) =>
      services.performance.importValuesTemplate(actor, file, progress),
  },
  {
    key: 'ees',
    title: 'Explore education statistics (tidy CSV)',
    hint: 'A DfE explore-education-statistics data file. Say below which columns to import, which rows to keep and where the pupil groups are.',
    accept: '.csv',
    columns: eesRequired,
    fields: ['mapping'],
    run: (services, actor, file, fields) => {
      const parsed = parseEesMapping(fields.mapping ?? '');
      if ('problems' in parsed) {
        throw new ImportFailedError(
          file,
          parsed.problems.map((message) => ({ line: 0, column: 'mapping', message })),
        );
      }
      return services.performance.importEes(actor, file, parsed.mapping, silentProgress);
    },
  },
];
