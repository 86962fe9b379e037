import { describe, expect, it } from 'vitest';
import { minhash } from '../../src/analysis/minhash.js';
import type { EventRecord, Story } from '../../src/model/types.js';
import { openStore, type Db } from '../../src/store/openStore.js';
import { codingId } from '../../src/store/provenance.js';
import { getStory, storeTotals } from '../../src/store/queries.js';
import { StoryWriter, type CodedInput } from '../../src/store/writeStories.js';
import { actor, event, kidnapEvents } from './records.js';

const CODING = { dyad_version: '0.0.0-test', dictionary_set: 'test', dictionary_hash: 'abc' };

function store(): { db: Db; writer: StoryWriter } {
  const db = openStore(':memory:');
  return { db, writer: new StoryWriter(db, codingId(db, CODING)) };
}

function input(story: Story, events: EventRecord[]): CodedInput {
  return { story, origin: `test.jsonl:${story.id}`, events, sentences: 1, signature: minhash(story.text) };
}

function kidnapInputs(): CodedInput[] {
  const sources = ['Wire A', 'Wire B', 'Wire A', 'Wire C'];
  return kidnapEvents().map((e, i) => input({ id: e.story_id, date: e.story_date, text: e.evidence.sentence, source: sources[i] }, [e]));
}

describe('storing coded stories', () => {
  it('one root event for the Guerrero kidnapping (3 mentions, 3 articles, 2 sources), the Michoacán one kept apart', () => {
    const { db, writer } = store();
    expect(writer.write(kidnapInputs())).toEqual({ stories: 4, events: 4, duplicates: 0 });
    const roots = db.prepare(`SELECT r.target_code, r.location_key, r.mentions, r.sources, r.articles, r.first_event_id,
      (SELECT group_concat(id, ',') FROM (SELECT id FROM events WHERE root_id = r.id ORDER BY id)) AS links
      FROM root_events r ORDER BY r.target_code`).all();
    expect(roots).toEqual([
      { target_code: 'MEXAGR', location_key: 'geonames:3995955', mentions: 1, sources: 1, articles: 1, first_event_id: 'a3', links: 'a3' },
      { target_code: 'MEXEDU', location_key: 'geonames:3527213', mentions: 3, sources: 2, articles: 3, first_event_id: 'a0', links: 'a0,a1,a2' },
    ]);
    expect(db.prepare('SELECT id FROM events WHERE is_first = 1 ORDER BY id').pluck().all()).toEqual(['a0', 'a3']);
  });

  it('is idempotent: the same stories again add nothing and change nothing', () => {
    const { db, writer } = store();
    writer.write(kidnapInputs());
    const before = storeTotals(db);
    expect(writer.write(kidnapInputs())).toEqual({ stories: 0, events: 0, duplicates: 0 });
    expect(storeTotals(db)).toEqual(before);
    expect(before).toEqual({ stories: 4, duplicates: 0, mentions: 4, roots: 2 });
  });

  it('links a wire copy to the story it copies and counts them as one article', () => {
    const { db, writer } = store();
    const text = 'Russia and Iran held talks in Tehran on Tuesday on naval cooperation in the Caspian Sea, both ministries said in statements, and agreed to hold joint exercises next year.';
    const e = (id: string, story: string) => event({ id, story, storyDate: '2019-01-02', date: '2019-01-01', source: actor('RUS', 'Russia', 0), target: actor('IRN', 'Iran', 11), code: '040', sentence: text, verb: 'held talks' });
    writer.write([input({ id: 'orig', date: '2019-01-02', text, source: 'Mehr' }, [e('x1', 'orig')])]);
    const copy = `${text} Reporting by a staff writer.`;
    expect(writer.write([input({ id: 'copy', date: '2019-01-02', text: copy, source: 'Tasnim' }, [e('x2', 'copy')])])).toEqual({ stories: 1, events: 1, duplicates: 1 });
    expect(getStory(db, 'copy')).toMatchObject({ duplicate_of: 'orig', origin: 'test.jsonl:copy', coding: CODING });
    expect(db.prepare('SELECT mentions, sources, articles FROM root_events').get()).toEqual({ mentions: 2, sources: 2, articles: 1 });
  });

  it('replaces a story\'s events on recode and drops root events left without mentions', () => {
    const { db, writer } = store();
    writer.write(kidnapInputs());
    const [, , , michoacan] = kidnapEvents();
    const recoded = { ...michoacan!, id: 'a3b', cameo: { ...michoacan!.cameo, code: '180', name: 'Use unconventional violence', goldstein: -9 } };
    expect(writer.replaceEvents('wire-3', [recoded], 1)).toBe(1);
    expect(db.prepare('SELECT cameo_code, mentions, first_event_id FROM root_events ORDER BY cameo_code').all()).toEqual([
      { cameo_code: '180', mentions: 1, first_event_id: 'a3b' },
      { cameo_code: '181', mentions: 3, first_event_id: 'a0' },
    ]);
    expect(db.prepare("SELECT count(*) FROM actor_mentions WHERE event_id = 'a3'").pluck().get()).toBe(0);
  });

  it('keeps actor mentions and locations in their own tables', () => {
    const { db, writer } = store();
    writer.write(kidnapInputs().slice(0, 1));
    expect(db.prepare('SELECT role, code, text, start, end FROM actor_mentions ORDER BY role').all()).toEqual([
      { role: 'source', code: 'MEXUAF', text: 'Gunmen', start: 0, end: 6 },
      { role: 'target', code: 'MEXEDU', text: 'nine teachers', start: 17, end: 30 },
    ]);
    expect(db.prepare('SELECT name, country, geonameid, precision FROM locations').get()).toEqual({ name: 'Guerrero', country: 'MEX', geonameid: 3527213, precision: 'admin1' });
  });

  it('writes a batch all or nothing: a failure inside the transaction leaves no part of any story in it', () => {
    const { db, writer } = store();
    const [ok, broken] = kidnapInputs();
    const bad = { ...broken!, events: [{ ...broken!.events[0]!, source: null as unknown as EventRecord['source'] }] };
    expect(() => writer.write([ok!, bad])).toThrow();
    expect(storeTotals(db)).toEqual({ stories: 0, duplicates: 0, mentions: 0, roots: 0 });
    expect(db.prepare('SELECT count(*) FROM stories_fts').pluck().get()).toBe(0);
    expect(writer.write([ok!])).toMatchObject({ stories: 1, events: 1 });
  });
});
