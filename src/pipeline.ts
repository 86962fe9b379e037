/**
 * The one place where dyad's stages are wired: a story becomes a Document,
 * the components of a profile (`profiles.ts`) run over it in order, and its
 * events come out. Everything a component needs is in the `CodingContext`
 * built here; no component reaches for anything else.
 */
import type { CodingContext } from './context.js';
import type { Dictionaries } from './dictionaries/dictionaries.js';
import { gazetteer as defaultGazetteer, type Gazetteer } from './geo/gazetteer.js';
import { newDocument, type Document, type SkippedSentence } from './model/document.js';
import { silent, type Trace } from './model/trace.js';
import type { EventRecord, Story } from './model/types.js';
import { profile as profileComponents, type ProfileId } from './profiles.js';
import { runComponents } from './runner.js';
import { DEFAULT_COMMA_LIMITS } from './text/petrarch/commaClauses.js';
import type { CommaLimits } from './context.js';

/** Options for coding. */
export interface CodeOptions {
  /** Emit negated events ("did not meet") with `negated: true`. Default false. */
  includeNegated?: boolean;
  /** Receives the lazy trace that `dyad explain` prints; the Document is then returned too. */
  trace?: Trace;
  /** The ordered component list the run uses (`profiles.ts`): `dyad` (default), `petrarch`, or `petrarch-records` (PETRARCH's one-sentence validation records). */
  profile?: ProfileId;
  /** PETRARCH's `new_actor_length` for the petrarch profile (phrases naming no actor become actors; 0 = off, the default). */
  newActorLength?: number;
  /** PETRARCH's comma-clause limits for the petrarch-records profile (default PETRARCH's own). */
  commaLimits?: CommaLimits;
  /** The gazetteer (default: the one built from dictionaries/geo, loaded once). */
  gazetteer?: Gazetteer;
}

/** The result of coding one story. */
export interface CodedStory {
  story_id: string;
  events: EventRecord[];
  /** Sentences not coded, with the reason (byline, licence, discard, too-long). */
  skipped: SkippedSentence[];
  sentences: number;
  /** Everything the components found, for `dyad explain` and `dyad actors` (only when a trace was given). */
  document?: Document;
}

/**
 * Codes one story: text → actors → patterns → events, each with evidence.
 * `story.date` must be a valid YYYY-MM-DD date (checked by the readers).
 * Returns events in sentence order, ids stable across runs: same story and
 * dictionaries give the same output, whatever the clock says.
 */
export function codeStory(story: Story, dict: Dictionaries, options: CodeOptions = {}): CodedStory {
  const ctx: CodingContext = {
    dict,
    gazetteer: options.gazetteer ?? defaultGazetteer(),
    trace: options.trace ?? silent,
    includeNegated: !!options.includeNegated,
    newActorLength: options.newActorLength ?? 0,
    commaLimits: options.commaLimits ?? DEFAULT_COMMA_LIMITS,
  };
  const doc = runComponents(profileComponents(options.profile ?? 'dyad'), newDocument(story), ctx);
  const result: CodedStory = { story_id: story.id, events: doc.events, skipped: doc.skipped, sentences: doc.sentences.length };
  if (options.trace) result.document = doc;
  return result;
}
