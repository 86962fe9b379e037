import type { CodedActor, Token } from '../model/types.js';
import { splitActorCode } from '../ontology/sectors.js';
import { POSSESSIVE_PRONOUNS, SPEECH_VERBS } from '../text/wordLists.js';
import { headModifiers, joinCode, partialActor, stackCodes, type PartialActor } from './partial.js';
import type { StoryActors } from './registry.js';
import type { SentenceSyntax } from '../model/text.js';
import type { ActorHit, Participant } from '../model/actors.js';

/** Head nouns that take their sector from an "of" phrase ("deputy chief of the Russian Army" → MIL). */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'chief', 'head', 'deputy', 'leader', 'member', 'delegation', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'representative', 'team', 'envoy', 'commander', 'director', 'chairman', 'chair', 'secretary', 'minister', 'officer',
  'member', 'unit', 'branch', 'force', 'forces', 'wing', 'faction', 'group', 'side', 'staff',
]);
const NO_HITS: ActorHit[] = [];
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'some', 'many', 'most', 'all', 'several', 'few', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'score',
  'scores', 'million', 'millions', 'number', 'group', 'part', 'rest', 'remnant', 'member',
]);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);
/** Sectors whose members often serve abroad: an "in" phrase says where they are, not whose they are. */
const SERVE_ABROAD_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REF', 'IGO', 'NGO', 'UNO']);
/** Head words for those posted abroad: "diplomats in Tehran" are foreign diplomats. */
const POSTED_ABROAD: ReadonlySet<string> = new Set([
  'diplomat', 'ambassador', 'envoy', 'emissary', 'embassy', 'consulate', 'consul', 'legation', 'attache', 'attaché', 'delegation',
  'delegate', 'mission', 'correspondent', 'peacekeeper', 'observer', 'monitor', 'adviser', 'advisor', 'contractor',
]);
const ATTACHING: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/**
 * Groups a sentence's noun phrases into participants and codes each conjunct,
 * resolving names, pronouns, "the two sides" and "counterpart" from `story`,
 * and missing countries from the sentence and story context. `petrarch`
 * (PETRARCH mode, `dyad validate`): no countries from context (PETRARCH
 * leaves "---GOV" without one), and phrases are grouped as PETRARCH's parser
 * brackets them where that differs.
 */
