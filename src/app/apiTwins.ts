// Every page and every form on the web has its twin in the API (SPEC "Interfaces"): councils feed
// their dashboards and case systems from the API, so nothing the web shows or changes may be
// missing from it. Each web route names its twin here, or says why it has none; the parity test
// (apiTwins.test.ts) fails when a web route is added without one, when a twin is not a route, and
// when a change's twin asks for a different permission.

type Twin = string | { none: string };

const form = { none: 'a form to fill in: the API takes the same fields directly' };
const session = { none: 'signing in and out of the web: the API is used with a token' };

export const apiTwins: Record<string, Twin> = {
  // Home, account and notifications
  'GET /': 'GET /api/v1/attention',
  'GET /account': 'GET /api/v1/me',
  'GET /account/tokens/new': form,
  'POST /account/tokens/new': 'POST /api/v1/me/tokens',
  'POST /account/tokens/:id/revoke': 'DELETE /api/v1/me/tokens/:id',
  'POST /sign-out': session,
  'GET /notifications': 'GET /api/v1/notifications',
  'GET /notifications/:id': 'POST /api/v1/notifications/:id/read',
  'GET /notifications/preferences': 'GET /api/v1/notifications/preferences',
  'POST /notifications/preferences': 'PUT /api/v1/notifications/preferences',
  'POST /notifications/read-all': 'POST /api/v1/notifications/read-all',

  // Administration
  'GET /admin/users': 'GET /api/v1/users',
  'GET /admin/users/new': form,
  'POST /admin/users/new': 'POST /api/v1/users',
  'GET /admin/users/:id': 'GET /api/v1/users/:id',
  'POST /admin/users/:id/disable': 'POST /api/v1/users/:id/disable',
  'POST /admin/users/:id/enable': 'POST /api/v1/users/:id/enable',
  'POST /admin/users/:id/unlock': 'POST /api/v1/users/:id/unlock',
  'POST /admin/users/:id/role': 'PUT /api/v1/users/:id/role',
  'POST /admin/users/:id/password-link': 'POST /api/v1/users/:id/password-link',
  'GET /admin/tokens': 'GET /api/v1/tokens',
  'POST /admin/tokens/:id/revoke': 'DELETE /api/v1/tokens/:id',
  'GET /admin/emails': 'GET /api/v1/emails',
  'GET /admin/audit': 'GET /api/v1/audit',
  'GET /admin/imports': 'GET /api/v1/imports/kinds',
  'POST /admin/imports': 'POST /api/v1/imports',
  'GET /admin/indicators': 'GET /api/v1/indicators',
  'GET /admin/indicators/:key': 'GET /api/v1/indicators/:key',
  'POST /admin/indicators/:key': 'PATCH /api/v1/indicators/:key',

  // Schools and results
  'GET /schools': 'GET /api/v1/schools',
  'GET /schools/:urn': 'GET /api/v1/schools/:urn',
  'GET /trusts/:id': 'GET /api/v1/trusts/:id',
  'GET /schools/:urn/profile': 'GET /api/v1/schools/:urn/profile',
  'GET /schools/:urn/results': 'GET /api/v1/schools/:urn/results',
  'GET /schools/:urn/letter': 'GET /api/v1/schools/:urn/letter',
  'GET /areas': 'GET /api/v1/areas',
  'GET /areas/:laCode/results': 'GET /api/v1/areas/:laCode/results/:period',
  'GET /areas/:laCode/results/:period': 'GET /api/v1/areas/:laCode/results/:period',
  'GET /areas/:laCode/gaps': 'GET /api/v1/areas/:laCode/gaps',
  'GET /areas/:laCode/indicators': 'GET /api/v1/areas/:laCode/indicators',
  'GET /areas/:laCode/indicators/:key': 'GET /api/v1/areas/:laCode/indicators/:key',
  'GET /indicators': 'GET /api/v1/indicators',
  'GET /landscape': 'GET /api/v1/landscape',

  // Schools causing concern
  'GET /concern': 'GET /api/v1/concern/review',
  'POST /concern/meetings': 'POST /api/v1/concern/meetings',
  'GET /concern/meetings/:id': 'GET /api/v1/concern/meetings/:id',
  'GET /concern/meetings/:id/schools/:urn': form,
  'POST /concern/meetings/:id/schools/:urn': 'POST /api/v1/concern/meetings/:id/schools/:urn',
  'GET /schools/:urn/concern': 'GET /api/v1/schools/:urn/concern',
  'POST /schools/:urn/intelligence': 'POST /api/v1/schools/:urn/intelligence',
  'POST /schools/:urn/interventions': 'POST /api/v1/schools/:urn/interventions',
  'POST /interventions/:id': 'PATCH /api/v1/interventions/:id',
  'GET /schools/:urn/visits': 'GET /api/v1/schools/:urn/visits',
  'POST /schools/:urn/visits': 'POST /api/v1/schools/:urn/visits',
  'POST /visits/:id': 'PATCH /api/v1/visits/:id',
  'POST /visits/:id/response': 'POST /api/v1/visits/:id/response',
  'GET /concern/support': 'GET /api/v1/concern/support',
  'POST /concern/:la/allowances': 'PUT /api/v1/concern/:la/allowances',
  'GET /concern/model': 'GET /api/v1/concern/:la/model',
  'POST /concern/:la/model': 'PUT /api/v1/concern/:la/model',
  'POST /concern/:la/sharing': 'PUT /api/v1/concern/:la/sharing',
  'GET /concern/report': 'GET /api/v1/concern/report',

  // Plans
  'GET /plans': 'GET /api/v1/plans',
  'GET /plans/new': form,
  'POST /plans/new': 'POST /api/v1/plans',
  'GET /plans/:id': 'GET /api/v1/plans/:id',
  'GET /plans/:id/edit': 'GET /api/v1/plans/:id',
  'GET /plans/:id/edit/:part/new': form,
  'POST /plans/:id/edit/:part/new': 'POST /api/v1/plans/:id/parts/:part',
  'GET /plans/:id/edit/:part/:key': form,
  'POST /plans/:id/edit/:part/:key': 'PUT /api/v1/plans/:id/parts/:part/:key',
  'POST /plans/:id/edit/:part/:key/move': 'POST /api/v1/plans/:id/parts/:part/:key/move',
  'POST /plans/:id/edit/:part/:key/remove': 'DELETE /api/v1/plans/:id/parts/:part/:key',
  'GET /plans/:id/kpi-report': 'GET /api/v1/plans/:id/kpi-report',
  'GET /actions/:id': 'GET /api/v1/actions/:id',
  'POST /actions/:id/updates': 'POST /api/v1/actions/:id/updates',
  'GET /kpis/:id': 'GET /api/v1/kpis/:id',
  'GET /my-actions': 'GET /api/v1/my-actions',

  // Reports
  'GET /letters': 'GET /api/v1/letters/template',
  'POST /letters': 'PUT /api/v1/letters/template',
  'GET /area-profiles': 'GET /api/v1/area-profiles/:laCode',
  'GET /area-profiles/:laCode': 'GET /api/v1/area-profiles/:laCode',
  'GET /area-profiles/:laCode/wards': 'GET /api/v1/area-profiles/:laCode/wards',

  // Boards
  'GET /boards': 'GET /api/v1/boards',
  'GET /boards/new': form,
  'POST /boards': 'POST /api/v1/boards',
  'GET /boards/:id': 'GET /api/v1/boards/:id',
  'POST /boards/:id/holders': 'POST /api/v1/boards/:id/holders',
  'POST /boards/:id/terms/end': 'POST /api/v1/boards/:id/holders/:holderId/term-end',
  'POST /boards/:id/terms': 'POST /api/v1/boards/:id/terms',
  'POST /boards/:id/meetings': 'POST /api/v1/boards/:id/meetings',
  'POST /boards/:id/programme': 'POST /api/v1/boards/:id/programme',
  'GET /meetings/:id': 'GET /api/v1/meetings/:id',
  'GET /meetings/:id/pack': 'GET /api/v1/meetings/:id/pack',
  'POST /meetings/:id/attendance': 'PUT /api/v1/meetings/:id/attendance',
  'POST /meetings/:id/declarations': 'POST /api/v1/meetings/:id/declarations',
  'POST /meetings/:id/actions': 'POST /api/v1/meetings/:id/actions',
  'POST /meetings/:id/items/:itemId/decision': 'POST /api/v1/meetings/:id/items/:itemId/decision',
  'POST /meetings/:id/items/:itemId/papers': 'POST /api/v1/meetings/:id/items/:itemId/papers',
  'POST /meetings/:id/items/:itemId/document': 'POST /api/v1/meetings/:id/items/:itemId/document',
  'POST /meetings/:id/publish': 'POST /api/v1/meetings/:id/publish',
  'POST /meetings/:id/minutes': 'PUT /api/v1/meetings/:id/minutes',
  'POST /meetings/:id/minutes/circulate': 'POST /api/v1/meetings/:id/minutes/circulate',
  'POST /meeting-actions/:id/done': 'POST /api/v1/meeting-actions/:id/done',

  // Support
  'GET /support': 'GET /api/v1/deployments',
  'GET /support/leaders': 'GET /api/v1/system-leaders',
  'POST /support/leaders': 'POST /api/v1/system-leaders',
  'GET /support/leaders/:id': 'GET /api/v1/system-leaders/:id',
  'POST /support/leaders/:id/conflicts': 'POST /api/v1/system-leaders/:id/conflicts',
  'GET /support/deployments/new': form,
  'POST /support/deployments': 'POST /api/v1/deployments',
  'GET /support/deployments/:id': 'GET /api/v1/deployments/:id',
  'POST /support/deployments/:id/move': 'POST /api/v1/deployments/:id/moves',
  'POST /support/deployments/:id/reviews': 'POST /api/v1/deployments/:id/reviews',
  'POST /support/deployments/:id/visits': 'POST /api/v1/deployments/:id/visits',
  'POST /support/deployments/:id/quality': 'POST /api/v1/deployments/:id/quality',
  'GET /support/programmes': 'GET /api/v1/programmes',
  'POST /support/programmes': 'POST /api/v1/programmes',
  'GET /support/programmes/:id': 'GET /api/v1/programmes/:id',
  'POST /support/programmes/:id/schools': 'POST /api/v1/programmes/:id/schools',
  'POST /support/programmes/:id/sessions': 'POST /api/v1/programmes/:id/sessions',
  'POST /support/programmes/:id/quality': 'POST /api/v1/programmes/:id/quality',
  'GET /support/commissioning': 'GET /api/v1/commissioning-plans',
  'POST /support/commissioning': 'PUT /api/v1/commissioning-plans/:year/priorities',
  'GET /support/commissioning/:year': 'GET /api/v1/commissioning-plans/:year',
  'POST /support/commissioning/:year/priorities': 'PUT /api/v1/commissioning-plans/:year/priorities',
  'POST /support/commissioning/:year/lines': 'POST /api/v1/commissioning-plans/:year/lines',
  'POST /support/commissioning/:year/approval': 'POST /api/v1/commissioning-plans/:year/approval',
  'POST /support/commissioned-work/:id/status': 'POST /api/v1/commissioned-work/:id/status',
  'GET /support/impact': 'GET /api/v1/impact',

  // Data returns
  'GET /collection': 'GET /api/v1/collection-windows',
  'POST /collection/windows': 'POST /api/v1/collection-windows',
  'GET /collection/windows/:id': 'GET /api/v1/collection-windows/:id/overview',
  'POST /collection/windows/:id/chases': 'POST /api/v1/collection-windows/:id/chases',
  'GET /collection/windows/:id/schools/:urn': 'GET /api/v1/collection-windows/:id/returns/:urn',
  'POST /collection/windows/:id/schools/:urn': 'POST /api/v1/collection-windows/:id/returns/:urn/save',
  'POST /collection/windows/:id/schools/:urn/upload':
    'POST /api/v1/collection-windows/:id/returns/:urn/upload',
  'POST /collection/windows/:id/schools/:urn/decision':
    'POST /api/v1/collection-windows/:id/returns/:urn/decision',
  'GET /collection/windows/:id/picture': 'GET /api/v1/collection-windows/:id/picture',
  'GET /collection/windows/:id/accuracy': 'GET /api/v1/collection-windows/:id/accuracy',
  'GET /collection/agreements': 'GET /api/v1/data-sharing-agreements',
  'POST /collection/agreements/:urn': 'PUT /api/v1/data-sharing-agreements/:urn',
};

/** The same figures as a page, in a file: a PDF, a spreadsheet, a calendar or a ZIP of letters. */
export const isDownload = (url: string): boolean => /\.(pdf|csv|xlsx|zip|ics)$|\/download$/.test(url);
