/**
 * In-story coreference, one kind per file. `COREFERENCE` is tried in order
 * on each conjunct of a participant; the first resolver that applies
 * decides, and a conjunct none applies to is coded from its own words
 * (`buildActor`). `PARTICIPANT_COREFERENCE` runs over a sentence's
 * participants once they are coded.
 */
import { learnAbbreviations } from './abbreviation.js';
import { bothSides } from './bothSides.js';
import { counterpart } from './counterpart.js';
import { definiteDescription } from './definiteDescription.js';
import { knownName } from './name.js';
import { possessivePronouns } from './possessive.js';
import { storyPronoun } from './pronoun.js';
import type { CoreferenceResolver, ParticipantCoreference } from './resolver.js';
import { sentencePerson } from './sentencePerson.js';
import { speaker } from './speaker.js';

export type { CoreferenceResolver, ParticipantCoreference, Resolution } from './resolver.js';

/** The resolvers for one mention, in the order they are tried. */
export const COREFERENCE: readonly CoreferenceResolver[] = [
  // a person named in the sentence is nearer than any of the story: "De Mistura said he …"
  sentencePerson,
  // "X said it …": the speaker of the clause before, ahead of the story's latest group
  speaker,
  // the story's latest person or group; last of the pronoun resolvers, it decides every pronoun left
  storyPronoun,
  // "the two sides" is the coder's to fill from the current dyad: before any reading of its words
  bothSides,
  // a name the story introduced keeps its first code, ahead of the title words around it now;
  // an unknown bare name ends here too, so that it is no "counterpart" or description
  knownName,
  // "the general": after names (a named mention is no description), before counterparts
  // (a definite description takes the whole antecedent, a counterpart only its role)
  definiteDescription,
  // "his Iranian counterpart": last, as it codes the mention's own country with a borrowed role
  counterpart,
];

/** The passes over a sentence's coded participants, in order. */
export const PARTICIPANT_COREFERENCE: readonly ParticipantCoreference[] = [
  // "(IRGC)" names the actor just coded for later sentences: learnt from the actors as found, before any change below
  learnAbbreviations,
  // "its troops": needs every earlier participant of the sentence coded
  possessivePronouns,
];
