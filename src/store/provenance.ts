import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Db } from './openStore.js';

/** dyad's version, from package.json. */
export const DYAD_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Which code and dictionaries coded a story. */
export interface Coding {
  dyad_version: string;
  /** Name of the dictionary set, e.g. "builtin". */
  dictionary_set: string;
  /** SHA-256 (hex) over the dyad version and every dictionary file, by name. */
  dictionary_hash: string;
}

/**
 * Provenance of a dictionary folder: the hash covers each file's name and
 * bytes in name order, plus the dyad version (the built-in set also compiles
 * word lists shipped in code). No clock: the same files give the same hash.
 */
export function codingOf(dictionaryDir: string, set = 'builtin'): Coding {
  const h = createHash('sha256').update(`dyad ${DYAD_VERSION}\n`);
  if (existsSync(dictionaryDir)) {
    for (const name of readdirSync(dictionaryDir).sort()) {
      h.update(`${name}\n`).update(readFileSync(join(dictionaryDir, name))).update('\n');
    }
  }
  return { dyad_version: DYAD_VERSION, dictionary_set: set, dictionary_hash: h.digest('hex') };
}

/** The id of `coding` in the store's codings table, inserting it when new. */
export function codingId(db: Db, coding: Coding): number {
  db.prepare('INSERT OR IGNORE INTO codings (dyad_version, dictionary_set, dictionary_hash) VALUES (?, ?, ?)')
    .run(coding.dyad_version, coding.dictionary_set, coding.dictionary_hash);
  const row = db.prepare('SELECT id FROM codings WHERE dyad_version = ? AND dictionary_set = ? AND dictionary_hash = ?')
    .get(coding.dyad_version, coding.dictionary_set, coding.dictionary_hash) as { id: number };
  return row.id;
}
