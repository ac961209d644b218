import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { appendAudit } from './audit.ts';
import { insertEvidence } from './evidence.ts';
import { insertMission } from './missions.ts';

export interface NewDocument {
  /** True when the text belongs to a source the registry already cites (a seed article, say). */
  existingSource: boolean;
  source: {
    id: string;
    title: string;
    publisher: string;
    url: string | null;
    published: string | null;
    language: string;
    contentHash: string;
  };
  fileName: string;
  format: 'txt' | 'md' | 'html';
  text: string;
  bytes: number;
  clusterId: string;
  nearDuplicateOf: string | null;
  containment: number | null;
  shingles: Uint32Array;
  minhash: readonly number[];
}

export interface NewClaim {
  kind: string;
  data: unknown;
  quote: string;
  start: number;
  end: number;
  attributedTo: string | null;
  stage: string;
  missionId: string | null;
  /** A mission status claim also becomes a step of that mission's timeline. */
  step: { status: string; validFrom: string | null; precision: string | null } | null;
  /** A coverage claim also records who covers the host whose mission closed (Rome covers Spain). */
  coverage: { coveredHost: string; validFrom: string; precision: string } | null;
}

/** A mission first seen in a claim: flagged with origin `claim`, existence evidenced by that claim's quote. */
export interface NewClaimMission {
  id: string;
  sending: string;
  host: string;
  city: string;
  type: string;
  lat: number | null;
  lon: number | null;
  quote: string;
  start: number;
  end: number;
}

// Stored as int4[]: shift the unsigned 32-bit hashes into the signed range, order preserved.
// Plain loops, because `Array.from(x, fn)` and `Uint32Array.from(x, fn)` walk an iterator and box
// every value: a sixth of all the memory an ingest allocated (25 candidates per document).

/** Shingle hashes as stored (int4[]). */
export function toInt4(hashes: Uint32Array): number[] {
  const values = new Array<number>(hashes.length);
  for (let i = 0; i < hashes.length; i++) values[i] = hashes[i]! - 0x80000000;
  return values;
}

/** Shingle hashes from their stored int4[] form. */
export function fromInt4(values: readonly number[]): Uint32Array {
  const hashes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) hashes[i] = values[i]! + 0x80000000;
  return hashes;
}

/**
 * Stores one document, its fingerprints, the missions its claims introduce and its claims, in
 * one transaction: a document is stored whole or not at all.
 */
export async function insertDocument(
  db: Kysely<Database>,
  doc: NewDocument,
  missions: readonly NewClaimMission[],
  claims: readonly NewClaim[],
  recordedAt: Date,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!doc.existingSource)
      await trx
        .insertInto('sources')
        .values({
          id: doc.source.id,
          title: doc.source.title,
          publisher: doc.source.publisher,
          url: doc.source.url,
          published: doc.source.published,
          language: doc.source.language,
          kind: 'document',
          seed_file: null,
          content_hash: doc.source.contentHash,
          accessed: null,
          note: null,
          recorded_at: recordedAt,
        })
        .execute();
    await trx
      .insertInto('documents')
      .values({
        source_id: doc.source.id,
        file_name: doc.fileName,
        format: doc.format,
        text: doc.text,
        bytes: doc.bytes,
        cluster_id: doc.clusterId,
        near_duplicate_of: doc.nearDuplicateOf,
        containment: doc.containment,
        shingles: toInt4(doc.shingles),
        recorded_at: recordedAt,
      })
      .execute();
    await trx
      .insertInto('document_minhash')
      .values(doc.minhash.map((value, band) => ({ source_id: doc.source.id, band, value })))
      .execute();
    for (const m of missions) {
      const { id, sending, host, city, type, lat, lon } = m;
      await insertMission(
        trx,
        { id, sending, host, city, type, lat, lon, origin: 'claim' },
        { source: doc.source.id, quote: m.quote, start: m.start, end: m.end },
        recordedAt,
      );
      await appendAudit(trx, {
        at: recordedAt,
        actor,
        action: 'mission.create',
        subjectType: 'mission',
        subjectId: m.id,
        missionId: m.id,
        reason: `first seen in a claim of ${doc.source.id}`,
        after: { id: m.id, sending: m.sending, host: m.host, city: m.city, type: m.type, origin: 'claim' },
      });
    }
    for (const c of claims) {
      if (c.coverage && c.missionId) {
        const evidenceId = await insertEvidence(
          trx,
          { source: doc.source.id, quote: c.quote, start: c.start, end: c.end },
          recordedAt,
        );
        await trx
          .insertInto('coverage')
          .values({
            covering_mission_id: c.missionId,
            covered_host: c.coverage.coveredHost,
            valid_from: c.coverage.validFrom,
            precision: c.coverage.precision,
            evidence_id: evidenceId,
            attributed_to: c.attributedTo,
            recorded_at: recordedAt,
          })
          .execute();
      }
      const stepId =
        c.step && c.missionId
          ? await insertStep(trx, doc.source.id, c, c.missionId, c.step, recordedAt)
          : null;
      await trx
        .insertInto('claims')
        .values({
          source_id: doc.source.id,
          kind: c.kind,
          data: JSON.stringify(c.data),
          quote: c.quote,
          start_offset: c.start,
          end_offset: c.end,
          attributed_to: c.attributedTo,
          stage: c.stage,
          mission_id: c.missionId,
          status_event_id: stepId,
          recorded_at: recordedAt,
        })
        .execute();
    }
    await appendAudit(trx, {
      at: recordedAt,
      actor,
      action: 'ingest',
      subjectType: 'source',
      subjectId: doc.source.id,
      after: {
        file: doc.fileName,
        cluster: doc.clusterId,
        nearDuplicateOf: doc.nearDuplicateOf,
        claims: claims.length,
        stages: [...new Set(claims.map((c) => c.stage))].sort(),
        steps: claims.filter((c) => c.step && c.missionId).length,
      },
    });
  });
}

async function insertStep(
  trx: Transaction<Database>,
  sourceId: string,
  claim: NewClaim,
  missionId: string,
  step: NonNullable<NewClaim['step']>,
  recordedAt: Date,
): Promise<number> {
  const evidenceId = await insertEvidence(
    trx,
    { source: sourceId, quote: claim.quote, start: claim.start, end: claim.end },
    recordedAt,
  );
  const row = await trx
    .insertInto('status_events')
    .values({
      mission_id: missionId,
      status: step.status,
      valid_from: step.validFrom,
      precision: step.precision,
      evidence_id: evidenceId,
      attributed_to: claim.attributedTo,
      supersedes: null,
      recorded_at: recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
