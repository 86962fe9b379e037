import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CorpusItem } from './corpusItem.js';
import { csvStories } from './csvStories.js';
import { decodeText } from './decode.js';
import { feedStories } from './feedStories.js';
import { readHtml } from './htmlStory.js';
import { jsonlStream } from './jsonlStream.js';
import { petrarchStories } from './petrarchXml.js';
import { contentId } from './readStories.js';
import { dateProblem } from './storyDate.js';

/** Options for reading a corpus. */
export interface CorpusOptions {
  /** Publication date (YYYY-MM-DD) for .txt files and for pages and feed items that name none. */
  date?: string;
}

/** File kinds by extension; `.xml` is sniffed (PETRARCH `<Sentences>` or a feed). */
const KINDS: Record<string, 'jsonl' | 'csv' | 'txt' | 'html' | 'feed' | 'xml'> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.tsv': 'csv', '.txt': 'txt', '.text': 'txt',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.rss': 'feed', '.atom': 'feed', '.xml': 'xml',
};

/**
 * Reads every story under `paths`, in order: files by kind (KINDS), folders
 * recursively in name order (hidden files and unknown extensions skipped).
 * Streaming formats (JSONL, CSV, PETRARCH XML) hold one record in memory at a
 * time; a .txt, .html or feed file is one read. Stories from .txt and .html,
 * which carry no id, are named by content hash (`sha1:…`), so re-reading the
 * same text is the same story wherever the file lives.
 */
export async function* readCorpus(paths: string[], options: CorpusOptions = {}): AsyncGenerator<CorpusItem> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { error: `${path}: cannot read (${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message})` };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFile_(file, options, true);
    } else {
      yield* readFile_(path, options, false);
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && KINDS[extname(e.name).toLowerCase()]) yield p;
  }
}

async function* readFile_(path: string, options: CorpusOptions, inFolder: boolean): AsyncGenerator<CorpusItem> {
  let kind = KINDS[extname(path).toLowerCase()];
  if (!kind) {
    if (inFolder) return;
    yield { error: `${path}: unknown kind of file (expected .jsonl, .csv, .tsv, .txt, .html, .rss, .atom or .xml)` };
    return;
  }
  if (kind === 'xml') kind = await sniffXml(path);
  if (kind === 'jsonl') return yield* jsonlStream(path);
  if (kind === 'csv') return yield* csvStories(path);
  if (kind === 'xml') return yield* petrarchStories(path);
  let text: string;
  let warning: string | undefined;
  try {
    const decoded = decodeText(await readFile(path), path);
    text = decoded.text;
    warning = decoded.warning;
  } catch (err) {
    yield { error: (err as Error).message.startsWith(path) ? (err as Error).message : `${path}: cannot read (${(err as Error).message})` };
    return;
  }
  if (kind === 'feed') return yield* feedStories(path, text, options.date);
  if (kind === 'html') return yield* htmlItem(path, text, options.date, warning);
  if (text.trim().replace(/[\u200B-\u200D\uFEFF]/g, '') === '') {
    yield { error: `${path}: empty story, nothing to code` };
    return;
  }
  if (dateProblem(options.date)) {
    yield { error: `${path}: a .txt story needs --date YYYY-MM-DD (its publication date)` };
    return;
  }
  yield { story: { id: contentId(text), date: options.date!, text, title: basename(path, extname(path)) }, origin: path, ...(warning ? { warning } : {}) };
}

function* htmlItem(path: string, html: string, date: string | undefined, warning?: string): Generator<CorpusItem> {
  let page;
  try {
    page = readHtml(html);
  } catch (err) {
    yield { error: `${path}: cannot read as HTML (${(err as Error).message})` };
    return;
  }
  if (!page) {
    yield { error: `${path}: no main text found in the page` };
    return;
  }
  const day = page.date ?? date;
  if (!day || dateProblem(day)) {
    yield { error: `${path}: the page names no publication date; give --date YYYY-MM-DD` };
    return;
  }
  yield {
    story: { id: contentId(page.text), date: day, text: page.text, ...(page.title ? { title: page.title } : {}), ...(page.url ? { url: page.url } : {}) },
    origin: path, ...(warning ? { warning } : {}),
  };
}

/** Looks at the first 4 KiB of an .xml file: PETRARCH input, or an RSS/Atom feed. */
async function sniffXml(path: string): Promise<'xml' | 'feed'> {
  let head = '';
  try {
    const fh = await open(path);
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
    await fh.close();
    head = buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return 'xml';
  }
  return /<(rss|feed|rdf:RDF)[\s>]/.test(head) ? 'feed' : 'xml';
}
