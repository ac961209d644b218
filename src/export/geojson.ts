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
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: props,
    })),
  };
}
