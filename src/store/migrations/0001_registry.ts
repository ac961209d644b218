import { type Kysely, sql } from 'kysely';

/** The registry: sources, evidence, missions, status events and coverage, all append-only. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Trigram similarity serves "did you mean" and, later, fuzzy search.
  await sql`create extension if not exists pg_trgm`.execute(db);
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('published', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('seed', 'web', 'document')`))
    .addColumn('seed_file', 'text')
    .addColumn('content_hash', 'text', (c) => c.unique())
    .addColumn('accessed', 'date')
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('quote', 'text', (c) => c.notNull().check(sql`length(trim(quote)) > 0`))
    .addColumn('start_offset', 'integer')
    .addColumn('end_offset', 'integer')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'evidence_offsets',
      sql`(start_offset is null and end_offset is null) or (start_offset >= 0 and end_offset - start_offset = length(quote))`,
    )
    .execute();

  await db.schema
    .createTable('missions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sending', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('existence_evidence_id', 'integer', (c) => c.notNull().references('evidence.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('missions_sending').on('missions').columns(['sending', 'host']).execute();

  await db.schema
    .createTable('status_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('mission_id', 'text', (c) => c.notNull().references('missions.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'closing', 'closed', 'reopened')`),
    )
    .addColumn('valid_from', 'date')
    .addColumn('precision', 'text', (c) => c.check(sql`precision in ('day', 'month', 'year')`))
    .addColumn('evidence_id', 'integer', (c) => c.notNull().references('evidence.id'))
    .addColumn('attributed_to', 'text')
    .addColumn('supersedes', 'integer', (c) => c.references('status_events.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('status_events_precision', sql`(valid_from is null) = (precision is null)`)
    .execute();
  // Serves "latest step of each mission as of a date": one index range per mission.
  await db.schema
    .createIndex('status_events_mission_valid')
    .on('status_events')
    .columns(['mission_id', 'valid_from', 'recorded_at'])
    .execute();
  await db.schema
    .createIndex('status_events_supersedes')
    .on('status_events')
    .column('supersedes')
    .where('supersedes', 'is not', null)
    .execute();

  await db.schema
    .createTable('coverage')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('covering_mission_id', 'text', (c) => c.notNull().references('missions.id'))
    .addColumn('covered_host', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date')
    .addColumn('precision', 'text', (c) => c.check(sql`precision in ('day', 'month', 'year')`))
    .addColumn('evidence_id', 'integer', (c) => c.notNull().references('evidence.id'))
    .addColumn('attributed_to', 'text')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coverage_mission').on('coverage').column('covering_mission_id').execute();

  // Append-only in the database itself: corrections add rows, nothing changes in place.
  await sql`
    create function chancery_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: add a correcting row instead of %', tg_table_name, lower(tg_op)
        using errcode = 'P0001';
    end
    $$`.execute(db);
  for (const table of ['sources', 'evidence', 'missions', 'status_events', 'coverage']) {
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function chancery_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['coverage', 'status_events', 'missions', 'evidence', 'sources']) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function chancery_append_only()`.execute(db);
}
