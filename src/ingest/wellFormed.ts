import { XMLValidator } from 'fast-xml-parser';

/** The first well-formedness error of an XML text. */
export interface XmlProblem {
  /** 1-based line to report. */
  line: number;
  /** What is wrong, in words, with the text found there. */
  message: string;
  /** Character offset where the good part ends: elements that close before it can be read. */
  goodUntil: number;
}

/** An element left open at some point of a text: its name and the offset of its start tag. */
export interface OpenElement {
  name: string;
  start: number;
}

/**
 * The first well-formedness error of `xml` (fast-xml-parser's `XMLValidator`),
 * or null when it is well-formed. The validator names elements left open at
 * the end of the file without a line; then the line is the start tag of the
 * first unfinished element below the root (a record cut short), or the last
 * line when only the root is left open. Other errors are reported at the
 * validator's line, and the good part ends where that line begins. Lines are
 * counted from `firstLine` (a record cut from a larger file).
 */
export function xmlProblem(xml: string, firstLine = 1): XmlProblem | null {
  const result = XMLValidator.validate(xml);
  if (result === true) return null;
  const shift = firstLine - 1;
  const lineOf = (at: number): number => lineAt(xml, at) + shift;
  const first = xml.search(/\S/);
  if (first >= 0 && xml[first] !== '<') {
    return { line: lineOf(first), message: `text before the first tag (found "${excerpt(xml, first)}")`, goodUntil: 0 };
  }
  const { msg, line, col } = result.err;
  if (/^Invalid '\[.*\]' found\.$|^Unclosed tag /s.test(msg)) {
    const open = openElements(xml, xml.length).open;
    if (open.length === 1) {
      const root = open[0]!;
      return { line: lineOf(xml.trimEnd().length), message: `<${root.name}> (opened on line ${lineOf(root.start)}) is not closed: the file ends inside it`, goodUntil: xml.length };
    }
    if (open.length > 1) {
      const [record, inner] = [open[1]!, open[open.length - 1]!];
      const within = inner === record ? '' : ` (in <${inner.name}>)`;
      return { line: lineOf(record.start), message: `<${record.name}> is not closed: the file ends inside it${within}`, goodUntil: record.start };
    }
  }
  const lineStart = startOfLine(xml, line);
  const message = reword(msg, shift);
  return { line: line + shift, message: col ? `${message} (found "${excerpt(xml, lineStart + col - 1)}")` : message, goodUntil: lineStart };
}

/** The validator's message in dyad's words where it is unclear, its lines shifted by `shift`. */
function reword(msg: string, shift: number): string {
  // a bare "&" is the commonest slip in hand-made files: name the fix
  if (msg === "char '&' is not expected.") return '"&" that begins no entity (write it &amp;)';
  const mismatch = /^Expected closing tag '(.+)' \(opened in line (\d+), col \d+\) instead of closing tag '(.+)'\.$/.exec(msg);
  if (mismatch) return `</${mismatch[3]}> where <${mismatch[1]}> (line ${Number(mismatch[2]) + shift}) is still open`;
  const stray = /^Closing tag '(.+)' has not been opened\.$/.exec(msg);
  if (stray) return `</${stray[1]}> closes nothing`;
  return msg.replace(/\.$/, '');
}

// a comment, CDATA, processing instruction, DOCTYPE, or a start/end tag (attribute values may hold ">")
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>[]|\[[^\]]*\])*>|<(\/?)([^\s/>!?]+)(?:"[^"]*"|'[^']*'|[^'">])*>/g;

/**
 * The elements open at offset `end` of `xml` (outermost first), read by a
 * plain scan of tags, which is exact for the well-formed text a validator
 * passed; `end` moves back to the start of any tag or comment it cuts through.
 */
export function openElements(xml: string, end: number): { open: OpenElement[]; end: number } {
  const open: OpenElement[] = [];
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(xml); m && m.index < end; m = MARKUP.exec(xml)) {
    if (m.index + m[0].length > end) return { open, end: m.index };
    if (!m[2]) continue;
    if (m[1]) {
      if (open.length && open[open.length - 1]!.name === m[2]) open.pop();
    } else if (!m[0].endsWith('/>')) open.push({ name: m[2], start: m.index });
  }
  return { open, end };
}

/**
 * The part of `xml` before `until`, cut back to before any `<name>` element
 * still open there (a record is read whole or not at all), with the elements
 * still open above it closed: well-formed XML a lenient parser reads exactly.
 */
export function closedPrefix(xml: string, until: number, name: string): string {
  const scan = openElements(xml, until);
  let { open } = scan;
  let cut = scan.end;
  const k = open.findIndex((e) => e.name === name);
  if (k >= 0) {
    cut = open[k]!.start;
    open = open.slice(0, k);
  }
  return xml.slice(0, cut) + open.reverse().map((e) => `</${e.name}>`).join('');
}

/** 1-based line of character offset `at`. */
function lineAt(xml: string, at: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

/** Offset where 1-based `line` begins (the end of the text when there are fewer lines). */
function startOfLine(xml: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const nl = xml.indexOf('\n', at);
    if (nl < 0) return xml.length;
    at = nl + 1;
  }
  return at;
}

/** Up to 60 characters of the line from the tag or word before offset `at`, for a message. */
function excerpt(xml: string, at: number): string {
  const from = xml.lastIndexOf('\n', at - 1) + 1;
  const nl = xml.indexOf('\n', at);
  const to = nl < 0 ? xml.length : nl;
  const tag = xml.lastIndexOf('<', at);
  let start = tag >= from && at - tag <= 40 ? tag : Math.max(from, at - 20);
  if (start > from && start !== tag) start = Math.min(at, xml.indexOf(' ', start) + 1 || at);
  const text = xml.slice(start, Math.min(to, start + 60)).trim();
  return `${start > from ? '…' : ''}${text}${start + 60 < to ? '…' : ''}`;
}
