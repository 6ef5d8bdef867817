import type { Role } from '../access/roles.ts';

// A sample request for every route in the app, for the authorisation matrix and the hostile-input
// test: where a route names a school or a trust, once for the role's own and once for another.
// A school user's own school is Harbourside Primary (990001, maintained); a trust leader's trust is
// the demonstration's first, DEMO-T1, whose first school is Southsea Common Academy (990003).

export type Target = {
  target: 'own' | 'other' | 'any';
  url: (role: Role) => string;
  /** What a role holding the route's permission gets (within its scope). */
  status: number;
  /** What a scoped role gets for another school or trust, when not 403. */
  otherStatus?: number;
  /** A body that passes authorisation but changes nothing (it fails validation or names nothing). */
  body?: Record<string, unknown>;
  /**
   * Roles that hold the route's permission but whose answer the handler decides otherwise (a
   * school's concern page needs concern:read, or to be the school itself when its category is shared).
   */
  statusFor?: Partial<Record<Role, number>>;
  /** The request ends the visitor's session (signing out), so it is sent after every other. */
  endsSession?: boolean;
};

const ownSchool = (role: Role) => (role === 'trust_leader' ? 990003 : 990001);
const otherSchool = (role: Role) => (role === 'trust_leader' ? 990001 : 990003);
const ownTrust = () => 'DEMO-T1';
const otherTrust = () => 'DEMO-T2';

