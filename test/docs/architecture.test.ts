import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { profile } from '../../src/profiles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(`${ROOT}docs/architecture.md`, 'utf8');

/** The component rows of the architecture document: name → [scope, reads, writes, file]. */
function rows(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const m = /^\| \d+ \| `([a-z-]+)` \| (story|sentence) \| ([^|]*) \| ([^|]*) \| `([^`]+)` \|$/.exec(line);
    if (m) out.set(m[1]!, [m[2]!, m[3]!.trim(), m[4]!.trim(), m[5]!]);
  }
  return out;
}

describe('docs/architecture.md', () => {
  it('lists every component of both profiles with its scope, reads, writes and a file that defines it', () => {
    const table = rows();
    for (const name of ['dyad', 'petrarch', 'petrarch-records'] as const) {
      for (const c of profile(name)) {
        const row = table.get(c.name);
        expect(row, `component ${c.name} (${name} profile) is not in docs/architecture.md`).toBeDefined();
        const reads = c.reads.join(', ') + (c.carries ? ` (carries ${c.carries.join(', ')})` : '');
        expect(row).toEqual([c.scope, reads, c.writes.join(', '), row![3]]);
        expect(existsSync(`${ROOT}${row![3]}`), `${row![3]} does not exist`).toBe(true);
        expect(readFileSync(`${ROOT}${row![3]}`, 'utf8')).toContain(`'${c.name}'`);
      }
    }
  });

  it('lists the dyad profile in its order', () => {
    const listed = [...doc.slice(doc.indexOf('## The dyad profile'), doc.indexOf('## The petrarch profile')).matchAll(/^\| \d+ \| `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual(profile('dyad').map((c) => c.name));
  });
});