export function findParticipants(
  tokens: Token[], syntax: SentenceSyntax, hits: ActorHit[], story: StoryActors, abstractNouns: ReadonlySet<string> = new Set(),
  sentencePlaceCountry: string | null = null, petrarch = false,
): Participant[] {
  // hits and noun phrases are both in text order: hand each phrase only its own hits
  let h = 0;
  const npHits = syntax.nps.map((np) => {
    while (h < hits.length && hits[h]!.start < np.start) h++;
    let e = h;
    while (e < hits.length && hits[e]!.end <= np.end) e++;
    return h === e ? NO_HITS : hits.slice(h, e);
  });
  const partials = syntax.nps.map((np, n) => partialActor(tokens, np, npHits[n]!, abstractNouns));
  const out: Participant[] = [];
  let i = 0;
  while (i < syntax.nps.length) {
    const { conjuncts, last: j, places } = groupConjuncts(tokens, syntax, partials, i, petrarch);
    const sharing = shareModifiers(tokens, syntax, npHits, partials, conjuncts, abstractNouns, petrarch);
    const first = syntax.nps[i]!;
    const last = syntax.nps[j]!;
    const prev = tokens[first.start - 1];
    const actors = conjuncts.flatMap((c, n) => memberReadings(partials, c).map((ps) => {
      const a = resolveConjunct(tokens, syntax, ps, c, conjuncts, n, story, out);
      const place = places.get(c);
      if (a && place !== undefined) a.rule = `${a.rule}; country from "in ${tokensText(tokens, syntax.nps[place]!.start, syntax.nps[place]!.end)}"`;
      const from = sharing.get(c[0]!);
      if (a && from) a.rule = `${a.rule}; modifiers shared from "${from}"`;
      return a;
    })).filter((a): a is CodedActor => a !== null);
    const possessor = first.possessor ? possessorActors(tokens, first.possessor, hits, story) : [];
    out.push({
      start: first.start, end: last.end, nps: range(i, j + 1), actors,
      placeLike: conjuncts.every((c) => c.length === 1 && partials[c[0]!]!.placeLike),
      headLemma: tokens[first.head]!.lemma,
      preposition: prev && prev.pos === 'ADP' ? prev.norm : prev?.norm === 'to' ? 'to' : null,
      between: null, possessor, bothSides: partials[i]!.bothSides,
      innerCountries: conjuncts.flat().map((c) => partials[c]!.country ?? partials[c]!.owner?.country).filter((c): c is string => !!c),
      owner: ownerActors(tokens, partials[i]!, first),
      inner: actors.length ? [] : innerActors(tokens, syntax, partials, conjuncts),
      ...(tokens[first.start]!.norm === 'neither' ? { neither: true } : {}),
    });
    i = j + 1;
  }
  learnAbbreviations(tokens, out, story);
  linkBetween(tokens, out);
  resolvePossessivePronouns(tokens, out);
  if (!petrarch) fillCountries(out, story, sentencePlaceCountry);
  return out;
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

/**
 * The conjuncts of the participant that starts at noun phrase `i`: each a
 * list of noun-phrase indexes, its head first, then the phrases attached to
 * it ("of", "from", "at", an apposition). A run of sector-only conjuncts
 * followed by "in" and a list of places ("lawmakers and officials in Fornost
 * and Gondor") is repeated once per place, the place attached, and `places`
 * maps each such conjunct to its place (in dyad's own coding not after
 * "between", where the place is a venue). `last` is the last phrase taken.
 */
function groupConjuncts(
  tokens: Token[], syntax: SentenceSyntax, partials: PartialActor[], i: number, petrarch: boolean,
): { conjuncts: number[][]; last: number; places: Map<number[], number> } {
  const conjuncts: number[][] = [[i]];
  const located = new Map<number[], number[]>();
  // "talks between the regime and opposition in Vienna": the place is where the parties meet, not whose they are
  const venue = !petrarch && tokens[syntax.nps[i]!.start - 1]?.norm === 'between';
  let unplaced = 0; // the first conjunct that an "in" phrase may still place
  let j = i;
  let apposed = false;
  for (;;) {
    const k = j + 1;
    const next = syntax.nps[k];
    if (!next) break;
    const gap = gapWords(tokens, syntax.nps[j]!.end, next.start);
    const conj = conjuncts[conjuncts.length - 1]!;
    if (gap.length === 1 && ATTACHING.has(gap[0]!) && attaches(partials[conj[0]!]!, gap[0]!, tokens[syntax.nps[conj[0]!]!.head]!, tokens[syntax.nps[conj[0]!]!.start]!)) {
      conj.push(k);
    } else if (gap.length === 1 && gap[0] === 'in') {
      const run = conjuncts.slice(unplaced);
      const list = !venue && run.length && run.every((c) => takesPlace(tokens, syntax, partials, c, petrarch)) ? placeList(tokens, syntax, partials, k) : [];
      if (!list.length) break;
      for (const c of run) located.set(c, list);
      unplaced = conjuncts.length;
      j = list[list.length - 1]!;
      continue;
    } else if (coordinates(gap)) {
      conjuncts.push([k]);
    } else if (gap.length === 1 && gap[0] === ',' && !apposed && isApposition(tokens, syntax, partials, conj, k)) {
      conj.push(k);
      apposed = true;
    } else if (gap.length === 1 && gap[0] === ',' && isListItem(tokens, syntax, k)) {
      conjuncts.push([k]);
    } else break;
    j = k;
  }
  if (located.size === 0) return { conjuncts, last: j, places: new Map() };
  const places = new Map<number[], number>();
  const expanded = conjuncts.flatMap((c) => (located.get(c) ?? [null]).map((p) => {
    if (p === null) return c;
    const placed = [...c, p];
    places.set(placed, p);
    return placed;
  }));
  return { conjuncts: expanded, last: j, places };
}

/**
 * Whether a conjunct takes the country of an "in" phrase after it: a sector
 * word with no country, name or possessive of its own ("lawmakers",
 * "members of parliament"). In dyad's own coding not for those who often
 * serve abroad: "soldiers in Syria" and "diplomats in Tehran" may be anyone's.
 */
function takesPlace(tokens: Token[], syntax: SentenceSyntax, partials: PartialActor[], c: number[], petrarch: boolean): boolean {
  const head = partials[c[0]!]!;
  const np = syntax.nps[c[0]!]!;
  if (!head.headIsActor || head.sectors.length === 0 || head.pronoun) return false;
  if (c.some((k) => partials[k]!.country || partials[k]!.named || partials[k]!.name)) return false;
  if (tokens.slice(np.start, np.end).some((t) => POSSESSIVE_PRONOUNS.has(t.norm))) return false;
  return petrarch || (!SERVE_ABROAD_SECTORS.has(head.sectors[0]!) && !POSTED_ABROAD.has(tokens[np.head]!.lemma));
}

/** The noun phrases from `k` that are places joined by "and", "or" or commas ("Fornost and Gondor"); empty when `k` is none. */
function placeList(tokens: Token[], syntax: SentenceSyntax, partials: PartialActor[], k: number): number[] {
  const list: number[] = [];
  for (let n = k; partials[n]?.placeLike; n++) {
    list.push(n);
    const next = syntax.nps[n + 1];
    if (!next) break;
    const gap = gapWords(tokens, syntax.nps[n]!.end, next.start);
    const joined = coordinates(gap) || (gap.length === 1 && gap[0] === ',');
    if (!joined || !partials[n + 1]!.placeLike) break;
  }
  return list;
}

function attaches(head: PartialActor, prep: string, headToken: Token, first?: Token): boolean {
  if (prep === 'of') return true;
  // "an editor at the official Armenian news agency": a title at an institution takes its country
  if (prep === 'at') return head.headIsActor && !head.country && !head.named;
  // "soldiers from Gondor": a sector word without a country takes the country it comes from
  // (not "its troops from Libya": a possessive says whose they are, "from" where they leave)
  if (prep === 'from' && head.headIsActor && head.sectors.length > 0 && !head.country && !head.named && !head.name && first?.pos !== 'PRON') return true;
  // "a delegation from the Defense Ministry"; not "withdraw its troops from Libya"
  return GENERIC_HEADS.has(headToken.lemma) && !head.country;
}

/**
 * "Danish Islamist media and government": a bare sector noun coordinated
 * after a phrase whose head is an actor word shares that phrase's modifiers
 * (the government is Danish and Islamist too). A phrase with its own words
 * ("the government", "Norvanian officials") or an attached phrase shares
 * nothing. In PETRARCH mode a phrase opened by a determiner shares nothing
 * either: PETRARCH's parser brackets "the Danish media and government" as
 * [the Danish media] and [government]. Returns the noun phrases that
 * borrowed, with the words they borrowed.
 */
function shareModifiers(
  tokens: Token[], syntax: SentenceSyntax, npHits: ActorHit[][], partials: PartialActor[], conjuncts: number[][], abstractNouns: ReadonlySet<string>,
  petrarch: boolean,
): Map<number, string> {
  const out = new Map<number, string>();
  let shared: ActorHit[] = [];
  for (const [n, c] of conjuncts.entries()) {
    const k = c[0]!;
    const np = syntax.nps[k]!;
    const own = npHits[k]!;
    const bare = c.length === 1 && own.length === 1 && own[0]!.entry.kind === 'agent' && own[0]!.start === np.start && own[0]!.end === np.end;
    if (n > 0 && bare && shared.length) {
      partials[k] = partialActor(tokens, np, own, abstractNouns, shared);
      out.set(k, tokensText(tokens, shared[0]!.start, shared[shared.length - 1]!.end));
    } else if (!bare) {
      const bracketed = petrarch && tokens[np.start]!.pos === 'DET';
      shared = c.length === 1 && partials[k]!.headIsActor && !partials[k]!.name && !bracketed ? headModifiers(np, own) : [];
    }
  }
  return out;
}

/** ", NP," where one side is a name and the other a title or actor: "Osipov, the deputy chief, …". */
function isApposition(tokens: Token[], syntax: SentenceSyntax, partials: PartialActor[], conj: number[], k: number): boolean {
  const before = conj.map((c) => partials[c]!);
  const b = partials[k]!;
  const np = syntax.nps[k]!;
  const after = tokens[np.end];
  // ", Tasnim reported." is a new clause, not an apposition: a verb right after does not close one
  const closes = !after || [',', '.', ';', ')', 'which', 'who'].includes(after.norm) || after.pos === 'ADP';
  if (!closes || isListItem(tokens, syntax, k)) return false;
  if (before[0]!.placeLike || b.placeLike) return false;
  const titled = (p: PartialActor): boolean => !!p.named || (p.headIsActor && (p.sectors.length > 0 || !!p.country));
  const aName = before.some((p) => p.name);
  return (aName && titled(b)) || (!!b.name && (titled(before[0]!) || before.slice(1).some(titled)));
}

/** "X, Y and Z": NP k is followed, before any verb, by another ", NP" or "and NP". */
function isListItem(tokens: Token[], syntax: SentenceSyntax, k: number, depth = 0): boolean {
  const np = syntax.nps[k]!;
  const next = syntax.nps[k + 1];
  if (!next) return false;
  const gap = gapWords(tokens, np.end, next.start);
  // "Mordor, Rohan, Fornost and Bree": a comma leads on to the rest of the list
  if (gap.length === 1 && gap[0] === ',' && depth < 8) return isListItem(tokens, syntax, k + 1, depth + 1);
  return coordinates(gap);
}

/** The words between two noun phrases join them as conjuncts: "and", "or", "nor", ", and". */
function coordinates(gap: string[]): boolean {
  return (gap.length === 1 && COORDINATORS.has(gap[0]!)) || (gap.length === 2 && gap[0] === ',' && COORDINATORS.has(gap[1]!));
}

const NO_WORDS: string[] = [];

/** The words between two noun phrases (at most three: longer gaps join nothing). */
function gapWords(tokens: Token[], from: number, to: number): string[] {
  if (to - from > 3) return NO_WORDS;
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(tokens[k]!.norm);
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, n) => a + n);
}

