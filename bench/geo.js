#!/usr/bin/env node
/**
 * npm run bench:geo — the geo stage's speed and memory.
 *   1. gazetteer load: time of the first gazetteer() call and RSS after it
 *   2. place resolution on ../shared/corpora/guardian-sample.jsonl (skipped with a
 *      message when absent): text analysis untimed, then place mentions found and
 *      resolved per second, single core
 *   3. the whole pipeline on the same corpus: events, share with a location, precision mix
 * Usage: node bench/geo.js [corpus.jsonl]   (run `npm run build` first; the npm script does)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

const rssBefore = process.memoryUsage().rss;
const { gazetteer } = await import('../dist/geo/gazetteer.js');
let t0 = performance.now();
const gaz = gazetteer();
const loadMs = performance.now() - t0;
const s = gaz.stats;
console.log(`gazetteer: ${s.cities} places, ${s.admin1} ADM1 areas, ${s.countries} countries, ${s.keys} names, ${s.aliases} aliases`);
console.log(`  load ${loadMs.toFixed(0)} ms; RSS ${mb(rssBefore)} MB before, ${mb(process.memoryUsage().rss)} MB after; peak RSS ${peakMb()} MB`);

const candidates = [process.argv[2], '../shared/corpora/guardian-sample.jsonl', '../../shared/corpora/guardian-sample.jsonl'].filter(Boolean);
const corpus = candidates.map((p) => resolve(p)).find((p) => existsSync(p));
if (!corpus) {
  console.log(`corpus: none of ${candidates.join(', ')} found; place resolution skipped`);
  process.exit(0);
}
const { analyzeText } = await import('../dist/text/analyze.js');
const { findPlaceMentions } = await import('../dist/geo/mentions.js');
const { resolvePlace } = await import('../dist/geo/resolvePlace.js');
const stories = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const layers = stories.map((st) => analyzeText({ id: String(st.id), date: st.date, text: st.text }));
const sentences = layers.reduce((n, l) => n + l.sentences.length, 0);

let mentions = 0;
let resolved = 0;
const kinds = { city: 0, admin1: 0, country: 0 };
const ctx = { countries: new Set() };
const run = () => {
  mentions = 0; resolved = 0; kinds.city = kinds.admin1 = kinds.country = 0;
  for (const layer of layers) {
    for (const sen of layer.sentences) {
      const ms = findPlaceMentions(layer.tokens, sen.tokenStart, sen.tokenEnd, new Uint8Array(sen.tokenEnd - sen.tokenStart), gaz);
      for (const m of ms) {
        if (m.rejected) continue;
        mentions++;
        const p = resolvePlace(m, ctx);
        if (p) { resolved++; kinds[p.kind]++; }
      }
    }
  }
};
run(); // warm-up
const rounds = 5;
t0 = performance.now();
for (let r = 0; r < rounds; r++) run();
const sec = (performance.now() - t0) / 1000 / rounds;
console.log(`corpus: ${corpus} (${stories.length} stories, ${sentences} sentences)`);
console.log(`  place mentions: ${mentions} (${resolved} resolved: ${kinds.city} city, ${kinds.admin1} admin1, ${kinds.country} country)`);
console.log(`  geo stage (mentions + resolution, text analysis not timed): ${(sec * 1000).toFixed(0)} ms per pass, ${Math.round(resolved / sec).toLocaleString('en')} places resolved/s, ${Math.round(sentences / sec).toLocaleString('en')} sentences/s`);

const { codeStory } = await import('../dist/pipeline.js');
const { builtinDictionaries } = await import('../dist/dictionaries/builtin.js');
const dict = builtinDictionaries();
const mix = { city: 0, admin1: 0, country: 0 };
let events = 0;
let located = 0;
let failed = 0;
t0 = performance.now();
for (const st of stories) {
  let coded;
  try { coded = codeStory({ id: String(st.id), date: st.date, text: st.text }, dict); } catch { failed++; continue; }
  for (const e of coded.events) {
    events++;
    if (e.location) { located++; mix[e.location.precision]++; }
  }
}
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
console.log(`pipeline (built-in dictionaries): ${events} events in ${((performance.now() - t0) / 1000).toFixed(1)} s${failed ? `, ${failed} stories failed` : ''}`);
console.log(`  with a location: ${located} (${pct(located, events)}); precision: city ${mix.city} (${pct(mix.city, located)}), admin1 ${mix.admin1} (${pct(mix.admin1, located)}), country ${mix.country} (${pct(mix.country, located)})`);
console.log(`peak RSS ${peakMb()} MB`);
