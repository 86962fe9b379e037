import type { Participant } from '../model/actors.js';
import type { CodedActor } from '../model/types.js';

/** The story's current dyad as `Document.dyad` keeps it (the story-dyad component): what "the two sides" stands for; null before any. */
export type StoryDyad = readonly [CodedActor, CodedActor] | null;

/**
 * The actors a participant stands for: its own; for "the two sides" the
 * story's current dyad (`dyad`, both members); else a possessor's
 * ("Norvania's decision" → NRV), else the owner of its abstract head. The
 * participant's own arrays are returned, not copies: an empty array means none.
 */
export function actorsOf(p: Participant, dyad: StoryDyad): CodedActor[] {
  if (p.actors.length) return p.actors;
  if (p.bothSides && dyad) return [...dyad];
  return p.possessor.length ? p.possessor : p.owner;
}
