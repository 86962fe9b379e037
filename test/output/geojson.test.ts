import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCommand } from '../../src/cli/codeCommand.js';
import type { Io } from '../../src/cli/io.js';
import { GeoJsonWriter, toGeoJson } from '../../src/output/geojson.js';
import { codeGeo } from '../geo/helpers.js';

const TEXT = "Russia's deputy chief of staff met Iran's navy chief in Tehran on Tuesday. Iran criticised Israel.";

describe('geojson output', () => {
  it('writes a FeatureCollection of the events with a location, [lon, lat] points, no duplicated coordinates', () => {
    const events = codeGeo(TEXT, '2018-12-27');
    expect(events.map((e) => e.location?.name ?? null)).toEqual(['Tehran', null]);
    const fc = JSON.parse(toGeoJson(events));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(1);
    const [f] = fc.features;
    expect(f.type).toBe('Feature');
    expect(f.id).toBe(events[0]!.id);
    // GeoNames 112931 Tehran: 35.69439 N, 51.42151 E
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [51.42151, 35.69439] });
    expect(f.properties.location).toEqual({ name: 'Tehran', country: 'IRN', admin1: 'Tehran Province', geonameid: 112931, precision: 'city' });
    expect(f.properties.cameo.code).toBe('040');
    expect(f.properties.source.code).toBe(events[0]!.source.code);
  });

  it('streams valid JSON for no, one and several stories, counting the events left out', () => {
    const w = new GeoJsonWriter();
    expect(JSON.parse(w.open() + w.close())).toEqual({ type: 'FeatureCollection', features: [] });
    const events = codeGeo(TEXT, '2018-12-27');
    const s = new GeoJsonWriter();
    const out = s.open() + s.features(events) + s.features([]) + s.features(events) + s.close();
    expect(JSON.parse(out).features).toHaveLength(2);
    expect(s.skipped).toBe(2);
  });

  it('is a format of dyad code, and a bad --format names the choices', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-geojson-'));
    const file = join(dir, 'story.txt');
    writeFileSync(file, TEXT);
    let out = '';
    let err = '';
    const io: Io = { out: (s) => { out += s; }, err: (s) => { err += s; }, stdoutIsTTY: false, stderrIsTTY: false, columns: 100 };
    expect(await codeCommand([file], { date: '2018-12-27', format: 'geojson' }, io)).toBe(0);
    expect(JSON.parse(out).type).toBe('FeatureCollection');
    await expect(codeCommand([file], { date: '2018-12-27', format: 'kml' }, io)).rejects.toThrow('--format: expected one of table, jsonl, csv, geojson (found "kml")');
    void err;
  });
});
