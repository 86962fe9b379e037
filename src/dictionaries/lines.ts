/** One meaningful line of a dictionary file: text without its comment, 1-based line number. */
export interface DictLine {
  text: string;
  line: number;
  /** The comment after '#', trimmed ('' when none). */
  comment: string;
}

/** Splits a dictionary file into non-blank lines with comments removed. */
export function dictionaryLines(content: string): DictLine[] {
  const out: DictLine[] = [];
  const rows = content.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]!;
    const hash = raw.indexOf('#');
    const text = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (text) out.push({ text, line: i + 1, comment: hash >= 0 ? raw.slice(hash + 1).trim() : '' });
  }
  return out;
}

/** A recoverable problem in a dictionary file: `file:line: message`, or `file: message` for the whole file. */
export class DictionaryWarnings {
  readonly items: string[] = [];
  add(file: string, line: number, message: string): void {
    this.items.push(`${file}:${line}: ${message}`);
  }
  /** A problem of the whole file (empty, binary, of another kind): `file: message`. */
  addFile(file: string, message: string): void {
    this.items.push(`${file}: ${message}`);
  }
}
