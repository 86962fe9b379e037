import { SingleBar } from 'cli-progress';
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeText } from '../ingest/decode.js';
import { describeFsError } from '../ingest/readStories.js';
import { codeSentences } from '../evaluate/codeSentences.js';
import { groupSentences, readGold, type GoldFile } from '../evaluate/gold.js';
import { evaluationJson, formatReport, type EvaluationMeta } from '../evaluate/report.js';
import { missesFile, scoreSentences } from '../evaluate/score.js';
import { toJsonl } from '../output/formats.js';
import type { Io } from './io.js';
import { UserError } from './errors.js';
import { dictionariesFromOptions, profileFromOptions, type DictionaryOptions } from './userDictionaries.js';

/** Options of `dyad evaluate`. */
export interface EvaluateOptions extends DictionaryOptions {
  /** Where to write score.py's misses file. */
  misses?: string;
  /** Where to write the coded events as JSONL (what `score.py score` reads). */
  events?: string;
  format?: string;
  progress?: boolean;
}

const FORMATS = ['table', 'json'];

/**
 * `dyad evaluate GOLD`: reads gold sentence records (JSONL as
 * ../shared/eval/plv-train.jsonl, or OEDA PLOVER JSON records), codes each
 * sentence as one story dated 2000-01-01 with the dictionaries and profile
 * given, and prints score.py's figures with per-type precision and a
 * confusion matrix (tables, or one JSON object with `--format json`).
 * Bad records are reported as `file:line: problem` and skipped. Returns 0,
 * or 1 when some record was skipped or some sentence could not be coded; a
 * missing, empty or unrecognisable file is a usage error (UserError, exit 2).
 */
export function evaluateCommand(path: string, opts: EvaluateOptions, io: Io): number {
  const format = opts.format ?? 'table';
  if (!FORMATS.includes(format)) throw new UserError(`--format: expected one of ${FORMATS.join(', ')} (found "${opts.format}")`);
  const profile = profileFromOptions(opts);
  const gold = readGoldFile(path, io);
  for (const p of gold.problems) io.err(`dyad: ${p}\n`);
  const sentences = groupSentences(gold.records);
  if (!sentences.length) {
    io.err(`dyad: ${path}: no gold record could be read; nothing to score\n`);
    return 1;
  }
  const dict = dictionariesFromOptions(opts, io);
  const bar = opts.progress !== false && io.stderrIsTTY
    ? new SingleBar({ format: 'coding {bar} {value}/{total} sentences', clearOnComplete: true, stream: process.stderr })
    : null;
  bar?.start(sentences.length, 0);
  const coded = codeSentences(sentences, dict, { profile }, (done) => bar?.update(done));
  bar?.stop();
  for (const f of coded.failures) io.err(`dyad: ${f}\n`);
  const ev = scoreSentences(sentences, coded.events);
  if (opts.events) writeOutput('--events', opts.events, coded.events.map(toJsonl).join(''));
  if (opts.misses) writeOutput('--misses', opts.misses, missesFile(ev));
  const meta: EvaluationMeta = { file: path, format: gold.format!, records: gold.records.length, skipped: gold.problems.length, profile };
  io.out(format === 'json' ? `${JSON.stringify(evaluationJson(ev, meta), null, 2)}\n` : formatReport(ev, meta, { columns: io.columns, color: io.stdoutIsTTY }));
  const failed = gold.problems.length + coded.failures.length;
  if (failed) io.err(`dyad: ${gold.problems.length} gold record(s) skipped, ${coded.failures.length} sentence(s) not coded; ${sentences.length} sentence(s) scored\n`);
  return failed ? 1 : 0;
}

/** Reads and parses the gold file; unreadable, binary, empty or unrecognisable files are usage errors. */
function readGoldFile(path: string, io: Io): GoldFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UserError(`${path}: cannot read (${describeFsError(err)})`);
  }
  let text: string;
  try {
    const decoded = decodeText(bytes, path);
    if (decoded.warning) io.err(`dyad: warning: ${decoded.warning}\n`);
    // the raw text, not decodeText's NFC: score.py groups sentences by and prints the text as the file has it
    text = decoded.warning ? decoded.text : new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  if (!text.trim()) throw new UserError(`${path}: empty file, no gold records to score`);
  const gold = readGold(text, path);
  if (!gold.format) {
    const found = text.trim().slice(0, 20).replace(/\s+/g, ' ');
    throw new UserError(`${path}: not a gold file: expected JSONL records {"id", "text", "event", "source_text", "target_text"} or a JSON array of PLOVER records (found "${found}…")`);
  }
  return gold;
}

function writeOutput(option: string, path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (err) {
    throw new UserError(`${option}: cannot write ${path} (${describeFsError(err)})`);
  }
}
