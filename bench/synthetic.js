// A store of N synthetic events for the serve benchmark (and for looking at
// the dashboard over a big corpus): contract-shaped records over 60
// countries, 2010–2019, Zipf-like actor frequencies, each event its own
// root; every second event located at its target country's centroid
// (world-countries latlng, precision "country"). Deterministic (seeded).
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { openStore } from '../dist/store/openStore.js';
import { describe, toPlover } from '../dist/ontology/cameo.js';

export const COUNTRIES = ['USA', 'RUS', 'CHN', 'IRN', 'GBR', 'FRA', 'DEU', 'ISR', 'SYR', 'TUR', 'IND', 'PAK', 'AFG', 'IRQ', 'SAU', 'UKR', 'JPN', 'KOR', 'PRK', 'EGY',
  'NGA', 'ZAF', 'BRA', 'MEX', 'CAN', 'AUS', 'ITA', 'ESP', 'POL', 'LBY', 'YEM', 'LBN', 'JOR', 'QAT', 'ARE', 'VEN', 'COL', 'CUB', 'ETH', 'KEN',
  'SOM', 'SDN', 'MLI', 'NER', 'TCD', 'IDN', 'PHL', 'THA', 'VNM', 'MMR', 'BGD', 'LKA', 'NPL', 'KAZ', 'UZB', 'AZE', 'ARM', 'GEO', 'BLR', 'SRB'];
const SECTORS = ['', 'GOV', 'MIL', 'COP', 'OPP', 'REB', 'BUS', 'MED'];
const CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '071', '111', '112', '120', '130', '138', '163', '172', '173', '180', '181', '190', '193', '195'];

/**
 * Writes `n` synthetic events (in n/10 stories) into a new store at `path`
 * and returns {seconds, bytes}. Bulk load: one transaction per 50,000 events.
 */
export function buildSyntheticStore(path, n) {
  const world = createRequire(import.meta.url)('world-countries');
  const centre = new Map(world.map((c) => [c.cca3, { name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] }]));
  const codes = CODES.map((c) => describe(c));
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const zipf = (k) => Math.min(k - 1, Math.floor(k * rand() ** 2.2));
  const pad = (x) => String(x).padStart(2, '0');
  const t0 = performance.now();
  const db = openStore(path);
  db.pragma('foreign_keys = OFF'); // stories and events are consistent by construction
  const story = db.prepare('INSERT INTO stories (story_key, id, date, source, text, sentences, content_hash, origin, coding_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?, NULL)');
  const event = db.prepare(`INSERT INTO events (id, story_key, sentence_index, story_date, date, date_precision, date_start, source_code, source_country, target_code, target_country,
    cameo_code, cameo_root, quad_class, goldstein, plover_event, negated, location_key, root_id, is_first, record) VALUES (?, ?, 0, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?)`);
  const root = db.prepare(`INSERT INTO root_events (id, date, source_code, target_code, cameo_code, location_key, mentions, sources, articles, first_event_id) VALUES (?, ?, ?, ?, ?, ?, 1, 1, 1, ?)`);
  const load = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const sk = `syn-${Math.floor(i / 10)}`;
      const date = `${2010 + Math.floor(rand() * 10)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
      const sc = COUNTRIES[zipf(COUNTRIES.length)];
      let tc = COUNTRIES[zipf(COUNTRIES.length)];
      if (tc === sc) tc = COUNTRIES[(COUNTRIES.indexOf(sc) + 1) % COUNTRIES.length];
      const scode = sc + SECTORS[Math.floor(rand() * SECTORS.length)];
      const tcode = tc + SECTORS[Math.floor(rand() * SECTORS.length)];
      const c = codes[Math.floor(rand() * codes.length)];
      const where = i % 2 === 0 ? centre.get(tc) : null;
      const location = where ? { name: where.name, country: tc, lat: where.lat, lon: where.lon, precision: 'country' } : null;
      const sentence = `${sc} ${c.name.toLowerCase()} ${tc}.`;
      if (i % 10 === 0) story.run(sk, sk, date, 'Synthetic Wire', sentence, sk, `synthetic:${i / 10}`);
      const id = `e${i.toString(16).padStart(8, '0')}`;
      const verbEnd = 4 + c.name.length;
      const record = {
        id, story_id: sk, sentence_index: 0, story_date: date, date, date_precision: 'day',
        source: { code: scode, country: sc, sectors: scode.length > 3 ? [scode.slice(3)] : [], text: sc, span: [0, 3] },
        target: { code: tcode, country: tc, sectors: tcode.length > 3 ? [tcode.slice(3)] : [], text: tc, span: [verbEnd + 1, verbEnd + 4] },
        cameo: c, plover: toPlover(c.code), location, attribution: null, negated: false,
        evidence: { sentence, sentence_span: [0, sentence.length], verb: { text: sentence.slice(4, verbEnd), span: [4, verbEnd] }, pattern: { dictionary: 'synthetic', line: 1, text: c.name } },
      };
      const lk = location ? `country:${tc}` : '';
      event.run(id, sk, date, date, date, scode, sc, tcode, tc, c.code, c.root, c.quad_class, c.goldstein, record.plover?.event ?? null, lk, id, JSON.stringify(record));
      root.run(id, date, scode, tcode, c.code, lk, id);
    }
  });
  for (let from = 0; from < n; from += 50_000) load(from, Math.min(n, from + 50_000));
  db.exec("INSERT INTO stories_fts(stories_fts) VALUES ('rebuild')");
  db.pragma('foreign_keys = ON');
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { seconds: (performance.now() - t0) / 1000, bytes: statSync(path).size };
}
