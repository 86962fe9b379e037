import type { DictionaryWarnings } from '../lines.js';
import { phraseNode, type PhraseTrie } from '../trie.js';
import { petrarchDate, petrarchLines, phraseParts } from './common.js';
import type { ActorEntry, ActorKind } from '../../model/actors.js';

/** One `[CODE restriction]` of an actor record, dates as ISO strings (inclusive); `members` of a compound code `[A/B]`. */
interface CodeSpec {
  code: string;
  members?: string[];
  from?: string;
  to?: string;
}

/** A record in progress: its phrases (primary and `+` synonyms) and its codes. */
interface ActorRecord {
  phrases: { words: string[]; gaps: readonly boolean[]; line: number; text: string }[];
  codes: CodeSpec[];
}

/**
 * Reads a PETRARCH/TABARI actors dictionary (dictionaries-format.rst, "Actor
 * Dictionary") into `trie`: a primary phrase with optional `[CODE]`s, `+`
 * synonym lines, tab-indented `[CODE <date | >date | date-date]` restriction
 * lines; `_` or blanks join words (a blank lets other words come between:
 * the phrase is stored with gap edges); `;` and `#` start comments. The null
 * code `---` adds nothing. A compound code `[A/B]` (one phrase standing for
 * several actors) is stored as A with `members` A and B. Codes are
 * upper-cased. Problems become `file:line` warnings; a line with brackets
 * that do not pair is read as far as it is unambiguous: an unclosed `[CODE`
 * as if closed at the end of the line (or before the next `[`), a stray `]`
 * ignored. Returns the number of phrase entries added.
 */
export function readPetrarchActors(
  content: string, file: string, trie: PhraseTrie<ActorEntry>, warnings: DictionaryWarnings,
): number {
  let added = 0;
  let rec: ActorRecord | null = null;
  const flush = (): void => {
    if (!rec) return;
    const codes = rec.codes.filter((c) => c.code.charCodeAt(0) !== 45 || !/^-+$/.test(c.code));
    if (codes.length === 0) {
      rec = null;
      return;
    }
    for (const p of rec.phrases) {
      const ref = { dictionary: file, line: p.line, text: p.text };
      const node = phraseNode(trie, p.words, { gaps: p.gaps });
      const entries = (node.entries ??= []);
      for (const c of codes) {
        const entry: ActorEntry = { code: c.code, kind: kindOf(c.code), ref };
        if (c.from) entry.from = c.from;
        if (c.to) entry.to = c.to;
        if (c.members) entry.members = c.members.map((code) => ({ ...entry, code, kind: kindOf(code) }));
        entries.push(entry);
        added++;
      }
    }
    rec = null;
  };
  for (const { text: full, line } of petrarchLines(content)) {
    const semi = full.indexOf(';');
    const text = semi >= 0 ? full.slice(0, semi) : full;
    const trimmed = text.trim();
    if (!trimmed) continue;
    if (/^\s/.test(text) && trimmed.startsWith('[')) {
      // a date-restriction line of the current record
      if (!rec) {
        warnings.add(file, line, `code line without a phrase before it (found "${trimmed.slice(0, 60)}")`);
        continue;
      }
      readCodes(trimmed, trimmed, { file, line, warnings }, rec.codes);
      continue;
    }
    const synonym = trimmed.startsWith('+');
    const body = synonym ? trimmed.slice(1) : trimmed;
    const bracket = body.indexOf('[');
    let phrase = (bracket >= 0 ? body.slice(0, bracket) : body).trim();
    if (phrase.includes(']')) {
      warnings.add(file, line, `stray "]" in the phrase (found "${trimmed.slice(0, 60)}"): ignored`);
      phrase = phrase.replace(/\]/g, '');
    }
    const { words, gaps } = phraseParts(phrase);
    if (words.length === 0) {
      warnings.add(file, line, `no phrase before the code (found "${trimmed.slice(0, 60)}")`);
      continue;
    }
    if (!synonym) flush();
    if (!rec) {
      if (synonym) warnings.add(file, line, `synonym "+${phrase}" without a primary phrase: read as a primary phrase`);
      rec = { phrases: [], codes: [] };
    }
    const r: ActorRecord = rec;
    r.phrases.push({ words, gaps, line, text: trimmed });
    if (bracket >= 0) readCodes(body.slice(bracket), trimmed, { file, line, warnings }, r.codes);
  }
  flush();
  return added;
}

