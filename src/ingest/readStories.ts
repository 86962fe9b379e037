import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import type { Story } from '../model/types.js';
import { decodeText } from './decode.js';
import { readPetrarchXml } from './petrarchRecords.js';
import { dateProblem } from './storyDate.js';

/** One item read from input: a story, or a problem with a record (`file:line: problem`). */
export type InputItem = { story: Story; warning?: string } | { error: string };

/** Input options: the publication date for .txt and stdin text. */
export interface ReadOptions {
  date?: string;
}

const JsonlStory = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
  date: z.string(),
  text: z.string(),
  source: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});

/**
 * Reads stories from a path or '-' (stdin): `.jsonl`/`.ndjson` (one story a
 * line: id, date, text, optional source/url/title), `.xml` (PETRARCH XML: one
 * story per `<Sentence>`), anything else as one
 * plain-text story dated by `options.date`. Yields a story or a one-line
 * error per record; never throws for bad input.
 */
export async function* readStories(path: string, options: ReadOptions, stdin?: () => Promise<Uint8Array>): AsyncGenerator<InputItem> {
  const name = path === '-' ? 'stdin' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await (stdin ?? readStdin)() : await readFile(path);
  } catch (err) {
    yield { error: `${name}: cannot read (${describeFsError(err)})` };
    return;
  }
  let decoded;
  try {
    decoded = decodeText(bytes, name);
  } catch (err) {
    yield { error: (err as Error).message };
    return;
  }
  if (/\.xml$/i.test(path)) {
    yield* xmlStories(decoded.text, name);
    return;
  }
  const isJsonl = /\.(jsonl|ndjson)$/i.test(path) || (path === '-' && decoded.text.trimStart().startsWith('{'));
  if (isJsonl) {
    if (decoded.warning) yield { error: decoded.warning };
    if (decoded.text.trim() === '') {
      yield { error: `${name}: empty file, no stories to code` };
      return;
    }
    yield* jsonlStories(decoded.text, name);
    return;
  }
  if (decoded.text.trim().replace(/[\u200B-\u200D\uFEFF]/g, '') === '') {
    yield { error: `${name}: empty story, nothing to code` };
    return;
  }
  const problem = dateProblem(options.date);
  if (problem) {
    yield { error: `${name}: --date is needed for a plain-text story: ${problem}` };
    return;
  }
  const id = path === '-' ? 'stdin' : basename(path, extname(path));
  yield { story: { id, date: options.date!, text: decoded.text }, ...(decoded.warning ? { warning: decoded.warning } : {}) };
}

/** PETRARCH XML (inputs-format.rst): each `<Sentence>` is a story with its id and date. */
function* xmlStories(text: string, name: string): Generator<InputItem> {
  const xml = readPetrarchXml(text, name);
  for (const p of xml.problems) yield { error: p };
  for (const s of xml.sentences) {
    const story: Story = { id: s.id, date: s.date, text: s.text };
    if (s.source) story.source = s.source;
    // dyad codes the text, not the tree: a broken parse is worth a warning, not a refusal
    if (s.parseProblem) yield { story, warning: `${name}:${s.line}: sentence "${s.id}": <Parse> ${s.parseProblem}; its text is coded` };
    else yield { story };
  }
}

function* jsonlStories(text: string, name: string): Generator<InputItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    yield storyFromLine(line, `${name}:${i + 1}`);
  }
}

/**
 * Checks one story record (a parsed JSONL line, a CSV row, a feed item):
 * `text` and `date` (YYYY-MM-DD; an ISO date-time is cut to its day) are
 * required, `id`, `source`, `url`, `title` optional. A record without an id
 * is named by its content (`sha1:` + 16 hex digits of the text's SHA-1), so
 * the same text read twice is the same story. `where` is `file:line`.
 */
export function storyFromRecord(value: unknown, where: string): InputItem {
  const parsed = JsonlStory.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const problem = !field ? 'expected a JSON object {"id", "date", "text", …}'
      : issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'missing'
        : issue.code === 'invalid_type' ? `expected ${'expected' in issue ? String(issue.expected) : 'another type'}` : issue.message;
    return { error: `${where}: field "${field || '(record)'}": ${problem}` };
  }
  const s = parsed.data;
  const date = /^\d{4}-\d{2}-\d{2}T/.test(s.date) ? s.date.slice(0, 10) : s.date;
  const problem = dateProblem(date);
  if (problem) return { error: `${where}: field "date": ${problem}` };
  if (s.text.trim().replace(/[\u200B-\u200D\uFEFF]/g, '') === '') {
    return { error: `${where}: story "${s.id ?? '(no id)'}" has empty text, nothing to code` };
  }
  const text = s.text.normalize('NFC');
  const story: Story = { id: s.id ?? contentId(text), date, text };
  if (s.source) story.source = s.source;
  if (s.url) story.url = s.url;
  if (s.title) story.title = s.title;
  return { story };
}

/** A story id from its text, for inputs without ids: "sha1:" + 16 hex digits. */
export function contentId(text: string): string {
  return `sha1:${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
}

/** One JSONL line as a story, or a one-line error naming `where` (file:line). */
export function storyFromLine(line: string, where: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `${where}: not valid JSON (${(err as Error).message.replace(/^.*?: /, '').slice(0, 80)})` };
  }
  return storyFromRecord(value, where);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Why a file could not be read, in words ("no such file"). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (err as Error).message;
}
