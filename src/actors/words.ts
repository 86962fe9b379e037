/** Word lists of the actors stage: lemmas and norms that decide how noun phrases join and what they name. */

/** Head nouns that take their sector from an "of" phrase ("deputy chief of the Russian Army" → MIL). */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'chief', 'head', 'deputy', 'leader', 'member', 'delegation', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'representative', 'team', 'envoy', 'commander', 'director', 'chairman', 'chair', 'secretary', 'minister', 'officer',
  'unit', 'branch', 'force', 'forces', 'wing', 'faction', 'group', 'side', 'staff',
]);

/** Head lemmas that count a part of a group ("one of its patrols", "dozens of rebels"): the phrase names the group's actor. */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'some', 'many', 'most', 'all', 'several', 'few', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'score',
  'scores', 'million', 'millions', 'number', 'group', 'part', 'rest', 'remnant', 'member',
]);

/** Words that join noun phrases as conjuncts. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);

/** Prepositions whose phrase may complete the noun phrase before it ("chief of staff", "soldiers from Gondor", "an editor at …"). */
export const ATTACHING: ReadonlySet<string> = new Set(['of', 'from', 'at']);
