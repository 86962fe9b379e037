// npm run bench:code — codes the Guardian sample on one core and prints
// sentences/second, events and peak RSS. Needs ../shared (skips without it).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinDictionaries } from '../dist/dictionaries/builtin.js';
import { codeStory } from '../dist/pipeline.js';

const corpus = fileURLToPath(new URL('../../shared/corpora/guardian-sample.jsonl', import.meta.url));
if (!existsSync(corpus)) {
  console.log(`bench:code skipped: ${corpus} is absent`);
  process.exit(0);
}
const stories = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const t0 = performance.now();
const dict = builtinDictionaries();
const loadMs = performance.now() - t0;

// warm-up pass (JIT), then the measured passes
for (const s of stories.slice(0, 20)) codeStory(s, dict);
const passes = 3;
let sentences = 0;
let events = 0;
const t1 = performance.now();
const cpu1 = process.cpuUsage();
for (let p = 0; p < passes; p++) {
  for (const s of stories) {
    const r = codeStory(s, dict);
    sentences += r.sentences;
    events += r.events.length;
  }
}
const seconds = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu1);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`corpus            ${stories.length} stories, ${sentences / passes} sentences (${corpus})`);
console.log(`dictionary load   ${loadMs.toFixed(0)} ms`);
console.log(`coding            ${(sentences / seconds).toFixed(0)} sentences/s on one core, wall clock (${passes} passes, raw text in, events out)`);
console.log(`                  ${(sentences / cpuSeconds).toFixed(0)} sentences/s per CPU-second (what a busy machine cannot steal)`);
console.log(`events            ${events / passes}`);
console.log(`peak RSS          ${rssMb.toFixed(0)} MB`);
