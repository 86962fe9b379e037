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
