import { z } from 'zod';
import { IsoDay } from './dates.ts';
import { SourceId } from './ids.ts';
import { Mission } from './mission.ts';
import { PublisherType, Source } from './source.ts';
import { CoverageInput, StatusEventInput } from './status.ts';

/**
 * A registry dataset as shipped in `data/starter/` or exchanged between registries.
 * `recorded` is the recorded time to load each fact with: for the starter data it is the day
 * the evidence was published (or, for a web page, read), so `--known-on` replays what a
 * careful analyst could have known on each day.
 */
export const DatasetSource = Source.extend({
  /** For web sources: the day the page was read. */
  accessed: IsoDay.nullable().default(null),
  note: z.string().nullable().default(null),
  publisherType: PublisherType.default('unknown'),
  /** The source this one rewrites or republishes: the two are one witness, not two. */
  syndicatedFrom: SourceId.nullable().default(null),
});
export type DatasetSource = z.infer<typeof DatasetSource>;

export const DatasetEvent = StatusEventInput.omit({ supersedes: true }).extend({ recorded: IsoDay });
export type DatasetEvent = z.infer<typeof DatasetEvent>;

export const DatasetCoverage = CoverageInput.extend({ recorded: IsoDay });
export type DatasetCoverage = z.infer<typeof DatasetCoverage>;

export const DatasetMission = Mission.extend({ recorded: IsoDay });
export type DatasetMission = z.infer<typeof DatasetMission>;

export const Dataset = z.object({
  sources: z.array(DatasetSource),
  missions: z.array(DatasetMission),
  events: z.array(DatasetEvent),
  coverage: z.array(DatasetCoverage),
});
export type Dataset = z.infer<typeof Dataset>;
