import { type Kysely, sql } from 'kysely';

/**
 * Ingested documents (the text claims point into), their near-duplicate fingerprints, and
 * extracted claims. Missions gain an `origin`: a mission first seen in a claim is flagged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('missions')
    .addColumn('origin', 'text', (c) =>
      c.notNull().defaultTo('dataset').check(sql`origin in ('dataset', 'claim')`),
    )
    .execute();
  // A mission first seen in a claim may have no known coordinates yet.
  await db.schema
    .alterTable('missions')
    .alterColumn('lat', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('missions')
    .alterColumn('lon', (c) => c.dropNotNull())
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('source_id', 'text', (c) => c.primaryKey().references('sources.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('txt', 'md', 'html')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    // The first document of its syndication cluster; itself when it stands alone.
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('near_duplicate_of', 'text', (c) => c.references('sources.id'))
    .addColumn('containment', 'double precision')
    .addColumn('shingles', sql`integer[]`, (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_cluster').on('documents').column('cluster_id').execute();
  await sql`create index documents_text_search on documents using gin (to_tsvector('simple', text))`.execute(
    db,
  );

  // One row per MinHash band: documents sharing any (band, value) are near-duplicate candidates.
  await db.schema
    .createTable('document_minhash')
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('band', 'smallint', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_minhash_pk', ['source_id', 'band'])
    .execute();
  await db.schema
    .createIndex('document_minhash_lookup')
    .on('document_minhash')
    .columns(['band', 'value'])
    .execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('mission_status', 'mission_count', 'quantity', 'coverage', 'entity')`),
    )
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('attributed_to', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('mission_id', 'text', (c) => c.references('missions.id'))
    .addColumn('status_event_id', 'integer', (c) => c.references('status_events.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('claims_span', sql`start_offset >= 0 and end_offset - start_offset = length(quote)`)
    .execute();
  await db.schema.createIndex('claims_source').on('claims').column('source_id').execute();
  await db.schema.createIndex('claims_mission').on('claims').columns(['mission_id', 'kind']).execute();

  for (const table of ['documents', 'document_minhash', 'claims']) {
    await sql`
      create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function chancery_append_only()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['claims', 'document_minhash', 'documents']) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('missions').dropColumn('origin').execute();
}
