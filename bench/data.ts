import path from 'node:path';
import type { Actor } from '../src/access/actor.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import type { Services } from '../src/app/services.ts';
import { externalDataDir } from '../src/performance/externalData.ts';

// What every benchmark loads: DfE's real files in ../shared/data/external, imported by an operator
// with every permission, as the CLI's administrator would.
export const benchOperator: Actor = {
  userId: null,
  label: 'bench',
  role: 'admin',
  schoolUrn: null,
  trustId: null,
};

const lait = path.join(externalDataDir(), 'dfe-lait');
export const laitFiles = {
  dictionary: path.join(lait, 'raw', 'lait_data_dictionary.csv'),
  values: path.join(lait, 'csv', 'lait_bds_long_all_measures.csv'),
};
export const nationalSchoolsDir = path.join(externalDataDir(), 'dfe-school-level-national-2016-2018', 'csv');

/** LAIT's catalogue and all-measures file, as `beacon import lait-dictionary` and `import lait` load them. */
export async function loadLait(services: Services): Promise<void> {
  await services.performance.importLaitDictionary(benchOperator, laitFiles.dictionary);
  await services.performance.importLait(benchOperator, laitFiles.values, silentProgress);
}