function resolveConjunct(
  tokens: Token[], syntax: SentenceSyntax, partials: PartialActor[], conj: number[], all: number[][], index: number,
  story: StoryActors, earlier: Participant[] = [],
): CodedActor | null {
  const parts = conj.map((c) => partials[c]!);
  const head = parts[0]!;
  const np = syntax.nps[conj[0]!]!;
  const span: [number, number] = [tokens[np.start]!.start, tokens[np.end - 1]!.end];
  const text = tokensText(tokens, np.start, np.end);
  if (head.pronoun) {
    // "De Mistura said he …": a person named earlier in the sentence comes first, coded or not
    if (/^(he|she|him|her)$/.test(head.pronoun)) {
      const person = [...earlier].reverse().find((p) => p.nps.some((k) => partials[k]!.name));
      if (person) {
        const a = person.actors[0];
        return a ? { ...a, text, span, rule: `coreference: ${head.pronoun} → ${a.text}`, corefers: { text: a.text, span: a.span } } : null;
      }
    }
    // "The Ethiopian government said it will …": "it", "they", "we" right after "X said (that)" is X
    if (/^(it|they|we)$/.test(head.pronoun)) {
      let k = np.start - 1;
      if (tokens[k]?.norm === 'that') k--;
      const verb = tokens[k];
      let j = k - 1;
      while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
      const speaker = verb && verb.pos === 'VERB' && SPEECH_VERBS.has(verb.lemma) ? earlier.find((p) => p.end === j + 1) : undefined;
      const a = speaker?.actors[0];
      if (a && !speaker!.nps.some((n) => partials[n]!.name) && (head.pronoun !== 'it' || speaker!.actors.length === 1)) {
        return { ...a, text, span, rule: `coreference: ${head.pronoun} → ${a.text}`, corefers: { text: a.text, span: a.span } };
      }
    }
    return pronounActor(head.pronoun, text, span, story);
  }
  if (head.bothSides) return null; // expanded by the coder into the current dyad
  let country = head.country ?? parts.find((p) => p.country)?.country ?? null;
  let sectors = head.sectors;
  const attached = parts.slice(1).find((p) => p.sectors.length > 0);
  if (attached && (sectors.length === 0 || GENERIC_HEADS.has(tokens[np.head]!.lemma))) sectors = attached.sectors;
  const named = head.named ?? parts.find((p) => p.named)?.named ?? null;
  const name = head.name ?? parts.find((p) => p.name)?.name ?? null;
  let rule = head.refs.length ? 'dictionary' : attached ? 'of-phrase' : 'none';
  // PETRARCH appends the head's agents to the actor of its "of" phrase: "activists of Gonzo GMO" → GONGMO + OPP
  // (not of an "at" phrase or an apposition: "reporters at a meeting of EU ministers" are no EU body)
  const ofNamed = conj.length > 1 && gapWords(tokens, np.end, syntax.nps[conj[1]!]!.start)[0] === 'of' ? parts[1]!.named : null;
  if (head.written.length && !head.named && !head.country && ofNamed) sectors = splitActorCode(stackCodes(ofNamed, head.written)).sectors;
  if (sectors.length === 0 && !country && head.modifierOnly === false) {
    // "Brazilian and Argentine officials": a bare nationality borrows the sectors of the next conjunct
  }
  if (head.modifierOnly) {
    const later = all.slice(index + 1).map((c) => partials[c[0]!]!).find((p) => p.sectors.length > 0);
    if (later) [sectors, rule] = [later.sectors, 'distributed'];
  }
  if (!country && !sectors.length && index > 0 && head.placeLike === false && name) {
    // a name with no title: look it up below
  }
  if (name) {
    // a person already introduced keeps the story's first code: "Deputy Defense Minister Taqizadeh"
    // stays IRNGOV when later called "Brigadier General Taqizadeh"
    const known = story.byName(name);
    const compatible = known && (!country || !known.country || known.country === country);
    if (known && compatible) return { ...known, text, span, name, rule: `coreference: ${name}`, corefers: { text: known.text, span: known.span } };
    if (!country && sectors.length === 0 && !named) return null;
  }
  const definite = tokens[np.start]!.norm === 'the' && head.headIsActor && !name && !named && sectors.length > 0 && parts.length === 1;
  if (definite) {
    // "the ministry", "the Russian general": the latest such actor of the story
    const ante = story.lastWith(sectors[0]!, country);
    // not one that says less: "the Norvanian chancellor" (GOVHOG) is no mere "Norvanian officials" (GOV)
    if (ante && sectors.every((x) => ante.sectors.includes(x))) return { ...ante, text, span, rule: `coreference: ${text} → ${ante.text}`, corefers: { text: ante.text, span: ante.span } };
  }
  if (head.counterpart) {
    // "his Iranian counterpart": the role of the person just named, in this sentence or before
    const inSentence = [...earlier].reverse().flatMap((p) => p.actors).find((a) => a.sectors.length > 0);
    const prev = index > 0 ? null : inSentence ?? story.lastPerson();
    const antecedent = index > 0 ? resolvedSibling(all[index - 1]!, partials) : prev ? { sectors: prev.sectors } : null;
    if (antecedent && antecedent.sectors.length) [sectors, rule] = [antecedent.sectors, 'counterpart'];
  }
  if (head.placeLike && parts.length === 1 && index > 0) {
    // "the naval forces of Iran and Russia": Russia takes the sectors of the first conjunct's head
    const firstHead = partials[all[0]![0]!]!;
    if (all[0]!.length > 1 && firstHead.sectors.length) [sectors, rule] = [firstHead.sectors, 'distributed'];
  }
  if (!country && sectors.length === 0 && !named) return null;
  // "a session of the Russian delegation", "the defeat of the terrorists" name no actor;
  // "the government of Iran", "deputy chief of the Army", "one of its patrols" do
  const headToken = tokens[np.head]!;
  const carrier = head.headIsActor || GENERIC_HEADS.has(headToken.lemma) || headToken.pos === 'NUM' || headToken.pos === 'PRON' || QUANTIFIERS.has(headToken.lemma);
  if (!carrier && !head.country && !head.named && !head.name && !head.modifierOnly && parts.length > 1) return null;
  // "military and defense cooperation": a lone sector adjective before "and" describes, it names no one
  if (np.end - np.start === 1 && headToken.pos === 'ADJ' && !country && /^(and|or)$/.test(tokens[np.end]?.norm ?? '')) return null;
  const secondary = head.secondary.filter((s) => !sectors.includes(s));
  const code = named && !head.sectors.length && sectors === head.sectors ? named : joinCode(country ?? (named ? named.slice(0, 3) : null), sectors);
  country = country ?? (named ? named.slice(0, 3) : null);
  const actor: CodedActor = { code, country, sectors: [...sectors], text, span, rule };
  if (secondary.length) actor.secondary = secondary;
  if (name) actor.name = name;
  if (head.refs[0]) actor.entry = head.refs[head.refs.length - 1];
  return actor;
}

