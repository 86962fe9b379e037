import type { FastifyPluginAsync } from 'fastify';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Story } from '../../model/types.js';
import { ApiError } from '../apiError.js';
import type { ApiCodeResult, ApiCodeTask } from '../codeWorker.js';
import { CodeBody, parse } from '../params.js';

/** Options of the coding route. */
export interface CodeRouteOptions {
  /** Worker threads coding stories (default: the cores, at most 4; 0 = the server's own thread). */
  workers?: number;
  /** Longest time one story may take to code, in ms (default 10,000); past it the request is a 503. */
  codeMs?: number;
}

/**
 * POST /api/code: codes one story with the built-in dictionaries and returns
 * `{story_id, sentences, events, skipped}`: `events` are records of the
 * contract (DESIGN.md), `skipped` the sentences not coded with the reason.
 * Stateless: nothing is stored. Coding runs on worker threads (piscina), so
 * store queries are not held up by it, and a story that takes longer than
 * `codeMs` is abandoned (its worker is ended) with a 503. At most 64 stories
 * wait for a worker; past that the answer is a 503 too.
 */
export const codeRoutes: FastifyPluginAsync<CodeRouteOptions> = async (app, opts) => {
  const codeMs = opts.codeMs ?? 10_000;
  const workers = opts.workers ?? Math.min(4, availableParallelism());
  const file = fileURLToPath(new URL('../codeWorker.js', import.meta.url));
  let code: (task: ApiCodeTask) => Promise<ApiCodeResult>;
  if (workers > 0 && existsSync(file)) {
    const pool = new Piscina<ApiCodeTask, ApiCodeResult>({ filename: file, minThreads: workers, maxThreads: workers, maxQueue: 64, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    pool.on('error', () => {}); // a worker's death already rejects its task
    // one small story per thread before listening: each thread has loaded its dictionaries
    const warm: ApiCodeTask = { story: { id: 'warm-up', date: '2019-01-01', text: 'Iran met Russia.' }, negated: false };
    await Promise.all(Array.from({ length: workers }, () => pool.run(warm)));
    app.addHook('onClose', async () => { await pool.destroy(); });
    code = (task) => pool.run(task, { signal: AbortSignal.timeout(codeMs) }).catch((err: Error) => {
      if (err.name === 'AbortError' || /abort/i.test(err.message)) throw new ApiError(503, `coding took longer than ${codeMs.toLocaleString('en')} ms; send a shorter story`);
      if (/queue/i.test(err.message)) throw new ApiError(503, 'too many stories waiting to be coded; try again shortly');
      throw err;
    });
  } else {
    const codeApiStory = (await import('../codeWorker.js')).default; // compiles the dictionaries now, not on the first request
    code = async (task) => codeApiStory(task);
  }
  app.post('/api/code', async (req) => {
    const body = parse(CodeBody, req.body, 'body');
    const story: Story = { id: body.id ?? 'api', date: body.date, text: body.text };
    for (const k of ['source', 'title', 'url'] as const) if (body[k]) story[k] = body[k];
    return code({ story, negated: body.negated ?? false });
  });
};
