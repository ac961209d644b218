import { type Kysely, sql } from 'kysely';

/**
 * Each mission's status steps in the registry's order (valid day, undated first; lifecycle
 * rank; recorded time; id), so that "latest step as of a day", "last step of another status"
 * and "first step of the run" are each a short index range instead of a scan and a sort.
 * The expressions must stay those of `statusAsOfQuery` (`validDay`, `STATUS_RANK_SQL`), or
 * the planner will not use the index; they are spelled out here so the migration never changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index status_events_mission_order on status_events (
      mission_id,
      coalesce(valid_from, '-infinity'::date) desc,
      (case status when 'open' then 0 when 'closing' then 1 when 'closed' then 2 else 3 end) desc,
      recorded_at desc,
      id desc
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('status_events_mission_order').execute();
}
