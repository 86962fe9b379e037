// npm run bench:ingest — ingests the Guardian sample ×20 (each repeat with new
// ids) into a fresh store with 1 and with 2 worker threads and prints
// stories/s, sentences/s, the speed-up, peak RSS and the database size.
// Each run is a child process, so its peak RSS is its own. Needs ../shared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL } from 'node:url';
import { guardianTimes, sharedDir } from './shared.js';

if (process.argv[2] === '--child') {
  const { runIngest } = await import('../dist/cli/ingestRunner.js');
  const [, , , db, input, workers] = process.argv;
  const s = await runIngest({ db, paths: [input], workers: Number(workers) });
  console.log(JSON.stringify({ ...s, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (!sharedDir()) {
  console.log('bench:ingest skipped: ../shared (the Guardian sample) is absent; set DYAD_SHARED to its folder');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
const copies = Number(process.env.COPIES ?? 20);
const { path, stories } = await guardianTimes(copies, join(dir, 'guardian-x.jsonl'));
console.log(`input: Guardian sample ×${copies} = ${stories} stories (${(statSync(path).size / 2 ** 20).toFixed(1)} MiB)`);

const results = {};
for (const workers of [1, 2]) {
  const db = join(dir, `w${workers}.sqlite`);
  const load = loadavg()[0].toFixed(2);
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', db, path, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = (performance.now() - t0) / 1000;
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const s = JSON.parse(child.stdout.trim().split('\n').pop());
  const size = ['', '-wal', '-shm'].reduce((n, ext) => n + (statSync(db + ext, { throwIfNoEntry: false })?.size ?? 0), 0);
  results[workers] = { ...s, wall, size };
  console.log(`${workers} worker${workers > 1 ? 's' : ' '}: ${s.added} stories, ${s.sentences} sentences, ${s.events} events, ${s.duplicates} near-duplicates linked in ${s.seconds.toFixed(1)} s ` +
    `(process ${wall.toFixed(1)} s): ${Math.round(s.added / s.seconds)} stories/s, ${Math.round(s.sentences / s.seconds)} sentences/s; ` +
    `peak RSS ${Math.round(s.maxRssMiB)} MiB; database ${(size / 2 ** 20).toFixed(1)} MiB; machine load before the run ${load} (other processes share the cores)`);
}
console.log(`speed-up of 2 workers over 1: ×${(results[1].seconds / results[2].seconds).toFixed(2)}`);
rmSync(dir, { recursive: true, force: true });
