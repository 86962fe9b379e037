import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileDictionaries } from '../../src/dictionaries/compile.js';
import type { Dictionaries } from '../../src/dictionaries/dictionaries.js';
import { gazetteer } from '../../src/geo/gazetteer.js';
import { findPlaceMentions } from '../../src/geo/mentions.js';
import type { EventRecord } from '../../src/model/types.js';
import { codeStory } from '../../src/pipeline.js';
import { analyzeText } from '../../src/text/analyze.js';
import type { PlaceMention } from '../../src/model/places.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/dicts/', import.meta.url));
const read = (name: string): [string, string] => [name, readFileSync(FIXTURES + name, 'utf8')];

/** Verb patterns for the geo tests, written here: one per event kind the tests need. */
const GEO_VERBS = [
  '040  meet (with) +', '042  visit +', '046  hold talks (with +)', '057  sign agreement (with +)', '0874 pull * @TROOPS out (of +)', '111  criticise|criticize +',
  '173  arrest|detain +', '175  beat +', '181  abduct|kidnap +', '190  attack +', '193  fight +', '194  shell +',
].join('\n');

let dict: Dictionaries | null = null;

/** The fixture dictionaries of test/fixtures/dicts with the geo verbs above. */
export function geoDictionaries(): Dictionaries {
  dict ??= compileDictionaries({
    actors: [read('actors.txt')], agents: [read('agents.txt'), ['geo-agents.txt', 'UAF : gunman | gunmen | armed men\nCVL : farmer | villager | resident\n']],
    synsets: [read('synsets.txt')], verbs: [['geo-verbs.txt', GEO_VERBS]], nouns: [read('nouns.txt')],
  });
  return dict;
}

/** Codes `text` published on `date` with the geo dictionaries. */
export function codeGeo(text: string, date = '2024-06-21'): EventRecord[] {
  return codeStory({ id: 'geo-test', date, text }, geoDictionaries()).events;
}

/** The place mentions of every sentence of `text`, with no time mask. */
export function mentionsOf(text: string): PlaceMention[] {
  const t = analyzeText({ id: 'geo-test', date: '2024-01-01', text });
  return t.sentences.flatMap((s) => findPlaceMentions(t.tokens, s.tokenStart, s.tokenEnd, new Uint8Array(s.tokenEnd - s.tokenStart), gazetteer()));
}

/** Great-circle distance in kilometres between two WGS84 points in degrees. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
