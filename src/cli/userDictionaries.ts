import type { Command } from 'commander';
import { builtinDictionaries } from '../dictionaries/builtin.js';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { formatReport, loadPetrarch, type PetrarchPaths } from '../dictionaries/petrarch/load.js';
import type { Io } from './codeCommand.js';
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
  if (!quiet) {
    io.err(`dyad: dictionaries${builtin ? ' (over the built-in set)' : ''}:\n${formatReport(report).join('\n')}\n`);
    const shown = allWarnings ? report.warnings : report.warnings.slice(0, 10);
    for (const w of shown) io.err(`dyad: warning: ${w}\n`);
    if (report.warnings.length > shown.length) io.err(`dyad: … ${report.warnings.length - shown.length} more warning(s) (--all-warnings lists them)\n`);
  }
  return dict;
}

/** The dictionary options of `dyad code`, `explain` and `actors`: PETRARCH/TABARI files (paths), laid over the built-in set unless `builtin` is false. */
export interface DictionaryOptions {
  actors?: string[];
  agents?: string;
  verbs?: string;
  discards?: string;
  issues?: string;
  builtin?: boolean;
  allWarnings?: boolean;
}

/** Files that hold stories, never dictionaries (PETRARCH/TABARI dictionaries are plain text). */
const STORY_FILE = /\.(jsonl|xml|csv|html?|rss|atom)$/i;

/** Adds `--actors --agents --verbs --discards --issues --no-builtin` to a command. */
export function addDictionaryOptions(command: Command): Command {
  return command
    .option('--actors <files...>', 'PETRARCH/TABARI actor dictionaries (several: put input files first, or end the list with --)')
    .option('--agents <file>', 'PETRARCH agents dictionary')
    .option('--verbs <file>', 'PETRARCH/TABARI verbs dictionary (e.g. CAMEO.2.0.txt)')
    .option('--discards <file>', 'PETRARCH discard list')
    .option('--issues <file>', 'PETRARCH issues file: topic codes appear as issues[] in each event')
    .option('--no-builtin', 'use only the dictionaries given, not the built-in set')
    .option('--all-warnings', 'list every dictionary warning, not only the first ten');
}

/** The built-in dictionaries, or the files the options name (over the built-in set unless `--no-builtin`). */
export function dictionariesFromOptions(opts: DictionaryOptions, io: Io): Dictionaries {
  // --actors takes several files: input named after it would be read as a dictionary and never coded
  const input = opts.actors?.find((f) => STORY_FILE.test(f));
  if (input) throw new UserError(`--actors: "${input}" is input, not an actors dictionary: put input files before --actors, or end its list with --`);
  const given = !!(opts.actors?.length || opts.agents || opts.verbs || opts.discards || opts.issues);
  if (!given && opts.builtin !== false) return builtinDictionaries();
  return userDictionaries({
    actors: opts.actors, agents: opts.agents ? [opts.agents] : [], verbs: opts.verbs ? [opts.verbs] : [],
    discards: opts.discards ? [opts.discards] : [], issues: opts.issues ? [opts.issues] : [],
  }, opts.builtin !== false, io, false, opts.allWarnings === true);
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
