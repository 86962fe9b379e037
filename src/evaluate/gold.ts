/**
 * Readers of gold-standard sentence records, the format told from the content:
 *
 * - **JSONL** (`../shared/eval/plv-train.jsonl`): one record a line,
 *   `{id, text, event, source_text[], target_text[]}`, `event` a PLOVER root type;
 * - **JSON records** (the OEDA PLOVER gold-standard records,
 *   `openeventdata/PLOVER` `PLOVER_GSR_CAMEO.txt`): a JSON array of records, or
 *   the records one after another separated by commas as that file has them
 *   (trailing commas allowed), each `{id, text, event, mode?, context?,
 *   source, target}` with `source`/`target` a list of `{actorText, code,
 *   sector?}` objects (one object, `""` or absent for none).
 *
 * A record of either shape may appear in either container. Pure functions over
 * text: problems come back as `file:line: problem` strings, never thrown.
 */
import { GOLD_TYPES, TYPE_ALIASES, goldType, type GoldType } from './ploverTypes.js';

/** One gold record: a sentence, its event type and the words that name its actors. */
export interface GoldRecord {
  /** The record's own id, or `file:line` when it has none. */
  id: string;
  /** The sentence as the file gives it (not normalised: score.py groups and prints it so). */
  text: string;
  event: GoldType;
  /** Strings of the sentence that name the sources; null when the record gives none (score.py prints None). */
  source_text: string[] | null;
  target_text: string[] | null;
  /** `file:line` of the record. */
  where: string;
}

/** The records of one sentence (identical text), with score.py's id for it (`s00000`, in order of first appearance). */
export interface GoldSentence {
  id: string;
  text: string;
  gold: GoldRecord[];
}

/** What a gold file held: its container, the good records, and one line per bad record. */
export interface GoldFile {
  /** `jsonl` (a record a line) or `json` (an array, or records separated by commas); null when neither. */
  format: 'jsonl' | 'json' | null;
  records: GoldRecord[];
  problems: string[];
}

/** Reads the records of a gold file's text; `name` (the path) prefixes each problem. */
export function readGold(text: string, name: string): GoldFile {
  const format = detectFormat(text);
  const records: GoldRecord[] = [];
  const problems: string[] = [];
  if (!format) return { format, records, problems };
  const chunks = format === 'jsonl' ? jsonlChunks(text) : jsonChunks(text);
  for (const chunk of chunks) {
    const where = `${name}:${chunk.line}`;
    const r = 'problem' in chunk ? `${where}: ${chunk.problem}` : goldRecord(chunk.value, where);
    if (typeof r === 'string') problems.push(r);
    else records.push(r);
  }
  return { format, records, problems };
}

/**
 * Groups records by identical text, as score.py does: one sentence per
 * distinct text, in order of first appearance, ids `s00000`, `s00001` …
 */
export function groupSentences(records: GoldRecord[]): GoldSentence[] {
  const byText = new Map<string, GoldSentence>();
  for (const r of records) {
    let s = byText.get(r.text);
    if (!s) {
      s = { id: `s${String(byText.size).padStart(5, '0')}`, text: r.text, gold: [] };
      byText.set(r.text, s);
    }
    s.gold.push(r);
  }
  return [...byText.values()];
}

/**
 * The container: `json` when the text starts with `[`, or with `{` and none of
 * its first lines is a whole JSON object (records spread over lines); `jsonl`
 * when one is; null for anything else (and for empty text).
 */
export function detectFormat(text: string): GoldFile['format'] {
  const first = text.match(/\S/)?.[0];
  if (first === '[') return 'json';
  if (first !== '{') return null;
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).slice(0, 5);
  return lines.some((l) => l.startsWith('{') && parses(l)) ? 'jsonl' : 'json';
}

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** A record's parsed value or the problem with it, and its 1-based line. */
type Chunk = { line: number; value: unknown } | { line: number; problem: string };

function jsonlChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim()) chunks.push(parseChunk(line, i + 1, 'not valid JSON'));
  });
  return chunks;
}

function parseChunk(text: string, line: number, what: string): Chunk {
  try {
    return { line, value: JSON.parse(text) };
  } catch (err) {
    return { line, problem: `${what} (${(err as Error).message.replace(/^.*?: /, '').slice(0, 80)})` };
  }
}

/**
 * Splits JSON-records text into its top-level objects (inside the outer
 * array when there is one), each parsed with trailing commas dropped.
 * Text between records other than commas and white space is a problem.
 */
function jsonChunks(text: string): Chunk[] {
  const scan = new RecordScanner(text);
  scan.run();
  return scan.chunks;
}

/** A string-aware walk over JSON text that cuts out the objects at the records' depth. */
class RecordScanner {
  readonly chunks: Chunk[] = [];
  private line = 1;
  /** The open brackets, outermost first. */
  private readonly open: string[] = [];
  private inString = false;
  private escaped = false;
  private start = -1;
  private startLine = 0;
  private junkLine = 0;
  private readonly base: number;

