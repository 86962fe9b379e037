import { createWriteStream, existsSync, readdirSync, statSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { BUILTIN_DIR } from '../dictionaries/builtin.js';
import type { CorpusItem } from '../ingest/corpusItem.js';
import { readCorpus } from '../ingest/readCorpus.js';
import type { Story } from '../model/types.js';
import { openStore, type Db } from '../store/openStore.js';
import { BUILTIN_CODING, codingId, codingOf, type CodingSources, type CodingSpec } from '../store/provenance.js';
import { StoryWriter, type CodedInput } from '../store/writeStories.js';
import { loadCoding } from './codingDictionaries.js';
import codeTask, { type CodeResult, type CodeTask } from './codeWorker.js';
import { UserError } from './errors.js';
import { describeCoding, planRecode, planStories, type RecodeGroup, type RecodePlan } from './recodePlan.js';

/** Options of an ingest run. */
export interface IngestOptions {
  db: string;
  paths: string[];
  /** Publication date for .txt files and undated pages/feed items. */
  date?: string;
  /** Rejects file (one `file:line: reason` a line); default `<db name>.rejects.txt` beside the db. */
  rejects?: string;
  /** Worker threads coding stories; default every core (os.availableParallelism()); 0 codes in the main thread. */
  workers?: number;
  /**
   * Re-code stored stories before reading `paths`: with `coding`, every story
   * not coded with it; without, each story whose coding is not what this dyad
   * makes of its recorded dictionaries (see planRecode).
   */
  recode?: boolean;
  /**
   * The dictionaries and profile the command line names (plain data, sent to
   * the workers); undefined when it names none: new stories are coded with
   * the built-in set, and --recode uses the dictionaries recorded for each story.
   */
  coding?: CodingSpec;
  /** Stories per write transaction (default 64; also flushed every 250 ms). */
  batch?: number;
  onProgress?: (p: IngestProgress) => void;
  onWarning?: (line: string) => void;
  /** One line each: which dictionaries --recode uses, and recorded dictionaries it cannot use (missing or changed files). */
  onNote?: (line: string) => void;
}

/** Progress for a bar: `done`/`total` in input bytes (or stories when recoding). */
export interface IngestProgress {
  phase: 'ingest' | 'recode';
  done: number;
  total: number;
  stories: number;
  sentences: number;
  seconds: number;
}

/** What a run did. Times in seconds. */
export interface IngestSummary {
  read: number;
  added: number;
  alreadyStored: number;
  rejected: number;
  events: number;
  duplicates: number;
  sentences: number;
  recoded: number;
  seconds: number;
  rejectsFile: string | null;
  workers: number;
  /**
   * Stored stories --recode would re-code: with `coding`, those coded with
   * other dictionaries or coder code than this run's; without, those coded by
   * an older coder or with recorded files that have changed or gone.
   */
  stale: number;
  /** Stories --recode left alone because their recorded dictionary files are missing or changed. */
  notRecoded: number;
}

/** Default rejects file: `dyad.sqlite` → `dyad.rejects.txt` in the same folder. */
export function defaultRejectsPath(db: string): string {
  return join(dirname(db), `${basename(db, extname(db))}.rejects.txt`);
}

/**
 * `dyad ingest`: reads stories (readCorpus), skips those already stored,
 * codes the rest on worker threads (piscina; the main thread only reads and
 * writes), and writes them in input order, a batch per transaction. At most
 * `8 × workers` stories are in flight, so memory stays flat whatever the
 * input size. Bad records go to the rejects file and the count. A crash
 * loses at most the open batch; a rerun stores exactly what is missing.
 * Every coding it uses is compiled on this thread first, so an unreadable
 * dictionary is a UserError (one line) before any worker starts; each worker
 * then compiles it once (loadCoding). Throws StoreError for a bad store file.
 */
export async function runIngest(opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const db = openStore(opts.db);
  let prep: Prepared;
  try {
    prep = prepare(db, opts);
  } catch (err) {
    db.close();
    throw err;
  }
  const writer = new StoryWriter(db, prep.coding);
  const runId = Number(db.prepare("INSERT INTO runs (command, coding_id, started_at) VALUES (?, ?, datetime('now'))").run(opts.recode ? 'ingest --recode' : 'ingest', prep.coding).lastInsertRowid);
  const coder = makeCoder(opts.workers ?? availableParallelism());
  const s: IngestSummary = { read: 0, added: 0, alreadyStored: 0, rejected: 0, events: 0, duplicates: 0, sentences: 0, recoded: 0, seconds: 0, rejectsFile: null, workers: coder.threads, stale: 0, notRecoded: prep.plan?.unavailable ?? 0 };
  const rejectsPath = opts.rejects ?? defaultRejectsPath(opts.db);
  let rejects: WriteStream | null = null;
  const reject = (line: string) => {
    s.rejected++;
    rejects ??= createWriteStream(rejectsPath, { flags: 'w' });
    rejects.write(`${line}\n`);
  };
  const progress = (p: Omit<IngestProgress, 'seconds' | 'sentences'>) => opts.onProgress?.({ ...p, sentences: s.sentences, seconds: (performance.now() - started) / 1000 });
  const run: Run = { db, writer, coder, s, reject, progress };
  try {
    for (const group of prep.plan?.groups ?? []) {
      opts.onNote?.(`re-coding ${group.stories} stor${group.stories === 1 ? 'y' : 'ies'} with ${describeCoding(group.spec)}${group.recorded ? ' (as recorded for them)' : ''}`);
      await recode(run, group, codingId(db, group.target));
    }
    if (opts.paths.length) await ingest(opts, run, prep.spec);
  } finally {
    await coder.close();
    if (rejects) await new Promise((done) => rejects!.end(done));
    s.rejectsFile = s.rejected ? rejectsPath : null;
    s.seconds = (performance.now() - started) / 1000;
    s.stale = opts.coding
      ? db.prepare('SELECT count(*) FROM stories WHERE coding_id IS NOT ?').pluck().get(prep.coding) as number
      : planStories(planRecode(db, null, prep.context));
    db.prepare("UPDATE runs SET finished_at = datetime('now'), stories_added = ?, events_added = ?, rejected = ? WHERE id = ?").run(s.added, s.events, s.rejected, runId);
    db.close();
  }
  return s;
}

/** What a run codes with, settled before any story is read. */
interface Prepared {
  /** The coding of new stories. */
  spec: CodingSpec;
  /** Its codings id. */
  coding: number;
  plan: RecodePlan | null;
  context: { sources: CodingSources; db: string };
}

/**
 * Settles the codings of a run: the one of new stories (recorded in
 * `codings`), the --recode plan (its problems go to `onNote`), and compiles
 * every spec they use on this thread. Unreadable dictionaries throw UserError.
 */
function prepare(db: Db, opts: IngestOptions): Prepared {
  const spec = opts.coding ?? BUILTIN_CODING;
  const context = { sources: { builtinDir: BUILTIN_DIR }, db: opts.db };
  const coding = asUserError(() => codingOf(spec, context.sources));
  const id = codingId(db, coding);
  const plan = opts.recode ? asUserError(() => planRecode(db, opts.coding ? { spec, coding, id } : null, context)) : null;
  for (const line of plan?.problems ?? []) opts.onNote?.(line);
  const used = [...(opts.paths.length ? [spec] : []), ...(plan?.groups.map((g) => g.spec) ?? [])];
  for (const u of used) asUserError(() => loadCoding(u));
  return { spec, coding: id, plan, context };
}

/** Runs `f`, turning a thrown Error (an unreadable dictionary: one line) into a UserError. */
function asUserError<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw err instanceof UserError ? err : new UserError((err as Error).message);
  }
}

