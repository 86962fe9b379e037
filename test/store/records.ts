import type { ActorRecord, EventRecord, Location } from '../../src/model/types.js';
import { describe as cameo, toPlover } from '../../src/ontology/cameo.js';

/** A hand-made actor of the record contract; `code` like "NGAUAF", country = its first three letters. */
export function actor(code: string, text: string, start: number): ActorRecord {
  return { code, country: code.slice(0, 3), sectors: code.length > 3 ? [code.slice(3, 6)] : [], text, span: [start, start + text.length] };
}

/** Niger State, Nigeria (GeoNames 2328925), an admin1 location. */
export const NIGER_STATE: Location = { name: 'Niger State', country: 'NGA', admin1: 'Niger', lat: 10, lon: 6, geonameid: 2328925, precision: 'admin1' };
export const ZAMFARA_STATE: Location = { name: 'Zamfara State', country: 'NGA', admin1: 'Zamfara', lat: 12.17, lon: 6.25, geonameid: 2595344, precision: 'admin1' };

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
 * CASE-11 (field cases): one abduction in Niger State reported by three
 * articles with different wording and dates, and a distinct one in Zamfara.
 * The records are written by hand, as the coder should produce them.
 */
export function case11Events(): EventRecord[] {
  const t0 = 'Gunmen abducted 25 students from a secondary school in Niger State, Nigeria, on Monday, police said.';
  const t1 = "Armed men kidnapped about two dozen pupils in north-central Nigeria's Niger State on Monday.";
  const t2 = 'At least 24 schoolchildren were seized by gunmen in Niger State on Monday, a local official said.';
  const t3 = 'Gunmen abducted 15 farmers in Zamfara State on Monday.';
  return [
    event({ id: 'a0', story: 'case11-0', storyDate: '2024-10-14', date: '2024-10-14', source: actor('NGAUAF', 'Gunmen', 0), target: actor('NGAEDU', '25 students', 16), code: '181', sentence: t0, verb: 'abducted', location: NIGER_STATE }),
    event({ id: 'a1', story: 'case11-1', storyDate: '2024-10-14', date: '2024-10-14', source: actor('NGAUAF', 'Armed men', 0), target: actor('NGAEDU', 'about two dozen pupils', 20), code: '181', sentence: t1, verb: 'kidnapped', location: NIGER_STATE }),
    event({ id: 'a2', story: 'case11-2', storyDate: '2024-10-15', date: '2024-10-14', source: actor('NGAUAF', 'gunmen', 42), target: actor('NGAEDU', 'At least 24 schoolchildren', 0), code: '181', sentence: t2, verb: 'seized', location: NIGER_STATE }),
    event({ id: 'a3', story: 'case11-3', storyDate: '2024-10-15', date: '2024-10-14', source: actor('NGAUAF', 'Gunmen', 0), target: actor('NGAAGR', '15 farmers', 16), code: '181', sentence: t3, verb: 'abducted', location: ZAMFARA_STATE }),
  ];
}

