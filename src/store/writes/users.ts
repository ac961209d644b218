import { sql, type Transaction } from 'kysely';
import { type Role, User, type UserName } from '../../domain/user.ts';
import type { Database } from '../schema.ts';
import { appendAudit } from './audit.ts';

/**
 * Serialises user creation for the rest of the transaction: checks made after it (is the name
 * free? does an admin exist yet?) cannot be raced by another process adding a user. Readers
 * (token look-ups) are not blocked.
 */
export async function lockUsers(trx: Transaction<Database>): Promise<void> {
  await sql`lock table users in share row exclusive mode`.execute(trx);
}

/**
 * Inserts a user with the SHA-256 hex of their token, and the `user.add` audit entry, in the
 * caller's transaction. The audit entry records name and role, never the hash.
 */
export async function insertUser(
  trx: Transaction<Database>,
  user: { name: UserName; role: Role; tokenHash: string },
  actor: string,
  now: Date,
): Promise<User> {
  const row = await trx
    .insertInto('users')
    .values({ name: user.name, role: user.role, token_hash: user.tokenHash, created_at: now })
    .returning(['id', 'name', 'role', 'created_at'])
    .executeTakeFirstOrThrow();
  await appendAudit(trx, {
    at: now,
    actor,
    action: 'user.add',
    subjectType: 'user',
    subjectId: user.name,
    after: { name: user.name, role: user.role },
  });
  return User.parse({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at });
}
