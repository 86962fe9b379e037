import type { Participant } from '../../model/actors.js';
import type { CodedActor, Token } from '../../model/types.js';
import type { MentionContext } from '../mention.js';
import type { StoryActors } from '../registry.js';

/** A resolver's decision: the mention refers to `actor`, or (null) to no actor the sentence codes. */
export interface Resolution {
  actor: CodedActor | null;
}

/**
 * One kind of in-story coreference for one mention (a conjunct of a
 * participant): its decision, or null when the mention is not of its kind
 * and the next resolver is tried. Resolvers read `story`, never change it.
 */
export type CoreferenceResolver = (mention: MentionContext, story: StoryActors) => Resolution | null;

/** Coreference over a sentence's participants once all are coded (document-wide token indexes); it may change them and `story`. */
export type ParticipantCoreference = (tokens: Token[], parts: Participant[], story: StoryActors) => void;
