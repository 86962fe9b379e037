import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { formatReport, loadPetrarch, type PetrarchPaths } from '../dictionaries/petrarch/load.js';
import type { Io } from './codeCommand.js';
import { UserError } from './errors.js';

/**
 * Loads PETRARCH/TABARI dictionaries named on the command line (over the
 * built-in set when `builtin`), prints the load report and warnings on stderr
 * (a count, and the first few, when there are many), and returns them.
 * An unreadable file is a one-line user error.
 */
export function userDictionaries(paths: PetrarchPaths, builtin: boolean, io: Io, quiet = false): Dictionaries {
  let loaded;
  try {
    loaded = loadPetrarch(paths, builtin);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  const { dict, report } = loaded;
  if (!quiet) {
    io.err(`dyad: dictionaries${builtin ? ' (over the built-in set)' : ''}:\n${formatReport(report).join('\n')}\n`);
    const shown = report.warnings.slice(0, 10);
    for (const w of shown) io.err(`dyad: warning: ${w}\n`);
    if (report.warnings.length > shown.length) io.err(`dyad: … ${report.warnings.length - shown.length} more warning(s)\n`);
  }
  return dict;
}
