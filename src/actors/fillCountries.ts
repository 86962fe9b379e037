import type { Participant } from '../model/actors.js';
import type { StoryActors } from './registry.js';

/** Sectors whose actors nearly always belong to the country where they act (CAMEO 1.1b3 §3 domestic roles). */
const DOMESTIC_SECTORS: ReadonlySet<string> = new Set([
  'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SEP', 'UAF', 'CRM', 'BUS', 'MED', 'EDU', 'HLH', 'CVL', 'REF', 'LAB', 'AGR',
  'HRI', 'PTY', 'ELI', 'REL', 'CHR', 'MOS', 'JEW', 'BUD', 'HIN',
]);
/** Code prefixes that are no country: an actor with one cannot lend its country. */
const NON_COUNTRY: ReadonlySet<string> = new Set(['IGO', 'NGO', 'MNC', 'IMG', '---']);
const LOCATIVE = /^(in|at|near|outside|inside)$/;

/**
 * Country from context: gives a country to the actors of a sentence's
 * participants `parts` that have only a sector ("riot police"), in place:
 * first that of an actor of the same domestic kind in the sentence ("rebel
 * groups such as the Syrian Democratic Forces"); then the country of a place
 * named in the sentence (a place-like participant after "in", "at" …, else
 * `placeCountry`, the gazetteer's country for the sentence, null when none);
 * for domestic sectors (police, rebels, students …) that of another actor of
 * the sentence, and for the others that of a domestic actor ("Mexican police
 * arrested the mayor"); then the dateline's, then the story's most mentioned
 * country. A government or military actor never takes a foreign actor's
 * country: "the foreign secretary visited Iraq" is not Iraqi. Each filled
 * actor's code is prefixed with the country and its rule says where it came
 * from. dyad's profile runs it right after `findParticipants`; PETRARCH's
 * does not (PETRARCH leaves "---GOV" without a country).
 */
export function fillCountries(parts: Participant[], story: StoryActors, placeCountry: string | null): void {
  const place = parts.find((p) => p.placeLike && p.preposition && LOCATIVE.test(p.preposition))?.actors[0]?.country ?? placeCountry;
  const withCountry = parts.flatMap((p) => p.actors).filter((a) => a.country && !NON_COUNTRY.has(a.country));
  const anyCountry = withCountry[0]?.country ?? null;
  // police and courts act at home: "Mexican police arrested the mayor" makes the mayor Mexican
  const domesticCountry = withCountry.find((a) => DOMESTIC_SECTORS.has(a.sectors[0] ?? ''))?.country ?? null;
  for (const p of parts) {
    for (const a of p.actors) {
      if (a.country || a.sectors.length === 0) continue;
      const domestic = DOMESTIC_SECTORS.has(a.sectors[0]!);
      const other = domestic ? anyCountry : domesticCountry;
      const dominant = story.dominantCountry();
      // "rebel groups such as the Syrian Democratic Forces": an actor of the same kind names the country best
      const sameKind = domestic ? withCountry.find((x) => x !== a && x.sectors[0] === a.sectors[0])?.country ?? null : null;
      const [country, how] = sameKind ? [sameKind, 'actor of the same kind in sentence']
        : place ? [place, 'place in sentence']
        : other ? [other, 'other actor in sentence']
          : story.datelineCountry ? [story.datelineCountry, 'dateline']
            : dominant ? [dominant, 'story country'] : [null, ''];
      if (!country) continue;
      a.country = country;
      a.code = country + a.code;
      a.rule = `${a.rule}; country from ${how}`;
    }
  }
}
