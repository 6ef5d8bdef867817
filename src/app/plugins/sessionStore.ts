import { isDeepStrictEqual } from 'node:util';
import type { SessionStore } from '@fastify/session';
import type { Database } from '../../db/client.ts';
import { sessionsRepository } from '../../access/repository.ts';
import { guarded } from './resilience.ts';

type StoredSession = {
  cookie?: { expires?: string | Date | null; originalExpires?: string | Date | null };
  userId?: number;
};

/** What a session holds besides its expiry, which a rolling session moves on every request. */
const contentOf = (stored: StoredSession): StoredSession => ({
  ...stored,
  cookie: { ...stored.cookie, expires: null, originalExpires: null },
});

/** A write that only moves the expiry by less than this is not worth a query on every page. */
const expirySlackMs = 60_000;

// Server-side sessions in the database, so they survive a restart and can be ended for one user.
// Each callback carries on answering the request (the reply is written inside it), so it runs
// guarded: a throw there would otherwise escape as an unhandled rejection and stop the process.
export function createSessionStore(db: Database, idleMinutes: number): SessionStore {
  // The sessions this process last read or wrote, as the database holds them (at most `limit`, the
  // oldest forgotten first). A rolling session is saved on every request only to push its expiry
  // on; when nothing else changed and the stored expiry is under a minute old, the write is
  // skipped, so an idle session may end up to a minute before its cookie says.
  const known = new Map<string, { content: StoredSession; expiresAt: number }>();
  const limit = 10_000;
  const remember = (sid: string, content: StoredSession, expiresAt: number) => {
    known.delete(sid);
    known.set(sid, { content, expiresAt });
    if (known.size > limit) known.delete(known.keys().next().value ?? sid);
  };
  return {
    set(sid, session, unguarded) {
      const callback = guarded(unguarded);
      const stored = JSON.parse(JSON.stringify(session)) as StoredSession;
      const expires = stored.cookie?.expires ? new Date(stored.cookie.expires) : undefined;
      const expiresAt = (expires ?? new Date(Date.now() + idleMinutes * 60_000)).getTime();
      const content = contentOf(stored);
      const last = known.get(sid);
      // Compared as values: the database's jsonb keeps keys in its own order.
      if (
        last &&
        isDeepStrictEqual(last.content, content) &&
        Math.abs(expiresAt - last.expiresAt) < expirySlackMs
      ) {
        callback();
        return;
      }
      sessionsRepository
        .save(db, {
          sid,
          data: stored,
          userId: stored.userId ?? null,
          expiresAt: new Date(expiresAt),
        })
        .then(() => {
          remember(sid, content, expiresAt);
          callback();
        }, callback);
    },
    get(sid, unguarded) {
      const callback = guarded(unguarded);
      sessionsRepository.findLive(db, sid).then(
        (row) => {
          if (row) remember(sid, contentOf(row.data as StoredSession), row.expiresAt.getTime());
          callback(null, (row?.data ?? null) as never);
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)), null);
        },
      );
    },
    destroy(sid, unguarded) {
      const callback = guarded(unguarded);
      known.delete(sid);
      sessionsRepository.remove(db, sid).then(() => {
        callback();
      }, callback);
    },
  };
}
