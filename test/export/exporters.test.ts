import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GDELT_COLUMNS, GDELT_EMPTY, gdeltHeader, gdeltLine } from '../../src/export/gdelt.js';
import { PARQUET_COLUMNS, writeParquet } from '../../src/export/parquet.js';
import { toPloverRecord } from '../../src/export/plover.js';
import { main } from '../../src/cli/main.js';
import { CSV_COLUMNS, toCsv } from '../../src/output/formats.js';
import { openStore } from '../../src/store/openStore.js';
import { codingId } from '../../src/store/provenance.js';
import { contractRecord, iterateEvents, type StoredEvent } from '../../src/store/queries.js';
import { StoryWriter } from '../../src/store/writeStories.js';
import { kidnapEvents } from '../store/records.js';

/** The hand-made kidnapping reports (test/store/records.ts) stored, the first two from one publisher. */
function kidnapStore() {
  const db = openStore(':memory:');
  const w = new StoryWriter(db, codingId(db, { dyad_version: 't', dictionary_set: 't', dictionary_hash: 't' }));
  w.write(kidnapEvents().map((e, i) => ({
    story: { id: e.story_id, date: e.story_date, text: e.evidence.sentence, source: i < 2 ? 'Wire A' : 'Wire B', url: `https://example.org/${i}` },
    origin: `wire:${i}`, events: [e], sentences: 1, signature: null,
  })));
  return db;
}

describe('GDELT 2.0 event TSV', () => {
  it('has GDELT\'s 61 columns in order, and fills a root event\'s counts, codes and action location', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(gdeltHeader().split('\t').slice(0, 5)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate']);
    const db = kidnapStore();
    const [guerrero] = [...iterateEvents(db, { unit: 'roots' })].filter((e) => e.target?.code === 'MEXEDU');
    const row = Object.fromEntries(gdeltLine(guerrero!, 'https://example.org/0').trimEnd().split('\t').map((v, i) => [GDELT_COLUMNS[i], v]));
    expect(row).toMatchObject({
      GLOBALEVENTID: String(parseInt(guerrero!.root.id.slice(0, 13), 16)),
      SQLDATE: '20250311', MonthYear: '202503', Year: '2025', FractionDate: '2025.1918', // 11 March 2025 is day 31 + 28 + 11 = 70: 2025 + 70/365
      Actor1Code: 'MEXUAF', Actor1Name: 'GUNMEN', Actor1CountryCode: 'MEX', Actor1Type1Code: 'UAF',
      Actor2Code: 'MEXEDU', Actor2Name: 'NINE TEACHERS', Actor2CountryCode: 'MEX', Actor2Type1Code: 'EDU',
      IsRootEvent: '1', EventCode: '181', EventBaseCode: '181', EventRootCode: '18', QuadClass: '4', GoldsteinScale: '-9',
      NumMentions: '3', NumSources: '2', NumArticles: '3',
      ActionGeo_Type: '5', ActionGeo_FullName: 'Guerrero, Guerrero, MEX', ActionGeo_CountryCode: 'MEX', ActionGeo_ADM1Code: 'Guerrero',
      ActionGeo_Lat: '17.5506', ActionGeo_Long: '-99.50578', ActionGeo_FeatureID: '3527213', SOURCEURL: 'https://example.org/0',
    });
    for (const c of GDELT_EMPTY) expect(row[c], c).toBe('');
  });
});

