import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, DEFAULT_WEB_DIR } from '../server/app.js';
import { storeTotals } from '../store/queries.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { openStoreForReading } from './openStoreForReading.js';
import { codingGiven, codingSpecFromOptions, loadCodingReported, type DictionaryOptions } from './userDictionaries.js';

/** Options of `dyad serve`: the store, the address, and the dictionary options of `dyad code` (with `--profile`) for POST /api/code. */
export interface ServeCommandOptions extends DictionaryOptions {
  db: string;
  port?: string;
  host?: string;
  /** Resolves when the server should stop (tests); default: SIGINT or SIGTERM. */
  until?: Promise<void>;
  /** Called with the address once listening (tests). */
  onListening?: (url: string) => void;
}

/**
 * `dyad serve --db F [--port 8080] [--host 127.0.0.1] [--actors F… --verbs F …
 * --profile P]`: the JSON API and the dashboard over a store opened
 * read-only, on loopback unless `--host` says otherwise. POST /api/code codes
 * with the dictionaries and profile given (default the built-in set), read
 * here once first (a bad file is a one-line error before any worker starts),
 * then once by each coding thread. Runs until SIGINT/SIGTERM; returns 0.
 */
export async function serveCommand(opts: ServeCommandOptions, io: Io): Promise<number> {
  const port = Number(opts.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port: expected a port number 0–65535 (found "${opts.port}")`);
  const host = opts.host ?? '127.0.0.1';
  const coding = codingSpecFromOptions(opts);
  if (codingGiven(opts)) loadCodingReported(coding, io, opts.allWarnings === true);
  const db = openStoreForReading(opts.db);
  const dashboard = existsSync(join(DEFAULT_WEB_DIR, 'index.html'));
  if (io.stderrIsTTY) io.err('dyad: loading the coder for POST /api/code…\n'); // progress for a person; a pipe gets only the outcome
  const app = await buildServer({ db, dbPath: opts.db, code: { coding } });
  let url: string;
  try {
    await app.listen({ port, host });
    const addr = app.server.address();
    const bound = typeof addr === 'object' && addr ? addr.port : port;
    url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}/`;
  } catch (err) {
    db.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UserError(`--port ${port}: already in use on ${host} (try --port ${port + 1})`);
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new UserError(`--host ${host}: not an address of this machine`);
    if (e.code === 'EACCES') throw new UserError(`--port ${port}: not allowed (ports below 1024 need privileges)`);
    throw err;
  }
  const t = storeTotals(db);
  io.err(`dyad: serving ${opts.db} (${t.roots.toLocaleString('en')} events, ${t.stories.toLocaleString('en')} stories) read-only at ${url}\n`);
  io.err(dashboard ? `dyad: dashboard at ${url}, API at ${url}api/ (OpenAPI: ${url}api/openapi.json)\n` : `dyad: API only at ${url}api/ (dashboard not built: run npm run build)\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') io.err(`dyad: note: --host ${host} makes the server reachable from other machines\n`);
  opts.onListening?.(url);
  await (opts.until ?? new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  }));
  await app.close();
  db.close();
  return 0;
}
