import type { SessionStore } from '@fastify/session';
import type { Database } from '../../db/client.ts';
import { sessionsRepository } from '../../access/repository.ts';
import { guarded } from './resilience.ts';

type StoredSession = { cookie?: { expires?: string | Date | null }; userId?: number };

// Server-side sessions in the database, so they survive a restart and can be ended for one user.
// Each callback carries on answering the request (the reply is written inside it), so it runs
// guarded: a throw there would otherwise escape as an unhandled rejection and stop the process.
export function createSessionStore(db: Database, idleMinutes: number): SessionStore {
  return {
    set(sid, session, unguarded) {
      const callback = guarded(unguarded);
      const stored = JSON.parse(JSON.stringify(session)) as StoredSession;
      const expires = stored.cookie?.expires ? new Date(stored.cookie.expires) : undefined;
      sessionsRepository
        .save(db, {
          sid,
          data: stored,
          userId: stored.userId ?? null,
          expiresAt: expires ?? new Date(Date.now() + idleMinutes * 60_000),
        })
        .then(() => {
          callback();
        }, callback);
    },
    get(sid, unguarded) {
      const callback = guarded(unguarded);
      sessionsRepository.findLive(db, sid).then(
        (row) => {
          callback(null, (row?.data ?? null) as never);
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)), null);
        },
      );
    },
    destroy(sid, unguarded) {
      const callback = guarded(unguarded);
      sessionsRepository.remove(db, sid).then(() => {
        callback();
      }, callback);
    },
  };
}
