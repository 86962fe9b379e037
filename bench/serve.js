// npm run bench:serve — builds a store of 1,000,000 synthetic events
// (bench/synthetic.js; EVENTS=N to change), starts `dyad serve` on it in a
// child process on 127.0.0.1, and measures with autocannon (loopback only,
// each run bounded to DURATION seconds, 10 by default):
//   1. GET /api/events filtered (random actor country, QuadClass, one year;
//      100 events a page), 50 concurrent connections: p50/p99 latency, req/s;
//   2. GET /api/dyads/:a/:b/series?interval=month (random pair of the 20
//      busiest countries), 50 connections: p50/p99, req/s;
//   3. POST /api/code: stories/s with 4 connections, the Guardian sample's
//      stories when ../shared is there, else a built-in set of sentences.
// Prints the figures; removes the store at the end (KEEP=1 keeps it;
// STORE=path reuses a store a KEEP=1 run left, instead of building one).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from './shared.js';
import { buildSyntheticStore, COUNTRIES } from './synthetic.js';

const N = Number(process.env.EVENTS ?? 1_000_000);
const DURATION = Math.min(60, Number(process.env.DURATION ?? 10));
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-serve-'));
const reuse = process.env.STORE && existsSync(process.env.STORE) ? process.env.STORE : null;
const path = reuse ?? join(dir, 'synthetic.sqlite');

console.log(`machine: ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (reuse) console.log(`reusing the store ${reuse}`);
else {
  const built = buildSyntheticStore(path, N);
  console.log(`built ${N.toLocaleString('en')} synthetic events in ${built.seconds.toFixed(1)} s; store ${(built.bytes / 2 ** 20).toFixed(0)} MiB`);
}

// the server in its own process, as a user runs it; a fresh one for each
// run, so that requests left in flight by one run do not slow the next
const bin = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
function startServer() {
  const server = spawn(process.execPath, [bin, 'serve', '--db', path, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (d) => {
      err += d;
      const m = /read-only at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve({ base: m[1], stop: () => new Promise((done) => { server.on('exit', done); server.kill('SIGKILL'); }) });
    });
    server.on('exit', (code) => reject(new Error(`dyad serve exited (${code}): ${err}`)));
    setTimeout(() => reject(new Error('dyad serve did not start in 120 s')), 120_000);
  });
}

let seed = 7;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const busiest = COUNTRIES.slice(0, 20);

/** Starts `dyad serve`, runs autocannon against it for DURATION s with `connections` clients, each request from `next()`, and stops it. */
async function load(title, connections, next) {
  const { base, stop } = await startServer();
  await fetch(`${base}/api/health`); // and the page cache warm from the previous run
  return new Promise((resolve, reject) => {
    const inst = autocannon({
      url: base, connections, duration: DURATION, timeout: 30,
      requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
    }, (err, r) => (err ? reject(err) : resolve(r)));
    inst.on('error', reject);
  }).then(async (r) => {
    await stop();
    const bad = r.non2xx + r.errors + r.timeouts;
    if (!r.requests.total) return console.log(`${title}: no request completed in ${DURATION} s`), r;
    console.log(`${title}: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ${r.requests.average.toFixed(0)} req/s over ${r.duration.toFixed(0)} s (${r.requests.total} requests${bad ? `, ${bad} failed` : ''}), ${connections} connections`);
    return r;
  });
}

const quads = ['1', '2', '3', '4', '3,4', '1,2'];
await load('GET /api/events (actor + QuadClass + one year, 100 a page)', 50, () => {
  const y = 2010 + Math.floor(rand() * 10);
  return { method: 'GET', path: `/api/events?actor=${pick(busiest)}&quad_class=${pick(quads)}&from=${y}-01-01&to=${y}-12-31&limit=100` };
});
await load('GET /api/dyads/:a/:b/series?interval=month', 50, () => {
  const a = pick(busiest);
  let b = pick(busiest);
  if (b === a) b = busiest[(busiest.indexOf(a) + 1) % busiest.length];
  return { method: 'GET', path: `/api/dyads/${a}/${b}/series?interval=month` };
});

const shared = sharedDir();
let stories;
if (shared) {
  stories = readFileSync(`${shared}corpora/guardian-sample.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((s) => ({ text: s.text, date: s.date, id: s.id }));
  console.log(`POST /api/code stories: the Guardian sample (${stories.length} stories, ${Math.round(stories.reduce((n, s) => n + s.text.length, 0) / stories.length).toLocaleString('en')} characters on average)`);
} else {
  stories = ['Iran and Russia held joint naval exercises in the Caspian Sea on Monday.', 'The United States imposed sanctions on Venezuela on Tuesday.', 'Turkish troops shelled Kurdish positions in northern Syria, officials said.', 'China criticised Japan over the disputed islands.']
    .map((text, i) => ({ text, date: '2019-01-10', id: `s${i}` }));
  console.log('POST /api/code stories: ../shared not found; 4 built-in one-sentence stories');
}
let k = 0;
const coded = await load('POST /api/code', 4, () => ({ method: 'POST', path: '/api/code', headers: { 'content-type': 'application/json' }, body: JSON.stringify(stories[k++ % stories.length]) }));
console.log(`  → ${coded.requests.average.toFixed(1)} stories/s (p50 ${coded.latency.p50} ms a story)`);

if (process.env.KEEP && !reuse) console.log(`store kept: ${path} (STORE=${path} reuses it)`);
else rmSync(dir, { recursive: true, force: true });
