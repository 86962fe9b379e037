import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => { out += s; }, err: (s) => { err += s; }, stdoutIsTTY: false, stderrIsTTY: false, columns: 120,
    stdin: async () => new TextEncoder().encode(stdin ?? ''),
  };
  const code = await main(['node', 'dyad', ...args], io);
  return { code, out, err };
}

describe('dyad code', () => {
  it('prints JSONL events when piped, one per line, and exits 0', async () => {
    const path = file('story.txt', 'Ukrainian troops attacked Russian troops near Bakhmut on Monday.');
    const r = await run(['code', '--date', '2023-03-08', path]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ story_id: 'story', date: '2023-03-06', date_precision: 'day', cameo: { code: '190' } });
    expect(Object.keys(events[0])).toEqual([
      'id', 'story_id', 'sentence_index', 'story_date', 'date', 'date_precision', 'source', 'target', 'cameo', 'plover',
      'location', 'attribution', 'negated', 'evidence',
    ]);
  });

  it('gives the same bytes on every run', async () => {
    const path = file('again.txt', 'Iran met Russia in Tehran on Tuesday. Russia criticised the United States.');
    const a = await run(['code', '--date', '2018-12-27', '--format', 'jsonl', path]);
    const b = await run(['code', '--date', '2018-12-27', '--format', 'jsonl', path]);
    expect(a.out).toBe(b.out);
    expect(a.out.length).toBeGreaterThan(0);
  });

  it('reads stdin with -', async () => {
    const r = await run(['code', '--date', '2019-03-01', '-'], 'Iran met Russia.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.trim().split('\n')[0]!)).toMatchObject({ story_id: 'stdin', cameo: { code: '040' } });
  });

  it('writes CSV with a header row', async () => {
    const path = file('csv.txt', 'Iran met Russia.');
    const r = await run(['code', '--date', '2019-03-01', '--format', 'csv', path]);
    const [header, row] = r.out.trim().split('\n');
    expect(header!.startsWith('id,story_id,sentence_index,story_date,date,date_precision,source_code')).toBe(true);
    expect(row).toContain(',040,04,');
  });

  it('skips a bad JSONL line with file:line, codes the rest, and exits 1', async () => {
    const path = file('mixed.jsonl', '{"id":"a","date":"2020-01-01","text":"Iran met Russia."}\n{oops\n{"id":"c","date":"2020-01-02","text":"Russia met Iran."}\n');
    const r = await run(['code', path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`dyad: ${path}:2: not valid JSON`);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).story_id)).toEqual(['a', 'c']);
  });

  it('codes the PETRARCH XML records before a well-formedness error, names its line, and exits 1', async () => {
    const path = file('broken.xml', [
      '<Sentences>',
      '<Sentence date="20190101" id="A-1"><Text>Ukrainian troops attacked Russian troops.</Text></Sentence>',
      '<Sentence date="20190102" id="B-1"><Text>Iran & Iraq signed a deal.</Sentence>',
      '<Sentence date="20190103" id="C-1"><Text>Ukrainian troops attacked Russian troops.</Text></Sentence>',
      '</Sentences>',
    ].join('\n'));
    const r = await run(['code', path]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { story_id: string }).story_id)).toEqual(['A-1']);
    expect(r.err).toBe(`dyad: ${path}:3: not well-formed XML: "&" that begins no entity (write it &amp;) (found "…<Text>Iran & Iraq signed a deal.</Sentence>")\n`
      + 'dyad: 1 input record(s) failed; 1 story coded\n');
  });

  it('rejects a malformed --date and an unknown --format with one line and exit 2', async () => {
    const path = file('x.txt', 'Iran met Russia.');
    expect(await run(['code', '--date', '27/12/2018', path])).toMatchObject({ code: 2, err: 'dyad: --date: expected a date YYYY-MM-DD (found "27/12/2018")\n' });
    expect(await run(['code', '--date', '2018-12-27', '--format', 'xml', path])).toMatchObject({ code: 2, err: 'dyad: --format: expected one of table, jsonl, csv, geojson (found "xml")\n' });
  });

  it('codes a huge single sentence without failing the run', async () => {
    const path = file('huge.txt', `${'The delegation discussed trade and security '.repeat(3000)}.`);
    const r = await run(['code', '--date', '2020-01-01', path]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
  });
});

