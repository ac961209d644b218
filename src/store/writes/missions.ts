import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { type EvidenceRow, insertEvidence } from './evidence.ts';

export interface MissionRowInput {
  id: string;
  sending: string;
  host: string;
  city: string;
  type: string;
  lat: number | null;
  lon: number | null;
  /** `dataset` for loaded data, `claim` for a mission first seen in an ingested claim. */
  origin: 'dataset' | 'claim';
}

/** Appends a mission with the evidence of its existence, inside the caller's transaction. */
export async function insertMission(
  trx: Transaction<Database>,
  mission: MissionRowInput,
  existence: EvidenceRow,
  recordedAt: Date | string,
): Promise<void> {
  const evidenceId = await insertEvidence(trx, existence, recordedAt);
  await trx
    .insertInto('missions')
    .values({ ...mission, existence_evidence_id: evidenceId, recorded_at: recordedAt })
    .execute();
}
