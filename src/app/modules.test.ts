import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp } from './testing.ts';
import { capabilityModules, importKinds } from './modules.ts';
import { isPermission } from './permissions.ts';
import { permissionsDocument, permissionsDocumentPath } from './permissionsDocument.ts';

test('docs/permissions.md is the table the modules declare (npm run docs:permissions writes it)', async () => {
  const written = fs.readFileSync(permissionsDocumentPath, 'utf8');
  assert.equal(written, await permissionsDocument(), 'run npm run docs:permissions and commit the page');
});

test('every capability folder with pages or an API is one module in the list', () => {
  const source = path.resolve('src');
  const withRoutes = fs
    .readdirSync(source)
    .filter((folder) =>
      ['routes.ts', 'api.ts'].some((file) => fs.existsSync(path.join(source, folder, file))),
    )
    .filter((folder) => folder !== 'app');
  const listed = fs
    .readdirSync(source)
    .filter((folder) => fs.existsSync(path.join(source, folder, 'module.ts')));
  assert.deepEqual(
    withRoutes.filter((folder) => !listed.includes(folder)),
    [],
  );
  assert.equal(capabilityModules.length, listed.length, `modules: ${listed.join(', ')}`);
});

test('what modules declare is consistent: known permissions, one key per import kind', () => {
  for (const module of capabilityModules) {
    for (const item of module.navigation ?? []) {
      assert.ok(isPermission(item.permission), `${module.name}: ${item.href} names ${item.permission}`);
    }
  }
  const keys = importKinds.map((kind) => kind.key);
  assert.deepEqual([...new Set(keys)], keys);
});

