import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat, dropTrailingCommas, goldRecord, groupSentences, readGold } from '../../src/evaluate/gold.js';
import { codedType, goldType } from '../../src/evaluate/ploverTypes.js';

const F = fileURLToPath(new URL('../fixtures/evaluate/', import.meta.url));
const fixture = (name: string) => readFileSync(F + name, 'utf8');

describe('gold records: JSONL (the development set\'s format)', () => {
  it('reads each line as a record and groups records with the same text into one sentence', () => {
    const gold = readGold(fixture('gold.jsonl'), 'gold.jsonl');
    expect(gold.format).toBe('jsonl');
    expect(gold.problems).toEqual([]);
    expect(gold.records).toHaveLength(6);
    expect(gold.records[0]).toEqual({
      id: 't-1', text: 'Kenya met Ethiopia in Nairobi on Monday.', event: 'CONSULT',
      source_text: ['Kenya'], target_text: ['Ethiopia'], where: 'gold.jsonl:1',
    });
    const sentences = groupSentences(gold.records);
    expect(sentences.map((s) => [s.id, s.gold.map((g) => g.id)])).toEqual([
      ['s00000', ['t-1', 't-2']], ['s00001', ['t-3']], ['s00002', ['t-4']], ['s00003', ['t-5']], ['s00004', ['t-6']],
    ]);
  });

  it('skips a malformed line, an unknown PLOVER type and a record without text, naming each line; the rest are read', () => {
    const text = [
      '{"id": "a", "text": "Kenya met Ethiopia.", "event": "CONSULT", "source_text": ["Kenya"], "target_text": ["Ethiopia"]}',
      '{"id": "b", "text": "Ghana accused Togo."',
      '',
      '{"id": "c", "text": "Fiji sent aid to Tonga.", "event": "CHEER", "source_text": [], "target_text": []}',
      '{"id": "d", "text": "  ", "event": "AID"}',
      '{"id": 5, "text": "Norway criticised Sweden.", "event": "accuse", "source_text": "Norway", "target_text": [3]}',
      '{"text": "Chile attacked Peru.", "event": "ASSAULT"}',
    ].join('\n');
    const gold = readGold(text, 'bad.jsonl');
    expect(gold.problems).toHaveLength(4);
    expect(gold.problems[0]).toMatch(/^bad\.jsonl:2: not valid JSON \(/);
    expect(gold.problems.slice(1)).toEqual([
      expect.stringMatching(/^bad\.jsonl:4: record "c": unknown PLOVER type "CHEER" \(expected one of AGREE, CONSULT, .*\); skipped$/),
      'bad.jsonl:5: record "d" has no text; skipped',
      'bad.jsonl:6: record "5": field "target_text": expected a list of strings; skipped',
    ]);
    expect(gold.records.map((r) => [r.id, r.event, r.source_text, r.target_text])).toEqual([
      ['a', 'CONSULT', ['Kenya'], ['Ethiopia']],
      ['bad.jsonl:7', 'ASSAULT', null, null],
    ]);
  });
});

describe('gold records: OEDA PLOVER JSON records', () => {
  it('reads a JSON array: actorText of the source/target objects, an object alone, "" for none, older type names', () => {
    const gold = readGold(fixture('gold-oeda.json'), 'gold-oeda.json');
    expect(gold.format).toBe('json');
    expect(gold.problems).toEqual([]);
    expect(gold.records.map((r) => [r.id, r.event, r.source_text, r.target_text, r.where])).toEqual([
      ['DYAD-GSR-CONSULT-0001', 'CONSULT', ['Kenya'], ['Ethiopia'], 'gold-oeda.json:2'],
      ['DYAD-GSR-DISAPPROVE-0001', 'ACCUSE', ['Ghana'], ['Togolese officials'], 'gold-oeda.json:13'],
      ['DYAD-GSR-AID-0001', 'AID', ['Fiji'], [], 'gold-oeda.json:24'],
      ['DYAD-GSR-CONCEDE-0001', 'YIELD', ['Norway'], null, 'gold-oeda.json:35'],
    ]);
  });

  it('reads records one after another with trailing commas, as the OEDA file has them, braces and quotes in strings included', () => {
    const text = [
      '{',
      '    "id": "X-0001",',
      '    "source": [{"actorText": "Kenya", "code": "KEN", "sector": "***"}, {"actorText": "", "code": "---"}],',
      '    "target": [{"actorText": "Ethiopia", "code": "ETH"},],',
      '    "event": "AGREE",',
      '    "text": "{Kenya agreed, \\"at last\\", to a truce with Ethiopia.}",',
      '    "textInfo": {"markup": "(SRC: Kenya) (EVT: agreed) [sic], }"},',
      '    "comment": "",',
      '},',
      '{',
      '    "id": "X-0002",',
      '    "source": "",',
      '    "event": "FIGHT",',
      '    "text": "Chile attacked Peru.",',
      '},',
      '',
    ].join('\n');
    expect(detectFormat(text)).toBe('json');
    const gold = readGold(text, 'gsr.txt');
    expect(gold.problems).toEqual([]);
    expect(gold.records.map((r) => [r.id, r.event, r.text, r.source_text, r.target_text, r.where])).toEqual([
      ['X-0001', 'AGREE', '{Kenya agreed, "at last", to a truce with Ethiopia.}', ['Kenya'], ['Ethiopia'], 'gsr.txt:1'],
      ['X-0002', 'ASSAULT', 'Chile attacked Peru.', [], null, 'gsr.txt:10'],
    ]);
  });

  it('names the line of a broken record, of stray text and of a record left open, and reads the others', () => {
    const text = [
      '[',
      '  {"id": "a", "text": "Kenya met Ethiopia.", "event": "CONSULT"},',
      '  {"id": "b", "text": "Ghana accused Togo." "event": "ACCUSE"},',
      '  oops,',
      '  {"id": "c", "text": "Fiji sent aid to Tonga.", "event": "AID", "source": [{"code": "FJI"}]},',
      '  {"id": "d", "text": "Chile attacked Peru.", "event": "ASSAULT"',
      ']',
    ].join('\n');
    const gold = readGold(text, 'broken.json');
    expect(gold.records.map((r) => r.id)).toEqual(['a']);
    expect(gold.problems).toEqual([
      expect.stringMatching(/^broken\.json:3: record not valid JSON \(/),
      'broken.json:4: unexpected "o" between records (expected {…} records separated by commas)',
      'broken.json:5: record "c": field "source": expected {"actorText", "code"} objects; skipped',
      'broken.json:6: record not closed (a "{" without its "}")',
    ]);
  });
});

describe('telling the formats apart', () => {
  it('JSONL when a first line is a whole object, JSON records when the text starts with [ or spreads objects over lines, else none', () => {
    expect(detectFormat('{"id": 1, "text": "x", "event": "AID"}\n')).toBe('jsonl');
    expect(detectFormat('{oops\n{"id": 1, "text": "x", "event": "AID"}\n')).toBe('jsonl');
    expect(detectFormat('  [\n{"id": 1}]')).toBe('json');
    expect(detectFormat('{\n  "id": 1,\n  "text": "x"\n},\n')).toBe('json');
    expect(detectFormat('Kenya met Ethiopia.')).toBeNull();
    expect(detectFormat('   ')).toBeNull();
  });

  it('drops trailing commas only outside strings', () => {
    expect(dropTrailingCommas('{"a": [1, 2,], "b": "x,}",\n}')).toBe('{"a": [1, 2], "b": "x,}"\n}');
  });

  it('a record must be an object', () => {
    expect(goldRecord([1, 2], 'f:3')).toBe('f:3: expected a JSON object {"id", "text", "event", …}');
  });
});

describe('PLOVER types', () => {
  it('reads gold type names and their older aliases', () => {
    expect(goldType('ACCUSE')).toBe('ACCUSE');
    expect(goldType(' yield ')).toBe('YIELD');
    expect(['CONCEDE', 'RETREAT', 'DIPLOMACY', 'INVESTIGATE', 'DISAPPROVE', 'DEMAND', 'FIGHT'].map(goldType))
      .toEqual(['YIELD', 'YIELD', 'SUPPORT', 'ACCUSE', 'ACCUSE', 'REQUEST', 'ASSAULT']);
    expect(goldType('OTHER')).toBeNull();
  });

  it('reads a CAMEO code as its type, falling back to the parent code, CONCEDE and RETREAT as YIELD', () => {
    expect(codedType('040')).toBe('CONSULT');
    expect(codedType('0874')).toBe('YIELD');
    expect(codedType('0343')).toBe('AGREE');
    expect(codedType('1121')).toBe('ACCUSE');
    expect(codedType('1956')).toBe('ASSAULT'); // no such code: its parent 195
    expect(codedType('08')).toBe('YIELD');
    expect(codedType('020')).toBeNull();
    expect(codedType('010')).toBeNull();
    expect(codedType('')).toBeNull();
    expect(codedType(undefined)).toBeNull();
  });
});
