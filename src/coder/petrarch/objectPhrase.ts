import type { CodingContext } from '../../context.js';
import type { SentenceComponent } from '../../model/component.js';
import type { SentenceSyntax } from '../../model/text.js';
import type { Token } from '../../model/types.js';

/**
 * Whether tokens [from, end) hold a noun phrase, or a time named in a
 * prepositional phrase ("on Saturday": PETRARCH's parser makes that a noun
 * phrase); a bare time word ("said today", "met Monday") is none. `time` is
 * the sentence's time mask (index - `syntax.start`, 1 inside a time expression).
 */
function hasObjectPhrase(tokens: Token[], syntax: SentenceSyntax, from: number, end: number, time: Uint8Array): boolean {
  if (syntax.nps.some((np) => np.start >= from && np.start < end)) return true;
  for (let k = from; k < end; k++) {
    // the time's first word is a preposition ("on Saturday" as one expression), or follows one
    if (time[k - syntax.start] && !time[k - 1 - syntax.start] && (tokens[k]!.pos === 'ADP' || tokens[k - 1]?.pos === 'ADP')) return true;
  }
  return false;
}

/**
 * PETRARCH codes a verb through a noun phrase of its own (an empty "---"
 * target at least): a PETRARCH pattern (coded as written) that took no thing
 * and whose pairs have no target is dropped when no noun phrase follows the
 * verb in the sentence (`hasObjectPhrase`): "Norvania protested today" codes
 * nothing, "Norvania protested on Saturday" does. After the pairs are made.
 */
export const petrarchObjectPhrase: SentenceComponent<Pick<CodingContext, 'trace'>> = {
  name: 'petrarch-object-phrase', scope: 'sentence', reads: ['tokens', 'mask', 'unit.syntax', 'unit.proposals'], writes: ['unit.proposals'],
  run(doc, u, { trace }) {
    const syntax = u.syntax!;
    const time = doc.mask.subarray(u.tokenStart, u.tokenEnd);
    u.proposals = u.proposals.filter((p) => {
      const m = p.match;
      if (!m.pattern.asWritten || m.thingTarget || p.pairs.some(([, b]) => b)) return true;
      const v = syntax.verbs[p.clause]!;
      if (hasObjectPhrase(doc.tokens, syntax, v.end, syntax.end, time)) return true;
      trace(() => `  "${doc.tokens[v.head]!.text}" has no noun phrase after it (a bare time is none): nothing coded, as PETRARCH`);
      return false;
    });
  },
};
