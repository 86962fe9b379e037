import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoNumeric from 'virtual:iso-numeric';
import world from 'world-atlas/countries-110m.json';
import type { ApiEvent } from './api.js';
import { QUAD } from './colors.js';
import { escapeHtml } from './highlight.js';

const SVG = 'http://www.w3.org/2000/svg';
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;

/** One place on the map: its events, the dominant QuadClass colouring the dot. */
interface Place { name: string; lat: number; lon: number; events: ApiEvent[] }

/**
 * A world map (Natural Earth 1:110m from world-atlas, shipped in the bundle;
 * d3-geo Natural Earth projection) with the dyad's two countries shaded and
 * a dot per event location, area by event count, colour by the most
 * frequent QuadClass. Events without a location (null until geocoding fills
 * it) are counted in the note under the map, not drawn. Clicking a dot calls
 * `onEvent` with the place's latest event.
 */
export class MapView {
  constructor(private el: HTMLElement, private note: HTMLElement, private onEvent: (e: ApiEvent) => void) {}

  show(events: ApiEvent[], a: string, b: string, more: boolean): void {
    const width = this.el.clientWidth || 600;
    const height = Math.round(width * 0.5);
    const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    const path = geoPath(projection);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'world map of event locations');
    const add = (tag: string, attrs: Record<string, string>, parent: Element = svg) => {
      const node = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      parent.appendChild(node);
      return node;
    };
    add('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' });
    add('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' });
    const ids = new Map([[isoNumeric[a], 'side-a'], [isoNumeric[b], 'side-b']]);
    for (const c of countries as Feature<Geometry, { name: string }>[]) {
      const cls = ids.get(String(c.id)) ?? '';
      const p = add('path', { d: path(c) ?? '', class: `country ${cls}` });
      add('title', {}, p).textContent = c.properties.name;
    }
    const places = new Map<string, Place>();
    let unlocated = 0;
    for (const e of events) {
      const l = e.location;
      if (!l || !Number.isFinite(l.lat) || !Number.isFinite(l.lon)) { unlocated++; continue; }
      const key = `${l.lat.toFixed(2)},${l.lon.toFixed(2)}`;
      let place = places.get(key);
      if (!place) places.set(key, (place = { name: l.name, lat: l.lat, lon: l.lon, events: [] }));
      place.events.push(e);
    }
    const heaviest = Math.max(1, ...[...places.values()].map((p) => p.events.length));
    for (const place of [...places.values()].sort((x, y) => y.events.length - x.events.length)) {
      const xy = projection([place.lon, place.lat]);
      if (!xy) continue;
      const counts = [0, 0, 0, 0];
      for (const e of place.events) counts[e.cameo.quad_class - 1]!++;
      const q = counts.indexOf(Math.max(...counts));
      const dot = add('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 9 * Math.sqrt(place.events.length / heaviest)).toFixed(1), fill: QUAD[q]!.color, class: 'place' });
      add('title', {}, dot).textContent = `${place.name}: ${place.events.length} event${place.events.length === 1 ? '' : 's'}`;
      dot.addEventListener('click', () => this.onEvent(place.events[place.events.length - 1]!));
    }
    this.el.replaceChildren(svg);
    this.el.dataset.places = String(places.size);
    const located = events.length - unlocated;
    this.note.innerHTML = events.length === 0
      ? 'No events for this selection.'
      : `${located} of ${events.length}${more ? '+' : ''} events located at ${places.size} place${places.size === 1 ? '' : 's'}` +
        (unlocated ? `; <strong>${unlocated}</strong> without a location yet (not drawn)` : '') +
        (a || b ? `. Shaded: ${[a && `<span class="key side-a">${escapeHtml(a)}</span>`, b && `<span class="key side-b">${escapeHtml(b)}</span>`].filter(Boolean).join(' ')}` : '');
  }
}