// Where the demonstration holds nothing to show (no meeting, intervention, visit or token yet),
// a role allowed through gets 404: past authorisation, and
// still different from the 403 of a role that is not.
export const routeSamples: Record<string, Target[]> = {
  'GET /': [{ target: 'any', url: () => `/`, status: 200 }],
  'GET /health': [],
  'GET /ready': [],
  'GET /assets/*': [],
  'GET /api/v1/openapi.json': [],
  'GET /api/docs': [],
  'GET /sign-in': [],
  'POST /sign-in': [],
  'POST /sign-out': [{ target: 'any', url: () => `/sign-out`, status: 303, endsSession: true }],
  'GET /sign-in/sso': [],
  'GET /sign-in/sso/callback': [],
  'GET /notifications': [{ target: 'any', url: () => `/notifications`, status: 200 }],
  // A notification that is not there (or not the visitor's): past authorisation, nothing to open.
  'GET /notifications/:id': [{ target: 'any', url: () => `/notifications/999999`, status: 404 }],
  'POST /notifications/read-all': [
    { target: 'any', url: () => `/notifications/read-all`, status: 303, body: {} },
  ],
  'GET /notifications/preferences': [{ target: 'any', url: () => `/notifications/preferences`, status: 200 }],
  'POST /notifications/preferences': [
    { target: 'any', url: () => `/notifications/preferences`, status: 400, body: {} },
  ],
  'GET /account': [{ target: 'any', url: () => `/account`, status: 200 }],
  'GET /account/tokens/new': [{ target: 'any', url: () => `/account/tokens/new`, status: 200 }],
  'POST /account/tokens/new': [{ target: 'any', url: () => `/account/tokens/new`, status: 400, body: {} }],
  // A token that is not there (or not the visitor's): past authorisation, nothing to revoke.
  'POST /account/tokens/:id/revoke': [
    { target: 'any', url: () => `/account/tokens/999999/revoke`, status: 404, body: {} },
  ],
  'GET /admin/tokens': [{ target: 'any', url: () => `/admin/tokens`, status: 200 }],
  'POST /admin/tokens/:id/revoke': [
    { target: 'any', url: () => `/admin/tokens/999999/revoke`, status: 404, body: {} },
  ],
  'GET /api/v1/me/tokens': [{ target: 'any', url: () => `/api/v1/me/tokens`, status: 200 }],
  'POST /api/v1/me/tokens': [{ target: 'any', url: () => `/api/v1/me/tokens`, status: 400, body: {} }],
  'DELETE /api/v1/me/tokens/:id': [{ target: 'any', url: () => `/api/v1/me/tokens/999999`, status: 404 }],
  'GET /admin/emails': [{ target: 'any', url: () => `/admin/emails`, status: 200 }],
  'GET /admin/users': [{ target: 'any', url: () => `/admin/users`, status: 200 }],
  'GET /admin/users/new': [{ target: 'any', url: () => `/admin/users/new`, status: 200 }],
  'POST /admin/users/new': [{ target: 'any', url: () => `/admin/users/new`, status: 400, body: {} }],
  'GET /admin/users/:id': [{ target: 'any', url: () => `/admin/users/2`, status: 200 }],
  // An account that is not there: past authorisation, nothing to change.
  'POST /admin/users/:id/disable': [
    { target: 'any', url: () => `/admin/users/999999/disable`, status: 404, body: {} },
  ],
  'POST /admin/users/:id/enable': [
    { target: 'any', url: () => `/admin/users/999999/enable`, status: 404, body: {} },
  ],
  'POST /admin/users/:id/unlock': [
    { target: 'any', url: () => `/admin/users/999999/unlock`, status: 404, body: {} },
  ],
  'POST /admin/users/:id/role': [
    { target: 'any', url: () => `/admin/users/999999/role`, status: 404, body: {} },
  ],
  'POST /admin/users/:id/password-link': [
    { target: 'any', url: () => `/admin/users/999999/password-link`, status: 404, body: {} },
  ],
  'GET /set-password/:token': [],
  'POST /set-password/:token': [],
  'GET /admin/audit': [{ target: 'any', url: () => `/admin/audit`, status: 200 }],
  'GET /schools': [{ target: 'any', url: () => `/schools`, status: 200 }],
  'GET /schools/:urn': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}`, status: 200 },
  ],
  'GET /schools/:urn/results': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/results`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/results`, status: 200 },
  ],
  'GET /schools/:urn/profile': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/profile`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/profile`, status: 200 },
  ],
  'GET /schools/:urn/profile.pdf': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/profile.pdf`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/profile.pdf`, status: 200 },
  ],
  'GET /schools/:urn/letter': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/letter`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/letter`, status: 200 },
  ],
  'GET /schools/:urn/letter.pdf': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/letter.pdf`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/letter.pdf`, status: 200 },
  ],
  'GET /letters': [{ target: 'any', url: () => `/letters`, status: 200 }],
  'GET /boards': [{ target: 'any', url: () => `/boards`, status: 200 }],
  // The Strategic Board (2), whose chair is the demonstration's board member.
  'POST /boards/:id/meetings': [{ target: 'any', url: () => `/boards/2/meetings`, status: 400, body: {} }],
  'GET /boards/new': [{ target: 'any', url: () => `/boards/new`, status: 200 }],
  'GET /support': [{ target: 'any', url: () => `/support`, status: 200 }],
  'GET /support/leaders': [{ target: 'any', url: () => `/support/leaders`, status: 200 }],
  'POST /support/leaders': [{ target: 'any', url: () => `/support/leaders`, status: 400, body: {} }],
  'GET /support/leaders/:id': [{ target: 'any', url: () => `/support/leaders/1`, status: 200 }],
  'POST /support/leaders/:id/conflicts': [
    { target: 'any', url: () => `/support/leaders/1/conflicts`, status: 400, body: {} },
  ],
  'GET /support/deployments/new': [
    { target: 'any', url: () => `/support/deployments/new?urn=990002`, status: 200 },
  ],
  'POST /support/deployments': [{ target: 'any', url: () => `/support/deployments`, status: 400, body: {} }],
  'GET /support/deployments/:id': [{ target: 'any', url: () => `/support/deployments/1`, status: 200 }],
  'POST /support/deployments/:id/move': [
    { target: 'any', url: () => `/support/deployments/1/move`, status: 400, body: {} },
  ],
  'POST /support/deployments/:id/visits': [
    { target: 'any', url: () => `/support/deployments/1/visits`, status: 400, body: {} },
  ],
  'POST /support/deployments/:id/reviews': [
    { target: 'any', url: () => `/support/deployments/1/reviews`, status: 400, body: {} },
  ],
  'POST /support/deployments/:id/quality': [
    { target: 'any', url: () => `/support/deployments/1/quality`, status: 400, body: {} },
  ],
  'GET /support/commissioning': [{ target: 'any', url: () => `/support/commissioning`, status: 200 }],
  'POST /support/commissioning': [
    { target: 'any', url: () => `/support/commissioning`, status: 400, body: {} },
  ],
  'GET /support/commissioning/:year': [
    { target: 'any', url: () => `/support/commissioning/2016`, status: 200 },
  ],
  'GET /support/commissioning/:year.pdf': [
    { target: 'any', url: () => `/support/commissioning/2016.pdf`, status: 200 },
  ],
  'GET /support/commissioning/:year/download': [
    {
      target: 'any',
      url: () => `/support/commissioning/2016/download?table=commissioning&format=csv`,
      status: 200,
    },
  ],
  'POST /support/commissioning/:year/priorities': [
    {
      target: 'any',
      url: () => `/support/commissioning/2016/priorities`,
      status: 400,
      body: { priorities: 'x'.repeat(6000) },
    },
  ],
  'POST /support/commissioning/:year/lines': [
    { target: 'any', url: () => `/support/commissioning/2016/lines`, status: 400, body: {} },
  ],
  'POST /support/commissioned-work/:id/status': [
    {
      target: 'any',
      url: () => `/support/commissioned-work/1/status`,
      status: 400,
      body: { status: 'paused' },
    },
  ],
  'POST /support/commissioning/:year/approval': [
    { target: 'any', url: () => `/support/commissioning/2016/approval`, status: 400, body: {} },
  ],
  'GET /support/programmes': [{ target: 'any', url: () => `/support/programmes`, status: 200 }],
  'POST /support/programmes': [{ target: 'any', url: () => `/support/programmes`, status: 400, body: {} }],
  'GET /support/programmes/:id': [{ target: 'any', url: () => `/support/programmes/1`, status: 200 }],
  'POST /support/programmes/:id/schools': [
    { target: 'any', url: () => `/support/programmes/1/schools`, status: 400, body: {} },
  ],
  'POST /support/programmes/:id/sessions': [
    { target: 'any', url: () => `/support/programmes/1/sessions`, status: 400, body: {} },
  ],
  'POST /support/programmes/:id/quality': [
    { target: 'any', url: () => `/support/programmes/1/quality`, status: 400, body: {} },
  ],
  'GET /support/impact': [{ target: 'any', url: () => `/support/impact?programme=1`, status: 200 }],
  'GET /support/impact.pdf': [{ target: 'any', url: () => `/support/impact.pdf?programme=1`, status: 200 }],
  'GET /support/impact/download': [
    {
      target: 'any',
      url: () => `/support/impact/download?programme=1&table=impact-summary&format=xlsx`,
      status: 200,
    },
  ],
  'GET /collection': [{ target: 'any', url: () => `/collection`, status: 200 }],
  'POST /collection/windows': [{ target: 'any', url: () => `/collection/windows`, status: 400, body: {} }],
  'GET /collection/windows/:id': [{ target: 'any', url: () => `/collection/windows/1`, status: 200 }],
  'POST /collection/windows/:id/chases': [
    { target: 'any', url: () => `/collection/windows/1/chases`, status: 400, body: {} },
  ],
  // Window 1 is the demonstration's autumn 2015 return, closed: a change to it is refused with its date.
  'GET /collection/windows/:id/schools/:urn': [
    { target: 'own', url: (role) => `/collection/windows/1/schools/${String(ownSchool(role))}`, status: 200 },
    {
      target: 'other',
      url: (role) => `/collection/windows/1/schools/${String(otherSchool(role))}`,
      status: 200,
    },
  ],
  'POST /collection/windows/:id/schools/:urn': [
    {
      target: 'own',
      url: (role) => `/collection/windows/1/schools/${String(ownSchool(role))}`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/collection/windows/1/schools/${String(otherSchool(role))}`,
      status: 400,
      body: {},
    },
  ],
  'POST /collection/windows/:id/schools/:urn/decision': [
    {
      target: 'own',
      url: (role) => `/collection/windows/1/schools/${String(ownSchool(role))}/decision`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/collection/windows/1/schools/${String(otherSchool(role))}/decision`,
      status: 400,
      body: {},
    },
  ],
  'GET /collection/windows/:id/schools/:urn/template.xlsx': [
    {
      target: 'own',
      url: (role) => `/collection/windows/1/schools/${String(ownSchool(role))}/template.xlsx`,
      status: 200,
    },
    {
      target: 'other',
      url: (role) => `/collection/windows/1/schools/${String(otherSchool(role))}/template.xlsx`,
      status: 200,
    },
  ],
  'POST /collection/windows/:id/schools/:urn/upload': [
    {
      target: 'own',
      url: (role) => `/collection/windows/1/schools/${String(ownSchool(role))}/upload`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/collection/windows/1/schools/${String(otherSchool(role))}/upload`,
      status: 400,
      body: {},
    },
  ],
  'GET /collection/windows/:id/picture': [
    { target: 'any', url: () => `/collection/windows/1/picture`, status: 200 },
  ],
  'GET /collection/windows/:id/accuracy': [
    { target: 'any', url: () => `/collection/windows/1/accuracy`, status: 200 },
  ],
  'GET /collection/agreements': [{ target: 'any', url: () => `/collection/agreements`, status: 200 }],
  'POST /collection/agreements/:urn': [
    { target: 'any', url: () => `/collection/agreements/990001`, status: 400, body: {} },
  ],
  'POST /boards': [{ target: 'any', url: () => `/boards`, status: 400, body: {} }],
  'POST /boards/:id/holders': [{ target: 'any', url: () => `/boards/2/holders`, status: 400, body: {} }],
  'POST /boards/:id/terms/end': [{ target: 'any', url: () => `/boards/2/terms/end`, status: 400, body: {} }],
  'POST /boards/:id/terms': [{ target: 'any', url: () => `/boards/2/terms`, status: 400, body: {} }],
  'POST /boards/:id/programme': [{ target: 'any', url: () => `/boards/2/programme`, status: 400, body: {} }],
  'POST /meetings/:id/declarations': [
    { target: 'any', url: () => `/meetings/1/declarations`, status: 400, body: {} },
  ],
  // The demonstration's papers are published: nothing can be added to them.
  'POST /meetings/:id/items/:itemId/document': [
    { target: 'any', url: () => `/meetings/1/items/3/document`, status: 400, body: {} },
  ],
  'GET /meeting-papers/:id.pdf': [{ target: 'any', url: () => `/meeting-papers/999999.pdf`, status: 404 }],
  'GET /boards/:id/meetings.ics': [{ target: 'any', url: () => `/boards/2/meetings.ics`, status: 200 }],
  'GET /boards/:id': [{ target: 'any', url: () => `/boards/2`, status: 200 }],
  // Meeting 1 is the Education Advisory Board's: the board member sits on the Strategic Board only.
  'GET /meetings/:id': [
    { target: 'any', url: () => `/meetings/1`, status: 200, statusFor: { board_member: 404 } },
  ],
  'POST /meetings/:id/attendance': [
    { target: 'any', url: () => `/meetings/1/attendance`, status: 400, body: { 'status-999999': 'present' } },
  ],
  // Seed 001's papers are published in the demonstration: no paper can be added, nor published again.
  'POST /meetings/:id/items/:itemId/papers': [
    {
      target: 'any',
      url: () => `/meetings/1/items/3/papers`,
      status: 400,
      body: { kind: 'results-summary' },
    },
  ],
  // A minute for an item of another meeting: refused, nothing saved.
  'POST /meetings/:id/minutes': [
    { target: 'any', url: () => `/meetings/1/minutes`, status: 400, body: { 'minute-999999': 'x' } },
  ],
  'POST /meetings/:id/minutes/circulate': [
    { target: 'any', url: () => `/meetings/1/minutes/circulate`, status: 400, body: {} },
  ],
  'POST /meetings/:id/actions': [{ target: 'any', url: () => `/meetings/1/actions`, status: 400, body: {} }],
  // No action 999999: past the permission, nothing to mark.
  'POST /meeting-actions/:id/done': [
    { target: 'any', url: () => `/meeting-actions/999999/done`, status: 404, body: {} },
  ],
  'POST /meetings/:id/publish': [{ target: 'any', url: () => `/meetings/1/publish`, status: 400, body: {} }],
  'GET /meetings/:id/pack': [
    // Seed 001's papers are published publicly: everyone reads them.
    { target: 'any', url: () => `/meetings/1/pack`, status: 200 },
  ],
  'GET /meetings/:id/pack.pdf': [{ target: 'any', url: () => `/meetings/1/pack.pdf`, status: 200 }],
  'POST /meetings/:id/items/:itemId/decision': [
    {
      target: 'any',
      url: () => `/meetings/1/items/1/decision`,
      status: 400,
      body: { outcome: '' },
      statusFor: { board_member: 404 },
    },
  ],
  'GET /area-profiles': [{ target: 'any', url: () => `/area-profiles`, status: 303 }],
  'GET /area-profiles/:laCode': [{ target: 'any', url: () => `/area-profiles/343`, status: 200 }],
  'GET /area-profiles/:laCode.pdf': [{ target: 'any', url: () => `/area-profiles/343.pdf`, status: 200 }],
  'GET /area-profiles/:laCode/wards': [{ target: 'any', url: () => `/area-profiles/343/wards`, status: 200 }],
  'GET /area-profiles/:laCode/wards.pdf': [
    { target: 'any', url: () => `/area-profiles/343/wards.pdf`, status: 200 },
  ],
  'POST /letters': [
    { target: 'any', url: () => `/letters`, status: 400, body: { body: '{{nothing}}', signedBy: '' } },
  ],
  // An LA with no schools in the register: an empty ZIP, so the matrix prints no letters.
  'GET /letters/:laCode.zip': [{ target: 'any', url: () => `/letters/999.zip`, status: 200 }],
  'GET /schools/:urn/results.pdf': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/results.pdf`, status: 200 },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/results.pdf`, status: 200 },
  ],
  'GET /schools/:urn/results/download': [
    {
      target: 'own',
      url: (role) => `/schools/${String(ownSchool(role))}/results/download?format=xlsx`,
      status: 200,
    },
    {
      target: 'other',
      url: (role) => `/schools/${String(otherSchool(role))}/results/download?format=xlsx`,
      status: 200,
    },
  ],
  'GET /trusts/:id': [
    { target: 'own', url: () => `/trusts/${ownTrust()}`, status: 200, statusFor: { school_user: 403 } },
    { target: 'other', url: () => `/trusts/${otherTrust()}`, status: 200 },
  ],
  'GET /landscape': [{ target: 'any', url: () => `/landscape`, status: 200 }],
  'GET /landscape.pdf': [{ target: 'any', url: () => `/landscape.pdf`, status: 200 }],
  'GET /admin/imports': [{ target: 'any', url: () => `/admin/imports`, status: 200 }],
  'GET /admin/imports/values-template.csv': [
    { target: 'any', url: () => `/admin/imports/values-template.csv`, status: 200 },
  ],
  'GET /admin/imports/schools-template.csv': [
    { target: 'any', url: () => `/admin/imports/schools-template.csv`, status: 200 },
  ],
  'POST /admin/imports': [{ target: 'any', url: () => `/admin/imports`, status: 400, body: {} }],
  'GET /api/v1/imports/kinds': [{ target: 'any', url: () => `/api/v1/imports/kinds`, status: 200 }],
  // A JSON body where a multipart form is needed: refused before anything is read.
  'POST /api/v1/imports': [{ target: 'any', url: () => `/api/v1/imports`, status: 415, body: {} }],
  'GET /api/v1/imports/:id': [{ target: 'any', url: () => `/api/v1/imports/999999`, status: 404 }],
  'GET /admin/indicators': [{ target: 'any', url: () => `/admin/indicators`, status: 200 }],
  'GET /admin/indicators/:key': [
    { target: 'any', url: () => `/admin/indicators/KS2RWM_Expected_STD`, status: 200 },
  ],
  'POST /admin/indicators/:key': [
    { target: 'any', url: () => `/admin/indicators/KS2RWM_Expected_STD`, status: 400, body: {} },
  ],
  'GET /areas': [{ target: 'any', url: () => `/areas`, status: 200 }],
  'GET /indicators': [{ target: 'any', url: () => `/indicators?q=reading`, status: 200 }],
  'GET /areas/:laCode/indicators': [{ target: 'any', url: () => `/areas/851/indicators`, status: 200 }],
  'GET /areas/:laCode/results/:period': [
    { target: 'any', url: () => `/areas/851/results/2016`, status: 200 },
  ],
  'GET /areas/:laCode/results/:period.pdf': [
    { target: 'any', url: () => `/areas/851/results/2016.pdf`, status: 200 },
  ],
  'GET /areas/:laCode/results': [{ target: 'any', url: () => `/areas/851/results`, status: 302 }],
  'GET /areas/:laCode/gaps': [{ target: 'any', url: () => `/areas/851/gaps`, status: 200 }],
  'GET /areas/:laCode/gaps.pdf': [{ target: 'any', url: () => `/areas/851/gaps.pdf`, status: 200 }],
  'GET /areas/:laCode/gaps/download': [
    { target: 'any', url: () => `/areas/851/gaps/download?format=xlsx`, status: 200 },
  ],
  'GET /areas/:laCode/indicators/:key': [
    { target: 'any', url: () => `/areas/851/indicators/KS2RWM_Expected_STD`, status: 200 },
  ],
  'GET /areas/:laCode/indicators/:key/download': [
    {
      target: 'any',
      url: () => `/areas/851/indicators/KS2RWM_Expected_STD/download?format=xlsx`,
      status: 200,
    },
  ],
  'GET /areas/:laCode/results/:period/download': [
    { target: 'any', url: () => `/areas/851/results/2016/download?format=xlsx`, status: 200 },
  ],
  'GET /plans': [{ target: 'any', url: () => `/plans`, status: 200 }],
  'GET /plans/:id': [{ target: 'any', url: () => `/plans/1`, status: 200 }],
  'GET /plans/:id.pdf': [{ target: 'any', url: () => `/plans/1.pdf`, status: 200 }],
  'GET /plans/new': [{ target: 'any', url: () => `/plans/new`, status: 200 }],
  'POST /plans/new': [{ target: 'any', url: () => `/plans/new`, status: 400, body: {} }],
  // Plan 1 (seed 000) is owned by DDCS, which the demonstration officer holds.
  'GET /plans/:id/edit': [{ target: 'any', url: () => `/plans/1/edit`, status: 200 }],
  'GET /plans/:id/edit/:part/new': [{ target: 'any', url: () => `/plans/1/edit/action/new`, status: 200 }],
  'GET /plans/:id/edit/:part/:key': [{ target: 'any', url: () => `/plans/1/edit/area/1`, status: 200 }],
  'POST /plans/:id/edit/:part/new': [
    { target: 'any', url: () => `/plans/1/edit/area/new`, status: 400, body: {} },
  ],
  'POST /plans/:id/edit/:part/:key': [
    { target: 'any', url: () => `/plans/1/edit/area/1`, status: 400, body: {} },
  ],
  'POST /plans/:id/edit/:part/:key/move': [
    { target: 'any', url: () => `/plans/1/edit/action/999999/move`, status: 404, body: { way: 'up' } },
  ],
  'POST /plans/:id/edit/:part/:key/remove': [
    { target: 'any', url: () => `/plans/1/edit/action/999999/remove`, status: 404, body: {} },
  ],
  'GET /plans/:id/plan.xlsx': [{ target: 'any', url: () => `/plans/1/plan.xlsx`, status: 200 }],
  'GET /plans/:id/progress.csv': [{ target: 'any', url: () => `/plans/1/progress.csv`, status: 200 }],
  'GET /plans/:id/progress.xlsx': [{ target: 'any', url: () => `/plans/1/progress.xlsx`, status: 200 }],
  'GET /plans/:id/kpi-report': [{ target: 'any', url: () => `/plans/1/kpi-report`, status: 200 }],
  'GET /plans/:id/kpi-report.pdf': [{ target: 'any', url: () => `/plans/1/kpi-report.pdf`, status: 200 }],
  'GET /plans/:id/kpi-report.csv': [{ target: 'any', url: () => `/plans/1/kpi-report.csv`, status: 200 }],
  'GET /plans/:id/kpi-report.xlsx': [{ target: 'any', url: () => `/plans/1/kpi-report.xlsx`, status: 200 }],
  'GET /actions/:id': [{ target: 'any', url: () => `/actions/1`, status: 200 }],
  'POST /actions/:id/updates': [{ target: 'any', url: () => `/actions/1/updates`, status: 400, body: {} }],
  'GET /my-actions': [{ target: 'any', url: () => `/my-actions`, status: 200 }],
  'GET /kpis/:id': [{ target: 'any', url: () => `/kpis/1`, status: 200 }],
  'GET /concern': [{ target: 'any', url: () => `/concern`, status: 200 }],
  'GET /concern/report': [{ target: 'any', url: () => `/concern/report`, status: 200 }],
  'GET /concern/report.pdf': [{ target: 'any', url: () => `/concern/report.pdf`, status: 200 }],
  'GET /concern/report.xlsx': [{ target: 'any', url: () => `/concern/report.xlsx`, status: 200 }],
  'POST /concern/meetings': [{ target: 'any', url: () => `/concern/meetings`, status: 400, body: {} }],
  'GET /concern/meetings/:id': [{ target: 'any', url: () => `/concern/meetings/1`, status: 404 }],
  'GET /concern/meetings/:id/schools/:urn': [
    { target: 'own', url: (role) => `/concern/meetings/1/schools/${String(ownSchool(role))}`, status: 404 },
    {
      target: 'other',
      url: (role) => `/concern/meetings/1/schools/${String(otherSchool(role))}`,
      status: 404,
    },
  ],
  'POST /concern/meetings/:id/schools/:urn': [
    {
      target: 'own',
      url: (role) => `/concern/meetings/1/schools/${String(ownSchool(role))}`,
      status: 404,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/concern/meetings/1/schools/${String(otherSchool(role))}`,
      status: 404,
      body: {},
    },
  ],
  'GET /schools/:urn/concern': [
    {
      target: 'own',
      url: (role) => `/schools/${String(ownSchool(role))}/concern`,
      status: 200,
      statusFor: {
        board_member: 403,
        action_owner: 403,
        trust_leader: 403,
        school_user: 403,
        system_leader: 403,
      },
    },
    {
      target: 'other',
      url: (role) => `/schools/${String(otherSchool(role))}/concern`,
      status: 200,
      statusFor: {
        board_member: 403,
        action_owner: 403,
        trust_leader: 403,
        school_user: 403,
        system_leader: 403,
      },
    },
  ],
  'POST /schools/:urn/intelligence': [
    {
      target: 'own',
      url: (role) => `/schools/${String(ownSchool(role))}/intelligence`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/schools/${String(otherSchool(role))}/intelligence`,
      status: 400,
      body: {},
    },
  ],
  'POST /schools/:urn/interventions': [
    {
      target: 'own',
      url: (role) => `/schools/${String(ownSchool(role))}/interventions`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/schools/${String(otherSchool(role))}/interventions`,
      status: 400,
      body: {},
    },
  ],
  'POST /interventions/:id': [{ target: 'any', url: () => `/interventions/1`, status: 404, body: {} }],
  'GET /concern/model': [{ target: 'any', url: () => `/concern/model`, status: 200 }],
  'POST /concern/:la/model': [{ target: 'any', url: () => `/concern/851/model`, status: 400, body: {} }],
  'POST /concern/:la/sharing': [{ target: 'any', url: () => `/concern/851/sharing`, status: 303, body: {} }],
  'GET /concern/support': [{ target: 'any', url: () => `/concern/support`, status: 200 }],
  'POST /concern/:la/allowances': [
    { target: 'any', url: () => `/concern/851/allowances`, status: 400, body: { Maximum: 'many' } },
  ],
  'GET /schools/:urn/visits': [
    {
      target: 'own',
      url: (role) => `/schools/${String(ownSchool(role))}/visits`,
      status: 200,
      statusFor: { board_member: 403, action_owner: 403, trust_leader: 403, system_leader: 403 },
    },
    {
      target: 'other',
      url: (role) => `/schools/${String(otherSchool(role))}/visits`,
      status: 200,
      statusFor: { board_member: 403, action_owner: 403, trust_leader: 403, system_leader: 403 },
    },
  ],
  'POST /schools/:urn/visits': [
    { target: 'own', url: (role) => `/schools/${String(ownSchool(role))}/visits`, status: 400, body: {} },
    { target: 'other', url: (role) => `/schools/${String(otherSchool(role))}/visits`, status: 400, body: {} },
  ],
  // Visit 1 is the demonstration's first deployment visit, in Spinnaker Junior's support record.
  'POST /visits/:id': [{ target: 'any', url: () => `/visits/1`, status: 400, body: {} }],
  'POST /visits/:id/response': [
    {
      target: 'any',
      url: () => `/visits/1/response`,
      status: 404,
      statusFor: { school_user: 400 },
      body: {},
    },
  ],
  'GET /api/v1/me': [{ target: 'any', url: () => `/api/v1/me`, status: 200 }],
  'GET /api/v1/notifications': [{ target: 'any', url: () => `/api/v1/notifications`, status: 200 }],
  // A notification that is not there (or not the caller's): past authorisation, nothing to mark.
  'POST /api/v1/notifications/:id/read': [
    { target: 'any', url: () => `/api/v1/notifications/999999/read`, status: 404, body: {} },
  ],
  'POST /api/v1/notifications/read-all': [
    { target: 'any', url: () => `/api/v1/notifications/read-all`, status: 200, body: {} },
  ],
  'GET /api/v1/notifications/preferences': [
    { target: 'any', url: () => `/api/v1/notifications/preferences`, status: 200 },
  ],
  'PUT /api/v1/notifications/preferences': [
    {
      target: 'any',
      url: () => `/api/v1/notifications/preferences`,
      status: 400,
      body: { unheard: 'pigeon' },
    },
  ],
  'GET /api/v1/emails': [{ target: 'any', url: () => `/api/v1/emails`, status: 200 }],
  'GET /api/v1/users': [{ target: 'any', url: () => `/api/v1/users`, status: 200 }],
  'POST /api/v1/users': [{ target: 'any', url: () => `/api/v1/users`, status: 400, body: {} }],
  'GET /api/v1/tokens': [{ target: 'any', url: () => `/api/v1/tokens`, status: 200 }],
  'POST /api/v1/tokens': [{ target: 'any', url: () => `/api/v1/tokens`, status: 400, body: {} }],
  'DELETE /api/v1/tokens/:id': [{ target: 'any', url: () => `/api/v1/tokens/1`, status: 404 }],
  'GET /api/v1/audit': [{ target: 'any', url: () => `/api/v1/audit`, status: 200 }],
  'GET /api/v1/schools': [{ target: 'any', url: () => `/api/v1/schools`, status: 200 }],
  'GET /api/v1/schools/:urn': [
    { target: 'own', url: (role) => `/api/v1/schools/${String(ownSchool(role))}`, status: 200 },
    { target: 'other', url: (role) => `/api/v1/schools/${String(otherSchool(role))}`, status: 200 },
  ],
  'GET /api/v1/trusts/:id': [
    {
      target: 'own',
      url: () => `/api/v1/trusts/${ownTrust()}`,
      status: 200,
      statusFor: { school_user: 403 },
    },
    { target: 'other', url: () => `/api/v1/trusts/${otherTrust()}`, status: 200 },
  ],
  'GET /api/v1/landscape': [{ target: 'any', url: () => `/api/v1/landscape?la=851`, status: 200 }],
  'GET /api/v1/schools/:urn/results': [
    { target: 'own', url: (role) => `/api/v1/schools/${String(ownSchool(role))}/results`, status: 200 },
    { target: 'other', url: (role) => `/api/v1/schools/${String(otherSchool(role))}/results`, status: 200 },
  ],
  'GET /api/v1/indicators': [{ target: 'any', url: () => `/api/v1/indicators`, status: 200 }],
  'GET /api/v1/indicators/:key': [
    { target: 'any', url: () => `/api/v1/indicators/KS2RWM_Expected_STD`, status: 200 },
  ],
  'PATCH /api/v1/indicators/:key': [
    { target: 'any', url: () => `/api/v1/indicators/KS2RWM_Expected_STD`, status: 400, body: {} },
  ],
  'GET /api/v1/indicators/:key/ranking': [
    { target: 'any', url: () => `/api/v1/indicators/KS2RWM_Expected_STD/ranking?period=2016`, status: 200 },
  ],
  'GET /api/v1/areas/:laCode/indicators/:key': [
    { target: 'any', url: () => `/api/v1/areas/851/indicators/KS2RWM_Expected_STD`, status: 200 },
  ],
  'GET /api/v1/areas/:laCode/results/:period': [
    { target: 'any', url: () => `/api/v1/areas/851/results/2016`, status: 200 },
  ],
  'GET /api/v1/areas/:laCode/gaps': [{ target: 'any', url: () => `/api/v1/areas/851/gaps`, status: 200 }],
  'GET /api/v1/areas/:laCode/neighbours': [
    { target: 'any', url: () => `/api/v1/areas/851/neighbours`, status: 200 },
  ],
  'GET /api/v1/boards': [{ target: 'any', url: () => `/api/v1/boards`, status: 200 }],
  'GET /api/v1/boards/:id': [{ target: 'any', url: () => `/api/v1/boards/2`, status: 200 }],
  'POST /api/v1/boards': [{ target: 'any', url: () => `/api/v1/boards`, status: 400, body: {} }],
  'POST /api/v1/boards/:id/meetings': [
    { target: 'any', url: () => `/api/v1/boards/2/meetings`, status: 400, body: {} },
  ],
  'GET /api/v1/meetings/:id': [
    { target: 'any', url: () => `/api/v1/meetings/1`, status: 200, statusFor: { board_member: 404 } },
  ],
  'PUT /api/v1/meetings/:id/attendance': [
    { target: 'any', url: () => `/api/v1/meetings/1/attendance`, status: 400, body: {} },
  ],
  'POST /api/v1/meetings/:id/items/:itemId/decision': [
    { target: 'any', url: () => `/api/v1/meetings/1/items/3/decision`, status: 400, body: {} },
  ],
  'POST /api/v1/meetings/:id/declarations': [
    { target: 'any', url: () => `/api/v1/meetings/1/declarations`, status: 400, body: {} },
  ],
  'GET /api/v1/meetings/:id/actions': [
    { target: 'any', url: () => `/api/v1/meetings/1/actions`, status: 200, statusFor: { board_member: 404 } },
  ],
  'POST /api/v1/meetings/:id/actions': [
    { target: 'any', url: () => `/api/v1/meetings/1/actions`, status: 400, body: {} },
  ],
  // Seed 001's papers are published publicly: everyone reads them.
  'GET /api/v1/meetings/:id/pack': [{ target: 'any', url: () => `/api/v1/meetings/1/pack`, status: 200 }],
  'GET /api/v1/boards/:id/programme': [
    { target: 'any', url: () => `/api/v1/boards/2/programme?year=2016`, status: 200 },
  ],
  'POST /api/v1/boards/:id/terms': [
    { target: 'any', url: () => `/api/v1/boards/2/terms`, status: 400, body: {} },
  ],
  'POST /api/v1/boards/:id/programme': [
    { target: 'any', url: () => `/api/v1/boards/2/programme`, status: 400, body: {} },
  ],
  'GET /api/v1/system-leaders': [{ target: 'any', url: () => `/api/v1/system-leaders`, status: 200 }],
  'GET /api/v1/system-leaders/:id': [{ target: 'any', url: () => `/api/v1/system-leaders/1`, status: 200 }],
  'POST /api/v1/system-leaders': [
    { target: 'any', url: () => `/api/v1/system-leaders`, status: 400, body: {} },
  ],
  'GET /api/v1/deployments': [{ target: 'any', url: () => `/api/v1/deployments`, status: 200 }],
  // Deployment 1 is the National Leader of Education's: the demonstration's system leader account.
  'GET /api/v1/deployments/:id': [{ target: 'any', url: () => `/api/v1/deployments/1`, status: 200 }],
  'POST /api/v1/deployments': [{ target: 'any', url: () => `/api/v1/deployments`, status: 400, body: {} }],
  'POST /api/v1/deployments/:id/moves': [
    { target: 'any', url: () => `/api/v1/deployments/1/moves`, status: 400, body: {} },
  ],
  'POST /api/v1/deployments/:id/visits': [
    { target: 'any', url: () => `/api/v1/deployments/1/visits`, status: 400, body: {} },
  ],
  'POST /api/v1/deployments/:id/reviews': [
    { target: 'any', url: () => `/api/v1/deployments/1/reviews`, status: 400, body: {} },
  ],
  'POST /api/v1/deployments/:id/quality': [
    { target: 'any', url: () => `/api/v1/deployments/1/quality`, status: 400, body: {} },
  ],
  'GET /api/v1/programmes': [{ target: 'any', url: () => `/api/v1/programmes`, status: 200 }],
  'GET /api/v1/programmes/:id': [{ target: 'any', url: () => `/api/v1/programmes/1`, status: 200 }],
  'POST /api/v1/programmes': [{ target: 'any', url: () => `/api/v1/programmes`, status: 400, body: {} }],
  'POST /api/v1/programmes/:id/schools': [
    { target: 'any', url: () => `/api/v1/programmes/1/schools`, status: 400, body: {} },
  ],
  'POST /api/v1/programmes/:id/sessions': [
    { target: 'any', url: () => `/api/v1/programmes/1/sessions`, status: 400, body: {} },
  ],
  'POST /api/v1/programmes/:id/quality': [
    { target: 'any', url: () => `/api/v1/programmes/1/quality`, status: 400, body: {} },
  ],
  'GET /api/v1/commissioning-plans/:year': [
    { target: 'any', url: () => `/api/v1/commissioning-plans/2016`, status: 200 },
  ],
  'POST /api/v1/commissioning-plans/:year/lines': [
    { target: 'any', url: () => `/api/v1/commissioning-plans/2016/lines`, status: 400, body: {} },
  ],
  'POST /api/v1/commissioning-plans/:year/approval': [
    { target: 'any', url: () => `/api/v1/commissioning-plans/2016/approval`, status: 400, body: {} },
  ],
  'GET /api/v1/impact': [{ target: 'any', url: () => `/api/v1/impact?programme=1`, status: 200 }],
  'GET /api/v1/collection-windows': [{ target: 'any', url: () => `/api/v1/collection-windows`, status: 200 }],
  'POST /api/v1/collection-windows': [
    { target: 'any', url: () => `/api/v1/collection-windows`, status: 400, body: {} },
  ],
  'GET /api/v1/collection-windows/:id/overview': [
    { target: 'any', url: () => `/api/v1/collection-windows/1/overview`, status: 200 },
  ],
  'POST /api/v1/collection-windows/:id/chases': [
    { target: 'any', url: () => `/api/v1/collection-windows/1/chases`, status: 400, body: {} },
  ],
  'GET /api/v1/collection-windows/:id/returns/:urn': [
    {
      target: 'own',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(ownSchool(role))}`,
      status: 200,
    },
    {
      target: 'other',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(otherSchool(role))}`,
      status: 200,
    },
  ],
  'POST /api/v1/collection-windows/:id/returns/:urn/save': [
    {
      target: 'own',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(ownSchool(role))}/save`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(otherSchool(role))}/save`,
      status: 400,
      body: {},
    },
  ],
  'POST /api/v1/collection-windows/:id/returns/:urn/send': [
    {
      target: 'own',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(ownSchool(role))}/send`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(otherSchool(role))}/send`,
      status: 400,
      body: {},
    },
  ],
  'POST /api/v1/collection-windows/:id/returns/:urn/authorise': [
    {
      target: 'own',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(ownSchool(role))}/authorise`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(otherSchool(role))}/authorise`,
      status: 400,
      body: {},
    },
  ],
  'POST /api/v1/collection-windows/:id/returns/:urn/decision': [
    {
      target: 'own',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(ownSchool(role))}/decision`,
      status: 400,
      body: {},
    },
    {
      target: 'other',
      url: (role) => `/api/v1/collection-windows/1/returns/${String(otherSchool(role))}/decision`,
      status: 400,
      body: {},
    },
  ],
  'GET /api/v1/collection-windows/:id/picture': [
    { target: 'any', url: () => `/api/v1/collection-windows/1/picture`, status: 200 },
  ],
  'GET /api/v1/collection-windows/:id/accuracy': [
    { target: 'any', url: () => `/api/v1/collection-windows/1/accuracy`, status: 200 },
  ],
  'PUT /api/v1/data-sharing-agreements/:urn': [
    { target: 'any', url: () => `/api/v1/data-sharing-agreements/990001`, status: 400, body: {} },
  ],
  'GET /api/v1/plans': [{ target: 'any', url: () => `/api/v1/plans`, status: 200 }],
  'GET /api/v1/plans/:id': [{ target: 'any', url: () => `/api/v1/plans/1`, status: 200 }],
  'GET /api/v1/actions/:id': [{ target: 'any', url: () => `/api/v1/actions/1`, status: 200 }],
  'POST /api/v1/actions/:id/updates': [
    { target: 'any', url: () => `/api/v1/actions/1/updates`, status: 400, body: {} },
  ],
  'GET /api/v1/kpis/:id': [{ target: 'any', url: () => `/api/v1/kpis/1`, status: 200 }],
  'POST /api/v1/kpis/:id/actuals': [
    { target: 'any', url: () => `/api/v1/kpis/1/actuals`, status: 400, body: {} },
  ],
  'GET /api/v1/concern/review': [{ target: 'any', url: () => `/api/v1/concern/review?la=851`, status: 200 }],
  'GET /api/v1/schools/:urn/category': [
    {
      target: 'own',
      url: (role) => `/api/v1/schools/${String(ownSchool(role))}/category`,
      status: 200,
      statusFor: {
        board_member: 403,
        action_owner: 403,
        trust_leader: 403,
        school_user: 403,
        system_leader: 403,
      },
    },
    {
      target: 'other',
      url: (role) => `/api/v1/schools/${String(otherSchool(role))}/category`,
      status: 200,
      statusFor: {
        board_member: 403,
        action_owner: 403,
        trust_leader: 403,
        school_user: 403,
        system_leader: 403,
      },
    },
  ],
};