/** The parts of a run that ingest and recode share. */
interface Run {
  db: Db;
  writer: StoryWriter;
  coder: Coder;
  s: IngestSummary;
  reject: (line: string) => void;
  progress: (p: Omit<IngestProgress, 'seconds' | 'sentences'>) => void;
}

interface Coder {
  threads: number;
  code: (task: CodeTask) => Promise<CodeResult>;
  close: () => Promise<void>;
}

/**
 * Old-generation heap cap of a coding worker, MiB ($DYAD_WORKER_HEAP_MB, default
 * 256). Without it V8 lets each worker's heap grow lazily for minutes before a
 * full collection (RSS climbing by hundreds of MiB over a long ingest); with
 * it memory stays bounded. A story too big for it fails alone and is rejected.
 */
const WORKER_HEAP_MB = Number(process.env.DYAD_WORKER_HEAP_MB ?? 256) || 256;

/** A piscina pool over the compiled worker (dist/cli/codeWorker.js), or inline coding when there is none (tests run from sources). */
function makeCoder(workers: number): Coder {
  const file = fileURLToPath(new URL('./codeWorker.js', import.meta.url));
  if (workers > 0 && existsSync(file)) {
    const pool = new Piscina<CodeTask, CodeResult>({ filename: file, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 } }); // a big nursery, as bin/dyad.js gives the main thread
    // A worker that dies (out of heap on a giant story) fails that story alone; piscina replaces the thread.
    // The pool also emits the death as 'error': the task's rejection already reports it.
    pool.on('error', () => {});
    const code = (t: CodeTask) => pool.run(t).catch((err: Error): CodeResult => ({ error: `worker failed: ${err.message}` }));
    return { threads: workers, code, close: () => pool.destroy() };
  }
  return { threads: 0, code: async (t) => codeTask(t), close: async () => {} };
}

type Pending = { story: Story; origin: string; result: Promise<CodeResult> };

