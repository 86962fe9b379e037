import { SingleBar } from 'cli-progress';
import { dateProblem } from '../ingest/storyDate.js';
import { StoreError } from '../store/openStore.js';
import type { Io } from './codeCommand.js';
import { UserError } from './errors.js';
import { runIngest, type IngestProgress } from './ingestRunner.js';

/** Options of `dyad ingest`. */
export interface IngestCommandOptions {
  db: string;
  date?: string;
  rejects?: string;
  workers?: string;
  recode?: boolean;
  progress?: boolean;
}

/**
 * `dyad ingest FILE|DIR… --db dyad.sqlite`: codes stories into the store and
 * prints a summary. A progress bar (stories/s, sentences/s, ETA) shows on a
 * terminal. Exit code 0 when every record went in, 1 when some were
 * rejected (they are in the rejects file), 2 for a usage error.
 */
export async function ingestCommand(paths: string[], opts: IngestCommandOptions, io: Io): Promise<number> {
  if (opts.date !== undefined && dateProblem(opts.date)) throw new UserError(`--date: ${dateProblem(opts.date)}`);
  if (!paths.length && !opts.recode) throw new UserError('no input: give .jsonl, .csv, .txt, .html, .rss/.atom or PETRARCH .xml files or folders (or --recode)');
  let workers: number | undefined;
  if (opts.workers !== undefined) {
    workers = Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new UserError(`--workers: expected a whole number 0–256 (found "${opts.workers}")`);
  }
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
    s = await runIngest({ db: opts.db, paths, date: opts.date, rejects: opts.rejects, workers, recode: opts.recode, onProgress, onWarning: (w) => io.err(`dyad: warning: ${w}\n`) });
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(err.message);
    throw err;
  } finally {
    bar?.stop();
  }
  const rate = (n: number) => Math.round(n / Math.max(s.seconds, 1e-3));
  const lines = [
    `${s.added} stor${s.added === 1 ? 'y' : 'ies'} added (${s.events} events, ${s.duplicates} near-duplicate${s.duplicates === 1 ? '' : 's'} linked), ` +
      `${s.alreadyStored} already stored, ${s.rejected} rejected` + (opts.recode ? `, ${s.recoded} re-coded` : ''),
    `${s.sentences} sentences in ${s.seconds.toFixed(1)} s: ${rate(s.added + s.recoded)} stories/s, ${rate(s.sentences)} sentences/s on ${s.workers || 'no'} worker thread${s.workers === 1 ? '' : 's'}`,
  ];
  if (s.rejectsFile) lines.push(`rejected records are listed in ${s.rejectsFile}`);
  if (s.stale) lines.push(`${s.stale} stored stor${s.stale === 1 ? 'y was' : 'ies were'} coded with other dictionaries or an older coder: dyad ingest --recode --db ${opts.db} re-codes them`);
  io.out(lines.map((l) => `${l}\n`).join(''));
  return s.rejected ? 1 : 0;
}
