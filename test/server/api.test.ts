import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { openStore, type Db } from '../../src/store/openStore.js';
import { F1_TEXT, writeCorpus } from './corpus.js';

let dir: string;
let db: Db;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-api-'));
  const path = join(dir, 'api.sqlite');
  writeCorpus(path).close();
  db = openStore(path, { readonly: true });
  app = await buildServer({ db, dbPath: 'api.sqlite', webDir: null });
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.headers['content-type']?.toString().startsWith('application/json') ? r.json() : r.body, headers: r.headers };
};
const ids = (body: { events: { id: string }[] }) => body.events.map((e) => e.id);

describe('GET /api/health and /api/openapi.json', () => {
  it('reports the store totals: 6 stories, 6 mentions, 5 root events (e2 and e3 are one incident)', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', store: 'api.sqlite', totals: { stories: 6, duplicates: 0, mentions: 6, roots: 5 } });
  });

  it('documents every route, with the query parameters of the zod schemas', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(['/api/code', '/api/events', '/api/stories/{id}', '/api/dyads/{a}/{b}/series', '/api/network', '/api/health', '/api/openapi.json']);
    const params = body.paths['/api/events'].get.parameters as { name: string; schema: { pattern?: string } }[];
    expect(params.map((p) => p.name)).toContain('quad_class');
    expect(params.find((p) => p.name === 'from')!.schema.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    expect(body.paths['/api/code'].post.requestBody.content['application/json'].schema.required).toEqual(['text', 'date']);
  });
});

describe('GET /api/events', () => {
  it('lists root events by date (e4 dated 2019-02 counts on 2019-02-01), every mention on request', async () => {
    expect(ids((await get('/api/events')).body)).toEqual(['e1', 'e2', 'e5', 'e4', 'e6']);
    expect(ids((await get('/api/events?unit=mentions')).body)).toEqual(['e1', 'e2', 'e3', 'e5', 'e4', 'e6']);
    const { body } = await get('/api/events?limit=1&order=desc');
    expect(body.events[0]).toMatchObject({ id: 'e6', cameo: { code: '190', quad_class: 4, goldstein: -10 }, root: { mentions: 1 } });
  });

  it('filters by actor, dyad, code or root, QuadClass, dates and text', async () => {
    expect(ids((await get('/api/events?actor=USA')).body)).toEqual(['e5']);
    expect(ids((await get('/api/events?actor=irnmil')).body)).toEqual(['e4', 'e6']);
    expect(ids((await get('/api/events?dyad=IRN-RUS')).body)).toEqual(['e1', 'e2', 'e4', 'e6']);
    expect(ids((await get('/api/events?dyad=IRN-RUS&directed=true')).body)).toEqual(['e1', 'e6']);
    expect(ids((await get('/api/events?code=04')).body)).toEqual(['e1', 'e2']);
    expect(ids((await get('/api/events?quad_class=3,4')).body)).toEqual(['e5', 'e6']);
    expect(ids((await get('/api/events?from=2019-01-08&to=2019-02-01')).body)).toEqual(['e2', 'e5', 'e4']);
    expect(ids((await get('/api/events?text=naval')).body)).toEqual(['e4']);
    expect(ids((await get('/api/events?text=%22Caspian%20Sea%22')).body)).toEqual(['e6']);
  });

  it('pages with a keyset cursor and counts on request', async () => {
    const p1 = (await get('/api/events?limit=2&count=true')).body;
    expect(ids(p1)).toEqual(['e1', 'e2']);
    expect(p1.total).toBe(5);
    const p2 = (await get(`/api/events?limit=2&cursor=${p1.next}`)).body;
    expect(ids(p2)).toEqual(['e5', 'e4']);
    const p3 = (await get(`/api/events?limit=2&cursor=${p2.next}`)).body;
    expect(ids(p3)).toEqual(['e6']);
    expect(p3.next).toBeNull();
  });

  it('downloads every matching event as CSV (export columns) or JSONL (the contract, no root)', async () => {
    const csv = await get('/api/events?dyad=IRN-RUS&format=csv&unit=mentions');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="dyad-events.csv"');
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0]!.startsWith('id,story_id,sentence_index,story_date,date,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e6']);
    const jsonl = await get('/api/events?actor=USA&format=jsonl');
    const records = (jsonl.body as string).trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'e5', source: { code: 'USAGOV' }, target: { code: 'IRN' } });
    expect(records[0].root).toBeUndefined();
  });

  it('answers a bad parameter with a 400 and one line naming it and the value found', async () => {
    const bad = async (q: string) => { const r = await get(`/api/events?${q}`); return [r.status, r.body.message]; };
    expect(await bad('from=2019-1-1')).toEqual([400, 'from: expected YYYY-MM-DD (found "2019-1-1")']);
    expect(await bad('to=2019-02-30')).toEqual([400, 'to: not a calendar day (found "2019-02-30")']);
    expect(await bad('quad_class=5')).toEqual([400, 'quad_class: expected QuadClasses 1–4, comma-separated (found "5")']);
    expect(await bad('limit=0')).toEqual([400, 'limit: expected a whole number 1–1000 (found "0")']);
    expect(await bad('dyad=IRN')).toEqual([400, 'dyad: expected two actors such as IRN-RUS (found "IRN")']);
    expect(await bad('quadclass=4')).toEqual([400, 'unknown query field "quadclass"']);
    expect(await bad('format=xml')).toEqual([400, 'format: expected one of "json"|"csv"|"jsonl" (found "xml")']);
    expect(await bad('cursor=nonsense')).toEqual([400, 'cursor: not a cursor from a previous page (found "nonsense")']);
    const [status, message] = await bad('text=AND%20(');
    expect(status).toBe(400);
    expect(message).toMatch(/^text: not a valid full-text query/);
    const dl = await get('/api/events?text=AND%20(&format=csv');
    expect(dl.status).toBe(400);
    expect((await get('/api/events?from=2019-01-01&from=2019-02-01')).body.message).toBe('from: given more than once');
  });
});

