import type { Kysely } from 'kysely';
import { atPrecision, type IsoDay, type PartialDate, Precision } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { MissionStatus } from '../domain/status.ts';
import { type AssessedStep, assess } from '../resolve/assess.ts';
import { type ClaimRow, listClaims } from '../store/queries/claims.ts';
import { visibleSteps } from '../store/queries/steps.ts';
import { findMission, missionCoverage, missionIdsLike, missionTimeline } from '../store/queries/timeline.ts';
import type { Database } from '../store/schema.ts';

export interface TimelineStep {
  eventId: number;
  status: MissionStatus;
  date: PartialDate | null;
  precision: Precision | null;
  attributedTo: string | null;
  recordedAt: string;
  supersedes: number | null;
  supersededBy: number | null;
  evidence: {
    source: string;
    title: string;
    publisher: string;
    url: string | null;
    published: string | null;
    quote: string;
    start: number | null;
    end: number | null;
  };
}

export interface MissionTimeline {
  mission: {
    id: string;
    sending: string;
    host: string;
    city: string;
    type: string;
    lat: number | null;
    lon: number | null;
    /** `claim` when the registry first saw this mission in an ingested claim. */
    origin: string;
  };
  knownOn: IsoDay;
  steps: TimelineStep[];
  /** The status steps as assessed from every report: reported, corroborated or confirmed. */
  assessed: AssessedStep[];
  /** Claims from ingested documents attached to this mission. */
  claims: ClaimRow[];
  /** Hosts this mission covers, and who covers this mission's host. */
  coverage: {
    coveringMission: string;
    coveredHost: string;
    date: PartialDate | null;
    quote: string;
    source: string;
  }[];
}

/** A mission and every status step known by `knownOn`, each with its source and quote. */
export async function timeline(db: Kysely<Database>, id: string, knownOn: IsoDay): Promise<MissionTimeline> {
  const mission = await findMission(db, id);
  if (!mission) {
    const near = await missionIdsLike(db, id);
    throw new NotFoundError(`no mission with id "${id}"`, {
      hint: near.length
        ? `did you mean ${near.join(', ')}?`
        : 'list mission ids with `chancery missions --status all --format table`',
    });
  }
  const [rows, coverage, claims, steps] = await Promise.all([
    missionTimeline(db, id, knownOn),
    missionCoverage(db, mission, knownOn),
    listClaims(db, { missionId: id, knownOn }),
    visibleSteps(db, [id], { asOf: knownOn, knownOn }),
  ]);
  return {
    assessed: assess(steps, mission),
    claims,
    coverage: coverage.map((c) => ({
      coveringMission: c.covering_mission_id,
      coveredHost: c.covered_host,
      date: dated(c.valid_from, c.precision),
      quote: c.quote,
      source: c.source_id,
    })),
    mission: {
      id: mission.id,
      sending: mission.sending,
      host: mission.host,
      city: mission.city,
      type: mission.type,
      lat: mission.lat,
      lon: mission.lon,
      origin: mission.origin,
    },
    knownOn,
    steps: rows.map((r) => {
      const precision = r.precision as Precision | null;
      return {
        eventId: r.id,
        status: r.status as MissionStatus,
        date: dated(r.valid_from, precision),
        precision,
        attributedTo: r.attributed_to,
        recordedAt: r.recorded_at.toISOString(),
        supersedes: r.supersedes,
        supersededBy: r.superseded_by,
        evidence: {
          source: r.source_id,
          title: r.source_title,
          publisher: r.source_publisher,
          url: r.source_url,
          published: r.source_published,
          quote: r.quote,
          start: r.start_offset,
          end: r.end_offset,
        },
      };
    }),
  };
}

function dated(validFrom: string | null, precision: string | null): PartialDate | null {
  const p = Precision.safeParse(precision);
  return validFrom === null || !p.success ? null : atPrecision(validFrom, p.data);
}