/** Codes and stores the stories of `opts.paths` with `coding` (see runIngest). */
async function ingest(opts: IngestOptions, run: Run, coding: CodingSpec): Promise<void> {
  const { writer, coder, s, reject, progress } = run;
  const batchSize = opts.batch ?? 64;
  const total = inputBytes(opts.paths);
  let done = 0;
  let fileDone = 0;
  let currentFile = '';
  const queue: Pending[] = [];
  const inFlight = new Set<string>();
  let batch: CodedInput[] = [];
  let lastFlush = performance.now();
  const maxInFlight = Math.max(8, coder.threads * 8);
  const flush = () => {
    if (!batch.length) return;
    const r = writer.write(batch);
    s.alreadyStored += batch.length - r.stories; // stored meanwhile under the same id (the writer never overwrites)
    for (const item of batch) inFlight.delete(item.story.id);
    s.added += r.stories;
    s.events += r.events;
    s.duplicates += r.duplicates;
    batch = [];
    lastFlush = performance.now();
  };
  const drainOne = async () => {
    const p = queue.shift()!;
    const r = await p.result;
    if ('error' in r) {
      inFlight.delete(p.story.id);
      reject(`${p.origin}: story "${p.story.id}" could not be coded (${r.error})`);
      return;
    }
    s.sentences += r.sentences;
    batch.push({ story: p.story, origin: p.origin, events: r.events, sentences: r.sentences, signature: r.signature });
    if (batch.length >= batchSize || performance.now() - lastFlush > 250) flush();
    progress({ phase: 'ingest', done: Math.min(total, done), total, stories: s.added + batch.length });
  };
  for await (const item of readCorpus(opts.paths, { date: opts.date }) as AsyncGenerator<CorpusItem>) {
    if ('error' in item) {
      reject(item.error);
      continue;
    }
    s.read++;
    const file = item.origin.replace(/:\d+$/, '');
    if (file !== currentFile) {
      fileDone += currentFile ? fileSize(currentFile) : 0;
      currentFile = file;
      done = fileDone;
    }
    done = Math.min(fileDone + fileSize(file), done + item.story.text.length + 80);
    if (item.warning) opts.onWarning?.(item.warning);
    if (inFlight.has(item.story.id) || writer.has(item.story.id)) {
      s.alreadyStored++;
      continue;
    }
    inFlight.add(item.story.id);
    queue.push({ story: item.story, origin: item.origin, result: coder.code({ story: item.story, coding }) });
    while (queue.length >= maxInFlight) await drainOne();
  }
  while (queue.length) await drainOne();
  flush();
  progress({ phase: 'ingest', done: total, total, stories: s.added });
}

/**
 * Re-codes, a page at a time, the stored stories of `group` (those whose
 * codings id is in `group.from`) with its spec; each story's new events
 * replace its old ones in one transaction, and it is marked as coded by `coding`.
 */
async function recode(run: Run, group: RecodeGroup, coding: number): Promise<void> {
  const { db, writer, coder, s, reject, progress } = run;
  const from = JSON.stringify(group.from);
  const page = db.prepare(`SELECT rowid, story_key, id, date, source, url, title, text FROM stories
    WHERE coalesce(coding_id, 0) IN (SELECT value FROM json_each(?)) AND rowid > ? ORDER BY rowid LIMIT ?`);
  const done = s.recoded;
  let last = 0;
  for (;;) {
    const rows = page.all(from, last, Math.max(16, coder.threads * 8)) as { rowid: number; story_key: string; id: string; date: string; source: string | null; url: string | null; title: string | null; text: string }[];
    if (!rows.length) break;
    last = rows[rows.length - 1]!.rowid;
    const results = rows.map((r) => {
      const story: Story = { id: r.id, date: r.date, text: r.text };
      if (r.source) story.source = r.source;
      if (r.url) story.url = r.url;
      if (r.title) story.title = r.title;
      return coder.code({ story, coding: group.spec });
    });
    for (const [i, r] of rows.entries()) {
      const res = await results[i]!;
      if ('error' in res) {
        reject(`store:${r.story_key}: story could not be re-coded (${res.error}); its old events are kept`);
        continue;
      }
      s.events += writer.replaceEvents(r.story_key, res.events, res.sentences, coding);
      s.sentences += res.sentences;
      s.recoded++;
      progress({ phase: 'recode', done: s.recoded - done, total: group.stories, stories: s.recoded });
    }
  }
}

const sizes = new Map<string, number>();
function fileSize(path: string): number {
  let n = sizes.get(path);
  if (n === undefined) {
    try {
      n = statSync(path).size;
    } catch {
      n = 0;
    }
    sizes.set(path, n);
  }
  return n;
}

/** Total bytes of the input files (folders walked), for the progress bar's ETA. */
function inputBytes(paths: string[]): number {
  let total = 0;
  const visit = (p: string) => {
    try {
      const st = statSync(p);
      if (st.isDirectory()) {
        for (const name of readdirSafe(p)) if (!name.startsWith('.')) visit(join(p, name));
      } else total += st.size;
    } catch { /* reported by the reader */ }
  };
  paths.forEach(visit);
  return Math.max(1, total);
}

function readdirSafe(p: string): string[] {
  try {
    return readdirSync(p);
  } catch {
    return [];
  }
}