/** The file and line a code group is read from, and where its warnings go. */
interface LineAt {
  file: string;
  line: number;
  warnings: DictionaryWarnings;
}

/**
 * Reads the `[CODE restriction]` groups of `s` into `into`. A group left open
 * runs to the end of `s` or to the next `[` (reported, and read as if closed
 * there); a `]` that closes no group is reported and ignored. `text` is the
 * line as written, for the messages.
 */
function readCodes(s: string, text: string, at: LineAt, into: CodeSpec[]): void {
  const { file, line, warnings } = at;
  // by hand rather than with regular expressions: the Phoenix country file has some 40,000 code groups
  let closed = 0;
  for (let open = s.indexOf('['); open >= 0;) {
    const close = s.indexOf(']', open + 1);
    const next = s.indexOf('[', open + 1);
    let end = close;
    if (close < 0 || (next >= 0 && next < close)) {
      end = next >= 0 ? next : s.length;
      const group = s.slice(open, end).trim();
      warnings.add(file, line, `"[" not closed (found "${text.slice(0, 60)}"): read as "${group}]"`);
    } else closed++;
    readCode(s.slice(open + 1, end).trim(), at, into);
    open = next;
  }
  let ends = 0;
  for (let at = s.indexOf(']'); at >= 0; at = s.indexOf(']', at + 1)) ends++;
  if (ends > closed) warnings.add(file, line, `stray "]" (found "${text.slice(0, 60)}"): ignored`);
}

/** One code group's content (`NRVGOV 20100101-20151231`, `NRV/EST`) into `into`, or a warning. */
function readCode(inner: string, at: LineAt, into: CodeSpec[]): void {
  const { file, line, warnings } = at;
  if (!inner) {
    warnings.add(file, line, 'empty code "[]"');
    return;
  }
  const blank = inner.search(/\s/);
  const code = blank < 0 ? inner : inner.slice(0, blank);
  const written = code.toUpperCase();
  if (!CODE.test(written)) {
    warnings.add(file, line, `unreadable actor code "${code}"`);
    return;
  }
  const spec: CodeSpec = { code: written };
  if (written.includes('/')) {
    const members = written.split('/');
    spec.code = members[0]!;
    spec.members = members;
  }
  const restriction = blank < 0 ? '' : inner.slice(blank).replace(/\s+/g, '');
  if (restriction) {
    const range = dateRange(restriction);
    if (!range) {
      warnings.add(file, line, `unreadable date restriction "${restriction}" (expected <date, >date or date-date): code ${written} used undated`);
    } else Object.assign(spec, range);
  }
  into.push(spec);
}

const CODE = /^[A-Z0-9-]+(?:\/[A-Z0-9-]+)*$/;

/** `<date`, `>date` or `date-date` (YYYYMMDD or YYMMDD) as ISO dates, or null when unreadable. */
function dateRange(r: string): { from?: string; to?: string } | null {
  const first = r.charCodeAt(0);
  if (first === 60 || first === 62) { // < >
    const d = petrarchDate(r.slice(1));
    return d ? (first === 60 ? { to: d } : { from: d }) : null;
  }
  const dash = r.indexOf('-');
  if (dash < 0) return null;
  const from = petrarchDate(r.slice(0, dash));
  const to = from && petrarchDate(r.slice(dash + 1));
  return from && to ? { from, to } : null;
}

function kindOf(code: string): ActorKind {
  return code.length === 3 ? 'country' : 'actor';
}
