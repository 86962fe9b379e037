import type { CoreferenceResolver } from './resolver.js';

/**
 * "the two sides", "both countries": the story's current dyad, which the
 * coder puts in when it codes the event; here the mention names no actor.
 */
export const bothSides: CoreferenceResolver = (m) => (m.head.bothSides ? { actor: null } : null);
