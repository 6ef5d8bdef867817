import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, Visitor } from '../app/testing.ts';
import type { Services } from '../app/services.ts';
import { followProvider, startTestProvider } from './oidcProvider.testing.ts';

const publicUrl = 'http://localhost:3000';
const callback = `${publicUrl}/sign-in/sso/callback`;
const provider = await startTestProvider(callback);
after(() => provider.close());

describeOnDatabases('single sign-on (OIDC)', (database) => {
  let app: FastifyInstance;
  let services: Services;

  async function ssoSignIn(visitor: Visitor, subject: string) {
    provider.signInAs(subject);
    const start = await visitor.get('/sign-in/sso?returnTo=/schools');
    assert.equal(start.statusCode, 303);
    const authorise = new URL(String(start.headers.location));
    assert.equal(authorise.origin, provider.issuer);
    assert.equal(authorise.searchParams.get('code_challenge_method'), 'S256');
    const back = await followProvider(authorise.href, callback);
    return visitor.get(back.pathname + back.search);
  }

  test('the sign-in page offers single sign-on when it is configured', async () => {
    ({ app, services } = await buildTestApp(database(), {
      BEACON_PUBLIC_URL: publicUrl,
      BEACON_OIDC_ISSUER: provider.issuer,
      BEACON_OIDC_CLIENT_ID: 'beacon',
      BEACON_OIDC_CLIENT_SECRET: 'beacon-test-secret',
      BEACON_OIDC_NAME: 'Portsmouth sign-on',
    }));
    const page = await app.inject('/sign-in');
    assert.match(page.body, /Sign in with Portsmouth sign-on/);
  });

  test('a council account that Beacon knows by email signs in, and its subject is linked', async () => {
    await addUser(services, { email: 'officer@la.example', role: 'officer' });
    const visitor = new Visitor(app);
    const done = await ssoSignIn(visitor, 'officer');
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/schools');
    const me = await visitor.get('/api/v1/me');
    assert.equal(me.statusCode, 200);
    assert.deepEqual(me.json<{ signsInWith: string[] }>().signsInWith, ['password', 'sso']);
    const audit = await services.audit.list({ action: 'user.signIn', page: 1, pageSize: 5 });
    assert.deepEqual(audit.rows[0]?.after, { method: 'sso' });
  });

  test('a council account Beacon does not know is refused with 403 and no session', async () => {
    const visitor = new Visitor(app);
    const done = await ssoSignIn(visitor, 'stranger');
    assert.equal(done.statusCode, 403);
    assert.match(done.body, /not set up to use Beacon/);
    assert.equal((await visitor.get('/api/v1/me')).statusCode, 401);
  });

  test('a callback with a tampered state is refused', async () => {
    const visitor = new Visitor(app);
    provider.signInAs('officer');
    const start = await visitor.get('/sign-in/sso');
    const back = await followProvider(String(start.headers.location), callback);
    back.searchParams.set('state', 'tampered');
    const done = await visitor.get(back.pathname + back.search);
    assert.equal(done.statusCode, 401);
    assert.equal((await visitor.get('/api/v1/me')).statusCode, 401);
  });

  test('a callback with no sign-on under way is 404', async () => {
    const response = await new Visitor(app).get('/sign-in/sso/callback?code=x&state=y');
    assert.equal(response.statusCode, 404);
  });
});
