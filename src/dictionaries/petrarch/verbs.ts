import type { DictionaryWarnings } from '../lines.js';
import type { PatternElement, VerbIndex, VerbPattern } from '../verbPatterns.js';
import { petrarchLines, regularPlural, wordTokens } from './common.js';

/** A verb of a synonym block: the head word, words joined before/after it ("WIRE_+TAP", "+CORDON_OFF"), its forms. */
interface BlockVerb {
  head: string;
  keys: string[];
  before: string[];
  after: string[];
  code: string;
  reverse?: string;
  line: number;
  text: string;
}

/** One item of a pattern line, in text order; `joined` = written with `_` to the item before it. */
type Item =
  | { type: 'verb' | 'target' | 'source' | 'compound' | 'skip'; joined: boolean }
  | { type: 'words'; alts: string[][]; joined: boolean };

/** Synsets of a verbs file: name without `&` → phrases as token sequences. */
export type PetrarchSynsets = Map<string, string[][]>;

const MAX_ALTS = 400;
const NO_VERB: BlockVerb = { head: '', keys: [], before: [], after: [], code: '---', line: 0, text: '' };

/**
 * Reads a PETRARCH/TABARI verbs dictionary (dictionaries-format.rst, "Verb
 * Dictionary") into `index`: `&SYNSET` blocks of `+phrase` lines; `--- NAME
 * [CODE] ---` synonym blocks of verbs (`{…}` irregular forms, `[code]` of the
 * isolated verb, multi-word verbs with `+` on the verb word and `_` joins);
 * `- pattern [CODE]` lines for every verb of the block with `*` (the verb),
 * `+` target, `$` source, `%` compound, `^` a skipped phrase, `{…}` noun
 * phrases and `(…)` prepositional phrases (required, not optional), `_` joining
 * words, blanks allowing words between. Codes: `[042:043]` (primary:secondary,
 * the secondary coded target → source), `[:173]`, the null code `---`; any
 * code the file uses is kept (the validation files use WEIS-like codes).
 * `~` transformation lines are not supported: each is a warning. Brackets
 * that do not pair are warnings, read as far as that is unambiguous: a block
 * header's unclosed `[CODE` as if closed before the closing `---`, a pattern's
 * unclosed `(` or `{` as if closed at its end, a stray closer ignored (dyad
 * reads a pattern's words the same either way); a `&` without a name is
 * skipped with its `+` lines.
 * Returns the number of patterns added (isolated verbs included).
 */
