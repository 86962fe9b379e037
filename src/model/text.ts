/** Text types passed between stages: the text layer and the shallow parse of a sentence. */
import type { Dateline, Sentence, Token } from './types.js';

/** The text layer of a document: tokens, sentences and the dateline. */
export interface TextLayer {
  tokens: Token[];
  sentences: Sentence[];
  dateline: Dateline | null;
}

/**
 * A shallow parse of one sentence: noun-phrase chunks and verb groups over
 * token ranges. Token indexes are document-wide; ranges are [start, end).
 */
export interface SentenceSyntax {
  start: number;
  end: number;
  nps: NounPhrase[];
  verbs: VerbGroup[];
  /** For each token of the sentence (index - start): its noun phrase index or -1. */
  npOf: Int32Array;
  /** For each token of the sentence (index - start): its verb group index or -1. */
  vgOf: Int32Array;
}

export interface NounPhrase {
  start: number;
  end: number;
  /** The head (last noun or name) token. */
  head: number;
  /** Token of a possessor ending in 's inside the phrase ("Iran's navy"): possessor range [start, end). */
  possessor?: [number, number];
}

export interface VerbGroup {
  start: number;
  end: number;
  /** The main verb (last VERB, or the last AUX for a copula). */
  head: number;
  negated: boolean;
  /** Future ("will"), conditional ("would"), hypothetical ("could", "may") or none. */
  modality: 'future' | 'conditional' | 'hypothetical' | null;
  passive: boolean;
  past: boolean;
  /** "to" + verb. */
  infinitive: boolean;
  /** A bare -ing or -ed participle with no auxiliary ("saying", "led by"). */
  participle: 'ing' | 'ed' | null;
}
