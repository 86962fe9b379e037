import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import type { CorpusItem } from './corpusItem.js';
import { storyFromRecord } from './readStories.js';

/** Accepted header names for each story field (case-insensitive), first match wins. */
export const CSV_FIELDS: Record<string, string[]> = {
  id: ['id', 'story_id', 'guid'],
  date: ['date', 'publication_date', 'published', 'pubdate'],
  text: ['text', 'body', 'content'],
  source: ['source', 'publisher'],
  url: ['url', 'link'],
  title: ['title', 'headline'],
};

/**
 * Streams stories from a CSV (or, for `.tsv`, tab-separated) file with a
 * header row, parsed by csv-parse (RFC 4180: quoted fields, embedded
 * newlines). Columns are found by name (CSV_FIELDS); `date` and `text` are
 * required. A malformed row is reported with the line it starts on and
 * skipped; the rest are read.
 */
export async function* csvStories(path: string): AsyncGenerator<CorpusItem> {
  const parser = createReadStream(path).pipe(parse({
    bom: true, delimiter: path.toLowerCase().endsWith('.tsv') ? '\t' : ',', relax_column_count: false,
    skip_empty_lines: true, info: true, skip_records_with_error: true,
  }));
  const skipped: string[] = [];
  parser.on('skip', (err: Error & { lines?: number }) => { skipped.push(`${path}:${err.lines ?? '?'}: malformed CSV row (${err.message.replace(/\s+/g, ' ').slice(0, 100)})`); });
  let columns: Map<string, number> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>) {
      while (skipped.length) yield { error: skipped.shift()! };
      if (!columns) {
        columns = headerColumns(record);
        const missing = ['date', 'text'].filter((f) => !columns!.has(f));
        if (missing.length) {
          yield { error: `${path}:1: CSV header has no ${missing.map((m) => `"${m}"`).join(' or ')} column (found: ${record.join(', ').slice(0, 100)})` };
          return;
        }
        continue;
      }
      const value: Record<string, string> = {};
      for (const [field, i] of columns) if (record[i] !== undefined && record[i] !== '') value[field] = record[i]!;
      const where = `${path}:${lineOfRecordStart(info.lines, record.join(''))}`;
      const item = storyFromRecord(value, where);
      yield 'error' in item ? item : { story: item.story, origin: where };
    }
  } catch (err) {
    yield { error: `${path}: cannot read as CSV (${(err as Error).message.replace(/\s+/g, ' ').slice(0, 120)})` };
  }
  while (skipped.length) yield { error: skipped.shift()! };
}

function headerColumns(header: string[]): Map<string, number> {
  const lower = header.map((h) => h.trim().toLowerCase());
  const columns = new Map<string, number>();
  for (const [field, names] of Object.entries(CSV_FIELDS)) {
    const i = names.map((n) => lower.indexOf(n)).find((k) => k >= 0);
    if (i !== undefined) columns.set(field, i);
  }
  return columns;
}

/** csv-parse's `info.lines` is the line a record ends on; a quoted text with newlines started earlier. */
function lineOfRecordStart(endLine: number, text: string): number {
  return endLine - (text.match(/\n/g)?.length ?? 0);
}
