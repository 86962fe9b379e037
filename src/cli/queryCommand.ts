import Table from 'cli-table3';
import { toTable } from '../output/formats.js';
import { countEvents, dyadSeries, QueryError, queryEvents } from '../store/queries.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { openStoreForReading } from './openStoreForReading.js';
import { toFilter, type FilterOptions } from './filterOptions.js';

/** Options of `dyad query`. */
export interface QueryCommandOptions extends FilterOptions {
  db: string;
  format?: string;
  limit?: string;
  cursor?: string;
  series?: string;
}

/**
 * `dyad query --db F [filters]`: prints matching events (a table on a
 * terminal, JSONL when piped; each JSONL record carries `root` with the
 * incident's mentions/sources/articles), or with `--series week|month` and
 * `--dyad A-B` the dyad's series by QuadClass with Goldstein sum and mean.
 */
export async function queryCommand(opts: QueryCommandOptions, io: Io): Promise<number> {
  const filter = toFilter(opts, 'roots');
  const format = opts.format ?? (io.stdoutIsTTY ? 'table' : 'jsonl');
  if (!['table', 'jsonl'].includes(format)) throw new UserError(`--format: expected table or jsonl (found "${format}")`);
  const limit = opts.limit === undefined ? (format === 'table' ? 50 : 10_000) : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UserError(`--limit: expected a whole number 1–10000 (found "${opts.limit}")`);
  const db = openStoreForReading(opts.db);
  try {
    if (opts.series !== undefined) {
      if (opts.series !== 'week' && opts.series !== 'month') throw new UserError(`--series: expected week or month (found "${opts.series}")`);
      if (!filter.dyad) throw new UserError('--series needs --dyad A-B');
      const points = dyadSeries(db, filter.dyad[0], filter.dyad[1], { interval: opts.series, from: filter.from, to: filter.to, directed: filter.directed, unit: filter.unit });
      if (format === 'jsonl') io.out(points.map((p) => JSON.stringify(p)).join('\n') + (points.length ? '\n' : ''));
      else {
        const t = new Table({ head: ['period', 'events', 'verbal coop', 'material coop', 'verbal conflict', 'material conflict', 'Goldstein sum', 'mean'], style: { head: ['bold'], border: [] } });
        for (const p of points) t.push([p.period, p.events, ...p.quad, p.goldstein_sum, p.goldstein_mean]);
        io.out(points.length ? `${t.toString()}\n` : 'no events\n');
      }
      return 0;
    }
    const page = queryEvents(db, filter, { limit, cursor: opts.cursor });
    if (format === 'jsonl') {
      io.out(page.events.map((e) => JSON.stringify(e)).join('\n') + (page.events.length ? '\n' : ''));
      if (page.next) io.err(`dyad: more events: --cursor ${page.next}\n`);
    } else {
      const total = countEvents(db, filter);
      io.out(page.events.length ? `${toTable(page.events, io.columns)}\n` : 'no events\n');
      io.out(`${page.events.length} of ${total} ${filter.unit === 'mentions' ? 'event mentions' : 'events (each incident once)'}${page.next ? `; next page: --cursor ${page.next}` : ''}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof QueryError) throw new UserError(err.message);
    throw err;
  } finally {
    db.close();
  }
}
