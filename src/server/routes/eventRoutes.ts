import type { FastifyPluginAsync } from 'fastify';
import { Readable } from 'node:stream';
import { CSV_COLUMNS, toCsv } from '../../output/formats.js';
import type { Db } from '../../store/openStore.js';
import { contractRecord, countEvents, getStory, iterateEvents, queryEvents, type EventFilter } from '../../store/queries.js';
import { ApiError } from '../apiError.js';
import { EventQuery, parse, toFilter } from '../params.js';

/**
 * GET /api/events: a page of events (`{events, next, total?}`; each event the
 * contract record plus `root: {id, mentions, sources, articles}`), or with
 * format=csv|jsonl every matching event as a download.
 * GET /api/stories/:id: the story with every event mention and its evidence.
 */
export const eventRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/api/events', async (req, reply) => {
    const q = parse(EventQuery, req.query, 'query');
    const filter = toFilter(q);
    if (q.format === 'csv' || q.format === 'jsonl') {
      countEvents(db, { ...filter, unit: filter.unit }); // a bad FTS query fails here, as a 400, before the download starts
      reply.header('content-type', q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="dyad-events.${q.format}"`);
      return reply.send(Readable.from(download(db, filter, q.format)));
    }
    const page = queryEvents(db, filter, { limit: q.limit ? Number(q.limit) : 100, cursor: q.cursor ?? null, order: q.order ?? 'asc' });
    return q.count === 'true' ? { ...page, total: countEvents(db, filter) } : page;
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req) => {
    const story = getStory(db, req.params.id);
    if (!story) throw new ApiError(404, `no story with id "${req.params.id.slice(0, 200)}"`);
    return story;
  });
};

/** Every matching event as CSV rows (the columns of `dyad export --format csv`) or contract JSONL, 500 events a chunk. */
function* download(db: Db, filter: EventFilter, format: 'csv' | 'jsonl'): Generator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\n`;
  let chunk: string[] = [];
  for (const e of iterateEvents(db, filter, 500)) {
    chunk.push(format === 'csv' ? toCsv([e], false) : `${JSON.stringify(contractRecord(e))}\n`);
    if (chunk.length === 500) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join('');
}
