import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileDictionaries } from '../src/dictionaries/compile.js';
import type { Dictionaries } from '../src/dictionaries/dictionaries.js';
import type { EventRecord } from '../src/model/types.js';
import { codeStory } from '../src/pipeline.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/dicts/', import.meta.url));
const read = (name: string): [string, string][] => [[name, readFileSync(FIXTURES + name, 'utf8')]];

let fixture: Dictionaries | null = null;

/** The small dictionaries written for the tests (test/fixtures/dicts), with every country. */
export function fixtureDictionaries(): Dictionaries {
  fixture ??= compileDictionaries({
    actors: read('actors.txt'), agents: read('agents.txt'), synsets: read('synsets.txt'),
    verbs: read('verbs.txt'), nouns: read('nouns.txt'), discards: read('discards.txt'), abstractNouns: read('abstract-nouns.txt'),
  });
  return fixture;
}

/** Codes `text` published on `date` with the fixture dictionaries. */
export function code(text: string, date: string, dict = fixtureDictionaries(), includeNegated = false): EventRecord[] {
  return codeStory({ id: 'test', date, text }, dict, { includeNegated }).events;
}

/** Events as compact "SOURCE CODE TARGET" strings, in output order. */
export function brief(events: EventRecord[]): string[] {
  return events.map((e) => `${e.source.code} ${e.cameo.code} ${e.target?.code ?? '-'}`);
}
