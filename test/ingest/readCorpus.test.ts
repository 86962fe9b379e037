import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusItem } from '../../src/ingest/corpusItem.js';
import { readCorpus } from '../../src/ingest/readCorpus.js';
import { contentId } from '../../src/ingest/readStories.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-corpus-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const all = async (paths: string[], date?: string) => {
  const out: CorpusItem[] = [];
  for await (const item of readCorpus(paths, { date })) out.push(item);
  return out;
};
const brief = (items: CorpusItem[]) => items.map((i) => ('error' in i ? i.error.replace(dir + '/', '') : `${i.story.id} ${i.story.date} @${i.origin.replace(dir + '/', '')}`));

describe('reading a corpus', () => {
  it('streams JSONL with file:line for each record and content ids for records without one', async () => {
    const path = file('a.jsonl', [
      '{"id": "s1", "date": "2020-01-02", "text": "Iran met Russia."}',
      '{"date": "2020-01-02T10:00:00Z", "text": "Russia met Iran."}',
      '{"id": "s3", "date": "2020/01/02", "text": "x"}',
    ].join('\n'));
    expect(brief(await all([path]))).toEqual([
      's1 2020-01-02 @a.jsonl:1',
      `${contentId('Russia met Iran.')} 2020-01-02 @a.jsonl:2`,
      'a.jsonl:3: field "date": expected a date YYYY-MM-DD (found "2020/01/02")',
    ]);
  });

  it('reads CSV with a header, quoted multi-line text, and names the line of a bad row', async () => {
    const path = file('b.csv', [
      'ID,Date,Headline,Body,Source',
      's1,2021-03-04,Talks,"Iran met Russia.\nThey talked.",Wire',
      's2,2021-03-05,Broken,"unbalanced,Wire,extra,fields',
    ].join('\n') + '\n');
    const items = await all([path]);
    expect(items[0]).toEqual({ story: { id: 's1', date: '2021-03-04', text: 'Iran met Russia.\nThey talked.', title: 'Talks', source: 'Wire' }, origin: `${path}:2` });
    expect(items).toHaveLength(2);
    expect((items[1] as { error: string }).error).toMatch(new RegExp(`^${path}:\\d+: `));
    expect(brief(await all([file('c.csv', 'title,body\nx,y\n')]))).toEqual(['c.csv:1: CSV header has no "date" column (found: title, body)']);
  });

  it('reads a folder of .txt and .html in name order, dating pages from their metadata or --date', async () => {
    const folder = join(dir, 'folder');
    file('folder/b/story.txt', 'Russia criticised the United States.');
    file('folder/a.html', `<!doctype html><html><head><title>Talks | Paper</title><meta property="article:published_time" content="2019-04-10T08:00:00Z"><link rel="canonical" href="https://example.org/talks"></head>
      <body><nav>Home News Sport</nav><article><h1>Talks in Tehran</h1><p>Iran and Russia held talks in Tehran on Tuesday about naval cooperation in the Caspian Sea, officials said.</p>
      <p>The two navies agreed to hold a joint exercise next year, according to a statement from the Iranian foreign ministry.</p></article><footer>© Paper</footer></body></html>`);
    file('folder/.hidden.txt', 'x');
    file('folder/notes.md', 'x');
    const items = await all([folder], '2019-05-01');
    expect(brief(items)).toEqual([
      `${contentId((items[0] as { story: { text: string } }).story.text)} 2019-04-10 @folder/a.html`,
      `${contentId('Russia criticised the United States.')} 2019-05-01 @folder/b/story.txt`,
    ]);
    const page = (items[0] as { story: { text: string; url?: string; title?: string } }).story;
    expect(page.text).toMatch(/^(Talks in Tehran\n\n)?Iran and Russia held talks in Tehran on Tuesday about naval cooperation in the Caspian Sea, officials said\.\n\nThe two navies agreed/);
    expect(page.text).not.toMatch(/Home News Sport|© Paper/);
    expect(page.url).toBe('https://example.org/talks');
    expect(brief(await all([join(folder, 'b/story.txt')]))).toEqual(['b/story.txt: a .txt story needs --date YYYY-MM-DD (its publication date)'.replace('b/', 'folder/b/')]);
  });

  it('reads RSS and Atom items with their dates, links and ids', async () => {
    const rss = file('feed.rss', `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Daily Wire</title>
<item><title>Talks</title><link>https://example.org/1</link><guid>urn:1</guid><pubDate>Tue, 10 Apr 2019 23:30:00 -0300</pubDate>
<description>&lt;p&gt;Iran met Russia.&lt;/p&gt;</description></item>
<item><title>Undated</title><description>Russia met Iran.</description></item>
</channel></rss>`);
    expect(await all([rss])).toEqual([
      { story: { id: 'urn:1', date: '2019-04-10', text: 'Iran met Russia.', title: 'Talks', url: 'https://example.org/1', source: 'Daily Wire' }, origin: `${rss}:3` },
      { error: `${rss}:5: feed item has no readable date (found ""); give --date` },
    ]);
    const atom = file('feed.xml', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
  <entry><id>tag:x,2019:1</id><title>Talks</title><link rel="alternate" href="https://example.org/a"/><published>2019-04-10T08:00:00Z</published>
  <content type="html">&lt;p&gt;Iran met Russia.&lt;/p&gt;&lt;p&gt;They talked.&lt;/p&gt;</content></entry>
</feed>`);
    expect(await all([atom])).toEqual([
      { story: { id: 'tag:x,2019:1', date: '2019-04-10', text: 'Iran met Russia.\n\nThey talked.', title: 'Talks', url: 'https://example.org/a', source: 'Atom Wire' }, origin: `${atom}:3` },
    ]);
  });

  it('streams PETRARCH XML, joining the sentences of one story and reporting a bad date by line', async () => {
    const path = file('petr.xml', `<Sentences>
<Sentence date = "20080804" id ="AFP01_1" source = "AFP" sentence = "True">
<Text>
Iran met
Russia.
</Text>
<Parse>(ROOT (S (NP (NNP Iran))))</Parse>
</Sentence>
<Sentence date = "20080804" id ="AFP01_2" source = "AFP" sentence = "True">
<Text>They talked.</Text>
</Sentence>
<Sentence date = "2008-08-05" id ="AFP02_1" source = "AFP" sentence = "True">
<Text>Bad date.</Text>
</Sentence>
<Sentence date = "20080806" id ="NYT7" source = "NYT">
<Text>China met Japan.</Text>
</Sentence>
</Sentences>`);
    expect(await all([path])).toEqual([
      { error: `${path}:12: <Sentence> date must be YYYYMMDD (found "2008-08-05"); record skipped` },
      { story: { id: 'AFP01', date: '2008-08-04', text: 'Iran met Russia. They talked.', source: 'AFP' }, origin: `${path}:2` },
      { story: { id: 'NYT7', date: '2008-08-06', text: 'China met Japan.', source: 'NYT' }, origin: `${path}:15` },
    ]);
  });

  it('rejects a PETRARCH record whose date is no real day', async () => {
    const path = file('dates.xml', '<Sentences>\n<Sentence date="20190230" id="A"><Text>Iran met Russia.</Text></Sentence>\n</Sentences>\n');
    expect(brief(await all([path]))).toEqual(['dates.xml:2: <Sentence> date is no such day (found "20190230"); record skipped']);
  });

  it('streams PETRARCH XML up to its first well-formedness error, rejecting impossible dates', async () => {
    const sentence = (date: string, id: string, text: string) => `<Sentence date="${date}" id="${id}"><Text>${text}</Text></Sentence>`;
    const path = file('broken.xml', ['<Sentences>', sentence('20190230', 'A', 'Iran met Russia.'), sentence('20190101', 'B', 'Iran met Russia.'),
      '<Sentence date="20190102" id="C"><Text>Iran & Russia met.</Sentence>', sentence('20190103', 'D', 'China met Japan.'), '</Sentences>'].join('\n'));
    expect(brief(await all([path]))).toEqual([
      'broken.xml:2: <Sentence> date is no such day (found "20190230"); record skipped',
      'B 2019-01-01 @broken.xml:3',
      'broken.xml:4: not well-formed XML: "&" that begins no entity (write it &amp;) (found "…<Text>Iran & Russia met.</Sentence>")',
    ]);
    const cut = file('cut.xml', ['<Sentences>', sentence('20190101', 'B', 'Iran met Russia.'), '<Sentence date="20190102" id="C"><Text>Iran'].join('\n'));
    expect(brief(await all([cut]))).toEqual(['cut.xml:3: not well-formed XML: <Sentence> is not closed: the file ends inside it', 'B 2019-01-01 @cut.xml:2']);
    const rootOpen = file('root-open.xml', ['<Sentences>', sentence('20190101', 'B', 'Iran met Russia.'), ''].join('\n'));
    expect(brief(await all([rootOpen]))).toEqual(['root-open.xml:2: not well-formed XML: <Sentences> (opened on line 1) is not closed: the file ends inside it', 'B 2019-01-01 @root-open.xml:2']);
  });

  it('says in one line that an .xml file is empty, not XML, or holds no <Sentence> records', async () => {
    expect(brief(await all([file('empty.xml', ''), file('text.xml', 'Iran met Russia.\n'), file('none.xml', '<Sentences>\n</Sentences>\n')]))).toEqual([
      'empty.xml: empty file: no <Sentence> records',
      'text.xml:1: not well-formed XML: text before the first tag (found "Iran met Russia.")',
      'none.xml: no <Sentence> records',
    ]);
  });

  it('names a missing path and an unknown kind of file', async () => {
    expect(brief(await all([join(dir, 'nope.jsonl'), file('x.docx', 'x')]))).toEqual([
      'nope.jsonl: cannot read (no such file or folder)',
      'x.docx: unknown kind of file (expected .jsonl, .csv, .tsv, .txt, .html, .rss, .atom or .xml)',
    ]);
  });
});
