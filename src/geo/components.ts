import type { CodingContext } from '../context.js';
import type { StoryComponent } from '../model/component.js';
import type { Candidate, Clause } from '../model/coder.js';
import type { PlaceMention } from '../model/places.js';
import type { SentenceSyntax } from '../model/text.js';
import { describe } from '../ontology/cameo.js';
import { rankMentions, type EventSpan } from './eventLocation.js';
import { locateEvents, type PendingLocation } from './locateEvents.js';
import { findPlaceMentions } from './mentions.js';

/**
 * Place names of each sentence (gazetteer), and the country where the
 * sentence's action happens when one place says it ("Police in Oaxaca …" → MEX).
 */
export const places: StoryComponent<Pick<CodingContext, 'gazetteer'>> = {
  name: 'places', scope: 'story', reads: ['tokens', 'tokens.pos', 'mask', 'units'], writes: ['unit.places', 'unit.placeCountry'],
  run(doc, { gazetteer }) {
    for (const u of doc.units) {
      u.places = findPlaceMentions(doc.tokens, u.tokenStart, u.tokenEnd, doc.mask.subarray(u.tokenStart, u.tokenEnd), gazetteer);
      u.placeCountry = placeCountry(u.places);
    }
  },
};

/** The location of every event: the place of its clause, its sentence, the story, or the dateline (docs/geo.md). */
export const locations: StoryComponent<Pick<CodingContext, 'gazetteer'>> = {
  name: 'locations', scope: 'story', reads: ['dateline', 'unit.places', 'unit.clauses', 'unit.syntax', 'unit.emitted', 'unit.records'], writes: ['event.location'],
  run(doc, { gazetteer }) {
    const pending: PendingLocation[] = [];
    for (const u of doc.units) {
      u.emitted.forEach((c, i) => {
        pending.push({ record: u.records[i]!, mentions: u.places, ranked: rankMentions(u.places, eventSpan(c, u.clauses, u.syntax!)) });
      });
    }
    locateEvents(pending, doc.units.flatMap((u) => u.places), doc.dateline, gazetteer);
  },
};

/**
 * The country of the place where a sentence's action happens ("Police in
 * Oaxaca …" → MEX): the first place after "in", "at", "near", "outside" or
 * "inside" whose readings all lie in one country, for actors that have only a sector.
 */
function placeCountry(mentions: PlaceMention[]): string | null {
  const m = mentions.find((p) => !p.rejected && !p.isQualifier && !p.topic && p.candidates.length > 0
    && /^(in|at|near|outside|inside)$/.test(p.preposition ?? ''));
  if (!m) return null;
  // only an unambiguous name: "Hyderabad" could be in India or Pakistan, and the story decides that later
  const countries = new Set(m.candidates.map((c) => c.place.country));
  return countries.size === 1 ? m.candidates[0]!.place.country : null;
}

/**
 * The token span of a candidate's clause: from the end of the last clause
 * that closes before the verb (or the sentence start) to the end of the
 * candidate's clause (or of the first clause that closes after the verb, for
 * event nouns outside their clause); narrowed to the tokens after the last
 * other verb group before the verb and before the next finite or participle
 * verb group after it, so that "arrived in Iran … an agreement signed in
 * January 2015" does not give the signing Iran.
 */
function eventSpan(c: Candidate, clauses: Clause[], syntax: SentenceSyntax): EventSpan {
  let start = syntax.start;
  let end = syntax.end;
  for (const x of clauses) {
    if (x.end <= c.verb) start = Math.max(start, x.end);
    else end = Math.min(end, x.end);
  }
  const own = clauses[c.clause];
  if (own && own.end > c.verb) end = own.end;
  for (const v of syntax.verbs) {
    if (v.start <= c.verb && c.verb < v.end) continue;
    if (v.end <= c.verb) start = Math.max(start, v.end);
    else if (!v.infinitive) end = Math.min(end, v.start);
  }
  return { code: c.code, quadClass: describe(c.code)?.quad_class ?? 0, verb: c.verb, start, end };
}