// The API as it was before the capabilities became modules, and the governance operations added
// since: building the app from the list of modules must describe these operations, no more, no fewer.
const operationsBefore = [
  'DELETE /api/v1/me/tokens/{id}',
  'DELETE /api/v1/plans/{id}/parts/{part}/{key}',
  'DELETE /api/v1/tokens/{id}',
  'GET /api/v1/actions/{id}',
  'GET /api/v1/area-profiles/{laCode}',
  'GET /api/v1/area-profiles/{laCode}/wards',
  'GET /api/v1/areas',
  'GET /api/v1/areas/{laCode}/gaps',
  'GET /api/v1/areas/{laCode}/indicators',
  'GET /api/v1/areas/{laCode}/indicators/{key}',
  'GET /api/v1/areas/{laCode}/neighbours',
  'GET /api/v1/areas/{laCode}/results/{period}',
  'GET /api/v1/attention',
  'GET /api/v1/audit',
  'GET /api/v1/boards',
  'GET /api/v1/boards/{id}',
  'GET /api/v1/boards/{id}/programme',
  'GET /api/v1/collection-windows',
  'GET /api/v1/collection-windows/{id}/accuracy',
  'GET /api/v1/collection-windows/{id}/overview',
  'GET /api/v1/collection-windows/{id}/picture',
  'GET /api/v1/collection-windows/{id}/returns/{urn}',
  'GET /api/v1/commissioning-plans',
  'GET /api/v1/commissioning-plans/{year}',
  'GET /api/v1/concern/meetings',
  'GET /api/v1/concern/meetings/{id}',
  'GET /api/v1/concern/report',
  'GET /api/v1/concern/review',
  'GET /api/v1/concern/support',
  'GET /api/v1/concern/{la}/model',
  'GET /api/v1/data-sharing-agreements',
  'GET /api/v1/deployments',
  'GET /api/v1/deployments/{id}',
  'GET /api/v1/emails',
  'GET /api/v1/impact',
  'GET /api/v1/imports/kinds',
  'GET /api/v1/imports/{id}',
  'GET /api/v1/indicators',
  'GET /api/v1/indicators/{key}',
  'GET /api/v1/indicators/{key}/ranking',
  'GET /api/v1/kpis/{id}',
  'GET /api/v1/landscape',
  'GET /api/v1/letters/template',
  'GET /api/v1/me',
  'GET /api/v1/me/tokens',
  'GET /api/v1/meetings/{id}',
  'GET /api/v1/meetings/{id}/actions',
  'GET /api/v1/meetings/{id}/pack',
  'GET /api/v1/my-actions',
  'GET /api/v1/notifications',
  'GET /api/v1/notifications/preferences',
  'GET /api/v1/plans',
  'GET /api/v1/plans/{id}',
  'GET /api/v1/plans/{id}/kpi-report',
  'GET /api/v1/programmes',
  'GET /api/v1/programmes/{id}',
  'GET /api/v1/schools',
  'GET /api/v1/schools/{urn}',
  'GET /api/v1/schools/{urn}/category',
  'GET /api/v1/schools/{urn}/concern',
  'GET /api/v1/schools/{urn}/letter',
  'GET /api/v1/schools/{urn}/profile',
  'GET /api/v1/schools/{urn}/results',
  'GET /api/v1/schools/{urn}/visits',
  'GET /api/v1/system-leaders',
  'GET /api/v1/system-leaders/{id}',
  'GET /api/v1/tokens',
  'GET /api/v1/trusts/{id}',
  'GET /api/v1/users',
  'GET /api/v1/users/{id}',
  'PATCH /api/v1/indicators/{key}',
  'PATCH /api/v1/interventions/{id}',
  'PATCH /api/v1/visits/{id}',
  'POST /api/v1/actions/{id}/updates',
  'POST /api/v1/boards',
  'POST /api/v1/boards/{id}/holders',
  'POST /api/v1/boards/{id}/holders/{holderId}/term-end',
  'POST /api/v1/boards/{id}/meetings',
  'POST /api/v1/boards/{id}/programme',
  'POST /api/v1/boards/{id}/terms',
  'POST /api/v1/collection-windows',
  'POST /api/v1/collection-windows/{id}/chases',
  'POST /api/v1/collection-windows/{id}/returns/{urn}/authorise',
  'POST /api/v1/collection-windows/{id}/returns/{urn}/decision',
  'POST /api/v1/collection-windows/{id}/returns/{urn}/save',
  'POST /api/v1/collection-windows/{id}/returns/{urn}/send',
  'POST /api/v1/collection-windows/{id}/returns/{urn}/upload',
  'POST /api/v1/commissioned-work/{id}/status',
  'POST /api/v1/commissioning-plans/{year}/approval',
  'POST /api/v1/commissioning-plans/{year}/lines',
  'POST /api/v1/concern/meetings',
  'POST /api/v1/concern/meetings/{id}/schools/{urn}',
  'POST /api/v1/deployments',
  'POST /api/v1/deployments/{id}/moves',
  'POST /api/v1/deployments/{id}/quality',
  'POST /api/v1/deployments/{id}/reviews',
  'POST /api/v1/deployments/{id}/visits',
  'POST /api/v1/imports',
  'POST /api/v1/kpis/{id}/actuals',
  'POST /api/v1/me/tokens',
  'POST /api/v1/meeting-actions/{id}/done',
  'POST /api/v1/meetings/{id}/actions',
  'POST /api/v1/meetings/{id}/declarations',
  'POST /api/v1/meetings/{id}/items/{itemId}/decision',
  'POST /api/v1/meetings/{id}/items/{itemId}/document',
  'POST /api/v1/meetings/{id}/items/{itemId}/papers',
  'POST /api/v1/meetings/{id}/minutes/circulate',
  'POST /api/v1/meetings/{id}/publish',
  'POST /api/v1/notifications/read-all',
  'POST /api/v1/notifications/{id}/read',
  'POST /api/v1/plans',
  'POST /api/v1/plans/{id}/parts/{part}',
  'POST /api/v1/plans/{id}/parts/{part}/{key}/move',
  'POST /api/v1/programmes',
  'POST /api/v1/programmes/{id}/quality',
  'POST /api/v1/programmes/{id}/schools',
  'POST /api/v1/programmes/{id}/sessions',
  'POST /api/v1/schools/{urn}/intelligence',
  'POST /api/v1/schools/{urn}/interventions',
  'POST /api/v1/schools/{urn}/visits',
  'POST /api/v1/system-leaders',
  'POST /api/v1/system-leaders/{id}/conflicts',
  'POST /api/v1/tokens',
  'POST /api/v1/users',
  'POST /api/v1/users/{id}/disable',
  'POST /api/v1/users/{id}/enable',
  'POST /api/v1/users/{id}/password-link',
  'POST /api/v1/users/{id}/unlock',
  'POST /api/v1/visits/{id}/response',
  'PUT /api/v1/commissioning-plans/{year}/priorities',
  'PUT /api/v1/concern/{la}/allowances',
  'PUT /api/v1/concern/{la}/model',
  'PUT /api/v1/concern/{la}/sharing',
  'PUT /api/v1/data-sharing-agreements/{urn}',
  'PUT /api/v1/letters/template',
  'PUT /api/v1/meetings/{id}/attendance',
  'PUT /api/v1/meetings/{id}/minutes',
  'PUT /api/v1/notifications/preferences',
  'PUT /api/v1/plans/{id}/parts/{part}/{key}',
  'PUT /api/v1/users/{id}/role',
];

describeOnDatabases('the app built from the list of modules', (database) => {
  test('the OpenAPI document lists the same operations as before', async () => {
    const { app } = await buildTestApp(database());
    const document = (await app.inject('/api/v1/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const operations = Object.entries(document.paths).flatMap(([address, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${address}`),
    );
    assert.deepEqual(operations.sort(), operationsBefore);
    await app.close();
  });
});
