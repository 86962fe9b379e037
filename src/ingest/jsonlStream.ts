import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CorpusItem } from './corpusItem.js';
import { storyFromLine } from './readStories.js';

/**
 * Streams a JSONL file (one story a line: id?, date, text, source?, url?,
 * title?), one line in memory at a time. Bad lines become `file:line: problem`.
 */
export async function* jsonlStream(path: string): AsyncGenerator<CorpusItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '').trim() : raw.trim();
    if (!line) continue;
    const where = `${path}:${n}`;
    const item = storyFromLine(line, where);
    yield 'error' in item ? item : { story: item.story, origin: where };
  }
}
