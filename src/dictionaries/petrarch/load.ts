import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { builtinSources } from '../builtin.js';
import { compileDictionaries } from '../compile.js';
import type { Dictionaries } from '../dictionaries.js';
import { DictionaryWarnings } from '../lines.js';
import { emptyTrie, type PhraseTrie } from '../trie.js';
import type { VerbIndex } from '../verbPatterns.js';
import { readPetrarchActors } from './actors.js';
import { readPetrarchAgents } from './agents.js';
import { readPetrarchDiscards } from './discards.js';
import { emptyIssues, readPetrarchIssues } from './issues.js';
import { closeDictionary, openDictionary, type PetrarchKind } from './fileKind.js';
import { readPetrarchVerbs } from './verbs.js';
import type { ActorEntry } from '../../model/actors.js';
import { describeFsError } from '../../ingest/readStories.js';

/** PETRARCH/TABARI dictionary texts by kind; each is [file name, content]. */
export interface PetrarchSources {
  actors?: [string, string][];
  agents?: [string, string][];
  verbs?: [string, string][];
  discards?: [string, string][];
  issues?: [string, string][];
}

/** PETRARCH/TABARI dictionary paths by kind, as given on the command line. */
export interface PetrarchPaths {
  actors?: string[];
  agents?: string[];
  verbs?: string[];
  discards?: string[];
  issues?: string[];
}

/** Entry counts per kind for the load report. */
export interface PetrarchReport {
  /** `kind` → entries read (actor phrases, agent phrases, verb patterns, discard phrases, issue phrases). */
  counts: Record<'actors' | 'agents' | 'verbs' | 'discards' | 'issues', number>;
  /** Per file: kind and entries. */
  files: { file: string; kind: string; entries: number }[];
  warnings: string[];
}

/**
 * Compiles PETRARCH/TABARI dictionaries into dyad's `Dictionaries`, over a
 * fresh copy of the built-in set unless `builtin` is false: a phrase or verb
 * the files name takes their entries or patterns alone, the built-in set
 * serves the rest. Never throws for
 * bad lines: each becomes a `file:line: problem` warning in the dictionaries'
 * `warnings` and in the report.
 */
export function compilePetrarch(src: PetrarchSources, builtin = true): { dict: Dictionaries; report: PetrarchReport } {
  const dict: Dictionaries = builtin
    ? compileDictionaries(builtinSources())
    : { actors: emptyTrie<ActorEntry>(), verbs: new Map() as VerbIndex, nouns: new Map(), discards: { sentence: emptyTrie(), story: emptyTrie() }, abstractNouns: new Set(), counts: {}, warnings: [] };
  const warnings = new DictionaryWarnings();
  const report: PetrarchReport = { counts: { actors: 0, agents: 0, verbs: 0, discards: 0, issues: 0 }, files: [], warnings: warnings.items };
  const note = (kind: keyof PetrarchReport['counts'], file: string, n: number): void => {
    report.counts[kind] += n;
    report.files.push({ file, kind, entries: n });
    dict.counts[file] = n;
  };
  // the user's files are read apart, then laid over the built-in set: where they name a phrase or a verb, theirs is the entry
  const actors = builtin ? emptyTrie<ActorEntry>() : dict.actors;
  const verbs: VerbIndex = builtin ? new Map() : dict.verbs;
  // every file is checked at the door (binary, empty, of another kind) and counted when read
  const read = (kind: PetrarchKind, files: [string, string][] | undefined, reader: (content: string, file: string) => number): void => {
    for (const [file, content] of files ?? []) {
      note(kind, file, openDictionary(content, file, kind, warnings) ? closeDictionary(file, kind, reader(content, file), warnings) : 0);
    }
  };
  read('actors', src.actors, (content, file) => readPetrarchActors(content, file, actors, warnings));
  read('agents', src.agents, (content, file) => readPetrarchAgents(content, file, actors, warnings));
  read('verbs', src.verbs, (content, file) => readPetrarchVerbs(content, file, verbs, warnings));
  if (builtin) {
    overlayTrie(dict.actors, actors);
    for (const [verb, patterns] of verbs) dict.verbs.set(verb, patterns);
  }
  read('discards', src.discards, (content, file) => readPetrarchDiscards(content, file, dict.discards, warnings));
  if (src.issues?.length) {
    const issues = (dict.issues = emptyIssues());
    read('issues', src.issues, (content, file) => readPetrarchIssues(content, file, issues, warnings));
  }
  dict.warnings.push(...warnings.items);
  return { dict, report };
}

/**
 * Lays trie `top` over `base`: every phrase of `top` takes its entries from
 * `top` alone (a user's `CHANCELLOR {} [~GOVHOG]` replaces the built-in
 * chancellor, plural matches included); phrases only `base` has stay.
 */
function overlayTrie<E>(base: PhraseTrie<E>, top: PhraseTrie<E>): void {
  if (top.entries || top.formEntries) {
    if (top.entries) base.entries = top.entries;
    else delete base.entries;
    if (top.formEntries) base.formEntries = top.formEntries;
    else delete base.formEntries;
  }
  if (top.hasGaps) base.hasGaps = true;
  overlayEdges(base.next, top.next);
  if (top.gapNext) overlayEdges((base.gapNext ??= new Map()), top.gapNext);
}

/** The edges of `top` laid over those of `base`, word by word. */
function overlayEdges<E>(base: Map<string, PhraseTrie<E>>, top: Map<string, PhraseTrie<E>>): void {
  for (const [word, child] of top) {
    const into = base.get(word);
    if (into) overlayTrie(into, child);
    else base.set(word, child);
  }
}

/**
 * Reads the files named in `paths` and compiles them (see `compilePetrarch`).
 * Files are named in evidence by their base name. Throws only when a file
 * cannot be read (the caller turns that into a one-line user error).
 */
export function loadPetrarch(paths: PetrarchPaths, builtin = true): { dict: Dictionaries; report: PetrarchReport } {
  const read = (list?: string[]): [string, string][] => (list ?? []).map((p) => [basename(p), readText(p)]);
  return compilePetrarch({
    actors: read(paths.actors), agents: read(paths.agents), verbs: read(paths.verbs),
    discards: read(paths.discards), issues: read(paths.issues),
  }, builtin);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read dictionary (${describeFsError(err)})`);
  }
}

/** The load report as lines: entries per kind and per file, then the number of warnings. */
export function formatReport(report: PetrarchReport): string[] {
  const lines = report.files.map((f) => `  ${f.kind.padEnd(8)} ${String(f.entries).padStart(7)}  ${f.file}`);
  const c = report.counts;
  lines.push(`  loaded: ${c.actors} actor phrases, ${c.agents} agent phrases, ${c.verbs} verb patterns, ${c.discards} discards, ${c.issues} issue phrases; ${report.warnings.length} warning(s)`);
  return lines;
}
