import { builtinDictionaries } from '../dictionaries/builtin.js';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { loadPetrarch, type PetrarchPaths, type PetrarchReport } from '../dictionaries/petrarch/load.js';
import { codingSpecKey, isBuiltinOnly, type CodingSpec } from '../store/provenance.js';

/** Compiled dictionaries of a coding, with the load report of the user's files (null for the built-in set alone). */
export interface LoadedCoding {
  dict: Dictionaries;
  report: PetrarchReport | null;
}

/** Memo cache: spec key → compiled dictionaries. Pure (same spec, same files → same value); one per thread. */
const loaded = new Map<string, LoadedCoding>();

/**
 * The dictionaries a coding spec names, compiled once per thread and spec
 * (memoised by `codingSpecKey`): the built-in set when the spec names no
 * files, else the PETRARCH/TABARI files over the built-in set (or alone,
 * `builtin: false`). Used by the main thread (which loads first, so a bad
 * file fails the command before any worker starts) and by the coding
 * workers of `dyad ingest` and `dyad serve`. Throws an Error with one line,
 * `path: cannot read dictionary (…)`, when a file cannot be read; bad lines
 * are warnings in the report, never errors.
 */
export function loadCoding(spec: CodingSpec): LoadedCoding {
  const key = codingSpecKey(spec);
  let hit = loaded.get(key);
  if (!hit) {
    hit = isBuiltinOnly(spec) ? { dict: builtinDictionaries(), report: null } : loadPetrarch(petrarchPaths(spec), spec.builtin);
    loaded.set(key, hit);
  }
  return hit;
}

/** The spec's files grouped by kind, in their order, as `loadPetrarch` takes them. */
export function petrarchPaths(spec: CodingSpec): Required<PetrarchPaths> {
  const paths: Required<PetrarchPaths> = { actors: [], agents: [], verbs: [], discards: [], issues: [] };
  for (const f of spec.files) paths[f.kind].push(f.path);
  return paths;
}
