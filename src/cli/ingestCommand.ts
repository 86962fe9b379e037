import { SingleBar } from 'cli-progress';
import { dateProblem } from '../ingest/storyDate.js';
import { StoreError } from '../store/openStore.js';
import type { CodingSpec } from '../store/provenance.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { runIngest, type IngestProgress, type IngestSummary } from './ingestRunner.js';
import { dictionaryOptions } from './recodePlan.js';
import { codingGiven, codingSpecFromOptions, loadCodingReported, noInput, type DictionaryOptions } from './userDictionaries.js';

/** Options of `dyad ingest`: the store, input options, and the dictionary options of `dyad code` (with `--profile`). */
export interface IngestCommandOptions extends DictionaryOptions {
  db: string;
  date?: string;
  rejects?: string;
  workers?: string;
  recode?: boolean;
  progress?: boolean;
}

/**
 * `dyad ingest FILE|DIR… --db dyad.sqlite [--actors F… --verbs F … --profile P]`:
 * codes stories into the store and prints a summary. The user's dictionaries
 * are read once here first (a bad file fails the command before any worker
 * starts, with `dyad code`'s messages and load report), then once by each
 * worker. A progress bar (stories/s, sentences/s, ETA) shows on a terminal.
 * Exit code 0 when every record went in, 1 when some were rejected (they are
 * in the rejects file) or stored stories could not be re-coded, 2 for a usage error.
 */
export async function ingestCommand(paths: string[], opts: IngestCommandOptions, io: Io): Promise<number> {
  if (opts.date !== undefined && dateProblem(opts.date)) throw new UserError(`--date: ${dateProblem(opts.date)}`);
  const workers = workersOption(opts.workers);
  const coding = codingGiven(opts) ? codingSpecFromOptions(opts) : undefined;
  if (!paths.length && !opts.recode) throw noInput('give .jsonl, .csv, .txt, .html, .rss/.atom or PETRARCH .xml files or folders (or --recode)', opts);
  if (coding) loadCodingReported(coding, io, opts.allWarnings === true);
  const bar = opts.progress !== false && io.stderrIsTTY
    ? new SingleBar({
      format: '{phase} {bar} {percentage}% | {stories} stories | {sps} stories/s | {sentps} sentences/s | ETA {eta_formatted}',
      stream: process.stderr, clearOnComplete: true, etaBuffer: 50, fps: 5,
    })
    : null;
  let started = false;
  const onProgress = (p: IngestProgress) => {
    if (!bar) return;
    const values = { phase: p.phase, stories: p.stories, sps: Math.round(p.stories / Math.max(p.seconds, 1e-3)), sentps: Math.round(p.sentences / Math.max(p.seconds, 1e-3)) };
    if (!started) {
      bar.start(p.total, p.done, values);
      started = true;
    }
    bar.setTotal(p.total);
    bar.update(p.done, values);
  };
  let s;
  try {
    s = await runIngest({
      db: opts.db, paths, date: opts.date, rejects: opts.rejects, workers, recode: opts.recode, coding, onProgress,
      onWarning: (w) => io.err(`dyad: warning: ${w}\n`), onNote: (line) => io.err(`dyad: ${line}\n`),
    });
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(err.message);
    throw err;
  } finally {
    bar?.stop();
  }
  io.out(summaryLines(s, { ...opts, coding }).map((l) => `${l}\n`).join(''));
  return s.rejected || s.notRecoded ? 1 : 0;
}

/** `--workers`: a whole number 0–256, or undefined for the default. */
function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new UserError(`--workers: expected a whole number 0–256 (found "${value}")`);
  return workers;
}

/** The summary a run prints: counts, speed, where rejects went, and what --recode would do for stale stories. */
function summaryLines(s: IngestSummary, opts: IngestCommandOptions & { coding?: CodingSpec }): string[] {
  const rate = (n: number) => Math.round(n / Math.max(s.seconds, 1e-3));
  const stories = (n: number) => `${n} stor${n === 1 ? 'y' : 'ies'}`;
  const lines = [
    `${stories(s.added)} added (${s.events} events, ${s.duplicates} near-duplicate${s.duplicates === 1 ? '' : 's'} linked), ` +
      `${s.alreadyStored} already stored, ${s.rejected} rejected` + (opts.recode ? `, ${s.recoded} re-coded` : '') + (s.notRecoded ? `, ${s.notRecoded} not re-coded` : ''),
    `${s.sentences} sentences in ${s.seconds.toFixed(1)} s: ${rate(s.added + s.recoded)} stories/s, ${rate(s.sentences)} sentences/s on ${s.workers || 'no'} worker thread${s.workers === 1 ? '' : 's'}`,
  ];
  if (s.rejectsFile) lines.push(`rejected records are listed in ${s.rejectsFile}`);
  if (!s.stale) return lines;
  const [were, them] = s.stale === 1 ? ['1 stored story was', 'it'] : [`${s.stale} stored stories were`, 'them'];
  if (opts.coding) {
    const again = ['dyad ingest --recode --db', opts.db, dictionaryOptions(opts.coding)].filter(Boolean).join(' ');
    lines.push(`${were} coded with other dictionaries or an older coder: ${again} re-codes ${them} with these`);
  } else {
    lines.push(`${were} coded by an older coder or with dictionaries changed since: dyad ingest --recode --db ${opts.db} re-codes ${them} with the dictionaries recorded for ${them} (or names the files missing or changed)`);
  }
  return lines;
}
