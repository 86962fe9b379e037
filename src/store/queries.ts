import type { EventRecord, Story } from '../model/types.js';
import type { Db } from './openStore.js';

/** A query the user got wrong (bad FTS5 syntax, bad cursor): one line. */
export class QueryError extends Error {}

/**
 * Filters over stored events; every field is optional and they combine with
 * AND. Actor values of three capital letters are countries (ISO alpha-3 or
 * an IGO prefix, matched on `country`); longer values are full CAMEO actor
 * codes matched exactly ("IRNMIL").
 */
export interface EventFilter {
  /** An actor or country on either side. */
  actor?: string;
  /** Source and target; both directions unless `directed`. */
  dyad?: [string, string];
  directed?: boolean;
  /** A CAMEO code with its sub-codes ("19", "190", "0874"); a two-digit value is a root. */
  code?: string;
  /** QuadClasses 1–4 (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
  quadClass?: number[];
  /** Inclusive range on the event date's first day, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** FTS5 query over story titles and texts ("naval AND Caspian", "\"joint exercise\""). */
  text?: string;
  /** 'roots' (default): one row per root event (an incident counted once); 'mentions': every event record. */
  unit?: 'roots' | 'mentions';
}

/** A stored event with the counts of its root event. */
export interface StoredEvent extends EventRecord {
  root: { id: string; mentions: number; sources: number; articles: number };
}

