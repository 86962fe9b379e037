import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { codingId } from '../../src/store/provenance.js';
import { countEvents, dyadSeries, filterProblem, getStory, iterateEvents, network, queryEvents, QueryError } from '../../src/store/queries.js';
import { StoryWriter } from '../../src/store/writeStories.js';
import { actor, event } from './records.js';

/**
 * Five hand-made stories: Iran–Russia meetings (040, Goldstein 1, QuadClass 1)
 * on 2019-01-07 and 2019-01-09 (the second reported by two stories), a
 * Russia–Iran agreement (057, Goldstein 8, QuadClass 1) dated only 2019-02,
 * and a US criticism of Iran (111, Goldstein −2, QuadClass 3) on 2019-01-20.
 */
function corpus() {
  const db = openStore(':memory:');
  const w = new StoryWriter(db, codingId(db, { dyad_version: 't', dictionary_set: 't', dictionary_hash: 't' }));
  const s = (id: string, date: string, text: string, evs: ReturnType<typeof event>[]) => ({ story: { id, date, text, title: id }, origin: id, events: evs, sentences: 1, signature: null });
  const meet1 = 'Iran met Russia in Tehran.';
  const meet2 = 'Russia met Iran in Moscow.';
  const sign = 'Russia and Iran signed a naval agreement.';
  const crit = 'The United States criticised Iran.';
  w.write([
    s('m1', '2019-01-07', meet1, [event({ id: 'e1', story: 'm1', storyDate: '2019-01-07', date: '2019-01-07', source: actor('IRN', 'Iran', 0), target: actor('RUS', 'Russia', 9), code: '040', sentence: meet1, verb: 'met' })]),
    s('m2', '2019-01-09', meet2, [event({ id: 'e2', story: 'm2', storyDate: '2019-01-09', date: '2019-01-09', source: actor('RUSGOV', 'Russia', 0), target: actor('IRNGOV', 'Iran', 11), code: '040', sentence: meet2, verb: 'met' })]),
    s('m3', '2019-01-10', meet2, [event({ id: 'e3', story: 'm3', storyDate: '2019-01-10', date: '2019-01-09', source: actor('RUSGOV', 'Russia', 0), target: actor('IRNGOV', 'Iran', 11), code: '040', sentence: meet2, verb: 'met' })]),
    s('a1', '2019-02-03', sign, [event({ id: 'e4', story: 'a1', storyDate: '2019-02-03', date: '2019-02', source: actor('RUS', 'Russia', 0), target: actor('IRNMIL', 'Iran', 11), code: '057', sentence: sign, verb: 'signed' })]),
    s('c1', '2019-01-20', crit, [event({ id: 'e5', story: 'c1', storyDate: '2019-01-20', date: '2019-01-20', source: actor('USAGOV', 'The United States', 0), target: actor('IRN', 'Iran', 28), code: '111', sentence: crit, verb: 'criticised' })]),
  ]);
  return db;
}

const ids = (page: { events: { id: string }[] }) => page.events.map((e) => e.id);

