import type { ActorHit } from '../model/actors.js';
import type { PhraseGrouping } from './grouping.js';
import { headModifiers, partialActor } from './partial.js';
import type { SentencePhrases } from './phrases.js';
import { tokensText } from './span.js';

/**
 * "Danish Islamist media and government": a bare sector noun coordinated
 * after a phrase whose head is an actor word shares that phrase's modifiers
 * (the government is Danish and Islamist too). A phrase with its own words
 * ("the government", "Norvanian officials") or an attached phrase shares
 * nothing, nor, when `grouping.bracketsDeterminerPhrases`, a phrase opened
 * by a determiner. Replaces the borrowing phrases' entries in
 * `phrases.partials`; returns, per borrowing noun-phrase index, the text of
 * the words it borrowed.
 */
export function shareModifiers(phrases: SentencePhrases, conjuncts: number[][], grouping: PhraseGrouping): Map<number, string> {
  const { tokens, syntax, npHits, partials, abstractNouns } = phrases;
  const out = new Map<number, string>();
  let shared: ActorHit[] = [];
  for (const [n, c] of conjuncts.entries()) {
    const k = c[0]!;
    const np = syntax.nps[k]!;
    const own = npHits[k]!;
    const bare = c.length === 1 && own.length === 1 && own[0]!.entry.kind === 'agent' && own[0]!.start === np.start && own[0]!.end === np.end;
    if (n > 0 && bare && shared.length) {
      partials[k] = partialActor(tokens, np, own, abstractNouns, shared);
      out.set(k, tokensText(tokens, shared[0]!.start, shared[shared.length - 1]!.end));
    } else if (!bare) {
      const bracketed = grouping.bracketsDeterminerPhrases && tokens[np.start]!.pos === 'DET';
      shared = c.length === 1 && partials[k]!.headIsActor && !partials[k]!.name && !bracketed ? headModifiers(np, own) : [];
    }
  }
  return out;
}
