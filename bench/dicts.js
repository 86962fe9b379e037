// npm run bench:dicts — loads the full Phoenix set (Countries, International and
// MilNonState actors; agents; CAMEO.2.0 verbs; discards; issues) from ../shared
// into dyad's structures, without the built-in set, and prints the load time
// and the peak RSS. Skips with a message when ../shared is absent.
// Run with the young-generation size bin/dyad.js uses (--max-semi-space-size=32), as npm run bench:dicts does.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport, loadPetrarch } from '../dist/dictionaries/petrarch/load.js';

// ../shared beside the checkout (or DYAD_SHARED; a git worktree one level deeper also works)
const candidates = [process.env.DYAD_SHARED, '../../shared/', '../../../shared/']
  .filter(Boolean).map((p) => (p.startsWith('/') ? p : fileURLToPath(new URL(p, import.meta.url))).replace(/\/?$/, '/') + 'petrarch2/');
const dir = candidates.find((d) => existsSync(d));
if (!dir) {
  console.log(`bench:dicts skipped: no petrarch2 folder in ${candidates.join(', ')}`);
  process.exit(0);
}
const at = (f) => dir + f;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { report } = loadPetrarch({
  actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map(at),
  agents: [at('Phoenix.agents.txt')],
  verbs: [at('CAMEO.2.0.txt')],
  discards: [at('Phoenix.discards.txt')],
  issues: [at('Phoenix.IssueCoding.txt')],
}, false);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(formatReport(report).join('\n'));
console.log(`load time ${(ms / 1000).toFixed(3)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s: on a busy machine the wall time counts waiting for a core)`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
