import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  validated,
} from '../kernel/errors.ts';
import type { Actor, SignedInUser } from './actor.ts';
import { recordAudit } from './audit.ts';
import { actorFromUser, presentToken } from './presenters.ts';
import { tokensRepository, usersRepository } from './repository.ts';
import type { Permission } from './permissions.ts';
import type { Role } from './roles.ts';

// API tokens for machines: a council's dashboard or case system acts as one account. A token may
// be narrower than its account (read-only, or only named permissions) and may expire. The token is
// shown once; only its SHA-256 is kept (256 random bits, so a slow password hash adds nothing).

const TOKEN_PREFIX = 'bcn_';
export const tokenLifetimes = [30, 90, 365] as const;
/** How often a token's last use is written: a dashboard polling every second must not write every second. */
const lastUseEveryMs = 60_000;
/**
 * How long a token found good is taken as good without asking the database again: a dashboard
 * polling many times a second costs no query for its token. Revoking a token in this process
 * forgets every one at once; another process, or a disabled account, takes at most this long.
 */
export const tokenCheckedForMs = 5_000;

/** What a role may do, in words, from the composed permission table (the access layer cannot see it). */
export type PermissionTable = {
  of(role: Role): readonly { permission: Permission; means: string }[];
  /** What a permission allows, in words; undefined for a name no one declared. */
  means(permission: string): string | undefined;
};

export const newTokenSchema = z.object({
  name: z
    .string({ message: 'Say what the token is for' })
    .trim()
    .min(1, 'Say what the token is for')
    .max(100, 'What the token is for must be 100 characters or fewer'),
  readOnly: z.boolean({ message: 'Say whether the token may change things' }),
  /** Empty: everything the account may do. */
  permissions: z.array(z.string().max(60)).max(60).default([]),
  /** Days until it stops working; null for a token that does not expire. */
  expiresInDays: z
    .union([z.literal(30), z.literal(90), z.literal(365), z.null()], {
      message: 'Choose when the token expires: after 30, 90 or 365 days, or never',
    })
    .default(90),
});
export type NewToken = z.input<typeof newTokenSchema>;

/** What a token allows beyond its account's role: checked on every request it makes. */
export type TokenScope = { readOnly: boolean; permissions: readonly Permission[] | null };

export type TokenCheck =
  | { state: 'valid'; actor: SignedInUser; scope: TokenScope }
  | { state: 'expired'; expiredAt: Date }
  | { state: 'unknown' };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type TokenState = 'works' | 'expired' | 'revoked';
const stateOf = (t: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenState =>
  t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= now ? 'expired' : 'works';

/** An administrator manages every token; anyone else only their own. */
const managesAll = (actor: Actor) => actor.role === 'admin';

export function createTokensService(db: Database, table: PermissionTable) {
  const lastMarked = new Map<number, number>();
  const recentlyGood = new Map<string, { check: TokenCheck; until: number }>();

  return {
    /** What a token for this role may be limited to, in words. */
    permissionsFor: (role: Role) => table.of(role),

    /**
     * Makes a token acting as the account with this email. Returns the token once; only its hash is
     * kept. A person makes their own; an administrator may make one for anyone.
     */
    async create(
      actor: Actor,
      email: string,
      input: NewToken | Record<string, unknown> = { name: 'API', readOnly: false },
      madeWith?: TokenScope,
    ) {
      // A token limited to some permissions must not be able to make itself a wider one.
      if (madeWith?.permissions)
        throw new ForbiddenError('A token limited to named permissions cannot make tokens.');
      const scope = validated(newTokenSchema, input);
      const user = await usersRepository.findByEmail(db, email);
      if (!user || (!managesAll(actor) && user.id !== actor.userId))
        throw new NotFoundError(`There is no account for ${email}`);
      if (user.status !== 'active') throw new ConflictError(`The account for ${email} is disabled`);
      const held = new Set(table.of(user.role).map((p) => p.permission as string));
      const notHeld = scope.permissions.filter((p) => !held.has(p));
      if (notHeld.length > 0)
        throw new ValidationError([
          {
            field: 'permissions',
            message: `Choose only what the account may do: it may not ${notHeld
              .map((p) => table.means(p) ?? `“${p}”, which is not a permission`)
              .join('; ')}`,
          },
        ]);
      const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const expiresAt =
        scope.expiresInDays === null ? null : new Date(Date.now() + scope.expiresInDays * 86_400_000);
      return db.transaction(async (tx) => {
        const row = await tokensRepository.insert(tx, {
          userId: user.id,
          tokenHash: hashToken(token),
          prefix: token.slice(0, TOKEN_PREFIX.length + 8),
          name: scope.name,
          readOnly: scope.readOnly,
          permissions: scope.permissions.length > 0 ? scope.permissions : null,
          expiresAt,
        });
        await recordAudit(tx, actor, {
          action: 'token.create',
          entityType: 'apiToken',
          entityId: row.id,
          after: { ...presentToken(row), email: user.email },
        });
        return { token, ...presentToken(row), email: user.email };
      });
    },

    async revoke(actor: Actor, id: number): Promise<void> {
      if (!Number.isSafeInteger(id) || id < 1)
        throw new ValidationError([{ field: 'id', message: 'A token ID is a positive whole number' }]);
      await db.transaction(async (tx) => {
        const owner = managesAll(actor) ? undefined : (actor.userId ?? -1);
        const row = await tokensRepository.revoke(tx, id, owner);
        if (!row) throw new NotFoundError(`There is no live token with ID ${id}`);
        lastMarked.delete(id);
        recentlyGood.clear();
        await recordAudit(tx, actor, {
          action: 'token.revoke',
          entityType: 'apiToken',
          entityId: row.id,
          after: presentToken(row),
        });
      });
    },

    /** Every token, for administrators; or the tokens of one account. */
    async list(ownerId?: number) {
      const now = new Date();
      return (await tokensRepository.listWithOwners(db, ownerId)).map((t) => ({
        ...presentToken(t),
        email: t.email,
        owner: t.owner,
        state: stateOf(t, now),
      }));
    },

    async authenticate(token: string): Promise<TokenCheck> {
      if (!token.startsWith(TOKEN_PREFIX)) return { state: 'unknown' };
      const hash = hashToken(token);
      const now = Date.now();
      const known = recentlyGood.get(hash);
      if (known && known.until > now) return known.check;
      const row = await tokensRepository.findLiveByHash(db, hash);
      if (!row) return { state: 'unknown' };
      if (row.expiresAt && row.expiresAt <= new Date()) return { state: 'expired', expiredAt: row.expiresAt };
      const user = await usersRepository.findById(db, row.userId);
      if (user?.status !== 'active') return { state: 'unknown' };
      // Last use is bookkeeping for the token list, not a change anyone makes: not audited, and
      // written at most once a minute per token.
      if (now - (lastMarked.get(row.id) ?? 0) >= lastUseEveryMs) {
        lastMarked.set(row.id, now);
        await tokensRepository.markUsed(db, row.id);
      }
      const check: TokenCheck = {
        state: 'valid',
        actor: actorFromUser(user),
        scope: { readOnly: row.readOnly, permissions: (row.permissions as Permission[] | null) ?? null },
      };
      // Never past the token's own expiry; and a bounded number kept, whatever the traffic.
      const until = Math.min(now + tokenCheckedForMs, row.expiresAt?.getTime() ?? Infinity);
      if (recentlyGood.size >= 10_000) recentlyGood.clear();
      recentlyGood.set(hash, { check, until });
      return check;
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
