import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStories, type InputItem } from '../../src/ingest/readStories.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const all = async (path: string, date?: string): Promise<InputItem[]> => {
  const out: InputItem[] = [];
  for await (const item of readStories(path, { date })) out.push(item);
  return out;
};

describe('reading stories', () => {
  it('reads a .txt story with --date, named by the file', async () => {
    const items = await all(file('tehran-talks.txt', 'Iran met Russia.\n'), '2018-12-27');
    expect(items).toEqual([{ story: { id: 'tehran-talks', date: '2018-12-27', text: 'Iran met Russia.\n' } }]);
  });

  it('asks for --date for a .txt story, or a valid one', async () => {
    const path = file('undated.txt', 'Iran met Russia.');
    expect(await all(path)).toEqual([{ error: `${path}: --date is needed for a plain-text story: expected a date YYYY-MM-DD (found nothing)` }]);
    expect(await all(path, '2018-02-30')).toEqual([{ error: `${path}: --date is needed for a plain-text story: no such day: "2018-02-30"` }]);
  });

  it('names the line of a bad JSONL record and still reads the good ones', async () => {
    const path = file('stories.jsonl', [
      '{"id": "a", "date": "2020-01-01", "text": "Iran met Russia."}',
      '{"id": "b", "date": "2020-01-01", "text": "unterminated',
      '{"id": "c", "date": "01/02/2020", "text": "Iran met Russia."}',
      '{"id": "d", "text": "no date"}',
      '',
      '{"id": 5, "date": "2020-01-03", "text": "Iran met Russia.", "source": "Wire", "url": "https://example.org/x"}',
    ].join('\n'));
    const items = await all(path);
    expect(items.map((i) => ('error' in i ? i.error.replace(path, 'F') : i.story.id))).toEqual([
      'a',
      expect.stringMatching(/^F:2: not valid JSON/),
      'F:3: field "date": expected a date YYYY-MM-DD (found "01/02/2020")',
      expect.stringMatching(/^F:4: field "date": /),
      '5',
    ]);
    expect(items[4]).toEqual({ story: { id: '5', date: '2020-01-03', text: 'Iran met Russia.', source: 'Wire', url: 'https://example.org/x' } });
  });

  it('reports a missing file, a binary file and an empty story in one line each', async () => {
    expect(await all(join(dir, 'nope.txt'), '2020-01-01')).toEqual([{ error: `${join(dir, 'nope.txt')}: cannot read (no such file)` }]);
    const bin = file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    expect(await all(bin, '2020-01-01')).toEqual([{ error: `${bin}: binary file (NUL bytes), not text` }]);
    const empty = file('empty.txt', '  \n\u200b\n');
    expect(await all(empty, '2020-01-01')).toEqual([{ error: `${empty}: empty story, nothing to code` }]);
  });

  it('reads Windows-1252 bytes with a warning that names the bad byte (CASE-16 kind)', async () => {
    // "Inés Núñez" in Windows-1252: é = 0xE9 is not valid UTF-8 here
    const bytes = Uint8Array.from([0x49, 0x6e, 0xe9, 0x73, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a]);
    const [item] = await all(file('cp1252.txt', bytes), '2024-04-10');
    expect(item).toMatchObject({ story: { text: 'Inés Núñez' } });
    expect((item as { warning: string }).warning).toMatch(/not valid UTF-8 \(byte 0xe9 at offset 2\)/);
  });

  describe('PETRARCH XML', () => {
    const sentence = (date: string, id: string, text: string) => `<Sentence date="${date}" id="${id}" source="X"><Text>${text}</Text></Sentence>`;
    const brief = (items: InputItem[], path: string) => items.map((i) => ('error' in i ? i.error.replace(path, 'F') : `${i.story.id} ${i.story.date}`));

    it('skips a sentence whose date is no real day, as JSONL and --date do', async () => {
      const path = file('dates.xml', ['<Sentences>', sentence('20191345', 'A-1', 'a'), sentence('20190230', 'B-1', 'b'),
        sentence('20190228', 'C-1', 'c'), sentence('2019', 'D-1', 'd'), '</Sentences>'].join('\n'));
      expect(brief(await all(path), path)).toEqual([
        'F:2: sentence "A-1": date is no such day (found "20191345"); skipped',
        'F:3: sentence "B-1": date is no such day (found "20190230"); skipped',
        'F:5: sentence "D-1": date must be YYYYMMDD (found "2019"); skipped',
        'C-1 2019-02-28',
      ]);
    });

    it('reads the records before the first well-formedness error and names its line; the rest are not read', async () => {
      // an unclosed <Text> with a bare "&": the lenient parser used to swallow the next record without a word
      const path = file('unclosed.xml', ['<Sentences>', sentence('20190101', 'A-1', 'a'),
        '<Sentence date="20190102" id="B-1"><Text>Norvania & Estmark</Sentence>', sentence('20190103', 'C-1', 'c'), '</Sentences>'].join('\n'));
      expect(brief(await all(path), path)).toEqual([
        'F:3: not well-formed XML: "&" that begins no entity (write it &amp;) (found "…<Text>Norvania & Estmark</Sentence>")',
        'A-1 2019-01-01',
      ]);
      const cut = file('cut.xml', ['<Sentences>', sentence('20190101', 'A-1', 'a'), '<Sentence date="20190102" id="B-1"><Text>Norva'].join('\n'));
      expect(brief(await all(cut), cut)).toEqual(['F:3: not well-formed XML: <Sentence> is not closed: the file ends inside it (in <Text>)', 'A-1 2019-01-01']);
    });

    it('says in one line that a file is empty, not XML, or holds no <Sentence> records', async () => {
      const empty = file('empty.xml', '\n');
      expect(await all(empty)).toEqual([{ error: `${empty}: empty file: no <Sentence> records` }]);
      const text = file('text.xml', 'Norvania hailed Estmark.\n');
      expect(await all(text)).toEqual([{ error: `${text}:1: not well-formed XML: text before the first tag (found "Norvania hailed Estmark.")` }]);
      const none = file('none.xml', '<Sentences>\n</Sentences>\n');
      expect(await all(none)).toEqual([{ error: `${none}: no <Sentence> records` }]);
    });
  });
});
