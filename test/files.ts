// Every test file, listed by hand: Node 20's runner finds no .ts files by itself and would pass
// with nothing run. A test file that is not listed here does not run, so list it.
export const unitFiles = [
  'src/app/format.test.ts',
  'src/reports/files.test.ts',
  'src/app/collections.test.ts',
  'src/app/config.test.ts',
  'src/access/permissions.test.ts',
  'src/access/scope.test.ts',
  'src/performance/compare/numbers.test.ts',
  'src/performance/compare/suppression.test.ts',
  'src/performance/compare/rank.test.ts',
  'src/performance/compare/significance.test.ts',
  'src/performance/compare/trend.test.ts',
  'src/performance/compare/lait.test.ts',
  'src/performance/periods.test.ts',
  'src/performance/rankings.test.ts',
  'src/performance/narrative.test.ts',
  'src/performance/school/build.test.ts',
  'src/schools/rules/rules.test.ts',
  'src/plans/targets/rules.test.ts',
  'src/plans/rules/when.test.ts',
  'src/plans/rules/crossReferences.test.ts',
  'src/concern/risk/model.test.ts',
  'src/concern/rules/interventions.test.ts',
  'src/concern/rules/allowance.test.ts',
  'src/concern/rules/dates.test.ts',
];

export const databaseFiles = [
  'src/db/client.test.ts',
  'src/access/service.test.ts',
  'src/app/routes.test.ts',
  'src/access/routes.test.ts',
  'src/access/api.test.ts',
  'src/access/oidc.test.ts',
  'src/performance/imports.test.ts',
  'src/performance/api.test.ts',
  'src/performance/bulkRankings.test.ts',
  'src/performance/valuesTemplate.test.ts',
  'src/performance/perfTables.test.ts',
  'src/performance/schoolResults.test.ts',
  'src/app/importRoutes.test.ts',
  'src/performance/catalogue.test.ts',
  'src/performance/ees.test.ts',
  'src/performance/resultsSummary.test.ts',
  'src/performance/schoolResultsPage.test.ts',
  'src/schools/imports.test.ts',
  'src/schools/api.test.ts',
  'src/plans/api.test.ts',
  'src/concern/review.test.ts',
  'src/concern/routes.test.ts',
  'src/concern/performanceEvidence.test.ts',
];

export const processFiles = ['src/db/lock.test.ts', 'src/cli/cli.test.ts'];

export const browserFiles = [
  'test/e2e/shell.test.ts',
  'test/e2e/register.test.ts',
  'test/e2e/plans.test.ts',
  'test/e2e/concern.test.ts',
  'test/e2e/results.test.ts',
];
