import type { Kysely, Selectable } from 'kysely';
import { User } from '../../domain/user.ts';
import type { Database, UsersTable } from '../schema.ts';

const COLUMNS = ['id', 'name', 'role', 'created_at'] as const;

// The role and name come back as text: parse them, never cast.
const toUser = (row: Pick<Selectable<UsersTable>, (typeof COLUMNS)[number]>): User =>
  User.parse({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at });

/** The user whose token has this SHA-256 hex digest, if any. */
export async function userByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(COLUMNS)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

export async function userByName(db: Kysely<Database>, name: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(COLUMNS).where('name', '=', name).executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** Whether any admin exists: until one does, the first admin may be created without a token. */
export async function adminExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst();
  return row !== undefined;
}

/** Every user, oldest first. Token hashes are never selected. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').select(COLUMNS).orderBy('created_at').orderBy('id').execute();
  return rows.map(toUser);
}
