// A digest of everything a dyad store holds that must be deterministic: every
// table's rows in primary-key order (the run log with its clock times is left
// out), and the full-text index's integrity. Two stores with equal digests
// hold the same stories, events, mentions, links and counts.
import { createHash } from 'node:crypto';
import { Buffer } from 'node:buffer';
import Database from 'better-sqlite3';

const TABLES = {
  codings: 'id',
  coding_dictionaries: 'coding_id, position',
  stories: 'story_key',
  events: 'id',
  actor_mentions: 'event_id, role',
  locations: 'event_id',
  story_bands: 'band, key, story_key',
  root_events: 'id',
};

/** { table: { rows, sha256 } } for a store file; `fts` says whether FTS5's integrity-check passed. */
export function storeDigest(path) {
  const db = new Database(path, { readonly: true });
  const out = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const h = createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate()) {
      h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
      h.update('\n');
      rows++;
    }
    out[table] = { rows, sha256: h.digest('hex').slice(0, 16) };
  }
  const fts = db.prepare("SELECT count(*) AS n FROM stories_fts WHERE stories_fts MATCH 'government'").get().n;
  out.stories_fts = { rows: fts, sha256: '(MATCH "government")' };
  db.close();
  return out;
}
