import type { DictionaryWarnings } from '../lines.js';

/** The kinds of PETRARCH/TABARI dictionary, as the command line names them (`--actors` …). */
export type PetrarchKind = 'actors' | 'agents' | 'verbs' | 'discards' | 'issues';

/** What a kind's lines look like, for the warning about a file that gave no entries. */
const FORM: Record<PetrarchKind, string> = {
  actors: '"PHRASE [CODE]" lines',
  agents: '"PHRASE [~CODE]" lines',
  verbs: '"--- NAME [CODE] ---" blocks of verbs and "- pattern [CODE]" lines',
  discards: 'one phrase a line',
  issues: '"phrase [CODE]" lines',
};

const ARTICLE: Record<PetrarchKind, string> = { actors: 'an', agents: 'an', verbs: 'a', discards: 'a', issues: 'an' };

/**
 * Checks a dictionary file at the door of its reader, before any line is
 * read: a binary file (NUL bytes) or an empty one is reported and not read
 * (returns false); a file whose lines look like another kind of dictionary
 * than `kind` (`looksLike`) is reported and read as given. Warnings name the
 * file without a line: `file: problem`.
 */
export function openDictionary(content: string, file: string, kind: PetrarchKind, warnings: DictionaryWarnings): boolean {
  if (content.slice(0, 8192).includes('\u0000')) {
    warnings.addFile(file, 'binary file (NUL bytes), not a dictionary: not read');
    return false;
  }
  if (!content.trim()) {
    warnings.addFile(file, 'empty file: no entries read');
    return false;
  }
  const looks = looksLike(content);
  if (looks && looks !== kind) warnings.addFile(file, `looks like ${ARTICLE[looks]} ${looks} dictionary: given as --${kind}?`);
  return true;
}

/** Reports a file that gave no entries at all, once its reader is done; returns `entries`. */
export function closeDictionary(file: string, kind: PetrarchKind, entries: number, warnings: DictionaryWarnings): number {
  if (entries === 0) warnings.addFile(file, `no entries read (expected ${FORM[kind]})`);
  return entries;
}

/** Counts of line shapes in a dictionary file (`looksLike`). */
interface Shapes {
  /** Lines that are neither blank nor comments. */
  lines: number;
  /** `--- NAME [CODE] ---` verb block headers. */
  headers: number;
  /** `- pattern` lines. */
  patterns: number;
  /** Lines with a `[` … */
  codes: number;
  /** … of which agent codes, `[~CODE]` or `[CODE~]`. */
  agentCodes: number;
  /** … of which actor-like codes: a letter first, after a phrase written in capitals, or alone on a tab-indented line. */
  actorCodes: number;
  /** `<ISSUE …>` and `</ISSUE>` tags. */
  issueTags: number;
  /** `&SYNSET` (verbs) and `!SET! = …` (agents) lines. */
  sets: number;
}

/**
 * The kind of dictionary a file's lines look like, or null when they do not
 * tell: verbs (block headers and pattern lines, a fifth of the lines or
 * more), agents (most codes `~`), issues (`<ISSUE>` tags), actors (no verb,
 * agent or issue marks, and a fifth of the lines or more with actor codes),
 * discards (no codes, synsets or substitution sets at all). A few
 * character tests per line, and at most SAMPLE lines of a large file: the
 * Phoenix files (50,000+ lines) take a few milliseconds.
 */
export function looksLike(content: string): PetrarchKind | null {
  const s = shapes(content);
  if (s.lines === 0) return null;
  if (s.headers > 0 && s.patterns > 0 && (s.headers + s.patterns) * 5 >= s.lines) return 'verbs';
  if (s.headers > 0 || s.patterns > 0) return null;
  if (s.agentCodes > 0 && s.agentCodes * 2 >= s.codes) return 'agents';
  if (s.issueTags > 0) return 'issues';
  if (s.agentCodes === 0 && s.actorCodes > 0 && s.actorCodes * 5 >= s.lines) return 'actors';
  if (s.codes === 0 && s.sets === 0) return 'discards';
  return null;
}

/** Files up to this size are read whole; larger ones by SAMPLE lines spread evenly over them. */
const WHOLE = 1 << 16;
const SAMPLE = 1000;

/**
 * The line shapes of a file: every line of a small file; of a large one, the
 * lines at SAMPLE evenly spaced offsets — each kind's marks run through its
 * whole file, and the Phoenix country actors (1.5 MB) then cost no more than
 * a small file.
 */
function shapes(content: string): Shapes {
  const s: Shapes = { lines: 0, headers: 0, patterns: 0, codes: 0, agentCodes: 0, actorCodes: 0, issueTags: 0, sets: 0 };
  // the next "[" and "~" of the text, found by indexOf (fast) and kept while lines without one go by: linear, never quadratic
  const scan: Scan = { content, s, bracket: -1, tilde: -1 };
  const sampled = content.length > WHOLE;
  for (let at = 0, k = 0; at < content.length;) {
    let end = content.indexOf('\n', at);
    if (end < 0) end = content.length;
    let i = at;
    while (i < end && (content.charCodeAt(i) === 32 || content.charCodeAt(i) === 9)) i++;
    lineShape(scan, i, end, i > at);
    if (!sampled) at = end + 1;
    else {
      // the line that begins after the next sample offset
      if (++k >= SAMPLE) break;
      const from = Math.max(end, Math.floor((k * content.length) / SAMPLE));
      const nl = content.indexOf('\n', from);
      at = nl < 0 ? content.length : nl + 1;
    }
  }
  return s;
}

/** One file's scan: its text, the counts so far, and the offsets of the next "[" and "~" (the text's length when none). */
interface Scan {
  content: string;
  s: Shapes;
  bracket: number;
  tilde: number;
}

/** Adds the shape of one line (`first` = offset of its first non-blank character, `end` of its end) to `scan.s`. */
function lineShape(scan: Scan, first: number, end: number, indented: boolean): void {
  const { content, s } = scan;
  const c = content.charCodeAt(first);
  // blank, or a comment: # ; <!--
  if (first >= end || c === 35 || c === 59 || c === 13 || content.startsWith('<!--', first)) return;
  s.lines++;
  if (c === 45) { // -
    if (!content.startsWith('---', first)) s.patterns++;
    else if (content.slice(first + 3, end).trimEnd().endsWith('---')) s.headers++;
    return;
  }
  if (c === 38 || c === 33) { // & !
    s.sets++;
    return;
  }
  if (c === 60) { // <
    if (content.startsWith('<ISSUE', first) || content.startsWith('</ISSUE', first)) s.issueTags++;
    return;
  }
  if (scan.bracket < first) scan.bracket = nextOf(content, '[', first);
  const open = scan.bracket;
  if (open >= end) return;
  s.codes++;
  if (scan.tilde < open) scan.tilde = nextOf(content, '~', open);
  if (scan.tilde < Math.min(end, nextOf(content, ']', open))) {
    s.agentCodes++;
    return;
  }
  const k = content.charCodeAt(open + 1) | 32;
  const letter = k >= 97 && k <= 122;
  if (letter && (open === first ? indented : capitals(content, first, open))) s.actorCodes++;
}

/** The offset of the next `char` from `from`, or the text's length when there is none. */
function nextOf(content: string, char: string, from: number): number {
  const at = content.indexOf(char, from);
  return at < 0 ? content.length : at;
}

/** Whether the phrase from `from` to `to` has letters and all of them capitals, as PETRARCH writes actor phrases. */
function capitals(content: string, from: number, to: number): boolean {
  let letters = false;
  for (let i = from; i < to; i++) {
    const c = content.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters = true;
  }
  return letters;
}
