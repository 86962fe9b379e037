import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { bandKeys, NEAR_DUPLICATE, signatureFromBytes, signatureToBytes, similarity } from '../analysis/minhash.js';
import { locationKey, rootId, rootKey } from '../analysis/rootEvents.js';
import type { EventRecord, Story } from '../model/types.js';
import type { Db } from './openStore.js';

/** A coded story ready to store. */
export interface CodedInput {
  story: Story;
  /** Where it was read from, "file:line" (or "file" for one-story files). */
  origin: string;
  events: EventRecord[];
  /** Sentences in the story. */
  sentences: number;
  /** MinHash signature of the text (analysis/minhash.ts), or null to skip near-duplicate linking. */
  signature: Uint32Array | null;
}

/** What one `write` call stored. */
export interface WriteResult {
  /** Stories added (a story already stored is left as it is and not counted). */
  stories: number;
  events: number;
  /** Stories linked as near-duplicates of a stored story. */
  duplicates: number;
}

/** SHA-1 (hex) of a story's text, stored as `content_hash`. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Writes coded stories. Each `write` call is one transaction: the stories,
 * their events, actor mentions, locations, full-text rows, MinHash bands and
 * the root events they touch go in together or not at all, so a crash (kill
 * -9 included) never leaves half a story, and a rerun adds exactly what is
 * missing. A story whose key is stored already is skipped: nothing stored is
 * ever overwritten by `write` (see `replaceEvents` for --recode).
 */
export class StoryWriter {
  private readonly st: Record<string, Statement>;

