import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { codedType } from '../../src/evaluate/ploverTypes.js';
import { pyFixed, pyPercent } from '../../src/evaluate/pythonFormat.js';

/** ../shared beside the repository (a worktree sits one level deeper, hence the second path). */
const SHARED = ['../../../shared/', '../../../../shared/'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((d) => existsSync(`${d}eval/score.py`));
const hasPython = spawnSync('python3', ['--version']).status === 0;
const why = !SHARED ? '../shared/eval is absent' : !hasPython ? 'python3 is not installed' : '';
if (why) console.warn(`test/evaluate/conformance.test.ts SKIPPED: ${why}; dyad evaluate is not compared with score.py`);

describe.skipIf(!!why)('dyad evaluate agrees with ../shared/eval/score.py on the development set', () => {
  it('gives score.py\'s figures, per-type counts and misses file on the same events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-conformance-'));
    const gold = `${SHARED}eval/plv-train.jsonl`;
    let out = '';
    const io: Io = { out: (s) => { out += s; }, err: () => {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 120 };
    const code = await main(['node', 'dyad', 'evaluate', gold, '--format', 'json', '--events', join(dir, 'events.jsonl'), '--misses', join(dir, 'dyad-misses.txt')], io);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    const py = spawnSync('python3', [`${SHARED}eval/score.py`, 'score', gold, join(dir, 'events.jsonl'), '--misses', join(dir, 'py-misses.txt')], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const figure = (name: string) => py.stdout.match(new RegExp(`${name.replace(/\+/g, '\\+')} (\\d+\\.\\d%)`))?.[1];
    // the three headline figures
    expect(pyPercent(j.event_type.share)).toBe(figure('event type'));
    expect(pyPercent(j.type_source.share)).toBe(figure('type+source'));
    expect(pyPercent(j.type_source_target.share)).toBe(figure('type+source+target'));
    // and the rest of score.py's report
    expect(pyPercent(j.any_event.share)).toBe(figure('any event'));
    expect(py.stdout).toContain(`${j.sentences} sentences:`);
    expect(py.stdout).toContain(`(of ${j.type_source_target.of} with a gold target)`);
    expect(py.stdout).toContain(`${j.events.count} events (${pyFixed(j.events.per_sentence, 2)} a sentence), ${pyPercent(j.events.share_of_gold_type)} of them of a gold type`);
    const perType = py.stdout.match(/^per type \(right\/gold\): (.*)$/m)![1]!.split(', ').sort();
    const ours = Object.entries(j.per_type as Record<string, { gold: number; right: number }>)
      .filter(([, f]) => f.gold).map(([t, f]) => `${t} ${f.right}/${f.gold}`).sort();
    expect(ours).toEqual(perType);
    expect(readFileSync(join(dir, 'dyad-misses.txt'), 'utf8')).toBe(readFileSync(join(dir, 'py-misses.txt'), 'utf8'));
  }, 120_000);

  it('reads every CAMEO code as the same type as score.py\'s reading of CAMEO2PLOVER-2021.txt', () => {
    const table = new Map<string, string>();
    for (const line of readFileSync(`${SHARED}ontology/CAMEO2PLOVER-2021.txt`, 'utf8').split('\n')) {
      const m = /^(\d+):\s*([A-Z_]+)/.exec(line);
      if (m) table.set(m[1]!, m[2]!);
    }
    const rename: Record<string, string> = { CONCEDE: 'YIELD', RETREAT: 'YIELD' };
    const scorePy = (code: string): string | null => {
      for (let c = code; c; c = c.slice(0, -1)) if (table.has(c)) return rename[table.get(c)!] ?? table.get(c)!;
      return null;
    };
    const codes = new Set(table.keys());
    for (let root = 0; root <= 20; root++) {
      const r = String(root).padStart(2, '0');
      for (let d = 0; d < 100; d++) codes.add(r + String(d).padStart(2, '0')).add(r + String(d % 10));
    }
    const differ = [...codes].filter((c) => codedType(c) !== scorePy(c));
    expect(differ).toEqual([]);
    expect(codes.size).toBeGreaterThan(2000);
  });
});
