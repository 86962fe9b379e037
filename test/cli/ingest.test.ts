import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingestRunner.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { openStore } from '../../src/store/openStore.js';
import { storeTotals } from '../../src/store/queries.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', stdoutIsTTY: false, stderrIsTTY: false, columns: 120, out: (s: string) => { io.stdout += s; }, err: (s: string) => { io.stderr += s; } };
  return io;
}

const jsonl = file('stories.jsonl', [
  '{"id": "s1", "date": "2019-01-07", "source": "Wire", "text": "Iran met Russia in Tehran on Monday."}',
  '{"id": "s2", "date": "2019-01-08", "text": "Russia criticised the United States."}',
  '{"id": "s3", "date": "not a date", "text": "x"}',
  '{"id": "s1", "date": "2019-01-07", "text": "the same id again"}',
].join('\n'));
const csv = file('stories.csv', 'id,date,text\nc1,2019-02-01,"China met Japan."\n');

describe('dyad ingest', () => {
  it('stores every good story once, lists bad records with file:line in the rejects file, and adds nothing on a rerun', async () => {
    const db = join(dir, 'a.sqlite');
    const first = await runIngest({ db, paths: [jsonl, csv], workers: 0 });
    expect(first).toMatchObject({ read: 4, added: 3, alreadyStored: 1, rejected: 1, rejectsFile: join(dir, 'a.rejects.txt') });
    expect(readFileSync(join(dir, 'a.rejects.txt'), 'utf8')).toBe(`${jsonl}:3: field "date": expected a date YYYY-MM-DD (found "not a date")\n`);
    const store = openStore(db, { readonly: true });
    const before = storeTotals(store);
    expect(store.prepare('SELECT story_key, origin FROM stories ORDER BY rowid').all()).toEqual([
      { story_key: 's1', origin: `${jsonl}:1` }, { story_key: 's2', origin: `${jsonl}:2` }, { story_key: 'c1', origin: `${csv}:2` },
    ]);
    store.close();
    const again = await runIngest({ db, paths: [jsonl, csv], workers: 0 });
    expect(again).toMatchObject({ added: 0, alreadyStored: 4, rejected: 1 });
    const after = openStore(db, { readonly: true });
    expect(storeTotals(after)).toEqual(before);
    expect(after.prepare('SELECT count(*) FROM runs WHERE finished_at IS NOT NULL').pluck().get()).toBe(2);
    after.close();
  });

  it('counts a repeated id as already stored even while the first copy waits in an unwritten batch', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: i === 24 ? 's0' : `s${i}`, date: '2019-01-01', text: `Story number ${i}.` }));
    const input = file('repeats.jsonl', lines.join('\n'));
    const s = await runIngest({ db: join(dir, 'rep.sqlite'), paths: [input], workers: 0, batch: 1000 });
    expect(s).toMatchObject({ read: 30, added: 29, alreadyStored: 1, rejected: 0 });
  });

  it('re-codes stored stories coded with other dictionaries, and only those', async () => {
    const db = join(dir, 'r.sqlite');
    await runIngest({ db, paths: [jsonl], workers: 0 });
    const store = openStore(db);
    store.prepare("UPDATE stories SET coding_id = NULL WHERE story_key = 's2'").run();
    store.close();
    expect(await runIngest({ db, paths: [], workers: 0 })).toMatchObject({ stale: 1 });
    expect(await runIngest({ db, paths: [], recode: true, workers: 0 })).toMatchObject({ recoded: 1, added: 0, stale: 0 });
    expect(await runIngest({ db, paths: [], recode: true, workers: 0 })).toMatchObject({ recoded: 0 });
  });

  it('prints a summary and exits 1 when records were rejected; bad options and bad stores are one line, exit 2', async () => {
    const io = capture();
    expect(await main(['node', 'dyad', 'ingest', '--db', join(dir, 'c.sqlite'), '--workers', '0', jsonl], io)).toBe(1);
    expect(io.stdout).toMatch(/^2 stories added \(\d+ events, 0 near-duplicates linked\), 1 already stored, 1 rejected\n/);
    expect(io.stdout).toContain(`rejected records are listed in ${join(dir, 'c.rejects.txt')}`);
    const bad = capture();
    expect(await main(['node', 'dyad', 'ingest', '--db', join(dir, 'c.sqlite'), '--workers', 'many', jsonl], bad)).toBe(2);
    expect(bad.stderr).toBe('dyad: --workers: expected a whole number 0–256 (found "many")\n');
    const notDb = file('not-a-db.sqlite', 'hello, I am text, not SQLite at all, and long enough to have a header........................');
    const io3 = capture();
    expect(await main(['node', 'dyad', 'ingest', '--db', notDb, '--workers', '0', jsonl], io3)).toBe(2);
    expect(io3.stderr).toMatch(new RegExp(`^dyad: ${notDb}: (cannot open as|not) a dyad store \\(file is not a database\\)\\n$`));
  });
});

describe('dyad query and dyad export', () => {
  it('query: a bad filter is one line; an empty result says so', async () => {
    const db = join(dir, 'q.sqlite');
    await runIngest({ db, paths: [csv], workers: 0 });
    const io = capture();
    expect(await main(['node', 'dyad', 'query', '--db', db, '--from', '2019/01/01'], io)).toBe(2);
    expect(io.stderr).toBe('dyad: --from: expected YYYY-MM-DD (found "2019/01/01")\n');
    const io2 = capture();
    expect(await main(['node', 'dyad', 'query', '--db', db, '--format', 'table', '--dyad', 'IRN-RUS'], io2)).toBe(0);
    expect(io2.stdout).toBe('no events\n0 of 0 events (each incident once)\n');
    const io3 = capture();
    expect(await main(['node', 'dyad', 'query', '--db', join(dir, 'none.sqlite')], io3)).toBe(2);
    expect(io3.stderr).toMatch(/no such store/);
    const io4 = capture();
    expect(await main(['node', 'dyad', 'query', '--db', db, '--text', 'AND ('], io4)).toBe(2);
    expect(io4.stderr).toMatch(/^dyad: --text: not a valid full-text query/);
  });

  it('export: refuses Parquet to stdout and an unknown format, in one line', async () => {
    const db = join(dir, 'q.sqlite');
    const io = capture();
    expect(await main(['node', 'dyad', 'export', '--db', db, '--format', 'parquet'], io)).toBe(2);
    expect(io.stderr).toBe('dyad: --out FILE is needed for Parquet (a binary file, not for a terminal)\n');
    const io2 = capture();
    expect(await main(['node', 'dyad', 'export', '--db', db, '--format', 'xls'], io2)).toBe(2);
    expect(io2.stderr).toBe('dyad: --format: expected one of jsonl, csv, gdelt, plover, parquet (found "xls")\n');
    const io3 = capture();
    expect(await main(['node', 'dyad', 'export', '--db', db, '--format', 'gdelt'], io3)).toBe(0);
    expect(io3.stdout.split('\n')[0]!.split('\t')).toHaveLength(61);
  });
});
