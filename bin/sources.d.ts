/** A digest of the sources under `root`/src: each TypeScript and JSON file's path and bytes (tests left out). */
export function sourcesDigest(root: string): string;
/** Whether the build described by `manifest` was made from the sources under `root` as they are now. */
export function buildIsFresh(root: string, manifest: string): boolean;
