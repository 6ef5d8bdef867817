import assert from 'node:assert/strict';
import { test } from 'node:test';
import { permissions, roleHasPermission, rolePermissions } from './permissions.ts';
import type { Permission } from '../access/permissions.ts';
import { roles, type Role } from '../access/roles.ts';

// Each case is a line of SPEC "Users and what they may do".
const cases: { role: Role; may: Permission[]; mayNot: Permission[]; spec: string }[] = [
  {
    role: 'admin',
    may: [...permissions],
    mayNot: [],
    spec: 'everything, including users, roles, imports, configuration',
  },
  {
    role: 'officer',
    may: [
      'schools:read',
      'performance:read',
      'concern:decide',
      'imports:run',
      'plans:edit',
      'results:smallCohorts',
    ],
    mayNot: ['users:manage', 'audit:read', 'tokens:manage', 'system:operate', 'concern:configure'],
    spec: "all schools' data; categorise; record interventions; run imports; edit plans they own",
  },
  {
    role: 'board_member',
    may: ['plans:read', 'governance:read', 'governance:decide', 'concern:report'],
    mayNot: [
      'concern:read',
      'concern:decide',
      'plans:edit',
      'imports:run',
      'users:manage',
      'results:smallCohorts',
    ],
    spec: 'read dashboards, plans, reports, meeting papers; record decisions in meetings they belong to',
  },
  {
    role: 'action_owner',
    may: ['plans:read', 'plans:updateOwn'],
    mayNot: ['plans:edit', 'concern:decide', 'imports:run'],
    spec: 'update progress, RAG and evidence on what they own',
  },
  {
    role: 'trust_leader',
    may: ['schools:read', 'collection:submit'],
    mayNot: ['concern:decide', 'imports:run', 'users:manage'],
    spec: "read and submit data for the trust's schools",
  },
  {
    role: 'school_user',
    may: ['schools:read', 'collection:submit', 'visits:respond'],
    mayNot: [
      'concern:read',
      'concern:report',
      'concern:configure',
      'audit:read',
      'imports:run',
      'plans:edit',
    ],
    spec: "read own school's profile; submit in-year data and predictions for own school",
  },
  {
    role: 'system_leader',
    may: ['support:read', 'deployments:updateOwn'],
    mayNot: ['concern:decide', 'imports:run', 'collection:submit'],
    spec: 'see and update deployments assigned to them',
  },
];

for (const c of cases) {
  test(`${c.role}: ${c.spec}`, () => {
    for (const p of c.may) assert.ok(roleHasPermission(c.role, p), `${c.role} should have ${p}`);
    for (const p of c.mayNot) assert.ok(!roleHasPermission(c.role, p), `${c.role} should not have ${p}`);
  });
}

test('every role is in the table and may reach public and signed-in pages', () => {
  assert.deepEqual(Object.keys(rolePermissions).sort(), [...roles].sort());
  for (const role of roles) {
    assert.ok(roleHasPermission(role, 'public'));
    assert.ok(roleHasPermission(role, 'signedIn'));
  }
});

test('only the administrator manages users, tokens, the audit log, the system and the indicator catalogue', () => {
  for (const permission of [
    'users:manage',
    'tokens:manage',
    'audit:read',
    'system:operate',
    'catalogue:edit',
  ] as const) {
    assert.deepEqual(
      roles.filter((r) => roleHasPermission(r, permission)),
      ['admin'],
    );
  }
});
