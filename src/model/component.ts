/**
 * A component: one step of a profile over a Document (spaCy's pipeline
 * component, chrono's parser or refiner). It names the Document fields it
 * reads and those it writes; `pipeline.ts` checks, when it wires a profile,
 * that everything a component reads was written by an earlier one.
 *
 * A story component runs once over the whole Document. A sentence component
 * runs once per coded sentence (`SentenceUnit`); consecutive sentence
 * components run together, sentence by sentence, so that what one sentence
 * leaves (the actors it named, its dyad) is there for the next.
 */
import type { Document, SentenceUnit } from './document.js';

/** The Document fields components declare: top-level fields, and `unit.*` for the fields of each `SentenceUnit`. */
export type DocumentField =
  | 'story' | 'tokens' | 'tokens.pos' | 'sentences' | 'dateline' | 'times' | 'mask' | 'discards' | 'datelineCountry' | 'units'
  | 'skipped' | 'dyad' | 'events'
  | 'unit.hits' | 'unit.syntax' | 'unit.places' | 'unit.placeCountry' | 'unit.participants' | 'unit.clauses'
  | 'unit.proposals' | 'unit.candidates' | 'unit.emitted' | 'unit.dates' | 'unit.attachedTimes' | 'unit.records'
  | 'event.issues' | 'event.location';

interface ComponentBase {
  /** kebab-case name, as profiles list it ("verb-matcher", "passive-roles"). */
  name: string;
  reads: readonly DocumentField[];
  writes: readonly DocumentField[];
  /** Fields read as an earlier sentence left them (the story's dyad for "the two sides"): written later in the same sentence group. */
  carries?: readonly DocumentField[];
}

/** A component that runs once per story. `Ctx` is what it needs of the run (dictionaries, gazetteer, options, trace). */
export interface StoryComponent<Ctx = never> extends ComponentBase {
  scope: 'story';
  run(doc: Document, ctx: Ctx): void;
}

/** A component that runs once per coded sentence, in sentence order. */
export interface SentenceComponent<Ctx = never> extends ComponentBase {
  scope: 'sentence';
  run(doc: Document, unit: SentenceUnit, ctx: Ctx): void;
}

export type Component<Ctx = never> = StoryComponent<Ctx> | SentenceComponent<Ctx>;
