import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootId, rootKey } from '../../src/analysis/rootEvents.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { openStore, StoreError } from '../../src/store/openStore.js';
import { storedCodings } from '../../src/store/provenance.js';
import { actor, event } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-mig-'));

describe('store migrations', () => {
  it('upgrades a version-1 file in place, keeping and back-filling its rows', () => {
    const path = join(dir, 'v1.sqlite');
    const v1 = openStore(path, { targetVersion: 1 });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    const text = 'Russia criticised the United States on Monday.';
    const e = event({
      id: 'e1', story: 's1', storyDate: '2019-01-02', date: '2018-12-31', source: actor('RUS', 'Russia', 0),
      target: actor('USAGOV', 'the United States', 21), code: '111', sentence: text, verb: 'criticised',
    });
    v1.prepare('INSERT INTO stories (story_key, id, date, source, text, sentences) VALUES (?, ?, ?, ?, ?, ?)').run('s1', 's1', '2019-01-02', 'Wire', text, 1);
    v1.prepare(`INSERT INTO events (id, story_key, sentence_index, date, source_code, target_code, cameo_code, quad_class, goldstein, record)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run('e1', 's1', 0, e.date, 'RUS', 'USAGOV', '111', 3, -2, JSON.stringify(e));
    v1.close();

    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT story_key, text FROM stories').all()).toEqual([{ story_key: 's1', text }]);
    expect(db.prepare('SELECT story_date, date_start, source_country, target_country, cameo_root, plover_event, negated, root_id, is_first FROM events').get()).toEqual({
      story_date: '2019-01-02', date_start: '2018-12-31', source_country: 'RUS', target_country: 'USA', cameo_root: '11',
      plover_event: e.plover!.event, negated: 0, root_id: rootId(rootKey(e)), is_first: 1,
    });
    expect(db.prepare('SELECT role, code, country, sectors, text, start, end FROM actor_mentions ORDER BY role').all()).toEqual([
      { role: 'source', code: 'RUS', country: 'RUS', sectors: '', text: 'Russia', start: 0, end: 6 },
      { role: 'target', code: 'USAGOV', country: 'USA', sectors: 'GOV', text: 'the United States', start: 21, end: 38 },
    ]);
    expect(db.prepare("SELECT story_key FROM stories WHERE rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH 'criticised')").all()).toEqual([{ story_key: 's1' }]);
    expect(db.prepare('SELECT id, mentions, sources, articles, first_event_id FROM root_events').all()).toEqual([
      { id: rootId(rootKey(e)), mentions: 1, sources: 1, articles: 1, first_event_id: 'e1' },
    ]);
    db.close();
  });

  it("upgrades a version-4 file's codings: the built-in set with profile dyad, no user files; stories keep their coding", () => {
    const path = join(dir, 'v4.sqlite');
    const v4 = openStore(path, { targetVersion: 4 });
    v4.prepare("INSERT INTO codings (id, dyad_version, dictionary_set, dictionary_hash) VALUES (7, '0.0.9', 'builtin', 'abc')").run();
    v4.prepare("INSERT INTO stories (story_key, id, date, text, sentences, coding_id) VALUES ('s1', 's1', '2019-01-02', 'Iran met Russia.', 1, 7)").run();
    v4.prepare("INSERT INTO stories (story_key, id, date, text, sentences) VALUES ('s0', 's0', '2019-01-01', 'Russia met Iran.', 1)").run();
    v4.close();
    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT * FROM codings').all()).toEqual([{ id: 7, dyad_version: '0.0.9', dictionary_set: 'builtin', dictionary_hash: 'abc', profile: 'dyad', builtin: 1 }]);
    expect(db.prepare('SELECT count(*) FROM coding_dictionaries').pluck().get()).toBe(0);
    expect(storedCodings(db)).toEqual([
      { id: 0, coding: null, stories: 1, profile: 'dyad', builtin: true, dictionaries: [] },
      { id: 7, coding: { dyad_version: '0.0.9', dictionary_set: 'builtin', dictionary_hash: 'abc', profile: 'dyad', builtin: true, dictionaries: [] }, stories: 1, profile: 'dyad', builtin: true, dictionaries: [] },
    ]);
    db.close();
  });

  it('refuses a file from a newer dyad and a file that is not SQLite, in one line', () => {
    const path = join(dir, 'future.sqlite');
    const db = openStore(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(new StoreError(`${path}: made by a newer dyad (schema version ${SCHEMA_VERSION + 1}; this dyad knows up to ${SCHEMA_VERSION})`));
    expect(() => openStore(join(dir, 'missing.sqlite'), { readonly: true })).toThrow(/no such store/);
  });
});
