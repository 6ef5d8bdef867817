import { and, asc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { apiTokens, sessions, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const usersRepository = {
  async findByEmail(db: Database, email: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
    return row;
  },
  async findById(db: Database, id: number): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },
  /** A person with the count of their unread notifications, in one query. */
  async findWithUnread(db: Database, id: number): Promise<{ user: UserRow; unread: number } | undefined> {
    const [row] = await db
      .select({
        user: users,
        // Qualified by hand: inside a subquery an unqualified "id" would be the notification's own.
        unread: sql<number>`(select count(*)::int from "notifications" as "n" where "n"."user_id" = "users"."id" and "n"."read_at" is null)`,
      })
      .from(users)
      .where(eq(users.id, id));
    return row && { user: row.user, unread: row.unread };
  },
  async findByOidcSubject(db: Database, subject: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.oidcSubject, subject));
    return row;
  },
  list(db: Database): Promise<UserRow[]> {
    return db.select().from(users).orderBy(asc(users.email));
  },
  async insert(db: Database, user: NewUser): Promise<UserRow> {
    const [row] = await db.insert(users).values(user).returning();
    if (!row) throw new Error('Insert returned no user');
    return row;
  },
  async update(db: Database, id: number, changes: Partial<NewUser>): Promise<UserRow> {
    const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
    if (!row) throw new Error(`No user ${id}`);
    return row;
  },
  /** Adds one failed attempt and locks the account when it reaches the limit, in one statement. */
  async recordFailedSignIn(db: Database, id: number, limit: number, lockMinutes: number): Promise<UserRow> {
    const [row] = await db
      .update(users)
      .set({
        failedSignIns: sql`${users.failedSignIns} + 1`,
        lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${limit}
          then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new Error(`No user ${id}`);
    return row;
  },
};

export type SessionRow = typeof sessions.$inferSelect;

export const sessionsRepository = {
  async findLive(db: Database, sid: string): Promise<SessionRow | undefined> {
    const [row] = await db
      .select()
      .from(sessions)
      .where(and(eq(sessions.sid, sid), gt(sessions.expiresAt, sql`now()`)));
    return row;
  },
  async save(db: Database, row: typeof sessions.$inferInsert): Promise<void> {
    await db
      .insert(sessions)
      .values(row)
      .onConflictDoUpdate({
        target: sessions.sid,
        set: { data: row.data, userId: row.userId, expiresAt: row.expiresAt },
      });
  },
  async remove(db: Database, sid: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.sid, sid));
  },
  async removeForUser(db: Database, userId: number): Promise<void> {
    await db.delete(sessions).where(eq(sessions.userId, userId));
  },
  async removeExpired(db: Database): Promise<void> {
    await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  },
};

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export const tokensRepository = {
  async insert(db: Database, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
    const [created] = await db.insert(apiTokens).values(row).returning();
    if (!created) throw new Error('Insert returned no token');
    return created;
  },
  async findLiveByHash(db: Database, tokenHash: string): Promise<ApiTokenRow | undefined> {
    const [row] = await db
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
    return row;
  },
  listWithOwners(db: Database, ownerId?: number) {
    return db
      .select({
        id: apiTokens.id,
        prefix: apiTokens.prefix,
        name: apiTokens.name,
        readOnly: apiTokens.readOnly,
        permissions: apiTokens.permissions,
        expiresAt: apiTokens.expiresAt,
        createdAt: apiTokens.createdAt,
        lastUsedAt: apiTokens.lastUsedAt,
        revokedAt: apiTokens.revokedAt,
        email: users.email,
        owner: users.name,
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(ownerId === undefined ? undefined : eq(apiTokens.userId, ownerId))
      .orderBy(asc(apiTokens.id));
  },
  async markUsed(db: Database, id: number): Promise<void> {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiTokens.id, id));
  },
  /** Revokes a live token; with an owner, only if it is theirs. */
  async revoke(db: Database, id: number, ownerId?: number): Promise<ApiTokenRow | undefined> {
    const [row] = await db
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(apiTokens.id, id),
          isNull(apiTokens.revokedAt),
          ownerId === undefined ? undefined : eq(apiTokens.userId, ownerId),
        ),
      )
      .returning();
    return row;
  },
};
