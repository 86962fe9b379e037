// npm run bench:crash — kill -9 an ingest at random moments, five times,
// rerun it to the end, and compare the store with a clean run's, table by
// table (bench/storeDigest.js). They must be identical. Input: the Guardian
// sample ×4 (new ids per repeat). Needs ../shared.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL } from 'node:url';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import Database from 'better-sqlite3';
import { guardianTimes, sharedDir } from './shared.js';
import { storeDigest } from './storeDigest.js';

if (!sharedDir()) {
  console.log('bench:crash skipped: ../shared (the Guardian sample) is absent; set DYAD_SHARED to its folder');
  process.exit(0);
}
const dyad = new URL('../bin/dyad.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-crash-'));
const copies = Number(process.env.COPIES ?? 4);
const { path, stories } = await guardianTimes(copies, join(dir, 'input.jsonl'));
const args = (db) => [dyad, 'ingest', '--db', db, '--workers', '2', '--no-progress', path];

const clean = join(dir, 'clean.sqlite');
let t0 = performance.now();
const run = spawnSync(process.execPath, args(clean), { encoding: 'utf8' });
if (run.status !== 0) throw new Error(run.stderr);
const cleanSeconds = (performance.now() - t0) / 1000;
console.log(`clean run: ${stories} stories in ${cleanSeconds.toFixed(1)} s`);

const crashed = join(dir, 'crashed.sqlite');
const stored = () => {
  try {
    const db = new Database(crashed, { readonly: true });
    const n = db.prepare('SELECT count(*) AS n FROM stories').get().n;
    db.close();
    return n;
  } catch {
    return 0;
  }
};
// Kill points: five random story counts in (2%, 95%) of the input, in order, each
// followed by a random 0–250 ms so the kill lands anywhere (mid-batch,
// mid-transaction, mid-checkpoint). Chosen by progress, not by time, so a
// slow or busy machine does not let a run finish before its kill.
const targets = Array.from({ length: 5 }, () => Math.floor(stories * (0.02 + Math.random() * 0.93))).sort((x, y) => x - y);
for (let k = 1; k <= 5; k++) {
  const target = Math.max(targets[k - 1], stored() + 1);
  const child = spawn(process.execPath, args(crashed), { stdio: 'ignore' });
  let killedAt = null;
  const exit = await new Promise((done) => {
    const poll = setInterval(() => {
      if (killedAt !== null || stored() < target) return;
      killedAt = stored();
      setTimeout(() => child.kill('SIGKILL'), Math.random() * 250);
    }, 20);
    child.on('exit', (code, signal) => { clearInterval(poll); done(signal ?? `exit ${code}`); });
  });
  console.log(`run ${k}: ${exit === 'SIGKILL' ? `killed -9 just after story ${killedAt} of ${stories} was stored` : `finished before the kill (${exit})`}; ${stored()} stories in the store after the kill`);
}
t0 = performance.now();
const last = spawnSync(process.execPath, args(crashed), { encoding: 'utf8' });
console.log(`rerun to the end: ${last.stdout.trim().split('\n')[0]}`);

const a = storeDigest(clean);
const b = storeDigest(crashed);
let same = true;
console.log(`\n${'table'.padEnd(16)}${'clean run'.padEnd(30)}${'after 5 kills + rerun'.padEnd(30)}`);
for (const t of Object.keys(a)) {
  const eq = a[t].rows === b[t].rows && a[t].sha256 === b[t].sha256;
  same &&= eq;
  console.log(`${t.padEnd(16)}${`${a[t].rows} rows ${a[t].sha256}`.padEnd(30)}${`${b[t].rows} rows ${b[t].sha256}`.padEnd(30)}${eq ? 'same' : 'DIFFERENT'}`);
}
const check = new Database(crashed);
check.prepare("INSERT INTO stories_fts(stories_fts) VALUES ('integrity-check')").run();
check.close();
console.log(same ? '\nidentical: the crashed-and-rerun store equals the clean run (FTS5 integrity-check passed)' : '\nNOT IDENTICAL');
rmSync(dir, { recursive: true, force: true });
process.exit(same ? 0 : 1);
