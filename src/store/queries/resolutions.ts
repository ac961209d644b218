import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { recordedBefore } from './bitemporal.ts';

export interface ConflictResolutionRow {
  conflict_key: string;
  chosen_claim_id: number | null;
  chosen_value: string | null;
  reason: string;
  reviewer: string;
  recorded_at: Date;
}

/** The latest resolution of each conflict key recorded by `knownOn`. */
export async function latestResolutions(
  db: Kysely<Database>,
  keys: readonly string[],
  knownOn: string,
): Promise<Map<string, ConflictResolutionRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('conflict_resolutions')
    .select(['conflict_key', 'chosen_claim_id', 'chosen_value', 'reason', 'reviewer', 'recorded_at'])
    .where('conflict_key', 'in', keys)
    .where('recorded_at', '<', recordedBefore(knownOn))
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.conflict_key, r]));
}
