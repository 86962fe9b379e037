import type { Participant } from '../model/actors.js';
import type { Document } from '../model/document.js';
import { collectingTrace } from '../model/trace.js';
import type { Sentence, Token } from '../model/types.js';
import { describeMention } from '../geo/mentions.js';
import { dateProblem } from '../ingest/storyDate.js';
import { toTable } from '../output/formats.js';
import { codeStory } from '../pipeline.js';
import type { Io } from './io.js';
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
  const doc = coded.document!;
  const out: string[] = [];
  if (doc.dateline) out.push(`dateline: ${doc.dateline.place}${doc.dateline.agency ? ` (${doc.dateline.agency})` : ''}`);
  for (const s of doc.sentences) out.push(...describeSentence(doc, s));
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

/** The lines that show how one sentence was read: tokens, times, then (when coded) actors, places and verbs. */
function describeSentence(doc: Document, s: Sentence): string[] {
  const out = [`\nsentence ${s.index}${s.skip ? ` — skipped: ${s.skip.reason} (${s.skip.detail})` : ''}`];
  out.push('  tokens: ' + doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => `${t.text}/${t.pos}${t.lemma !== t.norm ? `(${t.lemma})` : ''}`).join(' '));
  const times = doc.times.filter((t) => t.tokens[0] >= s.tokenStart && t.tokens[0] < s.tokenEnd);
  for (const t of times) out.push(`  time: "${t.text}" → ${t.weekday !== null ? `weekday (resolved by tense)` : `${t.date} (${t.precision})`}`);
  const unit = doc.units.find((u) => u.index === s.index);
  if (!unit) return out;
  for (const p of unit.participants) {
    const line = describeParticipant(doc.tokens, p);
    if (line) out.push(line);
  }
  for (const m of unit.places) out.push(`  place: ${describeMention(m)}`);
  for (const v of unit.syntax!.verbs) {
    const t = doc.tokens[v.head]!;
    const flags = [v.negated && 'negated', v.modality, v.passive && 'passive', v.infinitive && 'infinitive', v.participle && `participle(${v.participle})`].filter(Boolean);
    out.push(`  verb: "${t.text}" (lemma ${t.lemma})${flags.length ? ` [${flags.join(', ')}]` : ''}`);
  }
  return out;
}

/** One participant's line: its words, codes and rules, possessor, or null when it names nothing. */
function describeParticipant(tokens: Token[], p: Participant): string | null {
  const words = tokens.slice(p.start, p.end).map((t) => t.text).join(' ');
  const codes = p.actors.map((x) => `${x.code} [${x.rule}]`).join(', ');
  const extra = p.possessor.length ? ` possessor: ${p.possessor.map((x) => x.code).join(', ')}` : '';
  if (!codes && !extra && !p.bothSides) return null;
  return `  actor: "${words}" → ${codes || '(none)'}${extra}${p.bothSides ? ' (the two sides)' : ''}${p.placeLike ? ' (place name)' : ''}`;
}
