import { type Kysely, sql } from 'kysely';

/**
 * Reconciliation: what kind of outlet each source is and whom it republishes, reviewer
 * grades, claim reviews (versioned, for optimistic concurrency) and conflict resolutions.
 * Every new table is append-only; the latest row wins.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sources')
    .addColumn('publisher_type', 'text', (c) => c.notNull().defaultTo('unknown'))
    .execute();
  await db.schema
    .alterTable('sources')
    .addColumn('syndicated_from', 'text', (c) => c.references('sources.id'))
    .execute();

  await db.schema
    .createTable('source_grades')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('grade', 'text', (c) => c.notNull().check(sql`grade in ('A', 'B', 'C', 'D', 'E', 'F')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('source_grades_source')
    .on('source_grades')
    .columns(['source_id', 'id'])
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claims.id'))
    // 1 for the first review of a claim; a reviewer acting on version n writes n + 1, so two
    // reviewers who both saw version n cannot both succeed.
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('accepted', 'rejected')`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) > 0`))
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('reviews_claim_version', ['claim_id', 'version'])
    .execute();
  await db.schema.createIndex('claims_status_event').on('claims').column('status_event_id').execute();

  await db.schema
    .createTable('conflict_resolutions')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('conflict_key', 'text', (c) => c.notNull())
    .addColumn('chosen_claim_id', 'integer', (c) => c.references('claims.id'))
    .addColumn('chosen_value', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) > 0`))
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conflict_resolutions_key')
    .on('conflict_resolutions')
    .columns(['conflict_key', 'id'])
    .execute();

  for (const table of ['source_grades', 'reviews', 'conflict_resolutions']) {
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function chancery_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['conflict_resolutions', 'reviews', 'source_grades'])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('claims_status_event').execute();
  await db.schema.alterTable('sources').dropColumn('syndicated_from').execute();
  await db.schema.alterTable('sources').dropColumn('publisher_type').execute();
}
