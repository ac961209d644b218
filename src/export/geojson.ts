import type { NetworkEntry } from '../registry/network.ts';

/** A network as a GeoJSON FeatureCollection (RFC 7946: coordinates are [lon, lat]). */
export function networkToGeoJson(entries: readonly NetworkEntry[], meta: { asOf: string; knownOn: string }) {
  return {
    type: 'FeatureCollection' as const,
    asOf: meta.asOf,
    knownOn: meta.knownOn,
    features: entries.map(({ lat, lon, ...props }) => ({
      type: 'Feature' as const,
      id: props.id,
      // A mission with unknown coordinates stays in the collection with a null geometry (RFC 7946 §3.2).
      geometry: lat === null || lon === null ? null : { type: 'Point' as const, coordinates: [lon, lat] },
      properties: props,
    })),
  };
}