export function readPetrarchVerbs(content: string, file: string, index: VerbIndex, warnings: DictionaryWarnings): number {
  const synsets: PetrarchSynsets = new Map();
  let synset: string | null = null;
  // the + lines after a "&" without a name belong to no synset: skipped with it
  let nameless = false;
  let synsetPlurals = true;
  let blockCode = '---';
  let blockReverse: string | undefined;
  let verbs: BlockVerb[] = [];
  let order = [...index.values()].reduce((n, l) => n + l.length, 0);
  let added = 0;
  let transformations = 0;
  const add = (p: VerbPattern, keys: string[]): void => {
    for (const k of new Set(keys)) {
      const list = index.get(k) ?? [];
      list.push(p);
      index.set(k, list);
    }
    added++;
  };
  for (const { text, line } of petrarchLines(content, true)) {
    const t = text.trim();
    if (!t) {
      synset = null;
      nameless = false;
      continue;
    }
    try {
      if (t.startsWith('+') && nameless) continue;
      nameless = false;
      if (t.startsWith('&')) {
        const label = t.slice(1).split(/\s+/)[0]!;
        if (!label) {
          synset = null;
          nameless = true;
          throw new Error(`synset without a name (found "${found(t)}"): skipped, with its + lines`);
        }
        synset = label.replace(/_+$/, '').toUpperCase();
        synsetPlurals = !label.endsWith('_');
        if (!synsets.has(synset)) synsets.set(synset, []);
        continue;
      }
      if (t.startsWith('+') && synset) {
        const phrase = t.slice(1).trim();
        synsets.get(synset)!.push(...synsetPhrase(phrase, synsets, synsetPlurals && !phrase.endsWith('_')));
        continue;
      }
      synset = null;
      if (t.startsWith('---')) {
        const m = /^---+\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---+\s*$/.exec(t);
        if (!m) throw new Error(`expected "--- NAME [CODE] ---" (found "${t.slice(0, 60)}")`);
        const code = m[2] ?? headerCode(m[1]!, t, file, line, warnings);
        [blockCode, blockReverse] = splitCode(code);
        verbs = [];
        continue;
      }
      if (t.startsWith('~')) {
        transformations++;
        warnings.add(file, line, 'verb transformation ("~ …") not supported: ignored');
        continue;
      }
      if (t.startsWith('-')) {
        if (verbs.length === 0) throw new Error('pattern line without a verb block before it');
        const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(t);
        if (!m) throw new Error(`expected "- pattern [CODE]" (found "${t.slice(0, 60)}")`);
        const [code, reverse] = splitCode(m[2]!);
        const unpaired = groupProblem(m[1]!);
        if (unpaired) warnings.add(file, line, `${unpaired.problem} (found "${found(t)}"): ${unpaired.reading}`);
        const items = patternItems(m[1]!, synsets);
        const patternLine: PatternLine = { code, reverse, ref: { dictionary: file, line, text: t } };
        // the line's elements are shared by the block's plain verbs (large files: fewer objects to build)
        const shared = compile(NO_VERB, items, patternLine, 0);
        for (const v of verbs) {
          const p = v.before.length || v.after.length ? compile(v, items, patternLine, order++) : { ...shared, verbs: [v.head], order: order++ };
          add(p, v.keys);
        }
        continue;
      }
      // a verb of the current block
      // a TABARI ";" comment after the forms ("SCRAP {SCRAPS SCRAPPED};shan 8/30/93")
      const v = readVerb(t.replace(/;.*$/, '').trimEnd(), line, blockCode, blockReverse);
      if (!v) throw new Error(`unreadable verb line (found "${t.slice(0, 60)}")`);
      verbs.push(v);
      add(compile(v, [], { code: v.code, reverse: v.reverse, ref: { dictionary: file, line, text: t } }, order++), v.keys);
    } catch (err) {
      warnings.add(file, line, (err as Error).message);
    }
  }
  void transformations;
  return added;
}

/**
 * The code of a block header whose `[CODE]` the header pattern did not find in
 * `name`: the code in brackets followed by more ("DISGRACE [110]---", as in
 * CAMEO.2.0; PETRARCH reads the code between the brackets too); what follows
 * an unclosed "[" ("GREET [040"), reported; a stray "]" is reported and the
 * block has no code ("---").
 */
function headerCode(name: string, t: string, file: string, line: number, warnings: DictionaryWarnings): string {
  const open = name.indexOf('[');
  const close = open >= 0 ? name.indexOf(']', open) : -1;
  if (close >= 0) return name.slice(open + 1, close);
  if (open >= 0) {
    const code = name.slice(open + 1).trim();
    warnings.add(file, line, `"[" not closed (found "${found(t)}"): read as "[${code}]"`);
    return code;
  }
  if (open < 0 && name.includes(']')) warnings.add(file, line, `stray "]" (found "${found(t)}"): ignored`);
  return '---';
}

/** A line as found, for a message: blanks collapsed, at most 60 characters. */
function found(t: string): string {
  return t.replace(/\s+/g, ' ').slice(0, 60);
}

const CLOSER: Record<string, string> = { '(': ')', '{': '}' };

/**
 * What is wrong with the `(…)` and `{…}` groups of a pattern, and how it is
 * read, or null when they pair: the first closer that closes nothing or the
 * wrong group, else the first group left open.
 */