function resolvedSibling(conj: number[], partials: PartialActor[]): { sectors: string[] } | null {
  const withSectors = conj.map((c) => partials[c]!).find((p) => p.sectors.length);
  return withSectors ? { sectors: withSectors.sectors } : null;
}

function pronounActor(pronoun: string, text: string, span: [number, number], story: StoryActors): CodedActor | null {
  let antecedent: CodedActor | null = null;
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'him' || pronoun === 'her') antecedent = story.lastPerson();
  else if (pronoun === 'they' || pronoun === 'them') {
    const group = story.lastGroup();
    if (group && group.length === 1) antecedent = group[0]!;
  }
  if (!antecedent) return null;
  return { ...antecedent, text, span, rule: `coreference: ${pronoun} → ${antecedent.text}`, corefers: { text: antecedent.text, span: antecedent.span } };
}

function possessorActors(tokens: Token[], [start, end]: [number, number], hits: ActorHit[], story: StoryActors): CodedActor[] {
  const np = { start, end, head: end - 1 };
  const partial = partialActor(tokens, np, hits);
  const text = tokensText(tokens, start, end);
  const span: [number, number] = [tokens[start]!.start, tokens[end - 1]!.end];
  if (partial.pronoun) return [];
  if (partial.name && !partial.country && !partial.sectors.length && !partial.named) {
    const known = story.byName(partial.name);
    return known ? [{ ...known, text, span, rule: `coreference: ${partial.name}`, corefers: { text: known.text, span: known.span } }] : [];
  }
  if (!partial.country && !partial.sectors.length && !partial.named) return [];
  return (partial.members ?? [partial]).map((p) => {
    const code = p.named && p.sectors.length === 0 ? p.named : joinCode(p.country, p.sectors);
    const actor: CodedActor = { code, country: p.country ?? p.named?.slice(0, 3) ?? null, sectors: [...p.sectors], text, span, rule: 'possessor' };
    if (p.name) actor.name = p.name;
    if (p.refs.length) actor.entry = p.refs[p.refs.length - 1];
    return actor;
  });
}

