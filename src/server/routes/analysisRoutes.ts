import type { FastifyPluginAsync } from 'fastify';
import { createRequire } from 'node:module';
import type { Db } from '../../store/openStore.js';
import { dyadSeries, network, storeTotals } from '../../store/queries.js';
import { NetworkQuery, parse, SeriesPath, SeriesQuery } from '../params.js';

const VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

/**
 * GET /api/dyads/:a/:b/series: `{a, b, interval, points}`, points as
 * `dyadSeries` gives them (period, events, quad counts, Goldstein sum and mean).
 * GET /api/network: `{nodes, edges}` as `network` gives them.
 * GET /api/health: `{status: "ok", version, store, totals}`.
 */
export const analysisRoutes: FastifyPluginAsync<{ db: Db; dbPath: string | null }> = async (app, { db, dbPath }) => {
  app.get('/api/dyads/:a/:b/series', async (req) => {
    const { a, b } = parse(SeriesPath, req.params, 'path');
    const q = parse(SeriesQuery, req.query, 'query');
    const interval = q.interval ?? 'month';
    const points = dyadSeries(db, a.toUpperCase(), b.toUpperCase(), { interval, from: q.from, to: q.to, directed: q.directed === 'true', unit: q.unit ?? 'roots' });
    return { a: a.toUpperCase(), b: b.toUpperCase(), interval, points };
  });

  app.get('/api/network', async (req) => {
    const q = parse(NetworkQuery, req.query, 'query');
    return network(db, { from: q.from, to: q.to, level: q.level ?? 'country', unit: q.unit ?? 'roots', limit: q.limit ? Number(q.limit) : 500 });
  });

  app.get('/api/health', async () => ({
    status: 'ok', version: VERSION, store: dbPath, schema_version: db.pragma('user_version', { simple: true }) as number, totals: storeTotals(db),
  }));
};