export function groupProblem(pattern: string): { problem: string; reading: string } | null {
  const open: string[] = [];
  for (const c of pattern) {
    if (c === '(' || c === '{') open.push(c);
    else if (c === ')' || c === '}') {
      const top = open.pop();
      if (!top) return { problem: `"${c}" closes nothing`, reading: 'ignored' };
      if (CLOSER[top] !== c) return { problem: `"${c}" closes "${top}"`, reading: `read as "${CLOSER[top]}"` };
    }
  }
  return open.length ? { problem: `"${open[0]}" not closed`, reading: 'read as if closed at the end of the pattern' } : null;
}

/** `042:043` → ['042', '043']; `:173` → ['---', '173']; `---` → ['---']. */
function splitCode(raw: string): [string, string | undefined] {
  const s = raw.trim();
  if (!s) return ['---', undefined];
  const [a, b] = s.split(':');
  const primary = a && a.trim() ? a.trim().toUpperCase() : '---';
  const rev = b?.trim() && !/^-+$/.test(b.trim()) ? b.trim().toUpperCase() : undefined;
  return [/^-+$/.test(primary) ? '---' : primary, rev];
}

/**
 * The token sequences of one synset phrase (`+AUSTRIAN_FLORIN`, `+&OTHER`). With `plural`, a phrase
 * ending in a word also gets its regular plural ("florins"), as PETRARCH adds it (dictionaries-format.rst):
 * PETRARCH compares words as written, and a synset is where a dictionary's plurals come from.
 */
function synsetPhrase(s: string, synsets: PetrarchSynsets, plural: boolean): string[][] {
  let alts: string[][] = [[]];
  const parts = s.split(/[_\s]+/).filter(Boolean);
  for (const part of parts) {
    const next = part.startsWith('&') ? lookupSynset(part, synsets) : [wordTokens(part)];
    alts = product(alts, next);
  }
  alts = alts.filter((a) => a.length > 0);
  const last = parts[parts.length - 1];
  if (!plural || !last || last.startsWith('&') || !/^[a-z]+$/i.test(last)) return alts;
  return [...alts, ...alts.map((a) => [...a.slice(0, -1), regularPlural(a[a.length - 1]!)])];
}

function lookupSynset(part: string, synsets: PetrarchSynsets): string[][] {
  const name = part.slice(1).replace(/_+$/, '').toUpperCase();
  const set = synsets.get(name);
  if (!set) throw new Error(`undefined synset &${name}`);
  return set;
}

function product(a: string[][], b: string[][]): string[][] {
  const out: string[][] = [];
  for (const x of a) for (const y of b) {
    out.push([...x, ...y]);
    if (out.length >= MAX_ALTS) return out;
  }
  return out;
}

function readVerb(t: string, line: number, blockCode: string, blockReverse: string | undefined): BlockVerb | null {
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(t);
  if (!m) return null;
  const atoms = m[1]!.trim().split(/_+/).filter(Boolean);
  if (atoms.length === 0 || atoms.some((a) => /\s/.test(a))) return null;
  let at = atoms.findIndex((a) => a.startsWith('+'));
  if (at < 0) at = 0;
  const clean = atoms.map((a) => a.replace(/^\+/, ''));
  const head = wordTokens(clean[at]!)[0];
  if (!head) return null;
  const keys = [head];
  for (const form of (m[2] ?? '').split(/\s+/).filter(Boolean)) {
    const parts = form.split(/_+/).filter(Boolean);
    const verbPart = parts.find((p) => p.startsWith('+')) ?? parts[0];
    const key = verbPart ? wordTokens(verbPart.replace(/^\+/, ''))[0] : undefined;
    if (key) keys.push(key);
  }
  const [code, reverse] = m[3] !== undefined ? splitCode(m[3]) : [blockCode, blockReverse];
  return {
    head, keys, before: clean.slice(0, at).flatMap(wordTokens), after: clean.slice(at + 1).flatMap(wordTokens),
    code, line, text: t, ...(reverse ? { reverse } : {}),
  };
}

