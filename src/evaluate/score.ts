/**
 * Scores coded events against gold sentences exactly as
 * `../shared/eval/score.py` does, plus per-type precision and a confusion
 * matrix. Pure functions over plain data: the events are what `dyad code`
 * writes (only `cameo.code`, `source.text` and `target.text` are read).
 *
 * score.py's rules: an event's type is its CAMEO code read through the
 * CAMEO→PLOVER table (`codedType`). A sentence is a TYPE hit when one of its
 * events has a gold type of the sentence; TYPE+SOURCE when such an event's
 * source text shares a content word with a gold source string;
 * TYPE+SOURCE+TARGET when one such event's source and target both do
 * (counted over the sentences whose gold has a target string).
 */
import type { GoldSentence } from './gold.js';
import { codedType, GOLD_TYPES, type GoldType } from './ploverTypes.js';
import { pyList, pyRepr } from './pythonFormat.js';

/** The parts of an event record the scorer reads (an EventRecord, or a parsed line of `dyad code` JSONL). */
export interface ScoredEvent {
  cameo?: { code?: string | null } | null;
  source?: { text?: string | null } | null;
  target?: { text?: string | null } | null;
}

/** Counts for one PLOVER type. */
export interface TypeFigures {
  /** Sentences whose gold includes the type. */
  gold: number;
  /** Of those, sentences with an event of the type (recall = right / gold). */
  right: number;
  /** dyad's events of the type. */
  events: number;
  /** Of those, events in sentences whose gold includes the type (precision = inGold / events). */
  inGold: number;
}

/** The column of the confusion matrix for sentences without any event. */
export const NO_EVENT = 'none';
/** The column for events whose CAMEO code has no PLOVER type (roots 01 and 02). */
export const UNMAPPED = 'unmapped';

/** All counts of one evaluation; shares are left to the reader (count / of). */
export interface Evaluation {
  sentences: number;
  /** Sentences with some event. */
  anyEvent: number;
  /** Sentences with an event of a gold type. */
  type: number;
  /** … whose source shares a content word with a gold source. */
  typeSource: number;
  /** … and whose target shares one with a gold target, of `withTarget`. */
  typeSourceTarget: number;
  /** Sentences whose gold has a target string. */
  withTarget: number;
  events: number;
  /** Events whose type is a gold type of their sentence. */
  eventsOfGoldType: number;
  /** Per type: every gold type and every type dyad coded. */
  perType: Partial<Record<GoldType, TypeFigures>>;
  /** Gold type → coded column (a type, `unmapped` or `none`) → sentences; a sentence counts once in each column it was coded with. */
  confusion: Partial<Record<GoldType, Record<string, number>>>;
  /** score.py's misses entries, one per sentence that falls short, in sentence order. */
  misses: string[];
}

const STOP = new Set('the a an of and in on at to for by with from its their his her as is was were has have s'.split(' '));

/** score.py's content words: lower-cased runs of a–z and 0–9, longer than one character, without the stop words. */
export function contentWords(s: string | null | undefined): Set<string> {
  const words = new Set<string>();
  for (const w of (s || '').toLowerCase().match(/[a-z0-9]+/g) ?? []) if (!STOP.has(w) && w.length > 1) words.add(w);
  return words;
}

function sharesWord(text: string | null | undefined, gold: Set<string>[]): boolean {
  const words = contentWords(text);
  return gold.some((g) => [...words].some((w) => g.has(w)));
}

/**
 * Scores `coded[i]`, the events of `sentences[i]`, as score.py scores an
 * events file whose story ids are the sentences' ids. Throws when the two
 * lists differ in length.
 */
export function scoreSentences(sentences: readonly GoldSentence[], coded: readonly (readonly ScoredEvent[])[]): Evaluation {
  if (coded.length !== sentences.length) throw new Error(`scoreSentences: ${sentences.length} sentences but ${coded.length} event lists`);
  const ev: Evaluation = {
    sentences: sentences.length, anyEvent: 0, type: 0, typeSource: 0, typeSourceTarget: 0, withTarget: 0,
    events: 0, eventsOfGoldType: 0, perType: {}, confusion: {}, misses: [],
  };
  sentences.forEach((s, i) => scoreOne(ev, s, coded[i]!));
  return ev;
}