describe('GET /api/stories/:id', () => {
  it('returns the story with its events, spans pointing into the story text', async () => {
    const { status, body } = await get('/api/stories/f1');
    expect(status).toBe(200);
    expect(body.story).toEqual({ id: 'f1', date: '2019-03-12', text: F1_TEXT, source: 'Wire f1', title: 'Story f1' });
    expect(body.events).toHaveLength(1);
    const e = body.events[0];
    expect(e.sentence_index).toBe(1);
    expect(F1_TEXT.slice(...(e.source.span as [number, number]))).toBe('Iranian forces');
    expect(F1_TEXT.slice(...(e.evidence.verb.span as [number, number]))).toBe('fired');
    expect(F1_TEXT.slice(...(e.target.span as [number, number]))).toBe('Russian ships');
    expect(e.evidence.sentence_span).toEqual([34, 72]);
  });

  it('is a 404 with the id for an unknown story', async () => {
    expect(await get('/api/stories/nope')).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found', message: 'no story with id "nope"' } });
  });
});

describe('GET /api/dyads/:a/:b/series and /api/network', () => {
  it('counts a dyad by month: January two meetings (040, Goldstein 1), February the agreement (057, 8), March the attack (190, −10)', async () => {
    const { body } = await get('/api/dyads/IRN/RUS/series?interval=month');
    expect(body).toEqual({
      a: 'IRN', b: 'RUS', interval: 'month', points: [
        { period: '2019-01', events: 2, quad: [2, 0, 0, 0], goldstein_sum: 2, goldstein_mean: 1 },
        { period: '2019-02', events: 1, quad: [1, 0, 0, 0], goldstein_sum: 8, goldstein_mean: 8 },
        { period: '2019-03', events: 1, quad: [0, 0, 0, 1], goldstein_sum: -10, goldstein_mean: -10 },
      ],
    });
  });

  it('counts by ISO week (periods are Mondays), every mention, directed, lower-case codes', async () => {
    const { body } = await get('/api/dyads/rus/irn/series?interval=week&unit=mentions&directed=true');
    // RUS → IRN only: e2 and e3 (2019-01-09, week of Monday 2019-01-07), e4 (2019-02-01, week of 2019-01-28)
    expect(body.points.map((p: { period: string; events: number }) => [p.period, p.events])).toEqual([['2019-01-07', 2], ['2019-01-28', 1]]);
  });

  it('rejects a bad interval or actor code', async () => {
    expect((await get('/api/dyads/IRN/RUS/series?interval=day')).body.message).toBe('interval: expected one of "week"|"month" (found "day")');
    expect((await get('/api/dyads/I/RUS/series')).body.message).toBe('a: expected an actor code (IRNMIL) or a country (IRN) (found "I")');
  });

  it('builds the country network for a date range', async () => {
    expect((await get('/api/network')).body.edges.map((e: { source: string; target: string; events: number }) => [e.source, e.target, e.events]))
      .toEqual([['IRN', 'RUS', 2], ['RUS', 'IRN', 2], ['USA', 'IRN', 1]]);
    const { body } = await get('/api/network?from=2019-01-15&to=2019-01-31');
    expect(body).toEqual({ nodes: [{ id: 'IRN', events: 1 }, { id: 'USA', events: 1 }], edges: [{ source: 'USA', target: 'IRN', events: 1, goldstein_sum: -2, goldstein_mean: -2, quad: [0, 0, 1, 0] }] });
  });
});

