import { SingleBar } from 'cli-progress';
import { readStories } from '../ingest/readStories.js';
import { dateProblem } from '../ingest/storyDate.js';
import type { EventRecord } from '../model/types.js';
import { FORMATS, toCsv, toJsonl, toTable, type Format } from '../output/formats.js';
import { GeoJsonWriter } from '../output/geojson.js';
import { codeStory, type CodeOptions } from '../pipeline.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { dictionariesFromOptions, noInput, profileFromOptions, type DictionaryOptions } from './userDictionaries.js';

/** Options of `dyad code`. */
export interface CodeCommandOptions extends DictionaryOptions {
  date?: string;
  format?: string;
  negated?: boolean;
  progress?: boolean;
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
  const options: CodeOptions = { includeNegated: opts.negated, profile: profileFromOptions(opts) };
  const run = { failed: 0, stories: 0, sentences: 0 };
  const out = new EventOutput(format, io);
  const bar = opts.progress !== false && io.stderrIsTTY ? new SingleBar({ format: 'coding {bar} {value} stories | {sps} sentences/s', clearOnComplete: true, stream: process.stderr }) : null;
  const started = performance.now();
  bar?.start(0, 0, { sps: 0 });
  for (const path of paths) {
    for await (const item of readStories(path, { date: opts.date }, io.stdin)) {
      if ('error' in item) {
        run.failed++;
        bar?.stop();
        io.err(`dyad: ${item.error}\n`);
        continue;
      }
      if (item.warning) io.err(`dyad: warning: ${item.warning}\n`);
      let coded;
      try {
        coded = codeStory(item.story, dict, options);
      } catch (err) {
        run.failed++;
        io.err(`dyad: ${path === '-' ? 'stdin' : path}: story "${item.story.id}" could not be coded (${(err as Error).message}); skipped\n`);
        continue;
      }
      run.sentences += coded.sentences;
      run.stories++;
      bar?.setTotal(run.stories);
      bar?.update(run.stories, { sps: Math.round(run.sentences / ((performance.now() - started) / 1000)) });
      out.events(coded.events);
    }
  }
  bar?.stop();
  out.close(run);
  if (run.failed) io.err(`dyad: ${run.failed} input record(s) failed; ${run.stories} stor${run.stories === 1 ? 'y' : 'ies'} coded\n`);
  return run.failed ? 1 : 0;
}

/** Writes events in one output format as they come (a table waits for all of them), with its header and closing lines. */
class EventOutput {
  private readonly all: EventRecord[] = [];
  private readonly geojson: GeoJsonWriter | null;

  constructor(private readonly format: Format, private readonly io: Io) {
    if (format === 'csv') io.out(toCsv([], true));
    this.geojson = format === 'geojson' ? new GeoJsonWriter() : null;
    if (this.geojson) io.out(this.geojson.open());
  }

  /** One story's events. */
  events(events: EventRecord[]): void {
    if (this.format === 'jsonl') this.io.out(toJsonl(events));
    else if (this.format === 'csv') this.io.out(toCsv(events, false));
    else if (this.geojson) this.io.out(this.geojson.features(events));
    else this.all.push(...events);
  }

  /** Ends the output: closes the GeoJSON collection, or prints the table and its count line. */
  close(run: { stories: number; sentences: number }): void {
    const { io, all } = this;
    if (this.geojson) {
      io.out(this.geojson.close());
      if (this.geojson.skipped) io.err(`dyad: geojson: ${this.geojson.skipped} event(s) without a location left out\n`);
    }
    if (this.format !== 'table') return;
    io.out(all.length ? `${toTable(all, io.columns)}\n` : 'no events\n');
    io.out(`${all.length} event(s) from ${run.stories} stor${run.stories === 1 ? 'y' : 'ies'}, ${run.sentences} sentence(s); * = story date (no date in the text)\n`);
  }
}
