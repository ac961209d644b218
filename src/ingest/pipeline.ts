import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { type Claim, CoverageClaim, MissionStatusClaim } from '../domain/claim.ts';
import { ChanceryError } from '../domain/errors.ts';
import { nearDuplicateCandidates, sourceIdByHash } from '../store/queries/documents.ts';
import type { Database } from '../store/schema.ts';
import { insertDocument, type NewClaim, type NewClaimMission } from '../store/writes/documents.ts';
import { type KnownMission, matchMission, refOfCoverage, refOfStatus } from './attach.ts';
import { readDocument } from './reader.ts';
import { extractClaims } from './extract.ts';
import { signature } from './minhash.ts';
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
}

export type IngestResult =
  | { path: string; status: 'ingested'; sourceId: string; claims: number; newMissions: string[] }
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
    const existing = await sourceIdByHash(ctx.db, doc.contentHash);
    if (existing) return { path, status: 'duplicate', of: existing };

    const sourceId = `src-doc-${doc.contentHash.slice(0, 16)}`;
    const shingles = shingleHashes(doc.text);
    const minhash = signature(shingles);
    let cluster: { clusterId: string; of: string; containment: number } | undefined;
    for (const candidate of await nearDuplicateCandidates(ctx.db, minhash)) {
      const m = nearDuplicate(
        { title: doc.title, shingles },
        { title: candidate.title, shingles: candidate.shingles },
      );
      if (m.match && (!cluster || m.containment > cluster.containment)) {
        cluster = { clusterId: candidate.clusterId, of: candidate.sourceId, containment: m.containment };
      }
    }

    const published = options.published ?? doc.published;
    const claims = extractClaims(doc.text, { doc: doc.fileName, published });
    const known = await ctx.db
      .selectFrom('missions')
      .select(['id', 'sending', 'host', 'city', 'type'])
      .execute();
    const { rows, newMissions } = attach(claims, known);

    await insertDocument(
      ctx.db,
      {
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
    );
    const ids = newMissions.map((m) => m.id);
    return cluster
      ? { path, status: 'near-duplicate', sourceId, of: cluster.of, claims: rows.length, newMissions: ids }
      : { path, status: 'ingested', sourceId, claims: rows.length, newMissions: ids };
  } catch (err) {
    return { path, status: 'failed', error: errorLine(err) };
  }
}

/** Links each claim to its mission, creating (flagged) the missions the registry lacks. */
function attach(
  claims: readonly Claim[],
  known: readonly KnownMission[],
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
    };
  });
  return { rows, newMissions };
}
