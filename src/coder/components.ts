import type { CodingContext } from '../context.js';
import type { SentenceComponent, StoryComponent } from '../model/component.js';
import type { Document } from '../model/document.js';
import { StoryActors } from '../actors/registry.js';
import { findClauses } from './clauses.js';
import { codeNouns, codeSentence, type PetrarchMode } from './codeSentence.js';
import { accuseFromReportedAttack, dropDuplicates, dropHypothetical, dropResults, dropSwallowed, type Refiner } from './refiners.js';

/** Subject, objects, clause end, governing and reporting verb of every verb group. */
export const clauses: StoryComponent<Pick<CodingContext, never>> = {
  name: 'clauses', scope: 'story', reads: ['tokens', 'unit.syntax', 'unit.participants'], writes: ['unit.clauses'],
  run(doc) {
    for (const u of doc.units) u.clauses = findClauses(doc.tokens, u.syntax!, u.participants);
  },
};

/** The story's dyad as the coder's actor look-up reads it ("the two sides"). */
function storyActors(doc: Document): StoryActors {
  const s = new StoryActors();
  s.lastDyad = doc.dyad;
  return s;
}

function verbEvents(name: string, petrarch: boolean): SentenceComponent<Pick<CodingContext, 'dict' | 'trace' | 'newActorLength'>> {
  return {
    name, scope: 'sentence', reads: ['tokens', 'mask', 'unit.syntax', 'unit.participants', 'unit.clauses'], writes: ['unit.candidates'], carries: ['dyad'],
    run(doc, u, ctx) {
      const mode: PetrarchMode | null = petrarch ? { newActorLength: ctx.newActorLength } : null;
      u.candidates.push(...codeSentence(doc.tokens, u.index, u.syntax!, u.participants, u.clauses, doc.mask.subarray(u.tokenStart, u.tokenEnd), ctx.dict, storyActors(doc), ctx.trace, mode));
    },
  };
}

/** Events named by verbs: each verb group's most specific pattern, its subject and object actors. */
export const verbMatcher = verbEvents('verb-events', false);
/** The same, coded as PETRARCH codes them (`dyad validate`, `--profile petrarch`). */
export const petrarchVerbMatcher = verbEvents('petrarch-verb-events', true);

/** Events named by nouns ("a meeting with Osipov", "Russia's attack on Ukraine"). */
export const nounMatcher: SentenceComponent<Pick<CodingContext, 'dict' | 'trace'>> = {
  name: 'noun-events', scope: 'sentence', reads: ['tokens', 'mask', 'unit.syntax', 'unit.participants', 'unit.clauses'], writes: ['unit.candidates'], carries: ['dyad'],
  run(doc, u, ctx) {
    u.candidates.push(...codeNouns(doc.tokens, u.index, u.syntax!, u.participants, u.clauses, doc.mask.subarray(u.tokenStart, u.tokenEnd), ctx.dict, storyActors(doc), ctx.trace));
  },
};

/** A question asserts nothing: "will the regime enter there?" */
export const questions: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'questions', scope: 'sentence', reads: ['tokens', 'unit.candidates'], writes: ['unit.candidates'],
  run(doc, u) {
    if (doc.tokens[u.tokenEnd - 1]?.text !== '?') return;
    for (const c of u.candidates) c.hypothetical = true;
  },
};

function refinerComponent(name: string, refine: Refiner): SentenceComponent<Pick<CodingContext, 'trace'>> {
  return {
    name, scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.candidates'],
    run(_doc, u, { trace }) {
      u.candidates = refine(u.candidates, trace);
    },
  };
}

export const accuseFromReportedAttackRefiner = refinerComponent('accuse-from-reported-attack', accuseFromReportedAttack);
export const dropSwallowedRefiner = refinerComponent('drop-swallowed', dropSwallowed);
export const dropResultsRefiner = refinerComponent('drop-results', dropResults);
export const dropDuplicatesRefiner = refinerComponent('drop-duplicates', dropDuplicates);
export const dropHypotheticalRefiner = refinerComponent('drop-hypothetical', dropHypothetical);

/** The story's current dyad after this sentence: its first event between actors of two countries. */
export const storyDyad: SentenceComponent<Pick<CodingContext, never>> = {
  name: 'story-dyad', scope: 'sentence', reads: ['unit.candidates'], writes: ['dyad'],
  run(doc, u) {
    const dyad = u.candidates.find((c) => c.target && c.source.country !== c.target.country);
    if (dyad) doc.dyad = [dyad.source, dyad.target!];
  },
};

/** The candidates that become events: negated ones only when asked for (`--negated`). */
export const emit: SentenceComponent<Pick<CodingContext, 'trace' | 'includeNegated'>> = {
  name: 'emit', scope: 'sentence', reads: ['unit.candidates'], writes: ['unit.emitted'],
  run(_doc, u, { trace, includeNegated }) {
    u.emitted = u.candidates.filter((c) => {
      if (!c.negated || includeNegated) return true;
      trace(() => `  ${c.code} ${c.source.code}→${c.target?.code ?? '-'} is negated: not emitted`);
      return false;
    });
  },
};
