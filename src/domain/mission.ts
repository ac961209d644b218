import { z } from 'zod';
import { Evidence } from './evidence.ts';
import { CountryCode, MissionId } from './ids.ts';

export const MissionType = z.enum([
  'embassy',
  'consulate',
  'representative_office',
  'trade_office',
  'permanent_mission',
]);
export type MissionType = z.infer<typeof MissionType>;

/** A mission of a sending state in a host country. Identity facts only; its status lives in events. */
export const Mission = z.object({
  id: MissionId,
  sending: CountryCode,
  host: CountryCode,
  city: z.string().min(1),
  type: MissionType,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Where the mission's existence is attested. */
  existence: Evidence,
});
export type Mission = z.infer<typeof Mission>;
