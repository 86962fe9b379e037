import { RELATIVE_OPENERS, SUBORDINATORS } from '../../text/wordLists.js';
import type { Token } from '../../model/types.js';
import { participantAt, type SubjectContext, type SubjectFinding } from './context.js';

/**
 * The default: the nearest participant before the verb, inside its clause,
 * that is no prepositional object ("Norvania's envoy met …", "according to
 * Estmark, …" is no preposition here). Walking back it skips what is in
 * brackets ("The Malian army (MLA) attacked"), asides between commas or
 * dashes (", who toured Estmark,"), and past-participle phrases ("the
 * agreement signed in 2015"); it stops at another verb, at "that" opening a
 * clause, at ";" and ":". A participant after a subordinating conjunction
 * that ends right before a finite verb ("after Calenardhon crowds burned down
 * its embassy") is the subject of an adverbial clause (`adverbial`). Always
 * settles the clause: the subject is null when none is found.
 */
export function subjectBeforeVerb(ctx: SubjectContext): SubjectFinding {
  for (let j = ctx.k; j >= ctx.syntax.start; j--) {
    const resume = skippedBack(ctx, j);
    if (resume !== null) {
      j = resume;
      continue;
    }
    if (endsSearch(ctx, j)) break;
    const p = participantAt(ctx, j);
    if (p < 0) continue;
    const found = asSubject(ctx, p);
    if (found) return found;
    j = ctx.parts[p]!.start;
  }
  return { subject: null };
}

/**
 * When token `j` ends something the walk passes over, the token it goes on
 * from (the walk then steps before it): "(" of a bracket, the comma or dash
 * that opens an aside, the first token of a past-participle verb group. Null
 * when `j` ends none of these.
 */
function skippedBack(ctx: SubjectContext, j: number): number | null {
  const { tokens, syntax } = ctx;
  const base = syntax.start;
  if (tokens[j]!.text === ')') {
    let m = j;
    while (m > base && tokens[m]!.text !== '(') m--;
    return m;
  }
  const aside = asideStart(tokens, j, base);
  if (aside < j) return aside;
  const vg = syntax.vgOf[j - base]!;
  if (vg >= 0 && vg !== ctx.n && syntax.verbs[vg]!.participle === 'ed') return syntax.verbs[vg]!.start;
  return null;
}

/** Token `j` closes the clause to the left: another verb group, "that" opening a clause, ";" or ":". */
function endsSearch(ctx: SubjectContext, j: number): boolean {
  const t = ctx.tokens[j]!;
  const vg = ctx.syntax.vgOf[j - ctx.syntax.start]!;
  if (vg >= 0 && vg !== ctx.n) return true;
  return (t.norm === 'that' && t.pos === 'SCONJ') || t.norm === ';' || t.norm === ':';
}

/**
 * Participant `p`, met walking back, as the subject: when no preposition
 * governs it (or only the "to" of "according to", and no other "to" stands
 * right before it), or as the subject of an adverbial clause when a
 * subordinator ("after", "when") opens it right before a finite verb. Null
 * when it is a prepositional object: the walk goes on before it.
 */
function asSubject(ctx: SubjectContext, p: number): SubjectFinding | null {
  const { tokens } = ctx;
  const part = ctx.parts[p]!;
  const bare = part.preposition === null || (part.preposition === 'to' && tokens[part.start - 2]?.norm === 'according');
  if (bare && tokens[part.start - 1]?.norm !== 'to') return { subject: p };
  const v = ctx.syntax.verbs[ctx.n]!;
  if (part.preposition !== null && SUBORDINATORS.has(part.preposition) && part.end === ctx.k + 1 && v.participle === null) {
    return { subject: p, adverbial: true };
  }
  return null;
}

/** Start of an aside that ends at token `j` (", who …," or "– … –"), or `j` itself. */
function asideStart(tokens: Token[], j: number, base: number): number {
  const t = tokens[j]!;
  const dash = /^[\u2013\u2014]$|^--$/.test(t.text);
  if (t.norm !== ',' && !dash) return j;
  for (let m = j - 1; m >= Math.max(base, j - 40); m--) {
    const x = tokens[m]!;
    if (dash && x.text === t.text) return m;
    if (!dash && x.norm === ',') return RELATIVE_OPENERS.has(tokens[m + 1]?.norm ?? '') ? m : j;
  }
  return j;
}
