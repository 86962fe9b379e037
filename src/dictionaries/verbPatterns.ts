import type { EntryRef } from '../model/types.js';
import { isCameoCode } from '../ontology/cameo.js';
import { DictionaryWarnings, dictionaryLines } from './lines.js';
import { phraseTokens } from './tokenize.js';

/** One element of a compiled verb pattern (docs/dictionaries.md, "verbs.txt"). */
export type PatternElement =
  /** Any one of several token sequences (normalised words). */
  | { kind: 'words'; alts: string[][] }
  | { kind: 'target' }
  | { kind: 'source' }
  | { kind: 'gap' }
  /** PETRARCH `^`: one noun phrase that is neither source nor target ("celebrated Iftar in ^ with +"). */
  | { kind: 'skip' }
  | { kind: 'optional'; elements: PatternElement[] };

/** A compiled verb pattern. `code` is a CAMEO code or '---' (known non-event). */
export interface VerbPattern {
  code: string;
  /** The CAMEO root as a number (0 for '---'). */
  root: number;
  /** Lemmas of the verb (first element). */
  verbs: string[];
  /** The elements after the verb. */
  rest: PatternElement[];
  /** For each word element that is not optional, the words it can start with: a quick test before matching. */
  required: string[][];
  /** Number of word elements, the verb included: the more, the more specific. */
  specificity: number;
  ref: EntryRef;
  /** Order of the pattern in its file, to break ties (earlier wins). */
  order: number;
  /** PETRARCH patterns: elements that must come before the verb, in text order ("FAILED_TO_*", "&MILITARY *"). */
  before?: PatternElement[];
  /** PETRARCH secondary code (`[042:043]`): also coded from the target to the source. */
  reverse?: string;
  /** PETRARCH `%`: a compound actor's members act on each other ("Iran and Russia agreed"). */
  compound?: boolean;
  /** PETRARCH `% *`: the pattern applies only when the subject is compound ("Iran and Russia agreed"). */
  compoundSubject?: boolean;
  /**
   * PETRARCH patterns are coded as written: the dictionary encodes modality
   * and negation in its patterns ("WILL NOT *", "INDICATED WOULD *"), so the
   * coder's intent, threat and rejection forms are not applied, and the
   * target may be any actor after the verb, places included ("fired shells at Seoul").
   */
  asWritten?: boolean;
}

/** Verb patterns indexed by verb lemma. */
export type VerbIndex = Map<string, VerbPattern[]>;

/** Synsets: name without '@' → phrases as token sequences. */
export type Synsets = Map<string, string[][]>;

/** Reads `@NAME = phrase | phrase` lines. */
export function readSynsets(content: string, file: string, warnings: DictionaryWarnings): Synsets {
  const sets: Synsets = new Map();
  for (const { text, line } of dictionaryLines(content)) {
    const m = /^@([A-Za-z0-9_]+)\s*=\s*(.+)$/.exec(text);
    if (!m) {
      warnings.add(file, line, `expected "@NAME = phrase | phrase" (found "${text.slice(0, 60)}")`);
      continue;
    }
    const phrases = m[2]!.split('|').map((p) => phraseTokens(p.trim())).filter((w) => w.length > 0);
    sets.set(m[1]!.toUpperCase(), [...(sets.get(m[1]!.toUpperCase()) ?? []), ...phrases]);
  }
  return sets;
}

/**
 * Reads a dyad verb-pattern file (`CODE pattern`, one a line) into `index`.
 * Unknown codes, undefined synsets and unbalanced parentheses are reported
 * as `file:line: problem` and the line is skipped. Returns the patterns added.
 */
export function readVerbPatterns(
  content: string, file: string, synsets: Synsets, index: VerbIndex, warnings: DictionaryWarnings,
): number {
  let added = 0;
  let order = index.size === 0 ? 0 : [...index.values()].reduce((n, l) => n + l.length, 0);
  for (const { text, line } of dictionaryLines(content)) {
    const m = /^(---|\d{2,4})\s+(.+)$/.exec(text);
    if (!m) {
      warnings.add(file, line, `expected "CODE pattern" (found "${text.slice(0, 60)}")`);
      continue;
    }
    const code = m[1]!;
    if (code !== '---' && !isCameoCode(code)) {
      warnings.add(file, line, `unknown CAMEO code ${code}`);
      continue;
    }
    try {
      const elements = parseElements(tokenizePattern(m[2]!), synsets);
      const first = elements[0];
      if (!first || first.kind !== 'words') throw new Error('a pattern must start with the verb');
      const pattern: VerbPattern = {
        code, root: code === '---' ? 0 : Number(code.slice(0, 2)), verbs: first.alts.map((a) => a[0]!),
        rest: [...wordsTail(first), ...elements.slice(1)], required: [],
        specificity: countWords(elements), ref: { dictionary: file, line, text: `${code} ${m[2]}` }, order: order++,
      };
      pattern.required = pattern.rest.filter((e) => e.kind === 'words').map((e) => [...new Set(e.alts.map((a) => a[0]!))]);
      for (const verb of new Set(pattern.verbs)) {
        const list = index.get(verb) ?? [];
        list.push(pattern);
        index.set(verb, list);
      }
      added++;
    } catch (err) {
      warnings.add(file, line, (err as Error).message);
    }
  }
  return added;
}

/** A verb given as a multi-word alternative ("pull out") keeps its other words as the next element. */
function wordsTail(first: Extract<PatternElement, { kind: 'words' }>): PatternElement[] {
  const tails = first.alts.map((a) => a.slice(1));
  if (tails.every((t) => t.length === 0)) return [];
  if (first.alts.length > 1) throw new Error('multi-word verbs cannot be alternatives of the first element');
  return tails[0]!.map((w) => ({ kind: 'words', alts: [[w]] }) as PatternElement);
}

function tokenizePattern(pattern: string): string[] {
  return pattern.replace(/([()])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

function parseElements(parts: string[], synsets: Synsets): PatternElement[] {
  const stack: PatternElement[][] = [[]];
  for (const part of parts) {
    const top = stack[stack.length - 1]!;
    if (part === '(') stack.push([]);
    else if (part === ')') {
      if (stack.length < 2) throw new Error('unbalanced ")"');
      const inner = stack.pop()!;
      stack[stack.length - 1]!.push({ kind: 'optional', elements: inner });
    } else if (part === '+') top.push({ kind: 'target' });
    else if (part === '$') top.push({ kind: 'source' });
    else if (part === '*') top.push({ kind: 'gap' });
    else top.push({ kind: 'words', alts: part.split('|').flatMap((alt) => expandAlternative(alt, synsets)) });
  }
  if (stack.length !== 1) throw new Error('unbalanced "("');
  return stack[0]!;
}

function expandAlternative(alt: string, synsets: Synsets): string[][] {
  if (alt.startsWith('@')) {
    const set = synsets.get(alt.slice(1).toUpperCase());
    if (!set) throw new Error(`undefined synset ${alt}`);
    return set;
  }
  const words = phraseTokens(alt.replace(/_/g, ' '));
  if (words.length === 0) throw new Error(`empty word in pattern`);
  return [words];
}

function countWords(elements: PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'words') n += Math.max(...e.alts.map((a) => a.length));
    else if (e.kind === 'optional') n += countWords(e.elements);
    else if (e.kind === 'target' || e.kind === 'source') n += 0.5;
  }
  return n;
}
