import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { CSV_COLUMNS, csvRow } from '../output/formats.js';
import { contractRecord, type StoredEvent } from '../store/queries.js';

/** Parquet column types; columns not listed are VARCHAR. Root counts and the record JSON follow the CSV columns. */
const TYPES: Record<string, 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN'> = {
  sentence_index: 'INTEGER', source_start: 'INTEGER', source_end: 'INTEGER', target_start: 'INTEGER', target_end: 'INTEGER',
  quad_class: 'INTEGER', goldstein: 'DOUBLE', location_lat: 'DOUBLE', location_lon: 'DOUBLE', location_geonameid: 'BIGINT',
  negated: 'BOOLEAN', verb_start: 'INTEGER', verb_end: 'INTEGER', pattern_line: 'INTEGER',
  mentions: 'INTEGER', sources: 'INTEGER', articles: 'INTEGER',
};

/** Parquet columns: the CSV columns, then root_id, mentions, sources, articles, record (the contract JSON). */
export const PARQUET_COLUMNS = [...CSV_COLUMNS, 'root_id', 'mentions', 'sources', 'articles', 'record'] as const;

/**
 * Writes events to a Parquet file (zstd) through DuckDB's Node API, which
 * ships its engine in the npm package (no network at run time). Rows are
 * appended to an in-memory table, then COPY'd to `out`. Typed columns
 * (TYPES); '' in the CSV row is NULL here. Returns the number of rows.
 */
export async function writeParquet(events: Iterable<StoredEvent>, out: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    await con.run(`CREATE TABLE events (${PARQUET_COLUMNS.map((c) => `"${c}" ${TYPES[c] ?? 'VARCHAR'}`).join(', ')})`);
    const app = await con.createAppender('events');
    let n = 0;
    for (const e of events) {
      const values = [...csvRow(e), e.root.id, e.root.mentions, e.root.sources, e.root.articles, JSON.stringify(contractRecord(e))];
      PARQUET_COLUMNS.forEach((c, i) => append(app, TYPES[c], values[i]!));
      app.endRow();
      n++;
    }
    app.closeSync();
    await con.run(`COPY events TO '${out.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    return n;
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

function append(app: DuckDBAppender, type: string | undefined, v: string | number | boolean): void {
  if (v === '' && type) return app.appendNull();
  if (type === 'INTEGER') return app.appendInteger(Number(v));
  if (type === 'BIGINT') return app.appendBigInt(BigInt(v));
  if (type === 'DOUBLE') return app.appendDouble(Number(v));
  if (type === 'BOOLEAN') return app.appendBoolean(v === true || v === 'true');
  app.appendVarchar(String(v));
}