/** Adds one sentence's counts to `ev`. */
function scoreOne(ev: Evaluation, s: GoldSentence, events: readonly ScoredEvent[]): void {
  const labels = new Set<GoldType>(s.gold.map((g) => g.event));
  const types = events.map((e) => codedType(e.cameo?.code));
  const hit = events.filter((_, k) => types[k] !== null && labels.has(types[k]!));
  ev.anyEvent += events.length ? 1 : 0;
  ev.type += hit.length ? 1 : 0;
  ev.events += events.length;
  ev.eventsOfGoldType += hit.length;
  countTypes(ev, labels, types);
  const goldSources = s.gold.flatMap((g) => g.source_text ?? []).map(contentWords);
  const goldTargets = s.gold.flatMap((g) => g.target_text ?? []).map(contentWords);
  const sourceOk = (e: ScoredEvent) => sharesWord(e.source?.text, goldSources);
  const targetOk = (e: ScoredEvent) => sharesWord(e.target?.text, goldTargets);
  const sOk = hit.some(sourceOk);
  ev.typeSource += sOk ? 1 : 0;
  let tOk = false;
  if (goldTargets.length) {
    ev.withTarget++;
    tOk = hit.some((e) => sourceOk(e) && targetOk(e));
    ev.typeSourceTarget += tOk ? 1 : 0;
  }
  if (!(hit.length && sOk && (tOk || !goldTargets.length))) ev.misses.push(missEntry(s, events));
}

/** Per-type recall and precision counts and the sentence's confusion cells. */
function countTypes(ev: Evaluation, labels: Set<GoldType>, types: (GoldType | null)[]): void {
  const figures = (t: GoldType) => (ev.perType[t] ??= { gold: 0, right: 0, events: 0, inGold: 0 });
  for (const t of labels) {
    const f = figures(t);
    f.gold++;
    if (types.includes(t)) f.right++;
  }
  for (const t of types) {
    if (t === null) continue;
    const f = figures(t);
    f.events++;
    if (labels.has(t)) f.inGold++;
  }
  const columns = types.length ? new Set(types.map((t) => t ?? UNMAPPED)) : new Set([NO_EVENT]);
  for (const g of labels) {
    const row = (ev.confusion[g] ??= {});
    for (const c of columns) row[c] = (row[c] ?? 0) + 1;
  }
}

/**
 * One entry of score.py's misses file: the sentence id, its gold records
 * (`TYPE ['source']->['target']`), dyad's events (`CODE=TYPE 'source'->'target'`,
 * or `no event`) and the text.
 */
export function missEntry(s: GoldSentence, events: readonly ScoredEvent[]): string {
  const got = events.map((e) => {
    const code = e.cameo?.code ?? '';
    return `${code}=${codedType(code) ?? 'None'} ${pyRepr(e.source?.text)}->${pyRepr(e.target?.text)}`;
  }).join('; ') || 'no event';
  const gold = s.gold.map((g) => `${g.event} ${pyList(g.source_text)}->${pyList(g.target_text)}`).join('; ');
  return `${s.id}\tgold: ${gold}\n\tdyad: ${got}\n\t${s.text}\n`;
}

/** The misses file as score.py writes it: the entries joined by a blank line, no final newline added. */
export function missesFile(ev: Evaluation): string {
  return ev.misses.join('\n');
}

/**
 * The types of the per-type table, most gold sentences first (as score.py
 * lists them), then types dyad coded that no gold names; ties in PLOVER order.
 */
export function typeOrder(ev: Evaluation): GoldType[] {
  return GOLD_TYPES.filter((t) => ev.perType[t])
    .sort((a, b) => ev.perType[b]!.gold - ev.perType[a]!.gold || GOLD_TYPES.indexOf(a) - GOLD_TYPES.indexOf(b));
}
