import type { Database } from '../db/client.ts';
import { ConflictError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import type { Actor, SignedInUser } from './actor.ts';
import { recordAudit } from './audit.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { actorFromUser, presentUser, type PresentedUser } from './presenters.ts';
import { usersRepository, sessionsRepository, type UserRow } from './repository.ts';
import { newUserSchema, type NewUserInput } from './userInput.ts';
import { accountChanges, type SchoolsRegister } from './accounts.ts';

export { actorFromUser };
export type { SchoolsRegister };

export const signInPolicy = { failuresBeforeLock: 5, lockMinutes: 15 };

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false };

export function createUsersService(db: Database, register: SchoolsRegister) {
  return {
    ...accountChanges(db, register),

    /** Adds an account. Without a password it can only sign in by single sign-on (matched by email). */
    async add(
      actor: Actor,
      input: NewUserInput,
      options = { allowNoPassword: false },
    ): Promise<PresentedUser> {
      const u = validated(newUserSchema, input);
      if (u.password === undefined && u.oidcSubject === undefined && !options.allowNoPassword) {
        throw new ValidationError([
          {
            field: 'password',
            message: 'Give a password, or say the account signs in only by single sign-on',
          },
        ]);
      }
      if (await usersRepository.findByEmail(db, u.email)) {
        throw new ConflictError(`There is already an account for ${u.email}`);
      }
      if (u.schoolUrn !== undefined && !(await register.schoolExists(u.schoolUrn))) {
        throw new ValidationError([
          { field: 'schoolUrn', message: `There is no school with URN ${u.schoolUrn}` },
        ]);
      }
      if (u.trustId !== undefined && !(await register.trustExists(u.trustId))) {
        throw new ValidationError([{ field: 'trustId', message: `There is no trust with ID ${u.trustId}` }]);
      }
      const passwordHash = u.password === undefined ? null : await hashPassword(u.password);
      return db.transaction(async (tx) => {
        const row = await usersRepository.insert(tx, {
          email: u.email,
          name: u.name,
          role: u.role,
          schoolUrn: u.schoolUrn ?? null,
          trustId: u.trustId ?? null,
          passwordHash,
          oidcSubject: u.oidcSubject ?? null,
        });
        const presented = presentUser(row);
        await recordAudit(tx, actor, {
          action: 'user.add',
          entityType: 'user',
          entityId: row.id,
          after: presented,
        });
        return presented;
      });
    },

    async findByEmail(email: string): Promise<PresentedUser | undefined> {
      const user = await usersRepository.findByEmail(db, email);
      return user ? presentUser(user) : undefined;
    },

    async get(id: number): Promise<PresentedUser | undefined> {
      const user = await usersRepository.findById(db, id);
      return user ? presentUser(user) : undefined;
    },

    /** Sessions past their expiry are never read again; this clears them out of the table. */
    async removeExpiredSessions(): Promise<void> {
      await sessionsRepository.removeExpired(db);
    },

    async list(): Promise<PresentedUser[]> {
      return (await usersRepository.list(db)).map(presentUser);
    },

    async disable(actor: Actor, email: string): Promise<PresentedUser> {
      const existing = await usersRepository.findByEmail(db, email);
      if (!existing) throw new NotFoundError(`There is no account for ${email}`);
      return db.transaction(async (tx) => {
        const row = await usersRepository.update(tx, existing.id, { status: 'disabled' });
        // Signing out everywhere: a disabled account must not keep a live session or token.
        await sessionsRepository.removeForUser(tx, existing.id);
        const after = presentUser(row);
        await recordAudit(tx, actor, {
          action: 'user.disable',
          entityType: 'user',
          entityId: row.id,
          before: presentUser(existing),
          after,
        });
        return after;
      });
    },

    /** Checks a password; counts failures and locks the account after too many. */
    async signInWithPassword(emailInput: string, password: string): Promise<SignInResult> {
      const user = await usersRepository.findByEmail(db, emailInput.trim());
      const matches = await verifyPassword(user?.passwordHash ?? null, password);
      if (!user) return { ok: false };
      const locked = user.lockedUntil !== null && user.lockedUntil > new Date();
      if (user.status !== 'active' || locked) return { ok: false };
      if (!matches) {
        await db.transaction(async (tx) => {
          const after = await usersRepository.recordFailedSignIn(
            tx,
            user.id,
            signInPolicy.failuresBeforeLock,
            signInPolicy.lockMinutes,
          );
          const actor = actorFromUser(user);
          await recordAudit(tx, actor, {
            action: after.lockedUntil && !user.lockedUntil ? 'user.locked' : 'user.signInFailed',
            entityType: 'user',
            entityId: user.id,
            after: { failedSignIns: after.failedSignIns, lockedUntil: after.lockedUntil },
          });
        });
        return { ok: false };
      }
      return { ok: true, user: await this.recordSignIn(user, 'password') };
    },

    async signInWithOidc(subject: string, email: string | undefined): Promise<SignInResult> {
      let user = await usersRepository.findByOidcSubject(db, subject);
      // First single sign-on for an account an administrator created by email: link the subject.
      if (!user && email) {
        const byEmail = await usersRepository.findByEmail(db, email);
        if (byEmail?.oidcSubject === null) user = byEmail;
      }
      if (user?.status !== 'active') return { ok: false };
      return { ok: true, user: await this.recordSignIn(user, 'sso', subject) };
    },

    async recordSignIn(user: UserRow, method: 'password' | 'sso', subject?: string): Promise<SignedInUser> {
      return db.transaction(async (tx) => {
        const row = await usersRepository.update(tx, user.id, {
          failedSignIns: 0,
          lockedUntil: null,
          lastSignInAt: new Date(),
          ...(subject ? { oidcSubject: subject } : {}),
        });
        const actor = actorFromUser(row);
        await recordAudit(tx, actor, {
          action: 'user.signIn',
          entityType: 'user',
          entityId: row.id,
          after: { method },
        });
        return actor;
      });
    },

    async recordSignOut(actor: SignedInUser): Promise<void> {
      await db.transaction(async (tx) => {
        await recordAudit(tx, actor, { action: 'user.signOut', entityType: 'user', entityId: actor.userId });
      });
    },

    /** The signed-in user as they are now: a disabled account stops working at its next request. */
    async activeActor(userId: number): Promise<SignedInUser | undefined> {
      const user = await usersRepository.findById(db, userId);
      return user?.status === 'active' ? actorFromUser(user) : undefined;
    },

    /** The signed-in person of a page request and their unread notifications, in one query. */
    async sessionActor(userId: number): Promise<{ actor: SignedInUser; unread: number } | undefined> {
      const found = await usersRepository.findWithUnread(db, userId);
      return found?.user.status === 'active'
        ? { actor: actorFromUser(found.user), unread: found.unread }
        : undefined;
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
