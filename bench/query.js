// npm run bench:query — builds a store with 1,000,000 synthetic events
// (contract-shaped records over 60 countries, 2010–2019, Zipf-like actor
// frequencies, each event its own root), then times the monthly series of a
// dyad (IRN–RUS, both directions) and prints the time. Target: < 200 ms.
// Runs without ../shared.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../dist/store/openStore.js';
import { dyadSeries, queryEvents } from '../dist/store/queries.js';
import { describe, toPlover } from '../dist/ontology/cameo.js';

const N = Number(process.env.EVENTS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-query-'));
const path = join(dir, 'synthetic.sqlite');
const db = openStore(path);

const COUNTRIES = ['USA', 'RUS', 'CHN', 'IRN', 'GBR', 'FRA', 'DEU', 'ISR', 'SYR', 'TUR', 'IND', 'PAK', 'AFG', 'IRQ', 'SAU', 'UKR', 'JPN', 'KOR', 'PRK', 'EGY',
  'NGA', 'ZAF', 'BRA', 'MEX', 'CAN', 'AUS', 'ITA', 'ESP', 'POL', 'LBY', 'YEM', 'LBN', 'JOR', 'QAT', 'ARE', 'VEN', 'COL', 'CUB', 'ETH', 'KEN',
  'SOM', 'SDN', 'MLI', 'NER', 'TCD', 'IDN', 'PHL', 'THA', 'VNM', 'MMR', 'BGD', 'LKA', 'NPL', 'KAZ', 'UZB', 'AZE', 'ARM', 'GEO', 'BLR', 'SRB'];
const SECTORS = ['', 'GOV', 'MIL', 'COP', 'OPP', 'REB', 'BUS', 'MED'];
const CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '071', '111', '112', '120', '130', '138', '163', '172', '173', '180', '181', '190', '193', '195'].map((c) => describe(c));
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const zipf = (n) => Math.min(n - 1, Math.floor(n * rand() ** 2.2));
const pad = (n) => String(n).padStart(2, '0');

const t0 = performance.now();
db.pragma('foreign_keys = OFF'); // bulk load: stories and events are consistent by construction
const story = db.prepare('INSERT INTO stories (story_key, id, date, source, text, sentences, content_hash, origin, coding_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?, NULL)');
const event = db.prepare(`INSERT INTO events (id, story_key, sentence_index, story_date, date, date_precision, date_start, source_code, source_country, target_code, target_country,
  cameo_code, cameo_root, quad_class, goldstein, plover_event, negated, location_key, root_id, is_first, record) VALUES (?, ?, 0, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, 1, ?)`);
const root = db.prepare(`INSERT INTO root_events (id, date, source_code, target_code, cameo_code, location_key, mentions, sources, articles, first_event_id) VALUES (?, ?, ?, ?, ?, '', 1, 1, 1, ?)`);
const STORIES = Math.ceil(N / 10);
const load = db.transaction((from, to) => {
  for (let i = from; i < to; i++) {
    const sk = `syn-${Math.floor(i / 10)}`;
    const y = 2010 + Math.floor(rand() * 10);
    const date = `${y}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    if (i % 10 === 0) story.run(sk, sk, date, 'Synthetic Wire', `Synthetic story ${i / 10}.`, sk, `synthetic:${i / 10}`);
    const sc = COUNTRIES[zipf(COUNTRIES.length)];
    let tc = COUNTRIES[zipf(COUNTRIES.length)];
    if (tc === sc) tc = COUNTRIES[(COUNTRIES.indexOf(sc) + 1) % COUNTRIES.length];
    const scode = sc + SECTORS[Math.floor(rand() * SECTORS.length)];
    const tcode = tc + SECTORS[Math.floor(rand() * SECTORS.length)];
    const c = CODES[Math.floor(rand() * CODES.length)];
    const id = `e${i.toString(16).padStart(8, '0')}`;
    const record = {
      id, story_id: sk, sentence_index: 0, story_date: date, date, date_precision: 'day',
      source: { code: scode, country: sc, sectors: scode.length > 3 ? [scode.slice(3)] : [], text: sc, span: [0, 3] },
      target: { code: tcode, country: tc, sectors: tcode.length > 3 ? [tcode.slice(3)] : [], text: tc, span: [10, 13] },
      cameo: c, plover: toPlover(c.code), location: null, attribution: null, negated: false,
      evidence: { sentence: `${sc} ${c.name.toLowerCase()} ${tc}.`, sentence_span: [0, 20], verb: { text: 'x', span: [4, 5] }, pattern: { dictionary: 'synthetic', line: 1, text: 'x' } },
    };
    event.run(id, sk, date, date, date, scode, sc, tcode, tc, c.code, c.root, c.quad_class, c.goldstein, record.plover?.event ?? null, id, JSON.stringify(record));
    root.run(id, date, scode, tcode, c.code, id);
  }
});
for (let from = 0; from < N; from += 50_000) load(from, Math.min(N, from + 50_000));
db.pragma('foreign_keys = ON');
db.exec('ANALYZE');
db.pragma('wal_checkpoint(TRUNCATE)');
const loadSeconds = (performance.now() - t0) / 1000;
const size = statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
console.log(`built ${N.toLocaleString('en')} synthetic events in ${STORIES.toLocaleString('en')} stories in ${loadSeconds.toFixed(1)} s; store ${(size / 2 ** 20).toFixed(0)} MiB`);

const time = (label, f, runs = 11) => {
  const times = [];
  let result;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    result = f();
    times.push(performance.now() - t);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  console.log(`${label}: first ${first.toFixed(1)} ms, median ${times[Math.floor(runs / 2)].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms`);
  return { result, median: times[Math.floor(runs / 2)], max: times[runs - 1] };
};
const monthly = time('dyad series IRN–RUS by month (both directions)', () => dyadSeries(db, 'IRN', 'RUS', { interval: 'month' }));
const events = monthly.result.reduce((n, p) => n + p.events, 0);
console.log(`  → ${monthly.result.length} months, ${events.toLocaleString('en')} events; first month ${JSON.stringify(monthly.result[0])}`);
time('dyad series USA–CHN by week (both directions)', () => dyadSeries(db, 'USA', 'CHN', { interval: 'week' }));
time('dyad series IRNMIL→RUSGOV by month (codes, directed)', () => dyadSeries(db, 'IRNMIL', 'RUSGOV', { directed: true }));
time('first page of 100 events, actor IRN, QuadClass 4, 2015', () => queryEvents(db, { actor: 'IRN', quadClass: [4], from: '2015-01-01', to: '2015-12-31' }, { limit: 100 }));
console.log(monthly.max < 200 ? `target met: monthly dyad series in ${monthly.max.toFixed(1)} ms (max of 11) < 200 ms` : `TARGET MISSED: ${monthly.max.toFixed(1)} ms ≥ 200 ms`);
db.close();
rmSync(dir, { recursive: true, force: true });
