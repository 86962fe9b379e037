import { SingleBar } from 'cli-progress';
import { readStories } from '../ingest/readStories.js';
import { dateProblem } from '../ingest/storyDate.js';
import type { EventRecord } from '../model/types.js';
import { FORMATS, toCsv, toJsonl, toTable, type Format } from '../output/formats.js';
import { GeoJsonWriter } from '../output/geojson.js';
import { codeStory } from '../pipeline.js';
import { UserError } from './errors.js';
import { dictionariesFromOptions, noInput, type DictionaryOptions } from './userDictionaries.js';

/** Options of `dyad code`. */
export interface CodeCommandOptions extends DictionaryOptions {
  date?: string;
  format?: string;
  negated?: boolean;
  progress?: boolean;
}

/** Where the command writes: injectable for tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  stdin?: () => Promise<Uint8Array>;
}

/**
 * `dyad code FILE…`: codes every story of every input and prints the events.
 * Bad records are reported on stderr as `file:line: problem` and skipped.
 * Returns the exit code: 0 when every input was coded, 1 when some record
 * failed (the others still coded), 2 for a usage error.
 */
export async function codeCommand(paths: string[], opts: CodeCommandOptions, io: Io): Promise<number> {
  const format = (opts.format ?? (io.stdoutIsTTY ? 'table' : 'jsonl')) as Format;
  if (!FORMATS.includes(format)) throw new UserError(`--format: expected one of ${FORMATS.join(', ')} (found "${opts.format}")`);
  if (opts.date !== undefined && dateProblem(opts.date)) throw new UserError(`--date: ${dateProblem(opts.date)}`);
  if (paths.length === 0) throw noInput('give a .txt, .jsonl or PETRARCH .xml file, or - for stdin (see dyad code --help)', opts);
  const dict = dictionariesFromOptions(opts, io);
  let failed = 0;
  let stories = 0;
  let sentences = 0;
  const all: EventRecord[] = [];
  const bar = opts.progress !== false && io.stderrIsTTY ? new SingleBar({ format: 'coding {bar} {value} stories | {sps} sentences/s', clearOnComplete: true, stream: process.stderr }) : null;
  const started = performance.now();
  bar?.start(0, 0, { sps: 0 });
  if (format === 'csv') io.out(toCsv([], true));
  const geojson = format === 'geojson' ? new GeoJsonWriter() : null;
  if (geojson) io.out(geojson.open());
  for (const path of paths) {
    for await (const item of readStories(path, { date: opts.date }, io.stdin)) {
      if ('error' in item) {
        failed++;
        bar?.stop();
        io.err(`dyad: ${item.error}\n`);
        continue;
      }
      if (item.warning) io.err(`dyad: warning: ${item.warning}\n`);
      let events: EventRecord[];
      try {
        const coded = codeStory(item.story, dict, { includeNegated: opts.negated });
        events = coded.events;
        sentences += coded.sentences;
      } catch (err) {
        failed++;
        io.err(`dyad: ${path === '-' ? 'stdin' : path}: story "${item.story.id}" could not be coded (${(err as Error).message}); skipped\n`);
        continue;
      }
      stories++;
      bar?.setTotal(stories);
      bar?.update(stories, { sps: Math.round(sentences / ((performance.now() - started) / 1000)) });
      if (format === 'jsonl') io.out(toJsonl(events));
      else if (format === 'csv') io.out(toCsv(events, false));
      else if (geojson) io.out(geojson.features(events));
      else all.push(...events);
    }
  }
  bar?.stop();
  if (geojson) {
    io.out(geojson.close());
    if (geojson.skipped) io.err(`dyad: geojson: ${geojson.skipped} event(s) without a location left out\n`);
  }
  if (format === 'table') {
    io.out(all.length ? `${toTable(all, io.columns)}\n` : 'no events\n');
    io.out(`${all.length} event(s) from ${stories} stor${stories === 1 ? 'y' : 'ies'}, ${sentences} sentence(s); * = story date (no date in the text)\n`);
  }
  if (failed) io.err(`dyad: ${failed} input record(s) failed; ${stories} stor${stories === 1 ? 'y' : 'ies'} coded\n`);
  return failed ? 1 : 0;
}
