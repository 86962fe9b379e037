import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CODING, codingOf, DYAD_VERSION, type CodingSpec } from '../../src/store/provenance.js';

describe('coding provenance', () => {
  const root = mkdtempSync(join(tmpdir(), 'dyad-prov-'));
  const dicts = join(root, 'dicts');
  mkdirSync(dicts);
  mkdirSync(join(root, 'code', 'coder'), { recursive: true });
  mkdirSync(join(root, 'mine'));
  const sources = { builtinDir: dicts, codeRoot: join(root, 'code') };

  it('hashes dictionaries and coder code, not the clock: a change in either gives a new hash', () => {
    writeFileSync(join(dicts, 'verbs.txt'), 'MEET 040\n');
    writeFileSync(join(root, 'code', 'coder', 'match.js'), 'export {}\n');
    const a = codingOf(BUILTIN_CODING, sources);
    expect(a).toEqual({ dyad_version: DYAD_VERSION, dictionary_set: 'builtin', dictionary_hash: expect.stringMatching(/^[0-9a-f]{64}$/), profile: 'dyad', builtin: true, dictionaries: [] });
    expect(codingOf(BUILTIN_CODING, sources)).toEqual(a);
    writeFileSync(join(dicts, 'verbs.txt'), 'MEET 040\nVISIT 042\n');
    const b = codingOf(BUILTIN_CODING, sources);
    expect(b.dictionary_hash).not.toBe(a.dictionary_hash);
    writeFileSync(join(root, 'code', 'coder', 'match.js'), 'export const x = 1;\n');
    expect(codingOf(BUILTIN_CODING, sources).dictionary_hash).not.toBe(b.dictionary_hash);
  });

  it("records a user's files by kind, path, base name and SHA-256; the profile, the built-in flag and the bytes change the hash", () => {
    const verbs = join(root, 'mine', 'my.verbs.txt');
    writeFileSync(verbs, 'abc');
    const spec: CodingSpec = { files: [{ kind: 'verbs', path: verbs }], builtin: true, profile: 'dyad' };
    const a = codingOf(spec, sources);
    // sha256("abc"), worked out by hand from FIPS 180-2's example
    expect(a.dictionaries).toEqual([{ kind: 'verbs', path: verbs, name: 'my.verbs.txt', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }]);
    expect(a.dictionary_set).toBe('builtin+user');
    const hashes = new Set([
      a.dictionary_hash,
      codingOf({ ...spec, profile: 'petrarch' }, sources).dictionary_hash,
      codingOf({ ...spec, builtin: false }, sources).dictionary_hash,
      codingOf(BUILTIN_CODING, sources).dictionary_hash,
    ]);
    expect(hashes.size).toBe(4);
    expect(codingOf({ ...spec, builtin: false }, sources).dictionary_set).toBe('user');
    writeFileSync(verbs, 'abd');
    expect(codingOf(spec, sources).dictionary_hash).not.toBe(a.dictionary_hash);
    expect(() => codingOf({ ...spec, files: [{ kind: 'actors', path: join(root, 'gone.txt') }] }, sources)).toThrow(`${join(root, 'gone.txt')}: cannot read dictionary (no such file)`);
    // a folder given as a dictionary is named as one, in the words the input readers use
    expect(() => codingOf({ ...spec, files: [{ kind: 'actors', path: root }] }, sources)).toThrow(`${root}: cannot read dictionary (it is a directory)`);
  });
});
