import { collectingTrace } from '../coder/trace.js';
import { describeMention } from '../geo/mentions.js';
import { dateProblem } from '../ingest/storyDate.js';
import { toTable } from '../output/formats.js';
import { codeStory, type CodedStory } from '../pipeline.js';
import type { Io } from './codeCommand.js';
import { UserError } from './errors.js';
import { dictionariesFromOptions, profileFromOptions, type DictionaryOptions } from './userDictionaries.js';

/**
 * `dyad explain "sentence" --date D`: shows how dyad reads a text — tokens
 * with POS and lemma, time expressions, actor phrases and their codes, each
 * verb's candidate patterns and the one that fired (or why none did), and the
 * events. Returns the exit code.
 */
export function explainCommand(text: string, opts: { date?: string; negated?: boolean } & DictionaryOptions, io: Io): number {
  if (!opts.date) throw new UserError('--date is needed: the publication date, YYYY-MM-DD, that "on Monday" is read against');
  const problem = dateProblem(opts.date);
  if (problem) throw new UserError(`--date: ${problem}`);
  if (!text.trim()) throw new UserError('nothing to explain: give a sentence in quotes');
  const lines: string[] = [];
  const dict = dictionariesFromOptions(opts, io);
  const coded = codeStory({ id: 'explain', date: opts.date, text }, dict, { trace: collectingTrace(lines), includeNegated: opts.negated, profile: profileFromOptions(opts) });
  const a = coded.analysis!;
  const out: string[] = [];
  if (a.text.dateline) out.push(`dateline: ${a.text.dateline.place}${a.text.dateline.agency ? ` (${a.text.dateline.agency})` : ''}`);
  for (const [n, s] of a.text.sentences.entries()) out.push(...sentenceLines(a, n, s));
  out.push('\ntrace:');
  for (const l of lines) out.push(`  ${l}`);
  out.push('');
  out.push(coded.events.length ? toTable(coded.events, io.columns) : 'no events: no pattern matched with a source actor (see the trace above)');
  for (const e of coded.events) {
    out.push(`  ${e.cameo.code} ${e.source.code} → ${e.target?.code ?? '—'}: pattern ${e.evidence.pattern.dictionary}:${e.evidence.pattern.line} "${e.evidence.pattern.text}"; source ${e.source.rule}; target ${e.target?.rule ?? '—'}; ${e.evidence.notes?.join('; ')}`);
  }
  io.out(out.join('\n') + '\n');
  return 0;
}

type Analysis = NonNullable<CodedStory['analysis']>;

/** The lines of sentence `n`: its tokens with POS and lemma, time expressions, actor phrases, places and verbs. */
function sentenceLines(a: Analysis, n: number, s: Analysis['text']['sentences'][number]): string[] {
  const out = [`\nsentence ${n}${s.skip ? ` — skipped: ${s.skip.reason} (${s.skip.detail})` : ''}`];
  out.push('  tokens: ' + a.text.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => `${t.text}/${t.pos}${t.lemma !== t.norm ? `(${t.lemma})` : ''}`).join(' '));
  const times = a.times.filter((t) => t.tokens[0] >= s.tokenStart && t.tokens[0] < s.tokenEnd);
  for (const t of times) out.push(`  time: "${t.text}" → ${t.weekday !== null ? `weekday (resolved by tense)` : `${t.date} (${t.precision})`}`);
  const parsed = a.sentences.find((x) => x.syntax.start === s.tokenStart);
  if (!parsed) return out;
  for (const p of parsed.participants) {
    const words = a.text.tokens.slice(p.start, p.end).map((t) => t.text).join(' ');
    const codes = p.actors.map((x) => `${x.code} [${x.rule}]`).join(', ');
    const extra = p.possessor.length ? ` possessor: ${p.possessor.map((x) => x.code).join(', ')}` : '';
    if (codes || extra || p.bothSides) out.push(`  actor: "${words}" → ${codes || '(none)'}${extra}${p.bothSides ? ' (the two sides)' : ''}${p.placeLike ? ' (place name)' : ''}`);
  }
  for (const m of parsed.places) out.push(`  place: ${describeMention(m)}`);
  for (const v of parsed.syntax.verbs) {
    const t = a.text.tokens[v.head]!;
    const flags = [v.negated && 'negated', v.modality, v.passive && 'passive', v.infinitive && 'infinitive', v.participle && `participle(${v.participle})`].filter(Boolean);
    out.push(`  verb: "${t.text}" (lemma ${t.lemma})${flags.length ? ` [${flags.join(', ')}]` : ''}`);
  }
  return out;
}