/**
 * "the Islamic Revolutionary Guard Corps (IRGC)": a capitalised abbreviation
 * in brackets right after a coded actor names that actor for the rest of the story.
 */
function learnAbbreviations(tokens: Token[], parts: Participant[], story: StoryActors): void {
  for (const p of parts) {
    const [open, abbr, close] = [tokens[p.end], tokens[p.end + 1], tokens[p.end + 2]];
    if (!p.actors[0] || open?.text !== '(' || close?.text !== ')' || !abbr || !/^[A-Z][A-Z0-9&-]{1,7}$/.test(abbr.text)) continue;
    story.addName(abbr.text, { ...p.actors[0], rule: `abbreviation defined in the text: ${abbr.text} = ${p.actors[0].text}` });
  }
}

function innerActors(tokens: Token[], syntax: SentenceSyntax, partials: PartialActor[], conjuncts: number[][]): CodedActor[] {
  for (const c of conjuncts) {
    for (const k of c.slice(1)) {
      const whole = partials[k]!;
      if (!whole.named && !whole.country) continue;
      const np = syntax.nps[k]!;
      return (whole.members ?? [whole]).map((p) => {
        const country = p.country ?? (p.named ? p.named.slice(0, 3) : null);
        return {
          code: p.named && !p.sectors.length ? p.named : joinCode(country, p.sectors), country, sectors: [...p.sectors],
          text: tokensText(tokens, np.start, np.end), span: [tokens[np.start]!.start, tokens[np.end - 1]!.end],
          rule: 'dictionary (inside an attached phrase)', ...(p.refs[0] ? { entry: p.refs[0] } : {}),
        };
      });
    }
  }
  return [];
}

