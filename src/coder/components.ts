/**
 * The coder's components, collected for profiles.ts (which lists them in
 * order): the clauses, the matchers that propose, the refiners of each
 * verb's proposal (coder/refiners/), the refiners of the sentence's
 * candidates, and the story's dyad. Those of one profile only have a
 * folder of their own with its own list.
 */
import type { CodingContext } from '../context.js';
import type { SentenceComponent, StoryComponent } from '../model/component.js';
import { findClauses } from './clauses.js';
import { dyadVerbMatcher } from './matchers/verbMatcher.js';
import { nounMatcher } from './matchers/nounMatcher.js';
import { accuseFromReportedAttack } from './refiners/accuseFromReportedAttack.js';
import { activeRoles } from './refiners/activeRoles.js';
import { betweenPartner } from './refiners/betweenPartner.js';
import { betweenSources } from './refiners/betweenSources.js';
import { denied } from './refiners/denied.js';
import { dropDuplicates } from './refiners/dropDuplicates.js';
import { dropHypothetical } from './refiners/dropHypothetical.js';
import { dropNonCameo } from './refiners/dropNonCameo.js';
import { dropResults } from './refiners/dropResults.js';
import { dropSelfDyads } from './refiners/dropSelfDyads.js';
import { dropSourceless } from './refiners/dropSourceless.js';
import { dropSwallowed } from './refiners/dropSwallowed.js';
import { emit } from './refiners/emit.js';
import { militaryFlavour } from './refiners/militaryFlavour.js';
import { modality } from './refiners/modality.js';
import { negation } from './refiners/negation.js';
import { objectTargets } from './refiners/objectTargets.js';
import { pairActors } from './refiners/pairActors.js';
import { passiveRoles } from './refiners/passiveRoles.js';
import { patternNounCountry } from './refiners/patternNounCountry.js';
import { questions } from './refiners/questions.js';
import { reportedSpeech } from './refiners/reportedSpeech.js';
import { secondaryCodes } from './refiners/secondaryCodes.js';
import { speakerSource } from './refiners/speakerSource.js';
import { statedActCode } from './refiners/statedActCode.js';
import { verbCandidates } from './refiners/verbCandidates.js';

/** Subject, objects, clause end, governing and reporting verb of every verb group (coder/clauses.ts). */
export const clauses: StoryComponent<Pick<CodingContext, never>> = {
  name: 'clauses', scope: 'story', reads: ['tokens', 'unit.syntax', 'unit.participants'], writes: ['unit.clauses'],
  run(doc) {
    for (const u of doc.units) u.clauses = findClauses(doc.tokens, u.syntax!, u.participants);
  },
};

/** The story's current dyad after this sentence: its first candidate between actors of two countries ("the two sides" of the next). */
export const storyDyad: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'story-dyad', scope: 'sentence', reads: ['unit.candidates'], writes: ['dyad'],
  run(doc, u) {
    const dyad = u.candidates.find((c) => c.target && c.source.country !== c.target.country);
    if (dyad) doc.dyad = [dyad.source, dyad.target!];
  },
};

/** The coder components a profile may name, but for those of one profile's own folder. */
export const CODER_COMPONENTS = [
  clauses, dyadVerbMatcher, nounMatcher,
  reportedSpeech, passiveRoles, activeRoles, objectTargets, patternNounCountry, betweenSources, denied, negation, modality,
  speakerSource, betweenPartner, dropSourceless, statedActCode, militaryFlavour, dropNonCameo, pairActors, dropSelfDyads,
  secondaryCodes, verbCandidates,
  questions, accuseFromReportedAttack, dropSwallowed, dropResults, dropDuplicates, dropHypothetical, storyDyad, emit,
] as const;
