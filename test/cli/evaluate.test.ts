import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const F = fileURLToPath(new URL('../fixtures/evaluate/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-evaluate-'));
const file = (name: string, content: string) => {
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

// gold.jsonl: five invented sentences (six records) coded with the built-in dictionaries:
//   Kenya met Ethiopia …          CONSULT Kenya→Ethiopia       right type, source and target
//   Chilean troops attacked …     ASSAULT "the army of Chile"  right type, the source shares no word
//   Norway criticised Sweden …    REQUEST                      coded ACCUSE (111)
//   Brazilian police arrested …   COERCE, no gold target       right type and source
//   The weather in Oslo …         PROTEST                      no event
describe('dyad evaluate GOLD.jsonl', () => {
  it('prints the figures as one JSON object: 3 of 5 sentences of the right type, 1 of 4 with a target', async () => {
    const r = await run(['evaluate', `${F}gold.jsonl`, '--format', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      format: 'jsonl', records: 6, skipped: 0, profile: 'dyad', sentences: 5,
      any_event: { count: 4, of: 5, share: 0.8 },
      event_type: { count: 3, of: 5, share: 0.6 },
      type_source: { count: 2, of: 5, share: 0.4 },
      type_source_target: { count: 1, of: 4, share: 0.25 },
      events: { count: 4, per_sentence: 0.8, of_gold_type: 3, share_of_gold_type: 0.75 },
      misses: 3,
    });
    expect(j.per_type.CONSULT).toEqual({ gold: 1, right: 1, recall: 1, events: 1, in_gold: 1, precision: 1 });
    expect(j.per_type.REQUEST).toEqual({ gold: 1, right: 0, recall: 0, events: 0, in_gold: 0, precision: null });
    expect(j.per_type.ACCUSE).toEqual({ gold: 0, right: 0, recall: null, events: 1, in_gold: 0, precision: 0 });
    expect(j.confusion).toEqual({
      CONSULT: { CONSULT: 1 }, REQUEST: { ACCUSE: 1 }, PROTEST: { none: 1 }, COERCE: { COERCE: 1 }, ASSAULT: { ASSAULT: 1 },
    });
  });

  it('prints tables: headline figures with score.py\'s percentages, per-type recall and precision, the confusion matrix', async () => {
    const r = await run(['evaluate', `${F}gold.jsonl`]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/gold\.jsonl: 5 sentence\(s\) from 6 gold record\(s\) \(jsonl\); profile dyad/);
    expect(r.out).toMatch(/│ event type +│ +3 │ +5 │ +60\.0% │/);
    expect(r.out).toMatch(/│ type\+source\+target +│ +1 │ +4 │ +25\.0% │/);
    expect(r.out).toMatch(/│ events of a gold type +│ +3 │ +4 │ +75\.0% │/);
    expect(r.out).toContain('4 event(s), 0.80 a sentence');
    expect(r.out).toMatch(/│ ACCUSE +│ +0 │ +0 │ +— │ +1 │ +0 │ +0\.0% │/);
    expect(r.out).toMatch(/│ gold \\ dyad │ CONSULT │ ACCUSE │ COERCE │ ASSAULT │ none │/);
    expect(r.out).toMatch(/│ REQUEST +│ +· │ +1 │ +· │ +· │ +· │/);
    expect(r.out).not.toContain('\u001b['); // no escape codes when piped
  });

  it('writes the misses file as score.py does, and the coded events', async () => {
    const misses = join(dir, 'misses.txt');
    const events = join(dir, 'events.jsonl');
    const r = await run(['evaluate', `${F}gold.jsonl`, '--misses', misses, '--events', events, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(readFileSync(misses, 'utf8')).toBe([
      "s00001\tgold: ASSAULT ['the army of Chile']->['Peruvian troops']\n\tdyad: 190=ASSAULT 'Chilean troops'->'Peruvian troops'\n\tChilean troops attacked Peruvian troops near the border.\n",
      's00002\tgold: REQUEST ["Norway\'s fisheries minister"]->[\'Sweden\']\n\tdyad: 111=ACCUSE \'Norway\'->\'Sweden\'\n\tNorway criticised Sweden over the fishing quotas.\n',
      "s00004\tgold: PROTEST ['residents']->['Oslo']\n\tdyad: no event\n\tThe weather in Oslo was mild on Tuesday.\n",
    ].join('\n'));
    const coded = readFileSync(events, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(coded.map((e) => [e.story_id, e.story_date, e.cameo.code])).toEqual([
      ['s00000', '2000-01-01', '040'], ['s00001', '2000-01-01', '190'], ['s00002', '2000-01-01', '111'], ['s00003', '2000-01-01', '173'],
    ]);
  });

  it('skips a malformed line and an unknown type with file:line, scores the rest, and exits 1', async () => {
    const lines = readFileSync(`${F}gold.jsonl`, 'utf8').trim().split('\n');
    const path = file('bad.jsonl', [lines[0], '{"id": "x", "text": "Kenya met', lines[2], lines[3]!.replace('"REQUEST"', '"PLEAD"'), ''].join('\n'));
    const r = await run(['evaluate', path, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^dyad: ${path}:2: not valid JSON \\(`));
    expect(r.err).toContain(`dyad: ${path}:4: record "t-4": unknown PLOVER type "PLEAD" (expected one of AGREE, CONSULT,`);
    expect(r.err).toContain('dyad: 2 gold record(s) skipped, 0 sentence(s) not coded; 2 sentence(s) scored\n');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.out)).toMatchObject({ records: 2, skipped: 2, sentences: 2, event_type: { count: 2, of: 2 } });
  });
});

// gold-oeda.json: four invented OEDA-style records; DISAPPROVE is read as ACCUSE, CONCEDE as YIELD
describe('dyad evaluate GOLD.json (OEDA PLOVER records)', () => {
  it('reads the array and scores it: 3 of 4 sentences right type = 75.0 %', async () => {
    const r = await run(['evaluate', `${F}gold-oeda.json`]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/│ event type +│ +3 │ +4 │ +75\.0% │/);
    expect(r.out).toMatch(/│ type\+source\+target +│ +1 │ +2 │ +50\.0% │/);
    const j = JSON.parse((await run(['evaluate', `${F}gold-oeda.json`, '--format', 'json'])).out);
    expect(j).toMatchObject({ format: 'json', records: 4, sentences: 4, type_source: { count: 3, of: 4 } });
    expect(j.confusion).toEqual({ CONSULT: { CONSULT: 1 }, AID: { AID: 1 }, YIELD: { none: 1 }, ACCUSE: { ACCUSE: 1 } });
  });

  it('codes with the petrarch profile when asked', async () => {
    const r = await run(['evaluate', `${F}gold-oeda.json`, '--profile', 'petrarch', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).profile).toBe('petrarch');
  });
});

describe('dyad evaluate: usage errors', () => {
  it('a missing, empty or unrecognisable file, a bad --format or --profile: one line, exit 2', async () => {
    const missing = join(dir, 'nope.jsonl');
    expect(await run(['evaluate', missing])).toMatchObject({ code: 2, err: `dyad: ${missing}: cannot read (no such file)\n` });
    const empty = file('empty.jsonl', '\n  \n');
    expect(await run(['evaluate', empty])).toMatchObject({ code: 2, err: `dyad: ${empty}: empty file, no gold records to score\n` });
    const prose = file('story.txt', 'Kenya met Ethiopia in Nairobi on Monday.');
    const r = await run(['evaluate', prose]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^dyad: ${prose}: not a gold file: expected JSONL records .*\\(found "Kenya met Ethiopia i…"\\)\\n$`));
    expect(await run(['evaluate', `${F}gold.jsonl`, '--format', 'csv'])).toMatchObject({ code: 2, err: 'dyad: --format: expected one of table, json (found "csv")\n' });
    expect(await run(['evaluate', `${F}gold.jsonl`, '--profile', 'tabari'])).toMatchObject({ code: 2, err: 'dyad: --profile: expected one of dyad, petrarch (found "tabari")\n' });
  });

  it('a file of bad records only: each reported, nothing scored, exit 1', async () => {
    const path = file('allbad.jsonl', '{"id": "a", "event": "AID"}\n');
    const r = await run(['evaluate', path]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`dyad: ${path}:1: record "a" has no text; skipped\ndyad: ${path}: no gold record could be read; nothing to score\n`);
    expect(r.out).toBe('');
  });
});
