import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ConflictError, ForbiddenError, UnauthorizedError } from '../domain/errors.ts';
import { type Role, roleAtLeast, type User, type UserName } from '../domain/user.ts';
import { adminExists, userByName, userByTokenHash } from '../store/queries/users.ts';
import type { Database } from '../store/schema.ts';
import { insertUser, lockUsers } from '../store/writes/users.ts';

/** The actor recorded for the first admin, created without a token. */
export const BOOTSTRAP_ACTOR = 'bootstrap';

/** A new secret: `chy_` + 32 random bytes as base64url (256 bits; the prefix makes leaked tokens greppable). */
export function newToken(): string {
  return `chy_${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 of a token as hex: the only form a token is stored in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Adds a user and returns their token, which exists nowhere else afterwards: only its hash is
 * stored. `by` is the authenticated user asking (must be an admin). `by: null` is the bootstrap:
 * allowed only while no admin exists, and only for an admin; the audit entry's actor is then
 * `bootstrap`. The user and its `user.add` audit entry commit together.
 *
 * @example
 * const { token } = await createUser(db, { name, role: 'admin', by: null }, new Date()); // first admin
 * await createUser(db, { name: 'ana', role: 'reviewer', by: admin }, new Date());
 */
export async function createUser(
  db: Kysely<Database>,
  input: { name: UserName; role: Role; by: User | null },
  now: Date,
): Promise<{ user: User; token: string }> {
  const action = 'adding a user';
  if (input.by !== null) requireRole(input.by, 'admin', action);
  const token = newToken();
  const user = await db.transaction().execute(async (trx) => {
    await lockUsers(trx);
    if (input.by === null && (await adminExists(trx))) requireRole(null, 'admin', action);
    if (input.by === null && input.role !== 'admin') {
      throw new UnauthorizedError(`${action} needs a token with role admin`, {
        hint: 'no admin exists yet: create the first one with `chancery user add NAME --role admin` (no token needed), then use its token',
      });
    }
    if ((await userByName(trx, input.name)) !== undefined) {
      throw new ConflictError(`a user named "${input.name}" already exists`, {
        hint: 'pick another name; `chancery user list` shows the users',
      });
    }
    const actor = input.by === null ? BOOTSTRAP_ACTOR : input.by.name;
    return insertUser(trx, { name: input.name, role: input.role, tokenHash: hashToken(token) }, actor, now);
  });
  return { user, token };
}

/**
 * The user a token belongs to; `null` when no token was given (reads stay open). A token that
 * matches no user is an error, never silently anonymous.
 */
export async function authenticate(db: Kysely<Database>, token: string | undefined): Promise<User | null> {
  const given = token?.trim();
  if (given === undefined || given === '') return null;
  // Plain equality on the digest in SQL is enough: a timing difference could at most reveal how
  // much of SHA-256(guess) matches a stored digest, and that does not help build a token whose
  // digest matches (preimage resistance). The secret itself is never compared.
  const user = await userByTokenHash(db, hashToken(given));
  if (user === undefined) {
    throw new UnauthorizedError('unknown or revoked token', {
      hint: 'check the token: it starts with chy_ and was shown once, when its user was added; an admin can add a user for a new one',
    });
  }
  return user;
}

/**
 * The user, if their role grants `role`; otherwise throws `UnauthorizedError` (no token) or
 * `ForbiddenError` (role too low). `action` names what was attempted, e.g. `reviewing a claim`.
 */
export function requireRole(user: User | null, role: Role, action: string): User {
  if (user === null) {
    throw new UnauthorizedError(`${action} needs a token with role ${role}`, {
      hint: `pass --token or set CHANCERY_TOKEN, or over HTTP send Authorization: Bearer <token>; an admin creates one with \`chancery user add NAME --role ${role}\``,
    });
  }
  if (!roleAtLeast(user.role, role)) {
    throw new ForbiddenError(`${action} needs role ${role}; ${user.name} is a ${user.role}`, {
      hint: `ask an admin for a token with role ${role}`,
    });
  }
  return user;
}