/**
 * An API twin's samples from its page's or form's: the same places, addressed in the API, with the
 * API's own answer where it differs from the page's (a change is answered, not redirected).
 */
function twinOf(web: string, address: (url: string) => string, change: Partial<Target> = {}): Target[] {
  const samples = routeSamples[web];
  if (!samples) throw new Error(`${web} has no samples`);
  return samples.map((sample) => ({ ...sample, url: (role: Role) => address(sample.url(role)), ...change }));
}
const inApi = (url: string) => `/api/v1${url}`;

Object.assign(routeSamples, {
  'GET /api/v1/attention': [{ target: 'any', url: () => `/api/v1/attention`, status: 200 }],
  'GET /api/v1/users/:id': [{ target: 'any', url: () => `/api/v1/users/2`, status: 200 }],
  // An account that is not there: past authorisation, nothing to change.
  'POST /api/v1/users/:id/disable': [
    { target: 'any', url: () => `/api/v1/users/999999/disable`, status: 404 },
  ],
  'POST /api/v1/users/:id/enable': [{ target: 'any', url: () => `/api/v1/users/999999/enable`, status: 404 }],
  'POST /api/v1/users/:id/unlock': [{ target: 'any', url: () => `/api/v1/users/999999/unlock`, status: 404 }],
  'PUT /api/v1/users/:id/role': [
    { target: 'any', url: () => `/api/v1/users/999999/role`, status: 400, body: {} },
  ],
  'POST /api/v1/users/:id/password-link': [
    { target: 'any', url: () => `/api/v1/users/999999/password-link`, status: 404 },
  ],
  'GET /api/v1/schools/:urn/profile': twinOf('GET /schools/:urn/profile', inApi),
  'GET /api/v1/schools/:urn/letter': twinOf('GET /schools/:urn/letter', inApi),
  'GET /api/v1/areas': [{ target: 'any', url: () => `/api/v1/areas`, status: 200 }],
  'GET /api/v1/areas/:laCode/indicators': [
    { target: 'any', url: () => `/api/v1/areas/851/indicators`, status: 200 },
  ],
  'GET /api/v1/concern/meetings': [{ target: 'any', url: () => `/api/v1/concern/meetings`, status: 200 }],
  'POST /api/v1/concern/meetings': [
    { target: 'any', url: () => `/api/v1/concern/meetings`, status: 400, body: {} },
  ],
  'GET /api/v1/concern/meetings/:id': twinOf('GET /concern/meetings/:id', inApi),
  'POST /api/v1/concern/meetings/:id/schools/:urn': [
    {
      target: 'any',
      url: () => `/api/v1/concern/meetings/1/schools/990001`,
      status: 404,
      body: { category: 'Red', rationale: 'x' },
    },
  ],
  'GET /api/v1/schools/:urn/concern': twinOf('GET /schools/:urn/concern', inApi),
  'POST /api/v1/schools/:urn/intelligence': twinOf('POST /schools/:urn/intelligence', inApi),
  'POST /api/v1/schools/:urn/interventions': twinOf('POST /schools/:urn/interventions', inApi),
  'PATCH /api/v1/interventions/:id': [
    { target: 'any', url: () => `/api/v1/interventions/1`, status: 404, body: { status: 'closed' } },
  ],
  'GET /api/v1/schools/:urn/visits': twinOf('GET /schools/:urn/visits', inApi),
  'POST /api/v1/schools/:urn/visits': twinOf('POST /schools/:urn/visits', inApi),
  'PATCH /api/v1/visits/:id': twinOf('POST /visits/:id', inApi),
  // The API checks what was sent before it looks for the visit.
  'POST /api/v1/visits/:id/response': twinOf('POST /visits/:id/response', inApi, { status: 400 }),
  'GET /api/v1/concern/support': [{ target: 'any', url: () => `/api/v1/concern/support`, status: 200 }],
  'PUT /api/v1/concern/:la/allowances': twinOf('POST /concern/:la/allowances', inApi),
  'GET /api/v1/concern/:la/model': [{ target: 'any', url: () => `/api/v1/concern/851/model`, status: 200 }],
  'PUT /api/v1/concern/:la/model': twinOf('POST /concern/:la/model', inApi),
  // Not saying whether to share: refused, nothing changed.
  'PUT /api/v1/concern/:la/sharing': [
    { target: 'any', url: () => `/api/v1/concern/851/sharing`, status: 400, body: {} },
  ],
  'GET /api/v1/concern/report': [{ target: 'any', url: () => `/api/v1/concern/report`, status: 200 }],
  'POST /api/v1/plans': [{ target: 'any', url: () => `/api/v1/plans`, status: 400, body: {} }],
  'POST /api/v1/plans/:id/parts/:part': [
    { target: 'any', url: () => `/api/v1/plans/1/parts/area`, status: 400, body: {} },
  ],
  'PUT /api/v1/plans/:id/parts/:part/:key': [
    { target: 'any', url: () => `/api/v1/plans/1/parts/area/1`, status: 400, body: {} },
  ],
  'POST /api/v1/plans/:id/parts/:part/:key/move': [
    {
      target: 'any',
      url: () => `/api/v1/plans/1/parts/action/999999/move`,
      status: 404,
      body: { way: 'up' },
    },
  ],
  'DELETE /api/v1/plans/:id/parts/:part/:key': [
    { target: 'any', url: () => `/api/v1/plans/1/parts/action/999999`, status: 404 },
  ],
  'GET /api/v1/plans/:id/kpi-report': twinOf('GET /plans/:id/kpi-report', inApi),
  'GET /api/v1/my-actions': [{ target: 'any', url: () => `/api/v1/my-actions`, status: 200 }],
  'GET /api/v1/letters/template': [{ target: 'any', url: () => `/api/v1/letters/template`, status: 200 }],
  'PUT /api/v1/letters/template': [
    {
      target: 'any',
      url: () => `/api/v1/letters/template`,
      status: 400,
      body: { body: '{{nothing}}', signedBy: '' },
    },
  ],
  'GET /api/v1/area-profiles/:laCode': twinOf('GET /area-profiles/:laCode', inApi),
  'GET /api/v1/area-profiles/:laCode/wards': twinOf('GET /area-profiles/:laCode/wards', inApi),
  'POST /api/v1/boards/:id/holders': twinOf('POST /boards/:id/holders', inApi),
  'POST /api/v1/boards/:id/holders/:holderId/term-end': [
    { target: 'any', url: () => `/api/v1/boards/2/holders/999999/term-end`, status: 400, body: {} },
  ],
  'POST /api/v1/meetings/:id/items/:itemId/papers': twinOf('POST /meetings/:id/items/:itemId/papers', inApi),
  'POST /api/v1/meetings/:id/items/:itemId/document': [
    { target: 'any', url: () => `/api/v1/meetings/1/items/3/document`, status: 400, body: {} },
  ],
  'POST /api/v1/meetings/:id/publish': twinOf('POST /meetings/:id/publish', inApi),
  'PUT /api/v1/meetings/:id/minutes': [
    {
      target: 'any',
      url: () => `/api/v1/meetings/1/minutes`,
      status: 400,
      body: { minutes: { '999999': 'x' } },
    },
  ],
  'POST /api/v1/meetings/:id/minutes/circulate': twinOf('POST /meetings/:id/minutes/circulate', inApi),
  'POST /api/v1/meeting-actions/:id/done': twinOf('POST /meeting-actions/:id/done', inApi),
  'PUT /api/v1/commissioning-plans/:year/priorities': [
    {
      target: 'any',
      url: () => `/api/v1/commissioning-plans/2016/priorities`,
      status: 400,
      body: { priorities: 'x'.repeat(6000) },
    },
  ],
  'POST /api/v1/commissioned-work/:id/status': [
    {
      target: 'any',
      url: () => `/api/v1/commissioned-work/1/status`,
      status: 400,
      body: { status: 'paused' },
    },
  ],
  'POST /api/v1/system-leaders/:id/conflicts': [
    { target: 'any', url: () => `/api/v1/system-leaders/1/conflicts`, status: 400, body: { reason: '' } },
  ],
  'GET /api/v1/commissioning-plans': [
    { target: 'any', url: () => `/api/v1/commissioning-plans`, status: 200 },
  ],
  'GET /api/v1/data-sharing-agreements': [
    { target: 'any', url: () => `/api/v1/data-sharing-agreements`, status: 200 },
  ],
  'POST /api/v1/collection-windows/:id/returns/:urn/upload': twinOf(
    'POST /collection/windows/:id/schools/:urn/upload',
    (url) =>
      inApi(url.replace('/collection/windows/', '/collection-windows/').replace('/schools/', '/returns/')),
  ),
} satisfies Record<string, Target[]>);