describe('querying the store', () => {
  const db = corpus();

  it('counts an incident once by default, every mention on request', () => {
    expect(ids(queryEvents(db, {}))).toEqual(['e1', 'e2', 'e5', 'e4']);
    expect(ids(queryEvents(db, { unit: 'mentions' }))).toEqual(['e1', 'e2', 'e3', 'e5', 'e4']);
    expect(queryEvents(db, {}).events[1]!.root).toMatchObject({ mentions: 2, articles: 2, sources: 2 });
  });

  it('filters by actor code or country, dyad (both directions or directed), code or root, QuadClass, dates and text', () => {
    expect(ids(queryEvents(db, { actor: 'USA' }))).toEqual(['e5']);
    expect(ids(queryEvents(db, { actor: 'IRNMIL' }))).toEqual(['e4']);
    expect(ids(queryEvents(db, { dyad: ['IRN', 'RUS'] }))).toEqual(['e1', 'e2', 'e4']);
    expect(ids(queryEvents(db, { dyad: ['IRN', 'RUS'], directed: true }))).toEqual(['e1']);
    expect(ids(queryEvents(db, { dyad: ['RUSGOV', 'IRN'], directed: true }))).toEqual(['e2']);
    expect(ids(queryEvents(db, { dyad: ['RUSGOV', 'IRNMIL'] }))).toEqual([]);
    expect(ids(queryEvents(db, { code: '04' }))).toEqual(['e1', 'e2']);
    expect(ids(queryEvents(db, { code: '05' }))).toEqual(['e4']);
    expect(ids(queryEvents(db, { quadClass: [3, 4] }))).toEqual(['e5']);
    expect(ids(queryEvents(db, { from: '2019-01-08', to: '2019-01-31' }))).toEqual(['e2', 'e5']);
    expect(ids(queryEvents(db, { text: 'naval' }))).toEqual(['e4']);
    expect(ids(queryEvents(db, { text: 'Moscow', unit: 'mentions' }))).toEqual(['e2', 'e3']);
    expect(countEvents(db, { dyad: ['IRN', 'RUS'] })).toBe(3);
  });

  it('pages with a cursor, forwards and backwards', () => {
    const p1 = queryEvents(db, {}, { limit: 3 });
    expect(ids(p1)).toEqual(['e1', 'e2', 'e5']);
    const p2 = queryEvents(db, {}, { limit: 3, cursor: p1.next });
    expect(ids(p2)).toEqual(['e4']);
    expect(p2.next).toBeNull();
    expect(ids(queryEvents(db, {}, { order: 'desc', limit: 2 }))).toEqual(['e4', 'e5']);
    expect(() => queryEvents(db, {}, { cursor: 'nonsense' })).toThrow(QueryError);
  });

  it('says what is wrong with a bad full-text query or filter value', () => {
    expect(() => queryEvents(db, { text: 'AND (' })).toThrow(/^--text: not a valid full-text query/);
    expect(filterProblem({ from: '2019-1-1' })).toBe('--from: expected YYYY-MM-DD (found "2019-1-1")');
    expect(filterProblem({ code: 'x19' })).toMatch(/^--code/);
    expect(filterProblem({ quadClass: [5] })).toMatch(/^--quad-class/);
  });

  it('gives a dyad series by month and by week, root events counted once', () => {
    expect(dyadSeries(db, 'IRN', 'RUS')).toEqual([
      // Jan: 040 (Goldstein 1) twice → sum 2; Feb: 057 (Goldstein 8) on 2019-02-01 (month precision)
      { period: '2019-01', events: 2, quad: [2, 0, 0, 0], goldstein_sum: 2, goldstein_mean: 1 },
      { period: '2019-02', events: 1, quad: [1, 0, 0, 0], goldstein_sum: 8, goldstein_mean: 8 },
    ]);
    expect(dyadSeries(db, 'IRN', 'RUS', { interval: 'week', unit: 'mentions' }).map((p) => [p.period, p.events])).toEqual([
      ['2019-01-07', 3], ['2019-01-28', 1],
    ]);
    expect(dyadSeries(db, 'RUS', 'IRN', { directed: true, from: '2019-02-01' }).map((p) => p.period)).toEqual(['2019-02']);
  });

  it('builds a country network with weighted edges', () => {
    const net = network(db);
    expect(net.edges.map((e) => [e.source, e.target, e.events])).toEqual([['RUS', 'IRN', 2], ['IRN', 'RUS', 1], ['USA', 'IRN', 1]]);
    expect(net.nodes).toEqual([{ id: 'IRN', events: 4 }, { id: 'RUS', events: 3 }, { id: 'USA', events: 1 }]);
  });

  it('returns a story with its events, and streams every event for export', () => {
    expect(getStory(db, 'm3')).toMatchObject({ story: { id: 'm3', title: 'm3' }, events: [{ id: 'e3', root: { mentions: 2 } }] });
    expect(getStory(db, 'nope')).toBeNull();
    expect([...iterateEvents(db, { unit: 'mentions' })].map((e) => e.id)).toEqual(['e4', 'e5', 'e1', 'e2', 'e3']);
  });
});
