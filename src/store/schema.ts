import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Table types for Kysely. Every fact table is append-only (a trigger rejects UPDATE and
 * DELETE); corrections add rows. `recorded_at` is recorded time; `valid_from` + `precision`
 * is valid time (null: undated, in effect before every dated row).
 * DATE columns come back as `YYYY-MM-DD` strings on both backends (each backend sets its parser).
 */
export interface SourcesTable {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  published: string | null;
  language: string;
  kind: string;
  seed_file: string | null;
  content_hash: string | null;
  accessed: string | null;
  note: string | null;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface EvidenceTable {
  id: Generated<number>;
  source_id: string;
  quote: string;
  start_offset: number | null;
  end_offset: number | null;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface MissionsTable {
  id: string;
  sending: string;
  host: string;
  city: string;
  type: string;
  lat: number;
  lon: number;
  existence_evidence_id: number;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface StatusEventsTable {
  id: Generated<number>;
  mission_id: string;
  status: string;
  valid_from: string | null;
  precision: string | null;
  evidence_id: number;
  attributed_to: string | null;
  supersedes: number | null;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface CoverageTable {
  id: Generated<number>;
  covering_mission_id: string;
  covered_host: string;
  valid_from: string | null;
  precision: string | null;
  evidence_id: number;
  attributed_to: string | null;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface Database {
  sources: SourcesTable;
  evidence: EvidenceTable;
  missions: MissionsTable;
  status_events: StatusEventsTable;
  coverage: CoverageTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type MissionRow = Selectable<MissionsTable>;
export type StatusEventRow = Selectable<StatusEventsTable>;
export type NewStatusEvent = Insertable<StatusEventsTable>;
