import { XMLParser } from 'fast-xml-parser';
import { createReadStream } from 'node:fs';
import type { Story } from '../model/types.js';
import type { CorpusItem } from './corpusItem.js';
import { compactDate } from './storyDate.js';
import { xmlProblem } from './wellFormed.js';

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
 * with its line. Each record is checked to be well-formed XML: the first
 * that is not is reported as `file:line: not well-formed XML: …` and ends the
 * file (the records before it are read). A file with no `<Sentence>` record
 * says so, or that it is not XML.
 */
export async function* petrarchStories(path: string): AsyncGenerator<CorpusItem> {
  let pending: { story: Story; origin: string; prefix: string } | null = null;
  for await (const block of sentenceBlocks(path)) {
    if ('error' in block) {
      yield block;
      continue;
    }
    const bad = xmlProblem(block.xml, block.line);
    if (bad) {
      // as dyad code does: what follows a well-formedness error is not read
      if (pending) yield { story: pending.story, origin: pending.origin };
      yield { error: `${path}:${bad.line}: not well-formed XML: ${bad.message}` };
      return;
    }
    const rec = readRecord(path, block);
    if ('error' in rec) {
      yield rec;
      continue;
    }
    if (pending && rec.prefix && rec.prefix === pending.prefix && pending.story.date === rec.story.date) {
      pending.story.text += ` ${rec.story.text}`;
      continue;
    }
    if (pending) yield { story: pending.story, origin: pending.origin };
    pending = { story: rec.story, origin: rec.origin, prefix: rec.prefix };
  }
  if (pending) yield { story: pending.story, origin: pending.origin };
}

/**
 * One well-formed `<Sentence>` record as a story (id, date, text with blanks
 * collapsed, source), its origin `path:line`, and the story prefix of a
 * sentence record's id (`ABC` of `ABC_2`; '' for other records); or the
 * error that skips it: unparsable, no valid date, no text.
 */
function readRecord(path: string, block: { xml: string; line: number }): { story: Story; origin: string; prefix: string } | { error: string } {
  const where = `${path}:${block.line}`;
  let rec: { date?: unknown; id?: unknown; source?: unknown; sentence?: unknown; Text?: unknown };
  try {
    rec = (parser.parse(block.xml) as { Sentence: typeof rec }).Sentence ?? {};
  } catch (err) {
    return { error: `${where}: malformed <Sentence> record (${(err as Error).message.split('\n')[0]})` };
  }
  const checked = compactDate(String(rec.date ?? ''));
  if ('problem' in checked) return { error: `${where}: <Sentence> ${checked.problem}; record skipped` };
  const { date } = checked;
  const text = String(typeof rec.Text === 'object' && rec.Text ? (rec.Text as Record<string, unknown>)['#text'] ?? '' : rec.Text ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return { error: `${where}: <Sentence> has no <Text>` };
  const id = String(rec.id ?? '') || where;
  const isSentence = /^true$/i.test(String(rec.sentence ?? ''));
  const prefix = isSentence ? (/^(.+)_\d+$/.exec(id)?.[1] ?? '') : '';
  const story: Story = { id: prefix || id, date, text };
  if (rec.source) story.source = String(rec.source);
  return { story, origin: where, prefix };
}

/**
 * `<Sentence …>…</Sentence>` blocks of the file with the line each starts on;
 * the stream is read in chunks. A file without one is an error: empty, not
 * XML (text before the first tag), or without `<Sentence>` records.
 */
async function* sentenceBlocks(path: string): AsyncGenerator<{ xml: string; line: number } | { error: string }> {
  let buf = '';
  let line = 1;
  let head: string | null = null;
  let tail = '';
  let blocks = 0;
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      head ??= chunk as string;
      tail = (tail + (chunk as string).slice(-TAIL)).slice(-TAIL);
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
        blocks++;
        yield { xml, line };
        line += count(xml, 0, xml.length);
        buf = buf.slice(end + 11);
      }
    }
    if (/<Sentence[\s>]/.test(buf)) yield { error: `${path}:${line}: not well-formed XML: <Sentence> is not closed: the file ends inside it` };
    else if (blocks === 0) yield { error: noRecords(path, head ?? '') };
    else {
      const unclosed = rootNotClosed(head ?? '', tail);
      if (unclosed) yield { error: `${path}:${line + count(buf.trimEnd(), 0, buf.trimEnd().length)}: not well-formed XML: ${unclosed}` };
    }
  } catch (err) {
    yield { error: `${path}: cannot read (${(err as Error).message})` };
  }
}

const TAIL = 512;

/**
 * The records are checked one by one; of the rest of the file, this checks
 * that the root element the head opens is closed at its end (a file cut short
 * after a record), as `dyad code` reports it, or returns null.
 */
function rootNotClosed(head: string, tail: string): string | null {
  const bare = head.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (c) => c.replace(/[^\n]/g, ' '));
  const root = /<(?![!?])([^\s/>]+)/.exec(bare);
  if (!root) return null;
  const end = tail.replace(/<!--[\s\S]*?-->/g, '').trimEnd();
  if (new RegExp(`</${root[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>$`).test(end)) return null;
  return `<${root[1]}> (opened on line ${count(bare, 0, root.index) + 1}) is not closed: the file ends inside it`;
}

/** Why a file gave no `<Sentence>` block, from its first chunk: empty, not XML, or no records. */
function noRecords(path: string, head: string): string {
  if (!head.trim()) return `${path}: empty file: no <Sentence> records`;
  const bad = xmlProblem(head);
  return bad && bad.goodUntil === 0 ? `${path}:${bad.line}: not well-formed XML: ${bad.message}` : `${path}: no <Sentence> records`;
}

function count(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
