import type { Dictionaries } from './dictionaries/dictionaries.js';
import type { Gazetteer } from './geo/gazetteer.js';
import type { Trace } from './model/trace.js';

/** PETRARCH's comma-clause lengths in words (PETR_config.ini); a maximum of 0 turns that kind off. */
export interface CommaLimits {
  /** Internal clauses, between two commas. */
  min: number;
  max: number;
  /** The initial clause, before the first comma. */
  bmin: number;
  bmax: number;
  /** The terminal clause, after the last comma. */
  emin: number;
  emax: number;
}

/**
 * What the components of one run share, passed to every `run`: the compiled
 * dictionaries, the gazetteer, the trace and the run's options. Nothing in
 * it changes while a story is coded.
 */
export interface CodingContext {
  dict: Dictionaries;
  gazetteer: Gazetteer;
  /** The lazy trace that `dyad explain` prints (`silent` when no one listens). */
  trace: Trace;
  /** Emit negated events ("did not meet") with `negated: true`. */
  includeNegated: boolean;
  /** PETRARCH's `new_actor_length`: phrases of at most this many words naming no actor become actors (0 = never). Read only by the PETRARCH profile. */
  newActorLength: number;
  /** PETRARCH's comma-clause limits. Read only by the PETRARCH profile. */
  commaLimits: CommaLimits;
}
