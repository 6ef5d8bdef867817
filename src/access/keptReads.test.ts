import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { auditPosition, recordAudit } from './audit.ts';
import { keptUntilChanged, positionNow, requestScope } from './keptReads.ts';
import { testOperator } from '../app/testing.ts';

// An answer kept until its data changes must be worked out again after any audited change, in
// whichever order changes made at once commit, and no request may change what it shares.

describeOnDatabases('answers kept until the data changes', (database) => {
  const audit = async (entityId: string) =>
    database().db.transaction(async (tx) => {
      await recordAudit(tx, testOperator, { action: 'test.changed', entityType: 'test', entityId });
    });

  test('an answer is kept until a change is audited, then worked out again', async () => {
    const { db } = database();
    const kept = keptUntilChanged<{ n: number }>(db, 10);
    let worked = 0;
    const read = () => kept('plan 1', async () => ({ n: ++worked }));
    assert.deepEqual(await read(), { n: 1 });
    assert.deepEqual(await read(), { n: 1 }, 'nothing changed: the same answer');
    await audit('1');
    assert.deepEqual(await read(), { n: 2 }, 'a change was audited: worked out again');
    assert.deepEqual(await kept('plan 2', async () => ({ n: 99 })), { n: 99 }, 'each key is its own');
  });

  test('a change committed after a later one still moves the position on', async () => {
    const { db } = database();
    await audit('first');
    const [newest] = await queryRows<{ id: number }>(db, sql`select max(id)::int as id from audit_log`);
    const gapAt = (newest?.id ?? 0) + 1;
    // The later change commits first, leaving a gap below it for the earlier change's number.
    const entry = (id: number, action: string) =>
      db.execute(
        sql`insert into audit_log (id, actor_label, action, entity_type, entity_id) overriding system value
            values (${id}, 'test', ${action}, 'test', ${String(id)})`,
      );
    await entry(gapAt + 1, 'test.later');
    const seen = await auditPosition(db);
    // Then the earlier one lands in the gap, below the newest entry: the newest has not moved.
    await entry(gapAt, 'test.earlier');
    await db.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), (select max(id) from audit_log))`,
    );
    assert.notEqual(await auditPosition(db), seen, 'the earlier change moved the position on');
  });

  test('what is kept is frozen: a request that tried to change it fails', async () => {
    const kept = keptUntilChanged<{ rows: { name: string }[] }>(database().db, 10);
    const answer = await kept('list', async () => ({ rows: [{ name: 'b' }, { name: 'a' }] }));
    assert.throws(() => answer.rows.sort((x, y) => x.name.localeCompare(y.name)), TypeError);
    assert.throws(() => {
      (answer.rows[0] as { name: string }).name = 'changed';
    }, TypeError);
    assert.equal(answer.rows[0]?.name, 'b');
  });

  test('a request reads the position once, and again after it makes a change', async () => {
    const { db } = database();
    await new Promise<void>((resolve, reject) => {
      requestScope()(() => {
        void (async () => {
          const first = positionNow(db);
          assert.equal(positionNow(db), first, 'the second kept read shares the first reading');
          const seen = await first;
          await audit('in the request');
          const after = positionNow(db);
          assert.notEqual(after, first, 'after its own change the request reads it again');
          assert.notEqual(await after, seen);
        })().then(resolve, reject);
      });
    });
    assert.notEqual(positionNow(db), positionNow(db), 'outside a request every read asks');
  });
});
