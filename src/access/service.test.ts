import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { createServices, type Services } from '../app/services.ts';
import { addUser, testOperator, testPassword } from '../app/testing.ts';
import { ConflictError, ValidationError } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';

describeOnDatabases('users, tokens and audit', (database) => {
  let services: Services;
  const auditCount = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*) as n from audit_log`))[0]?.n ?? -1;

  test('adding a user hashes the password with argon2id and writes one audit row in the same transaction', async () => {
    services = await createServices(database());
    const before = await auditCount();
    const user = await services.users.add(testOperator, {
      email: 'HSI@Example.gov.uk',
      name: 'Head of school improvement',
      role: 'officer',
      password: testPassword,
    });
    assert.equal(user.email, 'hsi@example.gov.uk');
    const [row] = await queryRows<{ password_hash: string } | undefined>(
      database().db,
      sql`select password_hash from users where id = ${user.id}`,
    );
    assert.match(row?.password_hash ?? '', /^\$argon2id\$/);
    assert.equal(await auditCount(), before + 1);
    const entries = await services.audit.list({ action: 'user.add', page: 1, pageSize: 10 });
    const [entry] = entries.rows;
    assert.ok(entry);
    assert.equal(entry.entityId, String(user.id));
    assert.equal((entry.after as { email: string }).email, 'hsi@example.gov.uk');
    assert.ok(!JSON.stringify(entry.after).includes('argon2'), 'the hash never reaches the audit log');
  });

  const refused: {
    why: string;
    input: Record<string, unknown>;
    error: typeof ValidationError | typeof ConflictError | RegExp;
  }[] = [
    {
      why: 'an email already used',
      input: { email: 'hsi@example.gov.uk', role: 'officer' },
      error: ConflictError,
    },
    { why: 'an unknown role', input: { email: 'a@example.gov.uk', role: 'mayor' }, error: ValidationError },
    {
      why: 'a school user without a school',
      input: { email: 'b@example.gov.uk', role: 'school_user' },
      error: ValidationError,
    },
    {
      why: 'a school user for an unknown URN',
      input: { email: 'c@example.gov.uk', role: 'school_user', schoolUrn: 123 },
      error: ValidationError,
    },
    {
      why: 'a trust leader for an unknown trust',
      input: { email: 'd@example.gov.uk', role: 'trust_leader', trustId: 'T9' },
      error: ValidationError,
    },
    {
      why: 'a short password',
      input: { email: 'e@example.gov.uk', role: 'officer', password: 'short' },
      error: ValidationError,
    },
    {
      why: 'a password from the lists of common passwords',
      input: { email: 'f@example.gov.uk', role: 'officer', password: 'password1234' },
      error: /too easy to guess/,
    },
    {
      why: 'a password of one repeated character',
      input: { email: 'g@example.gov.uk', role: 'officer', password: 'aaaaaaaaaaaa' },
      error: /one character repeated/,
    },
    { why: 'a malformed email', input: { email: 'not-an-email', role: 'officer' }, error: ValidationError },
  ];
  for (const c of refused) {
    test(`refuses ${c.why} and writes nothing`, async () => {
      const before = await auditCount();
      const users = (await services.users.list()).length;
      await assert.rejects(
        services.users.add(testOperator, { name: 'X', password: testPassword, ...c.input } as never),
        c.error,
      );
      assert.equal(await auditCount(), before);
      assert.equal((await services.users.list()).length, users);
    });
  }

  test('a school user is scoped to a school that exists', async () => {
    await database().db.insert(establishments).values({
      urn: 116001,
      name: 'Test Primary',
      laCode: '851',
      laName: 'Portsmouth',
      phase: 'Primary',
      establishmentType: 'Community school',
    });
    const user = await services.users.add(testOperator, {
      email: 'head@school.example',
      name: 'Head',
      role: 'school_user',
      schoolUrn: 116001,
      password: testPassword,
    });
    assert.equal(user.schoolUrn, 116001);
  });

  test('five wrong passwords lock the account for 15 minutes, even against the right password', async () => {
    await addUser(services, { email: 'lock@example.gov.uk' });
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await services.users.signInWithPassword('lock@example.gov.uk', 'wrong password!')).ok,
        false,
      );
    }
    assert.equal((await services.users.signInWithPassword('lock@example.gov.uk', testPassword)).ok, false);
    const locked = await services.audit.list({ action: 'user.locked', page: 1, pageSize: 5 });
    assert.equal(locked.total, 1);
  });

  test('a disabled account cannot sign in and its sessions end', async () => {
    await addUser(services, { email: 'gone@example.gov.uk' });
    assert.equal((await services.users.signInWithPassword('gone@example.gov.uk', testPassword)).ok, true);
    await services.users.disable(testOperator, 'gone@example.gov.uk');
    assert.equal((await services.users.signInWithPassword('gone@example.gov.uk', testPassword)).ok, false);
  });

  test('tokens are stored as hashes, work until revoked, and never act for a disabled account', async () => {
    await addUser(services, { email: 'api@example.gov.uk' });
    const { token, id } = await services.tokens.create(testOperator, 'api@example.gov.uk');
    assert.match(token, /^bcn_[A-Za-z0-9_-]{43}$/);
    const stored = await queryRows<{ token_hash: string }>(
      database().db,
      sql`select token_hash from api_tokens where id = ${id}`,
    );
    assert.notEqual(stored[0]?.token_hash, token);
    const check = await services.tokens.authenticate(token);
    assert.equal(check.state === 'valid' && check.actor.label, 'api@example.gov.uk');
    await services.tokens.revoke(testOperator, id);
    assert.deepEqual(await services.tokens.authenticate(token), { state: 'unknown' });
    const second = await services.tokens.create(testOperator, 'api@example.gov.uk');
    await services.users.disable(testOperator, 'api@example.gov.uk');
    assert.deepEqual(await services.tokens.authenticate(second.token), { state: 'unknown' });
  });
});
