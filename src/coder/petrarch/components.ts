/**
 * PETRARCH's own coder components, for the petrarch profile (profiles.ts):
 * where PETRARCH2 codes differently from dyad, each difference is one
 * component, listed in that profile only (beside dyad's, or instead of one).
 */
import { petrarchAdverbialClauses } from './adverbialClauses.js';
import { petrarchAgentlessPassive } from './agentlessPassive.js';
import { petrarchComplements } from './complements.js';
import { petrarchNewActors } from './newActors.js';
import { petrarchObjectPhrase } from './objectPhrase.js';
import { petrarchSourceSearch } from './petrarchSource.js';
import { petrarchVerbMatcher } from './petrarchVerbMatcher.js';

/** Every PETRARCH coder component, by the order the petrarch profile lists them. */
export const PETRARCH_CODER_COMPONENTS = [
  petrarchVerbMatcher, petrarchAgentlessPassive, petrarchSourceSearch, petrarchNewActors, petrarchObjectPhrase,
  petrarchAdverbialClauses, petrarchComplements,
] as const;
