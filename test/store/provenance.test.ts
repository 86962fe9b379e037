import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codingOf, DYAD_VERSION } from '../../src/store/provenance.js';

describe('coding provenance', () => {
  it('hashes dictionaries and coder code, not the clock: a change in either gives a new hash', () => {
    const root = mkdtempSync(join(tmpdir(), 'dyad-prov-'));
    const dicts = join(root, 'dicts');
    mkdirSync(dicts);
    mkdirSync(join(root, 'code', 'coder'), { recursive: true });
    writeFileSync(join(dicts, 'verbs.txt'), 'MEET 040\n');
    writeFileSync(join(root, 'code', 'coder', 'match.js'), 'export {}\n');
    const a = codingOf(dicts, 'mine', join(root, 'code'));
    expect(a).toEqual({ dyad_version: DYAD_VERSION, dictionary_set: 'mine', dictionary_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(codingOf(dicts, 'mine', join(root, 'code'))).toEqual(a);
    writeFileSync(join(dicts, 'verbs.txt'), 'MEET 040\nVISIT 042\n');
    const b = codingOf(dicts, 'mine', join(root, 'code'));
    expect(b.dictionary_hash).not.toBe(a.dictionary_hash);
    writeFileSync(join(root, 'code', 'coder', 'match.js'), 'export const x = 1;\n');
    expect(codingOf(dicts, 'mine', join(root, 'code')).dictionary_hash).not.toBe(b.dictionary_hash);
  });
});
