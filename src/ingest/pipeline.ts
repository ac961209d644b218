import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { type Claim, CoverageClaim, MissionStatusClaim } from '../domain/claim.ts';
import { precisionOf, startOf } from '../domain/dates.ts';
import { ChanceryError } from '../domain/errors.ts';
import { nearDuplicateCandidates, sourceByHash } from '../store/queries/documents.ts';
import type { Database } from '../store/schema.ts';
import { insertDocument, type NewClaim, type NewClaimMission } from '../store/writes/documents.ts';
import { type KnownMission, matchMission, refOfCoverage, refOfStatus } from './attach.ts';
import { extractClaims } from './extract.ts';
import { signature } from './minhash.ts';
import { readDocument } from './reader.ts';
import { shingleHashes } from './shingles.ts';
import { nearDuplicate } from './syndication.ts';

export interface IngestOptions {
  published?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
}

export interface IngestContext {
  db: Kysely<Database>;
  /** Recorded time for everything this run stores. */
  now(): Date;
  /** Who ingests, for the audit log. */
  actor: string;
}

export type IngestResult =
  | {
      path: string;
      status: 'ingested';
      sourceId: string;
      /** The text belonged to a source the registry already cited (a seed article). */
      intoExisting: boolean;
      claims: number;
      newMissions: string[];
    }
  | {
      path: string;
      status: 'near-duplicate';
      sourceId: string;
      of: string;
      claims: number;
      newMissions: string[];
    }
  | { path: string; status: 'duplicate'; of: string }
  | { path: string; status: 'failed'; error: string };

function errorLine(err: unknown): string {
  if (err instanceof ChanceryError) return err.hint ? `${err.message} (${err.hint})` : err.message;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Ingests one file: read, dedupe by content hash, find its syndication cluster, extract claims,
 * attach them to missions and store it all in one transaction. Never throws for a bad file:
 * the result says what went wrong, and nothing of that file is stored.
 */
export async function ingestFile(
  path: string,
  options: IngestOptions,
  ctx: IngestContext,
): Promise<IngestResult> {
  try {
    const doc = readDocument(path, await readFile(path));
    const existing = await sourceByHash(ctx.db, doc.contentHash);
    if (existing?.hasDocument) return { path, status: 'duplicate', of: existing.id };

    const sourceId = existing?.id ?? `src-doc-${doc.contentHash.slice(0, 16)}`;
    const shingles = shingleHashes(doc.text);
    const minhash = signature(shingles);
    let cluster: { clusterId: string; of: string; containment: number } | undefined =
      existing?.syndicatedCluster
        ? { clusterId: existing.syndicatedCluster, of: existing.syndicatedCluster, containment: 1 }
        : undefined;
    for (const candidate of await nearDuplicateCandidates(ctx.db, minhash)) {
      const m = nearDuplicate(
        { title: doc.title, shingles },
        { title: candidate.title, shingles: candidate.shingles },
      );
      if (m.match && (!cluster || m.containment > cluster.containment) && candidate.sourceId !== sourceId) {
        cluster = { clusterId: candidate.clusterId, of: candidate.sourceId, containment: m.containment };
      }
    }

    const published = options.published ?? existing?.published ?? doc.published;
    const claims = extractClaims(doc.text, { doc: doc.fileName, published });
    const known = await ctx.db
      .selectFrom('missions')
      .select(['id', 'sending', 'host', 'city', 'type'])
      .execute();
    const { rows, newMissions } = attach(claims, known, published);

    await insertDocument(
      ctx.db,
      {
        existingSource: existing !== undefined,
        source: {
          id: sourceId,
          title: doc.title ?? doc.fileName,
          publisher: options.publisher ?? 'unknown publisher',
          url: options.url ?? null,
          published,
          language: /[\uac00-\ud7a3]/.test(doc.text.slice(0, 2000)) ? 'ko' : 'en',
          contentHash: doc.contentHash,
        },
        fileName: doc.fileName,
        format: doc.format,
        text: doc.text,
        bytes: doc.bytes,
        clusterId: cluster?.clusterId ?? sourceId,
        nearDuplicateOf: cluster?.of ?? null,
        containment: cluster?.containment ?? null,
        shingles,
        minhash,
      },
      newMissions,
      rows,
      ctx.now(),
      ctx.actor,
    );
    const ids = newMissions.map((m) => m.id);
    return cluster
      ? { path, status: 'near-duplicate', sourceId, of: cluster.of, claims: rows.length, newMissions: ids }
      : {
          path,
          status: 'ingested',
          sourceId,
          intoExisting: existing !== undefined,
          claims: rows.length,
          newMissions: ids,
        };
  } catch (err) {
    return { path, status: 'failed', error: errorLine(err) };
  }
}

/**
 * When a status claim's step happened: its own date, else the publication date as the latest it
 * can have happened by ("has closed", reported that day). With neither, the claim stays evidence
 * but adds no step, since an undated closure would count as before every other step.
 */
function stepOf(claim: MissionStatusClaim, published: string | null): NewClaim['step'] {
  const date = claim.date ?? published;
  if (date === null) return null;
  return { status: claim.status, validFrom: startOf(date), precision: precisionOf(date) };
}

/** Links each claim to its mission, creating (flagged) the missions the registry lacks. */
function attach(
  claims: readonly Claim[],
  known: readonly KnownMission[],
  published: string | null,
): { rows: NewClaim[]; newMissions: NewClaimMission[] } {
  const all: KnownMission[] = [...known];
  const newMissions: NewClaimMission[] = [];
  const rows = claims.map((claim): NewClaim => {
    const status = MissionStatusClaim.safeParse(claim);
    const coverage = CoverageClaim.safeParse(claim);
    const ref = status.success
      ? refOfStatus(status.data)
      : coverage.success
        ? refOfCoverage(coverage.data)
        : null;
    let missionId: string | null = null;
    if (ref) {
      const match = matchMission(ref, all);
      if (match.kind === 'known') missionId = match.id;
      if (match.kind === 'new') {
        all.push(match.mission);
        newMissions.push({
          ...match.mission,
          lat: null,
          lon: null,
          quote: claim.quote,
          start: claim.start,
          end: claim.end,
        });
        missionId = match.mission.id;
      }
    }
    return {
      kind: claim.kind,
      data: claim,
      quote: claim.quote,
      start: claim.start,
      end: claim.end,
      attributedTo: claim.attributed_to,
      stage: claim.stage,
      missionId,
      step: status.success && missionId ? stepOf(status.data, published) : null,
      // Coverage has no date of its own in a claim: it holds from the report on.
      coverage:
        coverage.success && missionId && published
          ? {
              coveredHost: coverage.data.from_host,
              validFrom: startOf(published),
              precision: precisionOf(published),
            }
          : null,
    };
  });
  return { rows, newMissions };
}
