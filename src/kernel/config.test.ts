import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

const secret = 'x'.repeat(32);

test('defaults: port 3000, embedded database in ./data, demo LA Portsmouth (851)', () => {
  const config = loadConfig({ NODE_ENV: 'test', BEACON_SESSION_SECRET: secret });
  assert.equal(config.port, 3000);
  assert.ok('dataDir' in config.database && config.database.dataDir.endsWith('/data/pgdata'));
  assert.deepEqual(config.localAuthority, { name: 'Portsmouth City Council', code: '851' });
  assert.equal(config.oidc, undefined);
});

test('PORT, BEACON_DATA_DIR and DATABASE_URL are honoured', () => {
  const config = loadConfig({
    PORT: '4321',
    BEACON_DATA_DIR: '/tmp/beacon-x',
    BEACON_SESSION_SECRET: secret,
  });
  assert.equal(config.port, 4321);
  assert.equal(config.dataDir, '/tmp/beacon-x');
  const pg = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', BEACON_SESSION_SECRET: secret });
  assert.deepEqual(pg.database, { url: 'postgres://u@h:5432/db' });
});

const refused: { name: string; env: Record<string, string>; message: RegExp }[] = [
  {
    name: 'production on PostgreSQL without a session secret',
    env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h:5432/db' },
    message: /BEACON_SESSION_SECRET must be set/,
  },
  {
    name: 'a short session secret',
    env: { BEACON_SESSION_SECRET: 'short' },
    message: /at least 32 characters/,
  },
  { name: 'a port out of range', env: { PORT: '70000', BEACON_SESSION_SECRET: secret }, message: /PORT/ },
  {
    name: 'an LA code that is not three digits',
    env: { BEACON_LA_CODE: '85', BEACON_SESSION_SECRET: secret },
    message: /three-digit/,
  },
  {
    name: 'an API allowance of no requests a minute',
    env: { BEACON_API_REQUESTS_PER_MINUTE: '0', BEACON_SESSION_SECRET: secret },
    message: /BEACON_API_REQUESTS_PER_MINUTE/,
  },
  {
    name: 'half an OIDC configuration',
    env: { BEACON_OIDC_ISSUER: 'https://sso.example.gov.uk', BEACON_SESSION_SECRET: secret },
    message: /needs all three/,
  },
];

for (const c of refused) {
  test(`refuses ${c.name}`, () => {
    assert.throws(
      () => loadConfig(c.env),
      (error: unknown) => error instanceof ConfigError && c.message.test(error.message),
    );
  });
}

test('OIDC redirect URI comes from the public URL', () => {
  const config = loadConfig({
    BEACON_SESSION_SECRET: secret,
    BEACON_PUBLIC_URL: 'https://beacon.portsmouth.gov.uk',
    BEACON_OIDC_ISSUER: 'https://login.portsmouth.gov.uk',
    BEACON_OIDC_CLIENT_ID: 'beacon',
    BEACON_OIDC_CLIENT_SECRET: 's',
  });
  assert.equal(config.oidc?.redirectUri.href, 'https://beacon.portsmouth.gov.uk/sign-in/sso/callback');
  assert.equal(config.session.secureCookie, true);
});

test('BEACON_TRUSTED_PROXIES: none by default; addresses and ranges read; anything else refused', () => {
  assert.deepEqual(loadConfig({ BEACON_SESSION_SECRET: secret }).trustedProxies, []);
  assert.deepEqual(
    loadConfig({ BEACON_SESSION_SECRET: secret, BEACON_TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16' })
      .trustedProxies,
    ['10.0.0.1', '192.168.0.0/16'],
  );
  assert.throws(
    () => loadConfig({ BEACON_SESSION_SECRET: secret, BEACON_TRUSTED_PROXIES: 'everyone' }),
    /BEACON_TRUSTED_PROXIES lists IP addresses or CIDR ranges/,
  );
});

test('unset, NODE_ENV means as deployed; production on the embedded database makes its own secret', () => {
  const config = loadConfig({ BEACON_DATA_DIR: '/tmp/beacon-config-test' });
  assert.equal(config.environment, 'production');
  assert.ok(config.session.secret.length >= 32);
});

// Email goes through the council's SMTP server; an address that is not one stops Beacon at start.
const smtpCases: { url: string; ok: boolean }[] = [
  { url: 'smtp://mail.example.gov.uk:587', ok: true },
  { url: 'smtps://user:secret@mail.example.gov.uk', ok: true },
  { url: 'mail.example.gov.uk', ok: false },
  { url: 'http://mail.example.gov.uk', ok: false },
  { url: 'smtp://', ok: false },
];
for (const c of smtpCases) {
  test(`BEACON_SMTP_URL ${c.url} is ${c.ok ? 'taken' : 'refused at start with what to write'}`, () => {
    if (c.ok) assert.equal(loadConfig({ BEACON_SMTP_URL: c.url }).mail.smtpUrl, c.url);
    else
      assert.throws(
        () => loadConfig({ BEACON_SMTP_URL: c.url }),
        /BEACON_SMTP_URL must be an SMTP address such as smtp:\/\//,
      );
  });
}
