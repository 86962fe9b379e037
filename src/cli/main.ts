import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { allCameoCodes, describe, toPlover } from '../ontology/cameo.js';
import { actorsCommand } from './actorsCommand.js';
import { codeCommand } from './codeCommand.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { evaluateCommand } from './evaluateCommand.js';
import { explainCommand } from './explainCommand.js';
import { addDictionaryOptions } from './userDictionaries.js';
import { validateCommand } from './validateCommand.js';
import { exportCommand } from './exportCommand.js';
import { addFilterOptions } from './filterOptions.js';
import { ingestCommand } from './ingestCommand.js';
import { queryCommand } from './queryCommand.js';
import { serveCommand } from './serveCommand.js';

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** The process's standard streams as an `Io`. */
export function processIo(): Io {
  return {
    out: (s) => { process.stdout.write(s); },
    err: (s) => { process.stderr.write(s); },
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    columns: process.stdout.columns || 120,
  };
}

/**
 * Runs the `dyad` command line with `argv` (as process.argv) and returns the
 * exit code. User errors print one line on stderr; no stack traces.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exit = 0;
  const program = new Command()
    .name('dyad')
    .description('Political event data from news text: who did what to whom, when and where (CAMEO, PLOVER), with evidence.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`${s.replace(/^error: /, 'dyad: ').trimEnd()}\n`),
    });

  addDictionaryOptions(program.command('code'))
    .description('code stories and print their events (a table on a terminal, JSONL when piped)')
    .argument('[inputs...]', '.txt story, .jsonl stories (id, date, text), PETRARCH .xml, or - for stdin')
    .option('--date <YYYY-MM-DD>', 'publication date of .txt and stdin stories')
    .option('--format <format>', 'table | jsonl | csv | geojson (events with a location, as a FeatureCollection)')
    .option('--negated', 'also emit negated events ("did not meet"), with negated: true')
    .option('--no-progress', 'no progress bar')
    .action(async (inputs: string[], opts) => { exit = await codeCommand(inputs, opts, io); });

  program.command('validate')
    .description('run PETRARCH-format validation records (<EventCoding>); ends with "N passed, M failed"')
    .argument('<file>', 'validation XML, e.g. PETR.UnitTest.records.xml')
    .option('--dict-dir <dir>', 'folder of the dictionaries its <Environment> names (default: the file\'s folder)')
    .option('--builtin', 'merge the built-in dictionaries under the file\'s own')
    .option('--verbose', 'list passing records too')
    .option('--parse-words', 'code the words of each <Parse> instead of <Text> (the tree is not used)')
    .option('--all-warnings', 'list every dictionary warning, not only the first ten')
    .action((file: string, opts) => { exit = validateCommand(file, opts, io); });

  addDictionaryOptions(program.command('evaluate'))
    .description('code gold sentences (PLOVER records: plv JSONL or OEDA JSON) and score the events as ../shared/eval/score.py does')
    .argument('<gold>', 'gold records: JSONL {id, text, event, source_text[], target_text[]} or a JSON array of OEDA PLOVER records')
    .option('--misses <FILE>', 'write each sentence that falls short, with its gold and coded events (score.py\'s misses file)')
    .option('--events <FILE>', 'write the coded events as JSONL (what score.py score reads)')
    .option('--format <format>', 'table (default) | json')
    .option('--no-progress', 'no progress bar')
    .action((gold: string, opts) => { exit = evaluateCommand(gold, opts, io); });

  addDictionaryOptions(program.command('explain'))
    .description('show how a sentence is read: tokens, actors, patterns, and the events or why none')
    .argument('<text>', 'the sentence or story text, in quotes')
    .option('--date <YYYY-MM-DD>', 'publication date')
    .option('--negated', 'also show negated events')
    .action((text: string, opts) => { exit = explainCommand(text, opts, io); });

  addDictionaryOptions(program.command('actors'))
    .description('list every actor mention with its code, the rule or entry that decided it, and what it refers to')
    .argument('[inputs...]', '.txt story, .jsonl stories, PETRARCH .xml, or - for stdin')
    .option('--date <YYYY-MM-DD>', 'publication date of .txt and stdin stories')
    .action(async (inputs: string[], opts) => { exit = await actorsCommand(inputs, opts, io); });

  addDictionaryOptions(program.command('ingest'))
    .description('code stories into a store: .jsonl, .csv, folders of .txt/.html, RSS/Atom, PETRARCH XML')
    .argument('[inputs...]', 'files or folders')
    .option('--db <FILE>', 'the SQLite store (created when missing)', 'dyad.sqlite')
    .option('--date <YYYY-MM-DD>', 'publication date of .txt stories and of pages or feed items that name none')
    .option('--rejects <FILE>', 'where bad records are listed (default: <db name>.rejects.txt beside the db)')
    .option('--workers <N>', 'worker threads coding stories (default: every core; 0 = main thread)')
    .option('--recode', 're-code stale stored stories (replacing their events): with the dictionary options given, or else each with the dictionaries recorded for it')
    .option('--no-progress', 'no progress bar')
    .action(async (inputs: string[], opts) => { exit = await ingestCommand(inputs, opts, io); });

  addFilterOptions(program.command('query'), 'roots')
    .description('print stored events matching filters (a table on a terminal, JSONL when piped), or a dyad series')
    .option('--db <FILE>', 'the SQLite store', 'dyad.sqlite')
    .option('--format <format>', 'table | jsonl')
    .option('--limit <N>', 'events per page (default 50 in a table, 10000 in JSONL)')
    .option('--cursor <CURSOR>', 'the next page, as printed by the previous one')
    .option('--series <week|month>', 'with --dyad: counts per period by QuadClass, Goldstein sum and mean')
    .action(async (opts) => { exit = await queryCommand(opts, io); });

  addFilterOptions(program.command('export'), 'mentions (roots for gdelt)')
    .description('write stored events as JSONL, CSV, GDELT 2.0-style TSV, PLOVER JSON or Parquet')
    .option('--db <FILE>', 'the SQLite store', 'dyad.sqlite')
    .option('--format <format>', 'jsonl | csv | gdelt | plover | parquet', 'jsonl')
    .option('--out <FILE>', 'output file (default: stdout; required for parquet)')
    .action(async (opts) => { exit = await exportCommand(opts, io); });

  addDictionaryOptions(program.command('serve'))
    .description('serve the JSON API and the dashboard over a store (read-only), on 127.0.0.1 unless --host says otherwise; POST /api/code codes with the dictionaries given')
    .option('--db <FILE>', 'the SQLite store', 'dyad.sqlite')
    .option('--port <N>', 'TCP port (0 = any free port)', '8080')
    .option('--host <ADDRESS>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .action(async (opts) => { exit = await serveCommand(opts, io); });

  program.command('describe')
    .description('describe a CAMEO event code (name, root, Goldstein, QuadClass, PLOVER), or list them all')
    .argument('[code]', 'a CAMEO code such as 0874; none lists every code')
    .action((code?: string) => {
      if (!code) {
        for (const c of allCameoCodes()) io.out(`${c.code}\t${c.name}\t${c.goldstein}\tQ${c.quad_class}\n`);
        return;
      }
      const c = describe(code);
      if (!c) throw new UserError(`unknown CAMEO code "${code}" (try dyad describe to list them)`);
      const p = toPlover(code);
      io.out(`${c.code} ${c.name}\n  root ${c.root} (${describe(c.root)?.name ?? ''})\n  Goldstein ${c.goldstein}\n  QuadClass ${c.quad_class} (${['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'][c.quad_class]})\n  PLOVER ${p ? `${p.event}${p.mode ? `, mode ${p.mode}` : ''}${p.context.length ? `, context ${p.context.join('; ')}` : ''}` : '— (CAMEO roots 01 and 02 have no PLOVER event)'}\n`);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UserError) {
      io.err(`dyad: ${err.message}\n`);
      return err.exitCode;
    }
    io.err(`dyad: internal error: ${(err as Error).message}\n  please report it with the input that caused it\n`);
    return 70;
  }
  return exit;
}
