import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { ConflictError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { nameOf, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { hashPassword } from './password.ts';
import { actorFromUser, presentUser, type PresentedUser } from './presenters.ts';
import { sessionsRepository, usersRepository, type UserRow } from './repository.ts';
import { passwordLinks } from './schema.ts';
import { newPassword, roleChangeSchema, type RoleChangeInput } from './userInput.ts';

// What an administrator does to an account on the web besides adding it: disable and re-enable,
// unlock, change its role and scope, and give the person a one-time link to set their own
// password, so no administrator ever types or knows someone else's password.

/** How long a set-password link works: long enough for a weekend, short enough to go stale. */
export const passwordLinkHours = 72;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** What an account tied to a school or a trust asks of the schools register: that it is there. */
export type SchoolsRegister = {
  schoolExists(urn: number): Promise<boolean>;
  trustExists(id: string): Promise<boolean>;
};

export type PasswordLinkState =
  | { state: 'ready'; name: string; email: string; expiresAt: Date }
  | { state: 'used' | 'expired' | 'unknown' };

export function accountChanges(db: Database, register: SchoolsRegister) {
  async function accountOrThrow(id: number): Promise<UserRow> {
    const user = await usersRepository.findById(db, id);
    if (!user) throw new NotFoundError('There is no such account');
    return user;
  }

  /** An administrator may not lock themselves out: their own account is changed by another. */
  function notOwn(actor: Actor, user: UserRow, what: string): void {
    if (actor.userId === user.id)
      throw new ConflictError(`You cannot ${what} your own account: ask another administrator`);
  }

  async function change(
    actor: Actor,
    user: UserRow,
    action: string,
    changes: Partial<UserRow>,
    signOut: boolean,
  ): Promise<PresentedUser> {
    return db.transaction(async (tx) => {
      const row = await usersRepository.update(tx, user.id, changes);
      if (signOut) await sessionsRepository.removeForUser(tx, user.id);
      const after = presentUser(row);
      await recordAudit(tx, actor, {
        action,
        entityType: 'user',
        entityId: row.id,
        before: presentUser(user),
        after,
      });
      return after;
    });
  }

  return {
    async disableAccount(actor: Actor, id: number): Promise<PresentedUser> {
      const user = await accountOrThrow(id);
      notOwn(actor, user, 'disable');
      if (user.status === 'disabled') throw new ConflictError(`${user.name}’s account is already disabled`);
      // Signing out everywhere: a disabled account must not keep a live session.
      return change(actor, user, 'user.disable', { status: 'disabled' }, true);
    },

    async enableAccount(actor: Actor, id: number): Promise<PresentedUser> {
      const user = await accountOrThrow(id);
      if (user.status === 'active') throw new ConflictError(`${user.name}’s account is already active`);
      return change(
        actor,
        user,
        'user.enable',
        { status: 'active', failedSignIns: 0, lockedUntil: null },
        false,
      );
    },

    async unlockAccount(actor: Actor, id: number): Promise<PresentedUser> {
      const user = await accountOrThrow(id);
      if (user.lockedUntil === null || user.lockedUntil <= new Date())
        throw new ConflictError(`${user.name}’s account is not locked`);
      return change(actor, user, 'user.unlock', { failedSignIns: 0, lockedUntil: null }, false);
    },

    /** A new role, with the school or trust it is scoped to; the person's sessions end so it applies at once. */
    async changeRole(actor: Actor, id: number, input: RoleChangeInput): Promise<PresentedUser> {
      const user = await accountOrThrow(id);
      const wanted = validated(roleChangeSchema, input);
      notOwn(actor, user, 'change the role of');
      if (wanted.schoolUrn !== undefined && !(await register.schoolExists(wanted.schoolUrn)))
        throw new ValidationError([
          { field: 'schoolUrn', message: `There is no school with URN ${String(wanted.schoolUrn)}` },
        ]);
      if (wanted.trustId !== undefined && !(await register.trustExists(wanted.trustId)))
        throw new ValidationError([
          { field: 'trustId', message: `There is no trust with ID ${wanted.trustId}` },
        ]);
      return change(
        actor,
        user,
        'user.role',
        { role: wanted.role, schoolUrn: wanted.schoolUrn ?? null, trustId: wanted.trustId ?? null },
        true,
      );
    },

    /**
     * A link for the person to set their own password: the token is returned once, to be shown
     * once; only its hash is kept. A newer link replaces any the account had not used.
     */
    async issuePasswordLink(
      actor: Actor,
      id: number,
    ): Promise<{ token: string; expiresAt: Date; user: PresentedUser }> {
      const user = await accountOrThrow(id);
      if (user.status !== 'active')
        throw new ConflictError(`${user.name}’s account is disabled: enable it before sending a link`);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + passwordLinkHours * 3_600_000);
      await db.transaction(async (tx) => {
        await tx.delete(passwordLinks).where(and(eq(passwordLinks.userId, id), isNull(passwordLinks.usedAt)));
        await tx
          .insert(passwordLinks)
          .values({ userId: id, tokenHash: hashOf(token), createdBy: nameOf(actor), expiresAt });
        await recordAudit(tx, actor, {
          action: 'user.passwordLink',
          entityType: 'user',
          entityId: id,
          after: { expiresAt: expiresAt.toISOString() },
        });
      });
      return { token, expiresAt, user: presentUser(user) };
    },

    async passwordLinkState(token: string): Promise<PasswordLinkState> {
      const [link] = await db
        .select()
        .from(passwordLinks)
        .where(eq(passwordLinks.tokenHash, hashOf(token)));
      if (!link) return { state: 'unknown' };
      if (link.usedAt !== null) return { state: 'used' };
      if (link.expiresAt <= new Date()) return { state: 'expired' };
      const user = await usersRepository.findById(db, link.userId);
      if (user?.status !== 'active') return { state: 'unknown' };
      return { state: 'ready', name: user.name, email: user.email, expiresAt: link.expiresAt };
    },

    /**
     * Sets the password a link was given for. The link is spent in the same statement that checks
     * it, so two tabs posting at once cannot both use it.
     */
    async setPasswordWithLink(token: string, password: string): Promise<PasswordLinkState['state']> {
      const checked = validated(z.object({ password: newPassword }), { password });
      const passwordHash = await hashPassword(checked.password);
      return db.transaction(async (tx) => {
        const [spent] = await tx
          .update(passwordLinks)
          .set({ usedAt: sql`now()` })
          .where(
            and(
              eq(passwordLinks.tokenHash, hashOf(token)),
              isNull(passwordLinks.usedAt),
              gt(passwordLinks.expiresAt, sql`now()`),
            ),
          )
          .returning({ userId: passwordLinks.userId });
        const user = spent ? await usersRepository.findById(tx, spent.userId) : undefined;
        if (!spent || user?.status !== 'active') {
          const [link] = await tx
            .select()
            .from(passwordLinks)
            .where(eq(passwordLinks.tokenHash, hashOf(token)));
          return !link || spent ? 'unknown' : link.usedAt !== null ? 'used' : 'expired';
        }
        const row = await usersRepository.update(tx, user.id, {
          passwordHash,
          failedSignIns: 0,
          lockedUntil: null,
        });
        await sessionsRepository.removeForUser(tx, user.id);
        await recordAudit(tx, actorFromUser(row), {
          action: 'user.passwordSet',
          entityType: 'user',
          entityId: row.id,
          after: { by: 'one-time link' },
        });
        return 'ready';
      });
    },
  };
}
