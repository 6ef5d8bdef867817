import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { count, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../../db/testing.ts';
import { addUser, buildTestApp, pageText, testOperator, Visitor, testPassword } from '../../app/testing.ts';
import type { Services } from '../../kernel/services.ts';
import { emailOutbox, noticeQueue, notificationPreferences, notifications, users } from '../schema.ts';
import { deliverQueued, notify, notifyEach } from './notify.ts';
import { smtpMailer } from './mailer.ts';
import { maxAttempts, sendPending } from './outbox.ts';
import { claimRun } from './schedule.ts';
import { digestOf, writeDigests } from './digest.ts';
import type { Role } from '../roles.ts';

// Notifications, end to end: written with the change that causes them, told in Beacon, and sent by
// email through a real SMTP server running in this process (smtp-server), which is stopped in the
// middle of a run and started again: every message arrives once it is back, and none twice.

type Received = { to: string; subject: string; raw: string };

/** An SMTP server on a free port that keeps what it receives and bounces one address. */
async function startMailServer(port = 0): Promise<{ port: number; stop: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('bounce@')) {
        callback(Object.assign(new Error('550 No such mailbox'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          // A long header is folded onto the next line: unfolded here.
          subject: (/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' '),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
const received: Received[] = [];

describeOnDatabases('notifications and the email outbox', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  // The worker's clock, moved on by the test; rows are stamped with the database's own time.
  let clock = new Date(Date.now() + 60_000);
  const now = () => clock;
  const publicUrl = new URL('https://beacon.example.gov.uk');
  let ann = 0;
  let bob = 0;

  const send = async () => {
    const mailer = smtpMailer(`smtp://127.0.0.1:${String(mail.port)}`, 'Beacon <beacon@example.gov.uk>');
    try {
      return await sendPending(services.database.db, mailer, publicUrl, { now });
    } finally {
      mailer.close();
    }
  };
  const outbox = async () => services.database.db.select().from(emailOutbox).orderBy(emailOutbox.id);

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    ann = (await addUser(services, { email: 'ann@school.example.gov.uk', role: 'officer' })).id;
    bob = (await addUser(services, { email: 'bob@school.example.gov.uk', role: 'officer' })).id;
    mail = await startMailServer();
    received.length = 0;
  });
  after(async () => {
    await app.close();
    await mail.stop();
  });

  test('a notification and its email are written with the change that causes them, or not at all', async () => {
    const { db } = services.database;
    await assert.rejects(
      db.transaction(async (tx) => {
        await notify(tx, [ann], { kind: 'papers-published', key: 'k0', title: 'Rolled back', href: '/' });
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const [none] = await db.select({ n: count() }).from(notifications);
    assert.equal(none?.n, 0);
    assert.deepEqual(await outbox(), []);

    const told = await db.transaction((tx) =>
      notify(tx, [ann, bob, ann], {
        kind: 'papers-published',
        key: 'papers-published:1',
        title: 'Papers published for the Strategic Board meeting of 10 December 2026',
        href: '/meetings/1/pack',
      }),
    );
    assert.equal(told, 2, 'each person once');
    const again = await db.transaction((tx) =>
      notify(tx, [ann], { kind: 'papers-published', key: 'papers-published:1', title: 'Again', href: '/' }),
    );
    assert.equal(again, 0, 'the same key is not told twice');
    assert.equal((await outbox()).length, 2);
  });

  test('the worker sends each message once, as text and HTML with a link to Beacon', async () => {
    const result = await send();
    assert.deepEqual(result, { sent: 2, retrying: 0, failed: 0, dropped: 0 });
    assert.equal(received.length, 2);
    const toAnn = received.find((r) => r.to === 'ann@school.example.gov.uk');
    assert.ok(toAnn);
    assert.match(toAnn.subject, /Papers published for the Strategic Board meeting of 10 December 2026/);
    assert.match(toAnn.raw, /Content-Type: text\/plain/);
    assert.match(toAnn.raw, /Content-Type: text\/html/);
    assert.match(toAnn.raw, /https:\/\/beacon\.example\.gov\.uk\/meetings\/1\/pack/);
    assert.match(toAnn.raw, /Message-ID: <beacon-outbox-\d+@beacon\.example\.gov\.uk>/i);
    assert.deepEqual(await send(), { sent: 0, retrying: 0, failed: 0, dropped: 0 }, 'nothing is sent twice');
    assert.equal(received.length, 2);
  });

  test('a mail server that stops mid-run loses nothing: every message arrives once it is back, none twice', async () => {
    const { db } = services.database;
    const before = received.length;
    const port = mail.port;
    for (const key of ['a', 'b', 'c'])
      await db.transaction((tx) =>
        notify(tx, [ann], {
          kind: 'action-assigned',
          key: `stop-${key}`,
          title: `Action ${key}`,
          href: '/plans/1',
        }),
      );
    await mail.stop();
    const whileDown = await send();
    assert.deepEqual(whileDown, { sent: 0, retrying: 3, failed: 0, dropped: 0 });
    assert.ok((await outbox()).filter((m) => m.status === 'pending').every((m) => m.nextAttemptAt > clock));
    mail = await startMailServer(port);
    assert.deepEqual(
      await send(),
      { sent: 0, retrying: 0, failed: 0, dropped: 0 },
      'not before their next attempt',
    );
    clock = new Date(clock.getTime() + 5 * 60_000);
    assert.deepEqual(await send(), { sent: 3, retrying: 0, failed: 0, dropped: 0 });
    assert.deepEqual(
      received
        .slice(before)
        .map((r) => r.subject)
        .sort(),
      ['Action a', 'Action b', 'Action c'],
    );
    clock = new Date(clock.getTime() + 60 * 60_000);
    await send();
    assert.equal(received.length, before + 3, 'none twice');
  });

  test('an address that bounces is marked failed after the retries and shown to administrators', async () => {
    const { db } = services.database;
    const bounce = await addUser(services, { email: 'bounce@school.example.gov.uk', role: 'officer' });
    await db.transaction((tx) =>
      notify(tx, [bounce.id], { kind: 'papers-published', key: 'bounce', title: 'To nobody', href: '/' }),
    );
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const result = await send();
      assert.equal(result.failed, attempt === maxAttempts ? 1 : 0);
      clock = new Date(clock.getTime() + 2 * 60 * 60_000);
    }
    const failed = await services.notifications.failedEmails();
    assert.equal(failed.length, 1);
    assert.equal(failed[0]?.to, 'bounce@school.example.gov.uk');
    assert.match(failed[0].error ?? '', /No such mailbox/);
    // Administrators see it on the web, and on their home page.
    await addUser(services, { email: 'admin@council.example.gov.uk', role: 'admin' });
    const admin = new Visitor(app);
    await admin.signIn('admin@council.example.gov.uk', testPassword);
    const page = pageText((await admin.get('/admin/emails')).body);
    assert.match(page, /bounce@school\.example\.gov\.uk/);
    assert.match(page, /Could not be delivered 1/);
    assert.match(pageText((await admin.get('/')).body), /1 email could not be delivered/);
    const officer = new Visitor(app);
    await officer.signIn('ann@school.example.gov.uk', testPassword);
    assert.equal((await officer.get('/admin/emails')).statusCode, 403);
  });

  test('a notification whose person was removed before sending is dropped with a reason, not retried', async () => {
    const { db } = services.database;
    const gone = await addUser(services, { email: 'gone@school.example.gov.uk', role: 'officer' });
    await db.transaction((tx) =>
      notify(tx, [gone.id], { kind: 'papers-published', key: 'gone', title: 'Too late', href: '/' }),
    );
    await db.delete(users).where(eq(users.id, gone.id));
    assert.deepEqual(await send(), { sent: 0, retrying: 0, failed: 0, dropped: 1 });
    const dropped = (await outbox()).find((m) => m.status === 'dropped');
    assert.match(dropped?.lastError ?? '', /Its notification was removed before it was sent/);
  });

  test('in Beacon: the count in the header, the list, opening one marks it read, and mark all as read', async () => {
    const person = new Visitor(app);
    await person.signIn('ann@school.example.gov.uk', testPassword);
    const home = pageText((await person.get('/')).body);
    const unread = (await services.notifications.list({ ...testOperator, userId: ann })).filter(
      (n) => !n.readAt,
    );
    assert.match(home, new RegExp(`Notifications ${String(unread.length)} unread`));
    const list = await person.get('/notifications');
    assert.match(pageText(list.body), /Papers published for the Strategic Board meeting of 10 December 2026/);
    const first = /href="\/notifications\/(\d+)"/.exec(list.body)?.[1];
    const opened = await person.get(`/notifications/${first ?? ''}`);
    assert.equal(opened.statusCode, 303);
    assert.match(
      pageText((await person.get('/')).body),
      new RegExp(`Notifications ${String(unread.length - 1)} unread`),
    );
    // Another person's notification is not theirs to open.
    const bobs = await services.notifications.list({ ...testOperator, userId: bob });
    assert.equal((await person.get(`/notifications/${String(bobs[0]?.id)}`)).statusCode, 404);
    const token = await person.csrfToken('/notifications');
    assert.equal((await person.postForm('/notifications/read-all', { _csrf: token })).statusCode, 303);
    assert.doesNotMatch(pageText((await person.get('/')).body), /unread/);
  });

  test('each person chooses per kind: in Beacon only writes no email; a choice not offered changes nothing', async () => {
    const person = new Visitor(app);
    await person.signIn('bob@school.example.gov.uk', testPassword);
    const token = await person.csrfToken('/notifications/preferences');
    const choices = Object.fromEntries(
      services.notifications.kindsFor({ ...testOperator, role: 'officer' }).map((k) => [k.key, 'email']),
    );
    const refused = await person.postForm('/notifications/preferences', {
      _csrf: token,
      ...choices,
      'papers-published': 'pigeon',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(pageText(refused.body), /Choose how to hear when papers are published/);
    const saved = await person.postForm('/notifications/preferences', {
      _csrf: token,
      ...choices,
      'papers-published': 'in Beacon',
    });
    assert.equal(saved.statusCode, 303);
    const before = (await outbox()).length;
    await services.database.db.transaction((tx) =>
      notify(tx, [bob], { kind: 'papers-published', key: 'quiet', title: 'Quietly', href: '/' }),
    );
    assert.equal((await outbox()).length, before, 'no email for a kind heard of in Beacon only');
    assert.match(pageText((await person.get('/notifications')).body), /Quietly/);
  });

  test('daily work is claimed once per day however many processes ask', async () => {
    const { db } = services.database;
    const claims = await Promise.all([1, 2, 3].map(() => claimRun(db, 'action-reminders', '2026-12-03')));
    assert.equal(claims.filter(Boolean).length, 1);
    assert.equal(await claimRun(db, 'action-reminders', '2026-12-04'), true);
  });

  test('a person with no email address is told in Beacon only; a disabled account is not told', async () => {
    const { db } = services.database;
    const [noAddress, disabled] = await db
      .insert(users)
      .values([
        { email: 'kept-for-single-sign-on', name: 'No Address', role: 'officer' },
        { email: 'left@school.example.gov.uk', name: 'Left', role: 'officer', status: 'disabled' },
      ])
      .returning({ id: users.id });
    assert.ok(noAddress && disabled);
    const before = (await outbox()).length;
    const told = await db.transaction((tx) =>
      notify(tx, [noAddress.id, disabled.id], {
        kind: 'papers-published',
        key: 'no-address',
        title: 'Papers out',
        href: '/',
      }),
    );
    assert.equal(told, 1);
    assert.equal((await outbox()).length, before, 'no email is written for an address that cannot take one');
    assert.equal((await services.notifications.list({ ...testOperator, userId: noAddress.id })).length, 1);
    assert.equal((await services.notifications.list({ ...testOperator, userId: disabled.id })).length, 0);
  });

  test('a notice for many people is queued with the change and told once just after, by one process', async () => {
    const { db } = services.database;
    const many = await Promise.all(
      ['q1', 'q2', 'q3'].map(
        async (name) => (await addUser(services, { email: `${name}@school.example.gov.uk` })).id,
      ),
    );
    const mine = async () =>
      (await db.select().from(notifications).where(inArray(notifications.userId, many))).length;
    const notice = { kind: 'papers-published', key: 'queued-1', title: 'Queued', href: '/' };
    // Rolled back with its change: nothing is queued.
    await assert.rejects(
      db.transaction(async (tx) => {
        await notifyEach(tx, [{ userIds: many, notice }], { queueAbove: 2 });
        throw new Error('the change failed');
      }),
    );
    assert.equal(await deliverQueued(db), 0);
    assert.equal(
      await db.transaction((tx) => notifyEach(tx, [{ userIds: many, notice }], { queueAbove: 2 })),
      3,
    );
    assert.equal(await mine(), 0, 'queued, not yet told');
    // A process that stops while telling them loses nothing.
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.select().from(noticeQueue).for('update');
        throw new Error('the process stopped');
      }),
    );
    const runs = await Promise.all([deliverQueued(db), deliverQueued(db)]);
    assert.equal(runs[0] + runs[1], 3, 'told once, by one of the two');
    assert.equal(await deliverQueued(db), 0);
    assert.equal(await mine(), 3);
  });

  test('the API does what the pages do: the list, opening one, marking all read, the choices', async () => {
    const { token } = await services.tokens.create(testOperator, 'bob@school.example.gov.uk');
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    const listed = (await call('GET', '/api/v1/notifications')).json<{
      unread: number;
      notifications: { id: number; title: string; readAt: string | null }[];
    }>();
    assert.ok(listed.notifications.length > 0);
    assert.equal(listed.unread, listed.notifications.filter((n) => n.readAt === null).length);
    const first = listed.notifications[0];
    assert.ok(first);
    assert.equal((await call('POST', `/api/v1/notifications/${String(first.id)}/read`, {})).statusCode, 200);
    const annsOwn = await services.notifications.list({ ...testOperator, userId: ann });
    assert.equal(
      (await call('POST', `/api/v1/notifications/${String(annsOwn[0]?.id)}/read`, {})).statusCode,
      404,
      'another person’s is not theirs to open',
    );
    const refused = await call('PUT', '/api/v1/notifications/preferences', { 'papers-published': 'pigeon' });
    assert.equal(refused.statusCode, 400);
    const problem = refused.json<{ errors: { pointer: string; message: string }[] }>();
    assert.ok(
      problem.errors.some(
        (e) =>
          e.pointer === '/papers-published' &&
          e.message.startsWith('Choose how to hear when papers are published'),
      ),
    );
    const choices = Object.fromEntries(
      services.notifications.kindsFor({ ...testOperator, role: 'officer' }).map((k) => [k.key, 'email']),
    );
    const saved = await call('PUT', '/api/v1/notifications/preferences', {
      ...choices,
      'action-due': 'digest',
    });
    assert.equal(saved.statusCode, 200);
    assert.equal(
      saved.json<{ kind: string; channel: string }[]>().find((c) => c.kind === 'action-due')?.channel,
      'digest',
    );
    assert.equal((await call('POST', '/api/v1/notifications/read-all', {})).statusCode, 200);
    assert.equal((await call('GET', '/api/v1/notifications')).json<{ unread: number }>().unread, 0);
    assert.equal((await call('GET', '/api/v1/emails')).statusCode, 403, 'emails are for administrators');
  });

  test('each person is asked only about the kinds of event that can reach their role', () => {
    const kindsOf = (role: Role) =>
      services.notifications.kindsFor({ ...testOperator, role }).map((k) => k.key);
    const cases: { role: Role; hears: string[]; never: string[] }[] = [
      {
        role: 'officer',
        hears: ['papers-published', 'action-assigned', 'action-due', 'kpi-off-track', 'meeting-action'],
        never: [
          'data-return',
          'visit-notes-shared',
          'category-shared',
          'deployment-proposed',
          'import-refused',
        ],
      },
      {
        role: 'school_user',
        hears: ['data-return', 'visit-notes-shared', 'category-shared'],
        never: ['papers-published', 'action-due', 'deployment-proposed', 'import-refused'],
      },
      { role: 'system_leader', hears: ['deployment-proposed'], never: ['data-return', 'papers-published'] },
      { role: 'admin', hears: ['import-refused'], never: [] },
    ];
    for (const c of cases) {
      const kinds = kindsOf(c.role);
      for (const k of c.hears) assert.ok(kinds.includes(k), `${c.role} hears of ${k}`);
      for (const k of c.never) assert.ok(!kinds.includes(k), `${c.role} is not asked about ${k}`);
    }
  });

  test('a daily digest gathers what a person chose it for into one email; what they opened is left out', async () => {
    const { db } = services.database;
    clock = new Date(clock.getTime() + 60_000);
    await send(); // what earlier tests left in the outbox
    const carol = (await addUser(services, { email: 'carol@school.example.gov.uk', role: 'officer' })).id;
    await db.insert(notificationPreferences).values([
      { userId: carol, kind: 'papers-published', channel: 'digest' },
      { userId: carol, kind: 'action-due', channel: 'digest' },
    ]);
    const before = (await outbox()).length;
    await db.transaction((tx) =>
      notifyEach(tx, [
        {
          userIds: [carol],
          notice: { kind: 'papers-published', key: 'dg-1', title: 'Papers one', href: '/meetings/1' },
        },
        {
          userIds: [carol],
          notice: { kind: 'action-due', key: 'dg-2', title: 'Action due', href: '/actions/2' },
        },
        {
          userIds: [carol],
          notice: { kind: 'action-due', key: 'dg-3', title: 'Opened already', href: '/actions/3' },
        },
      ]),
    );
    assert.equal((await outbox()).length, before, 'nothing is emailed straight away');
    const opened = (await services.notifications.list({ ...testOperator, userId: carol })).find(
      (n) => n.title === 'Opened already',
    );
    assert.ok(opened);
    await services.notifications.open({ ...testOperator, userId: carol }, opened.id);
    assert.equal(await writeDigests(db), 1);
    assert.equal(await writeDigests(db), 0, 'nothing is in two digests');
    const digest = (await outbox()).at(-1);
    assert.equal(digest?.kind, 'digest');
    assert.equal(digest.toAddress, 'carol@school.example.gov.uk');
    assert.deepEqual(
      digest.links.map((l) => l.text),
      ['Papers one', 'Action due'],
    );
    const arrived = received.length;
    clock = new Date(clock.getTime() + 60_000);
    assert.equal((await send()).sent, 1);
    assert.equal(received.length, arrived + 1);
    assert.match(received.at(-1)?.subject ?? '', /Beacon: 2 things for you today/);
    assert.match(received.at(-1)?.raw ?? '', /https:\/\/beacon\.example\.gov\.uk\/actions\/2/);
  });

  test('digest subjects count what is in them', () => {
    const cases = [
      { told: 1, subject: 'Beacon: 1 thing for you today' },
      { told: 3, subject: 'Beacon: 3 things for you today' },
    ];
    for (const c of cases)
      assert.equal(
        digestOf(Array.from({ length: c.told }, (_, i) => ({ title: `T${String(i)}`, href: '/' }))).subject,
        c.subject,
      );
  });
});
