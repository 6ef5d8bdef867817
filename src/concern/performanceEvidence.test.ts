import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnDatabases } from '../db/testing.ts';
import { createServices, type Services } from '../app/services.ts';
import { scratchFiles, testOperator, csvRows, type CsvRow } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { externalFile } from '../performance/externalData.ts';

// The review's performance evidence on DfE's real files: the national school list, KS2 results for
// every school in 2017 and 2018, and England's figures from LAIT. The expectations are worked out
// here from the files themselves, not by the code under test.
const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');
const lait = externalFile('dfe-lait/csv/lait_bds_long_all_measures.csv');
const spine = externalFile('dfe-school-level-national-2016-2018/csv/england_spine_2017-2018.csv');
const ks2 = [2017, 2018].map((year) =>
  externalFile(`dfe-school-level-national-2016-2018/csv/ks2_perf_${String(year)}.csv`),
);
const skip = dictionary.skip || lait.skip || spine.skip || ks2.some((f) => f.skip);
const scratch = scratchFiles('review-results');

type Row = CsvRow;
const read = csvRows;
const percent = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? null : Number(text.replace('%', ''));

describeOnDatabases('desk-top review with KS2 results for every school in England', (database) => {
  let services: Services;

  test(
    'Portsmouth, December 2018: a school more than 5 points below England two years running gets the attainment points; a "below average" progress band the progress points',
    { skip, timeout: 600_000 },
    async () => {
      services = await createServices(database());
      assert.ok(dictionary.file && lait.file && spine.file);
      await services.performance.importLaitDictionary(testOperator, dictionary.file);
      await services.register.importSpine(testOperator, spine.file, silentProgress);
      for (const file of ks2) {
        assert.ok(file.file);
        await services.performance.importPerfTable(testOperator, file.file, undefined, silentProgress);
      }
      // England's KS2 RWM from LAIT, through the values template: 61 in 2017, 64 in 2018.
      const england = read(lait.file).filter(
        (r) =>
          r['Short Desc'] === 'KS2RWM_Expected_STD' &&
          r['LA Number'] === '970' &&
          ['2017', '2018'].includes(r.Years ?? ''),
      );
      assert.equal(england.length, 2);
      const national = new Map(england.map((r) => [Number(r.Years), Number(r.Values)]));
      const template = scratch.write(
        'england.csv',
        [
          'entity_type,entity_code,entity_name,indicator,period,value',
          ...england.map((r) => `england,970,England,KS2RWM_Expected_STD,${r.Years ?? ''},${r.Values ?? ''}`),
        ].join('\n'),
      );
      await services.performance.importValuesTemplate(testOperator, template, silentProgress);

      const review = await services.concern.review('851', '2018-12-01');
      const portsmouth = new Set(
        read(spine.file)
          .filter((r) => r.LA === '851')
          .map((r) => r.URN),
      );
      const results: Map<string, Row>[] = [2017, 2018].map(
        (year, i) =>
          new Map(
            read(ks2[i]?.file ?? null)
              .filter((r) => portsmouth.has(r.URN))
              .map((r): [string, Row] => [r.URN ?? '', r]),
          ),
      );
      const [in2017, in2018] = results;
      assert.ok(in2017 && in2018 && in2018.size > 30, 'Portsmouth has KS2 results');

      let attainment = 0;
      let progress = 0;
      for (const entry of review.entries) {
        const urn = String(entry.urn);
        const latest: Row | undefined = in2018.get(urn);
        const before: Row | undefined = in2017.get(urn);
        const gap = (row: Row | undefined, year: number) => {
          const value = percent(row?.['Overall Meet Std']);
          return value === null ? null : value - (national.get(year) ?? 0);
        };
        const g18: number | null = gap(latest, 2018);
        const g17: number | null = gap(before, 2017);
        const belowTwice: boolean = g18 !== null && g17 !== null && g18 < -5 && g17 < -5;
        assert.equal(
          entry.reasons.some((r) =>
            r.startsWith('Headline attainment more than 5 points below national for 2 years running'),
          ),
          belowTwice,
          `${urn}: ${String(g18)}, ${String(g17)}; ${entry.reasons.join('; ')}`,
        );
        if (belowTwice) attainment += 1;
        const bands: string[] = ['Reading Progress Desc', 'Writing Progress Desc', 'Maths Progress Desc'].map(
          (c) => latest?.[c] ?? '',
        );
        const significant: boolean = bands.some((b: string) => /below average/i.test(b));
        assert.equal(
          entry.reasons.some((r) => r.includes('progress significantly below national')),
          significant,
          `${urn}: ${bands.join(', ')}; ${entry.reasons.join('; ')}`,
        );
        if (significant) progress += 1;
      }
      assert.ok(
        attainment > 0 && progress > 0,
        `attainment ${String(attainment)}, progress ${String(progress)}`,
      );
    },
  );
});
