import type { FastifyPluginAsync } from 'fastify';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Story } from '../../model/types.js';
import { BUILTIN_CODING, type CodingSpec } from '../../store/provenance.js';
import { ApiError } from '../apiError.js';
import type { ApiCodeResult, ApiCodeTask } from '../codeWorker.js';
import { CodeBody, parse } from '../params.js';

/** Options of the coding route. */
export interface CodeRouteOptions {
  /** Worker threads coding stories (default: the cores, at most 4; 0 = the server's own thread). */
  workers?: number;
  /** Longest time one story may take to code, in ms (default 10,000); past it the request is a 503. */
  codeMs?: number;
  /**
   * The dictionaries and profile stories are coded with (default: the
   * built-in set, profile dyad). Plain data sent to every thread, which
   * compiles it once; the caller should have loaded it first to report
   * errors (`dyad serve` does).
   */
  coding?: CodingSpec;
}

/**
 * POST /api/code: codes one story with the server's dictionaries and profile (`coding`) and returns
 * `{story_id, sentences, events, skipped}`: `events` are records of the
 * contract (DESIGN.md), `skipped` the sentences not coded with the reason.
 * Stateless: nothing is stored. Coding runs on worker threads (piscina), so
 * store queries are not held up by it, and a story whose coding takes longer
 * than `codeMs` (counted from when a thread takes it up) is abandoned (its
 * thread is ended and replaced) with a 503. At most 64 stories
 * wait for a worker; past that the answer is a 503 too.
 */
export const codeRoutes: FastifyPluginAsync<CodeRouteOptions> = async (app, opts) => {
  const codeMs = opts.codeMs ?? 10_000;
  const coding = opts.coding ?? BUILTIN_CODING;
  const workers = opts.workers ?? Math.min(4, availableParallelism());
  const file = fileURLToPath(new URL('../codeWorker.js', import.meta.url));
  let code: (task: ApiCodeTask) => Promise<ApiCodeResult>;
  if (workers > 0 && existsSync(file)) {
    const pool = new Piscina<ApiCodeTask, ApiCodeResult>({ filename: file, minThreads: workers, maxThreads: workers, maxQueue: 64, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    pool.on('error', () => {}); // a worker's death already rejects its task
    // one small story per thread before listening: each thread has loaded its dictionaries
    const warm: ApiCodeTask = { story: { id: 'warm-up', date: '2019-01-01', text: 'Iran met Russia.' }, negated: false, coding };
    await Promise.all(Array.from({ length: workers }, () => pool.run(warm)));
    app.addHook('onClose', async () => { await pool.destroy(); });
    code = (task) => {
      // the clock starts when a thread takes the story up (it says so on `started`), so a story is not
      // failed for waiting behind others or for a replacement thread loading its dictionaries
      const abort = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => { timer = setTimeout(() => abort.abort(), codeMs); });
      return pool.run({ ...task, started: port2 }, { signal: abort.signal, transferList: [port2] })
        .catch((err: Error) => {
          if (abort.signal.aborted) throw new ApiError(503, `coding took longer than ${codeMs.toLocaleString('en')} ms; send a shorter story`);
          if (/queue/i.test(err.message)) throw new ApiError(503, 'too many stories waiting to be coded; try again shortly');
          throw err;
        })
        .finally(() => { clearTimeout(timer); port1.close(); });
    };
  } else {
    const codeApiStory = (await import('../codeWorker.js')).default;
    codeApiStory({ story: { id: 'warm-up', date: '2019-01-01', text: 'Iran met Russia.' }, negated: false, coding }); // compiles the dictionaries now, not on the first request
    code = async (task) => codeApiStory(task);
  }
  app.post('/api/code', async (req) => {
    const body = parse(CodeBody, req.body, 'body');
    const story: Story = { id: body.id ?? 'api', date: body.date, text: body.text };
    for (const k of ['source', 'title', 'url'] as const) if (body[k]) story[k] = body[k];
    return code({ story, negated: body.negated ?? false, coding });
  });
};
