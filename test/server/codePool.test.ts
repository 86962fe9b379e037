import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';

/*
 * POST /api/code on worker threads, as `dyad serve` runs it: piscina needs
 * the compiled worker, so this test loads the server from dist/ (built by
 * npm ci's prepare step; `npm run build` after changing src/server).
 */
const DIST = fileURLToPath(new URL('../../dist/server/app.js', import.meta.url));
const built = existsSync(DIST) && existsSync(fileURLToPath(new URL('../../dist/server/codeWorker.js', import.meta.url)));
if (!built) console.warn('POST /api/code worker-pool test SKIPPED: dist/server not built (npm run build)');

describe.skipIf(!built)('POST /api/code on worker threads', () => {
  it('codes on a worker, abandons a story past the time limit with a 503, and goes on', async () => {
    const { buildServer } = (await import(DIST)) as typeof import('../../src/server/app.js');
    const db = openStore(':memory:');
    const app = await buildServer({ db, webDir: null, code: { workers: 1, codeMs: 300 } });
    const sentence = 'Iranian Foreign Minister Mohammad Javad Zarif met Russian President Vladimir Putin in Moscow on Tuesday. ';
    const post = (text: string) => app.inject({ method: 'POST', url: '/api/code', payload: { text, date: '2019-01-10' } });
    try {
      const ok = await post(sentence);
      expect(ok.statusCode).toBe(200);
      expect(ok.json().events.map((e: { cameo: { code: string } }) => e.cameo.code)).toEqual(['040']);
      const slow = await post(sentence.repeat(950)); // ~100,000 characters: seconds of coding, far past 300 ms
      expect(slow.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'coding took longer than 300 ms; send a shorter story' });
      // the ended worker is replaced (it loads its dictionaries again, ~1–3 s): the server goes on coding
      let status = 0;
      for (let k = 0; k < 60 && status !== 200; k++) {
        status = (await post(sentence)).statusCode;
        if (status !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe(200);
    } finally {
      await app.close();
      db.close();
    }
  }, 60_000);

  it("codes on the workers with the dictionaries it is given: the user's ITH 051 NRV", async () => {
    const { buildServer } = (await import(DIST)) as typeof import('../../src/server/app.js');
    const fixtures = fileURLToPath(new URL('../fixtures/user-dicts/', import.meta.url));
    const coding = { files: [{ kind: 'actors' as const, path: `${fixtures}ithilen.actors.txt` }, { kind: 'verbs' as const, path: `${fixtures}ithilen.verbs.txt` }], builtin: true, profile: 'dyad' as const };
    const db = openStore(':memory:');
    const app = await buildServer({ db, webDir: null, code: { workers: 2, coding } });
    try {
      const r = await app.inject({ method: 'POST', url: '/api/code', payload: { text: 'Ithilen serenaded Norvania on Monday.', date: '2019-05-06' } });
      expect(r.statusCode).toBe(200);
      expect(r.json().events.map((e: { source: { code: string }; cameo: { code: string }; target: { code: string } }) => `${e.source.code} ${e.cameo.code} ${e.target.code}`)).toEqual(['ITH 051 NRV']);
    } finally {
      await app.close();
      db.close();
    }
  }, 60_000);
});
