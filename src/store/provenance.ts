import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import type { Db } from './openStore.js';

/** dyad's version, from package.json. */
export const DYAD_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Which code and dictionaries coded a story. */
export interface Coding {
  dyad_version: string;
  /** Name of the dictionary set, e.g. "builtin". */
  dictionary_set: string;
  /** SHA-256 (hex) over the dyad version, every dictionary file by name, and the coding stages' code. */
  dictionary_hash: string;
}

/** The stages whose code decides which events a story gets (folders of src/ or dist/, and pipeline). */
const CODING_STAGES = ['model', 'ontology', 'text', 'dictionaries', 'actors', 'coder', 'time', 'geo', 'pipeline.js', 'pipeline.ts'];

/** The folder this module was loaded from, one up: dist/ or src/. */
const CODE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Provenance of a coding: the hash covers the dyad version, each dictionary
 * file's name and bytes in name order, and the code of the coding stages
 * (CODING_STAGES, which also compile word lists shipped in code), so a new
 * dictionary or a changed coder gives a new hash and `--recode` re-codes.
 * No clock: the same files give the same hash.
 */
export function codingOf(dictionaryDir: string, set = 'builtin', codeRoot = CODE_ROOT): Coding {
  const h = createHash('sha256').update(`dyad ${DYAD_VERSION}\n`);
  const add = (dir: string, name: string) => h.update(`${name}\n`).update(readFileSync(join(dir, name))).update('\n');
  if (existsSync(dictionaryDir)) for (const name of readdirSync(dictionaryDir).sort()) add(dictionaryDir, name);
  for (const stage of CODING_STAGES) {
    const path = join(codeRoot, stage);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) add(codeRoot, stage);
    else for (const f of (readdirSync(path, { recursive: true }) as string[]).filter((x) => /\.(js|ts)$/.test(x)).sort()) add(codeRoot, join(stage, f));
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