describe('POST /api/code', () => {
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/code', payload: payload as string, headers: { 'content-type': 'application/json', ...headers } });

  it('codes a story with the built-in dictionaries: Zarif (IRNGOV) met Putin (RUSGOV), 040, on the Tuesday before 2019-01-10', async () => {
    const text = 'Iranian Foreign Minister Mohammad Javad Zarif met Russian President Vladimir Putin in Moscow on Tuesday. The talks covered Syria.';
    const r = await post({ text, date: '2019-01-10', id: 'zarif' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ story_id: 'zarif', sentences: 2, skipped: [] });
    expect(body.events).toHaveLength(1);
    const e = body.events[0];
    expect(e).toMatchObject({ story_id: 'zarif', date: '2019-01-08', source: { code: 'IRNGOV', span: [0, 45] }, target: { code: 'RUSGOV', span: [50, 82] }, cameo: { code: '040' } });
    expect(text.slice(...(e.evidence.verb.span as [number, number]))).toBe('met');
  });

  it('writes nothing to the store', async () => {
    await post({ text: 'Russia condemned Iran.', date: '2019-01-10' });
    expect((await get('/api/health')).body.totals).toEqual({ stories: 6, duplicates: 0, mentions: 6, roots: 5 });
  });

  it('answers a bad body with a 400 naming the field, a large one with a 413', async () => {
    expect((await post({ text: 'x' })).json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'date: required' });
    expect((await post({ text: 'x', date: '10/01/2019' })).json().message).toBe('date: expected YYYY-MM-DD (found "10/01/2019")');
    expect((await post({ text: 'x', date: '2019-01-10', when: 1 })).json().message).toBe('unknown body field "when"');
    expect((await post('{"text": ')).json()).toMatchObject({ statusCode: 400, message: 'body is not valid JSON' });
    expect((await post('text=x', { 'content-type': 'text/plain' })).json()).toMatchObject({ statusCode: 415, message: 'expected a JSON body (Content-Type: application/json)' });
    const big = await post({ text: 'a'.repeat(1_100_000), date: '2019-01-10' });
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toBe('request body too large (limit 1048576 bytes)');
    expect((await post({ text: 'a'.repeat(100_001), date: '2019-01-10' })).json().message).toBe('text: at most 100,000 characters (found 100,001 characters)');
  });

  it('is a JSON 404 for an unknown route', async () => {
    expect((await get('/api/nothing')).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'no such route: GET /api/nothing' });
  });
});
