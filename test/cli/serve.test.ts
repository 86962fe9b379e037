import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/codeCommand.js';
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

  it('says in one line what is wrong: no store, bad port, port in use', async () => {
    const run = async (args: string[]) => { const c = capture(); return [await main(['node', 'dyad', 'serve', ...args], c.io), c.err()]; };
    expect(await run(['--db', join(dir, 'none.sqlite')])).toEqual([2, `dyad: ${join(dir, 'none.sqlite')}: no such store (create one with dyad ingest --db ${join(dir, 'none.sqlite')} FILE…)\n`]);
    expect(await run(['--db', db, '--port', 'http'])).toEqual([2, 'dyad: --port: expected a port number 0–65535 (found "http")\n']);
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    expect(await run(['--db', db, '--port', String(port)])).toEqual([2, `dyad: --port ${port}: already in use on 127.0.0.1 (try --port ${port + 1})\n`]);
    blocker.close();
  });
});
