import { z } from 'zod';
import { PartialDate } from './dates.ts';
import { Evidence } from './evidence.ts';
import { CountryCode, MissionId } from './ids.ts';

/** `closing` is announced or in progress: the mission still operates and is part of the network. */
export const MissionStatus = z.enum(['open', 'closing', 'closed', 'reopened']);
export type MissionStatus = z.infer<typeof MissionStatus>;

/** Statuses in which a mission is part of the network. */
export const OPERATING: readonly MissionStatus[] = ['open', 'closing', 'reopened'];

/**
 * One step of a mission's status timeline. `date` is valid time (null: undated, in effect
 * before every dated step); `recorded` is when the registry learned it.
 */
export const StatusEventInput = z.object({
  mission: MissionId,
  status: MissionStatus,
  date: PartialDate.nullable(),
  evidence: Evidence,
  attributedTo: z.string().min(1).nullable(),
  /** A correction names the event it replaces; the old row stays. */
  supersedes: z.number().int().positive().nullable().default(null),
});
export type StatusEventInput = z.infer<typeof StatusEventInput>;

/** Which mission covers a host after that host's own mission closed (Rome covers Spain). */
export const CoverageInput = z.object({
  coveringMission: MissionId,
  coveredHost: CountryCode,
  date: PartialDate.nullable(),
  evidence: Evidence,
  attributedTo: z.string().min(1).nullable(),
});
export type CoverageInput = z.infer<typeof CoverageInput>;