  constructor(private readonly db: Db, private readonly codingId: number) {
    this.st = {
      has: db.prepare('SELECT 1 FROM stories WHERE story_key = ?'),
      story: db.prepare(`INSERT OR IGNORE INTO stories (story_key, id, date, source, url, title, text, sentences, content_hash, origin, coding_id, minhash, duplicate_of, similarity)
        VALUES (@key, @id, @date, @source, @url, @title, @text, @sentences, @hash, @origin, @coding, @minhash, @duplicate_of, @similarity)`),
      fts: db.prepare('INSERT INTO stories_fts (rowid, title, text) VALUES (?, ?, ?)'),
      band: db.prepare('INSERT OR IGNORE INTO story_bands (band, key, story_key) VALUES (?, ?, ?)'),
      candidates: db.prepare('SELECT b.story_key, s.minhash, s.duplicate_of FROM story_bands b JOIN stories s ON s.story_key = b.story_key WHERE b.band = ? AND b.key = ?'),
      event: db.prepare(`INSERT OR IGNORE INTO events (id, story_key, sentence_index, story_date, date, date_precision, date_start, source_code, source_country,
          target_code, target_country, cameo_code, cameo_root, quad_class, goldstein, plover_event, negated, location_key, root_id, record)
        VALUES (@id, @story_key, @sentence_index, @story_date, @date, @date_precision, @date_start, @source_code, @source_country,
          @target_code, @target_country, @cameo_code, @cameo_root, @quad_class, @goldstein, @plover_event, @negated, @location_key, @root_id, @record)`),
      actor: db.prepare('INSERT INTO actor_mentions (event_id, role, code, country, sectors, text, start, end, name, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      location: db.prepare('INSERT INTO locations (event_id, name, country, admin1, lat, lon, geonameid, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      root: db.prepare(`INSERT OR IGNORE INTO root_events (id, date, source_code, target_code, cameo_code, location_key, mentions, sources, articles, first_event_id)
        VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, '')`),
      refresh: db.prepare(`UPDATE root_events SET
          mentions = (SELECT count(*) FROM events e WHERE e.root_id = @id),
          sources = (SELECT count(DISTINCT coalesce('source:' || nullif(s.source, ''), 'story:' || s.story_key))
                     FROM events e JOIN stories s ON s.story_key = e.story_key WHERE e.root_id = @id),
          articles = (SELECT count(DISTINCT coalesce(s.duplicate_of, s.story_key))
                      FROM events e JOIN stories s ON s.story_key = e.story_key WHERE e.root_id = @id),
          first_event_id = coalesce((SELECT e.id FROM events e WHERE e.root_id = @id ORDER BY e.story_date, e.id LIMIT 1), '')
        WHERE id = @id`),
      dropEmptyRoot: db.prepare('DELETE FROM root_events WHERE id = ? AND mentions = 0'),
      first: db.prepare('UPDATE events SET is_first = (id = (SELECT first_event_id FROM root_events WHERE id = @id)) WHERE root_id = @id'),
      oldRoots: db.prepare('SELECT DISTINCT root_id FROM events WHERE story_key = ?'),
      deleteEvents: db.prepare('DELETE FROM events WHERE story_key = ?'),
      recoded: db.prepare('UPDATE stories SET sentences = ?, coding_id = ? WHERE story_key = ?'),
    };
  }

  /** True when a story with this key is stored. */
  has(key: string): boolean {
    return this.st.has!.get(key) !== undefined;
  }

  /** Stores `batch` in one transaction; stories already stored are skipped. */
  write(batch: CodedInput[]): WriteResult {
    return this.db.transaction(() => {
      const result: WriteResult = { stories: 0, events: 0, duplicates: 0 };
      for (const item of batch) {
        const added = this.addStory(item);
        if (!added) continue;
        result.stories++;
        if (added.duplicate) result.duplicates++;
        result.events += this.addEvents(item.story.id, item.events);
      }
      return result;
    })();
  }

  /**
   * Replaces a stored story's events with a new coding (`dyad ingest
   * --recode`), in one transaction, and refreshes every root event that lost
   * or gained a mention. The story text is kept as it was; the story is
   * marked as coded by `coding` (a codings id; default the writer's own).
   * Returns the events stored.
   */
  replaceEvents(key: string, events: EventRecord[], sentences: number, coding = this.codingId): number {
    return this.db.transaction(() => {
      const old = (this.st.oldRoots!.all(key) as { root_id: string }[]).map((r) => r.root_id);
      this.st.deleteEvents!.run(key);
      const n = this.addEvents(key, events, old);
      this.st.recoded!.run(sentences, coding, key);
      return n;
    })();
  }

  private addStory(item: CodedInput): { duplicate: boolean } | null {
    const { story } = item;
    const near = item.signature ? this.nearest(item.signature) : null;
    const info = this.st.story!.run({
      key: story.id, id: story.id, date: story.date, source: story.source ?? null, url: story.url ?? null, title: story.title ?? null,
      text: story.text, sentences: item.sentences, hash: contentHash(story.text), origin: item.origin, coding: this.codingId,
      minhash: item.signature ? signatureToBytes(item.signature) : null,
      duplicate_of: near?.key ?? null, similarity: near?.similarity ?? null,
    });
    if (info.changes === 0) return null;
    this.st.fts!.run(info.lastInsertRowid, story.title ?? '', story.text);
    if (item.signature) bandKeys(item.signature).forEach((k, band) => this.st.band!.run(band, k, story.id));
    return { duplicate: near !== null };
  }

  /**
   * The stored story most similar to `sig` at or above NEAR_DUPLICATE
   * (ties: smallest key), as the head of its cluster: if that story is itself
   * a copy, the story it copies.
   */
  private nearest(sig: Uint32Array): { key: string; similarity: number } | null {
    const seen = new Set<string>();
    let best: { key: string; similarity: number } | null = null;
    bandKeys(sig).forEach((k, band) => {
      for (const row of this.st.candidates!.all(band, k) as { story_key: string; minhash: Buffer; duplicate_of: string | null }[]) {
        if (seen.has(row.story_key)) continue;
        seen.add(row.story_key);
        const sim = similarity(sig, signatureFromBytes(row.minhash));
        if (sim < NEAR_DUPLICATE) continue;
        const head = row.duplicate_of ?? row.story_key;
        if (!best || sim > best.similarity || (sim === best.similarity && head < best.key)) best = { key: head, similarity: sim };
      }
    });
    return best;
  }

  private addEvents(key: string, events: EventRecord[], alsoRefresh: string[] = []): number {
    const roots = new Set(alsoRefresh);
    let n = 0;
    for (const e of events) {
      const rkey = rootKey(e);
      const rid = rootId(rkey);
      const info = this.st.event!.run({
        id: e.id, story_key: key, sentence_index: e.sentence_index, story_date: e.story_date, date: e.date, date_precision: e.date_precision,
        date_start: dateStart(e.date), source_code: e.source.code, source_country: e.source.country, target_code: e.target?.code ?? null,
        target_country: e.target?.country ?? null, cameo_code: e.cameo.code, cameo_root: e.cameo.root, quad_class: e.cameo.quad_class,
        goldstein: e.cameo.goldstein, plover_event: e.plover?.event ?? null, negated: e.negated ? 1 : 0, location_key: locationKey(e.location),
        root_id: rid, record: JSON.stringify(e),
      });
      if (info.changes === 0) continue;
      n++;
      for (const role of ['source', 'target'] as const) {
        const a = e[role];
        if (a) this.st.actor!.run(e.id, role, a.code, a.country, a.sectors.join(';'), a.text, a.span[0], a.span[1], a.name ?? null, a.rule ?? null);
      }
      const l = e.location;
      if (l) this.st.location!.run(e.id, l.name, l.country, l.admin1 ?? null, l.lat, l.lon, l.geonameid ?? null, l.precision);
      this.st.root!.run(rid, e.date, e.source.code, e.target?.code ?? null, e.cameo.code, locationKey(e.location));
      roots.add(rid);
    }
    for (const id of [...roots].sort()) {
      this.st.refresh!.run({ id });
      this.st.dropEmptyRoot!.run(id);
      this.st.first!.run({ id });
    }
    return n;
  }
}

/** First day of an event date: "2015-01" → "2015-01-01", "2015" → "2015-01-01". */
export function dateStart(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date.slice(0, 4)}-01-01`;
}
