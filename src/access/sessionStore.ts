import type { SessionStore } from '@fastify/session';
import type { Database } from '../db/client.ts';
import { sessionsRepository } from './repository.ts';

type StoredSession = { cookie?: { expires?: string | Date | null }; userId?: number };

// Server-side sessions in the database, so they survive a restart and can be ended for one user.
export function createSessionStore(db: Database, idleMinutes: number): SessionStore {
  return {
    set(sid, session, callback) {
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
    get(sid, callback) {
      sessionsRepository.findLive(db, sid).then(
        (row) => {
          callback(null, (row?.data ?? null) as never);
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)), null);
        },
      );
    },
    destroy(sid, callback) {
      sessionsRepository.remove(db, sid).then(() => {
        callback();
      }, callback);
    },
  };
}
