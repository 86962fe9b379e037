import type { PatternElement, VerbPattern } from '../dictionaries/verbPatterns.js';
import { isDash } from '../text/normalize.js';
import { matchBefore, wordMatches } from './matchBefore.js';
import { POSSESSIVE_PRONOUNS } from '../text/wordLists.js';
import type { Participant } from '../model/actors.js';
import type { SentenceSyntax } from '../model/text.js';
import type { ProposedMatch } from '../model/coder.js';
import type { MatchContext } from './matchContext.js';

/** What a pattern matched (`ProposedMatch`), with the compiled pattern itself. */
export interface PatternMatch extends ProposedMatch {
  pattern: VerbPattern;
}

/**
 * For each token of the sentence (index - `syntax.start`): the index of the
 * participant that holds it, or -1 (`MatchContext.partAt`).
 */
export function participantAt(syntax: SentenceSyntax, parts: Participant[]): Int32Array {
  const partAt = new Int32Array(syntax.end - syntax.start).fill(-1);
  parts.forEach((p, n) => { for (let k = p.start; k < p.end; k++) partAt[k - syntax.start] = n; });
  return partAt;
}

/** Token indexes taken so far, as a shared list (no copying while the matcher backtracks). */
type Taken = { k: number; rest: Taken } | null;

function takenList(t: Taken): number[] {
  const out: number[] = [];
  for (let c = t; c; c = c.rest) out.push(c.k);
  return out.reverse();
}

interface State {
  words: number;
  target: number | null;
  source: number | null;
  patientUsed: boolean;
  consumed: Taken;
  thingTarget?: boolean;
}

const MAX_SKIP = 6;
const PARTICLES: ReadonlySet<string> = new Set([
  'part', 'back', 'out', 'off', 'away', 'up', 'down', 'over', 'in', 'on', 'forward', 'together', 'apart', 'aside', 'ahead', 'through',
]);
const GAP = 4;

/**
 * Matches `pattern` after the verb head `verbToken`; returns the best
 * (most words) way it fits, or null. Modifiers inside noun phrases and time
 * expressions are skipped between elements (docs/dictionaries.md).
 */
export function matchPattern(ctx: MatchContext, pattern: VerbPattern, verbToken: number): PatternMatch | null {
  if (!mayMatch(ctx, pattern, verbToken)) return null;
  // a pattern may name words before the verb ("FAILED_TO_*")
  const pre = pattern.before ? matchBefore(ctx, pattern.before, verbToken) : null;
  if (pattern.before && !pre) return null;
  let best: State & { end: number } | null = null;
  const visit = (state: State, end: number): void => {
    if (!best || state.words > best.words) best = { ...state, end };
  };
  let taken: Taken = { k: verbToken, rest: null };
  for (const k of pre?.consumed ?? []) taken = { k, rest: taken };
  const first: State = {
    words: 1 + (pre?.words ?? 0), target: pre?.target ?? null, source: pre?.source ?? null, patientUsed: false, consumed: taken,
  };
  walk({ ctx, done: visit }, pattern.rest, 0, verbToken + 1, first);
  if (!best) return null;
  const b = best as State & { end: number };
  return {
    pattern, words: b.words, target: b.target, source: b.source, patientUsed: b.patientUsed, consumed: takenList(b.consumed), end: b.end,
    thingTarget: !!b.thingTarget,
  };
}

/** Words (norms and lemmas) after the verb to the clause end, and of a passive subject: a pattern needs its words among them. */
export function windowWords(ctx: MatchContext, verbToken: number): Set<string> {
  const words = new Set<string>();
  const add = (from: number, to: number): void => {
    for (let k = from; k < to; k++) words.add(ctx.tokens[k]!.norm).add(ctx.tokens[k]!.lemma);
  };
  add(verbToken + 1, ctx.end);
  if (ctx.patient !== null) add(ctx.parts[ctx.patient]!.start, ctx.parts[ctx.patient]!.end);
  return words;
}

