import { XMLParser } from 'fast-xml-parser';
import { compactDate } from './storyDate.js';
import { closedPrefix, xmlProblem } from './wellFormed.js';

/** An expected event of a validation record: (source, target, code); `target` '---' or absent = none. */
export interface ExpectedEvent {
  source: string;
  target: string;
  code: string;
}

/** One `<Sentence>` of a PETRARCH XML file (inputs-format.rst). */
export interface PetrarchSentence {
  id: string;
  /** ISO date from the `date` attribute (YYYYMMDD). */
  date: string;
  text: string;
  /** 1-based line of the `<Sentence>` tag in the file. */
  line: number;
  category?: string;
  source?: string;
  /** The `sentence` attribute: false for records that are not a single sentence. */
  isSentence: boolean;
  /** The TreeBank parse, when given (dyad codes raw text and does not need it). */
  parse?: string;
  /** The record had no `<Text>`: `text` was rebuilt from the words of `<Parse>`. */
  textFromParse?: boolean;
  /** What is wrong with `<Parse>` when its brackets do not balance (PETRARCH refuses such a record: "bad_input_parse"). */
  parseProblem?: string;
  /** Validation files: the `<EventCoding>` entries. */
  expected: ExpectedEvent[];
  /** `<EventCoding noevents="True">`. */
  expectsNoEvents: boolean;
  /** `<EventCoding error="…">`: the record expects the coder to refuse it (discard, dateline, bad parse). */
  expectedError?: string;
  /** `<Config option value>` settings in force for this record (they apply to the records after them). */
  config: Record<string, string>;
}

/** A PETRARCH XML file: its `<Environment>` (validation files) and sentences; problems as `file:line: …`. */
export interface PetrarchXml {
  environment: Record<string, string>;
  sentences: PetrarchSentence[];
  problems: string[];
  /** False when the file could not be read to its end (not well-formed XML) or holds no `<Sentence>` record. */
  complete: boolean;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Reads a PETRARCH XML file (`<Sentences>` of `<Sentence date id source
 * sentence category>` with `<Text>`, optional `<Parse>` and, in validation
 * files, `<EventCoding>`; `<Environment>` and `<Config>` elements). Sentences
 * without a valid date (a real day) are reported and skipped. XML that is not
 * well-formed is read up to its first error, which is reported as
 * `file:line: not well-formed XML: …`: the records that end before that line
 * are read, the rest are not. An empty file, or one without `<Sentence>`
 * records, is one problem naming the file. Never throws.
 */
export function readPetrarchXml(xml: string, file: string): PetrarchXml {
  const out: PetrarchXml = { environment: {}, sentences: [], problems: [], complete: true };
  if (!xml.trim()) {
    out.problems.push(`${file}: empty file: no <Sentence> records`);
    out.complete = false;
    return out;
  }
  const bad = xmlProblem(xml);
  const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false,
    processEntities: true, parseTagValue: false, parseAttributeValue: false,
  });
  // the lenient parser reads only the well-formed part: the records before the first error, their parents closed
  let tree: Node[];
  try {
    tree = parser.parse(bad ? closedPrefix(xml, bad.goodUntil, 'Sentence') : xml) as Node[];
  } catch (err) {
    // not expected once the validator has passed the text; still one line, not a stack trace
    out.problems.push(`${file}: not readable as PETRARCH XML (${(err as Error).message.split('\n')[0]!.slice(0, 100)})`);
    out.complete = false;
    return out;
  }
  const lines = sentenceLines(xml);
  let nth = 0;
  const config: Record<string, string> = {};
  const visit = (nodes: Node[]): void => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@')!;
      const attrs = node[':@'] ?? {};
      const kids = (node[tag] as Node[] | undefined) ?? [];
      if (tag === 'Environment') {
        for (const k of kids) {
          const t = Object.keys(k).find((x) => x !== ':@')!;
          if (t !== '#text') out.environment[t] = textOf(k[t] as Node[]).trim();
        }
      } else if (tag === 'Config') {
        if (attrs.option) config[attrs.option] = attrs.value ?? '';
      } else if (tag === 'Sentence') {
        const line = lines[nth++] ?? 0;
        const s = sentenceOf(kids, attrs, line, { ...config });
        if (typeof s === 'string') out.problems.push(`${file}:${line}: ${s}`);
        else out.sentences.push(s);
      } else if (tag !== '#text') visit(kids);
    }
  };
  visit(tree);
  if (bad) out.problems.push(`${file}:${bad.line}: not well-formed XML: ${bad.message}`);
  else if (nth === 0) out.problems.push(`${file}: no <Sentence> records`);
  out.complete = !bad && nth > 0;
  return out;
}

