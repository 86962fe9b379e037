import { createWriteStream, type WriteStream } from 'node:fs';
import { gdeltHeader, gdeltLine } from '../export/gdelt.js';
import { writeParquet } from '../export/parquet.js';
import { toPloverRecord } from '../export/plover.js';
import { CSV_COLUMNS, toCsv } from '../output/formats.js';
import type { Db } from '../store/openStore.js';
import { DYAD_VERSION } from '../store/provenance.js';
import { contractRecord, iterateEvents, QueryError, type StoredEvent } from '../store/queries.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { openStoreForReading } from './openStoreForReading.js';
import { toFilter, type FilterOptions } from './filterOptions.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'parquet'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of `dyad export`. */
export interface ExportCommandOptions extends FilterOptions {
  db: string;
  format?: string;
  out?: string;
}

/**
 * `dyad export --db F --format jsonl|csv|gdelt|plover|parquet --out FILE`:
 * writes stored events. JSONL is the record contract, CSV the columns of
 * `dyad code --format csv`, GDELT a 2.0-style event TSV (one row per root
 * event, with NumMentions/NumSources/NumArticles), PLOVER one JSON record a
 * line, Parquet the CSV columns typed plus root counts and the record JSON.
 * Every mention by default; GDELT counts roots (`--unit` overrides).
 * `--out -` (or none) writes to stdout, except for Parquet.
 */
export async function exportCommand(opts: ExportCommandOptions, io: Io): Promise<number> {
  const format = (opts.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UserError(`--format: expected one of ${EXPORT_FORMATS.join(', ')} (found "${opts.format}")`);
  const filter = toFilter(opts, format === 'gdelt' ? 'roots' : 'mentions');
  const toStdout = !opts.out || opts.out === '-';
  if (format === 'parquet' && toStdout) throw new UserError('--out FILE is needed for Parquet (a binary file, not for a terminal)');
  const db = openStoreForReading(opts.db);
  try {
    const events = iterateEvents(db, filter);
    let n: number;
    if (format === 'parquet') {
      n = await writeParquet(events, opts.out!);
    } else {
      const file = toStdout ? null : createWriteStream(opts.out!);
      const write = file ? (s: string) => writeTo(file, s) : async (s: string) => io.out(s);
      n = await writeText(db, format, events, write);
      if (file) await new Promise<void>((done, fail) => { file.on('error', fail); file.end(done); });
    }
    io.err(`dyad: ${n} ${filter.unit === 'roots' ? 'root events' : 'event records'} exported as ${format}${toStdout ? '' : ` to ${opts.out}`}\n`);
    return 0;
  } catch (err) {
    if (err instanceof QueryError) throw new UserError(err.message);
    if ((err as NodeJS.ErrnoException).code && (err as NodeJS.ErrnoException).syscall) throw new UserError(`--out ${opts.out}: cannot write (${(err as Error).message})`);
    throw err;
  } finally {
    db.close();
  }
}

async function writeText(db: Db, format: Exclude<ExportFormat, 'parquet'>, events: Iterable<StoredEvent>, write: (s: string) => Promise<void> | void): Promise<number> {
  const storyOf = db.prepare('SELECT url, title, source FROM stories WHERE story_key = ?');
  const coder = `dyad ${DYAD_VERSION}`;
  let n = 0;
  if (format === 'csv') await write(toCsv([], true) || `${CSV_COLUMNS.join(',')}\n`);
  if (format === 'gdelt') await write(gdeltHeader());
  for (const e of events) {
    let line: string | null;
    if (format === 'jsonl') {
      line = `${JSON.stringify(contractRecord(e))}\n`;
    } else if (format === 'csv') {
      line = toCsv([e], false);
    } else if (format === 'gdelt') {
      line = gdeltLine(e, (storyOf.get(e.story_id) as { url: string | null } | undefined)?.url ?? null);
    } else {
      const story = storyOf.get(e.story_id) as { url: string | null; title: string | null; source: string | null } | undefined;
      const rec = toPloverRecord(e, story ? { url: story.url ?? undefined, title: story.title ?? undefined, source: story.source ?? undefined } : null, coder);
      line = rec ? `${JSON.stringify(rec)}\n` : null;
    }
    if (line === null) continue;
    await write(line);
    n++;
  }
  return n;
}

/** Writes with back-pressure: waits for 'drain' when the stream's buffer is full. */
function writeTo(file: WriteStream, s: string): Promise<void> | void {
  if (!file.write(s)) return new Promise((done) => file.once('drain', () => done()));
}
