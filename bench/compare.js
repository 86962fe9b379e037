// npm run bench:compare -- OTHER_CHECKOUT — codes the Guardian sample with this
// checkout's dist/ and another built checkout's (e.g. a worktree of an older
// commit after `npx tsc -p tsconfig.build.json`) in one process, story by
// story in alternating order, and prints the CPU time of each and their
// ratio: a fair comparison on a machine whose speed drifts between runs.
// Needs ../shared (skips without it).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const other = process.argv[2];
if (!other) {
  console.error('usage: npm run bench:compare -- OTHER_CHECKOUT (a dyad checkout with dist/ built)');
  process.exit(2);
}
const corpus = fileURLToPath(new URL('../../shared/corpora/guardian-sample.jsonl', import.meta.url));
if (!existsSync(corpus)) {
  console.log(`bench:compare skipped: ${corpus} is absent`);
  process.exit(0);
}
const load = async (root) => ({
  code: (await import(pathToFileURL(resolve(root, 'dist/pipeline.js')).href)).codeStory,
  dict: (await import(pathToFileURL(resolve(root, 'dist/dictionaries/builtin.js')).href)).builtinDictionaries(),
});
const here = await load(fileURLToPath(new URL('..', import.meta.url)));
const there = await load(other);
const stories = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const s of stories.slice(0, 30)) { here.code(s, here.dict); there.code(s, there.dict); }
const cpu = { here: 0, there: 0 };
const passes = 4;
for (let p = 0; p < passes; p++) {
  stories.forEach((s, n) => {
    for (const side of (p + n) % 2 ? ['here', 'there'] : ['there', 'here']) {
      const t0 = process.cpuUsage();
      const x = side === 'here' ? here : there;
      x.code(s, x.dict);
      const d = process.cpuUsage(t0);
      cpu[side] += d.user + d.system;
    }
  });
}
console.log(`this checkout   ${(cpu.here / 1e6).toFixed(2)} CPU-s (${passes} passes over ${stories.length} stories)`);
console.log(`${other.padEnd(15)} ${(cpu.there / 1e6).toFixed(2)} CPU-s`);
console.log(`ratio           ${(cpu.here / cpu.there).toFixed(3)} (below 1: this checkout is faster)`);
