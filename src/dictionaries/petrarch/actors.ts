import type { ActorEntry, ActorKind } from '../actorEntries.js';
import type { DictionaryWarnings } from '../lines.js';
import { addPhrase, type PhraseTrie } from '../trie.js';
import { petrarchDate, petrarchLines, phraseParts } from './common.js';

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

const CODE_GROUP = /\[([^\]]*)\]/g;

/**
 * Reads a PETRARCH/TABARI actors dictionary (dictionaries-format.rst, "Actor
 * Dictionary") into `trie`: a primary phrase with optional `[CODE]`s, `+`
 * synonym lines, tab-indented `[CODE <date | >date | date-date]` restriction
 * lines; `_` or blanks join words (a blank lets other words come between:
 * the phrase is stored with gap edges); `;` and `#` start comments. The null
 * code `---` adds nothing. A compound code `[A/B]` (one phrase standing for
 * several actors) is stored as A with `members` A and B. Codes are
 * upper-cased. Problems become `file:line` warnings. Returns the number of
 * phrase entries added.
 */
export function readPetrarchActors(
  content: string, file: string, trie: PhraseTrie<ActorEntry>, warnings: DictionaryWarnings,
): number {
  let added = 0;
  let rec: ActorRecord | null = null;
  const flush = (): void => {
    if (!rec) return;
    for (const p of rec.phrases) {
      for (const c of rec.codes) {
        if (/^-+$/.test(c.code)) continue;
        const ref = { dictionary: file, line: p.line, text: p.text };
        const entry: ActorEntry = { code: c.code, kind: kindOf(c.code), ref };
        if (c.from) entry.from = c.from;
        if (c.to) entry.to = c.to;
        if (c.members) entry.members = c.members.map((code) => ({ ...entry, code, kind: kindOf(code) }));
        addPhrase(trie, p.words, entry, { gaps: p.gaps });
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
      readCodes(trimmed, file, line, warnings, rec.codes);
      continue;
    }
    const synonym = trimmed.startsWith('+');
    const body = synonym ? trimmed.slice(1) : trimmed;
    const bracket = body.indexOf('[');
    const phrase = (bracket >= 0 ? body.slice(0, bracket) : body).trim();
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
    if (bracket >= 0) readCodes(body.slice(bracket), file, line, warnings, r.codes);
  }
  flush();
  return added;
}

function readCodes(s: string, file: string, line: number, warnings: DictionaryWarnings, into: CodeSpec[]): void {
  for (const m of s.matchAll(CODE_GROUP)) {
    const parts = m[1]!.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) {
      warnings.add(file, line, 'empty code "[]"');
      continue;
    }
    const written = parts[0]!.toUpperCase();
    if (!/^[A-Z0-9-]+(?:\/[A-Z0-9-]+)*$/.test(written)) {
      warnings.add(file, line, `unreadable actor code "${parts[0]}"`);
      continue;
    }
    const members = written.split('/');
    const spec: CodeSpec = { code: members[0]! };
    if (members.length > 1) spec.members = members;
    const restriction = parts.slice(1).join('');
    if (restriction) {
      const range = dateRange(restriction);
      if (!range) {
        warnings.add(file, line, `unreadable date restriction "${restriction}" (expected <date, >date or date-date): code ${written} used undated`);
      } else Object.assign(spec, range);
    }
    into.push(spec);
  }
}

function dateRange(r: string): { from?: string; to?: string } | null {
  let m = /^<(\d{6}|\d{8})$/.exec(r);
  if (m) {
    const to = petrarchDate(m[1]!);
    return to ? { to } : null;
  }
  m = /^>(\d{6}|\d{8})$/.exec(r);
  if (m) {
    const from = petrarchDate(m[1]!);
    return from ? { from } : null;
  }
  m = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(r);
  if (m) {
    const from = petrarchDate(m[1]!);
    const to = petrarchDate(m[2]!);
    return from && to ? { from, to } : null;
  }
  return null;
}

function kindOf(code: string): ActorKind {
  return code.length === 3 ? 'country' : 'actor';
}
