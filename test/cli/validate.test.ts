import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { bracketProblem, parseText, readPetrarchXml } from '../../src/ingest/petrarchRecords.js';

const F = fileURLToPath(new URL('../fixtures/petrarch/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-validate-'));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => { out += s; }, err: (s) => { err += s; }, stdoutIsTTY: false, stderrIsTTY: false, columns: 120 };
  const code = await main(['node', 'dyad', ...args], io);
  return { code, out, err };
}

describe('PETRARCH XML', () => {
  it('reads sentences with ids, ISO dates, text on one line, parses, expected events and configs', () => {
    const x = readPetrarchXml(readFileSync(F + 'validate.xml', 'utf8'), 'validate.xml');
    expect(x.environment.Verbfile).toBe('verbs.txt');
    expect(x.sentences.map((s) => s.id)).toEqual(['T-01', 'T-02', 'T-03', 'T-04', 'T-05', 'T-06', 'T-08', 'T-09']);
    expect(x.sentences[0]).toMatchObject({ date: '2020-01-01', text: 'Norvania shipped wheat to Estmark.', line: 11, category: 'PATTERN', isSentence: true });
    expect(x.sentences[0]!.parse).toMatch(/^\(ROOT/);
    expect(x.sentences[1]!.expected).toEqual([{ source: 'NRVGOV', target: 'EST', code: '040' }, { source: 'EST', target: 'NRVGOV', code: '040' }]);
    expect(x.sentences[2]!.expectsNoEvents).toBe(true);
    expect(x.sentences[4]!.config).toEqual({ require_dyad: 'false' });
    expect(x.sentences[5]!.isSentence).toBe(false);
    expect(x.problems).toEqual(['validate.xml:48: sentence "T-07": date must be YYYYMMDD (found "2019"); skipped']);
    expect(x.sentences[0]!.parseProblem).toBeUndefined();
    expect(x.sentences[7]!.parseProblem).toBe('brackets do not balance: a ")" at character 104 closes nothing');
  });

  it('tells a parse whose brackets do not balance', () => {
    expect(bracketProblem('(ROOT (S (NP (NNP Estmark)) (VP (VBD left))))')).toBeNull();
    expect(bracketProblem('(ROOT (S (NP (NNP Estmark)) (VP (VBD left)))')).toBe('brackets do not balance: 1 "(" left open');
    expect(bracketProblem('(NP (NNP Estmark)))')).toBe('brackets do not balance: a ")" at character 19 closes nothing');
  });

  it('rebuilds the text from the words of <Parse> when <Text> is empty', () => {
    expect(parseText("(ROOT (S (NP (NNP Estmark) (POS 's) (NN envoy)) (VP (VBD did) (RB n't) (VP (VB go) (-LRB- -LRB-) (NN sic) (-RRB- -RRB-))) (. .)))"))
      .toBe("Estmark's envoy didn't go (sic).");
    const x = readPetrarchXml('<Sentences><Sentence date="20200101" id="P-1"><Text>\n</Text><Parse>(ROOT (S (NP (NNP Norvania)) (VP (VBD shipped) (NP (NN wheat)))))</Parse></Sentence></Sentences>', 'p.xml');
    expect(x.sentences[0]).toMatchObject({ text: 'Norvania shipped wheat', textFromParse: true });
  });
});

describe('dyad validate', () => {
  it('prints each failure with expected and produced events, a summary per category, then N passed, M failed', async () => {
    const r = await run(['validate', F + 'validate.xml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAIL T-04 [PATTERN] ${F}validate.xml:31\n`);
    expect(r.out).toContain('  expected: EST NRV 190\n  produced: EST NRV 125\n');
    expect(r.out).toContain('  DATE          2 passed    0 failed\n');
    expect(r.out).toContain('  PATTERN       1 passed    1 failed\n');
    expect(r.out).toContain('(1 record(s) marked sentence="false" not counted)\n');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('5 passed, 2 failed');
    expect(r.out).not.toContain('T-09');
    expect(r.err).toContain('verbs.txt:2: pattern line without a verb block before it');
    // a malformed parse is refused, as PETRARCH refuses it, and said so
    expect(r.err).toContain(`validate.xml:59: sentence "T-09": <Parse> brackets do not balance: a ")" at character 104 closes nothing; refused, as PETRARCH refuses it (bad_input_parse)\n`);
  });

  it('codes the words of <Parse> instead of <Text> with --parse-words', async () => {
    const r = await run(['validate', '--parse-words', F + 'validate.xml']);
    expect(r.out).not.toContain('FAIL T-08');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('6 passed, 1 failed');
  });

  it('names a validation file it cannot read, with the reason, as the other readers do', async () => {
    const r = await run(['validate', join(dir, 'missing.xml')]);
    expect(r).toMatchObject({ code: 2, out: '', err: `dyad: ${join(dir, 'missing.xml')}: cannot read (no such file)\n` });
    expect((await run(['validate', dir])).err).toBe(`dyad: ${dir}: cannot read (it is a directory)\n`);
    const bin = file('image.xml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect((await run(['validate', bin])).err).toBe(`dyad: ${bin}: binary file (NUL bytes), not text\n`);
  });

  it('runs the records before a well-formedness error, names its line and fails', async () => {
    const path = file('broken.xml', [
      '<Validation>', '<Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile></Environment>', '<Sentences>',
      '<Sentence date="20200101" id="B-01" category="PATTERN"><EventCoding sourcecode="NRV" targetcode="EST" eventcode="073"/><Text>Norvania shipped wheat to Estmark.</Text></Sentence>',
      '<Sentence date="20200230" id="B-02" category="PATTERN"><EventCoding noevents="True"/><Text>Norvania shipped wheat to Estmark.</Text></Sentence>',
      '<Sentence date="20200101" id="B-03" category="PATTERN"><EventCoding noevents="True"/><Text>Norvania & Estmark',
      '</Sentence>', '</Sentences>', '</Validation>',
    ].join('\n'));
    const r = await run(['validate', '--dict-dir', F, path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`dyad: ${path}:5: sentence "B-02": date is no such day (found "20200230"); skipped\n`);
    expect(r.err).toContain(`dyad: ${path}:6: not well-formed XML: "&" that begins no entity (write it &amp;) (found "…<Text>Norvania & Estmark")\n`);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('says in one line that the file is not XML, or holds no records', async () => {
    const text = file('text.xml', 'Norvania hailed Estmark.\n');
    expect(await run(['validate', text])).toMatchObject({ code: 1, out: '', err: `dyad: ${text}:1: not well-formed XML: text before the first tag (found "Norvania hailed Estmark.")\n` });
    const none = file('none.xml', '<Validation>\n</Validation>\n');
    expect(await run(['validate', none])).toMatchObject({ code: 1, out: '', err: `dyad: ${none}: no <Sentence> records\n` });
  });

  it('names a missing dictionary in one line', async () => {
    const r = await run(['validate', F + 'validate.xml', '--dict-dir', '/nonexistent']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('dyad: /nonexistent/actors.txt: cannot read dictionary (no such file)\n');
  });
});

describe('dyad code with PETRARCH dictionaries', () => {
  it('codes PETRARCH XML input with --verbs/--actors and --no-builtin; evidence names file and line', async () => {
    const r = await run(['code', '--no-builtin', '--actors', F + 'actors.txt', '--agents', F + 'agents.txt', '--verbs', F + 'verbs.txt',
      '--discards', F + 'discards.txt', '--issues', F + 'issues.txt', '--format', 'jsonl', F + 'validate.xml']);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l) as { story_id: string; source: { code: string }; cameo: { code: string }; evidence: { pattern: { dictionary: string; line: number } }; issues: unknown[] });
    expect(events.map((e) => `${e.story_id} ${e.source.code} ${e.cameo.code}`)).toContain('T-01 NRV 073');
    expect(events.find((e) => e.story_id === 'T-01')!.evidence.pattern).toMatchObject({ dictionary: 'verbs.txt', line: 14 });
    expect(events.find((e) => e.story_id === 'T-01')!.issues).toEqual([]);
    expect(r.err).toContain('  loaded: 15 actor phrases, 17 agent phrases, 15 verb patterns, 2 discards, 4 issue phrases; 6 warning(s)');
    expect(r.err).toContain('validate.xml:48: sentence "T-07": date must be YYYYMMDD (found "2019"); skipped');
    // dyad codes the text, not the tree: a broken parse is a warning and the record is still coded
    expect(r.err).toContain('validate.xml:59: sentence "T-09": <Parse> brackets do not balance');
    expect(events.map((e) => `${e.story_id} ${e.source.code} ${e.cameo.code}`)).toContain('T-09 NRV 073');
  });

  it('says when the input was taken as an actors dictionary (--actors takes several files)', async () => {
    const r = await run(['code', '--date', '2019-05-05', '--actors', F + 'actors.txt', 'story.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('dyad: no input: give a .txt, .jsonl or PETRARCH .xml file, or - for stdin (see dyad code --help); '
      + '"story.txt" was read as an actors dictionary: put input files before --actors, or end its list with --\n');
  });

  it('refuses input files named after --actors, even behind another input', async () => {
    const r = await run(['code', '--date', '2019-05-05', F + 'validate.xml', '--actors', F + 'actors.txt', 'more.jsonl']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('dyad: --actors: "more.jsonl" is input, not an actors dictionary: put input files before --actors, or end its list with --\n');
  });

  it('lists the first ten warnings and counts the rest, or lists all with --all-warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-warn-'));
    writeFileSync(join(dir, 'bad.actors.txt'), Array.from({ length: 12 }, (_, n) => `PLACE_${n} [NRV 2010-xx]`).join('\n'));
    writeFileSync(join(dir, 'story.txt'), 'Nothing happened.');
    const args = ['code', '--date', '2019-05-05', '--no-builtin', '--format', 'jsonl', join(dir, 'story.txt'), '--actors', join(dir, 'bad.actors.txt')];
    const some = await run(args);
    expect(some.err.match(/dyad: warning: /g)).toHaveLength(10);
    expect(some.err).toContain('dyad: … 2 more warning(s) (--all-warnings lists them)\n');
    const all = await run([...args, '--all-warnings']);
    expect(all.err.match(/dyad: warning: /g)).toHaveLength(12);
    expect(all.err).toContain('bad.actors.txt:12: unreadable date restriction "2010-xx"');
  });
});
