import type { CodingContext } from '../context.js';
import type { SentenceComponent, StoryComponent } from '../model/component.js';
import { findClauses } from './clauses.js';
import { nounMatcher } from './matchers/nounMatcher.js';
import { codeSentence, type PetrarchMode } from './codeSentence.js';
import { accuseFromReportedAttack } from './refiners/accuseFromReportedAttack.js';
import { dropDuplicates } from './refiners/dropDuplicates.js';
import { dropHypothetical } from './refiners/dropHypothetical.js';
import { dropResults } from './refiners/dropResults.js';
import { dropSwallowed } from './refiners/dropSwallowed.js';
import { emit } from './refiners/emit.js';
import { questions } from './refiners/questions.js';

/** Subject, objects, clause end, governing and reporting verb of every verb group. */
export const clauses: StoryComponent<Pick<CodingContext, never>> = {
  name: 'clauses', scope: 'story', reads: ['tokens', 'unit.syntax', 'unit.participants'], writes: ['unit.clauses'],
  run(doc) {
    for (const u of doc.units) u.clauses = findClauses(doc.tokens, u.syntax!, u.participants);
  },
};

function verbEvents(name: string, petrarch: boolean): SentenceComponent<Pick<CodingContext, 'dict' | 'trace' | 'newActorLength'>> {
  return {
    name, scope: 'sentence', reads: ['tokens', 'mask', 'unit.syntax', 'unit.participants', 'unit.clauses'], writes: ['unit.candidates'], carries: ['dyad'],
    run(doc, u, ctx) {
      const mode: PetrarchMode | null = petrarch ? { newActorLength: ctx.newActorLength } : null;
      u.candidates.push(...codeSentence(doc.tokens, u.index, u.syntax!, u.participants, u.clauses, doc.mask.subarray(u.tokenStart, u.tokenEnd), ctx.dict, doc.dyad, ctx.trace, mode));
    },
  };
}

/** Events named by verbs: each verb group's most specific pattern, its subject and object actors. */
export const verbMatcher = verbEvents('verb-events', false);
/** The same, coded as PETRARCH codes them (`dyad validate`, `--profile petrarch`). */
export const petrarchVerbMatcher = verbEvents('petrarch-verb-events', true);

/** The story's current dyad after this sentence: its first event between actors of two countries. */
export const storyDyad: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'story-dyad', scope: 'sentence', reads: ['unit.candidates'], writes: ['dyad'],
  run(doc, u) {
    const dyad = u.candidates.find((c) => c.target && c.source.country !== c.target.country);
    if (dyad) doc.dyad = [dyad.source, dyad.target!];
  },
};

/**
 * Every coder component a profile may name (profiles.ts lists them in
 * order): the matchers, the refiners of each verb's proposal, the refiners
 * of the sentence's candidates, PETRARCH's own.
 */
export const CODER_COMPONENTS = [
  clauses, verbMatcher, petrarchVerbMatcher, nounMatcher, questions, accuseFromReportedAttack, dropSwallowed, dropResults,
  dropDuplicates, dropHypothetical, storyDyad, emit,
] as const;
