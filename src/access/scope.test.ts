import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from './actor.ts';
import { assertCanSeeSchool, canSeeSchool } from './scope.ts';
import { ForbiddenError } from '../kernel/errors.ts';

const actor = (
  role: Actor['role'],
  schoolUrn: number | null = null,
  trustId: string | null = null,
): Actor => ({
  userId: 1,
  label: 'x',
  role,
  schoolUrn,
  trustId,
});

// SPEC: "A school user never sees another school's unpublished data"; a trust leader sees the
// trust's schools.
const cases: { who: Actor; school: { urn: number; trustId: string | null }; sees: boolean; why: string }[] = [
  { who: actor('school_user', 100), school: { urn: 100, trustId: null }, sees: true, why: 'own school' },
  { who: actor('school_user', 100), school: { urn: 101, trustId: null }, sees: false, why: 'another school' },
  {
    who: actor('school_user', 100, null),
    school: { urn: 101, trustId: 'T1' },
    sees: false,
    why: 'a school in a trust',
  },
  {
    who: actor('trust_leader', null, 'T1'),
    school: { urn: 5, trustId: 'T1' },
    sees: true,
    why: 'a school in the trust',
  },
  {
    who: actor('trust_leader', null, 'T1'),
    school: { urn: 6, trustId: 'T2' },
    sees: false,
    why: 'another trust',
  },
  {
    who: actor('trust_leader', null, 'T1'),
    school: { urn: 7, trustId: null },
    sees: false,
    why: 'a maintained school',
  },
  { who: actor('officer'), school: { urn: 8, trustId: null }, sees: true, why: 'officers see all schools' },
  {
    who: actor('board_member'),
    school: { urn: 8, trustId: 'T2' },
    sees: true,
    why: 'board members read all',
  },
];

for (const c of cases) {
  test(`${c.who.role} ${c.sees ? 'sees' : 'does not see'} ${c.why}`, () => {
    assert.equal(canSeeSchool(c.who, c.school), c.sees);
    if (c.sees)
      assert.doesNotThrow(() => {
        assertCanSeeSchool(c.who, c.school);
      });
    else
      assert.throws(() => {
        assertCanSeeSchool(c.who, c.school);
      }, ForbiddenError);
  });
}
