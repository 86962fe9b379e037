import type { CodedActor, Token } from '../model/types.js';
import type { Participant } from '../model/actors.js';
import type { NounPhrase, SentenceSyntax } from '../model/text.js';
import { splitActorCode } from '../ontology/sectors.js';
import { stackCodes } from './codes.js';
import type { PartialActor } from './partialActor.js';
import { gapWords } from './phrases.js';
import { tokensSpan, tokensText } from './span.js';
import { GENERIC_HEADS } from './words.js';

/** What the words of one conjunct say, before coreference: the makings of its code. */
export interface Reading {
  country: string | null;
  /** Sector codes, primary first; the head phrase's own array while no rule replaced it. */
  sectors: string[];
  /** A dictionary actor's full code ("IGOUNO"), or null. */
  named: string | null;
  /** A proper name not in the dictionary, or null. */
  name: string | null;
  /** How the sectors were found: "dictionary", "of-phrase", "distributed" or "none". */
  rule: string;
}

/** One conjunct of a participant to code: where it stands and what its words say. Token indexes are document-wide. */
export interface MentionContext {
  tokens: Token[];
  /** The conjunct's head noun phrase: its text and span are the mention's. */
  np: NounPhrase;
  /** The partial reading of every noun phrase of the sentence, indexed like `syntax.nps`. */
  partials: PartialActor[];
  /** The conjunct as noun-phrase indexes, head first, then its attached phrases. */
  conjunct: number[];
  /** The partials of `conjunct`, in its order; `head` is the first. */
  parts: PartialActor[];
  head: PartialActor;
  /** All conjuncts of the participant, and this one's index among them. */
  conjuncts: number[][];
  index: number;
  /** The participants of the sentence before this one, in text order. */
  earlier: Participant[];
  /** The head phrase's text and its character span [start, end) in the story. */
  text: string;
  span: [number, number];
  reading: Reading;
}

/** What `mentionOf` needs: a conjunct among the sentence's noun phrases. */
export interface ConjunctInput {
  tokens: Token[];
  syntax: SentenceSyntax;
  partials: PartialActor[];
  conjunct: number[];
  conjuncts: number[][];
  index: number;
  earlier: Participant[];
}

/** The mention that conjunct `input.conjunct` makes, with its reading. */
export function mentionOf(input: ConjunctInput): MentionContext {
  const { tokens, syntax, partials, conjunct } = input;
  const np = syntax.nps[conjunct[0]!]!;
  const parts = conjunct.map((c) => partials[c]!);
  // one object literal of a fixed shape: spreading the input made this the actor stage's hottest line
  const mention: MentionContext = {
    tokens, np, partials, conjunct, parts, head: parts[0]!, conjuncts: input.conjuncts, index: input.index, earlier: input.earlier,
    text: tokensText(tokens, np.start, np.end), span: tokensSpan(tokens, np.start, np.end), reading: NO_READING,
  };
  mention.reading = readConjunct(mention, syntax);
  return mention;
}

/** Placeholder while a mention's own reading is worked out. */
const NO_READING: Reading = { country: null, sectors: [], named: null, name: null, rule: 'none' };

/**
 * The country, sectors and names the conjunct's own phrases give: the head's,
 * else the first attached phrase's; the sectors of an attached phrase for a
 * head without any or a generic one ("deputy chief of the Army"); PETRARCH
 * agents stacked onto the actor of an "of" phrase; for a bare nationality,
 * the sectors of the next conjunct that has some.
 */
function readConjunct(m: Omit<MentionContext, 'reading'>, syntax: SentenceSyntax): Reading {
  const { tokens, np, parts, head, conjunct } = m;
  const country = head.country ?? parts.find((p) => p.country)?.country ?? null;
  let sectors = head.sectors;
  const attached = parts.slice(1).find((p) => p.sectors.length > 0);
  if (attached && (sectors.length === 0 || GENERIC_HEADS.has(tokens[np.head]!.lemma))) sectors = attached.sectors;
  const named = head.named ?? parts.find((p) => p.named)?.named ?? null;
  const name = head.name ?? parts.find((p) => p.name)?.name ?? null;
  let rule = head.refs.length ? 'dictionary' : attached ? 'of-phrase' : 'none';
  // PETRARCH appends the head's agents to the actor of its "of" phrase: "activists of Gonzo GMO" → GONGMO + OPP
  // (not of an "at" phrase or an apposition: "reporters at a meeting of EU ministers" are no EU body)
  const ofNamed = conjunct.length > 1 && gapWords(tokens, np.end, syntax.nps[conjunct[1]!]!.start)[0] === 'of' ? parts[1]!.named : null;
  if (head.written.length && !head.named && !head.country && ofNamed) sectors = splitActorCode(stackCodes(ofNamed, head.written)).sectors;
  if (head.modifierOnly) {
    // "Brazilian and Argentine officials": a bare nationality borrows the sectors of a later conjunct
    const later = m.conjuncts.slice(m.index + 1).map((c) => m.partials[c[0]!]!).find((p) => p.sectors.length > 0);
    if (later) [sectors, rule] = [later.sectors, 'distributed'];
  }
  return { country, sectors, named, name, rule };
}

/** `antecedent` as the mention `m` refers to it: its code, with the mention's text and span, `rule`, and what it corefers with. */
export function corefer(antecedent: CodedActor, m: Pick<MentionContext, 'text' | 'span'>, rule: string): CodedActor {
  return { ...antecedent, text: m.text, span: m.span, rule, corefers: { text: antecedent.text, span: antecedent.span } };
}
