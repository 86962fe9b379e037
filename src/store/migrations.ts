import type { Database } from 'better-sqlite3';
import { locationKey, rootId, rootKey } from '../analysis/rootEvents.js';
import type { EventRecord } from '../model/types.js';

/**
 * Schema migrations. The file's `PRAGMA user_version` is the number of
 * migrations applied; `migrate` runs the missing ones in order, each in its
 * own transaction, so an old store is upgraded in place and a crash during an
 * upgrade leaves the file at the last complete version. Never edit a shipped
 * migration: add a new one.
 */
export interface Migration {
  version: number;
  description: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'stories and events (record JSON with the main columns)',
    up: (db) => db.exec(`
      CREATE TABLE stories (
        story_key TEXT PRIMARY KEY,         -- story id, or "sha1:" + content hash when the input had none
        id TEXT NOT NULL,
        date TEXT NOT NULL,                 -- publication date YYYY-MM-DD
        source TEXT, url TEXT, title TEXT,
        text TEXT NOT NULL,
        sentences INTEGER NOT NULL
      );
      CREATE TABLE events (
        id TEXT PRIMARY KEY,                -- EventRecord.id
        story_key TEXT NOT NULL REFERENCES stories(story_key) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        date TEXT NOT NULL,
        source_code TEXT NOT NULL,
        target_code TEXT,
        cameo_code TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        record TEXT NOT NULL                -- the event record (JSON), the contract of DESIGN.md
      );
      CREATE INDEX events_story ON events(story_key);
    `),
  },
  {
    version: 2,
    description: 'provenance, queryable event columns, actor mentions, locations, full-text search',
    up: (db) => {
      db.exec(`
        CREATE TABLE codings (
          id INTEGER PRIMARY KEY,
          dyad_version TEXT NOT NULL,
          dictionary_set TEXT NOT NULL,     -- e.g. "builtin"
          dictionary_hash TEXT NOT NULL,    -- SHA-256 of the dictionary files and dyad version
          UNIQUE (dyad_version, dictionary_set, dictionary_hash)
        );
        CREATE TABLE runs (                 -- a log of ingest runs; wall-clock times live only here
          id INTEGER PRIMARY KEY,
          command TEXT NOT NULL,
          coding_id INTEGER REFERENCES codings(id),
          started_at TEXT NOT NULL,
          finished_at TEXT,
          stories_added INTEGER, events_added INTEGER, rejected INTEGER
        );
        ALTER TABLE stories ADD COLUMN content_hash TEXT;
        ALTER TABLE stories ADD COLUMN origin TEXT;               -- "file:line" the story was read from
        ALTER TABLE stories ADD COLUMN coding_id INTEGER REFERENCES codings(id);
        ALTER TABLE events ADD COLUMN story_date TEXT;
        ALTER TABLE events ADD COLUMN date_precision TEXT;
        ALTER TABLE events ADD COLUMN date_start TEXT;           -- first day of date (YYYY-MM-DD), for ranges and series
        ALTER TABLE events ADD COLUMN source_country TEXT;
        ALTER TABLE events ADD COLUMN target_country TEXT;
        ALTER TABLE events ADD COLUMN cameo_root TEXT;
        ALTER TABLE events ADD COLUMN plover_event TEXT;
        ALTER TABLE events ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE actor_mentions (
          event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK (role IN ('source', 'target')),
          code TEXT NOT NULL, country TEXT, sectors TEXT NOT NULL,  -- sectors joined with ';'
          text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
          name TEXT, rule TEXT,
          PRIMARY KEY (event_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX actor_mentions_code ON actor_mentions(code);
        CREATE TABLE locations (
          event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
          name TEXT NOT NULL, country TEXT, admin1 TEXT,
          lat REAL, lon REAL, geonameid INTEGER, precision TEXT
        ) WITHOUT ROWID;
        CREATE INDEX locations_country ON locations(country);
        CREATE VIRTUAL TABLE stories_fts USING fts5(title, text, content='stories', content_rowid='rowid');
      `);
      backfillV2(db);
      db.exec(`
        CREATE INDEX events_country_dyad ON events(source_country, target_country, date_start);
        CREATE INDEX events_code_dyad ON events(source_code, target_code, date_start);
        CREATE INDEX events_target_country ON events(target_country, date_start);
        CREATE INDEX events_target_code ON events(target_code, date_start);
        CREATE INDEX events_cameo ON events(cameo_code);
        CREATE INDEX events_date ON events(date_start);
        INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
      `);
    },
  },
  {
    version: 3,
    description: 'near-duplicate stories (MinHash bands) and root events (dedup across stories)',
    up: (db) => {
      db.exec(`
        ALTER TABLE stories ADD COLUMN minhash BLOB;            -- MinHash signature, 128 × uint32 LE
        ALTER TABLE stories ADD COLUMN duplicate_of TEXT;       -- story_key of the story this one nearly copies
        ALTER TABLE stories ADD COLUMN similarity REAL;         -- estimated Jaccard with duplicate_of
        CREATE TABLE story_bands (
          band INTEGER NOT NULL, key INTEGER NOT NULL,
          story_key TEXT NOT NULL REFERENCES stories(story_key) ON DELETE CASCADE,
          PRIMARY KEY (band, key, story_key)
        ) WITHOUT ROWID;
        CREATE INDEX story_bands_story ON story_bands(story_key);
        CREATE TABLE root_events (
          id TEXT PRIMARY KEY,                -- rootId(rootKey): hash of date, source, target, code, location
          date TEXT NOT NULL, source_code TEXT NOT NULL, target_code TEXT, cameo_code TEXT NOT NULL,
          location_key TEXT NOT NULL,
          mentions INTEGER NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL,
          first_event_id TEXT NOT NULL        -- the representative mention
        ) WITHOUT ROWID;
        ALTER TABLE events ADD COLUMN root_id TEXT;
        ALTER TABLE events ADD COLUMN location_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN is_first INTEGER NOT NULL DEFAULT 0;   -- 1 for the root's representative mention
        CREATE INDEX events_root ON events(root_id);
      `);
      const update = db.prepare('UPDATE events SET root_id = ?, location_key = ? WHERE id = ?');
      const rows = db.prepare('SELECT id, record FROM events').all() as { id: string; record: string }[];
      for (const row of rows) {
        const e = JSON.parse(row.record) as EventRecord;
        update.run(rootId(rootKey(e)), locationKey(e.location), row.id);
      }
      db.exec(`INSERT INTO root_events (id, date, source_code, target_code, cameo_code, location_key, mentions, sources, articles, first_event_id)
        SELECT root_id, date, source_code, target_code, cameo_code, location_key, 0, 0, 0, '' FROM events GROUP BY root_id`);
      db.exec(REFRESH_ALL_ROOTS_V3);
      // Covering indexes for dyad series: one index range scan, no table look-ups.
      db.exec(`
        DROP INDEX events_country_dyad;
        DROP INDEX events_code_dyad;
        CREATE INDEX events_country_dyad ON events(source_country, target_country, is_first, date_start, quad_class, goldstein);
        CREATE INDEX events_code_dyad ON events(source_code, target_code, is_first, date_start, quad_class, goldstein);
      `);
    },
  },
  {
    version: 4,
    description: 'indexes for actor filters: each side read by date (measured on 1 M events, ~450 → ~170 ms a page)',
    up: (db) => db.exec(`
      CREATE INDEX events_source_country_date ON events(source_country, date_start, quad_class, is_first);
      CREATE INDEX events_target_country_date ON events(target_country, date_start, quad_class, is_first);
    `),
  },
  {
    version: 5,
    description: "each coding's profile and dictionaries: the user's PETRARCH/TABARI files by name and SHA-256",
    // Codings recorded before this version were all the built-in set with dyad's profile: the defaults say so.
    up: (db) => db.exec(`
      ALTER TABLE codings ADD COLUMN profile TEXT NOT NULL DEFAULT 'dyad';  -- --profile of the run (src/profileNames.ts)
      ALTER TABLE codings ADD COLUMN builtin INTEGER NOT NULL DEFAULT 1;    -- 1: built-in dictionaries merged under the files; 0: --no-builtin
      CREATE TABLE coding_dictionaries (                                    -- the user's files of a coding, in command-line order
        coding_id INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,                                          -- 0-based order on the command line
        kind TEXT NOT NULL CHECK (kind IN ('actors', 'agents', 'verbs', 'discards', 'issues')),
        path TEXT NOT NULL,                                                 -- absolute path where the file was last read
        name TEXT NOT NULL,                                                 -- base name, as evidence names the file
        sha256 TEXT NOT NULL,                                               -- SHA-256 (hex) of the file's bytes
        PRIMARY KEY (coding_id, position)
      ) WITHOUT ROWID;
    `),
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Fills the version-2 columns of existing rows from the event JSON. */
function backfillV2(db: Database): void {
  db.exec(`
    UPDATE events SET
      story_date = json_extract(record, '$.story_date'),
      date_precision = json_extract(record, '$.date_precision'),
      date_start = substr(date || '-01-01', 1, 10),
      source_country = json_extract(record, '$.source.country'),
      target_country = json_extract(record, '$.target.country'),
      cameo_root = json_extract(record, '$.cameo.root'),
      plover_event = json_extract(record, '$.plover.event'),
      negated = coalesce(json_extract(record, '$.negated'), 0);
    INSERT INTO actor_mentions (event_id, role, code, country, sectors, text, start, end, name, rule)
      SELECT e.id, r.role, json_extract(e.record, '$.' || r.role || '.code'), json_extract(e.record, '$.' || r.role || '.country'),
             coalesce((SELECT group_concat(value, ';') FROM json_each(e.record, '$.' || r.role || '.sectors')), ''),
             json_extract(e.record, '$.' || r.role || '.text'),
             json_extract(e.record, '$.' || r.role || '.span[0]'), json_extract(e.record, '$.' || r.role || '.span[1]'),
             json_extract(e.record, '$.' || r.role || '.name'), json_extract(e.record, '$.' || r.role || '.rule')
      FROM events e, (SELECT 'source' AS role UNION ALL SELECT 'target') r
      WHERE json_type(e.record, '$.' || r.role) = 'object';
    INSERT INTO locations (event_id, name, country, admin1, lat, lon, geonameid, precision)
      SELECT id, json_extract(record, '$.location.name'), json_extract(record, '$.location.country'), json_extract(record, '$.location.admin1'),
             json_extract(record, '$.location.lat'), json_extract(record, '$.location.lon'), json_extract(record, '$.location.geonameid'),
             json_extract(record, '$.location.precision')
      FROM events WHERE json_type(record, '$.location') = 'object';
  `);
}

/** Counts and representative mention of every root event, as of schema version 3 (frozen). */
const REFRESH_ALL_ROOTS_V3 = `
  UPDATE root_events SET
    mentions = (SELECT count(*) FROM events e WHERE e.root_id = root_events.id),
    sources = (SELECT count(DISTINCT coalesce('source:' || nullif(s.source, ''), 'story:' || s.story_key))
               FROM events e JOIN stories s ON s.story_key = e.story_key WHERE e.root_id = root_events.id),
    articles = (SELECT count(DISTINCT coalesce(s.duplicate_of, s.story_key))
                FROM events e JOIN stories s ON s.story_key = e.story_key WHERE e.root_id = root_events.id),
    first_event_id = (SELECT e.id FROM events e WHERE e.root_id = root_events.id ORDER BY e.story_date, e.id LIMIT 1);
  UPDATE events SET is_first = (id = (SELECT first_event_id FROM root_events r WHERE r.id = events.root_id));
`;
