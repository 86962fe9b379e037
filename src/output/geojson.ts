import type { EventRecord } from '../model/types.js';

/** A GeoJSON Feature (RFC 7946) for one event: a Point at the event location. */
export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  /** The event record; its `location` without `lat`/`lon`, which are the geometry. */
  properties: Omit<EventRecord, 'location'> & { location: Omit<NonNullable<EventRecord['location']>, 'lat' | 'lon'> };
}

/**
 * The Feature of an event with a location, or null when it has none.
 * Coordinates are [longitude, latitude] in WGS84 degrees, as RFC 7946 orders them.
 */
export function toFeature(e: EventRecord): EventFeature | null {
  if (!e.location) return null;
  const { lat, lon, ...place } = e.location;
  return { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { ...e, location: place } };
}

/**
 * Writes a FeatureCollection piece by piece, so a large corpus streams:
 * `open()`, then `features(events)` per story, then `close()`. Events without
 * a location are left out and counted in `skipped`.
 */
export class GeoJsonWriter {
  private written = 0;
  /** Events left out because they have no location. */
  skipped = 0;

  open(): string {
    return '{"type":"FeatureCollection","features":[\n';
  }

  /** The features of `events`, one a line, comma-separated from those already written. */
  features(events: EventRecord[]): string {
    let out = '';
    for (const e of events) {
      const f = toFeature(e);
      if (!f) { this.skipped++; continue; }
      out += `${this.written++ ? ',\n' : ''}${JSON.stringify(f)}`;
    }
    return out;
  }

  close(): string {
    return `${this.written ? '\n' : ''}]}\n`;
  }
}

/** A whole FeatureCollection of the events that have a location. */
export function toGeoJson(events: EventRecord[]): string {
  const w = new GeoJsonWriter();
  return w.open() + w.features(events) + w.close();
}