function ownerActors(tokens: Token[], partial: PartialActor, np: { start: number; end: number }): CodedActor[] {
  const o = partial.owner;
  if (!o || !o.country) return [];
  const { sectors } = { sectors: o.code.slice(3).match(/.{3}/g) ?? [] };
  return [{
    code: o.code, country: o.country, sectors, text: tokensText(tokens, np.start, np.end),
    span: [tokens[np.start]!.start, tokens[np.end - 1]!.end], rule: `owner of "${tokens[np.end - 1]!.text}"`, entry: o.ref,
  }];
}

/** "cooperation between Iran and Russia": the participant after "between" gives the parties of the one before. */
function linkBetween(tokens: Token[], parts: Participant[]): void {
  for (let n = 1; n < parts.length; n++) {
    const p = parts[n]!;
    if (p.preposition === 'between' && p.actors.length >= 2) {
      const before = parts[n - 1]!;
      if (tokens[before.end]?.norm === 'between' || before.end === p.start - 1) before.between = p.actors;
    }
  }
}

/**
 * "one of its patrols", "its legitimate government": an actor with a sector
 * but no country after a possessive pronoun takes the country of the nearest
 * earlier actor that agrees in number ("its" → one actor, "their" → several
 * or a plural noun).
 */
function resolvePossessivePronouns(tokens: Token[], parts: Participant[]): void {
  parts.forEach((p, n) => {
    const pron = tokens.slice(p.start, p.end).find((t) => t.pos === 'PRON' && /^(its|their|his|her)$/.test(t.norm));
    if (!pron || p.actors.length === 0 || p.actors.every((a) => a.country)) return;
    const plural = pron.norm === 'their';
    for (let m = n - 1; m >= 0; m--) {
      const q = parts[m]!;
      const headToken = tokens.slice(q.start, q.end).reverse().find((t) => t.lemma === q.headLemma);
      // "its" is a state, group or organisation, never a person; a possessor counts ("Washington's decision … its troops")
      const a = [...q.actors, ...q.possessor].find((x) => x.country && !x.name);
      // a state or named organisation is singular even as "close allies of Syria"
      const isPlural = q.actors.length > 1 || (!!a && a.sectors.length > 0 && !!headToken && headToken.pos === 'NOUN' && headToken.norm !== headToken.lemma);
      const country = a && isPlural === plural ? a.country : !plural && !a && q.innerCountries.length === 1 && q.actors.length === 0 ? q.innerCountries[0]! : null;
      if (!country) continue;
      for (const x of p.actors) {
        if (x.country) continue;
        x.country = country;
        x.code = country + x.code;
        x.rule = `${x.rule}; country from "${pron.text}" → ${a?.text ?? country}`;
      }
      return;
    }
  });
}