describe('PLOVER JSON', () => {
  it('writes actor, recipient, event, mode, context, location and offsets per the PLOVER manual', () => {
    const db = kidnapStore();
    const e = [...iterateEvents(db, { unit: 'mentions' })].find((x) => x.id === 'a0')!;
    expect(toPloverRecord(e, { url: 'https://example.org/0', source: 'Wire A' }, 'dyad test')).toEqual({
      id: 'a0', date: '2025-03-11',
      actor: [{ code: 'MEX', sector: 'UAF', entity_text: 'Gunmen', actor_code: 'MEXUAF' }],
      recipient: [{ code: 'MEX', sector: 'EDU', entity_text: 'nine teachers', actor_code: 'MEXEDU' }],
      event: [e.plover!.event], mode: e.plover!.mode ? [e.plover!.mode] : [], context: e.plover!.context,
      quad_code: 4, event_text: ['kidnapped'], text: e.evidence.sentence,
      text_info: { sequence: 0, start: 0, end: e.evidence.sentence.length },
      cite_info: { citation: 'wire-0', url: 'https://example.org/0', publication: 'Wire A' },
      coder: 'dyad test', codebook: 'CAMEO 1.1b3 mapped by CAMEO2PLOVER (2021)', has_event: true,
      cameo: { code: '181', goldstein: -9 }, date_precision: 'day', root_id: e.root.id, mentions: 3,
      event_loc: { resolved_place: 'Guerrero', lat: 17.5506, lon: -99.50578, country_code: 'MEX', province: 'Guerrero', geonameid: 3527213, resolution: 2 },
    });
    expect(e.plover!.event).toBe('ASSAULT');
  });

  it('has no record for CAMEO roots 01 and 02 (PLOVER dropped them)', () => {
    const e = { ...kidnapEvents()[0]!, plover: null, root: { id: 'r', mentions: 1, sources: 1, articles: 1 } } as StoredEvent;
    expect(toPloverRecord(e, null, 'dyad')).toBeNull();
  });
});

describe('Parquet', () => {
  it('reads back with the same rows, typed', async () => {
    const db = kidnapStore();
    const events = [...iterateEvents(db, { unit: 'mentions' })];
    const out = join(mkdtempSync(join(tmpdir(), 'dyad-pq-')), 'events.parquet');
    expect(await writeParquet(events, out)).toBe(4);
    const duck = await DuckDBInstance.create(':memory:');
    const con = await duck.connect();
    const reader = await con.runAndReadAll(`SELECT * FROM read_parquet('${out}') ORDER BY id`);
    const rows = reader.getRowObjectsJS();
    expect(reader.columnNames()).toEqual([...PARQUET_COLUMNS]);
    expect(rows.map((r) => [r.id, r.source_code, r.target_code, r.cameo_code, r.quad_class, r.goldstein, r.negated, r.location_geonameid, r.mentions])).toEqual([
      ['a0', 'MEXUAF', 'MEXEDU', '181', 4, -9, false, 3527213n, 3],
      ['a1', 'MEXUAF', 'MEXEDU', '181', 4, -9, false, 3527213n, 3],
      ['a2', 'MEXUAF', 'MEXEDU', '181', 4, -9, false, 3527213n, 3],
      ['a3', 'MEXUAF', 'MEXAGR', '181', 4, -9, false, 3995955n, 1],
    ]);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const r of rows) {
      const record = contractRecord(byId.get(String(r.id))!);
      expect(JSON.parse(String(r.record))).toEqual(record);
      expect(r.sentence).toBe(record.evidence.sentence);
    }
    expect(CSV_COLUMNS.every((c) => c in rows[0]!)).toBe(true);
    con.closeSync();
    duck.closeSync();
  });
});

describe('dyad export (command)', () => {
  it('writes the record contract as JSONL and the CSV of dyad code, every mention, filters applied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
    const dbPath = join(dir, 'store.sqlite');
    const db = openStore(dbPath);
    const w = new StoryWriter(db, codingId(db, { dyad_version: 't', dictionary_set: 't', dictionary_hash: 't' }));
    w.write(kidnapEvents().map((e) => ({ story: { id: e.story_id, date: e.story_date, text: e.evidence.sentence }, origin: e.story_id, events: [e], sentences: 1, signature: null })));
    db.close();
    const io = { stdout: '', stderr: '', stdoutIsTTY: false, stderrIsTTY: false, columns: 120, out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
    expect(await main(['node', 'dyad', 'export', '--db', dbPath, '--format', 'jsonl', '--out', join(dir, 'e.jsonl')], io)).toBe(0);
    expect(readFileSync(join(dir, 'e.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual(kidnapEvents());
    expect(io.stderr).toBe(`dyad: 4 event records exported as jsonl to ${join(dir, 'e.jsonl')}\n`);
    expect(await main(['node', 'dyad', 'export', '--db', dbPath, '--format', 'csv', '--actor', 'MEXAGR', '--out', join(dir, 'e.csv')], io)).toBe(0);
    expect(readFileSync(join(dir, 'e.csv'), 'utf8')).toBe(toCsv([kidnapEvents()[3]!], true));
  });
});
