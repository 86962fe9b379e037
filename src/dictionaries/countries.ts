import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { phraseTokens } from './tokenize.js';
import { addPhrase, type PhraseTrie } from './trie.js';
import type { ActorEntry } from '../model/actors.js';

const SOURCE = 'world-countries';
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

/** ISO codes that CAMEO and news usage spell differently. */
const CODE_FIX: Readonly<Record<string, string>> = { UNK: 'XKX' };

/**
 * Adds every country of the `world-countries` package to `trie`: common and
 * official names and long alternative spellings → the country code; English
 * demonyms → the country ("Iranian"); capitals → the government ("Tehran" →
 * IRNGOV, CAMEO 1.1b3 §3: a capital used as an actor stands for its government).
 * Two-letter alternative spellings ("IR", "IN") are left out: they are common words.
 * Returns the number of phrases added.
 */
export function addCountries(trie: PhraseTrie<ActorEntry>): number {
  let added = 0;
  const add = (phrase: string, code: string, kind: ActorEntry['kind']): void => {
    const words = phraseTokens(phrase);
    if (words.length === 0) return;
    addPhrase(trie, words, { code, kind, ref: { dictionary: SOURCE, line: 0, text: `${code} : ${phrase}` } });
    added++;
  };
  const sovereignDemonyms = new Set(countries.filter((c) => c.independent !== false).flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]));
  for (const c of countries) {
    const code = CODE_FIX[c.cca3] ?? c.cca3;
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) if (alt.length >= 4 && !alt.includes(',')) names.add(alt);
    for (const n of names) add(n, code, 'country');
    // a territory sharing its sovereign's demonym ("French" for the French Southern Territories) leaves it to the state
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f])) if (d && (c.independent !== false || !sovereignDemonyms.has(d))) add(d, code, 'demonym');
    for (const cap of c.capital ?? []) add(cap, `${code}GOV`, 'capital');
  }
  return added;
}