/**
 * Gives a country to actors that have only a sector ("riot police"): the
 * country of a place named in the sentence; for domestic sectors (police,
 * rebels, students …) that of another actor of the sentence, and for the
 * others that of a domestic actor ("Mexican police arrested the mayor");
 * then the dateline's, then the story's most mentioned country. A
 * government or military actor never takes a foreign actor's country:
 * "the foreign secretary visited Iraq" is not Iraqi.
 */
function fillCountries(parts: Participant[], story: StoryActors, gazetteerCountry: string | null): void {
  const placeCountry = parts.find((p) => p.placeLike && p.preposition && /^(in|at|near|outside|inside)$/.test(p.preposition))?.actors[0]?.country
    ?? gazetteerCountry;
  const withCountry = parts.flatMap((p) => p.actors).filter((a) => a.country && !NON_COUNTRY.has(a.country));
  const anyCountry = withCountry[0]?.country ?? null;
  // police and courts act at home: "Mexican police arrested the mayor" makes the mayor Mexican
  // police and courts act at home
  const domesticCountry = withCountry.find((a) => DOMESTIC_SECTORS.has(a.sectors[0] ?? ''))?.country ?? null;
  for (const p of parts) {
    for (const a of p.actors) {
      if (a.country || a.sectors.length === 0) continue;
      const other = DOMESTIC_SECTORS.has(a.sectors[0]!) ? anyCountry : domesticCountry;
      const dominant = story.dominantCountry();
      // "rebel groups such as the Syrian Democratic Forces": an actor of the same kind names the country best
      const sameKind = DOMESTIC_SECTORS.has(a.sectors[0]!) ? withCountry.find((x) => x !== a && x.sectors[0] === a.sectors[0])?.country ?? null : null;
      const [country, how] = sameKind ? [sameKind, 'actor of the same kind in sentence']
        : placeCountry ? [placeCountry, 'place in sentence']
        : other ? [other, 'other actor in sentence']
          : story.datelineCountry ? [story.datelineCountry, 'dateline']
            : dominant ? [dominant, 'story country'] : [null, ''];
      if (!country) continue;
      a.country = country;
      a.code = country + a.code;
      a.rule = `${a.rule}; country from ${how}`;
    }
  }
}

/** Sectors whose actors nearly always belong to the country where they act (CAMEO 1.1b3 §3 domestic roles). */
const DOMESTIC_SECTORS: ReadonlySet<string> = new Set([
  'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SEP', 'UAF', 'CRM', 'BUS', 'MED', 'EDU', 'HLH', 'CVL', 'REF', 'LAB', 'AGR',
  'HRI', 'PTY', 'ELI', 'REL', 'CHR', 'MOS', 'JEW', 'BUD', 'HIN',
]);
const NON_COUNTRY: ReadonlySet<string> = new Set(['IGO', 'NGO', 'MNC', 'IMG', '---']);

/** The text of tokens [start, end), single spaces where the story had space. */
export function tokensText(tokens: Token[], start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (k > start && t.start > tokens[k - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}
