import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { decodeText } from '../ingest/decode.js';
import { parseText, readPetrarchXml, type ExpectedEvent, type PetrarchSentence } from '../ingest/petrarchRecords.js';
import { describeFsError } from '../ingest/readStories.js';
import type { EventRecord } from '../model/types.js';
import { codeStory } from '../pipeline.js';
import { commaLimits } from '../text/petrarch/commaClauses.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { userDictionaries } from './userDictionaries.js';

/** Options of `dyad validate`. */
export interface ValidateOptions {
  dictDir?: string;
  /** Merge the built-in dictionaries under the file's (default: only the file's own, as PETRARCH does). */
  builtin?: boolean;
  /** Print passing records too. */
  verbose?: boolean;
  /** Code the words of each record's <Parse> (not its tree) instead of its <Text>: some records' texts differ from the parse their expectations follow. */
  parseWords?: boolean;
  /** List every dictionary warning, not only the first ten. */
  allWarnings?: boolean;
}

/** The outcome of one validation record. */
export interface RecordResult {
  sentence: PetrarchSentence;
  expected: string[];
  produced: string[];
  passed: boolean;
  /** The coder's error message when coding the record threw. */
  crash?: string;
}

/**
 * `dyad validate FILE.xml`: codes each `<Sentence>` (raw text, no parse) with
 * the dictionaries its `<Environment>` names and compares the set of
 * (source, target, code) with the `<EventCoding>` entries. Records marked
 * `sentence="false"` are not counted. Prints each failure, a summary per
 * category and `N passed, M failed`. Exit code 0 when all pass, 1 otherwise
 * (also when the file is not well-formed XML: the records before the error
 * are still run).
 */
export function validateCommand(file: string, opts: ValidateOptions, io: Io): number {
  let xmlText: string;
  try {
    const decoded = decodeText(readFileSync(file), file);
    if (decoded.warning) io.err(`dyad: warning: ${decoded.warning}\n`);
    xmlText = decoded.text;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code ? `${file}: cannot read (${describeFsError(err)})` : (err as Error).message);
  }
  const xml = readPetrarchXml(xmlText, file);
  const dir = opts.dictDir ?? dirname(file);
  const at = (name?: string): string[] => (name ? name.split(/[\s,]+/).filter(Boolean).map((n) => (isAbsolute(n) ? n : join(dir, n))) : []);
  const env = xml.environment;
  if (!env.Verbfile && !env.Actorfile) {
    // a file that is not (well-formed) PETRARCH XML says so first: that is why no <Environment> was found
    if (!xml.complete) throw new UserError(xml.problems.at(-1)!, 1);
    throw new UserError(`${file}: no <Environment> with <Verbfile>/<Actorfile>: nothing to validate with`);
  }
  const dict = userDictionaries({
    verbs: at(env.Verbfile), actors: at(env.Actorfile), agents: at(env.Agentfile), discards: at(env.Discardfile), issues: at(env.Issuefile),
  }, opts.builtin === true, io, false, opts.allWarnings === true);
  for (const p of xml.problems) io.err(`dyad: ${p}\n`);
  for (const s of xml.sentences) {
    if (s.parseProblem && s.isSentence) io.err(`dyad: ${file}:${s.line}: sentence "${s.id}": <Parse> ${s.parseProblem}; refused, as PETRARCH refuses it (bad_input_parse)\n`);
  }
  const results = xml.sentences.filter((s) => s.isSentence).map((s) => validateRecord(opts.parseWords && s.parse ? { ...s, text: parseText(s.parse) } : s, dict));
  report(results, xml.sentences.length - results.length, file, opts.verbose === true, io);
  const passed = results.filter((r) => r.passed).length;
  return passed === results.length && xml.complete ? 0 : 1;
}

/** Prints each failure (and each pass with `verbose`), a summary per category and the closing `N passed, M failed`. */
function report(results: RecordResult[], skipped: number, file: string, verbose: boolean, io: Io): void {
  for (const r of results) {
    if (r.passed && !verbose) continue;
    io.out(`${r.passed ? 'PASS' : 'FAIL'} ${r.sentence.id} [${r.sentence.category ?? '-'}] ${file}:${r.sentence.line}\n`);
    if (r.passed) continue;
    io.out(`  text:     ${r.sentence.text}\n  expected: ${r.expected.join('; ') || '(no event)'}\n  produced: ${r.produced.join('; ') || '(no event)'}\n`);
    if (r.crash) io.out(`  crashed:  ${r.crash}\n`);
  }
  const byCategory = new Map<string, [number, number]>();
  for (const r of results) {
    const c = byCategory.get(r.sentence.category ?? '-') ?? [0, 0];
    c[r.passed ? 0 : 1]++;
    byCategory.set(r.sentence.category ?? '-', c);
  }
  io.out('\nby category:\n');
  for (const [cat, [p, f]] of [...byCategory].sort()) io.out(`  ${cat.padEnd(10)} ${String(p).padStart(4)} passed ${String(f).padStart(4)} failed\n`);
  if (skipped) io.out(`(${skipped} record(s) marked sentence="false" not counted)\n`);
  const passed = results.filter((r) => r.passed).length;
  io.out(`${passed} passed, ${results.length - passed} failed\n`);
}

/** Codes one record and compares the (source, target, code) sets; a record expecting an error or no events passes when none is produced. */
export function validateRecord(s: PetrarchSentence, dict: Dictionaries): RecordResult {
  let events: EventRecord[] = [];
  // PETRARCH refuses a record whose parse is malformed ("bad_input_parse") and codes nothing from it
  if (s.parseProblem) return compare(s, events);
  try {
    const newActorLength = Number(s.config.new_actor_length ?? 0) || 0;
    events = codeStory({ id: s.id, date: s.date, text: s.text }, dict, { profile: 'petrarch-records', newActorLength, commaLimits: commaLimits(s.config) }).events;
  } catch (err) {
    // a record that crashes the coder is a failure to show, not a reason to stop the run
    const r = compare(s, []);
    return { ...r, passed: false, crash: (err instanceof Error ? err.message : String(err)).split('\n')[0]! };
  }
  return compare(s, events);
}

/** The produced (source, target, code) set against the record's expected one. */
function compare(s: PetrarchSentence, coded: EventRecord[]): RecordResult {
  let events = coded;
  // PETRARCH's require_dyad (default true): events without a target are not coded
  const requireDyad = !/^false$/i.test((s.config.require_dyad ?? 'true').trim());
  if (requireDyad) events = events.filter((e) => e.target !== null);
  const produced = [...new Set(events.map((e) => key({ source: petrarchCode(e.source), target: e.target ? petrarchCode(e.target) : '---', code: e.cameo.code })))].sort();
  const expected = [...new Set(s.expected.map(key))].sort();
  const passed = produced.length === expected.length && produced.every((p, n) => p === expected[n]);
  return { sentence: s, expected, produced, passed };
}

function key(e: ExpectedEvent): string {
  return `${e.source} ${e.target || '---'} ${e.code}`;
}

/** PETRARCH writes an agent without a country as "---GOV" (a new actor keeps its quoted words). */
function petrarchCode(a: EventRecord['source']): string {
  return a.country === null && !a.code.startsWith('---') && !a.code.startsWith('"') ? `---${a.code}` : a.code;
}
