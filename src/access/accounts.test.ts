import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count, desc, eq, sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, pageText, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog, passwordLinks, users } from './schema.ts';

// Accounts on the web: an administrator adds, disables, enables, unlocks and changes the role of
// an account, and gives the person a one-time link to set their own password. Every refusal
// changes nothing; every change is audited.

const text = pageText;

describeOnDatabases('accounts on the web', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let admin: Visitor;

  const counts = async () => {
    const { db } = services.database;
    const [people] = await db.select({ n: count() }).from(users);
    const [audited] = await db.select({ n: count() }).from(auditLog);
    return { users: people?.n, audited: audited?.n };
  };
  const post = async (url: string, form: Record<string, string>) =>
    admin.postForm(url, { _csrf: await admin.csrfToken('/admin/users/new'), ...form });
  const linkIn = (html: string) => {
    const found = /<code id="password-link">[^<]*\/set-password\/([\w-]+)<\/code>/.exec(html)?.[1];
    assert.ok(found, 'the page shows the link');
    return found;
  };
  const setPassword = async (token: string, password: string, confirm = password) => {
    const person = new Visitor(app);
    // The sign-in page gives the session its form token: a spent link's page has no form.
    const csrf = await person.csrfToken('/sign-in');
    return person.postForm(`/set-password/${token}`, { _csrf: csrf, password, confirm });
  };

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    admin = new Visitor(app);
    await admin.signIn('admin@beacon.example', 'demo-admin-password');
  });
  after(async () => {
    await app.close();
  });

  const refusals: { name: string; form: Record<string, string>; status: number; says: RegExp }[] = [
    {
      name: 'a school user with no school',
      form: { name: 'Ann Head', email: 'ann@school.example', role: 'school_user', signIn: 'link' },
      status: 400,
      says: /A school user needs a school: give its URN/,
    },
    {
      name: 'a role that does not exist',
      form: { name: 'Ann Head', email: 'ann@school.example', role: 'superuser', signIn: 'link' },
      status: 400,
      says: /Choose the person’s role/,
    },
    {
      name: 'a school that is not in the register',
      form: {
        name: 'Ann Head',
        email: 'ann@school.example',
        role: 'school_user',
        schoolUrn: '123',
        signIn: 'link',
      },
      status: 400,
      says: /There is no school with URN 123/,
    },
    {
      name: 'an officer given a school',
      form: {
        name: 'Ann Head',
        email: 'ann@school.example',
        role: 'officer',
        schoolUrn: '990001',
        signIn: 'sso',
      },
      status: 400,
      says: /Only a school user is scoped to one school/,
    },
    {
      name: 'a second account with the same email',
      form: { name: 'Another', email: 'Officer@Beacon.example', role: 'officer', signIn: 'sso' },
      status: 409,
      says: /There is already an account for officer@beacon\.example/,
    },
    {
      name: 'no way to sign in',
      form: { name: 'Ann Head', email: 'ann@school.example', role: 'officer' },
      status: 400,
      says: /Choose how the person will sign in/,
    },
  ];
  for (const c of refusals) {
    test(`adding an account refuses ${c.name}, and changes nothing`, async () => {
      const before = await counts();
      const page = await post('/admin/users/new', c.form);
      assert.equal(page.statusCode, c.status);
      assert.match(text(page.body), c.says);
      assert.deepEqual(await counts(), before);
    });
  }

  test('an account added with a link: the person sets their password once, then signs in', async () => {
    const page = await post('/admin/users/new', {
      name: 'Ann Head',
      email: 'ann@school.example',
      role: 'school_user',
      schoolUrn: '990001',
      signIn: 'link',
    });
    assert.equal(page.statusCode, 200);
    assert.match(text(page.body), /Send Ann Head this link/);
    const token = linkIn(page.body);
    // Only the link's hash is kept.
    const stored = await services.database.db.select().from(passwordLinks);
    assert.ok(stored.every((l) => l.tokenHash !== token));

    const open = await new Visitor(app).get(`/set-password/${token}`);
    assert.equal(open.statusCode, 200);
    assert.match(text(open.body), /For Ann Head’s Beacon account, ann@school\.example/);
    assert.equal(
      (await setPassword(token, 'a new password of mine', 'a new password of yours')).statusCode,
      400,
    );
    const weak = await setPassword(token, 'aaaaaaaaaaaaaa');
    assert.equal(weak.statusCode, 400);
    assert.match(text(weak.body), /one character repeated/);

    const done = await setPassword(token, 'lighthouse harbour spinnaker');
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/sign-in?passwordSet=1');
    const ann = new Visitor(app);
    assert.equal((await ann.signIn('ann@school.example', 'lighthouse harbour spinnaker')).statusCode, 303);
    assert.equal((await ann.get('/admin/users')).statusCode, 403);

    const again = await setPassword(token, 'another harbour lighthouse');
    assert.equal(again.statusCode, 410);
    assert.match(text(again.body), /already been used/);
    const actions = await services.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityType, 'user'))
      .orderBy(desc(auditLog.id))
      .limit(4);
    assert.deepEqual(
      actions.map((a) => a.action),
      ['user.signIn', 'user.passwordSet', 'user.passwordLink', 'user.add'],
    );
  });

  test('a link past its expiry is refused and sets nothing; a made-up one is refused too', async () => {
    const ann = await services.users.findByEmail('ann@school.example');
    assert.ok(ann);
    const page = await post(`/admin/users/${String(ann.id)}/password-link`, {});
    const token = linkIn(page.body);
    await services.database.db
      .update(passwordLinks)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(passwordLinks.userId, ann.id));
    const late = await setPassword(token, 'a password set too late');
    assert.equal(late.statusCode, 410);
    assert.match(text(late.body), /This link has expired/);
    const signIn = await new Visitor(app).signIn('ann@school.example', 'a password set too late');
    assert.notEqual(signIn.headers.location, '/');
    assert.equal((await new Visitor(app).get(`/set-password/${'x'.repeat(43)}`)).statusCode, 410);
    assert.equal((await new Visitor(app).get('/set-password/no')).statusCode, 404);
  });

  test('disable signs the person out; enable brings them back; unlock clears a lock', async () => {
    const ann = await services.users.findByEmail('ann@school.example');
    assert.ok(ann);
    const person = new Visitor(app);
    await person.signIn('ann@school.example', 'lighthouse harbour spinnaker');
    assert.equal((await person.get('/')).statusCode, 200);

    assert.equal((await post(`/admin/users/${String(ann.id)}/disable`, {})).statusCode, 303);
    assert.notEqual((await person.get('/')).statusCode, 200);
    const twice = await post(`/admin/users/${String(ann.id)}/disable`, {});
    assert.equal(twice.statusCode, 409);
    assert.match(text(twice.body), /already disabled/);
    assert.equal((await post(`/admin/users/${String(ann.id)}/enable`, {})).statusCode, 303);

    for (let attempt = 0; attempt < 5; attempt++)
      await new Visitor(app).signIn('ann@school.example', 'wrong');
    const locked = await admin.get(`/admin/users/${String(ann.id)}`);
    assert.match(text(locked.body), /Locked until/);
    assert.equal((await post(`/admin/users/${String(ann.id)}/unlock`, {})).statusCode, 303);
    assert.equal(
      (await new Visitor(app).signIn('ann@school.example', 'lighthouse harbour spinnaker')).headers.location,
      '/',
    );
  });

  test('a change of role keeps the scope rules, and an administrator cannot change their own', async () => {
    const ann = await services.users.findByEmail('ann@school.example');
    const self = await services.users.findByEmail('admin@beacon.example');
    assert.ok(ann && self);
    const noTrust = await post(`/admin/users/${String(ann.id)}/role`, { role: 'trust_leader' });
    assert.equal(noTrust.statusCode, 400);
    assert.match(text(noTrust.body), /A trust leader needs a trust: give its ID/);
    assert.equal((await services.users.get(ann.id))?.role, 'school_user');

    assert.equal((await post(`/admin/users/${String(ann.id)}/role`, { role: 'officer' })).statusCode, 303);
    assert.deepEqual(await services.users.get(ann.id).then((u) => [u?.role, u?.schoolUrn]), [
      'officer',
      null,
    ]);
    const own = await post(`/admin/users/${String(self.id)}/disable`, {});
    assert.equal(own.statusCode, 409);
    assert.match(text(own.body), /You cannot disable your own account/);
  });

  test('only an administrator manages accounts', async () => {
    const officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    assert.equal((await officer.get('/admin/users/new')).statusCode, 403);
    const token = await officer.csrfToken('/');
    const forged = await officer.postForm('/admin/users/new', {
      _csrf: token,
      name: 'Me Again',
      email: 'me@beacon.example',
      role: 'admin',
      signIn: 'sso',
    });
    assert.equal(forged.statusCode, 403);
    assert.equal(await services.users.findByEmail('me@beacon.example'), undefined);
  });
});
