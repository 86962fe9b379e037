import type { Token } from '../model/types.js';
import type { PartialActor } from './partialActor.js';
import { GENERIC_HEADS } from './words.js';

/**
 * Whether a phrase after preposition `prep` ("of", "from", "at") completes
 * the conjunct whose head phrase reads as `head` (head token `headToken`,
 * first token `first`) rather than standing apart from it.
 */
export function attaches(head: PartialActor, prep: string, headToken: Token, first?: Token): boolean {
  if (prep === 'of') return true;
  // "an editor at the official Armenian news agency": a title at an institution takes its country
  if (prep === 'at') return head.headIsActor && !head.country && !head.named;
  // "soldiers from Gondor": a sector word without a country takes the country it comes from
  // (not "its troops from Libya": a possessive says whose they are, "from" where they leave)
  if (prep === 'from' && head.headIsActor && head.sectors.length > 0 && !head.country && !head.named && !head.name && first?.pos !== 'PRON') return true;
  // "a delegation from the Defense Ministry"; not "withdraw its troops from Libya"
  return GENERIC_HEADS.has(headToken.lemma) && !head.country;
}