function mayMatch(ctx: MatchContext, pattern: VerbPattern, verbToken: number): boolean {
  if (pattern.required.length === 0) return true;
  ctx.words ??= windowWords(ctx, verbToken);
  const words = ctx.words;
  for (const firsts of pattern.required) {
    let found = false;
    for (const w of firsts) if (words.has(w)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

/** One matching walk: where it looks, and what it calls with each way the whole pattern fits (the state, the end token). */
interface Walk {
  ctx: MatchContext;
  done: (s: State, end: number) => void;
}

function walk(w: Walk, elements: PatternElement[], idx: number, pos: number, state: State): void {
  if (idx === elements.length) {
    w.done(state, pos);
    return;
  }
  const ctx = w.ctx;
  const e = elements[idx]!;
  const next = (p: number, s: State): void => walk(w, elements, idx + 1, p, s);
  switch (e.kind) {
    case 'optional':
      walk(w, [...e.elements, ...elements.slice(idx + 1)], 0, pos, state);
      next(pos, state);
      return;
    case 'skip': {
      // one phrase, whatever it holds
      const inside = ctx.caretTakesRestOfPhrase ? restOfPhrase(ctx, pos) : -1;
      const part = pos < ctx.end ? ctx.partAt[pos - ctx.syntax.start]! : -1;
      if (inside >= 0) next(inside, state);
      else if (part >= 0) next(ctx.parts[part]!.end, state);
      else if (pos < ctx.end) next(pos + 1, state);
      return;
    }
    case 'gap':
      for (let g = 0; g <= GAP && pos + g <= ctx.end; g++) next(pos + g, state);
      return;
    case 'target':
    case 'source':
      matchActorSlot(ctx, e.kind, pos, state, next);
      return;
    case 'words':
      matchWords(ctx, e.alts, pos, state, next);
  }
}

/**
 * `^` inside a noun phrase (`caretTakesRestOfPhrase`): when the word before
 * `pos` belongs to a participant, the end of that participant and of a
 * prepositional phrase right after it ("the harvest with Estmark" read as one noun phrase);
 * -1 when the word before is in none or ends it (then `^` skips the next phrase).
 */
function restOfPhrase(ctx: MatchContext, pos: number): number {
  const base = ctx.syntax.start;
  const own = pos - 1 >= base && pos - 1 < ctx.end ? ctx.partAt[pos - 1 - base]! : -1;
  if (own < 0) return -1;
  const p = ctx.parts[own]!;
  const pp = ctx.parts[own + 1];
  if (pp && pp.preposition !== null && pp.start === p.end + 1 && pp.end <= ctx.end) return pp.end;
  return p.end > pos ? p.end : -1;
}

/**
 * An actor slot (`+` target, `$` source) at token `pos`: past determiners
 * outside any phrase, time words and adverbs, the participant there. Its
 * ways to fit are tried in this order (the first of equally good ones wins):
 * the participant's actors (also ending inside its "of" phrase: "accused
 * Estmark of aggression"); for a participant naming no actor, the actor
 * inside it (`innerActors`), then, for a target, the actor of a phrase right
 * after it and a thing; last, for a target, the passive subject.
 */
function matchActorSlot(
  ctx: MatchContext, slot: 'target' | 'source', pos: number, state: State, next: (p: number, s: State) => void,
): void {
  if (state[slot] !== null) return;
  let p = pos;
  while (p < ctx.end && ctx.tokens[p]!.pos === 'DET' && ctx.partAt[p - ctx.syntax.start]! < 0) p++;
  while (p < ctx.end && (ctx.time[p - ctx.syntax.start] || ctx.tokens[p]!.pos === 'ADV')) p++;
  const part = p < ctx.end ? ctx.partAt[p - ctx.syntax.start]! : -1;
  if (part >= 0 && hasActors(ctx.parts[part]!)) takeParticipant(ctx, slot, part, state, next);
  else if (part >= 0) noActorInSlot(ctx, slot, part, state, next);
  // a passive subject fills the target slot without taking tokens ("the town was shelled")
  if (slot === 'target' && ctx.patient !== null && !state.patientUsed && hasActors(ctx.parts[ctx.patient]!)) {
    next(pos, { ...state, target: ctx.patient, patientUsed: true, words: state.words + 0.5 });
  }
}

/** Participant `part`, which names actors, in `slot`: up to its end, or to the end of one of its noun phrases. */
function takeParticipant(ctx: MatchContext, slot: 'target' | 'source', part: number, state: State, next: (p: number, s: State) => void): void {
  const participant = ctx.parts[part]!;
  next(participant.end, { ...state, [slot]: part, words: state.words + 0.5 });
  // the pattern may go on inside the participant's "of" phrase: "accused Israel of aggression"
  for (const np of participant.nps) {
    const end = ctx.syntax.nps[np]!.end;
    if (end < participant.end) next(end, { ...state, [slot]: part, words: state.words + 0.5 });
  }
}

/** Participant `part`, which names no actor, in `slot`: the actor inside it, the actor of the phrase after it, a thing. */
function noActorInSlot(ctx: MatchContext, slot: 'target' | 'source', part: number, state: State, next: (p: number, s: State) => void): void {
  const participant = ctx.parts[part]!;
  if (ctx.innerActors && participant.inner?.length) next(participant.end, { ...state, [slot]: part, words: state.words + 0.5 });
  if (slot !== 'target') return;
  if (ctx.reachThrough) {
    // "condemned the coup in Myanmar", "denounced the attack on Kurds": the actor of the thing's phrase
    const next2 = ctx.parts[part + 1];
    if (next2 && next2.start === participant.end + 1 && /^(in|on|against|by|of)$/.test(next2.preposition ?? '') && hasActors(next2) && next2.end <= ctx.end) {
      next(next2.end, { ...state, target: part + 1, words: state.words + 0.25 });
    }
  }
  if (ctx.thingTargets && !/^(PRON|ADV)$/.test(ctx.tokens[ctx.syntax.nps[participant.nps[0]!]!.head]!.pos)) {
    next(participant.end, { ...state, thingTarget: true, words: state.words + 0.25 });
  }
}

function hasActors(p: Participant): boolean {
  return p.actors.length > 0 || p.possessor.length > 0 || p.owner.length > 0 || p.between !== null;
}

function matchWords(
  ctx: MatchContext, alts: string[][], pos: number, state: State, next: (p: number, s: State) => void,
): void {
  for (let skip = 0; skip <= MAX_SKIP && pos + skip < ctx.end; skip++) {
    const start = pos + skip;
    for (const alt of alts) {
      const end = start + alt.length;
      if (end > ctx.end) continue;
      let ok = true;
      for (let w = 0; w < alt.length && ok; w++) {
        const t = ctx.tokens[start + w]!;
        ok = wordMatches(ctx, t, alt[w]!);
      }
      if (ok) {
        let consumed = state.consumed;
        for (let k = start; k < end; k++) consumed = { k, rest: consumed };
        next(end, { ...state, words: state.words + alt.length, consumed });
      }
    }
    if (!skippable(ctx, start)) break;
  }
  // the passive subject may be the pattern's object ("an agreement … was signed")
  if (ctx.patient !== null && !state.patientUsed) {
    const p = ctx.parts[ctx.patient]!;
    for (const alt of alts) {
      if (alt.length === 1 && ctx.tokens.slice(p.start, p.end).some((t) => wordMatches(ctx, t, alt[0]!))) {
        next(pos, { ...state, patientUsed: true, words: state.words + 1 });
        return;
      }
    }
  }
}

/** Tokens that may stand between two pattern elements: modifiers inside a noun phrase, time expressions. */
function skippable(ctx: MatchContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const base = ctx.syntax.start;
  if (ctx.time[k - base]) return true;
  switch (t.pos) {
    case 'DET': case 'ADJ': case 'NUM':
      return true;
    case 'ADV':
      // "met briefly with", but not the particle of a phrasal verb: "take part in" is not "take in"
      return !PARTICLES.has(t.norm);
    case 'PRON':
      return POSSESSIVE_PRONOUNS.has(t.norm);
    case 'PART':
      return t.norm === "'s" || t.norm === "'";
    case 'PUNCT':
      return isDash(t.text) || t.norm === '"' || t.norm === "'";
    case 'NOUN': case 'PROPN': {
      // a noun before the head of its own phrase ("trade agreement", "Russian troops")
      const np = ctx.syntax.npOf[k - base]!;
      return np >= 0 && ctx.syntax.npOf[k + 1 - base] === np;
    }
    case 'CCONJ':
      return t.norm === 'and' && ctx.syntax.npOf[k - 1 - base]! >= 0 && ctx.syntax.npOf[k + 1 - base]! >= 0 && ctx.tokens[k - 1]!.pos === 'ADJ';
    default:
      return false;
  }
}