function sentenceOf(kids: Node[], attrs: Record<string, string>, line: number, config: Record<string, string>): PetrarchSentence | string {
  const id = (attrs.id ?? '').trim() || `line-${line}`;
  const date = compactDate((attrs.date ?? '').trim());
  if ('problem' in date) return `sentence "${id}": ${date.problem}; skipped`;
  const s: PetrarchSentence = {
    id, date: date.date, text: '', line, isSentence: !/^false$/i.test((attrs.sentence ?? 'true').trim()),
    expected: [], expectsNoEvents: false, config,
  };
  if (attrs.category) s.category = attrs.category.trim();
  if (attrs.source) s.source = attrs.source.trim();
  for (const k of kids) {
    const tag = Object.keys(k).find((x) => x !== ':@')!;
    const a = k[':@'] ?? {};
    if (tag === 'Text') s.text = textOf(k[tag] as Node[]).replace(/\s+/g, ' ').trim();
    else if (tag === 'Parse') {
      s.parse = textOf(k[tag] as Node[]).trim();
      const problem = bracketProblem(s.parse);
      if (problem) s.parseProblem = problem;
    }
    else if (tag === 'EventCoding') {
      if (a.noevents && /^true$/i.test(a.noevents.trim())) s.expectsNoEvents = true;
      else if (a.error) s.expectedError = a.error.trim();
      else if (a.eventcode !== undefined) {
        s.expected.push({ source: (a.sourcecode ?? '').trim(), target: (a.targetcode ?? '---').trim() || '---', code: a.eventcode.trim() });
      }
    }
  }
  if (!s.text && s.parse) {
    // no <Text>: the words of the TreeBank parse are the sentence
    s.text = parseText(s.parse);
    s.textFromParse = true;
  }
  if (!s.text) return `sentence "${id}": empty <Text> and no <Parse>; skipped`;
  return s;
}

/**
 * Why a TreeBank parse is malformed — a ")" that closes nothing, or "(" left
 * open at the end — or null when its brackets balance. Words are never
 * brackets in a parse (they are written -LRB-, -RRB-), so counting is enough.
 */
export function bracketProblem(parse: string): string | null {
  let depth = 0;
  for (let i = 0; i < parse.length; i++) {
    const c = parse.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return `brackets do not balance: a ")" at character ${i + 1} closes nothing`;
  }
  return depth > 0 ? `brackets do not balance: ${depth} "(" left open` : null;
}

const BRACKETS: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"' };

/** The words of a TreeBank parse ("(NP (NNP Obama))" → "Obama"), spaced as text: no space before punctuation and clitics. */
export function parseText(parse: string): string {
  const words = [...parse.matchAll(/\(([^\s()]+) ([^\s()]+)\)/g)].map((m) => BRACKETS[m[2]!] ?? m[2]!);
  let text = '';
  for (const w of words) {
    const glue = /^([.,:;!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(w) || /[([{$]$/.test(text);
    text += (text && !glue ? ' ' : '') + w;
  }
  return text;
}

function textOf(nodes: Node[]): string {
  let s = '';
  for (const n of nodes ?? []) {
    if ('#text' in n) s += String(n['#text']);
    else {
      const t = Object.keys(n).find((x) => x !== ':@');
      if (t) s += textOf(n[t] as Node[]);
    }
  }
  return s;
}

/** 1-based lines of each `<Sentence` tag outside comments, in order. */
function sentenceLines(xml: string): number[] {
  const out: number[] = [];
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  let line = 1;
  let last = 0;
  for (const m of noComments.matchAll(/<Sentence\b/g)) {
    for (let i = last; i < m.index; i++) if (noComments.charCodeAt(i) === 10) line++;
    last = m.index;
    out.push(line);
  }
  return out;
}
