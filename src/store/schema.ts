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
  publisher_type: ColumnType<string, string | undefined, never>;
  /** The source this one republishes: one witness, not two. */
  syndicated_from: ColumnType<string | null, string | null | undefined, never>;
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
  lat: number | null;
  lon: number | null;
  existence_evidence_id: number;
  /** `dataset` (loaded), or `claim` (first seen in an ingested claim; flagged for review). */
  origin: ColumnType<string, string | undefined, never>;
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

export interface DocumentsTable {
  source_id: string;
  file_name: string;
  format: string;
  text: string;
  bytes: number;
  cluster_id: string;
  near_duplicate_of: string | null;
  containment: number | null;
  shingles: number[];
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface DocumentMinhashTable {
  source_id: string;
  band: number;
  value: number;
}

export interface ClaimsTable {
  id: Generated<number>;
  source_id: string;
  kind: string;
  /** The whole claim as extracted (CLAIMS.md fields); parse with the Claim schema on read. */
  data: ColumnType<unknown, string, never>;
  quote: string;
  start_offset: number;
  end_offset: number;
  attributed_to: string | null;
  stage: string;
  mission_id: string | null;
  status_event_id: number | null;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface SourceGradesTable {
  id: Generated<number>;
  source_id: string;
  grade: string;
  reason: string;
  actor: string;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface ReviewsTable {
  id: Generated<number>;
  claim_id: number;
  version: number;
  decision: string;
  reason: string;
  reviewer: string;
  recorded_at: ColumnType<Date, Date | string, never>;
}

export interface ConflictResolutionsTable {
  id: Generated<number>;
  conflict_key: string;
  chosen_claim_id: number | null;
  chosen_value: string | null;
  reason: string;
  reviewer: string;
  recorded_at: ColumnType<Date, Date | string, never>;
}

/** Only the SHA-256 (hex) of a user's token is stored, never the token. */
export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  token_hash: string;
  created_at: ColumnType<Date, Date | string, never>;
}

/**
 * Who changed what, when and why; append-only. `before`/`after` are JSON snapshots of the
 * subject: write `JSON.stringify`'d strings, parse with zod on read.
 */
export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, Date | string, never>;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  mission_id: string | null;
  reason: string | null;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export interface Database {
  sources: SourcesTable;
  evidence: EvidenceTable;
  missions: MissionsTable;
  status_events: StatusEventsTable;
  coverage: CoverageTable;
  documents: DocumentsTable;
  document_minhash: DocumentMinhashTable;
  claims: ClaimsTable;
  source_grades: SourceGradesTable;
  reviews: ReviewsTable;
  conflict_resolutions: ConflictResolutionsTable;
  users: UsersTable;
  audit_log: AuditLogTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type MissionRow = Selectable<MissionsTable>;
export type StatusEventRow = Selectable<StatusEventsTable>;
export type NewStatusEvent = Insertable<StatusEventsTable>;
