import { z } from 'zod';

/** Readable mission id: `<sending>-<host>-<city>-<type>`, lower-case, e.g. `kp-es-madrid-embassy`. */
export const MissionId = z
  .string()
  .regex(/^[a-z]{2}-[a-z]{2}-[a-z0-9-]+$/, 'mission ids look like kp-es-madrid-embassy')
  .brand<'MissionId'>();
export type MissionId = z.infer<typeof MissionId>;

/** Source id, e.g. `src-bloomberg-2023-11-03` or a content-hash id for ingested documents. */
export const SourceId = z
  .string()
  .regex(/^src-[a-z0-9-]+$/, 'source ids look like src-yonhap-2024-01-30')
  .brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceId>;

/** ISO 3166-1 alpha-2 code, upper-case (`KP`, `ES`, `HK`). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as ES');
export type CountryCode = z.infer<typeof CountryCode>;
