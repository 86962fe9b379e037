import { isApposition } from './apposition.js';
import { attaches } from './attaches.js';
import type { PhraseGrouping } from './grouping.js';
import { coordinates, gapWords, isListItem, type SentencePhrases } from './phrases.js';
import { placeList, takesPlace } from './placeList.js';
import { ATTACHING } from './words.js';

/** The conjuncts of one participant (see `groupConjuncts`). */
export interface ConjunctGroup {
  /** Each conjunct as noun-phrase indexes, its head first, then the phrases attached to it. */
  conjuncts: number[][];
  /** The index of the last noun phrase the participant takes. */
  last: number;
  /** For a conjunct placed by an "in" list: the noun-phrase index of its place. */
  places: Map<number[], number>;
}

/**
 * The conjuncts of the participant that starts at noun phrase `i`: each a
 * list of noun-phrase indexes, its head first, then the phrases attached to
 * it ("of", "from", "at", an apposition). A run of sector-only conjuncts
 * followed by "in" and a list of places ("lawmakers and officials in Fornost
 * and Gondor") is repeated once per place, the place attached, and `places`
 * maps each such conjunct to its place (not after "between" when
 * `grouping.venueAfterBetween`, where the place is a venue).
 */
export function groupConjuncts(phrases: SentencePhrases, i: number, grouping: PhraseGrouping): ConjunctGroup {
  const { tokens, syntax, partials } = phrases;
  const conjuncts: number[][] = [[i]];
  const located = new Map<number[], number[]>();
  // "talks between the regime and opposition in Vienna": the place is where the parties meet, not whose they are
  const venue = grouping.venueAfterBetween && tokens[syntax.nps[i]!.start - 1]?.norm === 'between';
  let unplaced = 0; // the first conjunct that an "in" phrase may still place
  let j = i;
  let apposed = false;
  for (;;) {
    const k = j + 1;
    const next = syntax.nps[k];
    if (!next) break;
    const gap = gapWords(tokens, syntax.nps[j]!.end, next.start);
    const conj = conjuncts[conjuncts.length - 1]!;
    const headNp = syntax.nps[conj[0]!]!;
    if (gap.length === 1 && ATTACHING.has(gap[0]!) && attaches(partials[conj[0]!]!, gap[0]!, tokens[headNp.head]!, tokens[headNp.start]!)) {
      conj.push(k);
    } else if (gap.length === 1 && gap[0] === 'in') {
      const run = conjuncts.slice(unplaced);
      const list = !venue && run.length && run.every((c) => takesPlace(phrases, c, grouping)) ? placeList(phrases, k) : [];
      if (!list.length) break;
      for (const c of run) located.set(c, list);
      unplaced = conjuncts.length;
      j = list[list.length - 1]!;
      continue;
    } else if (coordinates(gap)) {
      conjuncts.push([k]);
    } else if (gap.length === 1 && gap[0] === ',' && !apposed && isApposition(phrases, conj, k)) {
      conj.push(k);
      apposed = true;
    } else if (gap.length === 1 && gap[0] === ',' && isListItem(tokens, syntax, k)) {
      conjuncts.push([k]);
    } else break;
    j = k;
  }
  if (located.size === 0) return { conjuncts, last: j, places: new Map() };
  return { ...placeConjuncts(conjuncts, located), last: j };
}

/** Each conjunct of `located` once per place of its list, the place attached; the others as they are. */
function placeConjuncts(conjuncts: number[][], located: Map<number[], number[]>): Omit<ConjunctGroup, 'last'> {
  const places = new Map<number[], number>();
  const expanded = conjuncts.flatMap((c) => (located.get(c) ?? [null]).map((p) => {
    if (p === null) return c;
    const placed = [...c, p];
    places.set(placed, p);
    return placed;
  }));
  return { conjuncts: expanded, places };
}
