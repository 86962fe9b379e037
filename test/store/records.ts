import type { ActorRecord, EventRecord, Location } from '../../src/model/types.js';
import { describe as cameo, toPlover } from '../../src/ontology/cameo.js';

/** A hand-made actor of the record contract; `code` like "MEXUAF", country = its first three letters. */
export function actor(code: string, text: string, start: number): ActorRecord {
  return { code, country: code.slice(0, 3), sectors: code.length > 3 ? [code.slice(3, 6)] : [], text, span: [start, start + text.length] };
}

/** Guerrero, Mexico (GeoNames 3527213), an admin1 location; coordinates as in the gazetteer. */
export const GUERRERO: Location = { name: 'Guerrero', country: 'MEX', admin1: 'Guerrero', lat: 17.5506, lon: -99.50578, geonameid: 3527213, precision: 'admin1' };
/** Michoacán, Mexico (GeoNames 3995955), an admin1 location. */
export const MICHOACAN: Location = { name: 'Michoacán', country: 'MEX', admin1: 'Michoacán', lat: 19.70078, lon: -101.18443, geonameid: 3995955, precision: 'admin1' };

/**
 * A hand-made event record that follows the contract (DESIGN.md): `sentence`
 * is the story text, the verb is found in it, spans are offsets into it.
 */
export function event(o: {
  id: string; story: string; storyDate: string; date?: string; source: ActorRecord; target: ActorRecord | null;
  code: string; sentence: string; verb: string; location?: Location | null; sentenceIndex?: number;
}): EventRecord {
  const c = cameo(o.code)!;
  const at = o.sentence.indexOf(o.verb);
  return {
    id: o.id, story_id: o.story, sentence_index: o.sentenceIndex ?? 0, story_date: o.storyDate,
    date: o.date ?? o.storyDate, date_precision: o.date ? 'day' : 'story',
    source: o.source, target: o.target,
    cameo: { code: c.code, root: c.root, name: c.name, quad_class: c.quad_class, goldstein: c.goldstein },
    plover: toPlover(o.code), location: o.location ?? null, attribution: null, negated: false,
    evidence: {
      sentence: o.sentence, sentence_span: [0, o.sentence.length],
      verb: { text: o.verb, span: [at, at + o.verb.length] },
      pattern: { dictionary: 'test-verbs.txt', line: 1, text: o.verb },
    },
  };
}

/**
 * An invented incident, written for the tests: gunmen kidnapped teachers in
 * Guerrero on Tuesday 11 March 2025, reported by three stories (two published
 * that day, one the next) with different wording and counts; and a distinct
 * kidnapping of farm workers in Michoacán the same day. The records are
 * written by hand, as the coder should produce them.
 */
export function kidnapEvents(): EventRecord[] {
  const t0 = 'Gunmen kidnapped nine teachers on their way to a rural school in Guerrero state, Mexico, on Tuesday, prosecutors said.';
  const t1 = 'A group of armed men seized at least eight schoolteachers from a bus in the southern Mexican state of Guerrero on Tuesday.';
  const t2 = 'Ten teachers were abducted by gunmen in Guerrero on Tuesday, the state education department said.';
  const t3 = 'Gunmen kidnapped six farm workers in Michoacán state on Tuesday.';
  return [
    event({ id: 'a0', story: 'wire-0', storyDate: '2025-03-11', date: '2025-03-11', source: actor('MEXUAF', 'Gunmen', 0), target: actor('MEXEDU', 'nine teachers', 17), code: '181', sentence: t0, verb: 'kidnapped', location: GUERRERO }),
    event({ id: 'a1', story: 'wire-1', storyDate: '2025-03-11', date: '2025-03-11', source: actor('MEXUAF', 'armed men', 11), target: actor('MEXEDU', 'at least eight schoolteachers', 28), code: '181', sentence: t1, verb: 'seized', location: GUERRERO }),
    event({ id: 'a2', story: 'wire-2', storyDate: '2025-03-12', date: '2025-03-11', source: actor('MEXUAF', 'gunmen', 30), target: actor('MEXEDU', 'Ten teachers', 0), code: '181', sentence: t2, verb: 'abducted', location: GUERRERO }),
    event({ id: 'a3', story: 'wire-3', storyDate: '2025-03-12', date: '2025-03-11', source: actor('MEXUAF', 'Gunmen', 0), target: actor('MEXAGR', 'six farm workers', 17), code: '181', sentence: t3, verb: 'kidnapped', location: MICHOACAN }),
  ];
}
