import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import type { ProfileName } from '../profileNames.js';
import type { Db } from './openStore.js';
import { describeFsError } from '../ingest/readStories.js';

/** dyad's version, from package.json. */
export const DYAD_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** The kinds of PETRARCH/TABARI dictionary file a run may name (`--actors`, `--agents`, `--verbs`, `--discards`, `--issues`). */
export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards' | 'issues';

/**
 * Which dictionaries and profile a run codes with. Plain data (JSON), so it
 * crosses to worker threads and is what the store records of a coding.
 */
export interface CodingSpec {
  /** The user's PETRARCH/TABARI files, in command-line order: kind and path (as given, relative to the working directory, or absolute). */
  files: { kind: DictionaryKind; path: string }[];
  /** Lay the files over dyad's built-in dictionaries (false: `--no-builtin`, the files alone). */
  builtin: boolean;
  /** The profile (src/profileNames.ts). */
  profile: ProfileName;
}

/** The coding of a run that names no dictionaries: the built-in set, profile `dyad`. */
export const BUILTIN_CODING: CodingSpec = Object.freeze({ files: [], builtin: true, profile: 'dyad' }) as CodingSpec;

/** A stable string for a spec (same files in the same order, same flags → same key), for memo caches and grouping. */
export function codingSpecKey(spec: CodingSpec): string {
  return JSON.stringify([spec.profile, spec.builtin, spec.files.map((f) => [f.kind, f.path])]);
}

/** True when `spec` names no files and keeps the built-in set: the default coding. */
export function isBuiltinOnly(spec: CodingSpec): boolean {
  return spec.files.length === 0 && spec.builtin;
}

/** A user's dictionary file as a coding records it. */
export interface RecordedDictionary {
  kind: DictionaryKind;
  /** Absolute path where the file was last read. */
  path: string;
  /** Base name: how evidence (`pattern.dictionary`, actor rules) names the file. */
  name: string;
  /** SHA-256 (hex) of the file's bytes. */
  sha256: string;
}

/** Which code and dictionaries coded a story (a row of `codings`, with its `coding_dictionaries`). */
export interface Coding {
  dyad_version: string;
  /** "builtin", "builtin+user" (the user's files over the built-in set), "user" (`--no-builtin`), or "none" (`--no-builtin` and no files). */
  dictionary_set: string;
  /** SHA-256 (hex) over the dyad version, the profile and built-in flag, every dictionary file by name and bytes, and the coding stages' code. */
  dictionary_hash: string;
  /** The profile (default "dyad"). */
  profile?: ProfileName;
  /** Whether the built-in dictionaries were merged under the user's files (default true). */
  builtin?: boolean;
  /** The user's files in command-line order (default none). */
  dictionaries?: RecordedDictionary[];
}

/** Where `codingOf` finds what it hashes. */
export interface CodingSources {
  /** Folder of the built-in dictionary files (BUILTIN_DIR of src/dictionaries/builtin.ts), hashed when the spec keeps them. */
  builtinDir: string;
  /** dist/ or src/: the code of the coding stages (default: the folder this module was loaded from, one up). */
  codeRoot?: string;
}

/** The stages whose code decides which events a story gets (folders of src/ or dist/, and pipeline). */
const CODING_STAGES = [
  'model', 'ontology', 'text', 'dictionaries', 'actors', 'coder', 'time', 'geo',
  ...['pipeline', 'profiles', 'profileNames', 'runner', 'context'].flatMap((f) => [`${f}.js`, `${f}.ts`]),
];