/** Splits a pattern into items; `{`, `}`, `(`, `)` only group words (they are required, as in PETRARCH2). */
function patternItems(pattern: string, synsets: PetrarchSynsets): Item[] {
  const items: Item[] = [];
  const chunks = pattern.replace(/([{}()])/g, ' ').split(/\s+/).filter(Boolean);
  for (const chunk of chunks) {
    let joined = false;
    for (const atom of chunk.split('_')) {
      if (!atom) {
        joined = true;
        continue;
      }
      const j = joined && items.length > 0;
      joined = true;
      if (atom === '*') items.push({ type: 'verb', joined: j });
      else if (atom === '+') items.push({ type: 'target', joined: j });
      else if (atom === '$') items.push({ type: 'source', joined: j });
      else if (atom === '%') items.push({ type: 'compound', joined: j });
      else if (atom === '^') items.push({ type: 'skip', joined: j });
      else {
        const alts = atom.startsWith('&') ? lookupSynset(atom, synsets) : [wordTokens(atom)];
        const prev = items[items.length - 1];
        if (j && prev?.type === 'words') prev.alts = product(prev.alts, alts);
        else items.push({ type: 'words', alts, joined: j });
      }
    }
  }
  return items;
}

/** What a pattern line (or a verb line, as its own pattern) gives each of its patterns: CAMEO code, reverse code, the line. */
interface PatternLine {
  code: string;
  reverse: string | undefined;
  ref: VerbPattern['ref'];
}

/**
 * The pattern of verb `v` with the line's `items` (none for a verb line):
 * the words before the verb (`before`), after it (`rest`), the words every
 * match needs, specificity (words count 1, actor slots 0.5), and `order`,
 * the pattern's place in the file.
 */
function compile(v: BlockVerb, items: Item[], line: PatternLine, order: number): VerbPattern {
  const { code, reverse, ref } = line;
  let star = items.findIndex((i) => i.type === 'verb');
  const pre = star >= 0 ? items.slice(0, star) : [];
  const post = star >= 0 ? items.slice(star + 1) : items;
  const afterJoined = star >= 0 && items[star + 1]?.joined === true;
  star = 0;
  const before: PatternElement[] = [];
  for (const it of pre) {
    if (it.type === 'compound') continue; // "% *": the subject is compound, nothing to match before the verb
    if (!it.joined && before.length > 0) before.push({ kind: 'gap' });
    before.push(...elementOf(it));
  }
  if (pre.length > 0 && !items[pre.length]!.joined) before.push({ kind: 'gap' });
  for (const w of v.before) before.push({ kind: 'words', alts: [[w]] });
  const rest: PatternElement[] = v.after.map((w) => ({ kind: 'words', alts: [[w]] }) as PatternElement);
  post.forEach((it, n) => {
    if (!(n === 0 ? afterJoined : it.joined)) rest.push({ kind: 'gap' });
    rest.push(...elementOf(it));
  });
  while (rest.length && rest[rest.length - 1]!.kind === 'gap') rest.pop();
  const compound = items.some((i) => i.type === 'compound');
  const p: VerbPattern = {
    code, root: /^\d\d/.test(code) ? Number(code.slice(0, 2)) : 0, verbs: [v.head], rest, required: [], specificity: 1 + countWords(rest) + countWords(before), ref, order,
  };
  p.required = rest.filter((e) => e.kind === 'words').map((e) => [...new Set((e as { alts: string[][] }).alts.map((a) => a[0]!))]);
  if (before.length) p.before = before;
  if (reverse) p.reverse = reverse;
  if (compound) p.compound = true;
  if (pre.some((i) => i.type === 'compound')) {
    p.compoundSubject = true;
    p.specificity += 0.5;
  }
  p.asWritten = true;
  return p;
}

function elementOf(it: Item): PatternElement[] {
  switch (it.type) {
    case 'words': return [{ kind: 'words', alts: it.alts }];
    case 'target': return [{ kind: 'target' }];
    case 'source': return [{ kind: 'source' }];
    case 'compound': return [{ kind: 'target' }];
    case 'skip': return [{ kind: 'skip' }];
    default: return [];
  }
}

function countWords(elements: PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'words') n += Math.max(...e.alts.map((a) => a.length));
    else if (e.kind === 'target' || e.kind === 'source') n += 0.5;
  }
  return n;
}
