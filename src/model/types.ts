/**
 * The record types passed between dyad's stages. Plain, JSON-serialisable data:
 * a stage reads a `Document` and returns it with more fields filled.
 * Offsets are character offsets (UTF-16 code units) into `Story.text`.
 */

/** A news story as read from input. `date` is the publication date, YYYY-MM-DD. */
export interface Story {
  id: string;
  date: string;
  text: string;
  source?: string;
  url?: string;
  title?: string;
}

/** Universal POS tags as produced by wink-nlp. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token. `start`/`end` are offsets into the story text. */
export interface Token {
  /** Index of the token in the document. */
  i: number;
  /** The token as written in the story. */
  text: string;
  /** Lower-cased, curly quotes and dashes made plain. */
  norm: string;
  /** Lemma (base form), lower-cased. */
  lemma: string;
  /** The tagger's own lemma when a repair changed `lemma` ("criticize" beside "criticise"). */
  altLemma?: string;
  /** The American spelling of a British-spelled word ("defence" → "defense"), tried beside `norm` in actor, agent, discard and issue phrases (verb patterns go by the lemma). */
  spelling?: string;
  pos: Pos;
  start: number;
  end: number;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** Why a sentence is not coded. */
export type SkipReason = 'byline' | 'licence' | 'discard' | 'too-long' | 'empty';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Set when the sentence yields no events, with the reason. */
  skip?: { reason: SkipReason; detail: string };
}

/** A dateline at the head of a story ("TEHRAN –", "WASHINGTON (AP) —"). */
export interface Dateline {
  place: string;
  agency?: string;
  span: [number, number];
  /** Token index range [start, end) covered by the dateline, dash included. */
  tokens: [number, number];
}

/** A dictionary entry that decided something: file name and 1-based line. */
export interface EntryRef {
  dictionary: string;
  line: number;
  text: string;
}

/** An actor code resolved for a mention. */
export interface CodedActor {
  code: string;
  /** ISO-3166 alpha-3 country, or the IGO/NGO prefix, that the code starts with; null when unknown. */
  country: string | null;
  sectors: string[];
  /** Secondary sectors ("Deputy Defense Minister" → GOV with MIL secondary). */
  secondary?: string[];
  text: string;
  span: [number, number];
  /** A proper name when the actor is a named person or organisation. */
  name?: string;
  /** How the code was decided: dictionary entry, title rule, coreference … */
  rule: string;
  entry?: EntryRef;
  /** For coreferent mentions: the text and span of the mention it resolved to. */
  corefers?: { text: string; span: [number, number] };
}

export interface Location {
  name: string;
  country: string;
  admin1?: string;
  lat: number;
  lon: number;
  geonameid?: number;
  precision: 'city' | 'admin1' | 'country';
}

export interface CameoCode {
  code: string;
  root: string;
  name: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
}

export interface PloverCode {
  event: string;
  mode: string;
  context: string[];
}

/** The event record: the contract of DESIGN.md. Extend, never rename. */
export interface EventRecord {
  id: string;
  story_id: string;
  sentence_index: number;
  story_date: string;
  date: string;
  date_precision: 'day' | 'month' | 'year' | 'story';
  source: ActorRecord;
  target: ActorRecord | null;
  cameo: CameoCode;
  plover: PloverCode | null;
  location: Location | null;
  attribution: { text: string; span: [number, number] } | null;
  negated: boolean;
  /** For stated intents: when the act is planned ("agreed to meet next month"); an extension of the contract. */
  planned_date?: string;
  /** PETRARCH issues (topic codes) of the sentence, with phrase counts, when an issues dictionary was given; an extension of the contract. */
  issues?: { code: string; count: number }[];
  evidence: {
    sentence: string;
    /** Offsets of the sentence in the story text (an extension of the contract). */
    sentence_span: [number, number];
    verb: { text: string; span: [number, number] };
    pattern: EntryRef;
    /** Extra facts: modality, voice, reported speech, coreference … */
    notes?: string[];
  };
}

/** The actor part of an event record. */
export interface ActorRecord {
  code: string;
  country: string | null;
  sectors: string[];
  text: string;
  span: [number, number];
  name?: string;
  /** How the code was decided (dictionary entry, title, coreference). */
  rule?: string;
}
