/** Bundles `entry` (a TypeScript module) into the ES module `outfile`, packages left external. */
export function bundle(entry: string, outfile: string): Promise<void>;
/** Builds dist/chancery.mjs and its manifest dist/chancery.json. */
export function buildCli(): Promise<void>;
