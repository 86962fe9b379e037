import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import type { EventRecord } from '../../src/model/types.js';
import { main } from '../../src/cli/main.js';
import { serveCommand } from '../../src/cli/serveCommand.js';
import { writeCorpus } from '../server/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
const db = join(dir, 'serve.sqlite');
writeCorpus(db).close();

function capture(): { io: Io; err: () => string } {
  let err = '';
  return { io: { out: () => {}, err: (s) => { err += s; }, stdoutIsTTY: false, stderrIsTTY: false, columns: 120 }, err: () => err };
}

describe('dyad serve', () => {
  it('serves the store read-only on 127.0.0.1 and stops when told', async () => {
    const { io, err } = capture();
    let stop!: () => void;
    const until = new Promise<void>((done) => { stop = done; });
    let url = '';
    const running = serveCommand({ db, port: '0', until, onListening: (u) => { url = u; } }, io);
    await new Promise((r) => setTimeout(r, 50));
    while (!url) await new Promise((r) => setTimeout(r, 20));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await (await fetch(`${url}api/health`)).json();
    expect(health.totals).toEqual({ stories: 6, duplicates: 0, mentions: 6, roots: 5 });
    const series = await (await fetch(`${url}api/dyads/IRN/USA/series`)).json();
    expect(series.points).toEqual([{ period: '2019-01', events: 1, quad: [0, 0, 1, 0], goldstein_sum: -2, goldstein_mean: -2 }]);
    stop();
    expect(await running).toBe(0);
    expect(err()).toContain(`dyad: serving ${db} (5 events, 6 stories) read-only at ${url}`);
  });

  it("POST /api/code codes with the dictionaries and profile given to dyad serve (--actors … --verbs … --profile)", async () => {
    // test/fixtures/user-dicts: Ithilen [ITH], Norvania [NRV] and the verb "serenade" (051), all unknown to the built-in set
    const fixtures = fileURLToPath(new URL('../fixtures/user-dicts/', import.meta.url));
    const { io, err } = capture();
    let stop!: () => void;
    const until = new Promise<void>((done) => { stop = done; });
    let url = '';
    const running = serveCommand({ db, port: '0', until, onListening: (u) => { url = u; }, actors: [join(fixtures, 'ithilen.actors.txt')], verbs: join(fixtures, 'ithilen.verbs.txt'), profile: 'petrarch' }, io);
    while (!url) await new Promise((r) => setTimeout(r, 20));
    const post = async (text: string) => {
      const r = await fetch(`${url}api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date: '2019-05-06' }) });
      expect(r.status).toBe(200);
      return ((await r.json()) as { events: EventRecord[] }).events;
    };
    const [e, ...more] = await post('Ithilen serenaded Norvania on Monday.');
    expect(more).toEqual([]);
    expect([e!.source.code, e!.cameo.code, e!.target?.code]).toEqual(['ITH', '051', 'NRV']);
    expect(e!.source.span).toEqual([0, 7]);
    expect(e!.target?.span).toEqual([18, 26]);
    expect(e!.evidence.pattern).toEqual({ dictionary: 'ithilen.verbs.txt', line: 4, text: '- * +  [051]' });
    // --profile petrarch: the sector-only "riot police" takes no country from "in Ithilen" (dyad's profile gives ITHCOP)
    expect((await post('Riot police arrested protesters in Ithilen on Monday.')).map((x) => `${x.source.code} ${x.cameo.code} ${x.target?.code}`)).toEqual(['COP 173 ITHOPP']);
    stop();
    expect(await running).toBe(0);
    expect(err().split('\n').slice(0, 3)).toEqual(['dyad: dictionaries (over the built-in set):', '  actors         4  ithilen.actors.txt', '  verbs          2  ithilen.verbs.txt']);
  });

  it('says in one line what is wrong: no store, bad port, port in use', async () => {
    const run = async (args: string[]) => { const c = capture(); return [await main(['node', 'dyad', 'serve', ...args], c.io), c.err()]; };
    expect(await run(['--db', join(dir, 'none.sqlite')])).toEqual([2, `dyad: ${join(dir, 'none.sqlite')}: no such store (create one with dyad ingest --db ${join(dir, 'none.sqlite')} FILE…)\n`]);
    expect(await run(['--db', db, '--port', 'http'])).toEqual([2, 'dyad: --port: expected a port number 0–65535 (found "http")\n']);
    expect(await run(['--db', db, '--profile', 'tabari'])).toEqual([2, 'dyad: --profile: expected one of dyad, petrarch (found "tabari")\n']);
    expect(await run(['--db', db, '--actors', join(dir, 'none.actors.txt')])).toEqual([2, `dyad: ${join(dir, 'none.actors.txt')}: cannot read dictionary (no such file)\n`]);
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    expect(await run(['--db', db, '--port', String(port)])).toEqual([2, `dyad: --port ${port}: already in use on 127.0.0.1 (try --port ${port + 1})\n`]);
    blocker.close();
  });
});
