import { describe, expect, it } from 'vitest';
import { locationKey, rootEvents, rootKey } from '../../src/analysis/rootEvents.js';
import { kidnapEvents } from '../store/records.js';

describe('root events (dedup across stories)', () => {
  it('keys a mention by date, source, target, code and location', () => {
    const [a0, , , a3] = kidnapEvents();
    expect(rootKey(a0!)).toBe(['2025-03-11', 'MEXUAF', 'MEXEDU', '181', 'geonames:3527213'].join('\u0000'));
    expect(locationKey(null)).toBe('');
    expect(locationKey({ ...a3!.location!, geonameid: undefined })).toBe('Michoacán|MEX');
  });

  it('merges the three reports of the Guerrero kidnapping into one root event and keeps the Michoacán one apart', () => {
    const stories = new Map([
      ['wire-0', { source: 'Wire A' }], ['wire-1', { source: 'Wire B' }], ['wire-2', { source: 'Wire A' }], ['wire-3', { source: 'Wire C' }],
    ]);
    const roots = rootEvents(kidnapEvents().reverse(), stories);
    const rows = roots.map((r) => ({ target: r.first.target?.code, loc: r.first.location?.name, first: r.first.id, mentions: r.mentions, sources: r.sources, articles: r.articles, ids: r.mention_ids }));
    expect(rows.sort((x, y) => x.target!.localeCompare(y.target!))).toEqual([
      { target: 'MEXAGR', loc: 'Michoacán', first: 'a3', mentions: 1, sources: 1, articles: 1, ids: ['a3'] },
      { target: 'MEXEDU', loc: 'Guerrero', first: 'a0', mentions: 3, sources: 2, articles: 3, ids: ['a0', 'a1', 'a2'] },
    ]);
  });

  it('counts a near-duplicate story with the story it copies, and a story without a publisher as its own source', () => {
    const [a0, a1] = kidnapEvents();
    const copy = { ...a1!, story_id: 'copy' };
    const roots = rootEvents([a0!, { ...copy, id: 'c1' }], new Map([['copy', { duplicateOf: 'wire-0' }]]));
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ mentions: 2, articles: 1, sources: 2 });
  });
});