describe('dyad explain', () => {
  it('shows tokens, actors, the pattern that fired and the event', async () => {
    const r = await run(['explain', 'Russian troops shelled the town on Monday.', '--date', '2019-03-05']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('shelled/VERB(shell)');
    expect(r.out).toContain('actor: "Russian troops" → RUSMIL');
    expect(r.out).toMatch(/verb "shelled": \d+ pattern\(s\), best builtin\/verbs\.txt:\d+/);
  });

  it('says why nothing was coded', async () => {
    const r = await run(['explain', 'The weather was fine.', '--date', '2019-03-05']);
    expect(r.out).toContain('no events');
  });
});

describe('dyad describe', () => {
  it('describes a CAMEO code with Goldstein, QuadClass and PLOVER', async () => {
    const r = await run(['describe', '0874']);
    expect(r.out).toContain('0874 Retreat or surrender militarily');
    expect(r.out).toContain('Goldstein 10');
    expect(r.out).toContain('PLOVER RETREAT, mode disarm, context military');
  });
});

describe('--profile', () => {
  it('petrarch codes as PETRARCH does where dyad differs: a sector-only actor takes no country from the sentence', async () => {
    const text = 'Riot police arrested protesters in Peru on Monday.';
    const brief = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l)).map((e) => `${e.source.code} ${e.cameo.code} ${e.target.code}`);
    expect(brief((await run(['code', '--date', '2019-05-06', '-'], text)).out)).toEqual(['PERCOP 173 PEROPP']);
    expect(brief((await run(['code', '--date', '2019-05-06', '--profile', 'dyad', '-'], text)).out)).toEqual(['PERCOP 173 PEROPP']);
    expect(brief((await run(['code', '--date', '2019-05-06', '--profile', 'petrarch', '-'], text)).out)).toEqual(['COP 173 PEROPP']);
    expect(await run(['code', '--date', '2019-05-06', '--profile', 'PETRARCH', '-'], text)).toEqual({ code: 2, out: '', err: 'dyad: --profile: expected one of dyad, petrarch (found "PETRARCH")\n' });
  });
});

describe('dyad actors', () => {
  it('lists each actor mention with its code, rule and what it refers to', async () => {
    const path = file('actors.txt', 'Peruvian President Ana Ruiz met Chilean officials. Ruiz later visited Bolivia.');
    const r = await run(['actors', '--date', '2020-01-01', path]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => l.split('\t'));
    expect(lines.map((l) => [l[1], l[3]!.trim(), l[4]])).toEqual([
      ['0', 'PERGOV', 'Peruvian President Ana Ruiz'],
      ['0', 'CHLGOV', 'Chilean officials'],
      ['1', 'PERGOV', 'Ruiz'],
      ['1', 'BOL', 'Bolivia'],
    ]);
    expect(lines[2]![5]).toBe('coreference: Ruiz  → "Peruvian President Ana Ruiz" [0,27]');
  });
});

describe('user-facing details', () => {
  it('reports an empty JSONL file and a record with a missing field in plain words', async () => {
    const empty = file('empty.jsonl', '\n');
    expect(await run(['code', empty])).toMatchObject({ code: 1, err: expect.stringContaining(`dyad: ${empty}: empty file, no stories to code`) });
    const bad = file('nodate.jsonl', '{"id":"a","text":"Iran met Russia."}\n[1]\n');
    const r = await run(['code', bad]);
    expect(r.err).toContain(`dyad: ${bad}:1: field "date": missing`);
    expect(r.err).toContain(`dyad: ${bad}:2: field "(record)": expected a JSON object`);
  });

  it('fits the table to an 80-column terminal', async () => {
    const path = file('narrow.txt', 'Ukrainian troops attacked Russian troops near Bakhmut on Monday.');
    let out = '';
    const io: Io = { out: (s) => { out += s; }, err: () => {}, stdoutIsTTY: true, stderrIsTTY: false, columns: 80 };
    await main(['node', 'dyad', 'code', '--date', '2023-03-08', path], io);
    // eslint-disable-next-line no-control-regex
    const widths = out.split('\n').map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
  });

  it('dates an agreement to meet by the statement and keeps the planned month apart', async () => {
    const r = await run(['code', '--date', '2024-03-14', '-'], 'Kenya and Ethiopia agreed to meet next month.');
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => [e.source.code, e.cameo.code, e.date, e.planned_date])).toEqual([
      ['KEN', '036', '2024-03-14', '2024-04'],
      ['ETH', '036', '2024-03-14', '2024-04'],
    ]);
  });
});
