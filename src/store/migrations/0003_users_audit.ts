import { type Kysely, sql } from 'kysely';

/**
 * Users (a name, a role, the SHA-256 of their token) and the audit log of who changed what.
 * The audit log is append-only in the database, like the fact tables. Users are not: a token
 * may later be rotated in place. Users are never deleted; the audit log names them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('viewer', 'reviewer', 'admin')`))
    // Only the digest: a copy of the database does not hand out working tokens.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    // No foreign key: an entry may name a mission id that a rejected proposal never created.
    .addColumn('mission_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await db.schema
    .createIndex('audit_log_subject')
    .on('audit_log')
    .columns(['subject_type', 'subject_id'])
    .execute();
  await db.schema.createIndex('audit_log_mission').on('audit_log').column('mission_id').execute();

  // The trail of changes must not itself be changeable: same trigger as the fact tables (0001).
  await sql`
    create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function chancery_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('users').execute();
}
