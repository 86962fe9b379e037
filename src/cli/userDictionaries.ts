import type { Command } from 'commander';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { formatReport, loadPetrarch, type PetrarchPaths, type PetrarchReport } from '../dictionaries/petrarch/load.js';
import { isProfileName, PROFILE_NAMES, type ProfileName } from '../profileNames.js';
import type { CodingSpec, DictionaryKind } from '../store/provenance.js';
import type { Io } from './io.js';
import { loadCoding } from './codingDictionaries.js';
import { UserError } from './errors.js';

/**
 * Loads PETRARCH/TABARI dictionaries named on the command line (over the
 * built-in set when `builtin`), prints the load report and warnings on stderr
 * (the first ten and a count of the rest, or all with `allWarnings`), and returns them.
 * An unreadable file is a one-line user error.
 */
export function userDictionaries(paths: PetrarchPaths, builtin: boolean, io: Io, quiet = false, allWarnings = false): Dictionaries {
  let loaded;
  try {
    loaded = loadPetrarch(paths, builtin);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  const { dict, report } = loaded;
  if (!quiet) printReport(report, { builtin, allWarnings }, io);
  return dict;
}

/** Prints a load report on stderr: the header, entries per kind and file, then the first ten warnings and a count of the rest (or all with `allWarnings`). */
function printReport(report: PetrarchReport, how: { builtin: boolean; allWarnings: boolean }, io: Io): void {
  io.err(`dyad: dictionaries${how.builtin ? ' (over the built-in set)' : ''}:\n${formatReport(report).join('\n')}\n`);
  const shown = how.allWarnings ? report.warnings : report.warnings.slice(0, 10);
  for (const w of shown) io.err(`dyad: warning: ${w}\n`);
  if (report.warnings.length > shown.length) io.err(`dyad: … ${report.warnings.length - shown.length} more warning(s) (--all-warnings lists them)\n`);
}

/**
 * The dictionary options of `dyad code`, `explain`, `actors`, `ingest` and
 * `serve`: PETRARCH/TABARI files (paths), laid over the built-in set unless
 * `builtin` is false, and the profile name (checked by `profileFromOptions`).
 */
export interface DictionaryOptions {
  actors?: string[];
  agents?: string;
  verbs?: string;
  discards?: string;
  issues?: string;
  builtin?: boolean;
  allWarnings?: boolean;
  profile?: string;
}

/** Files that hold stories, never dictionaries (PETRARCH/TABARI dictionaries are plain text). */
const STORY_FILE = /\.(jsonl|xml|csv|html?|rss|atom)$/i;

/** Adds `--actors --agents --verbs --discards --issues --no-builtin --all-warnings --profile` to a command. */
export function addDictionaryOptions(command: Command): Command {
  return command
    .option('--actors <files...>', 'PETRARCH/TABARI actor dictionaries (several: put input files first, or end the list with --)')
    .option('--agents <file>', 'PETRARCH agents dictionary')
    .option('--verbs <file>', 'PETRARCH/TABARI verbs dictionary (e.g. CAMEO.2.0.txt)')
    .option('--discards <file>', 'PETRARCH discard list')
    .option('--issues <file>', 'PETRARCH issues file: topic codes appear as issues[] in each event')
    .option('--no-builtin', 'use only the dictionaries given, not the built-in set')
    .option('--all-warnings', 'list every dictionary warning, not only the first ten')
    .option('--profile <name>', `coding profile: ${PROFILE_NAMES.join(' | ')} (petrarch codes as PETRARCH does where dyad differs; default dyad)`);
}

/** The profile the options name (default `dyad`); an unknown name is a one-line usage error naming it and the choices. */
export function profileFromOptions(opts: DictionaryOptions): ProfileName {
  const name = opts.profile ?? 'dyad';
  if (!isProfileName(name)) throw new UserError(`--profile: expected one of ${PROFILE_NAMES.join(', ')} (found "${name}")`);
  return name;
}

/** True when the options name a dictionary file, `--no-builtin` or `--profile` (else a run may fall back on what a store recorded). */
export function codingGiven(opts: DictionaryOptions): boolean {
  return !!(opts.actors?.length || opts.agents || opts.verbs || opts.discards || opts.issues) || opts.builtin === false || opts.profile !== undefined;
}

/**
 * The coding the options name, as plain data for worker threads and the
 * store: files by kind with their paths as given (`--actors` in its order first),
 * the built-in flag and the profile. Usage errors (one line): an input file
 * swallowed by `--actors`, an unknown profile. Files are not read here.
 */
export function codingSpecFromOptions(opts: DictionaryOptions): CodingSpec {
  // --actors takes several files: input named after it would be read as a dictionary and never coded
  const input = opts.actors?.find((f) => STORY_FILE.test(f));
  if (input) throw new UserError(`--actors: "${input}" is input, not an actors dictionary: put input files before --actors, or end its list with --`);
  const profile = profileFromOptions(opts);
  const files: CodingSpec['files'] = (opts.actors ?? []).map((path) => ({ kind: 'actors', path }));
  for (const kind of ['agents', 'verbs', 'discards', 'issues'] as const satisfies DictionaryKind[]) {
    const path = opts[kind];
    if (path) files.push({ kind, path });
  }
  return { files, builtin: opts.builtin !== false, profile };
}

/**
 * Loads a coding's dictionaries once (memoised, see `loadCoding`) and prints
 * the load report of the user's files on stderr, as `dyad code` does (none
 * for the built-in set alone). An unreadable file is a one-line user error.
 */
export function loadCodingReported(spec: CodingSpec, io: Io, allWarnings = false): Dictionaries {
  let loaded;
  try {
    loaded = loadCoding(spec);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  if (loaded.report) printReport(loaded.report, { builtin: spec.builtin, allWarnings }, io);
  return loaded.dict;
}

/** The built-in dictionaries, or the files the options name (over the built-in set unless `--no-builtin`), with the load report on stderr. */
export function dictionariesFromOptions(opts: DictionaryOptions, io: Io): Dictionaries {
  return loadCodingReported(codingSpecFromOptions(opts), io, opts.allWarnings === true);
}

/**
 * The "no input" usage error, with a hint when a dictionary option could have
 * taken the input: `--actors` takes several files, so in `--actors A.txt
 * story.txt` the story is read as a dictionary.
 */
export function noInput(what: string, opts: DictionaryOptions): UserError {
  const swallowed = opts.actors && opts.actors.length > 1 ? opts.actors[opts.actors.length - 1] : undefined;
  const hint = swallowed ? `; "${swallowed}" was read as an actors dictionary: put input files before --actors, or end its list with --` : '';
  return new UserError(`no input: ${what}${hint}`);
}