  constructor(private readonly text: string) {
    this.base = text.trimStart().startsWith('[') ? 1 : 0;
  }

  run(): void {
    for (let i = 0; i < this.text.length; i++) this.step(this.text[i]!, i);
    if (this.start >= 0) this.unclosed();
  }

  private step(ch: string, i: number): void {
    if (ch === '\n') this.line++;
    if (this.inString) {
      this.stringChar(ch);
      return;
    }
    if (ch === '"') this.inString = true;
    if (ch === '{' || ch === '[') this.opening(ch, i);
    else if (ch === '}' || ch === ']') this.closing(ch, i);
    else if (this.start < 0 && this.open.length <= this.base && !/[\s,]/.test(ch)) this.junk(ch);
  }

  private stringChar(ch: string): void {
    if (this.escaped) this.escaped = false;
    else if (ch === '\\') this.escaped = true;
    else if (ch === '"') this.inString = false;
  }

  private opening(ch: string, i: number): void {
    if (this.open.length === this.base && this.start < 0) {
      if (ch === '[') this.junk(ch);
      else {
        this.start = i;
        this.startLine = this.line;
      }
    }
    this.open.push(ch);
  }

  private closing(ch: string, i: number): void {
    // a bracket that closes what the record did not open: the record was left open
    if (this.start >= 0 && this.open[this.open.length - 1] !== (ch === '}' ? '{' : '[')) this.unclosed();
    if (!this.open.length) {
      this.junk(ch);
      return;
    }
    this.open.pop();
    if (this.open.length === this.base && this.start >= 0) {
      this.chunks.push(parseChunk(dropTrailingCommas(this.text.slice(this.start, i + 1)), this.startLine, 'record not valid JSON'));
      this.start = -1;
    }
  }

  private unclosed(): void {
    this.chunks.push({ line: this.startLine, problem: 'record not closed (a "{" without its "}")' });
    this.open.length = Math.min(this.open.length, this.base);
    this.start = -1;
  }

  /** Reports one problem per line of stray text between records. */
  private junk(ch: string): void {
    if (this.junkLine === this.line) return;
    this.junkLine = this.line;
    this.chunks.push({ line: this.line, problem: `unexpected "${ch}" between records (expected {…} records separated by commas)` });
  }
}

/** Drops each comma that only white space separates from a closing `}` or `]` (outside strings). */
export function dropTrailingCommas(json: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ',' && /^\s*[}\]]/.test(json.slice(i + 1, i + 200))) continue;
    out += ch;
  }
  return out;
}

const TYPE_LIST = `${GOLD_TYPES.join(', ')}; or ${Object.keys(TYPE_ALIASES).join(', ')}`;

/** One parsed record as a GoldRecord, or the problem with it (`where: problem`). */
export function goldRecord(value: unknown, where: string): GoldRecord | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `${where}: expected a JSON object {"id", "text", "event", …}`;
  const r = value as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
  const label = id === undefined ? 'record' : `record "${id}"`;
  if (typeof r.text !== 'string' || !r.text.trim()) return `${where}: ${label} has no text; skipped`;
  if (typeof r.event !== 'string' || !r.event.trim()) return `${where}: ${label} has no "event" (a PLOVER type); skipped`;
  const event = goldType(r.event);
  if (!event) return `${where}: ${label}: unknown PLOVER type "${r.event}" (expected one of ${TYPE_LIST}); skipped`;
  const source = actorTexts(r, 'source');
  if (typeof source === 'string') return `${where}: ${label}: ${source}; skipped`;
  const target = actorTexts(r, 'target');
  if (typeof target === 'string') return `${where}: ${label}: ${target}; skipped`;
  return { id: id ?? where, text: r.text, event, source_text: source, target_text: target, where };
}

/**
 * The strings naming one side's actors: `source_text` (a list of strings; a
 * lone string is read as a list of one) or else `source` (OEDA: `{actorText,
 * code}` objects, one or a list; empty actorTexts left out). Null when the
 * record has neither field (or null); a problem string for another shape.
 */
function actorTexts(r: Record<string, unknown>, side: 'source' | 'target'): string[] | null | string {
  const texts = r[`${side}_text`];
  if (texts !== undefined) {
    if (texts === null) return null;
    if (typeof texts === 'string') return [texts];
    if (Array.isArray(texts) && texts.every((t) => typeof t === 'string')) return texts as string[];
    return `field "${side}_text": expected a list of strings`;
  }
  const actors = r[side];
  if (actors === undefined || actors === null) return null;
  if (actors === '') return [];
  const list = Array.isArray(actors) ? actors : [actors];
  const out: string[] = [];
  for (const a of list) {
    const text = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).actorText : undefined;
    if (typeof text !== 'string') return `field "${side}": expected {"actorText", "code"} objects`;
    if (text.trim()) out.push(text);
  }
  return out;
}
