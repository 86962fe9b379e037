import type { ActorHit, Participant } from '../model/actors.js';
import type { SentenceSyntax } from '../model/text.js';
import type { CodedActor, Token } from '../model/types.js';
import { linkBetween } from './between.js';
import { codeConjunct } from './conjunct.js';
import { groupConjuncts, type ConjunctGroup } from './conjuncts.js';
import { PARTICIPANT_COREFERENCE } from './coreference/index.js';
import type { PhraseGrouping } from './grouping.js';
import { partialActor } from './partial.js';
import type { PartialActor } from './partialActor.js';
import type { SentencePhrases } from './phrases.js';
import type { StoryActors } from './registry.js';
import { innerActors, ownerActors, possessorActors } from './relatedActors.js';
import { shareModifiers } from './shareModifiers.js';
import { tokensText } from './span.js';


/** One sentence to find participants in. Token indexes are document-wide. */
export interface ParticipantInput {
  tokens: Token[];
  syntax: SentenceSyntax;
  /** The sentence's dictionary hits, in text order (`findActorHits`). */
  hits: ActorHit[];
  /** Lemmas of abstract head nouns ("cooperation", "decision"): a phrase with one names no actor. */
  abstractNouns: ReadonlySet<string>;
}

const NO_HITS: ActorHit[] = [];

/**
 * Groups a sentence's noun phrases into participants, in text order, and
 * codes each conjunct, resolving names, pronouns, definite descriptions,
 * "the two sides" and "counterpart" from `story` (which learns the
 * abbreviations defined in the sentence). `grouping` says how phrases group
 * where coders differ (`DYAD_GROUPING`, `PETRARCH_GROUPING`). Countries from
 * context are not filled here: dyad's profile runs `fillCountries` next.
 */
export function findParticipants(input: ParticipantInput, story: StoryActors, grouping: PhraseGrouping): Participant[] {
  const { tokens, syntax, abstractNouns } = input;
  const npHits = hitsByPhrase(syntax, input.hits);
  const partials = syntax.nps.map((np, n) => partialActor(tokens, np, npHits[n]!, abstractNouns));
  const phrases: SentencePhrases = { tokens, syntax, npHits, partials, abstractNouns };
  const out: Participant[] = [];
  let i = 0;
  while (i < syntax.nps.length) {
    const group = groupConjuncts(phrases, i, grouping);
    const sharing = shareModifiers(phrases, group.conjuncts, grouping);
    const actors = codeConjuncts(phrases, group, sharing, story, out);
    out.push(participant(phrases, i, group, actors, { hits: input.hits, story }));
    i = group.last + 1;
  }
  for (const resolve of PARTICIPANT_COREFERENCE) resolve(tokens, out, story);
  linkBetween(tokens, out);
  return out;
}

/** The hits inside each noun phrase (both lists are in text order: each phrase gets only its own). */
function hitsByPhrase(syntax: SentenceSyntax, hits: ActorHit[]): ActorHit[][] {
  let h = 0;
  return syntax.nps.map((np) => {
    while (h < hits.length && hits[h]!.start < np.start) h++;
    let e = h;
    while (e < hits.length && hits[e]!.end <= np.end) e++;
    return h === e ? NO_HITS : hits.slice(h, e);
  });
}

/**
 * The actors of a group's conjuncts, in order (one per member reading of a
 * compound code); their rules note a place taken from an "in" list and
 * modifiers shared from a phrase before (`sharing`).
 */
function codeConjuncts(
  phrases: SentencePhrases, group: ConjunctGroup, sharing: Map<number, string>, story: StoryActors, earlier: Participant[],
): CodedActor[] {
  const { tokens, syntax } = phrases;
  const { conjuncts, places } = group;
  return conjuncts.flatMap((c, n) => memberReadings(phrases.partials, c).map((partials) => {
    const a = codeConjunct({ tokens, syntax, partials, conjunct: c, conjuncts, index: n, earlier }, story);
    const place = places.get(c);
    if (a && place !== undefined) a.rule = `${a.rule}; country from "in ${tokensText(tokens, syntax.nps[place]!.start, syntax.nps[place]!.end)}"`;
    const from = sharing.get(c[0]!);
    if (a && from) a.rule = `${a.rule}; modifiers shared from "${from}"`;
    return a;
  })).filter((a): a is CodedActor => a !== null);
}

/** The participant of noun phrases [i, group.last] with its coded `actors`. */
function participant(
  phrases: SentencePhrases, i: number, group: ConjunctGroup, actors: CodedActor[], { hits, story }: { hits: ActorHit[]; story: StoryActors },
): Participant {
  const { tokens, syntax, partials } = phrases;
  const { conjuncts } = group;
  const first = syntax.nps[i]!;
  const prev = tokens[first.start - 1];
  const possessor = first.possessor ? possessorActors(tokens, first.possessor, hits, story) : [];
  return {
    start: first.start, end: syntax.nps[group.last]!.end, nps: range(i, group.last + 1), actors,
    placeLike: conjuncts.every((c) => c.length === 1 && partials[c[0]!]!.placeLike),
    headLemma: tokens[first.head]!.lemma,
    preposition: prev && prev.pos === 'ADP' ? prev.norm : prev?.norm === 'to' ? 'to' : null,
    between: null, possessor, bothSides: partials[i]!.bothSides,
    innerCountries: conjuncts.flat().map((c) => partials[c]!.country ?? partials[c]!.owner?.country).filter((c): c is string => !!c),
    owner: ownerActors(tokens, partials[i]!, first),
    inner: actors.length ? [] : innerActors(phrases, conjuncts),
    ...(tokens[first.start]!.norm === 'neither' ? { neither: true } : {}),
  };
}

/**
 * The partials to resolve a conjunct with: as they are, or, when one of its
 * phrases names a compound actor (`members`), once per member, that phrase
 * read as the member alone: "the Shire" of `[A/B]` codes like "A and B".
 */
function memberReadings(partials: PartialActor[], conj: number[]): PartialActor[][] {
  const k = conj.find((c) => partials[c]!.members);
  if (k === undefined) return [partials];
  return partials[k]!.members!.map((m) => {
    const copy = partials.slice();
    copy[k] = m;
    return copy;
  });
}

/** The integers [a, b). */
function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, n) => a + n);
}
