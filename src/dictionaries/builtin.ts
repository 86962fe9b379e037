import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileDictionaries, type DictionarySources } from './compile.js';
import type { Dictionaries } from './dictionaries.js';

/** Folder of the built-in dictionaries (`dictionaries/builtin` at the package root). */
export const BUILTIN_DIR = fileURLToPath(new URL('../../dictionaries/builtin/', import.meta.url));

let cached: Dictionaries | null = null;

/**
 * Loads dyad's built-in dictionaries once per process: every country from
 * world-countries plus `dictionaries/builtin/` (countries.txt, actors.txt,
 * roles.txt, agents.txt, synsets.txt, verbs.txt, nouns.txt, discards.txt).
 * A missing file is skipped; malformed lines become warnings.
 */
export function builtinDictionaries(): Dictionaries {
  cached ??= compileDictionaries(builtinSources());
  return cached;
}

/** The texts of the built-in dictionaries, to compile a fresh copy (e.g. to merge users' dictionaries over it). */
export function builtinSources(): DictionarySources {
  return {
    countryFiles: files('countries.txt'),
    actors: files('actors.txt'),
    persons: files('roles.txt'),
    agents: files('agents.txt'),
    synsets: files('synsets.txt'),
    verbs: files('verbs.txt'),
    nouns: files('nouns.txt'),
    discards: files('discards.txt'),
    abstractNouns: files('abstract-nouns.txt'),
  };
}

/** Built-in files named `builtin/NAME` in evidence and warnings, apart from a user's own `verbs.txt`. */
function files(...names: string[]): [string, string][] {
  return names.filter((n) => existsSync(BUILTIN_DIR + n)).map((n) => [`builtin/${n}`, readFileSync(BUILTIN_DIR + n, 'utf8')]);
}
