import { createRequire } from 'node:module';
import { z } from 'zod';
import { CodeBody, EventQuery, NetworkQuery, SeriesQuery } from './params.js';

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

type Json = Record<string, unknown>;

/** OpenAPI parameters (in: query) from a zod object of string fields, each with its description. */
function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
    const { description, ...rest } = s;
    delete rest.$schema;
    return { name, in: 'query', required: false, description, schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = { 400: json(ref('Error'), 'a parameter or body field is wrong; message names it and the value found') };

const span = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2, description: '[start, end) character offsets (UTF-16 code units) into the story text' };
const actor = {
  type: 'object', required: ['code', 'country', 'sectors', 'text', 'span'],
  properties: { code: { type: 'string', example: 'IRNMIL' }, country: { type: ['string', 'null'], example: 'IRN' }, sectors: { type: 'array', items: { type: 'string' } }, text: { type: 'string' }, span, name: { type: 'string' } },
};
const quad = { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4, description: 'counts per QuadClass: [verbal coop, material coop, verbal conflict, material conflict]' };

/** The OpenAPI 3.1 document of the API, served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'dyad API', version: VERSION, description: 'Political event data (CAMEO, PLOVER) from a dyad store, and a stateless coder. Errors are JSON {statusCode, error, message} with a one-line message.' },
    paths: {
      '/api/code': {
        post: {
          summary: 'Code one story with the dictionaries and profile the server was started with (dyad serve --actors … --profile …; default the built-in set); stateless: nothing is stored',
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(CodeBody, { io: 'input' }) } } },
          responses: {
            200: json({ type: 'object', properties: { story_id: { type: 'string' }, sentences: { type: 'integer' }, events: { type: 'array', items: ref('EventRecord') }, skipped: { type: 'array', items: { type: 'object', properties: { sentence: { type: 'integer' }, reason: { type: 'string' }, detail: { type: 'string' } } } } } }),
            ...errors, 413: json(ref('Error'), 'body larger than 1 MiB'), 415: json(ref('Error'), 'body not JSON'),
            503: json(ref('Error'), 'coding took longer than the time limit (10 s by default), or too many stories are waiting'),
          },
        },
      },
      '/api/events': {
        get: {
          summary: 'Events matching filters, a page at a time (keyset cursor), or all of them as CSV/JSONL',
          parameters: queryParameters(EventQuery),
          responses: {
            200: {
              description: 'a page (json), or a download (csv, jsonl)',
              content: {
                'application/json': { schema: { type: 'object', properties: { events: { type: 'array', items: ref('StoredEvent') }, next: { type: ['string', 'null'], description: 'cursor of the next page; null at the end' }, total: { type: 'integer', description: 'with count=true' } } } },
                'text/csv': { schema: { type: 'string' } },
                'application/x-ndjson': { schema: { type: 'string' } },
              },
            },
            ...errors,
          },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'A stored story with every event mention and its evidence spans',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: json({ type: 'object', properties: { story: { type: 'object', properties: { id: { type: 'string' }, date: { type: 'string' }, text: { type: 'string' }, source: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' } } }, origin: { type: ['string', 'null'] }, duplicate_of: { type: ['string', 'null'] }, similarity: { type: ['number', 'null'] }, coding: { type: ['object', 'null'] }, events: { type: 'array', items: ref('StoredEvent') } } }),
            404: json(ref('Error'), 'no such story'),
          },
        },
      },
      '/api/dyads/{a}/{b}/series': {
        get: {
          summary: 'Events between two actors or countries per week or month: counts by QuadClass, Goldstein sum and mean',
          parameters: [
            { name: 'a', in: 'path', required: true, schema: { type: 'string', example: 'IRN' }, description: 'a country (3 letters) or actor code' },
            { name: 'b', in: 'path', required: true, schema: { type: 'string', example: 'RUS' } },
            ...queryParameters(SeriesQuery),
          ],
          responses: {
            200: json({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, interval: { type: 'string' }, points: { type: 'array', items: { type: 'object', properties: { period: { type: 'string', description: 'YYYY-MM, or the Monday of the ISO week YYYY-MM-DD' }, events: { type: 'integer' }, quad, goldstein_sum: { type: 'number' }, goldstein_mean: { type: 'number', description: 'mean Goldstein value, −10 … +10' } } } } } }),
            ...errors,
          },
        },
      },
      '/api/network': {
        get: {
          summary: 'Actors and directed weighted edges (source → target) for a date range',
          parameters: queryParameters(NetworkQuery),
          responses: {
            200: json({ type: 'object', properties: { nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, events: { type: 'integer' } } } }, edges: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, events: { type: 'integer' }, goldstein_sum: { type: 'number' }, goldstein_mean: { type: 'number' }, quad } } } } }),
            ...errors,
          },
        },
      },
      '/api/health': { get: { summary: 'Liveness and store totals', responses: { 200: json({ type: 'object', properties: { status: { const: 'ok' }, version: { type: 'string' }, store: { type: ['string', 'null'] }, schema_version: { type: 'integer' }, totals: { type: 'object', properties: { stories: { type: 'integer' }, duplicates: { type: 'integer' }, mentions: { type: 'integer' }, roots: { type: 'integer' } } } } }) } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['statusCode', 'error', 'message'], properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string', example: 'from: expected YYYY-MM-DD (found "2019-1-1")' } } },
        EventRecord: {
          type: 'object', description: 'The event record contract (DESIGN.md)',
          required: ['id', 'story_id', 'sentence_index', 'story_date', 'date', 'date_precision', 'source', 'target', 'cameo', 'plover', 'location', 'attribution', 'negated', 'evidence'],
          properties: {
            id: { type: 'string' }, story_id: { type: 'string' }, sentence_index: { type: 'integer' }, story_date: { type: 'string' },
            date: { type: 'string', description: 'YYYY-MM-DD, YYYY-MM or YYYY' }, date_precision: { enum: ['day', 'month', 'year', 'story'] },
            source: actor, target: { oneOf: [actor, { type: 'null' }] },
            cameo: { type: 'object', properties: { code: { type: 'string' }, root: { type: 'string' }, name: { type: 'string' }, quad_class: { enum: [1, 2, 3, 4] }, goldstein: { type: 'number' } } },
            plover: { type: ['object', 'null'], properties: { event: { type: 'string' }, mode: { type: 'string' }, context: { type: 'array', items: { type: 'string' } } } },
            location: { type: ['object', 'null'], properties: { name: { type: 'string' }, country: { type: 'string' }, admin1: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, geonameid: { type: 'integer' }, precision: { enum: ['city', 'admin1', 'country'] } } },
            attribution: { type: ['object', 'null'], properties: { text: { type: 'string' }, span } },
            negated: { type: 'boolean' },
            evidence: { type: 'object', properties: { sentence: { type: 'string' }, sentence_span: span, verb: { type: 'object', properties: { text: { type: 'string' }, span } }, pattern: { type: 'object', properties: { dictionary: { type: 'string' }, line: { type: 'integer' }, text: { type: 'string' } } }, notes: { type: 'array', items: { type: 'string' } } } },
          },
        },
        StoredEvent: { allOf: [ref('EventRecord'), { type: 'object', properties: { root: { type: 'object', description: 'the root event (one incident) this mention belongs to, with GDELT-style counts', properties: { id: { type: 'string' }, mentions: { type: 'integer' }, sources: { type: 'integer' }, articles: { type: 'integer' } } } } }] },
      },
    },
  };
}
