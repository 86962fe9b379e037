import type { PatternElement } from '../dictionaries/verbPatterns.js';
import type { MatchContext } from './matchContext.js';
import type { Token } from '../model/types.js';
import type { Participant } from '../model/actors.js';

/** What the elements before the verb took: words matched, actor slots filled, tokens consumed. */
export interface BeforeMatch {
  words: number;
  target: number | null;
  source: number | null;
  consumed: number[];
}

/** Tokens a blank between two pattern words may stand for, before the verb. */
const BEFORE_GAP = 8;

/**
 * Matches the elements a pattern names before its verb
 * (`VerbPattern.before`, e.g. "FAILED_TO_*", "&MILITARY *"), right to left
 * from the verb head back to the sentence start. Words are compared by norm
 * or lemma; `gap` stands for up to eight tokens; `+`/`$` take the participant
 * that ends there. Returns the match with the most words, or null.
 */
export function matchBefore(ctx: MatchContext, before: PatternElement[], verbToken: number): BeforeMatch | null {
  const els = [...before].reverse();
  let best: BeforeMatch | null = null;
  const start = ctx.syntax.start;
  const walk = (idx: number, pos: number, s: BeforeMatch): void => {
    if (idx === els.length) {
      if (!best || s.words > best.words) best = { ...s, consumed: [...s.consumed] };
      return;
    }
    const e = els[idx]!;
    switch (e.kind) {
      case 'skip':
      case 'gap':
        for (let g = 0; g <= BEFORE_GAP && pos - g >= start; g++) walk(idx + 1, pos - g, s);
        return;
      case 'optional':
        walk(idx + 1, pos, s);
        return;
      case 'target':
      case 'source': {
        if (s[e.kind] !== null || pos - 1 < start) return;
        const part = ctx.partAt[pos - 1 - start]!;
        if (part < 0 || !hasActors(ctx.parts[part]!)) return;
        walk(idx + 1, ctx.parts[part]!.start, { ...s, [e.kind]: part, words: s.words + 0.5 });
        return;
      }
      case 'words':
        for (const alt of e.alts) {
          const from = pos - alt.length;
          if (from < start) continue;
          let ok = true;
          for (let w = 0; w < alt.length && ok; w++) {
            const t = ctx.tokens[from + w]!;
            ok = wordMatches(ctx, t, alt[w]!);
          }
          if (!ok) continue;
          const consumed = [...s.consumed];
          for (let k = from; k < pos; k++) consumed.push(k);
          walk(idx + 1, from, { ...s, words: s.words + alt.length, consumed });
        }
    }
  };
  walk(0, verbToken, { words: 0, target: null, source: null, consumed: [] });
  return best;
}

function hasActors(p: Participant): boolean {
  return p.actors.length > 0 || p.possessor.length > 0 || p.between !== null;
}

/**
 * Whether text token `t` is the pattern word `word`: as written, or by its
 * lemma ("restored" for RESTORE), or only as written under `ctx.exactWords`.
 */
export function wordMatches(ctx: MatchContext, t: Token, word: string): boolean {
  return t.norm === word || (!ctx.exactWords && t.lemma === word);
}
