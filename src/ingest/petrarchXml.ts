import { XMLParser } from 'fast-xml-parser';
import { createReadStream } from 'node:fs';
import type { Story } from '../model/types.js';
import type { CorpusItem } from './corpusItem.js';
import { compactDate } from './storyDate.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: true });

/**
 * Streams PETRARCH/TABARI XML input (petrarch2 docs, "XML Input"):
 * `<Sentences><Sentence date="YYYYMMDD" id="story_sent#" source="AFP"
 * sentence="True"><Text>…</Text><Parse>…</Parse></Sentence>…`. Each
 * `<Sentence>` block is cut from the byte stream and parsed alone, so memory
 * holds one record whatever the file size. Consecutive sentence records
 * (sentence="True") whose ids share a story prefix (`ABC_1`, `ABC_2`) are
 * joined into one story with that id, so the coder sees the story's context;
 * other records are stories of their own. `<Parse>` trees are ignored (dyad
 * parses text itself). A record without a valid date (a real day) is reported
 * with its line.
 */
export async function* petrarchStories(path: string): AsyncGenerator<CorpusItem> {
  let pending: { story: Story; origin: string; prefix: string } | null = null;
  for await (const block of sentenceBlocks(path)) {
    if ('error' in block) {
      yield block;
      continue;
    }
    const where = `${path}:${block.line}`;
    let rec: { date?: unknown; id?: unknown; source?: unknown; sentence?: unknown; Text?: unknown };
    try {
      rec = (parser.parse(block.xml) as { Sentence: typeof rec }).Sentence ?? {};
    } catch (err) {
      yield { error: `${where}: malformed <Sentence> record (${(err as Error).message.split('\n')[0]})` };
      continue;
    }
    const checked = compactDate(String(rec.date ?? ''));
    if ('problem' in checked) {
      yield { error: `${where}: <Sentence> ${checked.problem}; record skipped` };
      continue;
    }
    const { date } = checked;
    const text = String(typeof rec.Text === 'object' && rec.Text ? (rec.Text as Record<string, unknown>)['#text'] ?? '' : rec.Text ?? '').replace(/\s+/g, ' ').trim();
    if (!text) {
      yield { error: `${where}: <Sentence> has no <Text>` };
      continue;
    }
    const id = String(rec.id ?? '') || `${path}:${block.line}`;
    const isSentence = /^true$/i.test(String(rec.sentence ?? ''));
    const prefix = isSentence ? (/^(.+)_\d+$/.exec(id)?.[1] ?? '') : '';
    if (pending && prefix && prefix === pending.prefix && pending.story.date === date) {
      pending.story.text += ` ${text}`;
      continue;
    }
    if (pending) yield { story: pending.story, origin: pending.origin };
    const story: Story = { id: prefix || id, date, text };
    if (rec.source) story.source = String(rec.source);
    pending = { story, origin: where, prefix };
  }
  if (pending) yield { story: pending.story, origin: pending.origin };
}

/** `<Sentence …>…</Sentence>` blocks of the file with the line each starts on; the stream is read in chunks. */
async function* sentenceBlocks(path: string): AsyncGenerator<{ xml: string; line: number } | { error: string }> {
  let buf = '';
  let line = 1;
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      buf += chunk as string;
      for (;;) {
        const start = buf.search(/<Sentence[\s>]/);
        if (start < 0) {
          const keep = Math.max(0, buf.length - 16);
          line += count(buf, 0, keep);
          buf = buf.slice(keep);
          break;
        }
        const end = buf.indexOf('</Sentence>', start);
        if (end < 0) {
          line += count(buf, 0, start);
          buf = buf.slice(start);
          break;
        }
        line += count(buf, 0, start);
        const xml = buf.slice(start, end + 11);
        yield { xml, line };
        line += count(xml, 0, xml.length);
        buf = buf.slice(end + 11);
      }
    }
    if (/<Sentence[\s>]/.test(buf)) yield { error: `${path}:${line}: <Sentence> record not closed before the end of the file` };
  } catch (err) {
    yield { error: `${path}: cannot read (${(err as Error).message})` };
  }
}

function count(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
