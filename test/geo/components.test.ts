import { describe, expect, it } from 'vitest';
import type { CodingContext } from '../../src/context.js';
import { locations, places } from '../../src/geo/components.js';
import { gazetteer } from '../../src/geo/gazetteer.js';
import type { EventRecord } from '../../src/model/types.js';
import { actor, candidate, handDocument, syntaxOf, verb } from '../documents.js';

const ctx = { gazetteer: gazetteer() } as CodingContext;

/** A record with only what the locations component reads and writes. */
function bare(): EventRecord {
  return { location: null, evidence: { notes: [] } } as unknown as EventRecord;
}

describe('the places and locations components (geo/components.ts)', () => {
  it('finds a sentence\'s places and the country where its action happens when one place says it', () => {
    const { doc, unit } = handDocument('Police in Tehran arrested protesters .', { 1: 'ADP', 2: 'PROPN', 3: 'VERB' });
    places.run(doc, ctx);
    expect(unit.places.map((m) => [m.text, m.preposition, m.span])).toEqual([['Tehran', 'in', [10, 16]]]);
    expect(unit.placeCountry).toBe('IRN');
  });

  it('takes no country from a place whose name lies in several countries, nor from one after another preposition', () => {
    // Hyderabad is a city of India and of Pakistan: the story decides later, not the sector-only actor
    const { doc, unit } = handDocument('Police in Hyderabad arrested protesters .', { 1: 'ADP', 2: 'PROPN', 3: 'VERB' });
    places.run(doc, ctx);
    expect(unit.places).toHaveLength(1);
    expect(unit.placeCountry).toBeNull();
    const other = handDocument('Police from Tehran arrested protesters .', { 1: 'ADP', 2: 'PROPN', 3: 'VERB' });
    places.run(other.doc, ctx);
    expect(other.unit.placeCountry).toBeNull();
  });

  it('locates an event at the place named in its own clause', () => {
    const { doc, unit } = handDocument('Estmark shelled positions near Aleppo .', { 1: 'VERB', 3: 'ADP', 4: 'PROPN' });
    places.run(doc, ctx);
    unit.syntax = syntaxOf(0, 6, [verb(1)]);
    unit.clauses = [{ verb: 0, subject: null, subjectFromPossessor: false, end: 6, objects: [], governor: null, reportedBy: null }];
    unit.emitted = [candidate(actor('EST', 'Estmark'), null, '195')];
    unit.records = [bare()];
    locations.run(doc, ctx);
    expect(unit.records[0]!.location).toMatchObject({ name: 'Aleppo', country: 'SYR', precision: 'city' });
    expect(unit.records[0]!.evidence.notes).toEqual(['location: Aleppo (city) from "near Aleppo" in the event\'s clause']);
  });
});