/** The folder this module was loaded from, one up: dist/ or src/. */
const CODE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** SHA-256 (hex) of a file's bytes, or null when it cannot be read. */
export function sha256File(path: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * Provenance of a coding: the hash covers the dyad version, the profile and
 * whether the built-in set is merged, the built-in files (when merged), each
 * user file's kind, base name and bytes in command-line order, and the code
 * of the coding stages (CODING_STAGES, which also compile word lists shipped
 * in code), so a changed dictionary, profile or coder gives a new hash and
 * `--recode` re-codes. No clock: the same files give the same hash. Throws
 * `path: cannot read dictionary (…)` when a user file cannot be read.
 */
export function codingOf(spec: CodingSpec, sources: CodingSources): Coding {
  const codeRoot = sources.codeRoot ?? CODE_ROOT;
  const h = createHash('sha256').update(`dyad ${DYAD_VERSION}\nprofile ${spec.profile}\nbuiltin ${spec.builtin ? 1 : 0}\n`);
  const add = (dir: string, name: string) => h.update(`${name}\n`).update(readFileSync(join(dir, name))).update('\n');
  if (spec.builtin && existsSync(sources.builtinDir)) for (const name of readdirSync(sources.builtinDir).sort()) add(sources.builtinDir, name);
  const dictionaries = spec.files.map(({ kind, path }): RecordedDictionary => {
    const bytes = readDictionary(path);
    const name = basename(path);
    h.update(`${kind} ${name}\n`).update(bytes).update('\n');
    return { kind, path: resolve(path), name, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  for (const stage of CODING_STAGES) {
    const path = join(codeRoot, stage);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) add(codeRoot, stage);
    else for (const f of (readdirSync(path, { recursive: true }) as string[]).filter((x) => /\.(js|ts)$/.test(x)).sort()) add(codeRoot, join(stage, f));
  }
  const set = spec.files.length ? (spec.builtin ? 'builtin+user' : 'user') : (spec.builtin ? 'builtin' : 'none');
  return { dyad_version: DYAD_VERSION, dictionary_set: set, dictionary_hash: h.digest('hex'), profile: spec.profile, builtin: spec.builtin, dictionaries };
}

function readDictionary(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new Error(`${path}: cannot read dictionary (${describeFsError(err)})`);
  }
}

/**
 * The id of `coding` in the store's codings table, inserting it when new.
 * Its `coding_dictionaries` rows are rewritten with the paths given now, so
 * they say where the files were last read (the hash covers base names and
 * bytes, not folders).
 */
export function codingId(db: Db, coding: Coding): number {
  return db.transaction(() => {
    const key = [coding.dyad_version, coding.dictionary_set, coding.dictionary_hash];
    db.prepare('INSERT OR IGNORE INTO codings (dyad_version, dictionary_set, dictionary_hash, profile, builtin) VALUES (?, ?, ?, ?, ?)')
      .run(...key, coding.profile ?? 'dyad', coding.builtin === false ? 0 : 1);
    const id = (db.prepare('SELECT id FROM codings WHERE dyad_version = ? AND dictionary_set = ? AND dictionary_hash = ?').get(...key) as { id: number }).id;
    db.prepare('DELETE FROM coding_dictionaries WHERE coding_id = ?').run(id);
    const insert = db.prepare('INSERT INTO coding_dictionaries (coding_id, position, kind, path, name, sha256) VALUES (?, ?, ?, ?, ?, ?)');
    (coding.dictionaries ?? []).forEach((d, i) => insert.run(id, i, d.kind, d.path, d.name, d.sha256));
    return id;
  })();
}

/** A coding of stored stories, as recorded. */
export interface StoredCoding {
  /** The codings row, or 0 for stories stored without one (before provenance): read as the built-in set, profile dyad. */
  id: number;
  /** The codings row's identity (dyad version, dictionary set and hash); null for id 0. */
  coding: Coding | null;
  /** Stories it coded. */
  stories: number;
  profile: ProfileName;
  builtin: boolean;
  dictionaries: RecordedDictionary[];
}

/** Every coding that stored stories were coded with, by id, with the number of stories each coded. */
export function storedCodings(db: Db): StoredCoding[] {
  const rows = db.prepare(`SELECT coalesce(s.coding_id, 0) AS id, count(*) AS stories, coalesce(c.profile, 'dyad') AS profile, coalesce(c.builtin, 1) AS builtin,
      c.dyad_version, c.dictionary_set, c.dictionary_hash
    FROM stories s LEFT JOIN codings c ON c.id = s.coding_id GROUP BY 1 ORDER BY 1`).all() as { id: number; stories: number; profile: ProfileName; builtin: number; dyad_version: string | null; dictionary_set: string | null; dictionary_hash: string | null }[];
  const files = db.prepare('SELECT kind, path, name, sha256 FROM coding_dictionaries WHERE coding_id = ? ORDER BY position');
  return rows.map((r) => {
    const dictionaries = files.all(r.id) as RecordedDictionary[];
    const builtin = r.builtin === 1;
    const coding = r.dyad_version === null ? null
      : { dyad_version: r.dyad_version, dictionary_set: String(r.dictionary_set), dictionary_hash: String(r.dictionary_hash), profile: r.profile, builtin, dictionaries };
    return { id: r.id, coding, stories: r.stories, profile: r.profile, builtin, dictionaries };
  });
}
