import type { EventRecord, Location } from '../../src/model/types.js';
import { openStore, type Db } from '../../src/store/openStore.js';
import { codingId } from '../../src/store/provenance.js';
import { StoryWriter } from '../../src/store/writeStories.js';
import { actor, event } from '../store/records.js';

export const TEHRAN: Location = { name: 'Tehran', country: 'IRN', admin1: 'Tehran', lat: 35.69, lon: 51.42, geonameid: 112931, precision: 'city' };
export const MOSCOW: Location = { name: 'Moscow', country: 'RUS', admin1: 'Moscow', lat: 55.75, lon: 37.62, geonameid: 524901, precision: 'city' };

/** The two-sentence story f1: an event in its second sentence, spans shifted into the story text. */
export const F1_TEXT = 'Tensions rose in the Caspian Sea. Iranian forces fired on Russian ships.';

function secondSentence(): EventRecord {
  const s = 'Iranian forces fired on Russian ships.';
  const at = F1_TEXT.indexOf(s); // 34
  const e = event({ id: 'e6', story: 'f1', storyDate: '2019-03-12', date: '2019-03-12', source: actor('IRNMIL', 'Iranian forces', 0), target: actor('RUS', 'Russian ships', 24), code: '190', sentence: s, verb: 'fired', sentenceIndex: 1 });
  const shift = (sp: [number, number]): [number, number] => [sp[0] + at, sp[1] + at];
  e.source.span = shift(e.source.span);
  e.target!.span = shift(e.target!.span);
  e.evidence.verb.span = shift(e.evidence.verb.span);
  e.evidence.sentence_span = [at, at + s.length];
  return e;
}

/**
 * Six hand-made stories written into a store at `path` (':memory:' for none):
 * - m1 2019-01-07 e1 IRN → RUS 040 (Goldstein 1, QuadClass 1) in Tehran;
 * - m2 2019-01-09 e2 RUSGOV → IRNGOV 040 in Moscow, and m3 (2019-01-10) e3
 *   the same incident again (one root event, 2 mentions);
 * - a1 e4 RUS → IRNMIL 057 (Goldstein 8, QuadClass 1) dated 2019-02, no location;
 * - c1 e5 USAGOV → IRN 111 (Goldstein −2, QuadClass 3) 2019-01-20, no location;
 * - f1 2019-03-12 e6 IRNMIL → RUS 190 (Goldstein −10, QuadClass 4) in the
 *   story's second sentence (offset 34), no location.
 * Returns the store, still open for writing; close it and reopen read-only to serve it.
 */
export function writeCorpus(path: string): Db {
  const db = openStore(path);
  const w = new StoryWriter(db, codingId(db, { dyad_version: 't', dictionary_set: 't', dictionary_hash: 't' }));
  const s = (id: string, date: string, text: string, evs: EventRecord[]) => ({ story: { id, date, text, title: `Story ${id}`, source: `Wire ${id}` }, origin: id, events: evs, sentences: 1, signature: null });
  const meet1 = 'Iran met Russia in Tehran.';
  const meet2 = 'Russia met Iran in Moscow.';
  const sign = 'Russia and Iran signed a naval agreement.';
  const crit = 'The United States criticised Iran.';
  w.write([
    s('m1', '2019-01-07', meet1, [event({ id: 'e1', story: 'm1', storyDate: '2019-01-07', date: '2019-01-07', source: actor('IRN', 'Iran', 0), target: actor('RUS', 'Russia', 9), code: '040', sentence: meet1, verb: 'met', location: TEHRAN })]),
    s('m2', '2019-01-09', meet2, [event({ id: 'e2', story: 'm2', storyDate: '2019-01-09', date: '2019-01-09', source: actor('RUSGOV', 'Russia', 0), target: actor('IRNGOV', 'Iran', 11), code: '040', sentence: meet2, verb: 'met', location: MOSCOW })]),
    s('m3', '2019-01-10', meet2, [event({ id: 'e3', story: 'm3', storyDate: '2019-01-10', date: '2019-01-09', source: actor('RUSGOV', 'Russia', 0), target: actor('IRNGOV', 'Iran', 11), code: '040', sentence: meet2, verb: 'met', location: MOSCOW })]),
    s('a1', '2019-02-03', sign, [event({ id: 'e4', story: 'a1', storyDate: '2019-02-03', date: '2019-02', source: actor('RUS', 'Russia', 0), target: actor('IRNMIL', 'Iran', 11), code: '057', sentence: sign, verb: 'signed' })]),
    s('c1', '2019-01-20', crit, [event({ id: 'e5', story: 'c1', storyDate: '2019-01-20', date: '2019-01-20', source: actor('USAGOV', 'The United States', 0), target: actor('IRN', 'Iran', 29), code: '111', sentence: crit, verb: 'criticised' })]),
    { ...s('f1', '2019-03-12', F1_TEXT, [secondSentence()]), sentences: 2 },
  ]);
  return db;
}