/** One page of events and the cursor of the next page (null at the end). */
export interface EventPage {
  events: StoredEvent[];
  next: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** SQL WHERE clause (over `events e`) and parameters for a filter. Values are always bound, never spliced. */
export function whereClause(f: EventFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if ((f.unit ?? 'roots') === 'roots') parts.push('e.is_first = 1');
  if (f.actor) {
    const col = isCountry(f.actor) ? 'country' : 'code';
    parts.push(`(e.source_${col} = ? OR e.target_${col} = ?)`);
    params.push(f.actor, f.actor);
  }
  if (f.dyad) {
    const [a, b] = f.dyad;
    const side = (p: 'source' | 'target', v: string) => `e.${p}_${isCountry(v) ? 'country' : 'code'} = ?`;
    const forward = `(${side('source', a)} AND ${side('target', b)})`;
    if (f.directed) {
      parts.push(forward);
      params.push(a, b);
    } else {
      parts.push(`(${forward} OR (${side('source', b)} AND ${side('target', a)}))`);
      params.push(a, b, b, a);
    }
  }
  if (f.code) {
    if (f.code.length === 2) {
      parts.push('e.cameo_root = ?');
      params.push(f.code);
    } else {
      parts.push('(e.cameo_code = ? OR (length(e.cameo_code) > ? AND substr(e.cameo_code, 1, ?) = ?))');
      params.push(f.code, f.code.length, f.code.length, f.code);
    }
  }
  if (f.quadClass?.length) {
    parts.push(`e.quad_class IN (${f.quadClass.map(() => '?').join(', ')})`);
    params.push(...f.quadClass);
  }
  if (f.from) {
    parts.push('e.date_start >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('e.date_start <= ?');
    params.push(f.to);
  }
  if (f.text) {
    parts.push('e.story_key IN (SELECT s.story_key FROM stories s WHERE s.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?))');
    params.push(f.text);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

function isCountry(v: string): boolean {
  return /^[A-Z]{3}$/.test(v);
}

/** Checks a filter's values; returns the problem in words, or null. */
export function filterProblem(f: EventFilter): string | null {
  for (const [k, v] of [['from', f.from], ['to', f.to]] as const) if (v !== undefined && !ISO_DAY.test(v)) return `--${k}: expected YYYY-MM-DD (found "${v}")`;
  if (f.code !== undefined && !/^\d{2,4}$/.test(f.code)) return `--code: expected a CAMEO code or root of 2–4 digits (found "${f.code}")`;
  for (const q of f.quadClass ?? []) if (![1, 2, 3, 4].includes(q)) return `--quad-class: expected 1, 2, 3 or 4 (found "${q}")`;
  return null;
}

const SELECT_EVENTS = `SELECT e.record, e.date_start, e.id, e.story_key, e.sentence_index, r.id AS root_id, r.mentions, r.sources, r.articles
  FROM events e JOIN root_events r ON r.id = e.root_id`;

interface Row { record: string; date_start: string; id: string; story_key: string; sentence_index: number; root_id: string; mentions: number; sources: number; articles: number }

/** The event record as the contract has it: a StoredEvent without the store's `root` extension. */
export function contractRecord(e: StoredEvent): EventRecord {
  const record: Partial<StoredEvent> = { ...e };
  delete record.root;
  return record as EventRecord;
}

function toStored(row: Row): StoredEvent {
  const e = JSON.parse(row.record) as StoredEvent;
  e.root = { id: row.root_id, mentions: row.mentions, sources: row.sources, articles: row.articles };
  return e;
}

/**
 * A page of events matching `filter`, ordered by event date then id
 * (`order` 'desc' reverses both). `limit` rows at most (default 100, max
 * 10,000); `cursor` is the `next` of the previous page (keyset pagination:
 * stable while rows are added).
 */
export function queryEvents(db: Db, filter: EventFilter, page: { limit?: number; cursor?: string | null; order?: 'asc' | 'desc' } = {}): EventPage {
  const limit = Math.min(Math.max(1, page.limit ?? 100), 10_000);
  const desc = page.order === 'desc';
  const { sql, params } = whereClause(filter);
  let keyset = '';
  if (page.cursor) {
    const [d, id] = decodeCursor(page.cursor);
    keyset = ` AND (e.date_start, e.id) ${desc ? '<' : '>'} (?, ?)`;
    params.push(d, id);
  }
  const dir = desc ? 'DESC' : 'ASC';
  const rows = run(() => db.prepare(`${SELECT_EVENTS} WHERE ${sql}${keyset} ORDER BY e.date_start ${dir}, e.id ${dir} LIMIT ?`).all(...params, limit + 1) as Row[]);
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { events: kept.map(toStored), next: more && last ? encodeCursor(last.date_start, last.id) : null };
}

/**
 * Every event matching `filter`, in (story, sentence, id) order, read a page
 * of `pageSize` rows at a time (keyset), so exports of any size use flat
 * memory and the connection is free for other statements between rows.
 */
export function* iterateEvents(db: Db, filter: EventFilter, pageSize = 2000): Generator<StoredEvent> {
  const { sql, params } = whereClause(filter);
  const first = run(() => db.prepare(`${SELECT_EVENTS} WHERE ${sql} ORDER BY e.story_key, e.sentence_index, e.id LIMIT ?`));
  const next = run(() => db.prepare(`${SELECT_EVENTS} WHERE ${sql} AND (e.story_key, e.sentence_index, e.id) > (?, ?, ?) ORDER BY e.story_key, e.sentence_index, e.id LIMIT ?`));
  let rows = first.all(...params, pageSize) as Row[];
  while (rows.length) {
    for (const row of rows) yield toStored(row);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    rows = next.all(...params, last.story_key, last.sentence_index, last.id, pageSize) as Row[];
  }
}

/** Counts of events matching `filter`. */
export function countEvents(db: Db, filter: EventFilter): number {
  const { sql, params } = whereClause(filter);
  return run(() => (db.prepare(`SELECT count(*) AS n FROM events e WHERE ${sql}`).get(...params) as { n: number }).n);
}

function encodeCursor(date: string, id: string): string {
  return Buffer.from(JSON.stringify([date, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch { /* fall through */ }
  throw new QueryError(`cursor: not a cursor from a previous page (found "${cursor.slice(0, 40)}")`);
}

/** Runs a query, turning FTS5 syntax errors into QueryError. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    const msg = (err as Error).message;
    if (/fts5|MATCH/i.test(msg)) throw new QueryError(`--text: not a valid full-text query (${msg})`);
    throw err;
  }
}

/** One period of a dyad series. */
export interface SeriesPoint {
  /** Month "YYYY-MM", or the Monday starting the ISO week "YYYY-MM-DD". */
  period: string;
  events: number;
  /** Events per QuadClass: [verbal coop, material coop, verbal conflict, material conflict]. */
  quad: [number, number, number, number];
  /** Sum and mean of the Goldstein values (−10 … +10) of the period's events. */
  goldstein_sum: number;
  goldstein_mean: number;
}

/**
 * The events between two actors or countries per week or month, by QuadClass,
 * with Goldstein sum and mean. Counts root events (each incident once) unless
 * `unit` is 'mentions'. Both directions unless `directed`. Month- and
 * year-precision dates count on their first day. Served by a covering index:
 * one range scan per direction.
 */
export function dyadSeries(db: Db, a: string, b: string, opts: { interval?: 'week' | 'month'; from?: string; to?: string; directed?: boolean; unit?: 'roots' | 'mentions' } = {}): SeriesPoint[] {
  const period = opts.interval === 'week' ? "date(e.date_start, 'weekday 0', '-6 days')" : 'substr(e.date_start, 1, 7)';
  const first = (opts.unit ?? 'roots') === 'roots' ? ' AND e.is_first = 1' : '';
  const range = `${opts.from ? ' AND e.date_start >= ?' : ''}${opts.to ? ' AND e.date_start <= ?' : ''}`;
  const rangeParams = [opts.from, opts.to].filter((x): x is string => !!x);
  const side = (p: 'source' | 'target', v: string) => `e.${p}_${isCountry(v) ? 'country' : 'code'} = ?`;
  const one = `SELECT ${period} AS period, e.quad_class AS q, e.goldstein AS g FROM events e WHERE ${side('source', a)} AND ${side('target', b)}${first}${range}`;
  const two = `SELECT ${period} AS period, e.quad_class AS q, e.goldstein AS g FROM events e WHERE ${side('source', b)} AND ${side('target', a)}${first}${range}`;
  const both = !opts.directed && a !== b;
  const sql = `SELECT period, q, count(*) AS n, sum(g) AS g FROM (${one}${both ? ` UNION ALL ${two}` : ''}) GROUP BY period, q ORDER BY period, q`;
  const params = [a, b, ...rangeParams, ...(both ? [b, a, ...rangeParams] : [])];
  const points = new Map<string, SeriesPoint>();
  for (const r of db.prepare(sql).all(...params) as { period: string; q: number; n: number; g: number }[]) {
    let p = points.get(r.period);
    if (!p) points.set(r.period, (p = { period: r.period, events: 0, quad: [0, 0, 0, 0], goldstein_sum: 0, goldstein_mean: 0 }));
    p.events += r.n;
    p.quad[r.q - 1] = r.n;
    p.goldstein_sum += r.g;
  }
  for (const p of points.values()) {
    p.goldstein_sum = Math.round(p.goldstein_sum * 100) / 100;
    p.goldstein_mean = Math.round((p.goldstein_sum / p.events) * 100) / 100;
  }
  return [...points.values()];
}

/** An actor network: nodes with event counts, directed weighted edges. */
export interface Network {
  nodes: { id: string; events: number }[];
  edges: { source: string; target: string; events: number; goldstein_sum: number; goldstein_mean: number; quad: [number, number, number, number] }[];
}

/**
 * Who acts on whom: directed edges source → target weighted by root events
 * (or mentions), at the level of countries ('country', default) or full actor
 * codes ('actor'), for an optional date range; the `limit` heaviest edges
 * (default 500). Events without a target or with an unknown country are left out.
 */
export function network(db: Db, opts: { from?: string; to?: string; level?: 'country' | 'actor'; unit?: 'roots' | 'mentions'; limit?: number } = {}): Network {
  const col = opts.level === 'actor' ? 'code' : 'country';
  const { sql, params } = whereClause({ from: opts.from, to: opts.to, unit: opts.unit });
  const rows = db.prepare(`SELECT e.source_${col} AS s, e.target_${col} AS t, e.quad_class AS q, count(*) AS n, sum(e.goldstein) AS g
    FROM events e WHERE ${sql} AND e.source_${col} IS NOT NULL AND e.target_${col} IS NOT NULL AND e.source_${col} != e.target_${col}
    GROUP BY s, t, q`).all(...params) as { s: string; t: string; q: number; n: number; g: number }[];
  const edges = new Map<string, Network['edges'][number]>();
  for (const r of rows) {
    const k = `${r.s}\u0000${r.t}`;
    let e = edges.get(k);
    if (!e) edges.set(k, (e = { source: r.s, target: r.t, events: 0, goldstein_sum: 0, goldstein_mean: 0, quad: [0, 0, 0, 0] }));
    e.events += r.n;
    e.quad[r.q - 1] = (e.quad[r.q - 1] ?? 0) + r.n;
    e.goldstein_sum += r.g;
  }
  const top = [...edges.values()]
    .sort((x, y) => y.events - x.events || (x.source + x.target).localeCompare(y.source + y.target))
    .slice(0, opts.limit ?? 500);
  const nodes = new Map<string, number>();
  for (const e of top) {
    e.goldstein_sum = Math.round(e.goldstein_sum * 100) / 100;
    e.goldstein_mean = Math.round((e.goldstein_sum / e.events) * 100) / 100;
    nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
    nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
  }
  return { nodes: [...nodes].map(([id, events]) => ({ id, events })).sort((x, y) => y.events - x.events || x.id.localeCompare(y.id)), edges: top };
}

/** A stored story with its events (every mention, in sentence order) and its near-duplicate link. */
export interface StoredStory {
  story: Story;
  origin: string | null;
  duplicate_of: string | null;
  similarity: number | null;
  coding: StoryCoding | null;
  events: StoredEvent[];
}

/** The coding that made a stored story's events: dyad version, dictionary set and hash, profile, and the user's files (kind, base name, SHA-256 of the bytes). */
export interface StoryCoding {
  dyad_version: string;
  dictionary_set: string;
  dictionary_hash: string;
  profile: string;
  /** Whether the built-in dictionaries were merged under the user's files. */
  builtin: boolean;
  /** The user's PETRARCH/TABARI files in command-line order (none for the built-in set). */
  dictionaries: { kind: string; name: string; sha256: string }[];
}

/** A story by id (its store key), or null. */
export function getStory(db: Db, id: string): StoredStory | null {
  const s = db.prepare(`SELECT s.*, c.dyad_version, c.dictionary_set, c.dictionary_hash, c.profile, c.builtin FROM stories s LEFT JOIN codings c ON c.id = s.coding_id WHERE s.story_key = ?`).get(id) as Record<string, string | number | null> | undefined;
  if (!s) return null;
  const story: Story = { id: String(s.id), date: String(s.date), text: String(s.text) };
  for (const k of ['source', 'url', 'title'] as const) if (s[k]) story[k] = String(s[k]);
  const events = (db.prepare(`${SELECT_EVENTS} WHERE e.story_key = ? ORDER BY e.sentence_index, e.id`).all(id) as Row[]).map(toStored);
  return {
    story, origin: (s.origin as string | null) ?? null, duplicate_of: (s.duplicate_of as string | null) ?? null, similarity: (s.similarity as number | null) ?? null,
    coding: s.dyad_version ? {
      dyad_version: String(s.dyad_version), dictionary_set: String(s.dictionary_set), dictionary_hash: String(s.dictionary_hash), profile: String(s.profile), builtin: s.builtin === 1,
      dictionaries: db.prepare('SELECT kind, name, sha256 FROM coding_dictionaries WHERE coding_id = ? ORDER BY position').all(s.coding_id) as StoryCoding['dictionaries'],
    } : null,
    events,
  };
}

/** Totals for a summary line: stories, near-duplicate stories, event mentions, root events. */
export function storeTotals(db: Db): { stories: number; duplicates: number; mentions: number; roots: number } {
  return db.prepare(`SELECT (SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM stories WHERE duplicate_of IS NOT NULL) AS duplicates,
    (SELECT count(*) FROM events) AS mentions, (SELECT count(*) FROM root_events) AS roots`).get() as { stories: number; duplicates: number; mentions: number; roots: number };
}
